/**
 * Helpers every importer shares: the skeleton of a draft model (what a foreign document does not
 * say is left empty, never invented) and spec-valid names for things the source names in Chinese.
 */
import { pascalCase } from '../model/naming.js';
import type { Category, Field, Model, SourceRef, Support, TypeNode } from '../model/types.js';

export interface DraftOptions {
  /** The implementation the document describes (every action is recorded as supported by it). */
  implementation: string;
  implementationTitle?: string;
  /** The file the model was read from, for source references. */
  file: string;
}

export function draftModel(options: DraftOptions, title: string): Model {
  return {
    protocol: { name: title || 'Imported', version: '0', title: { zh: title || 'Imported' } },
    implementations: [{ id: options.implementation, title: { en: options.implementationTitle ?? options.implementation } }],
    origins: [{ id: options.implementation, title: { en: options.implementationTitle ?? options.implementation }, implementation: true }],
    categories: [],
    callVariants: [],
    envelope: { fields: [] },
    retcodes: [],
    transports: [],
    eventBase: { fields: [], postTypes: [] },
    types: [],
    actions: [],
    segments: [],
    events: [],
    sources: [options.file],
  };
}

export function supportedBy(implementation: string): Support[] {
  return [{ implementation, status: 'supported', addedFields: [], removedFields: [] }];
}

export function field(name: string, type: TypeNode, required: boolean, source: SourceRef, extra: Partial<Field> = {}): Field {
  return { name, type, required, hasDefault: false, direction: 'both', source, ...extra };
}

/**
 * Words of NapCat's Chinese schema and folder names, so that 群成员信息 becomes GroupMemberInfo
 * rather than Type7. Longest match first; characters not covered are dropped.
 */
const GLOSSARY: [string, string][] = [
  ['合并转发', 'forward'],
  ['自定义', 'custom'],
  ['戳一戳', 'poke'],
  ['一级', 'level1'],
  ['二级', 'level2'],
  ['账号', 'account'],
  ['消息', 'message'],
  ['群聊', 'group'],
  ['文件夹', 'folder'],
  ['文件', 'file'],
  ['密钥', 'credential'],
  ['个人', 'personal'],
  ['系统', 'system'],
  ['其他', 'other'],
  ['保留', 'reserved'],
  ['接口', 'api'],
  ['操作', ''],
  ['相关', ''],
  ['文本', 'text'],
  ['艾特', 'at'],
  ['表情', 'face'],
  ['图片', 'image'],
  ['回复', 'reply'],
  ['语音', 'record'],
  ['视频', 'video'],
  ['音乐', 'music'],
  ['卡片', 'card'],
  ['好友', 'friend'],
  ['成员', 'member'],
  ['信息', 'info'],
  ['荣誉', 'honor'],
  ['详情', 'detail'],
  ['点赞', 'like'],
  ['发送', 'send'],
  ['获取', 'get'],
  ['私聊', 'private'],
  ['群', 'group'],
  ['弃用', 'deprecated'],
  ['扩展', 'extension'],
  ['用户', 'user'],
  ['数据', 'data'],
  ['模型', 'model'],
  ['核心', 'core'],
  ['流式', 'stream'],
  ['传输', 'transfer'],
  ['频道', 'guild'],
];

function words(name: string): string[] {
  const out: string[] = [];
  let rest = name;
  while (rest.length) {
    const ascii = /^[A-Za-z0-9]+/.exec(rest);
    if (ascii) {
      out.push(ascii[0]);
      rest = rest.slice(ascii[0].length);
      continue;
    }
    const hit = GLOSSARY.find(([zh]) => rest.startsWith(zh));
    if (hit) {
      if (hit[1]) out.push(hit[1]);
      rest = rest.slice(hit[0].length);
    } else {
      rest = rest.slice(1);
    }
  }
  return out;
}

/** A PascalCase type name for `name`, unique among `taken`. */
export function typeName(name: string, taken: Set<string>): string {
  let base = pascalCase(words(name).join(' '));
  if (!/^[A-Z]/.test(base)) base = `Type${base}`;
  return unique(base, taken, (i) => `${base}${i}`);
}

/** The next suffix to try for each base name, per set of taken names: many equal names stay linear. */
const nextSuffix = new WeakMap<object, Map<string, number>>();

/** `base`, or `make(i)` for the first i ≥ 2 not in `taken`; adds the result to `taken`. */
function unique(base: string, taken: Set<string>, make: (i: number) => string): string {
  const suffixes = nextSuffix.get(taken) ?? new Map<string, number>();
  nextSuffix.set(taken, suffixes);
  let candidate = base;
  let i = suffixes.get(base) ?? 2;
  if (taken.has(candidate)) {
    while (taken.has((candidate = make(i)))) i++;
    suffixes.set(base, i + 1);
  }
  taken.add(candidate);
  return candidate;
}

/** A category id for a tag or folder name: `AI 扩展` → `ai_extension`, `Go-CQHTTP` → `go_cqhttp`. */
export function categoryId(name: string): string {
  const id = words(name).join('_').toLowerCase();
  return /^[a-z]/.test(id) ? id : `category${id ? `_${id}` : ''}`;
}

/** A category id (`message.group`) for a folder path (`消息相关/发送群聊消息`), unique among `taken`. */
export function categoryFor(path: string, categories: Category[]): string {
  const index = categoryIndex(categories);
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  let parent: string | undefined;
  for (const part of parts) {
    const existing = index.byFolder.get(`${parent ?? ''}\0${part}`);
    if (existing) {
      parent = existing.id;
      continue;
    }
    let id = words(part).join('_').toLowerCase() || `folder${categories.length + 1}`;
    if (parent) id = `${parent}.${id}`;
    const chosen = unique(id, index.ids, (i) => `${id}${i}`);
    categories.push({ id: chosen, title: { zh: part }, ...(parent ? { parent } : {}), order: categories.length });
    parent = chosen;
  }
  return parent ?? defaultCategory(categories);
}

interface CategoryIndex {
  /** How many categories of the list are indexed (the list only grows). */
  count: number;
  ids: Set<string>;
  /** `parent\0folder title` → category, for looking a folder up in constant time. */
  byFolder: Map<string, Category>;
}

const categoryIndexes = new WeakMap<Category[], CategoryIndex>();

/** The index of `categories`, brought up to date with entries pushed since (by anyone). */
function categoryIndex(categories: Category[]): CategoryIndex {
  const index = categoryIndexes.get(categories) ?? { count: 0, ids: new Set<string>(), byFolder: new Map<string, Category>() };
  categoryIndexes.set(categories, index);
  for (; index.count < categories.length; index.count++) {
    const c = categories[index.count]!;
    index.ids.add(c.id);
    const key = `${c.parent ?? ''}\0${c.title.zh}`;
    if (c.title.zh !== undefined && !index.byFolder.has(key)) index.byFolder.set(key, c);
  }
  return index;
}

export function defaultCategory(categories: Category[]): string {
  if (!categories.some((c) => c.id === 'default')) categories.push({ id: 'default', title: { zh: '默认', en: 'Default' }, order: categories.length });
  return 'default';
}

/** A type for a JSON example value (used only when a document gives an example and no schema). */
export function typeOfExample(value: unknown, source: SourceRef): TypeNode {
  if (value === null) return { kind: 'primitive', name: 'null' };
  if (Array.isArray(value)) return { kind: 'array', items: value.length ? typeOfExample(value[0], source) : { kind: 'primitive', name: 'any' } };
  switch (typeof value) {
    case 'string':
      return { kind: 'primitive', name: 'string' };
    case 'boolean':
      return { kind: 'primitive', name: 'boolean' };
    case 'number':
      return { kind: 'primitive', name: Number.isInteger(value) ? 'int64' : 'number' };
    case 'object':
      return { kind: 'object', fields: Object.entries(value as object).map(([k, v]) => field(k, typeOfExample(v, source), true, source)) };
    default:
      return { kind: 'primitive', name: 'any' };
  }
}

/** `GroupRecall` → `group_recall`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * Which of the spec's categories an imported action goes in, from the tag (or folder) a foreign
 * document files it under. Tags are free text (`消息接口`, `Go-CQHTTP`); the spec's category ids
 * are not (`message`). A tag that is already a category id is kept; one in the map goes where the
 * map says; any other becomes a new category with an id made from its words, and the import
 * report says so, so that the user can map it (`--category-map <file>`) and import again.
 */
import { existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Category, Text } from '../model/types.js';
import { readTextFile } from '../load/read-text.js';
import { ImportError, type ImportNote } from './notes.js';
import { categoryId } from './draft-model.js';

/** The spec's own categories (spec/protocol.yaml; a test keeps the two the same), in its order. */
export const SPEC_CATEGORIES: readonly { id: string; title: Text; parent?: string }[] = [
  { id: 'account', title: { zh: '账号相关', en: 'Account' } },
  { id: 'message', title: { zh: '消息相关', en: 'Messages' } },
  { id: 'message.group', title: { zh: '发送群聊消息', en: 'Group messages' }, parent: 'message' },
  { id: 'message.private', title: { zh: '发送私聊消息', en: 'Private messages' }, parent: 'message' },
  { id: 'group', title: { zh: '群聊相关', en: 'Groups' } },
  { id: 'guild', title: { zh: '频道相关', en: 'Guilds' } },
  { id: 'file', title: { zh: '文件相关', en: 'Files' } },
  { id: 'keys', title: { zh: '密钥相关', en: 'Keys and credentials' } },
  { id: 'personal', title: { zh: '个人操作', en: 'Personal' } },
  { id: 'system', title: { zh: '系统操作', en: 'System' } },
  { id: 'other', title: { zh: '其他', en: 'Other' } },
];

/**
 * The default map: the tags of NapCat's own OpenAPI document (its napcat-schema package) whose
 * meaning is one of the spec's categories. Tags that mix areas (`Go-CQHTTP`, `扩展接口`) are left
 * out on purpose: they become categories of their own, which the report lists for the user to map.
 */
export const DEFAULT_CATEGORY_MAP: Readonly<Record<string, string>> = {
  消息接口: 'message',
  消息扩展: 'message',
  群组接口: 'group',
  群组扩展: 'group',
  用户接口: 'account',
  用户扩展: 'account',
  文件接口: 'file',
  文件扩展: 'file',
  流式接口: 'file',
  流式传输扩展: 'file',
  系统接口: 'system',
  系统扩展: 'system',
  频道接口: 'guild',
};

const ID = /^[a-z][a-z0-9_.-]*$/;

/** Reads a `--category-map` file: YAML or JSON, each line `tag: category-id`. */
export async function readCategoryMap(path: string): Promise<Record<string, string>> {
  if (!existsSync(path)) throw new ImportError(`--category-map: ${path}: no such file`);
  const read = await readTextFile(path, 1 << 20, '--category-map');
  if (read.problem) throw new ImportError(`${path}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
  let data: unknown;
  try {
    data = parseYaml(read.text, { maxAliasCount: 100 });
  } catch (e) {
    throw new ImportError(`${path}: not YAML or JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ImportError(`${path}: a category map is a mapping of tag to category id (\`消息接口: message\`)`);
  const map: Record<string, string> = {};
  for (const [tag, id] of Object.entries(data as Record<string, unknown>)) {
    if (typeof id !== 'string' || !ID.test(id)) {
      throw new ImportError(
        `${path}: the category of tag ${JSON.stringify(tag)} must be a category id (lower case, like \`message\` or \`message.group\`), not ${JSON.stringify(id)}`,
      );
    }
    map[tag] = id;
  }
  return map;
}

/** Maps tags to categories of one draft model, adding each category the first time it is used. */
export class CategoryMapper {
  private readonly chosen = new Map<string, string>();
  private readonly map: Record<string, string>;

  constructor(
    private readonly categories: Category[],
    /** The user's map, over the default one. */
    userMap: Record<string, string> = {},
    private readonly userMapFile?: string,
  ) {
    this.map = { ...DEFAULT_CATEGORY_MAP, ...userMap };
    this.userKeys = new Set(Object.keys(userMap));
  }

  private readonly userKeys: Set<string>;

  /** The category id for `tag`, with `title` for a new category made from it. */
  categoryOf(tag: string, title?: Text): string {
    const known = this.chosen.get(tag);
    if (known) return known;
    const mapped = this.map[tag];
    const id = mapped ?? (ID.test(tag) ? tag : this.unique(categoryId(tag)));
    this.chosen.set(tag, id);
    if (!this.categories.some((c) => c.id === id)) {
      const spec = SPEC_CATEGORIES.find((c) => c.id === id);
      if (spec?.parent && !this.categories.some((c) => c.id === spec.parent)) this.categoryOf(spec.parent);
      this.categories.push({
        id,
        title: spec ? spec.title : (title ?? { zh: tag }),
        ...(spec?.parent ? { parent: spec.parent } : {}),
        order: this.categories.length,
      });
    }
    return id;
  }

  /** One note per tag that is not already a category id: where it went and how to change it. */
  notes(): ImportNote[] {
    const notes: ImportNote[] = [];
    for (const [tag, id] of this.chosen) {
      if (tag === id) continue;
      const from = this.userKeys.has(tag) ? `the map in ${this.userMapFile}` : tag in DEFAULT_CATEGORY_MAP ? 'the default map' : undefined;
      notes.push(
        from
          ? { severity: 'info', message: `tag ${JSON.stringify(tag)} → category '${id}' (${from})` }
          : {
              severity: 'warning',
              message: `tag ${JSON.stringify(tag)} → new category '${id}': it is in no category map; to put its actions in one of the spec's categories (${SPEC_CATEGORIES.map((c) => c.id).join(', ')}), add \`${yamlKey(tag)}: <category>\` to a file and import again with --category-map <file>`,
            },
      );
    }
    return notes;
  }

  private unique(id: string): string {
    const taken = (candidate: string) =>
      this.categories.some((c) => c.id === candidate) || [...this.chosen.values()].includes(candidate) || SPEC_CATEGORIES.some((c) => c.id === candidate);
    if (!taken(id)) return id;
    let i = 2;
    while (taken(`${id}${i}`)) i++;
    return `${id}${i}`;
  }
}

function yamlKey(tag: string): string {
  return /^[\p{L}\p{N}_][\p{L}\p{N}_ -]*$/u.test(tag) && !/^(true|false|null|yes|no|on|off)$/i.test(tag) && !tag.endsWith(' ') ? tag : JSON.stringify(tag);
}

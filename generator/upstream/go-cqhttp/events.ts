/**
 * Events. go-cqhttp posts each one with `bot.dispatchEvent("post_type/detail[/sub_type]", global.MSG{...})`
 * or `bot.event(...)` (coolq/event.go, converter.go, bot.go); the type string may end in a variable
 * (`"notice/group_admin/"+st`) or be one (`typ`), whose string assignments give the values. Keys set
 * later on the result (`gm.Others["message_id"] = id`) are added to the events of the function that
 * built it. The lifecycle event is a JSON template in server/. Events sharing post_type and detail
 * type are one event, with `sub_type` the union of the values seen, except under `notify`, the
 * notice_type whose sub_type names the event itself (poke, lucky_king, honor, title).
 */
import { field, snakeCase, supportedBy } from '../../import/draft-model.js';
import type { ImportNote } from '../../import/notes.js';
import { pascalCase } from '../../model/naming.js';
import type { Event, Field, SourceRef, TypeNode } from '../../model/types.js';
import { blankComments, compare, lineAt, noteAt, stringAssignments, type GoFile, type GoFunc } from './go-text.js';
import { argumentAt, mergeShapes, ShapeReader } from './shapes.js';

const IMPLEMENTATION = 'go-cqhttp';
const DETAIL_KEY: Record<string, string> = {
  message: 'message_type',
  message_sent: 'message_type',
  notice: 'notice_type',
  request: 'request_type',
  meta_event: 'meta_event_type',
};

/** OneBot 11's notice_type whose sub_type is the event itself. */
const SPLIT_BY_SUB_TYPE = 'notify';

interface Site {
  post: string;
  detail: string;
  sub?: string;
  fields: TypeNode;
  source: SourceRef;
}

export function buildEvents(functions: GoFunc[], serverFiles: GoFile[], notes: ImportNote[]): Event[] {
  const shapes = new ShapeReader(functions);
  const sites: Site[] = [];
  const byFunction = new Map<string, Site[]>();
  for (const func of functions) {
    const body = blankComments(func.body);
    for (const m of body.matchAll(/\bbot\.(dispatchEvent|event)\(/g)) {
      if (func.name === 'dispatchEvent') continue;
      const at = m.index + m[0].length;
      const typeArg = argumentAt(body, at);
      const rest = body.slice(at + body.slice(at).indexOf(typeArg) + typeArg.length).replace(/^\s*,\s*/, '');
      const dataArg = argumentAt(rest, 0);
      const dataOffset = func.bodyStart + body.indexOf(dataArg, at + typeArg.length);
      const offset = func.bodyStart + m.index;
      const typeStrings = eventTypes(typeArg, body);
      if (!typeStrings.length) {
        notes.push(noteAt(func.file, offset, `in ${func.name}: the event type \`${typeArg}\` is not read`));
        continue;
      }
      const data = shapes.typeOf(dataArg, func, dataOffset);
      for (const typeString of typeStrings) {
        const [post, detail, sub] = typeString.split('/');
        if (!post || !detail || !DETAIL_KEY[post]) {
          notes.push(noteAt(func.file, offset, `in ${func.name}: "${typeString}" is not post_type/detail_type[/sub_type]`));
          continue;
        }
        const site: Site = {
          post,
          detail,
          ...(sub ? { sub } : {}),
          fields: data,
          source: { file: func.file.path, line: lineAt(func.file, offset), column: 1 },
        };
        sites.push(site);
        byFunction.set(func.name, [...(byFunction.get(func.name) ?? []), site]);
      }
    }
  }
  addLaterKeys(functions, byFunction, shapes);
  notes.push(...shapes.unreadNotes());
  for (const file of serverFiles) sites.push(...templateSites(file));
  return merge(sites);
}

/** The type strings a `dispatchEvent` first argument can hold. */
function eventTypes(arg: string, body: string): string[] {
  const literal = /^"([^"]+)"$/.exec(arg);
  if (literal) return [literal[1]!];
  const suffixed = /^"([^"]+)"\s*\+\s*(\w+)$/.exec(arg);
  if (suffixed) return stringAssignments(body, suffixed[2]!).map((s) => suffixed[1] + s);
  if (/^\w+$/.test(arg)) return stringAssignments(body, arg);
  return [];
}

/** `x := bot.formatGroupMessage(m)` then `x.Others["message_id"] = id`: the key belongs to formatGroupMessage's events. */
function addLaterKeys(functions: GoFunc[], byFunction: Map<string, Site[]>, shapes: ShapeReader): void {
  for (const func of functions) {
    const body = blankComments(func.body);
    for (const m of body.matchAll(/\b(\w+)\s*:=\s*bot\.(\w+)\(/g)) {
      const targets = byFunction.get(m[2]!);
      if (!targets) continue;
      for (const set of body.matchAll(new RegExp(`\\b${m[1]}\\.Others\\["(\\w+)"\\]\\s*=\\s*([^\\n]+)`, 'g'))) {
        const type = shapes.typeOf(set[2]!, func, func.bodyStart + set.index + set[0].indexOf(set[2]!));
        for (const site of targets) {
          if (site.fields.kind !== 'object' || site.fields.fields.some((f) => f.name === set[1])) continue;
          site.fields.fields.push(field(set[1]!, type, true, { file: func.file.path, line: lineAt(func.file, func.bodyStart + set.index), column: 1 }));
        }
      }
    }
  }
}

/** Events written as JSON text (`{"post_type":"meta_event",...}` in a fmt.Sprintf template). */
function templateSites(file: GoFile): Site[] {
  const sites: Site[] = [];
  for (const m of file.text.matchAll(/`(\{[^`]*"post_type":"(\w+)"[^`]*\})`/g)) {
    const keys = [...m[1]!.matchAll(/"(\w+)":("(\w*)"|[^,}]+)/g)].map((k) => ({ key: k[1]!, value: k[3], raw: k[2]! }));
    const post = m[2]!;
    const detailKey = DETAIL_KEY[post];
    const detail = keys.find((k) => k.key === detailKey)?.value;
    if (!detail) continue;
    const sub = keys.find((k) => k.key === 'sub_type')?.value;
    const source: SourceRef = { file: file.path, line: lineAt(file, m.index), column: 1 };
    const fields = keys
      .filter((k) => !['post_type', detailKey, 'sub_type', 'time', 'self_id'].includes(k.key))
      .map((k) => field(k.key, k.raw.startsWith('"') ? { kind: 'primitive', name: 'string' } : integer(k.raw), true, source));
    const site: Site = { post, detail: detail, ...(sub ? { sub } : {}), fields: { kind: 'object', fields }, source };
    if (!sites.some((s) => JSON.stringify(s.fields) === JSON.stringify(site.fields) && s.post === post && s.detail === detail)) sites.push(site);
  }
  return sites;
}

/** A number in a JSON template: a `%d` verb or a literal. */
function integer(raw: string): TypeNode {
  return { kind: 'primitive', name: /^-?\d+$/.test(raw) && Math.abs(Number(raw)) < 2 ** 31 ? 'int32' : 'int64' };
}

function merge(sites: Site[]): Event[] {
  const groups = new Map<string, Site[]>();
  for (const site of sites) {
    const key = `${site.post}/${site.detail}${site.detail === SPLIT_BY_SUB_TYPE && site.sub ? `/${site.sub}` : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), site]);
  }
  const events: Event[] = [];
  for (const [key, group] of groups) {
    const [post, detail, own] = key.split('/') as [string, string, string | undefined];
    const merged = mergeShapes(group.map((s) => s.fields));
    const fields: Field[] = merged.kind === 'object' ? merged.fields : [];
    const subs = [...new Set(group.flatMap((s) => (s.sub ? [s.sub] : [])))];
    if (subs.length && !own) {
      const type: TypeNode = { kind: 'enum', base: 'string', values: subs.sort().map((value) => ({ value, name: value })) };
      fields.unshift(
        field(
          'sub_type',
          type,
          group.every((s) => s.sub),
          group[0]!.source,
        ),
      );
    }
    const id = own ?? snakeCase(`${detail}_${post === 'message_sent' ? 'message_sent' : post === 'message' ? 'message' : ''}`.replace(/_$/, ''));
    events.push({
      id,
      typeName: `${pascalCase(id)}Event`,
      title: { en: key },
      origin: IMPLEMENTATION,
      discriminators: [{ key: 'post_type', value: post }, { key: DETAIL_KEY[post]!, value: detail }, ...(own ? [{ key: 'sub_type', value: own }] : [])],
      fields,
      quickOperation: [],
      support: supportedBy(IMPLEMENTATION),
      examples: [],
      source: group[0]!.source,
    });
  }
  const key = (e: Event) => e.discriminators.map((d) => `${d.key}=${d.value}`).join('|');
  return events.sort((a, b) => compare(key(a), key(b)) || compare(a.id, b.id));
}

/**
 * Message segments, read from coolq/cqcode.go in both directions:
 * - received: `toElements` turns each element into `msg.Element{Type: "x", Data: pairs{{K: "key", ...}}}`;
 *   a key added later with `append(...)` is sent only sometimes (optional);
 * - sent: `convertV11` and `ConvertElement` switch on `elem.Type`; each case reads its keys with
 *   `elem.Get("key")`, directly or in a method it passes `elem` to (`bot.reply(spec, elem, ...)`).
 * Every value is a string on the wire: received values are Go strings, and a sent value is read
 * with gjson's String(), so a number is accepted as its text. Forward nodes are read apart, by the
 * forward actions in coolq/api.go (see readForwardNodes).
 */
import { field, supportedBy } from '../../import/draft-model.js';
import type { ImportNote } from '../../import/notes.js';
import type { Direction, Field, Segment, SourceRef, TypeNode } from '../../model/types.js';
import { blankComments, compare, lineAt, matchBracket, noteAt, stringLiteral, switchCases, type GoFunc } from './go-text.js';

const IMPLEMENTATION = 'go-cqhttp';
const RECEIVE_FUNCTION = 'toElements';
/** The send converters, in the order they are tried; convertV12 is OneBot 12's and is left out. */
const SEND_FUNCTIONS = ['convertV11', 'ConvertElement'];

interface KeyUse {
  required: boolean;
  source: SourceRef;
}

interface SegmentUse {
  receive: Map<string, KeyUse>[];
  send: Map<string, KeyUse>;
  sendSource?: SourceRef;
  receiveSource?: SourceRef;
}

export function buildSegments(functions: GoFunc[], forwardReaders: GoFunc[], notes: ImportNote[]): Segment[] {
  const uses = new Map<string, SegmentUse>();
  const use = (type: string) => {
    let u = uses.get(type);
    if (!u) uses.set(type, (u = { receive: [], send: new Map() }));
    return u;
  };
  const byName = new Map(functions.map((f) => [f.name, f]));

  const receive = byName.get(RECEIVE_FUNCTION);
  if (!receive) notes.push({ severity: 'warning', file: 'coolq/cqcode.go', message: `no function ${RECEIVE_FUNCTION}: received segments are not read` });
  else readReceived(receive, use, notes);

  for (const name of SEND_FUNCTIONS) {
    const func = byName.get(name);
    if (!func) {
      notes.push({ severity: 'warning', file: 'coolq/cqcode.go', message: `no function ${name}: the segments it sends are not read` });
      continue;
    }
    readSent(func, byName, use, notes);
  }

  const segments = [...uses.entries()].map(([type, u]) => toSegment(type, u));
  for (const node of readForwardNodes(forwardReaders, notes)) {
    if (!segments.some((x) => x.type === node.type)) segments.push(node);
  }
  return segments.sort((a, b) => compare(a.type, b.type));
}

/**
 * Forward nodes are not converted with the other segments: the forward actions read them from the
 * `messages` JSON themselves, in a closure that skips anything whose `type` is not `node` and then
 * reads `e.Get("data.key")` with a gjson accessor (`data.[user_id,uin].0` for a fallback).
 */
function readForwardNodes(functions: GoFunc[], notes: ImportNote[]): Segment[] {
  const segments: Segment[] = [];
  for (const func of functions) {
    const body = blankComments(func.body);
    for (const m of body.matchAll(/\b(\w+)\.Get\("type"\)\.Str\s*!=\s*"(\w+)"/g)) {
      const [, variable, type] = m as unknown as [string, string, string];
      const closureAt = body.lastIndexOf('func(', m.index);
      const open = closureAt < 0 ? -1 : body.indexOf('{', closureAt);
      const close = open < 0 ? -1 : matchBracket(body, open);
      if (close < m.index) {
        notes.push(noteAt(func.file, func.bodyStart + m.index, `the "${type}" reader in ${func.name} is not in a closure this extractor reads`));
        continue;
      }
      const fields: Field[] = [];
      const reads = new RegExp(`\\b${variable}\\.Get\\("data\\.(\\[[\\w,]+\\]\\.0|\\w+)"\\)(?:\\.(Int|Uint|String|Bool)\\(\\)|\\.(Str)\\b)?`, 'g');
      for (const r of body.slice(open, close).matchAll(reads)) {
        const names = r[1]!.startsWith('[') ? r[1]!.slice(1, -3).split(',') : [r[1]!];
        const type = NODE_ACCESSORS[r[2] ?? r[3] ?? 'raw']!;
        if (/^\s*\.Exists\(\)/.test(body.slice(open + r.index! + r[0].length))) continue; // a test, not a read
        for (const name of names) {
          if (fields.some((f) => f.name === name)) continue;
          fields.push(field(name, type, false, source(func, func.bodyStart + open + r.index), { direction: 'send' }));
        }
      }
      segments.push({
        type,
        title: { en: type },
        origin: IMPLEMENTATION,
        direction: 'send',
        fields,
        support: supportedBy(IMPLEMENTATION),
        examples: [],
        source: source(func, func.bodyStart + m.index),
      });
    }
  }
  return segments;
}

/**
 * A forward node's data is read from JSON with gjson, not as strings: the accessor says what is taken.
 * Int() and Uint() also parse a number sent as its text, which a spec writes `int64 | string`.
 */
const NUMBER_OR_TEXT: TypeNode = {
  kind: 'union',
  variants: [
    { kind: 'primitive', name: 'int64' },
    { kind: 'primitive', name: 'string' },
  ],
};
const NODE_ACCESSORS: Record<string, TypeNode> = {
  Int: NUMBER_OR_TEXT,
  Uint: NUMBER_OR_TEXT,
  String: { kind: 'primitive', name: 'string' },
  Str: { kind: 'primitive', name: 'string' },
  Bool: { kind: 'primitive', name: 'boolean' },
  raw: { kind: 'primitive', name: 'any' },
};

function source(func: GoFunc, offset: number): SourceRef {
  return { file: func.file.path, line: lineAt(func.file, offset), column: 1 };
}

function readReceived(func: GoFunc, use: (type: string) => SegmentUse, notes: ImportNote[]): void {
  const text = blankComments(func.file.text);
  const start = func.bodyStart;
  const end = start + func.body.length;
  // Blocks: before the element loop (the reply), then each case of the type switch.
  const switchAt = /switch\s+\w+\s*:=\s*\w+\.\(type\)\s*\{/.exec(text.slice(start, end));
  const blocks: { from: number; to: number }[] = [];
  if (!switchAt) {
    notes.push(noteAt(func.file, start, `${func.name} has no type switch: received segments are not read`));
    return;
  }
  const open = start + switchAt.index + switchAt[0].length - 1;
  blocks.push({ from: start, to: open });
  for (const c of switchCases(func.file.text, open)) blocks.push({ from: c.offset, to: c.offset + c.body.length });
  for (const block of blocks) {
    const body = text.slice(block.from, block.to);
    const types = [...body.matchAll(/\bType\s*(?::|=)\s*"(\w+)"/g)].map((m) => m[1]!);
    if (!types.length) continue;
    // Keys inside append(...) are added only on some paths.
    const appended: [number, number][] = [];
    for (const m of body.matchAll(/\bappend\(/g)) {
      const o = block.from + m.index + m[0].length - 1;
      appended.push([o, matchBracket(text, o)]);
    }
    const keys = new Map<string, KeyUse>();
    for (const m of body.matchAll(/\bK:\s*"(\w+)"/g)) {
      const at = block.from + m.index;
      const optional = appended.some(([a, b]) => at > a && at < b);
      const known = keys.get(m[1]!);
      keys.set(m[1]!, { required: (known?.required ?? false) || !optional, source: source(func, at) });
    }
    for (const type of new Set(types)) {
      const u = use(type);
      u.receive.push(keys);
      u.receiveSource ??= source(func, block.from);
    }
  }
}

function readSent(func: GoFunc, byName: Map<string, GoFunc>, use: (type: string) => SegmentUse, notes: ImportNote[]): void {
  const body = blankComments(func.body);
  const sw = /switch\s+elem\.Type\s*\{/.exec(body);
  if (!sw) {
    notes.push(noteAt(func.file, func.bodyStart, `${func.name} has no \`switch elem.Type\`: the segments it sends are not read`));
    return;
  }
  const open = func.bodyStart + sw.index + sw[0].length - 1;
  for (const c of switchCases(func.file.text, open)) {
    for (const label of c.labels) {
      const type = stringLiteral(label);
      if (type === undefined) {
        notes.push(noteAt(func.file, c.offset, `case ${label} in ${func.name} is not a string literal; skipped`));
        continue;
      }
      const u = use(type);
      u.sendSource ??= source(func, c.offset);
      for (const [key, at] of keysRead(c.body, c.offset, func, byName, new Set([func.name]), notes)) {
        if (!u.send.has(key)) u.send.set(key, { required: false, source: at });
      }
    }
  }
}

/** The keys `elem.Get("k")` reads in `body`, in methods it hands `elem` to, and through local `get(name)` closures. */
function keysRead(body: string, offset: number, func: GoFunc, byName: Map<string, GoFunc>, seen: Set<string>, notes: ImportNote[]): [string, SourceRef][] {
  const out: [string, SourceRef][] = [];
  for (const m of body.matchAll(/\belem\.Get\(([^)]*)\)/g)) {
    const key = stringLiteral(m[1]!);
    if (key !== undefined) out.push([key, source(func, offset + m.index)]);
  }
  // A local helper `name := func(k string, ...) { ... elem.Get(k) ... }` called with literals.
  for (const m of body.matchAll(/\b(\w+)\s*:=\s*func\((\w+)\s+string[^)]*\)[^{]*\{/g)) {
    const inner = body.slice(m.index, m.index + 400);
    if (!new RegExp(`elem\\.Get\\(${m[2]}\\)`).test(inner)) continue;
    for (const call of body.matchAll(new RegExp(`\\b${m[1]}\\("(\\w+)"`, 'g'))) out.push([call[1]!, source(func, offset + call.index)]);
  }
  for (const m of body.matchAll(/\bbot\.(\w+)\(([^)]*)\)/g)) {
    if (!/\belem\b/.test(m[2]!) || seen.has(m[1]!)) continue;
    const callee = byName.get(m[1]!);
    if (!callee) {
      notes.push(noteAt(func.file, offset + m.index, `bot.${m[1]} (given elem) is not in coolq/cqcode.go; the keys it reads are not known`));
      continue;
    }
    seen.add(callee.name);
    out.push(...keysRead(blankComments(callee.body), callee.bodyStart, callee, byName, seen, notes));
  }
  return out;
}

function toSegment(type: string, u: SegmentUse): Segment {
  const direction: Direction = u.receive.length && u.send.size ? 'both' : u.receive.length ? 'receive' : 'send';
  const received = new Map<string, KeyUse>();
  for (const keys of u.receive) {
    for (const [key, k] of keys) {
      received.set(key, { required: u.receive.every((other) => other.get(key)?.required), source: received.get(key)?.source ?? k.source });
    }
  }
  const fields: Field[] = [];
  const string = { kind: 'primitive', name: 'string' } as const;
  for (const [key, k] of received) {
    const sent = u.send.has(key) || (direction === 'both' && !u.send.size);
    fields.push(field(key, string, k.required, k.source, { direction: direction === 'both' ? (sent ? 'both' : 'receive') : direction }));
  }
  for (const [key, k] of u.send) {
    if (received.has(key)) continue;
    fields.push(field(key, string, false, k.source, { direction: direction === 'both' ? 'send' : direction }));
  }
  return {
    type,
    title: { en: type },
    origin: IMPLEMENTATION,
    direction,
    fields,
    support: supportedBy(IMPLEMENTATION),
    examples: [],
    source: u.receiveSource ?? u.sendSource ?? { file: 'coolq/cqcode.go', line: 1, column: 1 },
  };
}

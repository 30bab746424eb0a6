/**
 * The JSON shapes go-cqhttp builds with `global.MSG{...}` literals: an action's `OK(...)` data
 * and an event's fields. A value's type is read from its expression where the expression says it
 * (a literal, `fU64(...)`, `strconv.FormatInt(...)`, a conversion, a nested literal, a helper
 * that returns one); anything else is `any`, which the caller reports.
 */
import { field } from '../../import/draft-model.js';
import type { Field, SourceRef, TypeNode } from '../../model/types.js';
import type { ImportNote } from '../../import/notes.js';
import { blankComments, lineAt, mapLiteral, matchBracket, noteAt, type GoFunc } from './go-text.js';

const ANY: TypeNode = { kind: 'primitive', name: 'any' };

/** Go's scalar types as JSON: what encoding/json writes for them. */
const GO_TYPES: Record<string, TypeNode> = {
  string: { kind: 'primitive', name: 'string' },
  bool: { kind: 'primitive', name: 'boolean' },
  int32: { kind: 'primitive', name: 'int32' },
  int: { kind: 'primitive', name: 'int64' },
  int64: { kind: 'primitive', name: 'int64' },
  uint32: { kind: 'primitive', name: 'int64' },
  uint64: { kind: 'primitive', name: 'int64' },
  float64: { kind: 'primitive', name: 'number' },
};
const primitive = (name: 'string' | 'int64' | 'int32' | 'boolean' | 'null' | 'number'): TypeNode => ({ kind: 'primitive', name });

/** What a function body's local variables hold, so `OK(res)` finds `res := global.MSG{...}`. */
export class ShapeReader {
  /** Expressions whose type this reader could not tell, for the caller's notes. */
  unread: { func: GoFunc; offset: number; expression: string }[] = [];
  private readonly byName: Map<string, GoFunc>;
  private readonly methods: Map<string, GoFunc>;
  private readonly answering = new Set<GoFunc>();
  private readonly active = new Set<GoFunc>();
  private readonly assigning = new Set<string>();

  /** `functions`: the package's functions, so helpers (`convertChannelInfo`) can be followed. */
  constructor(functions: GoFunc[]) {
    this.byName = new Map(functions.filter((f) => !f.receiver).map((f) => [f.name, f]));
    this.methods = new Map(functions.filter((f) => f.receiver).map((f) => [f.name, f]));
  }

  /**
   * What a `CQ...` method answers with: its `OK(...)` data merged over every return, following
   * `return bot.CQOther(...)`; only the `if spec.Version == 11 {` branch of a method that answers
   * OneBot 11 and 12 differently. Undefined when it has no `OK(...)` at all.
   */
  okData(method: GoFunc): TypeNode | undefined {
    if (this.answering.has(method)) return undefined;
    this.answering.add(method);
    try {
      const body = blankComments(method.body);
      const types: TypeNode[] = [];
      const v11 = /if\s+spec\.Version\s*==\s*11\s*\{/.exec(body);
      const v11End = v11 ? matchBracket(body, v11.index + v11[0].length - 1) : -1;
      for (const m of body.matchAll(/\bOK\(/g)) {
        if (v11 && (m.index < v11.index || m.index > v11End)) continue;
        const at = m.index + m[0].length;
        types.push(this.typeOf(argumentAt(body, at), method, method.bodyStart + at));
      }
      for (const m of body.matchAll(/\breturn\s+bot\.(CQ\w+)\(/g)) {
        const other = this.methods.get(m[1]!);
        const data = other && this.okData(other);
        if (data) types.push(data);
      }
      return types.length ? mergeShapes(types) : undefined;
    } finally {
      this.answering.delete(method);
    }
  }

  /** The type of the expression `text`, which is at `offset` in `func`'s body. */
  typeOf(text: string, func: GoFunc, offset: number): TypeNode {
    const t = text.trim();
    if (/^"/.test(t) || /^`/.test(t)) return primitive('string');
    if (/^-?\d+$/.test(t)) return primitive(Math.abs(Number(t)) < 2 ** 31 ? 'int32' : 'int64');
    if (/^-?\d+\.\d+$/.test(t)) return primitive('number');
    if (t === 'true' || t === 'false') return primitive('boolean');
    if (t === 'nil') return primitive('null');
    if (/^global\.MSG\s*\{/.test(t)) return this.literal(func, offset + t.indexOf('{'));
    if (/^(fU64|hex\.EncodeToString|strconv\.(Format\w+|Itoa|Quote)|fmt\.Sprint\w*|string|strings\.\w+|toStringMessage)\(/.test(t)) return primitive('string');
    if (/\.String\(\)$/.test(t) && !/\(.*\.String\(\)$/.test(t.slice(0, -9))) return primitive('string');
    if (/\.(Milliseconds|Unix|UnixNano|UnixMilli)\(\)$/.test(t)) return primitive('int64'); // time.Duration / time.Time
    if (/^int32\(/.test(t)) return primitive('int32');
    if (/^(u?int(8|16|64)?|uint32|len|cap)\(/.test(t)) return primitive('int64');
    if (/^float(32|64)\(/.test(t)) return primitive('number');
    const closure = /^func\(\)\s*(\w+)\s*\{/.exec(t);
    if (closure) {
      // An immediately called closure: the string literals it returns, or its declared result type.
      const returns = [...t.matchAll(/\breturn\s+("[^"]*"|\S+)/g)].map((r) => r[1]!);
      if (closure[1] === 'string' && returns.length && returns.every((r) => r.startsWith('"'))) {
        return literalUnion([...new Set(returns.map((r) => r.slice(1, -1)))]);
      }
      if (GO_TYPES[closure[1]!]) return GO_TYPES[closure[1]!]!;
    }
    const answer = /^bot\.(CQ\w+)\(.*\)\["data"\]$/.exec(t);
    if (answer && this.methods.has(answer[1]!)) {
      const data = this.okData(this.methods.get(answer[1]!)!);
      if (data) return data;
    }
    if (/^(\w+)\(/.test(t)) {
      const helper = this.byName.get(/^(\w+)\(/.exec(t)![1]!);
      if (helper) return this.returned(helper);
    }
    if (/^\w+$/.test(t)) {
      const local = this.variable(func, t, offset);
      if (local) return local;
      const param = func.params.find((p) => p.name === t);
      if (param && GO_TYPES[param.type]) return GO_TYPES[param.type]!;
      // `x := expr` once in the body: the type of expr (guarded against `x := x ...` loops).
      const assigned = new RegExp(`\\b${t}\\s*:=\\s*([^\\n]+)`).exec(blankComments(func.body));
      if (assigned && !this.assigning.has(t) && !new RegExp(`\\b${t}\\b`).test(assigned[1]!)) {
        this.assigning.add(t);
        try {
          const before = this.unread.length;
          const type = this.typeOf(assigned[1]!, func, func.bodyStart + assigned.index + assigned[0].indexOf(assigned[1]!));
          if (!(type.kind === 'primitive' && type.name === 'any')) return type;
          this.unread.length = before;
        } finally {
          this.assigning.delete(t);
        }
      }
    }
    this.unread.push({ func, offset, expression: t });
    return ANY;
  }

  /** The object a `global.MSG{` literal at `open` in the file builds. */
  literal(func: GoFunc, open: number): TypeNode {
    const text = func.file.text;
    const read = mapLiteral(text, open);
    if (!read) {
      this.unread.push({ func, offset: open, expression: text.slice(open, open + 40) });
      return ANY;
    }
    return {
      kind: 'object',
      fields: read.entries.map((e) => {
        const type = this.typeOf(e.value, func, e.valueOffset);
        return field(e.key, type, true, this.source(func, e.offset));
      }),
    };
  }

  /** One note per function listing the expressions whose type is not read (they are typed any). */
  unreadNotes(): ImportNote[] {
    const byFunc = new Map<GoFunc, { offset: number; expressions: Set<string> }>();
    for (const u of this.unread) {
      const entry = byFunc.get(u.func) ?? { offset: u.offset, expressions: new Set<string>() };
      entry.offset = Math.min(entry.offset, u.offset);
      entry.expressions.add(u.expression.split('\n')[0]!.trim());
      byFunc.set(u.func, entry);
    }
    return [...byFunc].map(([func, { offset, expressions }]) =>
      noteAt(
        func.file,
        offset,
        `in ${func.name}: typed any, as their types are declared outside the files read (MiraiGo and others): ${[...expressions].map((e) => `\`${e}\``).join(', ')}`,
        'info',
      ),
    );
  }

  source(func: GoFunc, offset: number): SourceRef {
    return { file: func.file.path, line: lineAt(func.file, offset), column: 1 };
  }

  /**
   * What a local variable holds at `before`: a `global.MSG` literal (plus the keys set on it later
   * with `v["key"] = ...`, which are optional), or a slice of them built with `append`/`v[i] =`.
   */
  variable(func: GoFunc, name: string, before: number): TypeNode | undefined {
    const body = blankComments(func.body);
    const start = func.bodyStart;
    const literalAt = new RegExp(`\\b${name}\\s*:?=\\s*global\\.MSG\\s*\\{`, 'g');
    const objects: TypeNode[] = [];
    for (const m of body.matchAll(literalAt)) {
      if (start + m.index > before) break;
      objects.push(this.literal(func, start + m.index + m[0].length - 1));
    }
    if (objects.length) {
      const object = mergeShapes(objects);
      if (object.kind === 'object') {
        // `v["key"] = ...` at the literal's own block level, or in both branches of an if/else there,
        // is always set; otherwise only on some paths.
        const declaredAt = [...body.matchAll(literalAt)][0]!.index;
        const sets = new Map<string, number[]>();
        for (const m of body.matchAll(new RegExp(`\\b${name}\\["(\\w+)"\\]\\s*=\\s*([^\\n]+)`, 'g'))) {
          const offset = start + m.index;
          const type = this.typeOf(m[2]!, func, offset + m[0].indexOf(m[2]!));
          sets.set(m[1]!, [...(sets.get(m[1]!) ?? []), m.index]);
          const existing = object.fields.find((f) => f.name === m[1]);
          if (existing) existing.type = mergeShapes([existing.type, type]);
          else object.fields.push(field(m[1]!, type, false, this.source(func, offset)));
        }
        for (const [key, offsets] of sets) {
          const set = object.fields.find((f) => f.name === key)!;
          if (alwaysSet(body, offsets, declaredAt)) set.required = true;
        }
        // Keys set on a nested literal: `ms := gm["sender"].(global.MSG)` then `ms["role"] = ...`,
        // or `gm["sender"].(global.MSG)["nickname"] = ...`.
        const nestedSets: { key: string; inner: string; value: string; at: number }[] = [];
        for (const a of body.matchAll(new RegExp(`\\b(\\w+)\\s*:=\\s*${name}\\["(\\w+)"\\]\\.\\(global\\.MSG\\)`, 'g'))) {
          for (const m of body.matchAll(new RegExp(`\\b${a[1]}\\["(\\w+)"\\]\\s*=\\s*([^\\n]+)`, 'g')))
            nestedSets.push({ key: a[2]!, inner: m[1]!, value: m[2]!, at: m.index + m[0].indexOf(m[2]!) });
        }
        for (const m of body.matchAll(new RegExp(`\\b${name}\\["(\\w+)"\\]\\.\\(global\\.MSG\\)\\["(\\w+)"\\]\\s*=\\s*([^\\n]+)`, 'g'))) {
          nestedSets.push({ key: m[1]!, inner: m[2]!, value: m[3]!, at: m.index + m[0].indexOf(m[3]!) });
        }
        const nestedAt = new Map<string, number[]>();
        for (const set of nestedSets) {
          const outer = object.fields.find((f) => f.name === set.key);
          if (outer?.type.kind !== 'object') continue;
          const type = this.typeOf(set.value, func, start + set.at);
          nestedAt.set(`${set.key}.${set.inner}`, [...(nestedAt.get(`${set.key}.${set.inner}`) ?? []), set.at]);
          const existing = outer.type.fields.find((f) => f.name === set.inner);
          if (existing) existing.type = mergeShapes([existing.type, type]);
          else outer.type.fields.push(field(set.inner, type, false, this.source(func, start + set.at)));
        }
        for (const [path, offsets] of nestedAt) {
          const [key, inner] = path.split('.') as [string, string];
          const outer = object.fields.find((f) => f.name === key)!.type;
          const set = outer.kind === 'object' ? outer.fields.find((f) => f.name === inner) : undefined;
          if (set && alwaysSet(body, offsets, declaredAt)) set.required = true;
        }
      }
      return object;
    }
    const items: TypeNode[] = [];
    const appended = new RegExp(`\\b${name}\\s*=\\s*append\\(\\s*${name}\\s*,\\s*`, 'g');
    for (const m of body.matchAll(appended)) items.push(this.typeOf(argumentAt(body, m.index + m[0].length), func, start + m.index + m[0].length));
    const indexed = new RegExp(`\\b${name}\\[\\w+\\]\\s*=\\s*`, 'g');
    for (const m of body.matchAll(indexed)) items.push(this.typeOf(argumentAt(body, m.index + m[0].length), func, start + m.index + m[0].length));
    if (items.length) return { kind: 'array', items: mergeShapes(items) };
    return undefined;
  }

  /** What a helper returns: its `return global.MSG{...}` or the slice it builds in its named result. */
  returned(helper: GoFunc): TypeNode {
    if (this.active.has(helper)) return ANY;
    this.active.add(helper);
    try {
      const body = blankComments(helper.body);
      const types: TypeNode[] = [];
      for (const m of body.matchAll(/\breturn\s+(?=\S)/g)) {
        const expression = argumentAt(body, m.index + m[0].length);
        if (!expression || expression === 'nil') continue;
        types.push(this.typeOf(expression, helper, helper.bodyStart + m.index + m[0].length));
      }
      // A named result (`(r []global.MSG)`) returned bare.
      const named = /\((\w+)\s+\[\]global\.MSG\)\s*$/.exec(
        helper.file.text
          .slice(0, helper.bodyStart - 1)
          .split('\n')
          .pop() ?? '',
      );
      if (named) types.push(this.variable(helper, named[1]!, helper.bodyStart + helper.body.length) ?? ANY);
      return types.length ? mergeShapes(types) : ANY;
    } finally {
      this.active.delete(helper);
    }
  }
}

/**
 * Whether a key set at these offsets of a (comment-free) body is set on every path once the literal
 * declared at `declaredAt` exists: one set at the literal's own block level, or one directly in each
 * branch of a plain `if ... { } else { }` at that level (not an `else if` chain, whose first branch
 * is not covered).
 */
function alwaysSet(body: string, offsets: number[], declaredAt: number): boolean {
  const level = depthAt(body, declaredAt);
  if (offsets.some((o) => depthAt(body, o) === level)) return true;
  const blocks = new Set(offsets.filter((o) => depthAt(body, o) === level + 1).map((o) => enclosingBrace(body, o)));
  for (const open of blocks) {
    const line = body.slice(body.lastIndexOf('\n', open) + 1, open);
    if (!/^\s*if\b/.test(line)) continue;
    const close = matchBracket(body, open);
    const otherwise = close < 0 ? null : /^\s*else\s*\{/.exec(body.slice(close + 1));
    if (otherwise && blocks.has(close + otherwise[0].length)) return true;
  }
  return false;
}

/** The offset of the `{` that opens the innermost block around `offset` (string literals skipped, as depthAt does). */
function enclosingBrace(body: string, offset: number): number {
  const open: number[] = [];
  for (let i = 0; i < offset; i++) {
    if (body[i] === '{') open.push(i);
    else if (body[i] === '}') open.pop();
    else if (body[i] === '"' || body[i] === '`') {
      const end = body.indexOf(body[i]!, i + 1);
      if (end < 0 || end >= offset) break;
      i = end;
    }
  }
  return open.at(-1) ?? -1;
}

/** How many blocks deep an offset of a (comment-free) body is. */
function depthAt(body: string, offset: number): number {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === '"' || body[i] === '`') {
      const end = body.indexOf(body[i]!, i + 1);
      if (end < 0 || end >= offset) break;
      i = end;
    }
  }
  return depth;
}

/** The type of a value that is one of a few string literals: the literal, or an enum of them. */
export function literalUnion(values: string[]): TypeNode {
  return values.length === 1
    ? { kind: 'literal', value: values[0]! }
    : { kind: 'enum', base: 'string', values: values.map((value) => ({ value, name: value })) };
}

/** The expression that starts at `at` and runs to the next top-level `,`, `)` or end of line. */
export function argumentAt(text: string, at: number): string {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      if (depth === 0) return text.slice(at, i).trim();
      depth--;
    } else if ((c === ',' || c === '\n') && depth === 0) return text.slice(at, i).trim();
  }
  return text.slice(at).trim();
}

/**
 * One type for the several shapes a value takes: objects merge field by field (a field missing
 * from one of them is optional), equal types collapse, different ones become a union.
 */
export function mergeShapes(types: TypeNode[]): TypeNode {
  // What is not known about one of the shapes is not known about their union either.
  if (types.some((t) => t.kind === 'primitive' && t.name === 'any')) return ANY;
  const known = types;
  if (!known.length) return ANY;
  if (known.every((t) => t.kind === 'object')) {
    const fields: Field[] = [];
    const objects = known as Extract<TypeNode, { kind: 'object' }>[];
    for (const object of objects) {
      for (const f of object.fields) {
        const existing = fields.find((x) => x.name === f.name);
        if (existing) existing.type = mergeShapes([existing.type, f.type]);
        else fields.push({ ...f, required: f.required && objects.every((o) => o.fields.some((x) => x.name === f.name && x.required)) });
      }
    }
    return { kind: 'object', fields };
  }
  if (known.every((t) => t.kind === 'array')) return { kind: 'array', items: mergeShapes(known.map((t) => (t as Extract<TypeNode, { kind: 'array' }>).items)) };
  const distinct: TypeNode[] = [];
  for (const t of known) if (!distinct.some((d) => JSON.stringify(d) === JSON.stringify(t))) distinct.push(t);
  return distinct.length === 1 ? distinct[0]! : { kind: 'union', variants: distinct };
}

/**
 * Actions: every class with `[Operation("name")]` (several attributes are several names of one
 * handler: the first name without a leading dot is the action, the others its aliases). Parameters come from the class the
 * handler deserializes its payload into (`payload.Deserialize<T>(...)`) or the keys it reads from
 * the payload directly (`payload?["file"]`); the result from what it passes to `new OneBotResult(...)`.
 */
import { defaultCategory, field, supportedBy } from '../../import/draft-model.js';
import type { Action, Field, Model, TypeNode } from '../../model/types.js';
import { matching, splitTopLevel, type Token } from './csharp.js';
import { literalValue, type ClassInfo, type Declarations } from './declarations.js';

const IMPLEMENTATION = 'lagrange';

export interface OperationStats {
  /** Operations whose payload is read with SerializerOptions.DefaultOptions (numbers accept strings). */
  lenient: string[];
  /** Operations that deserialize their payload with other options. */
  strict: string[];
}

export function readActions(declarations: Declarations, model: Model): OperationStats {
  const stats: OperationStats = { lenient: [], strict: [] };
  for (const info of declarations.classes.values()) {
    const names = declarations
      .attributesOf(info)
      .filter((a) => a.name === 'Operation')
      .flatMap((a) => {
        const value = a.args[0]?.length === 1 ? literalValue(a.args[0]) : undefined;
        if (typeof value === 'string') return [value];
        declarations.note(info.primary, a.line, `an [Operation] attribute of ${info.name} does not name the action with a string literal`);
        return [];
      });
    if (!names.length) continue;
    // `.ocr_image` and `ocr_image` on one handler: the plain name is the action, the dotted one its alias.
    const name = names.find((n) => !n.startsWith('.')) ?? names[0]!;
    const aliases = names.filter((n) => n !== name);
    // A handler may inherit its HandleOperation (`class GroupPokeOperation : SendPokeOperation { }`).
    const body = declarations.chain(info).flatMap((c) => c.decls.flatMap((d) => d.bodyTokens));
    const params = readParams(declarations, info, body, name, stats);
    const result = readResult(declarations, info, body, name);
    const action: Action = {
      name,
      title: { en: name },
      category: defaultCategory(model.categories),
      origin: IMPLEMENTATION,
      params,
      result,
      variants: [],
      aliases: aliases.map((alias) => ({ name: alias })),
      support: supportedBy(IMPLEMENTATION),
      examples: [],
      source: declarations.source(info.primary, info.primary.attributes.find((a) => a.name === 'Operation')?.line ?? info.primary.line),
    };
    model.actions.push(action);
  }
  model.actions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return stats;
}

function readParams(declarations: Declarations, info: ClassInfo, body: Token[], name: string, stats: OperationStats): Field[] {
  const params: Field[] = [];
  let deserialized = false;
  for (let i = 0; i < body.length; i++) {
    const t = body[i]!;
    // payload.Deserialize<T>(options)
    if (t.text === 'Deserialize' && body[i - 2]?.text === 'payload' && body[i + 1]?.text === '<') {
      const close = matching(body, i + 1);
      const typeName = body[close - 1]?.text ?? '';
      const args = body[close + 1]?.text === '(' ? body.slice(close + 2, matching(body, close + 1)) : [];
      const target = declarations.classes.get(typeName);
      if (deserialized) continue;
      deserialized = true;
      (args.some((a) => a.text === 'SerializerOptions') ? stats.lenient : stats.strict).push(name);
      if (!target) {
        declarations.note(
          info.primary,
          t.line,
          `'${name}' reads its payload as ${typeName}, which Lagrange.OneBot does not declare; its parameters are not read`,
        );
        continue;
      }
      params.push(...readOnly(declarations, info, target, paramsOf(declarations, target), body, name));
      continue;
    }
    // payload?["key"]
    if (t.text === 'payload' && (body[i + 1]?.text === '[' || (body[i + 1]?.text === '?' && body[i + 2]?.text === '['))) {
      const open = body[i + 1]!.text === '[' ? i + 1 : i + 2;
      const key = body[open + 1];
      if (key?.kind !== 'string' || body[open + 2]?.text !== ']') {
        declarations.note(info.primary, t.line, `'${name}' indexes its payload with something other than a string literal`);
        continue;
      }
      if (params.some((p) => p.name === key.text)) continue;
      params.push(field(key.text, payloadValueType(declarations, info, body, open + 3), true, declarations.source(info.primary, t.line)));
    }
  }
  const usesPayload = body.some((t, i) => t.text === 'payload' && body[i - 1]?.text !== '?' && body[i - 1]?.text !== 'JsonNode');
  if (!deserialized && params.length === 0 && usesPayload) {
    declarations.note(info.primary, info.primary.line, `'${name}' uses its payload in a way the extractor does not read; no parameters recorded`);
  }
  return params;
}

/**
 * Drops the properties of the payload class that the handler never reads (get_group_list reads
 * its payload as OneBotGetGroupInfo but never its group_id): a key nothing reads is no parameter.
 * The handler's scope is its body and the classes it is given (`MessageCommon common`).
 */
function readOnly(declarations: Declarations, info: ClassInfo, target: ClassInfo, params: Field[], body: Token[], name: string): Field[] {
  const scope = new Set<string>();
  const collect = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.kind === 'ident') scope.add(t.text);
      else if (t.kind === 'string' && t.interpolated) for (const m of t.text.matchAll(/[A-Za-z_]\w*/g)) scope.add(m[0]);
    }
  };
  collect(body);
  for (const decl of info.decls) {
    for (const p of decl.primaryParameters ?? []) for (const d of declarations.classes.get(p.type)?.decls ?? []) collect(d.bodyTokens);
  }
  const classes = [target, ...[...declarations.classes.values()].filter((c) => c !== target && declarations.derivesFrom(c, target.name))];
  const memberNames = new Map<string, string[]>();
  for (const c of classes) for (const m of declarations.jsonMembers(c)) memberNames.set(m.jsonName, [...(memberNames.get(m.jsonName) ?? []), m.member.name]);
  const kept = params.filter((p) => {
    const names = memberNames.get(p.name) ?? [];
    if (!names.length || names.some((n) => scope.has(n))) return true;
    declarations.note(
      target.primary,
      p.source.line,
      `'${name}' reads its payload as ${target.name} but never reads '${p.name}'; not recorded as a parameter`,
      'info',
    );
    return false;
  });
  return kept.map((p) =>
    zeroIsMeant(p, memberNames.get(p.name) ?? [], classes, declarations, body) ? { ...p, required: false, default: 0, hasDefault: true } : p,
  );
}

/**
 * A number the caller may leave out, so that it reads as 0: one that is not an id (a `duration` of
 * 0 lifts a ban), or an id the handler compares with 0 (`history.MessageId == 0` means the latest).
 * An id nothing compares with 0 stays required: an id of 0 names nothing.
 */
function zeroIsMeant(p: Field, memberNames: string[], classes: ClassInfo[], declarations: Declarations, body: Token[]): boolean {
  if (!p.required || p.type.kind !== 'primitive' || !['int32', 'int64', 'number'].includes(p.type.name)) return false;
  const member = classes.flatMap((c) => declarations.jsonMembers(c)).find((m) => m.jsonName === p.name)?.member;
  if (!member || member.initializer || member.modifiers.includes('required') || member.attributes.some((a) => a.name === 'JsonRequired')) return false;
  if (!/(^|_)id$/.test(p.name)) return true;
  return body.some(
    (t, i) =>
      memberNames.includes(t.text) && (body[i + 1]?.text === '==' || body[i + 1]?.text === '!=' || body[i + 1]?.text === 'is') && body[i + 2]?.text === '0',
  );
}

/** The parameters of a payload class; a [JsonConverter] choosing among subclasses (the message forms) makes their fields unions. */
function paramsOf(declarations: Declarations, target: ClassInfo): Field[] {
  const params = declarations.fields(target, 'param');
  const converter = declarations.attributesOf(target).find((a) => a.name === 'JsonConverter');
  if (!converter) return params;
  const variants = converter.args[0]!.filter((t) => t.kind === 'ident')
    .map((t) => declarations.classes.get(t.text))
    .filter((c): c is ClassInfo => !!c && c !== target && declarations.derivesFrom(c, target.name));
  if (!variants.length) {
    declarations.note(target.primary, converter.line, `${target.name} is read by a custom converter; only its own properties are recorded`, 'info');
    return params;
  }
  const byName = new Map<string, Field[]>();
  for (const variant of variants) for (const f of declarations.fields(variant, 'param')) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const merged = [...params];
  for (const [fieldName, fields] of byName) {
    if (params.some((p) => p.name === fieldName)) continue;
    const types: TypeNode[] = [];
    for (const f of fields) if (!types.some((x) => JSON.stringify(x) === JSON.stringify(f.type))) types.push(f.type);
    merged.push({
      ...fields[0]!,
      type: types.length === 1 ? types[0]! : { kind: 'union', variants: types },
      required: fields.length === variants.length && fields.every((f) => f.required),
    });
  }
  return merged;
}

/** `payload?["k"]?.ToString()` is a string, `?.GetValue<T>()` and `?.Deserialize<T>()` a T. */
function payloadValueType(declarations: Declarations, info: ClassInfo, body: Token[], after: number): TypeNode {
  let k = after;
  while (body[k]?.text === '?' || body[k]?.text === '?.' || body[k]?.text === '.' || body[k]?.text === '!') k++;
  const method = body[k];
  if (method?.text === 'ToString') return { kind: 'primitive', name: 'string' };
  if ((method?.text === 'GetValue' || method?.text === 'Deserialize') && body[k + 1]?.text === '<') {
    const close = matching(body, k + 1);
    const typeText = body
      .slice(k + 2, close)
      .map((t) => t.text)
      .join('');
    return declarations.typeOf(typeText, { file: info.primary.file, line: method.line }, 'param').type;
  }
  declarations.note(
    info.primary,
    body[after - 3]?.line ?? info.primary.line,
    `a payload key of ${info.name} is read in a way the extractor does not know; typed as any`,
    'info',
  );
  return { kind: 'primitive', name: 'any' };
}

/** The `data` of the first `new OneBotResult(data, ...)` whose data is not null and can be read. */
function readResult(declarations: Declarations, info: ClassInfo, body: Token[], name: string): TypeNode | null {
  const found: { type: TypeNode; line: number }[] = [];
  const unread: number[] = [];
  for (let i = 0; i < body.length; i++) {
    // `new OneBotResult(...)`, or `new(...)` where the method returns one (`=> new(...)`, `return new(...)`).
    const named = body[i]!.text === 'new' && body[i + 1]?.text === 'OneBotResult' && body[i + 2]?.text === '(';
    const targetTyped =
      body[i]!.text === 'new' && body[i + 1]?.text === '(' && ((body[i - 1]?.text === '=>' && body[i - 2]?.text === ')') || body[i - 1]?.text === 'return');
    if (!named && !targetTyped) continue;
    const open = named ? i + 2 : i + 1;
    const args = splitTopLevel(body.slice(open + 1, matching(body, open)));
    const data = args[0] ?? [];
    if (data.length === 1 && data[0]!.text === 'null') continue;
    const type = typeOfExpression(declarations, info, body, data, i);
    if (type) found.push({ type, line: body[i]!.line });
    else unread.push(body[i]!.line);
  }
  for (const line of unread) {
    declarations.note(info.primary, line, `the result of '${name}' here is an expression the extractor does not read`);
  }
  if (!found.length) return unread.length ? { kind: 'primitive', name: 'any' } : null;
  const distinct = found.filter((f, index) => found.findIndex((g) => JSON.stringify(g.type) === JSON.stringify(f.type)) === index);
  if (distinct.length > 1) {
    declarations.note(info.primary, distinct[1]!.line, `'${name}' answers with ${distinct.length} different data shapes; recorded as their union`, 'info');
    return { kind: 'union', variants: distinct.map((d) => d.type) };
  }
  return distinct[0]!.type;
}

/**
 * The type of a result expression: `new T(...)` / `new T { ... }`, `xs.Select(x => new T(...))`,
 * `new JsonObject { { "key", value } }`, a string literal, or a local variable declared with one of these.
 */
function typeOfExpression(declarations: Declarations, info: ClassInfo, body: Token[], expr: Token[], at: number, depth = 0): TypeNode | undefined {
  if (!expr.length || depth > 3) return undefined;
  const line = expr[0]!.line;
  const where = { file: info.primary.file, line };
  if (expr.length === 1 && expr[0]!.kind === 'string') return { kind: 'primitive', name: 'string' };
  if (expr.length === 1 && expr[0]!.kind === 'number') return { kind: 'primitive', name: /[.eE]/.test(expr[0]!.text) ? 'number' : 'int64' };
  if (expr.length === 1 && (expr[0]!.text === 'true' || expr[0]!.text === 'false')) return { kind: 'primitive', name: 'boolean' };
  if (expr[0]!.text === 'new' && expr[1]?.text === 'JsonObject') {
    const open = expr.findIndex((t) => t.text === '{');
    if (open < 0) return undefined; // an empty JsonObject filled at run time: its keys are not in the code
    const fields: Field[] = [];
    for (const entry of splitTopLevel(expr.slice(open + 1, matching(expr, open)))) {
      const inner = entry[0]?.text === '{' ? splitTopLevel(entry.slice(1, matching(entry, 0))) : [];
      const key = inner[0]?.[0];
      if (key?.kind !== 'string') {
        declarations.note(info.primary, entry[0]?.line ?? line, 'a JsonObject entry of a result has no string key; left out');
        continue;
      }
      const valueType = typeOfExpression(declarations, info, body, inner[1] ?? [], at, depth + 1) ?? { kind: 'primitive', name: 'any' };
      fields.push(field(key.text, valueType, true, declarations.source(info.primary, key.line)));
    }
    return { kind: 'object', fields };
  }
  if (expr[0]!.text === 'new' && expr[1]?.kind === 'ident' && declarations.classes.has(expr[1].text)) {
    return declarations.typeOf(expr[1].text, where, 'value').type;
  }
  if (expr[0]!.text === 'new' && expr[1]?.text === 'List' && expr[2]?.text === '<') {
    const close = matching(expr, 2);
    return declarations.typeOf(
      expr
        .slice(1, close + 1)
        .map((t) => t.text)
        .join(''),
      where,
      'value',
    ).type;
  }
  const select = expr.findIndex((t, idx) => t.text === 'Select' && expr[idx - 1]?.text === '.');
  if (select >= 0) {
    const created = expr.findIndex((t, idx) => idx > select && t.text === 'new' && expr[idx + 1]?.kind === 'ident');
    if (created >= 0 && declarations.classes.has(expr[created + 1]!.text)) {
      return { kind: 'array', items: declarations.typeOf(expr[created + 1]!.text, where, 'value').type };
    }
  }
  // A call of one of the handler's own methods: its declared return type, without Task<>.
  const call = expr[0]!.text === 'await' ? 1 : 0;
  if (expr[call]?.kind === 'ident' && expr[call + 1]?.text === '(' && matching(expr, call + 1) === expr.length - 1) {
    const method = info.decls.flatMap((d) => d.members).find((m) => m.kind === 'method' && m.name === expr[call]!.text);
    if (method) {
      const unwrapped = method.type.replace(/^(?:Task|ValueTask)<(.*)>$/, '$1');
      return declarations.typeOf(unwrapped, { file: info.primary.file, line: method.line }, 'value').type;
    }
  }
  // A local variable: `Type name = ...;` or `var name = ...;` before the result.
  if (expr.length === 1 && expr[0]!.kind === 'ident') {
    const local = expr[0]!.text;
    for (let k = at; k > 0; k--) {
      if (body[k]!.text !== local || body[k + 1]?.text !== '=' || body[k - 1]?.kind !== 'ident') continue;
      const end = body.findIndex((t, idx) => idx > k && t.text === ';');
      const declared = body[k - 1]!.text;
      if (declared !== 'var') {
        let start = k - 1;
        if (body[start]?.text === '>') while (start > 0 && body[start]!.text !== '<') start--;
        if (body[start]?.text === '<') start--;
        return declarations.typeOf(
          body
            .slice(start, k)
            .map((t) => t.text)
            .join(''),
          where,
          'value',
        ).type;
      }
      return typeOfExpression(declarations, info, body, body.slice(k + 2, end), k, depth + 1);
    }
  }
  return undefined;
}

/**
 * Events: the classes Lagrange.OneBot sends whose JSON has a `post_type`. Discriminator values are
 * followed through the constructor chain (`OneBotGroupPoke(selfId) : OneBotNotify(selfId, "notify")`
 * sets `notice_type`) and, where a constructor parameter sets them, through the literals the
 * classes are created with (`new OneBotGroupAdmin(uin, promote ? "set" : "unset", ...)`), including
 * object initializers (`{ SubType = set ? "add" : "delete" }`) and a local variable assigned just before.
 */
import { eventTypeName } from '../../model/naming.js';
import { supportedBy } from '../../import/draft-model.js';
import type { Discriminator, Event, Field, Model, TypeNode } from '../../model/types.js';
import { matching, splitTopLevel, type Token } from './csharp.js';
import { jsonName, literalValue, type ClassInfo, type Declarations } from './declarations.js';

/** The discriminator each post_type leads to (OneBot 11's). */
const SECONDARY: Record<string, string> = {
  message: 'message_type',
  message_sent: 'message_type',
  notice: 'notice_type',
  request: 'request_type',
  meta_event: 'meta_event_type',
};
/** Notice types whose sub_type names a distinct event (OneBot 11's notify bag, and essence add/delete) rather than a detail of one. */
const SPLIT_BY_SUB_TYPE = new Set(['notify', 'essence']);
/** Fields every event has (the spec's event base). */
const BASE_FIELDS = new Set(['time', 'self_id', 'post_type']);

/** What a JSON property of an event holds: constants, or values set when the class is created. */
interface Values {
  constants: string[];
  /** False when some value is not a literal the extractor can see. */
  complete: boolean;
}

export function readEvents(declarations: Declarations, model: Model): void {
  const creations = findCreations(declarations);
  const byKey = new Map<string, Event>();
  for (const info of declarations.classes.values()) {
    if (info.decls.some((d) => d.modifiers.includes('abstract'))) continue;
    const members = declarations.jsonMembers(info);
    if (!members.some((m) => m.jsonName === 'post_type')) continue;
    const sites = creations.get(info.name) ?? [];
    if (!sites.length) {
      declarations.note(info.primary, info.primary.line, `${info.name} has a post_type but Lagrange.OneBot never creates it; not an event`, 'info');
      continue;
    }
    const values = (name: string) => valuesOf(declarations, info, name, sites);
    const postTypes = values('post_type');
    if (postTypes.constants.length !== 1) {
      declarations.note(info.primary, info.primary.line, `the post_type of ${info.name} is not one constant; left out`);
      continue;
    }
    const postType = postTypes.constants[0]!;
    const secondaryKey = SECONDARY[postType];
    const secondary = secondaryKey ? values(secondaryKey) : undefined;
    if (!secondaryKey || !secondary || secondary.constants.length !== 1 || !secondary.complete) {
      declarations.note(info.primary, info.primary.line, `the ${secondaryKey ?? 'secondary discriminator'} of ${info.name} is not one constant; left out`);
      continue;
    }
    const secondaryValue = secondary.constants[0]!;
    const splitBySub = postType === 'notice' && SPLIT_BY_SUB_TYPE.has(secondaryValue) && members.some((m) => m.jsonName === 'sub_type');
    const subTypes = members.some((m) => m.jsonName === 'sub_type') ? values('sub_type') : undefined;
    if (splitBySub && (!subTypes?.complete || !subTypes.constants.length)) {
      declarations.note(info.primary, info.primary.line, `the sub_type of ${info.name} is not a set of constants; recorded without it`);
    }
    const splits = splitBySub && subTypes?.complete && subTypes.constants.length ? subTypes.constants : [undefined];
    const fields: Field[] = members
      .filter((m) => !BASE_FIELDS.has(m.jsonName) && m.jsonName !== secondaryKey && !(splitBySub && m.jsonName === 'sub_type'))
      .map(({ member, decl, jsonName: name }) => {
        const f = declarations.fieldOf(member, decl, name, 'value');
        if (name === 'sub_type' && subTypes?.complete && subTypes.constants.length) {
          const type = literals(subTypes.constants);
          return { ...f, type };
        }
        if (name === 'sub_type' && subTypes && !subTypes.complete) {
          declarations.note(
            decl,
            member.line,
            `the sub_type values of ${info.name} are not all literals (${subTypes.constants.length ? `seen: ${subTypes.constants.join(', ')}` : 'none seen'}); typed as string`,
            'info',
          );
        }
        return f;
      });
    for (const sub of splits) {
      const discriminators: Discriminator[] = [
        { key: 'post_type', value: postType },
        { key: secondaryKey, value: secondaryValue },
        ...(sub ? [{ key: 'sub_type', value: sub }] : []),
      ];
      const id = discriminators
        .slice(1)
        .map((d) => d.value)
        .join('_');
      const key = discriminators.map((d) => `${d.key}=${d.value}`).join(',');
      const existing = byKey.get(key);
      if (existing) {
        existing.fields = mergeFields(existing.fields, fields);
        continue;
      }
      const event: Event = {
        id: postType === 'message' ? `${secondaryValue}_message` : id,
        typeName: eventTypeName(postType === 'message' ? `${secondaryValue}_message` : id),
        title: { en: key },
        origin: 'lagrange',
        discriminators,
        fields,
        quickOperation: [],
        support: supportedBy('lagrange'),
        examples: [],
        source: declarations.source(info.primary, info.primary.line),
      };
      byKey.set(key, event);
      model.events.push(event);
    }
  }
  model.events.sort((a, b) => {
    const x = a.discriminators.map((d) => d.value).join('.');
    const y = b.discriminators.map((d) => d.value).join('.');
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Two classes of one event (the segment and string forms of a message): fields in both, types joined. */
function mergeFields(a: Field[], b: Field[]): Field[] {
  const out = a.map((f) => {
    const other = b.find((g) => g.name === f.name);
    if (!other || JSON.stringify(other.type) === JSON.stringify(f.type)) return other ? f : { ...f, required: false };
    const values = [...stringValues(f.type), ...stringValues(other.type)];
    if (values.length && stringValues(f.type).length && stringValues(other.type).length) {
      const distinct = [...new Set(values)];
      return { ...f, type: literals(distinct) };
    }
    return { ...f, type: { kind: 'union' as const, variants: [f.type, other.type] } };
  });
  for (const g of b) if (!a.some((f) => f.name === g.name)) out.push({ ...g, required: false });
  return out;
}

/** `'a'`, or a string enum: the values a field is seen to take (as the spec writes sub_type). */
function literals(values: string[]): TypeNode {
  return values.length === 1
    ? { kind: 'literal', value: values[0]! }
    : { kind: 'enum', base: 'string', values: values.map((value) => ({ value, name: value })) };
}

function stringValues(type: TypeNode): string[] {
  if (type.kind === 'literal' && typeof type.value === 'string') return [type.value];
  if (type.kind === 'enum' && type.base === 'string') return type.values.map((v) => String(v.value));
  return [];
}

interface Creation {
  args: Token[][];
  /** Object initializer assignments: property name → value tokens. */
  initializers: Map<string, Token[]>;
  /** The tokens before the creation in its file, to find a local variable's assignment. */
  before: Token[];
}

/** Every `new ClassName(...)` in Lagrange.OneBot, by class name. */
function findCreations(declarations: Declarations): Map<string, Creation[]> {
  const out = new Map<string, Creation[]>();
  for (const file of declarations.files) {
    const tokens = file.tokens;
    for (let i = 0; i < tokens.length - 2; i++) {
      if (tokens[i]!.text !== 'new' || tokens[i + 1]!.kind !== 'ident' || tokens[i + 2]!.text !== '(') continue;
      const name = tokens[i + 1]!.text;
      if (!declarations.classes.has(name)) continue;
      const close = matching(tokens, i + 2);
      const args = splitTopLevel(tokens.slice(i + 3, close)).filter((a) => a.length);
      const initializers = new Map<string, Token[]>();
      if (tokens[close + 1]?.text === '{') {
        for (const entry of splitTopLevel(tokens.slice(close + 2, matching(tokens, close + 1)))) {
          if (entry[0]?.kind === 'ident' && entry[1]?.text === '=') initializers.set(entry[0].text, entry.slice(2));
        }
      }
      out.set(name, [...(out.get(name) ?? []), { args, initializers, before: tokens.slice(Math.max(0, i - 400), i) }]);
    }
  }
  return out;
}

/**
 * The values the JSON property `name` of a class takes: its initializer if constant; or, when a
 * constructor parameter sets it, what the subclass passes to the base constructor or the literals
 * the class is created with.
 */
function valuesOf(declarations: Declarations, leaf: ClassInfo, name: string, sites: Creation[]): Values {
  // bindings: parameter name of the class being looked at → where its value comes from
  type Source = { tokens: Token[] } | { leafParameter: number };
  let bindings = new Map<string, Source>();
  const leafParams = leaf.decls.find((d) => d.primaryParameters)?.primaryParameters ?? [];
  leafParams.forEach((p, index) => bindings.set(p.name, { leafParameter: index }));
  for (const info of declarations.chain(leaf)) {
    for (const decl of info.decls) {
      const member = decl.members.find((m) => m.kind === 'property' && jsonName(m) === name);
      if (member) {
        const fromInitializers = sites.map((s) => s.initializers.get(member.name)).filter((t): t is Token[] => !!t);
        const init = member.initializer ?? [];
        const bound = init.length === 1 && init[0]!.kind === 'ident' ? bindings.get(init[0]!.text) : undefined;
        let result: Values;
        if (bound && 'leafParameter' in bound) result = fromSites(sites.map((s) => ({ tokens: s.args[bound.leafParameter] ?? [], before: s.before })));
        else result = fromSites([{ tokens: bound ? bound.tokens : init, before: [] }]);
        if (fromInitializers.length) {
          const extra = fromSites(fromInitializers.map((tokens) => ({ tokens, before: [] })));
          result = { constants: [...new Set([...(literalValue(init) === '' ? [] : result.constants), ...extra.constants])], complete: extra.complete };
        }
        return result;
      }
    }
    // Move to the base: its parameters take what this class passes.
    const base = declarations.baseOf(info);
    const baseInfo = base ? declarations.classes.get(base.name) : undefined;
    if (!base || !baseInfo) break;
    const baseParams = baseInfo.decls.find((d) => d.primaryParameters)?.primaryParameters ?? [];
    const next = new Map<string, Source>();
    baseParams.forEach((p, index) => {
      const arg = base.args?.[index];
      if (!arg) return;
      const passed = arg.length === 1 && arg[0]!.kind === 'ident' ? bindings.get(arg[0]!.text) : undefined;
      next.set(p.name, passed ?? { tokens: arg });
    });
    bindings = next;
  }
  return { constants: [], complete: false };
}

/** The string literals some expressions can take (`"a"`, `x ? "a" : "b"`, a switch), following a local variable once. */
function fromSites(sites: { tokens: Token[]; before: Token[] }[]): Values {
  const constants = new Set<string>();
  let complete = sites.length > 0;
  for (const { tokens, before } of sites) {
    let expr = tokens;
    if (expr.length === 1 && expr[0]!.kind === 'ident' && before.length) {
      // `string type = ...;` shortly before: take that expression.
      for (let k = before.length - 2; k > 0; k--) {
        if (before[k]!.text === expr[0]!.text && before[k + 1]!.text === '=') {
          const end = before.findIndex((t, idx) => idx > k && t.text === ';');
          expr = before.slice(k + 2, end < 0 ? before.length : end);
          break;
        }
      }
    }
    const literals = expr.filter((t) => t.kind === 'string' && !t.interpolated).map((t) => t.text);
    literals.forEach((l) => constants.add(l));
    // Complete only when every outcome is a literal: a literal alone, a ternary of literals, or a switch whose arms are all literals.
    const value = literalValue(expr);
    const ternary =
      expr.some((t) => t.text === '?') &&
      expr.some((t) => t.text === ':') &&
      literals.length === 2 &&
      expr.findIndex((t) => t.text === '?') < expr.findIndex((t) => t.kind === 'string');
    const switchArms = expr.some((t) => t.text === 'switch')
      ? splitTopLevel(expr.slice(expr.findIndex((t) => t.text === '{') + 1, -1)).map((arm) => arm.slice(arm.findIndex((t) => t.text === '=>') + 1))
      : [];
    const allArmsLiteral = switchArms.length > 0 && switchArms.every((arm) => !arm.length || typeof literalValue(arm) === 'string');
    if (typeof value !== 'string' && !ternary && !allArmsLiteral) complete = false;
  }
  return { constants: [...constants], complete };
}

/**
 * How two types relate: whether every value of one is a value of the other. The diff uses it to
 * tell a narrowed type from a widened or an incompatible one. Named types are followed into the
 * model they belong to, so the same shape under another name is the same type.
 */
import type { Field, Model, TypeNode } from '../model/types.js';

/** The named types of one model, for following references. */
export class TypeScope {
  private readonly named: Map<string, TypeNode>;
  constructor(model: Pick<Model, 'types'>) {
    this.named = new Map(model.types.map((t) => [t.name, t.type]));
  }

  /** Follows references to named types; built-in and unknown names stay references. */
  resolve(node: TypeNode): TypeNode {
    let current = node;
    for (let hops = 0; current.kind === 'ref' && hops < 32; hops++) {
      const target = this.named.get(current.name);
      if (!target) return current;
      current = target;
    }
    return current;
  }
}

export type Relation = 'same' | 'narrowed' | 'widened' | 'changed';

/** How loosely values are matched, when one side of the comparison cannot be exact (see coverage.ts). */
export interface RelateOptions {
  /** int32, int64 and number are one type. */
  numbersAlike?: boolean;
  /** A string also takes numbers and booleans, which the implementation converts to strings. */
  converts?: boolean;
  /** `any` is a type nobody told, which matches every type both ways. */
  anyIsUntyped?: boolean;
  /**
   * On which side a plain `string` does not say which strings (a side that reads values the code
   * computes, or sends every value as text): there it matches the other side's enumeration or
   * literals of strings, both ways. A plain string on the other side still differs from them.
   */
  stringsUntold?: 'previous' | 'next' | 'both';
  /**
   * Built-in names (`SendSegment`, `Event`) one side cannot describe, because it lists no segments
   * or no events: a type that holds them is compared without them (they match every type).
   */
  uncomparedBuiltins?: ReadonlySet<string>;
}

/** `accepts`' options: also which of its two types may be a plain string that does not say which strings. */
type AcceptOptions = RelateOptions & { untold?: 'a' | 'b' | 'both' };

/** How `next` relates to `previous`: narrowed means it has fewer values, widened more. */
export function relate(previous: TypeNode, prevScope: TypeScope, next: TypeNode, nextScope: TypeScope, options: RelateOptions = {}): Relation {
  const side = options.stringsUntold;
  const prevHoldsNext = accepts(previous, prevScope, next, nextScope, new Set(), {
    ...options,
    untold: side === 'both' ? 'both' : side === 'previous' ? 'a' : side === 'next' ? 'b' : undefined,
  });
  const nextHoldsPrev = accepts(next, nextScope, previous, prevScope, new Set(), {
    ...options,
    untold: side === 'both' ? 'both' : side === 'previous' ? 'b' : side === 'next' ? 'a' : undefined,
  });
  if (prevHoldsNext && nextHoldsPrev) return 'same';
  if (nextHoldsPrev) return 'widened';
  if (prevHoldsNext) return 'narrowed';
  return 'changed';
}

const INTEGER_RANK: Record<string, number> = { int32: 1, int64: 2, number: 3 };

/** Whether every value of `b` is a value of `a`. Objects are open: extra fields are allowed. */
export function accepts(a: TypeNode, sa: TypeScope, b: TypeNode, sb: TypeScope, seen = new Set<string>(), options: AcceptOptions = {}): boolean {
  // A recursive type (a segment inside a forward node inside a segment) is assumed to match itself.
  const key = `${a.kind === 'ref' ? a.name : ''}|${b.kind === 'ref' ? b.name : ''}`;
  if (a.kind === 'ref' && b.kind === 'ref') {
    if (seen.has(key)) return true;
    seen = new Set(seen).add(key);
  }
  const x = sa.resolve(a);
  const y = sb.resolve(b);
  if (x.kind === 'primitive' && x.name === 'any') return true;
  if (y.kind === 'primitive' && y.name === 'any') return !!options.anyIsUntyped;
  const uncompared = (t: TypeNode) => t.kind === 'ref' && !!options.uncomparedBuiltins?.has(t.name);
  if (uncompared(x) || uncompared(y)) return true;
  const untold = options.untold;
  if (untold && untold !== 'b' && isPlainString(x) && isStringValues(y, sb)) return true;
  if (untold && untold !== 'a' && isPlainString(y) && isStringValues(x, sa)) return true;
  if (y.kind === 'union') {
    // `int64 | string` is how a spec writes a number that may come as its text: an implementation
    // that converts parameters takes that text into its number type.
    const textOfNumber = options.converts && isNumber(x) && y.variants.some((v) => isNumber(sb.resolve(v)));
    return y.variants.every((v) => (textOfNumber && isPlainString(sb.resolve(v))) || accepts(x, sa, v, sb, seen, options));
  }
  // An enum is a union of its values: a union of literals may hold them all.
  if (x.kind === 'union' && y.kind === 'enum') return y.values.every((v) => x.variants.some((w) => acceptsValue(sa.resolve(w), v.value, options)));
  // Unions before built-in names (SendSegment, Event): `string | SendSegment` holds a SendSegment.
  if (x.kind === 'union') return x.variants.some((v) => accepts(v, sa, y, sb, seen, options));
  if (x.kind === 'ref' || y.kind === 'ref') return x.kind === 'ref' && y.kind === 'ref' && x.name === y.name;
  const converted = options.converts && x.kind === 'primitive' && x.name === 'string';
  switch (y.kind) {
    case 'primitive':
      if (x.kind !== 'primitive') return false;
      if (x.name === y.name) return true;
      if (converted && (y.name in INTEGER_RANK || y.name === 'boolean')) return true;
      return y.name in INTEGER_RANK && x.name in INTEGER_RANK && (options.numbersAlike || INTEGER_RANK[y.name]! <= INTEGER_RANK[x.name]!);
    case 'literal':
      return converted || acceptsValue(x, y.value, options);
    case 'enum':
      if (x.kind === 'enum') return y.values.every((v) => x.values.some((w) => w.value === v.value));
      if (x.kind === 'primitive') {
        if (y.base === 'string' || converted) return x.name === 'string';
        return x.name in INTEGER_RANK && (options.numbersAlike || INTEGER_RANK[y.base]! <= INTEGER_RANK[x.name]!);
      }
      // A literal holds an enumeration of that one value.
      return y.values.every((v) => acceptsValue(x, v.value, options));
    case 'array':
      return x.kind === 'array' && accepts(x.items, sa, y.items, sb, seen, options);
    case 'map':
      if (x.kind === 'map') return accepts(x.values, sa, y.values, sb, seen, options);
      if (x.kind === 'object') return x.fields.every((f) => !f.required) && (!x.additional || accepts(x.additional, sa, y.values, sb, seen, options));
      return false;
    case 'object':
      if (x.kind === 'map') return y.fields.every((f) => accepts(x.values, sa, f.type, sb, seen, options));
      if (x.kind !== 'object') return false;
      return acceptsObject(x.fields, x.additional, sa, y.fields, sb, seen, options);
  }
}

function isPlainString(t: TypeNode): boolean {
  return t.kind === 'primitive' && t.name === 'string';
}

function isNumber(t: TypeNode): boolean {
  return t.kind === 'primitive' && t.name in INTEGER_RANK;
}

/** An enumeration of strings, a string literal, or a union of those. */
function isStringValues(t: TypeNode, scope: TypeScope): boolean {
  const r = scope.resolve(t);
  if (r.kind === 'enum') return r.base === 'string';
  if (r.kind === 'literal') return typeof r.value === 'string';
  if (r.kind === 'union') return r.variants.every((v) => isStringValues(v, scope));
  return false;
}

function acceptsObject(
  fa: Field[],
  additional: TypeNode | undefined,
  sa: TypeScope,
  fb: Field[],
  sb: TypeScope,
  seen: Set<string>,
  options: AcceptOptions,
): boolean {
  for (const f of fa) {
    const g = fb.find((h) => h.name === f.name);
    if (f.required && !g?.required) return false;
    if (g && !accepts(f.type, sa, g.type, sb, seen, options)) return false;
  }
  if (!additional) return true;
  return fb.every((g) => fa.some((f) => f.name === g.name) || accepts(additional, sa, g.type, sb, seen, options));
}

function acceptsValue(x: TypeNode, value: string | number | boolean, options: RelateOptions): boolean {
  switch (x.kind) {
    case 'literal':
      return x.value === value;
    case 'enum':
      return x.values.some((v) => v.value === value);
    case 'primitive':
      if (typeof value === 'string') return x.name === 'string';
      if (typeof value === 'boolean') return x.name === 'boolean';
      return x.name === 'number' || ((x.name === 'int32' || x.name === 'int64') && (Number.isInteger(value) || !!options.numbersAlike));
    default:
      return false;
  }
}

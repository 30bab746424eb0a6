/**
 * The TypeScript the emitters build: a small syntax tree of exactly the constructs the generated
 * files use (declarations, type expressions, object and array literals), which printer.ts lays
 * out as prettier would. Names and text in it are already escaped for TypeScript (escape.ts);
 * string values are plain strings, quoted by the printer.
 */

/** A type expression. */
export type TypeExpr =
  /** `string`, `number`, `boolean`, `null`, `unknown`, `never`, `object`. */
  | { readonly kind: 'keyword'; readonly name: string }
  /** A named type, with type arguments: `Envelope`, `Record<string, unknown>`. */
  | { readonly kind: 'ref'; readonly name: string; readonly args?: readonly TypeExpr[] }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'union'; readonly types: readonly TypeExpr[] }
  | { readonly kind: 'array'; readonly element: TypeExpr }
  /** `{ a: string; b?: number }`; `multiline` when it is written one member a line whatever its length. */
  | { readonly kind: 'object'; readonly members: readonly Member[]; readonly multiline: boolean }
  /** `T['key']`. */
  | { readonly kind: 'indexed'; readonly object: TypeExpr; readonly index: TypeExpr }
  /** Fixed type text that never breaks: `keyof EventMap`, `(typeof Retcode)[keyof typeof Retcode]`. */
  | { readonly kind: 'raw'; readonly text: string };

/** A member of an interface or an object type. */
export type Member =
  | { readonly kind: 'property'; readonly name: string; readonly optional?: boolean; readonly type: TypeExpr; readonly doc?: string }
  | { readonly kind: 'index'; readonly keyName: string; readonly keyType: string; readonly type: TypeExpr; readonly doc?: string };

/** A value in an object or array literal. */
export type Expr =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  /** `true`, `false`, `null`. */
  | { readonly kind: 'keyword'; readonly text: 'true' | 'false' | 'null' }
  | { readonly kind: 'identifier'; readonly name: string }
  | { readonly kind: 'array'; readonly elements: readonly Expr[] }
  | { readonly kind: 'object'; readonly properties: readonly Property[]; readonly multiline: boolean };

/** A property of an object literal; `shorthand` writes `{ at }` for `{ at: at }`. */
export interface Property {
  readonly key: string;
  readonly value: Expr;
  readonly shorthand?: boolean;
  readonly doc?: string;
}

export interface Parameter {
  readonly name: string;
  readonly optional?: boolean;
  readonly type: TypeExpr;
}

/** A function or method signature and body: statements are one line each, already in their final form. */
export interface FunctionParts {
  readonly name: string;
  readonly params: readonly Parameter[];
  readonly returns: TypeExpr;
  readonly body: readonly string[];
}

export type Statement =
  | { readonly kind: 'import'; readonly typeOnly?: boolean; readonly names: readonly { name: string; typeOnly?: boolean }[]; readonly from: string }
  | { readonly kind: 'export-all'; readonly from: string }
  /** Fixed code, already in its final form (a helper function), one line each. */
  | { readonly kind: 'code'; readonly doc?: string; readonly lines: readonly string[] }
  | {
      readonly kind: 'interface';
      readonly doc?: string;
      readonly name: string;
      /** As written: `<T = unknown>`. */
      readonly typeParams?: string;
      readonly extends?: string;
      readonly members: readonly Member[];
    }
  | { readonly kind: 'type'; readonly doc?: string; readonly name: string; readonly typeParams?: string; readonly type: TypeExpr }
  | { readonly kind: 'const'; readonly doc?: string; readonly name: string; readonly value: Expr; readonly asConst?: boolean }
  /** `export default call(value);`, the call's one argument a non-empty object written one property a line. */
  | { readonly kind: 'export-default-call'; readonly call: string; readonly value: Expr }
  | ({ readonly kind: 'function'; readonly doc?: string; readonly exported?: boolean } & FunctionParts)
  | {
      readonly kind: 'class';
      readonly doc?: string;
      readonly name: string;
      /** The base class as written: `ClientBase<ActionMap, EventMap>`. */
      readonly extends?: string;
      /** Members before the methods, already in their final form (a constructor), one line each. */
      readonly code: readonly string[];
      readonly methods: readonly ({ readonly doc?: string } & FunctionParts)[];
    };

// ---- constructors ------------------------------------------------------------------------------

export const keyword = (name: string): TypeExpr => ({ kind: 'keyword', name });
export const ref = (name: string, args?: readonly TypeExpr[]): TypeExpr => (args ? { kind: 'ref', name, args } : { kind: 'ref', name });
export const literal = (value: string | number | boolean): TypeExpr => ({ kind: 'literal', value });
export const raw = (text: string): TypeExpr => ({ kind: 'raw', text });
export const array = (element: TypeExpr): TypeExpr => ({ kind: 'array', element });

/** A JSON value as a literal: objects one property a line, as JSON.stringify with indentation writes them. */
export function valueExpr(value: unknown): Expr {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'keyword', text: value ? 'true' : 'false' };
  if (value === null || value === undefined) return { kind: 'keyword', text: 'null' };
  if (Array.isArray(value)) return { kind: 'array', elements: value.map(valueExpr) };
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return { kind: 'object', multiline: true, properties: entries.map(([key, v]) => ({ key, value: valueExpr(v) })) };
}

/**
 * `A | B | C`, flattened as the text would parse (a union inside a union is one union); one type
 * is itself, none is `never`.
 */
export function union(types: readonly TypeExpr[]): TypeExpr {
  const flat = types.flatMap((t) => (t.kind === 'union' ? t.types : [t]));
  if (flat.length === 0) return keyword('never');
  return flat.length === 1 ? flat[0]! : { kind: 'union', types: flat };
}

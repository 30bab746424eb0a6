/**
 * TypeBox schema expressions (`Type.Object({ ... })`) read as the model's types. NapCat checks every
 * action's payload with TypeBox's `Value.Parse`, which fills in defaults and converts between
 * numbers, strings and booleans before checking; the conversion is declared on the side's coverage
 * (coverage.ts), so the types here are the schema's own:
 *
 * - `Type.String` → string, `Type.Number` → number, `Type.Integer` → int64, `Type.Boolean`, `Type.Null`;
 * - `Type.Any` / `Type.Unknown` → any, and the field is marked as one whose type the code does not tell;
 * - `Type.Literal` → a literal; a union of string (or number) literals → an enum;
 * - `Type.Optional(x)`, or a `default` in the options, makes a field optional (`Value.Parse` fills
 *   the default in before checking);
 * - `Type.Object`, `Array`, `Union`, `Record`, `Intersect` (of objects), `Omit`, `Pick`, `Partial`,
 *   `Required`, `Enum` (of a TypeScript enum) and references to schemas declared elsewhere.
 *
 * Anything else (a schema built by a function, a spread it cannot follow) becomes `any` and a note
 * with its file and line.
 */
import ts from 'typescript';
import type { EnumValue, Field, TypeNode } from '../../model/types.js';
import { enumMemberValue, propertyName, unwrap, type SourceTree } from './source-tree.js';

export interface Schema {
  type: TypeNode;
  /** `Type.Optional`, or a default that `Value.Parse` fills in. */
  optional: boolean;
  hasDefault: boolean;
  default?: unknown;
  /** `Type.Any` / `Type.Unknown`, or a schema that could not be read: the code does not tell the type. */
  untyped: boolean;
  /** Field paths below this one (`.a`, `[].b`) whose type the code does not tell. */
  untypedPaths: string[];
  /** `Type.Undefined()`: as a property, one that must be left out. */
  absent?: boolean;
}

const ANY: TypeNode = { kind: 'primitive', name: 'any' };
const prim = (name: 'string' | 'number' | 'int64' | 'boolean' | 'null' | 'any'): TypeNode => ({ kind: 'primitive', name });

export interface ReaderOptions {
  /** Schemas read as a reference to a named type of the model, by the name they are declared with. */
  named?: Record<string, string>;
}

export class TypeBoxReader {
  private readonly cache = new Map<ts.Node, Schema>();
  private readonly reading = new Set<ts.Node>();

  constructor(
    private readonly tree: SourceTree,
    private readonly options: ReaderOptions = {},
  ) {}

  /** The schema an expression in `file` builds. */
  read(expression: ts.Expression, file: ts.SourceFile): Schema {
    const e = unwrap(expression);
    const cached = this.cache.get(e);
    if (cached) return cached;
    if (this.reading.has(e)) {
      this.tree.note(e, 'a schema that refers to itself is read as any');
      return unreadable();
    }
    this.reading.add(e);
    try {
      const schema = this.readUncached(e, file);
      this.cache.set(e, schema);
      return schema;
    } finally {
      this.reading.delete(e);
    }
  }

  private readUncached(e: ts.Expression, file: ts.SourceFile): Schema {
    if (ts.isIdentifier(e)) return this.reference(e, file);
    if (
      !ts.isCallExpression(e) ||
      !ts.isPropertyAccessExpression(e.expression) ||
      !ts.isIdentifier(e.expression.expression) ||
      e.expression.expression.text !== 'Type'
    ) {
      this.tree.note(e, `cannot read the schema \`${clip(e.getText(file))}\` (not a TypeBox Type.* call or a reference to one); read as any`);
      return unreadable();
    }
    const kind = e.expression.name.text;
    const args = e.arguments;
    const options = (index: number) =>
      args[index] && ts.isObjectLiteralExpression(unwrap(args[index]!)) ? (unwrap(args[index]!) as ts.ObjectLiteralExpression) : undefined;
    const simple = (type: TypeNode, optionsAt = 0, untyped = false): Schema => withOptions(this.tree, { ...plain(type), untyped }, options(optionsAt), file);
    switch (kind) {
      case 'String':
        return simple(prim('string'));
      case 'Number':
        return simple(prim('number'));
      case 'Integer':
        return simple(prim('int64'));
      case 'Boolean':
        return simple(prim('boolean'));
      case 'Null':
      case 'Void':
        return simple(prim('null'));
      case 'Undefined':
        return { ...simple(prim('null')), absent: true };
      case 'Any':
      case 'Unknown':
        return simple(ANY, 0, true);
      case 'Literal': {
        const value = args[0] && this.literalValue(args[0], file);
        if (value === undefined) {
          this.tree.note(e, `cannot read the value of \`${clip(e.getText(file))}\`; read as any`);
          return unreadable();
        }
        return simple({ kind: 'literal', value }, 1);
      }
      case 'Optional': {
        if (!args[0]) return unreadable();
        return { ...this.read(args[0], file), optional: true };
      }
      case 'Array': {
        if (!args[0]) return unreadable();
        const items = this.read(args[0], file);
        const paths = [...(items.untyped ? ['[]'] : []), ...items.untypedPaths.map((p) => `[]${p}`)];
        return withOptions(this.tree, { ...plain({ kind: 'array', items: items.type }), untypedPaths: paths }, options(1), file);
      }
      case 'Record': {
        if (!args[1]) return unreadable();
        const values = this.read(args[1], file);
        return simple({ kind: 'map', values: values.type }, 2);
      }
      case 'Union': {
        const list = args[0] && unwrap(args[0]);
        if (!list || !ts.isArrayLiteralExpression(list)) {
          this.tree.note(e, 'a Type.Union whose members are not written out is read as any');
          return unreadable();
        }
        const members = list.elements.map((m) => this.read(m as ts.Expression, file));
        return withOptions(this.tree, { ...plain(union(members.map((m) => m.type))), untyped: members.some((m) => m.untyped) }, options(1), file);
      }
      case 'Enum': {
        const values = args[0] && this.tsEnum(args[0], file);
        if (!values) return unreadable();
        return simple(values, 1);
      }
      case 'Object': {
        const props = args[0] && unwrap(args[0]);
        if (!props || !ts.isObjectLiteralExpression(props)) {
          this.tree.note(e, 'a Type.Object whose properties are not written out is read as any');
          return unreadable();
        }
        const { fields, untypedPaths } = this.objectFields(props, file);
        return withOptions(this.tree, { ...plain({ kind: 'object', fields }), untypedPaths }, options(1), file);
      }
      case 'Intersect': {
        const list = args[0] && unwrap(args[0]);
        const members = list && ts.isArrayLiteralExpression(list) ? list.elements.map((m) => this.read(m as ts.Expression, file)) : [];
        if (!members.length || members.some((m) => m.type.kind !== 'object')) {
          this.tree.note(e, 'a Type.Intersect of anything but objects is read as any');
          return unreadable();
        }
        const fields: Field[] = [];
        for (const m of members) {
          for (const f of (m.type as { fields: Field[] }).fields) {
            const i = fields.findIndex((g) => g.name === f.name);
            if (i >= 0) fields[i] = f;
            else fields.push(f);
          }
        }
        return withOptions(this.tree, { ...plain({ kind: 'object', fields }), untypedPaths: members.flatMap((m) => m.untypedPaths) }, options(1), file);
      }
      case 'Omit':
      case 'Pick':
      case 'Partial':
      case 'Required': {
        const inner = args[0] && this.read(args[0], file);
        if (inner?.type.kind !== 'object') {
          this.tree.note(e, `a Type.${kind} of anything but an object is read as any`);
          return unreadable();
        }
        let fields = inner.type.fields;
        if (kind === 'Omit' || kind === 'Pick') {
          const keys = args[1] && this.keyList(args[1], file);
          if (!keys) {
            this.tree.note(e, `the keys of this Type.${kind} are not written out; read as any`);
            return unreadable();
          }
          fields = fields.filter((f) => keys.includes(f.name) === (kind === 'Pick'));
        } else {
          fields = fields.map((f) => ({ ...f, required: kind === 'Required' }));
        }
        const kept = new Set(fields.map((f) => f.name));
        return withOptions(
          this.tree,
          { ...plain({ kind: 'object', fields }), untypedPaths: inner.untypedPaths.filter((p) => kept.has(p.slice(1).split(/[.[]/)[0]!)) },
          options(kind === 'Omit' || kind === 'Pick' ? 2 : 1),
          file,
        );
      }
      default:
        this.tree.note(e, `Type.${kind} is not read; read as any`);
        return unreadable();
    }
  }

  /** The fields of a `Type.Object({...})` properties literal. */
  objectFields(props: ts.ObjectLiteralExpression, file: ts.SourceFile): { fields: Field[]; untypedPaths: string[] } {
    const fields: Field[] = [];
    const untypedPaths: string[] = [];
    for (const p of props.properties) {
      if (ts.isSpreadAssignment(p)) {
        const spread = this.spread(p.expression, file);
        if (!spread) {
          this.tree.note(p, `cannot follow the spread \`...${clip(p.expression.getText(file))}\`; its properties are missing`);
          continue;
        }
        fields.push(...spread.fields);
        untypedPaths.push(...spread.untypedPaths);
        continue;
      }
      const name = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? propertyName(p.name) : undefined;
      if (name === undefined) {
        this.tree.note(p, 'a property whose name is computed is skipped');
        continue;
      }
      const value = ts.isPropertyAssignment(p) ? p.initializer : (p as ts.ShorthandPropertyAssignment).name;
      const schema = this.read(value, file);
      if (schema.absent) continue;
      fields.push({
        name,
        type: schema.type,
        required: !schema.optional,
        hasDefault: schema.hasDefault,
        ...(schema.hasDefault && schema.default !== undefined ? { default: schema.default } : {}),
        direction: 'both',
        source: this.tree.source(p),
      });
      if (schema.untyped) untypedPaths.push(`.${name}`);
      untypedPaths.push(...schema.untypedPaths.map((q) => `.${name}${q}`));
    }
    return { fields, untypedPaths };
  }

  /** `...Other.properties` or `...{ ... }` inside a Type.Object's properties. */
  private spread(expression: ts.Expression, file: ts.SourceFile): { fields: Field[]; untypedPaths: string[] } | undefined {
    const e = unwrap(expression);
    if (ts.isObjectLiteralExpression(e)) return this.objectFields(e, file);
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'properties') {
      const schema = this.read(e.expression, file);
      if (schema.type.kind === 'object') return { fields: schema.type.fields, untypedPaths: schema.untypedPaths };
    }
    if (ts.isIdentifier(e)) {
      const found = this.tree.lookup(file, e.text);
      if (found && ts.isVariableDeclaration(found.node) && found.node.initializer && ts.isObjectLiteralExpression(unwrap(found.node.initializer))) {
        return this.objectFields(unwrap(found.node.initializer) as ts.ObjectLiteralExpression, found.file);
      }
    }
    return undefined;
  }

  private reference(id: ts.Identifier, file: ts.SourceFile): Schema {
    const found = this.tree.lookup(file, id.text);
    const named = found && ts.isVariableDeclaration(found.node) && ts.isIdentifier(found.node.name) ? this.options.named?.[found.node.name.text] : undefined;
    if (named) return plain({ kind: 'ref', name: named });
    if (found && ts.isVariableDeclaration(found.node) && found.node.initializer) return this.read(found.node.initializer, found.file);
    this.tree.note(id, `cannot find the schema \`${id.text}\` in the checkout; read as any`);
    return unreadable();
  }

  /** A literal's value: a string, number or boolean, or an enum member (`OB11MessageDataType.text`). */
  literalValue(expression: ts.Expression, file: ts.SourceFile): string | number | boolean | undefined {
    const e = unwrap(expression);
    if (ts.isStringLiteralLike(e)) return e.text;
    if (ts.isNumericLiteral(e)) return Number(e.text);
    if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return -Number(e.operand.text);
    if (ts.isPropertyAccessExpression(e)) return enumMemberValue(this.tree, file, e);
    return undefined;
  }

  /** The values of a TypeScript enum passed to `Type.Enum`. */
  private tsEnum(expression: ts.Expression, file: ts.SourceFile): TypeNode | undefined {
    const e = unwrap(expression);
    const found = ts.isIdentifier(e) ? this.tree.lookup(file, e.text) : undefined;
    if (!found || !ts.isEnumDeclaration(found.node)) {
      this.tree.note(e, `cannot find the enum \`${clip(e.getText(file))}\` of this Type.Enum; read as any`);
      return undefined;
    }
    const values: EnumValue[] = [];
    for (const m of found.node.members) {
      const name = propertyName(m.name) ?? '';
      const value = enumMemberValue(this.tree, found.file, ts.factory.createPropertyAccessExpression(ts.factory.createIdentifier(found.node.name.text), name));
      if (value !== undefined) values.push({ value, name });
    }
    if (!values.length) return undefined;
    return { kind: 'enum', base: values.every((v) => typeof v.value === 'string') ? 'string' : 'int64', values };
  }

  /** `['a', 'b']` (the keys of an Omit or Pick). */
  private keyList(expression: ts.Expression, file: ts.SourceFile): string[] | undefined {
    const e = unwrap(expression);
    if (!ts.isArrayLiteralExpression(e)) return undefined;
    const keys = e.elements.map((k) => this.literalValue(k as ts.Expression, file));
    return keys.every((k) => typeof k === 'string') ? (keys as string[]) : undefined;
  }
}

function plain(type: TypeNode): Schema {
  return { type, optional: false, hasDefault: false, untyped: false, untypedPaths: [] };
}

function unreadable(): Schema {
  return { ...plain(ANY), untyped: true };
}

/** Applies a schema's options: a `default` makes the field optional and is kept when it is a literal. */
function withOptions(tree: SourceTree, schema: Schema, options: ts.ObjectLiteralExpression | undefined, file: ts.SourceFile): Schema {
  const entry = options?.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === 'default');
  if (!entry) return schema;
  const value = jsonValue(entry.initializer);
  if (value === undefined)
    tree.note(entry, `the default \`${clip(entry.initializer.getText(file))}\` is not a literal; it is recorded without its value`, 'info');
  return { ...schema, optional: true, hasDefault: true, ...(value !== undefined ? { default: value } : {}) };
}

/** A JSON value written as a literal, or undefined. */
export function jsonValue(expression: ts.Expression): unknown {
  const e = unwrap(expression);
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return -Number(e.operand.text);
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (e.kind === ts.SyntaxKind.NullKeyword) return null;
  // `64 * 1024`, `5 * 60 * 1000`: arithmetic on number literals.
  if (ts.isBinaryExpression(e)) {
    const [l, r] = [jsonValue(e.left), jsonValue(e.right)];
    if (typeof l !== 'number' || typeof r !== 'number') return undefined;
    switch (e.operatorToken.kind) {
      case ts.SyntaxKind.AsteriskToken:
        return l * r;
      case ts.SyntaxKind.PlusToken:
        return l + r;
      case ts.SyntaxKind.MinusToken:
        return l - r;
    }
  }
  if (ts.isArrayLiteralExpression(e)) {
    const items = e.elements.map((x) => jsonValue(x as ts.Expression));
    return items.every((x) => x !== undefined) ? items : undefined;
  }
  if (ts.isObjectLiteralExpression(e)) {
    const out: Record<string, unknown> = {};
    for (const p of e.properties) {
      const name = ts.isPropertyAssignment(p) ? propertyName(p.name) : undefined;
      const value = name !== undefined && ts.isPropertyAssignment(p) ? jsonValue(p.initializer) : undefined;
      if (name === undefined || value === undefined) return undefined;
      out[name] = value;
    }
    return out;
  }
  return undefined;
}

/**
 * A union of the members' types: nested unions flattened, duplicates dropped, and a union of string
 * (or of number) literals made an enum, which is how the spec writes a closed set of values.
 */
export function union(members: TypeNode[]): TypeNode {
  const flat: TypeNode[] = [];
  for (const m of members.flatMap((x) => (x.kind === 'union' ? x.variants : [x]))) {
    if (!flat.some((f) => sameShape(f, m))) flat.push(m);
  }
  if (flat.length === 1) return flat[0]!;
  // Enums (and literals) of one base merge into one enum: `'qq' | '163'` and `'qq' | 'custom'` are `'qq' | '163' | 'custom'`.
  if (flat.every((f) => f.kind === 'enum' || f.kind === 'literal') && flat.some((f) => f.kind === 'enum')) {
    const values: EnumValue[] = [];
    for (const f of flat) {
      const vs = f.kind === 'enum' ? f.values : [{ value: (f as { value: string | number }).value, name: String((f as { value: unknown }).value) }];
      for (const v of vs) if (!values.some((w) => w.value === v.value)) values.push(v);
    }
    if (values.every((v) => typeof v.value === 'string') || values.every((v) => typeof v.value === 'number')) {
      return { kind: 'enum', base: typeof values[0]!.value === 'string' ? 'string' : 'int64', values };
    }
  }
  const literals = flat.filter((f): f is Extract<TypeNode, { kind: 'literal' }> => f.kind === 'literal');
  if (literals.length === flat.length && (literals.every((l) => typeof l.value === 'string') || literals.every((l) => typeof l.value === 'number'))) {
    const base = typeof literals[0]!.value === 'string' ? 'string' : 'int64';
    return { kind: 'enum', base, values: literals.map((l) => ({ value: l.value as string | number, name: String(l.value) })) };
  }
  return { kind: 'union', variants: flat };
}

function sameShape(a: TypeNode, b: TypeNode): boolean {
  return JSON.stringify(a, (k, v) => (k === 'source' ? undefined : v)) === JSON.stringify(b, (k, v) => (k === 'source' ? undefined : v));
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

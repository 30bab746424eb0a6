/**
 * Every type Lagrange.OneBot declares, by name, and what System.Text.Json makes of them: the JSON
 * properties of a class (its own and inherited), C# types as model types, and the named types a
 * result or event refers to. Partial declarations of one class are merged.
 */
import { field } from '../../import/draft-model.js';
import type { ImportNote } from '../../import/notes.js';
import type { Field, NamedType, SourceRef, TypeNode } from '../../model/types.js';
import { joinType, tokenize, type Attribute, type Member, type ParsedFile, type Token, type TypeDecl } from './csharp.js';

/** One class, its partial declarations merged. */
export interface ClassInfo {
  name: string;
  /** The declarations, in file order (a partial class has several). */
  decls: TypeDecl[];
  /** The first declaration, for attributes and source positions. */
  primary: TypeDecl;
}

export type FieldUse = 'param' | 'value';

const INTEGERS_32 = new Set(['int', 'short', 'ushort', 'byte', 'sbyte', 'Int32', 'Int16', 'UInt16', 'Byte', 'SByte']);
const INTEGERS_64 = new Set(['uint', 'long', 'ulong', 'UInt32', 'Int64', 'UInt64', 'nint', 'nuint']);
const FLOATS = new Set(['float', 'double', 'decimal', 'Single', 'Double', 'Decimal']);
const VALUE_TYPES = new Set([...INTEGERS_32, ...INTEGERS_64, ...FLOATS, 'bool', 'Boolean', 'char', 'Char']);
const ARRAYS = new Set(['List', 'IList', 'IEnumerable', 'ICollection', 'IReadOnlyList', 'IReadOnlyCollection', 'HashSet', 'ISet', 'Array']);
const MAPS = new Set(['Dictionary', 'IDictionary', 'IReadOnlyDictionary', 'SortedDictionary']);
const ANY = new Set(['object', 'dynamic', 'JsonNode', 'JsonObject', 'JsonElement', 'JsonDocument', 'JsonValue']);

export class Declarations {
  readonly classes = new Map<string, ClassInfo>();
  readonly enums = new Map<string, TypeDecl>();
  /** Named types made for results and events, by name. */
  readonly namedTypes = new Map<string, NamedType>();
  private readonly building = new Set<string>();

  constructor(
    readonly files: ParsedFile[],
    private readonly relative: (file: string) => string,
    private readonly notes: ImportNote[],
  ) {
    const visit = (decl: TypeDecl) => {
      if (decl.kind === 'enum') this.enums.set(decl.name, decl);
      else {
        const existing = this.classes.get(decl.name);
        if (existing) existing.decls.push(decl);
        else this.classes.set(decl.name, { name: decl.name, decls: [decl], primary: decl });
      }
      decl.nested.forEach(visit);
    };
    for (const file of files) file.types.forEach(visit);
  }

  source(decl: { file: string }, line: number): SourceRef {
    return { file: this.relative(decl.file), line, column: 1 };
  }

  note(decl: { file: string }, line: number, message: string, severity: ImportNote['severity'] = 'warning'): void {
    this.notes.push({ severity, file: this.relative(decl.file), line, message });
  }

  attributesOf(info: ClassInfo): Attribute[] {
    return info.decls.flatMap((d) => d.attributes);
  }

  baseOf(info: ClassInfo): TypeDecl['base'] | undefined {
    return info.decls.find((d) => d.base && this.classes.has(d.base.name))?.base;
  }

  /** The class and its bases, most derived first, as far as Lagrange.OneBot declares them. */
  chain(info: ClassInfo): ClassInfo[] {
    const out: ClassInfo[] = [];
    let current: ClassInfo | undefined = info;
    while (current && !out.includes(current)) {
      out.push(current);
      const base = this.baseOf(current);
      current = base ? this.classes.get(base.name) : undefined;
    }
    return out;
  }

  derivesFrom(info: ClassInfo, ancestor: string): boolean {
    return this.chain(info).some((c) => c.name === ancestor);
  }

  /** The properties System.Text.Json reads and writes: public, not static, not [JsonIgnore]; base first. */
  jsonMembers(info: ClassInfo): { member: Member; decl: TypeDecl; jsonName: string; owner: ClassInfo }[] {
    const out: { member: Member; decl: TypeDecl; jsonName: string; owner: ClassInfo }[] = [];
    for (const owner of this.chain(info).reverse()) {
      for (const decl of owner.decls) {
        if (decl.kind === 'record' && decl.primaryParameters) {
          for (const p of decl.primaryParameters) {
            const attributes = p.attributes.filter((a) => a.target === 'property');
            const member: Member = {
              kind: 'property',
              name: p.name,
              type: p.type,
              attributes,
              modifiers: ['public'],
              line: p.line,
              settable: true,
              ...(p.defaultValue ? { initializer: p.defaultValue } : {}),
            };
            out.push({ member, decl, jsonName: jsonName(member), owner });
          }
        }
        for (const member of decl.members) {
          if (member.kind !== 'property' && !(member.kind === 'field' && member.attributes.some((a) => a.name === 'JsonInclude'))) continue;
          if (member.kind === 'property' && !member.modifiers.includes('public') && decl.kind !== 'interface') continue;
          if (member.modifiers.includes('static') || member.restricted || member.attributes.some((a) => a.name === 'JsonIgnore')) continue;
          const name = jsonName(member);
          const index = out.findIndex((o) => o.jsonName === name);
          if (index >= 0) out.splice(index, 1); // `new` / `override` in a derived class
          out.push({ member, decl, jsonName: name, owner });
        }
      }
    }
    return out;
  }

  /**
   * A C# type as a model type. `use` decides how a class is written: inline (parameters, which the
   * caller sends) or as a named type (results and events, which may repeat and nest).
   */
  typeOf(csharp: string, at: { file: string; line: number }, use: FieldUse): { type: TypeNode; nullable: boolean } {
    const tokens = tokenize(csharp);
    const { type, nullable } = this.parseType(tokens, 0, tokens.length, at, use);
    return { type, nullable };
  }

  private parseType(tokens: Token[], from: number, to: number, at: { file: string; line: number }, use: FieldUse): { type: TypeNode; nullable: boolean } {
    let end = to;
    let nullable = false;
    if (tokens[end - 1]?.text === '?') {
      nullable = true;
      end--;
    }
    if (tokens[end - 1]?.text === ']' && tokens[end - 2]?.text === '[') {
      return { type: { kind: 'array', items: this.parseType(tokens, from, end - 2, at, use).type }, nullable };
    }
    if (tokens[from]?.text === '(') return { type: this.unread(at, `a tuple type ${joinType(tokens.slice(from, to))}`), nullable };
    // Qualified names: keep the last segment before any generic arguments.
    let nameEnd = from;
    while (nameEnd < end && tokens[nameEnd]!.text !== '<') nameEnd++;
    const name = tokens[nameEnd - 1]?.text ?? '';
    const args = nameEnd < end ? splitArgs(tokens.slice(nameEnd + 1, end - 1)) : [];
    if (name === 'Nullable' && args.length === 1) return { type: this.parseType(args[0]!, 0, args[0]!.length, at, use).type, nullable: true };
    if (ARRAYS.has(name) && args.length === 1) return { type: { kind: 'array', items: this.parseType(args[0]!, 0, args[0]!.length, at, use).type }, nullable };
    if (MAPS.has(name) && args.length === 2) return { type: { kind: 'map', values: this.parseType(args[1]!, 0, args[1]!.length, at, use).type }, nullable };
    if (name === 'JsonArray') return { type: { kind: 'array', items: { kind: 'primitive', name: 'any' } }, nullable };
    if (name === 'string' || name === 'String' || name === 'char' || name === 'Char') return { type: { kind: 'primitive', name: 'string' }, nullable };
    if (name === 'bool' || name === 'Boolean') return { type: { kind: 'primitive', name: 'boolean' }, nullable };
    if (INTEGERS_32.has(name)) return { type: { kind: 'primitive', name: 'int32' }, nullable };
    if (INTEGERS_64.has(name)) return { type: { kind: 'primitive', name: 'int64' }, nullable };
    if (FLOATS.has(name)) return { type: { kind: 'primitive', name: 'number' }, nullable };
    if (ANY.has(name)) return { type: { kind: 'primitive', name: 'any' }, nullable };
    // A message segment: what the caller sends, or what Lagrange sends.
    if (name === 'OneBotSegment') return { type: { kind: 'ref', name: use === 'param' ? 'SendSegment' : 'ReceiveSegment' }, nullable };
    const enumDecl = this.enums.get(name);
    if (enumDecl) return { type: { kind: 'primitive', name: 'int32' }, nullable };
    const info = this.classes.get(name);
    if (info) {
      if (use === 'param') return { type: this.inlineObject(info, at), nullable };
      this.namedType(info);
      return { type: { kind: 'ref', name }, nullable };
    }
    return { type: this.unread(at, `the type ${joinType(tokens.slice(from, to))} is not declared in Lagrange.OneBot`), nullable };
  }

  private unread(at: { file: string; line: number }, message: string): TypeNode {
    this.note(at, at.line, `${message}; typed as any`, 'info');
    return { kind: 'primitive', name: 'any' };
  }

  private inlineObject(info: ClassInfo, at: { file: string; line: number }): TypeNode {
    if (this.building.has(info.name)) return this.unread(at, `the type ${info.name} refers to itself`);
    this.building.add(info.name);
    const fields = this.fields(info, 'param');
    this.building.delete(info.name);
    return { kind: 'object', fields };
  }

  /** A named type for a class that a result or event contains (made once). */
  namedType(info: ClassInfo): void {
    if (this.namedTypes.has(info.name)) return;
    const named: NamedType = { name: info.name, type: { kind: 'object', fields: [] }, source: this.source(info.primary, info.primary.line) };
    this.namedTypes.set(info.name, named);
    named.type = { kind: 'object', fields: this.fields(info, 'value') };
  }

  /** The JSON fields of a class, read as parameters (what the caller must or may send) or as values Lagrange sends. */
  fields(info: ClassInfo, use: FieldUse): Field[] {
    return this.jsonMembers(info).map(({ member, decl, jsonName: name }) => this.fieldOf(member, decl, name, use));
  }

  fieldOf(member: Member, decl: TypeDecl, name: string, use: FieldUse): Field {
    const at = { file: decl.file, line: member.line };
    const source = this.source(decl, member.line);
    const { type, nullable } = this.typeOf(member.type, at, use);
    if (use === 'value') return field(name, nullable ? { kind: 'union', variants: [type, { kind: 'primitive', name: 'null' }] } : type, true, source);
    return this.paramField(name, type, nullable, member, decl, source);
  }

  /**
   * Whether a parameter is required, and its default. System.Text.Json leaves an omitted property at
   * its initial value, so: `required` or [JsonRequired] is required; a nullable property is optional;
   * a literal initializer is the default; a bool without one defaults to false; an empty placeholder
   * (`""`, `string.Empty`, `new()`, `[]`), a computed initial value, or no initializer at all is
   * required, since the zero or empty value the operation then reads is C#'s, not a value Lagrange
   * chose (actions.ts relaxes this for numbers whose zero the handler means).
   */
  paramField(name: string, type: TypeNode, nullable: boolean, member: Member, decl: TypeDecl, source: SourceRef): Field {
    const required = member.modifiers.includes('required') || member.attributes.some((a) => a.name === 'JsonRequired');
    if (required) return field(name, type, true, source);
    const initial = member.initializer ? this.resolveInitializer(member.initializer, decl) : undefined;
    const literal = initial ? literalValue(initial) : undefined;
    if (literal !== undefined && literal !== null && !isPlaceholder(initial!)) {
      return field(name, type, false, source, { default: literal, hasDefault: true });
    }
    if (nullable) return field(name, type, false, source);
    // A computed initial value (`at == 0 ? "all" : at.ToString()`) comes from what the code was
    // constructed with, not from the caller: like a placeholder, it is no default.
    if (type.kind === 'primitive' && type.name === 'boolean' && !initial) return field(name, type, false, source, { default: false, hasDefault: true });
    return field(name, type, true, source);
  }

  /**
   * A primary-constructor parameter used as an initializer takes the value the parameterless
   * constructor passes (`public X() : this("", "")`), or the parameter's own default.
   */
  resolveInitializer(tokens: Token[], decl: TypeDecl): Token[] {
    if (tokens.length !== 1 || tokens[0]!.kind !== 'ident') return tokens;
    const info = this.classes.get(decl.name);
    const owner = info?.decls.find((d) => d.primaryParameters?.some((p) => p.name === tokens[0]!.text));
    if (!owner) return tokens;
    const index = owner.primaryParameters!.findIndex((p) => p.name === tokens[0]!.text);
    const parameterless = info!.decls.flatMap((d) => d.members).find((m) => m.kind === 'constructor' && !m.parameters?.length);
    if (parameterless) {
      const args = thisCallArgs(info!, parameterless);
      if (args?.[index]) return args[index]!;
    }
    return owner.primaryParameters![index]!.defaultValue ?? tokens;
  }
}

/** The arguments a constructor passes to `: this(...)`, read from the declaration's tokens. */
function thisCallArgs(info: ClassInfo, ctor: Member): Token[][] | undefined {
  for (const decl of info.decls) {
    const tokens = decl.bodyTokens;
    for (let i = 0; i < tokens.length - 4; i++) {
      if (
        tokens[i]!.text === ctor.name &&
        tokens[i]!.line === ctor.line &&
        tokens[i + 1]!.text === '(' &&
        tokens[i + 2]!.text === ')' &&
        tokens[i + 3]!.text === ':' &&
        tokens[i + 4]!.text === 'this'
      ) {
        const open = i + 5;
        let depth = 0;
        for (let k = open; k < tokens.length; k++) {
          if (tokens[k]!.text === '(') depth++;
          else if (tokens[k]!.text === ')' && --depth === 0) return splitArgs(tokens.slice(open + 1, k));
        }
      }
    }
  }
  return undefined;
}

function splitArgs(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' && '([{<'.includes(t.text)) depth++;
    else if (t.kind === 'punct' && ')]}>'.includes(t.text)) depth--;
    else if (t.kind === 'punct' && t.text === ',' && depth === 0) {
      parts.push(current);
      current = [];
      continue;
    }
    current.push(t);
  }
  if (current.length) parts.push(current);
  return parts;
}

export function jsonName(member: Member): string {
  const attribute = member.attributes.find((a) => a.name === 'JsonPropertyName');
  const value = attribute?.args[0]?.[0];
  return value?.kind === 'string' ? value.text : member.name;
}

/** The constant a token list denotes (`"x"`, `12`, `-1`, `true`, `null`, `string.Empty`), or undefined. */
export function literalValue(tokens: readonly Token[]): string | number | boolean | null | undefined {
  const t = tokens.filter((x) => x.text !== '!'); // `null!`
  if (t.length === 1) {
    const [x] = t as [Token];
    if (x.kind === 'string' && !x.interpolated) return x.text;
    if (x.kind === 'number') return Number(x.text.replace(/[_uUlLfFdDmM]+$/g, '').replace(/_/g, ''));
    if (x.kind === 'ident' && (x.text === 'true' || x.text === 'false')) return x.text === 'true';
    if (x.kind === 'ident' && x.text === 'null') return null;
  }
  if (t.length === 2 && t[0]!.text === '-' && t[1]!.kind === 'number') return -Number(t[1]!.text.replace(/[uUlLfFdDmM]+$/g, ''));
  if (t.length === 3 && (t[0]!.text === 'string' || t[0]!.text === 'String') && t[1]!.text === '.' && t[2]!.text === 'Empty') return '';
  return undefined;
}

/** `""`, `string.Empty`, `new()`, `new List<T>()`, `[]`, `default`, `null!`: a value that only keeps the compiler quiet. */
export function isPlaceholder(tokens: readonly Token[]): boolean {
  const text = tokens.map((t) => t.text).join(' ');
  if (literalValue(tokens) === '') return true;
  if (text === '[ ]' || text === 'default' || text === 'null !') return true;
  return tokens[0]?.text === 'new' && tokens[tokens.length - 1]?.text === ')' && tokens[tokens.length - 2]?.text === '(';
}

export { VALUE_TYPES };

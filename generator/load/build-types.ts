/**
 * The spec's types → the model's type nodes: type expressions (`FriendInfo[]`), type definitions
 * (mappings with `type:`, `fields:`, `enum:` ...) and fields. Building takes what it is given; what
 * is recorded on the way is checked once the model exists: every definition and field
 * (check-types.ts), every reference to a named type (check-names.ts), and every example and
 * default (check-examples.ts). Only a type expression that does not parse is reported here.
 */
import type { EnumValue, Field, NamedType, SourceRef, TypeMeta, TypeNode } from '../model/types.js';
import { deprecation, opt, text } from './build-values.js';
import type { Diagnostic } from './diagnostics.js';
import type { Entry } from './merge.js';
import type { RawEnumValue, RawField, RawType } from './raw-types.js';
import type { DataPath, SpecFile } from './spec-file.js';
import { parseTypeExpression, TypeExpressionError } from './type-expression.js';

/** A type written as a mapping (`type:`, `fields:`, `enum:` ...), not as an expression. */
export type RawTypeDefinition = Exclude<RawType, string>;
/** A field written as a mapping: a type definition with `required`, `default` or `direction`. */
export type RawFieldDefinition = Exclude<RawField, string>;

/** A reference to a named type, where it is written. */
export interface Reference {
  name: string;
  at: SourceRef;
}

/** An example or default, to check against its type once the whole model exists (it may refer to any type). */
export interface PendingValue {
  type: TypeNode;
  value: unknown;
  at: SourceRef;
}

/** A place in a file where something was written, with what was written there. */
export interface Site<V> {
  file: SpecFile;
  path: DataPath;
  value: V;
}

/** A field; `segment` when it is a segment's field. */
export interface FieldSite extends Site<RawFieldDefinition> {
  name: string;
  segment: boolean;
}

export class TypeBuilder {
  /** Type expressions that do not parse. */
  readonly diagnostics: Diagnostic[] = [];
  /** Every named-type reference, for resolution and the unused-type warning. */
  readonly references: Reference[] = [];
  /** The references written in each named type's definition, to point at the one that closes a cycle. */
  readonly referencesOf = new Map<string, Reference[]>();
  /** Type examples and field defaults. */
  readonly pendingExamples: PendingValue[] = [];
  readonly pendingDefaults: PendingValue[] = [];
  /** Every type written as a mapping, and every field. */
  readonly definitions: Site<RawTypeDefinition>[] = [];
  readonly fieldSites: FieldSite[] = [];

  namedType(e: Entry<RawType>): NamedType {
    const first = this.references.length;
    const type = this.typeNode(e.file, e.path, e.value);
    this.referencesOf.set(e.key, this.references.slice(first));
    const meta = typeof e.value === 'string' ? undefined : e.value;
    return {
      name: e.key,
      type,
      ...opt('title', text(meta?.title)),
      ...opt('description', text(meta?.description)),
      ...opt('deprecated', deprecation(meta?.deprecated)),
      source: e.file.at(e.path, true),
    };
  }

  /** A type expression or type definition at `path`. */
  typeNode(file: SpecFile, path: DataPath, raw: RawType): TypeNode {
    if (typeof raw === 'string') return this.expression(file, path, raw);
    const v = raw;
    this.definitions.push({ file, path, value: v });
    const meta: TypeMeta = {
      ...opt('title', text(v.title)),
      ...opt('description', text(v.description)),
      ...opt('deprecated', deprecation(v.deprecated)),
    };
    let type: TypeNode;
    const declared = v.type;
    if (v.enum !== undefined) {
      type = enumType(declared ?? 'string', v.enum);
    } else if (v.fields !== undefined || declared === 'object' || (declared === undefined && v.items === undefined)) {
      type = {
        kind: 'object',
        fields: this.fields(file, [...path, 'fields'], v.fields),
        ...(v.additional !== undefined ? { additional: this.typeNode(file, [...path, 'additional'], v.additional) } : {}),
      };
    } else if (declared === 'array' || (declared === undefined && v.items !== undefined)) {
      type = { kind: 'array', items: v.items === undefined ? { kind: 'primitive', name: 'any' } : this.typeNode(file, [...path, 'items'], v.items) };
    } else {
      type = this.expression(file, [...path, 'type'], declared!);
    }
    if (v.nullable === true) type = { kind: 'union', variants: [type, { kind: 'primitive', name: 'null' }] };
    Object.assign(type, meta);
    if (v.example !== undefined) {
      type.example = v.example;
      this.pendingExamples.push({ type, value: v.example, at: file.at([...path, 'example']) });
    }
    return type;
  }

  private expression(file: SpecFile, path: DataPath, source: string): TypeNode {
    try {
      const parsed = parseTypeExpression(source);
      for (const ref of parsed.refs) this.references.push({ name: ref.name, at: file.atCharacter(path, ref.offset) });
      return parsed.type;
    } catch (e) {
      if (!(e instanceof TypeExpressionError)) throw e;
      this.diagnostics.push({
        ...file.atCharacter(path, e.offset),
        severity: 'error',
        message: `invalid type expression '${source}': ${e.message}`,
        hint: e.hint ?? 'see spec/README.md#types',
      });
      return { kind: 'primitive', name: 'any' };
    }
  }

  /** The fields of a mapping at `path`; `segment` for a segment's, which may say their direction. */
  fields(file: SpecFile, path: DataPath, raw: Record<string, RawField> | null | undefined, segment = false): Field[] {
    if (!raw) return [];
    return Object.entries(raw).map(([name, value]) => this.field(file, [...path, name], name, value, segment));
  }

  private field(file: SpecFile, path: DataPath, name: string, raw: RawField, segment: boolean): Field {
    const v: RawFieldDefinition = typeof raw === 'string' ? {} : raw;
    this.fieldSites.push({ file, path, name, value: v, segment });
    const { required, default: def, direction, description, deprecated, ...typeKeys } = v;
    const type = this.typeNode(file, path, typeof raw === 'string' ? raw : typeKeys);
    const hasDefault = 'default' in v;
    if (hasDefault) this.pendingDefaults.push({ type, value: def, at: file.at([...path, 'default']) });
    return {
      name,
      type,
      required: hasDefault ? false : required !== false,
      ...(hasDefault ? { default: def } : {}),
      hasDefault,
      ...opt('description', text(description)),
      ...opt('deprecated', deprecation(deprecated)),
      direction: direction ?? 'both',
      source: file.at(path, true),
    };
  }
}

/** The base an enum may have; any other is reported (check-types.ts) and read as string. */
const ENUM_BASES = ['string', 'int32', 'int64'] as const;

/** An enum's value as written: a bare value, or a mapping with `value:`. */
export function enumItem(item: RawEnumValue): Exclude<RawEnumValue, string | number> {
  return typeof item === 'object' ? item : { value: item };
}

/** The name an enum value gets in code: its `name:`, or a string value itself (else `value_<n>`). */
export function enumValueName(v: Exclude<RawEnumValue, string | number>): string | undefined {
  return v.name ?? (typeof v.value === 'string' ? v.value : undefined);
}

/** Whether `declared` is a base an enum may have. */
export function isEnumBase(declared: string): declared is (typeof ENUM_BASES)[number] {
  return ENUM_BASES.some((base) => base === declared);
}

function enumType(declared: string, raw: RawEnumValue[]): TypeNode {
  const base = isEnumBase(declared) ? declared : 'string';
  const values: EnumValue[] = raw.map((item) => {
    const v = enumItem(item);
    const value = v.value;
    return {
      value,
      name: enumValueName(v) ?? `value_${String(value).replace('-', 'minus_')}`,
      ...opt('title', text(v.title)),
      ...opt('description', text(v.description)),
    };
  });
  return { kind: 'enum', base, values };
}

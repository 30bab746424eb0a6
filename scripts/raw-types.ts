/**
 * `pnpm raw-types`: writes generator/load/raw-types.ts, the TypeScript types of a spec file as the
 * format's schema (generator/load/format-schema.ts) says it, so that the loader reads a file that
 * passed the schema (ajv) with these types and no casts. `--check` exits 1 when the file is not
 * what the schema makes; test/raw-types.test.ts does the same, so CI fails on a schema changed
 * without its types.
 *
 * A schema with a `title` is a type of its own (`RawAction`), and so is each definition
 * (`#/definitions/field` → `RawField`). Only the keywords the format uses are understood; any
 * other one is refused, so a schema change can never be typed wrongly in silence.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specFileSchema } from '../generator/load/format-schema.js';

type Schema = Record<string, unknown>;

export const RAW_TYPES_FILE = resolve(fileURLToPath(import.meta.url), '../../generator/load/raw-types.ts');

/** Keywords that change no type: an annotation, or a constraint finer than a type (a pattern, a length). */
const UNTYPED_KEYWORDS = new Set(['title', 'pattern', 'minLength', 'minItems', 'minProperties', 'uniqueItems', 'propertyNames']);
/** Keywords that make the type. */
const TYPED_KEYWORDS = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'anyOf']);

const pascal = (name: string) => name.replace(/(^|[^A-Za-z0-9])([a-z])/g, (_, __, c: string) => c.toUpperCase());

export function rawTypesSource(schema: Schema = specFileSchema): string {
  const definitions = (schema.definitions ?? {}) as Record<string, Schema>;
  /** Each named type's declaration, in the order the types are first reached. */
  const declarations = new Map<string, string>();
  const names = new Map<Schema, string>();

  /** A named type, declared on first use. */
  const named = (s: Schema, name: string): string[] => {
    const earlier = names.get(s);
    if (earlier !== undefined && earlier !== name) throw new Error(`one schema has two names: ${earlier} and ${name}`);
    if ([...names].some(([other, n]) => n === name && other !== s)) throw new Error(`two schemas are named ${name}`);
    names.set(s, name);
    if (!declarations.has(name)) {
      declarations.set(name, '');
      declarations.set(name, `export type ${name} = ${members(s, '').join(' | ')};`);
    }
    return [name];
  };

  /** The union members of the type of `s`; a schema with a title is a type of its own. */
  const type = (s: Schema, indent: string): string[] => {
    if (typeof s.$ref === 'string') {
      const key = /^#\/definitions\/(\w+)$/.exec(s.$ref)?.[1];
      const target = key === undefined ? undefined : definitions[key];
      if (key === undefined || !target || Object.keys(s).length !== 1) throw new Error(`a reference the raw types cannot follow: ${JSON.stringify(s)}`);
      return named(target, typeof target.title === 'string' ? `Raw${pascal(target.title)}` : `Raw${pascal(key)}`);
    }
    return typeof s.title === 'string' ? named(s, `Raw${pascal(s.title)}`) : members(s, indent);
  };

  const members = (s: Schema, indent: string): string[] => {
    const unknown = Object.keys(s).filter((k) => !UNTYPED_KEYWORDS.has(k) && !TYPED_KEYWORDS.has(k) && !(s === schema && k === 'definitions'));
    if (unknown.length) throw new Error(`the raw types do not know the keyword(s) ${unknown.join(', ')} (in ${JSON.stringify(s).slice(0, 120)})`);
    if (Array.isArray(s.anyOf)) return (s.anyOf as Schema[]).flatMap((branch) => type(branch, indent));
    if (Array.isArray(s.enum)) return s.enum.map((v) => (typeof v === 'string' ? `'${v.replace(/[\\']/g, '\\$&')}'` : JSON.stringify(v)));
    if (s.type === undefined) {
      if (Object.keys(s).some((k) => TYPED_KEYWORDS.has(k))) throw new Error(`a schema with no type: ${JSON.stringify(s)}`);
      return ['unknown'];
    }
    return ([] as string[]).concat(s.type as string | string[]).map((t) => primitive(s, t, indent));
  };

  const primitive = (s: Schema, t: string, indent: string): string => {
    switch (t) {
      case 'string':
        return 'string';
      case 'number':
      case 'integer':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array': {
        const items = s.items === undefined ? ['unknown'] : type(s.items as Schema, indent);
        return items.length === 1 ? `${items[0]}[]` : `(${items.join(' | ')})[]`;
      }
      case 'object':
        return object(s, indent);
      default:
        throw new Error(`unknown JSON Schema type ${t}`);
    }
  };

  const object = (s: Schema, indent: string): string => {
    const properties = s.properties as Record<string, Schema> | undefined;
    const additional = s.additionalProperties as Schema | boolean | undefined;
    if (!properties) {
      if (additional === false) return 'Record<string, never>';
      return `Record<string, ${additional && typeof additional === 'object' ? type(additional, indent).join(' | ') : 'unknown'}>`;
    }
    if (additional !== false) throw new Error('an object with properties is typed only when closed (additionalProperties: false)');
    const required = new Set((s.required ?? []) as string[]);
    const inner = `${indent}  `;
    const lines = Object.entries(properties).map(
      ([key, value]) =>
        `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}${required.has(key) ? '' : '?'}: ${type(value, inner).join(' | ')};`,
    );
    return `{\n${lines.join('\n')}\n${indent}}`;
  };

  type(schema, '');
  return [
    '/**',
    " * A spec file as the format says it, from the format's schema (format-schema.ts): the loader reads",
    ' * each file with these types once ajv has checked it against that schema.',
    ' *',
    ' * Written by `pnpm raw-types` (scripts/raw-types.ts); do not edit. test/raw-types.test.ts fails when',
    ' * this file and the schema disagree.',
    ' */',
    '',
    [...declarations.values()].join('\n\n'),
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = rawTypesSource();
  const check = process.argv.includes('--check');
  let current: string | undefined;
  try {
    current = readFileSync(RAW_TYPES_FILE, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === source) {
    console.log('generator/load/raw-types.ts is up to date');
  } else if (check) {
    console.error("generator/load/raw-types.ts differs from what the format's schema makes: run pnpm raw-types");
    process.exit(1);
  } else {
    writeFileSync(RAW_TYPES_FILE, source);
    console.log('wrote generator/load/raw-types.ts');
  }
}

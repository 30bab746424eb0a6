/**
 * The shape of a spec file, as JSON Schema, checked with ajv before the meaning is checked.
 * Every mapping is closed (`additionalProperties: false`) so a mistyped key is reported, not
 * silently ignored. spec/README.md documents the same keys for people.
 */
import { Ajv, type ErrorObject } from 'ajv';
import type { Diagnostic } from './diagnostics.js';
import { suggest } from './diagnostics.js';
import type { SpecFile } from './spec-file.js';

type Schema = Record<string, unknown>;

const closed = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const mapOf = (values: Schema, keyPattern?: string): Schema => ({
  type: 'object',
  additionalProperties: values,
  ...(keyPattern ? { propertyNames: { pattern: keyPattern } } : {}),
});

const text: Schema = {
  type: ['string', 'object'],
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
  additionalProperties: false,
};
const deprecated: Schema = { type: ['boolean', 'string', 'object'], properties: { zh: { type: 'string' }, en: { type: 'string' } }, additionalProperties: false };
const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });

const typeKeys: Record<string, Schema> = {
  type: { type: 'string' },
  fields: mapOf(ref('field')),
  additional: ref('type'),
  items: ref('type'),
  enum: { type: 'array', minItems: 1, items: ref('enumValue') },
  nullable: { type: 'boolean' },
  title: text,
  description: text,
  example: {},
  deprecated,
};

const fieldKeys: Record<string, Schema> = {
  ...typeKeys,
  required: { type: 'boolean' },
  default: {},
  direction: { enum: ['send', 'receive', 'both'] },
};

const supportEntry: Schema = {
  type: ['boolean', 'object'],
  properties: {
    supported: { type: 'boolean' },
    note: text,
    since: { type: 'string' },
    params: mapOf(ref('field')),
    remove_params: { type: 'array', items: { type: 'string' } },
    names: { type: 'array', items: { type: 'string' }, minItems: 1 },
    result: { anyOf: [ref('type'), { type: 'null' }] },
    fields: mapOf(ref('field')),
    remove_fields: { type: 'array', items: { type: 'string' } },
  },
  additionalProperties: false,
};

const definitions: Record<string, Schema> = {
  type: { type: ['string', 'object'], properties: typeKeys, additionalProperties: false },
  field: { type: ['string', 'object'], properties: fieldKeys, additionalProperties: false },
  enumValue: {
    type: ['string', 'number', 'object'],
    properties: { value: { type: ['string', 'number'] }, name: { type: 'string' }, title: text, description: text },
    required: ['value'],
    additionalProperties: false,
  },
  support: mapOf(supportEntry),
};

const exampleKeys = { title: text, implementation: { type: 'string' } };

export const specFileSchema: Schema = {
  type: 'object',
  definitions,
  additionalProperties: false,
  properties: {
    protocol: closed(
      {
        name: { type: 'string' },
        version: { type: 'string' },
        title: text,
        description: text,
        homepage: { type: 'string' },
        call_variants: mapOf(
          closed({ suffix: { type: 'string', pattern: '^_\\w+$' }, default: { type: 'boolean' }, description: text }, ['suffix']),
          '^[a-z][a-z0-9_]*$',
        ),
      },
      ['name', 'version', 'title'],
    ),
    implementations: mapOf(closed({ title: text, homepage: { type: 'string' }, description: text }, ['title']), '^[a-z][a-z0-9-]*$'),
    origins: mapOf(closed({ title: text, description: text }, ['title']), '^[a-z][a-z0-9-]*$'),
    categories: mapOf(closed({ title: text, description: text, parent: { type: 'string' } }, ['title']), '^[a-z][a-z0-9_.-]*$'),
    envelope: closed({ description: text, fields: mapOf(ref('field')) }, ['fields']),
    retcodes: {
      type: 'array',
      items: closed(
        {
          code: { type: 'integer' },
          name: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
          status: { enum: ['ok', 'async', 'failed'] },
          origin: { type: 'string' },
          description: text,
        },
        ['code', 'name'],
      ),
    },
    transports: mapOf(closed({ title: text, description: text }, ['title'])),
    authentication: text,
    event_base: closed(
      {
        fields: mapOf(ref('field')),
        post_types: mapOf(closed({ discriminator: { type: 'string' }, title: text }, ['discriminator']), '^[a-z][a-z_]*$'),
      },
      ['fields', 'post_types'],
    ),
    types: mapOf(ref('type'), '^[A-Z][A-Za-z0-9]*$'),
    actions: mapOf(
      closed(
        {
          title: text,
          description: text,
          category: { type: 'string' },
          origin: { type: 'string' },
          params: { type: ['object', 'null'], additionalProperties: ref('field') },
          result: { anyOf: [ref('type'), { type: 'null' }] },
          variants: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          deprecated,
          aliases: {
            type: 'array',
            items: closed({ name: { type: 'string' }, deprecated, description: text }, ['name']),
          },
          support: ref('support'),
          examples: {
            type: 'array',
            items: closed({ ...exampleKeys, params: { type: ['object', 'null'] }, result: {} }),
          },
        },
        ['title', 'category', 'origin'],
      ),
      '^\\.?[a-z_][a-z0-9_]*$|^[A-Za-z_][A-Za-z0-9_]*$',
    ),
    segments: mapOf(
      closed(
        {
          title: text,
          description: text,
          origin: { type: 'string' },
          direction: { enum: ['send', 'receive', 'both'] },
          fields: { type: ['object', 'null'], additionalProperties: ref('field') },
          deprecated,
          support: ref('support'),
          examples: {
            type: 'array',
            items: closed({ ...exampleKeys, data: { type: 'object' }, cq: { type: 'string' } }, ['data']),
          },
        },
        ['title', 'origin'],
      ),
      '^[a-z][a-z0-9_.-]*$',
    ),
    events: mapOf(
      closed(
        {
          title: text,
          description: text,
          origin: { type: 'string' },
          discriminators: { type: 'object', additionalProperties: { type: 'string' }, minProperties: 2 },
          fields: { type: ['object', 'null'], additionalProperties: ref('field') },
          quick_operation: mapOf(ref('field')),
          deprecated,
          support: ref('support'),
          examples: { type: 'array', items: { type: 'object' } },
        },
        ['title', 'origin', 'discriminators'],
      ),
      '^[a-z][a-z0-9_]*$',
    ),
  },
};

let validate: ReturnType<Ajv['compile']> | undefined;

/** Checks one file's shape; returns a diagnostic per problem, positioned at the offending key or value. */
export function checkShape(file: SpecFile): Diagnostic[] {
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(specFileSchema);
  if (file.data === undefined || file.data === null) return [];
  if (validate(file.data)) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of validate.errors ?? []) {
    const diagnostic = describe(file, error);
    if (!diagnostic) continue;
    const id = `${diagnostic.line}:${diagnostic.column}:${diagnostic.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(diagnostic);
    }
  }
  return out;
}

function pathOf(error: ErrorObject): string[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function where(path: string[]): string {
  return path.length ? `'${path.join('.')}'` : 'the file';
}

function describe(file: SpecFile, error: ErrorObject): Diagnostic | undefined {
  const path = pathOf(error);
  const base = { severity: 'error' as const };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const pos = file.at([...path, key], true);
      return {
        ...base,
        ...pos,
        message: `unknown key '${key}' in ${where(path)}`,
        hint: suggest(key, allowed, allowed.length ? `allowed keys: ${allowed.join(', ')}` : undefined),
      };
    }
    case 'required':
      return {
        ...base,
        ...file.at(path, path.length > 0),
        message: `${where(path)} is missing the required key '${String(error.params.missingProperty)}'`,
        hint: `add '${String(error.params.missingProperty)}:' (see spec/README.md)`,
      };
    case 'type': {
      const expected = String(error.params.type).split(',').map(typeWord).join(' or ');
      return { ...base, ...file.at(path), message: `${where(path)} must be ${expected}, not ${describeValue(valueAt(file.data, path))}` };
    }
    case 'enum':
      return {
        ...base,
        ...file.at(path),
        message: `${where(path)} must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'pattern':
      if (error.propertyName !== undefined) {
        return {
          ...base,
          ...file.at([...path, error.propertyName], true),
          message: `'${error.propertyName}' is not a valid name in ${where(path)}`,
          hint: NAME_HINTS[path[0] ?? ''] ?? `names here must match ${String(error.params.pattern)}`,
        };
      }
      return { ...base, ...file.at(path), message: `${where(path)} does not match the pattern ${String(error.params.pattern)}` };
    case 'propertyNames':
      return undefined; // reported by its nested `pattern` error with the key's name
    case 'anyOf':
      return undefined; // its branches' errors say more
    default:
      return { ...base, ...file.at(path), message: `${where(path)} ${error.message ?? 'is invalid'}` };
  }
}

const NAME_HINTS: Record<string, string> = {
  types: 'type names are PascalCase, for example FriendInfo',
  actions: 'action names are the snake_case names sent on the wire, for example get_friend_list',
  events: 'event ids are snake_case, for example group_recall',
  segments: 'segment types are lower case, for example image',
};

function valueAt(data: unknown, path: string[]): unknown {
  let node = data;
  for (const segment of path) node = (node as Record<string, unknown> | undefined)?.[segment];
  return node;
}

function typeWord(type: string): string {
  return type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

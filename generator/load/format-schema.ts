/**
 * The shape of a spec file, as JSON Schema, checked with ajv before the meaning is checked.
 * Every mapping is closed (`additionalProperties: false`) so a mistyped key is reported, not
 * silently ignored. spec/README.md documents the same keys for people, and raw-types.ts has them
 * as TypeScript (written from this schema by `pnpm raw-types`).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Diagnostic } from './diagnostics.js';
import { suggest } from './diagnostics.js';
import type { RawSpecFile } from './raw-types.js';
import type { SpecFile } from './spec-file.js';

type Schema = Record<string, unknown>;

/** A schema with a `title` is a type of its own in raw-types.ts (`Action` → `RawAction`). */
const titled = (title: string, schema: Schema): Schema => ({ title, ...schema });
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
  title: 'Text',
  type: ['string', 'object'],
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
  additionalProperties: false,
};
const deprecated: Schema = {
  title: 'Deprecation',
  type: ['boolean', 'string', 'object'],
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
  additionalProperties: false,
};
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
  title: 'SupportEntry',
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

const REPOSITORY = '^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$';
const COMMIT = '^[0-9a-f]{40}$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const BRANCH = '^[A-Za-z0-9][A-Za-z0-9._/-]*$';
/** A disagreement's diff rule, its place as `pnpm upstream` prints it, and a file of the implementation's repository. */
const DIFF_RULE = '^[a-z]+(-[a-z]+)*$';
const WHERE = '^(action|segment|event) [^\\s]+( [^\\s]+)?$';
const REPO_FILE = '^[A-Za-z0-9_.@+-][A-Za-z0-9_.@+/-]*$';

/** What to write instead, for values that must match a pattern. */
const PATTERN_HINTS: Record<string, string> = {
  [REPOSITORY]: 'write the GitHub repository as owner/name, e.g. Mrs4s/go-cqhttp',
  [COMMIT]: 'write the full 40-character commit hash in lower case (git rev-parse HEAD)',
  [DATE]: 'write the date as YYYY-MM-DD',
  [BRANCH]: 'write the branch as git names it, e.g. v1 or release/2.0',
  [DIFF_RULE]: 'write the rule id as the report shows it, e.g. response-field-became-optional',
  [WHERE]: 'write the place as the report shows it, without backquotes: action get_msg result.group_id, segment node data.time, or action bot_exit',
  [REPO_FILE]: "write the path of a file in the implementation's repository, e.g. packages/napcat-onebot/action/msg/GetMsg.ts",
};

/** What an implementation's column was checked against: a repository at one commit. */
const verified: Schema = titled(
  'Verification',
  closed(
    {
      repository: { type: 'string', pattern: REPOSITORY },
      commit: { type: 'string', pattern: COMMIT },
      date: { type: 'string', pattern: DATE },
      branch: { type: 'string', pattern: BRANCH },
    },
    ['repository', 'commit', 'date'],
  ),
);

/**
 * A known disagreement between the spec and an implementation's code: the finding of `pnpm upstream`
 * it explains (rule and place), why, and the implementation's file that shows it.
 */
const disagreement: Schema = titled(
  'Disagreement',
  closed(
    {
      rule: { type: 'string', pattern: DIFF_RULE },
      where: { type: 'string', pattern: WHERE },
      reason: closed({ zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } }, ['zh', 'en']),
      source: { type: 'string', pattern: REPO_FILE },
    },
    ['rule', 'where', 'reason', 'source'],
  ),
);

/** A web page: an http(s) address, with the characters RFC 3986 does not allow in one percent-encoded. */
const homepage: Schema = { type: 'string', pattern: '^https?://[^\\s<>"\'`{}|\\\\^]+$' };

const exampleKeys = { title: text, implementation: { type: 'string' } };

/**
 * Names that become identifiers, property names or event paths in the outputs are restricted
 * here, so an unusual one is refused at its place in the spec rather than breaking an emitter.
 */
const ACTION_NAME = '^\\.?[a-z_][a-z0-9_]*$|^[A-Za-z_][A-Za-z0-9_]*$';
const WIRE_KEY = '^[a-z_][a-z0-9_]*$';
/** A discriminator value is one segment of an event path (`notice.group_recall`): no dots. */
const DISCRIMINATOR_VALUE = '^[A-Za-z0-9_-]+$';

export const specFileSchema: Schema = {
  title: 'SpecFile',
  type: 'object',
  definitions,
  additionalProperties: false,
  properties: {
    protocol: titled(
      'Protocol',
      closed(
        {
          name: { type: 'string' },
          version: { type: 'string' },
          title: text,
          description: text,
          homepage,
          call_variants: mapOf(
            titled('CallVariant', closed({ suffix: { type: 'string', pattern: '^_\\w+$' }, default: { type: 'boolean' }, description: text }, ['suffix'])),
            '^[a-z][a-z0-9_]*$',
          ),
        },
        ['name', 'version', 'title'],
      ),
    ),
    implementations: mapOf(titled('Implementation', closed({ title: text, homepage, description: text, verified }, ['title'])), '^[a-z][a-z0-9-]*$'),
    origins: mapOf(titled('Origin', closed({ title: text, description: text }, ['title'])), '^[a-z][a-z0-9-]*$'),
    disagreements: mapOf({ type: 'array', items: disagreement }, '^[a-z][a-z0-9-]*$'),
    categories: mapOf(titled('Category', closed({ title: text, description: text, parent: { type: 'string' } }, ['title'])), '^[a-z][a-z0-9_.-]*$'),
    envelope: titled('Envelope', closed({ description: text, fields: mapOf(ref('field')) }, ['fields'])),
    retcodes: {
      type: 'array',
      items: titled(
        'Retcode',
        closed(
          {
            code: { type: 'integer' },
            name: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
            status: { enum: ['ok', 'async', 'failed'] },
            origin: { type: 'string' },
            description: text,
          },
          ['code', 'name'],
        ),
      ),
    },
    transports: mapOf(titled('Transport', closed({ title: text, description: text }, ['title']))),
    authentication: text,
    event_base: titled(
      'EventBase',
      closed(
        {
          fields: mapOf(ref('field')),
          post_types: mapOf(
            titled('PostType', closed({ discriminator: { type: 'string', pattern: WIRE_KEY }, title: text }, ['discriminator'])),
            '^[a-z][a-z_]*$',
          ),
        },
        ['fields', 'post_types'],
      ),
    ),
    types: mapOf(ref('type'), '^[A-Z][A-Za-z0-9]*$'),
    actions: mapOf(
      titled(
        'Action',
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
              items: titled('Alias', closed({ name: { type: 'string', pattern: ACTION_NAME }, deprecated, description: text }, ['name'])),
            },
            support: ref('support'),
            examples: {
              type: 'array',
              items: titled('ActionExample', closed({ ...exampleKeys, params: { type: ['object', 'null'] }, result: {} })),
            },
          },
          ['title', 'category', 'origin'],
        ),
      ),
      ACTION_NAME,
    ),
    segments: mapOf(
      titled(
        'Segment',
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
              items: titled('SegmentExample', closed({ ...exampleKeys, data: { type: 'object' }, cq: { type: 'string' } }, ['data'])),
            },
          },
          ['title', 'origin'],
        ),
      ),
      '^[a-z][a-z0-9_.-]*$',
    ),
    events: mapOf(
      titled(
        'Event',
        closed(
          {
            title: text,
            description: text,
            origin: { type: 'string' },
            discriminators: { ...mapOf({ type: 'string', pattern: DISCRIMINATOR_VALUE }, WIRE_KEY), minProperties: 2 },
            fields: { type: ['object', 'null'], additionalProperties: ref('field') },
            quick_operation: mapOf(ref('field')),
            deprecated,
            support: ref('support'),
            examples: { type: 'array', items: { type: 'object' } },
          },
          ['title', 'origin', 'discriminators'],
        ),
      ),
      '^[a-z][a-z0-9_]*$',
    ),
  },
};

let validate: ValidateFunction<RawSpecFile> | undefined;

/**
 * Checks one file's shape: its data as the raw types say it when it has the format's shape (an
 * empty file has no sections), else a diagnostic per problem, positioned at the offending key or value.
 */
export function checkShape(file: SpecFile): { data?: RawSpecFile; diagnostics: Diagnostic[] } {
  validate ??= new Ajv({ allErrors: true, strict: false }).compile<RawSpecFile>(specFileSchema);
  if (file.data === undefined || file.data === null) return { data: {}, diagnostics: [] };
  if (validate(file.data)) return { data: file.data, diagnostics: [] };
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
  return { diagnostics: out };
}

function pathOf(error: ErrorObject): string[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The path as the YAML document is indexed: list positions are numbers. */
function dataPath(path: string[]): (string | number)[] {
  return path.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
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
      const pos = file.at(dataPath([...path, key]), true);
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
        ...file.at(dataPath(path), path.length > 0),
        message: `${where(path)} is missing the required key '${String(error.params.missingProperty)}'`,
        hint: `add '${String(error.params.missingProperty)}:' (see spec/README.md)`,
      };
    case 'type': {
      const expected = String(error.params.type).split(',').map(typeWord).join(' or ');
      return { ...base, ...file.at(dataPath(path)), message: `${where(path)} must be ${expected}, not ${describeValue(valueAt(file.data, path))}` };
    }
    case 'enum':
      return {
        ...base,
        ...file.at(dataPath(path)),
        message: `${where(path)} must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'pattern':
      if (error.propertyName !== undefined) {
        return {
          ...base,
          ...file.at(dataPath([...path, error.propertyName]), true),
          message: `'${error.propertyName}' is not a valid name in ${where(path)}`,
          hint: NAME_HINTS[path.at(-1) ?? ''] ?? NAME_HINTS[path[0] ?? ''] ?? `names here must match ${String(error.params.pattern)}`,
        };
      }
      return {
        ...base,
        ...file.at(dataPath(path)),
        message: `${where(path)} does not match the pattern ${String(error.params.pattern)}`,
        ...(PATTERN_HINTS[String(error.params.pattern)]
          ? { hint: PATTERN_HINTS[String(error.params.pattern)] }
          : VALUE_HINTS[valueKind(path)]
            ? { hint: VALUE_HINTS[valueKind(path)] }
            : {}),
      };
    case 'propertyNames':
      return undefined; // reported by its nested `pattern` error with the key's name
    case 'anyOf':
      return undefined; // its branches' errors say more
    default:
      return { ...base, ...file.at(dataPath(path)), message: `${where(path)} ${error.message ?? 'is invalid'}` };
  }
}

const NAME_HINTS: Record<string, string> = {
  types: 'type names are PascalCase, for example FriendInfo',
  actions: 'action names are the snake_case names sent on the wire, for example get_friend_list',
  events: 'event ids are snake_case, for example group_recall',
  segments: 'segment types are lower case, for example image',
  discriminators: 'discriminator keys are field names on the wire: post_type, its secondary key (notice_type, ...), sub_type',
};

/** What kind of value a path points at, for the hint of a value that does not match its pattern. */
function valueKind(path: string[]): string {
  if (path.includes('aliases')) return 'alias';
  if (path.at(-2) === 'discriminators') return 'discriminatorValue';
  if (path[0] === 'retcodes') return 'retcode';
  return path.at(-1) ?? '';
}

const VALUE_HINTS: Record<string, string> = {
  alias: 'an alias is another name the action is called by on the wire: snake_case, for example get_friend_list',
  discriminatorValue: 'a discriminator value is what the event carries on the wire: letters, digits, _ and -, for example group_recall',
  suffix: "a call variant's suffix is added to the action's name: _ and a word, for example _async",
  retcode: 'a return code name is snake_case, for example not_found',
  homepage: 'a homepage is an http(s) address, for example https://github.com/botuniverse/onebot-11',
  discriminator: 'the field that tells events of this post_type apart, snake_case, for example notice_type',
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

/**
 * Segment builders: `seg.text('hi')`, `seg.at(user_id)`, `seg.reply(message_id)`, one per segment
 * that can be sent, typed by its send shape. Ids the API hands out as numbers (`qq`, `id`, `*_id`)
 * are taken as a number or a string and sent as the string the wire carries.
 */
import { isSendable, pascalCase, segmentTypeNames, sendFields } from '../../model/naming.js';
import { implementationTitle } from '../../model/queries.js';
import type { Field, Model, Segment, TypeNode } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { tsComment } from '../escape.js';
import { generatedHeader } from '../header.js';
import { printStatements, stringLiteral } from './printer.js';
import { literal, ref, union, type Parameter, type Property, type Statement } from './syntax.js';
import { commentText, commentTitle, docOf, propertyOf, tsLiteral, type TypeRefs } from './type-text.js';

export interface SegmentBuildersOptions {
  dir: string;
}

const ID_FIELD = /^(qq|id|user_id|[a-z]+_id)$/;
const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
]);

/** What one builder takes and returns. */
interface Builder {
  segment: Segment;
  fn: string;
  input: string;
  output: string;
  fields: Field[];
  ids: string[];
  /** The field a builder also takes on its own: `seg.at(10001000)`; the one required field, or a leading optional id. */
  primary?: Field;
}

export function emitSegmentBuilders(model: Model, options: SegmentBuildersOptions): EmittedFile[] {
  const builders = model.segments.filter(isSendable).map((s) => builderOf(model, s));
  const known = new Set(model.types.map((t) => t.name));
  const refs: TypeRefs = new Set();
  const body: Statement[] = [BUILD_HELPER];
  for (const b of builders) {
    if (b.fields.length) body.push(inputOf(b, refs));
    body.push(builderFunction(b));
  }
  body.push({
    kind: 'const',
    name: 'seg',
    doc: [
      'Builders for every segment that can be sent, by segment type.',
      '',
      '@example',
      "await bot.send_group_msg({ group_id, message: [seg.reply(e.message_id), seg.at(e.user_id), seg.text(' hello')] });",
    ].join('\n'),
    value: {
      kind: 'object',
      multiline: true,
      properties: builders.map(
        (b): Property =>
          b.fn === b.segment.type
            ? { key: b.fn, value: { kind: 'identifier', name: b.fn }, shorthand: true }
            : { key: b.segment.type, value: { kind: 'identifier', name: b.fn } },
      ),
    },
  });
  const usedTypes = [...refs].filter((name) => known.has(name)).sort();
  const imports: Statement[] = [
    {
      kind: 'import',
      typeOnly: true,
      names: builders.map((b) => ({ name: b.output })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      from: './segments.js',
    },
    ...(usedTypes.length ? [{ kind: 'import', typeOnly: true, names: usedTypes.map((name) => ({ name })), from: './types.js' } as const] : []),
  ];
  const printed = printStatements(generatedHeader(model, 'ts'), [...imports, ...body]);
  return [{ path: `${options.dir}/segment-builders.ts`, content: printed.text, needsFormatting: printed.needsFormatting }];
}

function builderOf(model: Model, segment: Segment): Builder {
  const base = sendFields(segment);
  const plainFields = [...base, ...addedFields(model, segment, new Set(base.map((f) => f.name)))];
  const ids = plainFields.filter(isStringId).map((f) => f.name);
  const fields = plainFields.map((f) => (isStringId(f) ? widen(f) : f));
  const required = fields.filter((f) => f.required);
  // With no required field, a leading id is the primary one: `seg.reply(message_id)` wherever `id` is optional (NapCat takes `seq` instead).
  const first = fields[0];
  const primary =
    required.length === 1 && isScalar(required[0]!.type)
      ? required[0]
      : !required.length && first && ID_FIELD.test(first.name) && isScalar(first.type)
        ? first
        : undefined;
  const pascal = pascalCase(segment.type);
  const plain = /^[A-Za-z_$][\w$]*$/.test(segment.type) && !RESERVED.has(segment.type);
  return {
    segment,
    fn: plain ? segment.type : `${pascal[0]!.toLowerCase()}${pascal.slice(1)}Segment`,
    input: `${pascal}SegmentInput`,
    output: segmentTypeNames(segment).send!,
    fields,
    ids,
    ...(primary ? { primary } : {}),
  };
}

/** Fields the implementations add when sending, optional, each once (the first implementation's type). */
function addedFields(model: Model, segment: Segment, taken: Set<string>): Field[] {
  const title = (id: string) => implementationTitle(model, id)?.en ?? id;
  const added = new Map<string, { field: Field; by: string[] }>();
  for (const support of segment.support) {
    if (support.status !== 'supported') continue;
    for (const field of support.addedFields) {
      if (taken.has(field.name) || field.direction === 'receive') continue;
      const seen = added.get(field.name);
      if (seen) seen.by.push(support.implementation);
      else added.set(field.name, { field, by: [support.implementation] });
    }
  }
  return [...added.values()].map(({ field, by }) => ({
    ...field,
    required: false,
    description: { ...field.description, en: [sentence(field.description?.en), `Read only by ${by.map(title).join(', ')}.`].filter(Boolean).join(' ') },
  }));
}

/** An id the wire carries as a string, though the API hands ids out as numbers. */
function sentence(text: string | undefined): string | undefined {
  return text && !/[.。!?]$/.test(text) ? `${text}.` : text;
}

function isStringId(field: Field): boolean {
  return ID_FIELD.test(field.name) && field.type.kind === 'primitive' && field.type.name === 'string';
}

/** The builder takes a string id as `number | string` and sends it as a string. */
function widen(field: Field): Field {
  const type: TypeNode = { kind: 'union', variants: [{ kind: 'primitive', name: 'int64' }, field.type] };
  return { ...field, type };
}

function isScalar(type: TypeNode): boolean {
  if (type.kind === 'primitive') return type.name !== 'any';
  if (type.kind === 'union') return type.variants.every(isScalar);
  return type.kind === 'literal' || type.kind === 'enum';
}

/** The helper every builder calls, written as prettier lays it out. */
const BUILD_HELPER: Statement = {
  kind: 'code',
  doc: 'A segment of `type` with `data`, its id fields (`ids`) sent as strings and unset fields left out.',
  lines: [
    'function build<S extends { type: string; data: object }>(',
    "  type: S['type'],",
    '  data: object,',
    '  ids: readonly string[],',
    '): S {',
    '  const out: Record<string, unknown> = {};',
    '  for (const [key, value] of Object.entries(data)) {',
    '    if (value === undefined) continue;',
    "    out[key] = ids.includes(key) && typeof value === 'number' ? String(value) : value;",
    '  }',
    '  // The input type is the send shape with ids widened, so the result is that shape.',
    '  return { type, data: out } as unknown as S;',
    '}',
  ],
};

function inputOf(b: Builder, refs: TypeRefs): Statement {
  return {
    kind: 'interface',
    name: b.input,
    doc: `The data of {@link ${b.output}} as \`${tsComment(access(b))}\` takes it.`,
    members: b.fields.map((f) => propertyOf(f, refs)),
  };
}

function builderFunction(b: Builder): Statement {
  const ids = `[${b.ids.map(stringLiteral).join(', ')}]`;
  const type = stringLiteral(b.segment.type);
  const doc = docOf(
    `Builds a segment of type \`${tsComment(b.segment.type)}\` (${commentTitle(b.segment.title)}).`,
    commentText(b.segment.description),
    exampleOf(b),
  )!;
  const returns = ref(b.output);
  if (b.primary) {
    // One signature, not overloads, so a wrong field is reported at that field.
    const p = b.primary;
    const restName = p.name === 'rest' ? 'others' : 'rest';
    const more = b.fields.length > 1;
    const name = tsComment(p.name);
    const paramDocs = [
      `@param ${name} - \`${name}\`, or the whole data`,
      ...(more ? [`@param ${restName} - the other fields, when \`${name}\` is given alone`] : []),
    ];
    const params: Parameter[] = [
      { name: p.name, optional: !p.required, type: union([{ kind: 'indexed', object: ref(b.input), index: literal(p.name) }, ref(b.input)]) },
      ...(more ? [{ name: restName, optional: true, type: ref('Omit', [ref(b.input), literal(p.name)]) }] : []),
    ];
    const own = more ? `{ ...${restName}, ${p.name} }` : `{ ${p.name} }`;
    return {
      kind: 'function',
      name: b.fn,
      doc: docOf(doc, paramDocs.join('\n'))!,
      params,
      returns,
      body: [`return build(${type}, typeof ${p.name} === 'object' ? ${p.name} : ${own}, ${ids});`],
    };
  }
  if (!b.fields.length) return { kind: 'function', name: b.fn, doc, params: [], returns, body: [`return build(${type}, {}, []);`] };
  const optional = b.fields.every((f) => !f.required);
  return {
    kind: 'function',
    name: b.fn,
    doc,
    params: [{ name: 'data', optional, type: ref(b.input) }],
    returns,
    body: [`return build(${type}, ${optional ? 'data ?? {}' : 'data'}, ${ids});`],
  };
}

/** How a user reaches the builder: `seg.at`, or `seg['x-y']` for a type that is no identifier. */
function access(b: Builder): string {
  return /^[A-Za-z_$][\w$]*$/.test(b.segment.type) ? `seg.${b.segment.type}` : `seg[${tsLiteral(b.segment.type)}]`;
}

/**
 * `@example` from the spec's first example this builder can make, with the CQ code it stands for;
 * else from the first that has every required field, keeping the fields the builder takes.
 */
function exampleOf(b: Builder): string | undefined {
  const names = new Set(b.fields.map((f) => f.name));
  const whole = b.segment.examples.find((e) => Object.keys(e.data).every((k) => names.has(k)));
  const partial = whole ? undefined : b.segment.examples.find((e) => b.fields.every((f) => !f.required || f.name in e.data));
  const example = whole ?? partial;
  if (!example) return undefined;
  const data = Object.fromEntries(Object.entries(example.data).filter(([k]) => names.has(k)));
  const keys = Object.keys(data);
  const fn = access(b);
  const literal = (key: string, value: unknown) =>
    b.ids.includes(key) && typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value) ? value : tsLiteral(value);
  let call: string;
  if (!keys.length) call = `${fn}()`;
  else if (b.primary && keys.length === 1 && keys[0] === b.primary.name) call = `${fn}(${literal(keys[0], data[keys[0]])})`;
  else call = `${fn}({ ${keys.map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : tsLiteral(k)}: ${literal(k, data[k])}`).join(', ')} })`;
  return tsComment(`@example\n${call}${whole?.cq ? ` // ${whole.cq}` : ''}`).replace(/^\\@example/, '@example');
}

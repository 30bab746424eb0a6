/**
 * Segment builders: `seg.text('hi')`, `seg.at(user_id)`, `seg.reply(message_id)`, one per segment
 * that can be sent, typed by its send shape. Ids the API hands out as numbers (`qq`, `id`, `*_id`)
 * are taken as a number or a string and sent as the string the wire carries.
 */
import { CodeBlockWriter } from 'ts-morph';
import { isSendable, pascalCase, segmentTypeNames, sendFields } from '../../model/naming.js';
import type { Field, Model, Segment, TypeNode } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { tsComment } from '../escape.js';
import { generatedHeader } from '../header.js';
import { commentText, commentTitle, docOf, tsLiteral, writeJsDoc, writeObjectLiteral, type TypeRefs } from './type-text.js';

export interface SegmentBuildersOptions {
  dir: string;
}

const ID_FIELD = /^(qq|id|user_id|[a-z]+_id)$/;
const RESERVED = new Set(['break', 'case', 'catch', 'class', 'const', 'continue', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with']);

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
  const w = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true });
  const segmentTypes = builders.map((b) => b.output).sort();
  const known = new Set(model.types.map((t) => t.name));
  const refs: TypeRefs = new Set();
  w.writeLine(`import type { ${segmentTypes.join(', ')} } from './segments.js';`);
  const body = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true });
  writeHelper(body);
  for (const b of builders) {
    body.blankLine();
    if (b.fields.length) {
      writeInput(body, b, refs);
      body.blankLine();
    }
    writeBuilder(body, b);
  }
  body.blankLine();
  writeJsDoc(body, ['Builders for every segment that can be sent, by segment type.', '', '@example', "await bot.send_group_msg({ group_id, message: [seg.reply(e.message_id), seg.at(e.user_id), seg.text(' hello')] });"].join('\n'));
  body.write('export const seg = ').inlineBlock(() => {
    for (const b of builders) body.writeLine(b.fn === b.segment.type ? `${b.fn},` : `${JSON.stringify(b.segment.type)}: ${b.fn},`);
  });
  body.write(';').newLine();
  const text = body.toString();
  const usedTypes = [...refs].filter((name) => known.has(name)).sort();
  if (usedTypes.length) w.writeLine(`import type { ${usedTypes.join(', ')} } from './types.js';`);
  w.blankLine();
  return [{ path: `${options.dir}/segment-builders.ts`, content: generatedHeader(model, 'ts') + w.toString() + text }];
}

function builderOf(model: Model, segment: Segment): Builder {
  const base = sendFields(segment);
  const plainFields = [...base, ...addedFields(model, segment, new Set(base.map((f) => f.name)))];
  const ids = plainFields.filter(isStringId).map((f) => f.name);
  const fields = plainFields.map((f) => (isStringId(f) ? widen(f) : f));
  const required = fields.filter((f) => f.required);
  // With no required field, a leading id is the primary one: `seg.reply(message_id)` wherever `id` is optional (NapCat takes `seq` instead).
  const first = fields[0];
  const primary = required.length === 1 && isScalar(required[0]!.type) ? required[0] : !required.length && first && ID_FIELD.test(first.name) && isScalar(first.type) ? first : undefined;
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
  const title = (id: string) => model.implementations.find((i) => i.id === id)?.title.en ?? id;
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

function writeHelper(w: CodeBlockWriter): void {
  writeJsDoc(w, 'A segment of `type` with `data`, its id fields (`ids`) sent as strings and unset fields left out.');
  w.write('function build<S extends { type: string; data: object }>(type: S[\'type\'], data: object, ids: readonly string[]): S').block(() => {
    w.writeLine('const out: Record<string, unknown> = {};');
    w.write('for (const [key, value] of Object.entries(data))').block(() => {
      w.writeLine('if (value === undefined) continue;');
      w.writeLine("out[key] = ids.includes(key) && typeof value === 'number' ? String(value) : value;");
    });
    w.writeLine('// The input type is the send shape with ids widened, so the result is that shape.');
    w.writeLine('return { type, data: out } as unknown as S;');
  });
}

function writeInput(w: CodeBlockWriter, b: Builder, refs: TypeRefs): void {
  writeJsDoc(w, `The data of {@link ${b.output}} as \`${tsComment(access(b))}\` takes it.`);
  w.write(`export interface ${b.input} `);
  writeObjectLiteral(w, b.fields, refs);
  w.newLine();
}

function writeBuilder(w: CodeBlockWriter, b: Builder): void {
  const ids = `[${b.ids.map((id) => JSON.stringify(id)).join(', ')}]`;
  const type = JSON.stringify(b.segment.type);
  const doc = docOf(
    `Builds a segment of type \`${tsComment(b.segment.type)}\` (${commentTitle(b.segment.title)}).`,
    commentText(b.segment.description),
    exampleOf(b),
  )!;
  if (b.primary) {
    // One signature, not overloads, so a wrong field is reported at that field.
    const p = b.primary;
    const key = JSON.stringify(p.name);
    const restName = p.name === 'rest' ? 'others' : 'rest';
    const more = b.fields.length > 1;
    const name = tsComment(p.name);
    const params = [`@param ${name} - \`${name}\`, or the whole data`, ...(more ? [`@param ${restName} - the other fields, when \`${name}\` is given alone`] : [])];
    writeJsDoc(w, docOf(doc, params.join('\n'))!);
    w.write(`function ${b.fn}(${p.name}${p.required ? '' : '?'}: ${b.input}[${key}] | ${b.input}${more ? `, ${restName}?: Omit<${b.input}, ${key}>` : ''}): ${b.output}`).block(() => {
      const own = more ? `{ ...${restName}, ${p.name} }` : `{ ${p.name} }`;
      w.writeLine(`return build(${type}, typeof ${p.name} === 'object' ? ${p.name} : ${own}, ${ids});`);
    });
    return;
  }
  writeJsDoc(w, doc);
  const optional = b.fields.every((f) => !f.required);
  if (!b.fields.length) {
    w.write(`function ${b.fn}(): ${b.output}`).block(() => w.writeLine(`return build(${type}, {}, []);`));
    return;
  }
  w.write(`function ${b.fn}(data${optional ? '?' : ''}: ${b.input}): ${b.output}`).block(() => {
    w.writeLine(`return build(${type}, ${optional ? 'data ?? {}' : 'data'}, ${ids});`);
  });
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
  const literal = (key: string, value: unknown) => (b.ids.includes(key) && typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value) ? value : tsLiteral(value));
  let call: string;
  if (!keys.length) call = `${fn}()`;
  else if (b.primary && keys.length === 1 && keys[0] === b.primary.name) call = `${fn}(${literal(keys[0], data[keys[0]])})`;
  else call = `${fn}({ ${keys.map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : tsLiteral(k)}: ${literal(k, data[k])}`).join(', ')} })`;
  return tsComment(`@example\n${call}${whole?.cq ? ` // ${whole.cq}` : ''}`).replace(/^\\@example/, '@example');
}

/**
 * OpenAPI 3.0 / 3.1 → the model. One `POST /{action}` operation is one action (OneBot's HTTP
 * API); its request body's properties are the parameters and the `data` of its response is the
 * result. Documents this project emits (generator/emit/openapi) carry more, and it is read back:
 * `x-onebot-*` extensions, the segment unions with their discriminator mapping, and the `Event`
 * union whose members give their discriminators as `const` properties.
 *
 * The document is untrusted input: it is read here (size-limited, strict UTF-8, YAML aliases
 * limited), and only its own `#/…` references are followed. With `allowRelativeRefs`, relative
 * references to files in the document's folder are followed too; absolute paths, `file:` and
 * network URLs never are. Every reference refused is listed in the notes and read as any.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { DEFAULT_LIMITS, type Limits } from '../load/limits.js';
import { readTextFile } from '../load/read-text.js';
import { expandingAlias } from '../load/spec-file.js';
import { actionParamsName, actionResultName } from '../model/naming.js';
import { aliasCycles } from '../model/type-cycles.js';
import type { Action, Alias, Event, Field, Model, Segment, SourceRef, Support, Text, TypeNode, Verification } from '../model/types.js';
import { defaultCategory, draftModel, field, snakeCase, type DraftOptions } from './draft-model.js';
import { ImportError, type ImportNote, type ImportResult } from './notes.js';

type Schema = Record<string, unknown>;

const REF = '#/components/schemas/';
const METHODS = ['post', 'get', 'put', 'delete', 'patch'] as const;

export interface OpenApiOptions extends DraftOptions {
  /** Follow relative `$ref`s to files in the document's folder (never absolute paths or URLs). */
  allowRelativeRefs?: boolean;
  limits?: Pick<Limits, 'maxInputBytes' | 'maxAliasCount'>;
}

export async function importOpenApi(path: string, options: OpenApiOptions): Promise<ImportResult<Model>> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const notes: ImportNote[] = [];
  const parsed = await parseDocumentFile(path, limits);
  const kept = refuseForeignRefs(parsed, path, options.allowRelativeRefs === true, notes);
  let api: Schema = parsed;
  const folder = await realpath(dirname(resolve(path)));
  // Why the resolver refused a file: the parser wraps its errors in a message that drops the reason.
  const refusals: string[] = [];
  const parserOptions = {
    resolve: {
      external: options.allowRelativeRefs === true,
      http: false,
      file: options.allowRelativeRefs === true ? relativeFileResolver(folder, limits, refusals) : false,
    },
  };
  // Bundling only when there are files to bring in: it also rewrites internal references, and
  // turns a cycle A → B → A into two self-references.
  if (kept > 0) {
    try {
      api = (await SwaggerParser.bundle(resolve(path), parsed as never, parserOptions as never)) as unknown as Schema;
    } catch (e) {
      throw new ImportError(`${path}: a referenced file cannot be read: ${refusals[0] ?? (e as Error).message}`);
    }
  }
  if (typeof api.openapi !== 'string' || !/^3\.[01]\./.test(api.openapi)) {
    throw new ImportError(`${path} is not OpenAPI 3.0 or 3.1 (${api.swagger ? `Swagger ${String(api.swagger)}` : 'no `openapi` version'}); convert it first`);
  }
  try {
    await SwaggerParser.validate(resolve(path), structuredClone(api) as never, parserOptions as never);
  } catch (e) {
    throw new ImportError(`${path} is not a valid OpenAPI document: ${(e as Error).message}`);
  }
  const result = new OpenApiReader(api, options).read();
  return { model: result.model, notes: [...notes, ...result.notes] };
}

/** The document as data: JSON, or YAML with its aliases limited; a problem is an ImportError at its line and column. */
async function parseDocumentFile(path: string, limits: Pick<Limits, 'maxInputBytes' | 'maxAliasCount'>): Promise<Schema> {
  const read = await readTextFile(path, limits.maxInputBytes, '--max-input-size');
  if (read.problem) throw new ImportError(`${path}:${read.problem.line}:${read.problem.column}: ${read.problem.message} (${read.problem.hint})`);
  const data = parseDataText(read.text, path, limits.maxAliasCount);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ImportError(`${path} is not a readable OpenAPI document: it is not a mapping`);
  return data as Schema;
}

function parseDataText(text: string, where: string, maxAliasCount: number): unknown {
  if (/^\s*\{/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // Not strict JSON: YAML (a superset) says where it goes wrong.
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const located = (offset: number, message: string) => {
    const at = lines.linePos(offset);
    return new ImportError(`${where}:${at.line}:${at.col}: ${message}`);
  };
  if (doc.errors[0]) throw located(doc.errors[0].pos[0], `YAML syntax: ${doc.errors[0].message.split('\n')[0]}`);
  try {
    return doc.toJS({ maxAliasCount });
  } catch (e) {
    const alias = expandingAlias(doc, maxAliasCount);
    throw located(alias?.range?.[0] ?? 0, alias ? `YAML: the alias *${alias.source} expands too far (more than ${maxAliasCount} aliased nodes); the document is not read` : `YAML: ${(e as Error).message}`);
  }
}

/** `a.yaml`, `schemas/b.json#/X`: a path relative to the document, without a scheme. */
function isRelativeRef(ref: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('/') && !ref.startsWith('\\') && !isAbsolute(ref);
}

/**
 * Takes every `$ref` the importer will not follow out of the document (the schema around it is
 * then read as any) and says so in the notes; returns how many references to other files are
 * left to follow. Iterative, so a deeply nested document cannot
 * overflow the stack.
 */
function refuseForeignRefs(api: Schema, path: string, allowRelative: boolean, notes: ImportNote[]): number {
  let kept = 0;
  const folder = dirname(resolve(path));
  const stack: [unknown, string][] = [[api, '#']];
  while (stack.length) {
    const [node, pointer] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push([item, `${pointer}/${i}`]));
      continue;
    }
    const object = node as Schema;
    const ref = object.$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      const file = ref.split('#')[0]!;
      const inside = isRelativeRef(ref) && (resolve(folder, file) === folder || resolve(folder, file).startsWith(folder + sep));
      if (allowRelative && inside) kept++;
      else {
        delete object.$ref;
        const why = !isRelativeRef(ref)
          ? 'only references inside the document are followed, never absolute paths or URLs'
          : !inside
            ? 'it leads out of the document\'s folder'
            : 'references to other files are followed only with --allow-relative-refs';
        notes.push({ severity: 'warning', message: `refused the reference ${JSON.stringify(ref)} at ${pointer}: ${why}; read as any` });
      }
    }
    for (const [key, value] of Object.entries(object)) if (value && typeof value === 'object') stack.push([value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`]);
  }
  return kept;
}

/**
 * The file resolver for `--allow-relative-refs`: a file in the document's folder (links resolved
 * first), under the same size and encoding rules as the document; anything else fails the import.
 */
function relativeFileResolver(folder: string, limits: Pick<Limits, 'maxInputBytes' | 'maxAliasCount'>, refusals: string[]) {
  const refuse = (message: string): never => {
    refusals.push(message);
    throw new Error(message);
  };
  return {
    order: 1,
    canRead: true,
    async read(file: { url: string }): Promise<string> {
      let path: string;
      try {
        path = file.url.startsWith('file:') ? fileURLToPath(file.url) : file.url;
      } catch {
        return refuse(`refused ${file.url}: not a file in the document's folder`);
      }
      let real: string;
      try {
        real = await realpath(path);
      } catch {
        return refuse(`${path}: no such file`);
      }
      if (!real.startsWith(folder + sep)) return refuse(`refused ${path}: it is outside the document's folder ${folder} (through a link)`);
      const read = await readTextFile(real, limits.maxInputBytes, '--max-input-size');
      if (read.problem) return refuse(`${path}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
      // Parsed here with the alias limit, and handed over as JSON, which the parser reads without aliases.
      try {
        return JSON.stringify(parseDataText(read.text, path, limits.maxAliasCount));
      } catch (e) {
        return refuse((e as Error).message);
      }
    },
  };
}

class OpenApiReader {
  private readonly notes: ImportNote[] = [];
  private readonly model: Model;
  private readonly schemas: Record<string, Schema>;
  private readonly source: SourceRef;
  /** Components read into actions, segments or events rather than named types. */
  private readonly consumed = new Set<string>(['Envelope', 'SendSegment', 'ReceiveSegment', 'Event']);

  constructor(
    private readonly api: Schema,
    options: DraftOptions,
  ) {
    const info = (api.info ?? {}) as Schema;
    const title = splitTitle(String(info.title ?? ''));
    this.model = draftModel(options, title.en ?? title.zh ?? '');
    this.model.protocol = { ...this.model.protocol, version: String(info.version ?? '0'), title };
    this.schemas = (((api.components as Schema | undefined)?.schemas ?? {}) as Record<string, Schema>);
    this.source = { file: options.file, line: 1, column: 1 };
  }

  read(): ImportResult<Model> {
    this.readImplementations();
    this.readCategories();
    const envelope = this.schemas.Envelope;
    if (envelope) this.model.envelope = { fields: this.fields(envelope).map((f) => (f.name === 'data' ? { ...f, type: { kind: 'primitive', name: 'any' } } : f)) };
    for (const [path, item] of Object.entries((this.api.paths ?? {}) as Record<string, Schema>)) {
      for (const method of METHODS) {
        const operation = item[method] as Schema | undefined;
        if (operation) this.readAction(path, operation);
      }
    }
    this.readSegments();
    this.readEvents();
    for (const [name, schema] of Object.entries(this.schemas)) {
      if (this.consumed.has(name)) continue;
      const description = text(schema.description);
      this.model.types.push({
        name,
        type: this.type(schema, false),
        ...(description ? { description } : {}),
        ...(schema.deprecated ? { deprecated: {} } : {}),
        source: this.source,
      });
    }
    this.breakCycles();
    this.model.types.sort((a, b) => cmp(a.name, b.name));
    this.model.actions.sort((a, b) => cmp(a.name, b.name));
    this.model.segments.sort((a, b) => cmp(a.type, b.type));
    const key = (e: Event) => e.discriminators.map((d) => `${d.key}=${d.value}`).join('|');
    this.model.events.sort((a, b) => cmp(key(a), key(b)) || cmp(a.id, b.id));
    return { model: this.model, notes: this.notes };
  }

  /**
   * Components that are only references to each other (`A: {$ref: B}`, `B: {$ref: A}`) describe
   * no value, and the spec refuses them: the first of each cycle is read as any, and noted.
   */
  private breakCycles(): void {
    for (const path of aliasCycles(this.model.types)) {
      const type = this.model.types.find((t) => t.name === path[0])!;
      type.type = { kind: 'primitive', name: 'any' };
      const what = path.length === 2 ? `schema '${path[0]}' is a reference to itself` : `schemas ${path.slice(0, -1).map((n) => `'${n}'`).join(', ')} are references to each other (${path.join(' → ')})`;
      this.notes.push({ severity: 'warning', message: `${what}, which describes no value; '${path[0]}' is read as any` });
    }
  }

  private readImplementations(): void {
    const ids: string[] = [];
    for (const item of Object.values((this.api.paths ?? {}) as Record<string, Schema>)) {
      for (const method of METHODS) {
        const support = (item[method] as Schema | undefined)?.['x-onebot-support'] as Record<string, string> | undefined;
        for (const id of Object.keys(support ?? {})) if (!ids.includes(id)) ids.push(id);
      }
    }
    if (!ids.length) return; // the draft already has the implementation given on the command line
    // What each implementation was verified against, as this project's documents publish it.
    const verified = ((this.api.info as Schema | undefined)?.['x-onebot-verified'] ?? {}) as Record<string, Verification | undefined>;
    this.model.implementations = ids.map((id) => {
      const v = verified[id];
      const valid = v && typeof v.repository === 'string' && typeof v.commit === 'string' && typeof v.date === 'string';
      return { id, title: { en: id }, ...(valid ? { verified: { repository: v.repository, commit: v.commit, date: v.date, ...(typeof v.branch === 'string' ? { branch: v.branch } : {}) } } : {}) };
    });
    this.model.origins = ids.map((id) => ({ id, title: { en: id }, implementation: true }));
  }

  private readCategories(): void {
    for (const tag of (this.api.tags ?? []) as Schema[]) {
      this.model.categories.push({ id: String(tag.name), title: splitTitle(String(tag.description ?? tag.name)), order: this.model.categories.length });
    }
  }

  private readAction(path: string, operation: Schema): void {
    const name = path.replace(/^\//, '');
    // This project's emitter gives each action a …Params and a …Result component; they are part of the action.
    for (const component of [actionParamsName({ name }), actionResultName({ name })]) if (this.schemas[component]) this.consumed.add(component);
    const tag = ((operation.tags as string[] | undefined) ?? [])[0];
    const category = tag ?? defaultCategory(this.model.categories);
    if (!this.model.categories.some((c) => c.id === category)) {
      this.model.categories.push({ id: category, title: { zh: category }, order: this.model.categories.length });
    }
    const origin = String(operation['x-onebot-origin'] ?? this.model.implementations[0]!.id);
    if (!this.model.origins.some((o) => o.id === origin)) this.model.origins.push({ id: origin, title: { en: origin }, implementation: false });
    const supportMap = (operation['x-onebot-support'] ?? {}) as Record<string, string>;
    const support: Support[] = this.model.implementations.map((impl) => {
      const status = supportMap[impl.id];
      return {
        implementation: impl.id,
        status: status === 'supported' || status === 'unsupported' ? status : supportMap[impl.id] === undefined && impl.id === origin ? 'supported' : 'unknown',
        addedFields: [],
        removedFields: [],
      };
    });
    const aliases: Alias[] = ((operation['x-onebot-aliases'] ?? []) as string[]).map((a) => ({ name: a }));
    const description = text(stripSupport(String(operation.description ?? '')));
    const action: Action = {
      name,
      title: splitTitle(String(operation.summary ?? name)),
      ...(description ? { description } : {}),
      category,
      origin,
      params: this.params(operation, name),
      result: this.result(operation, name),
      variants: [],
      ...(operation.deprecated ? { deprecated: {} } : {}),
      aliases,
      support,
      examples: [],
      source: this.source,
    };
    this.model.actions.push(action);
  }

  private params(operation: Schema, name: string): Field[] {
    const out: Field[] = [];
    for (const p of (operation.parameters ?? []) as Schema[]) {
      if (p.in === 'query' && p.name !== 'access_token') out.push(field(String(p.name), this.type((p.schema ?? {}) as Schema), p.required === true, this.source));
    }
    const schema = (((operation.requestBody as Schema | undefined)?.content as Schema | undefined)?.['application/json'] as Schema | undefined)?.schema as Schema | undefined;
    if (!schema) return out;
    const body = this.inline(schema, actionParamsName({ name }));
    if (body.type !== 'object' && !body.properties) {
      this.notes.push({ severity: 'warning', message: `the request body of '${name}' is not an object; its parameters are not imported` });
      return out;
    }
    return [...out, ...this.fields(body)];
  }

  private result(operation: Schema, name: string): TypeNode | null {
    const ok = ((operation.responses ?? {}) as Record<string, Schema>)['200'];
    const schema = ((ok?.content as Schema | undefined)?.['application/json'] as Schema | undefined)?.schema as Schema | undefined;
    if (!schema) return null;
    let data: Schema | undefined;
    for (const part of [schema, ...((schema.allOf ?? []) as Schema[])]) {
      const resolved = part.$ref ? this.schemas[refName(part.$ref as string)] : part;
      const d = (resolved?.properties as Record<string, Schema> | undefined)?.data;
      if (d && !(part.$ref && refName(part.$ref as string) === 'Envelope')) data = d;
    }
    if (!data) {
      this.notes.push({ severity: 'warning', message: `the response of '${name}' has no \`data\` property; its result is read as any` });
      return { kind: 'primitive', name: 'any' };
    }
    const resolved = this.inline(data, actionResultName({ name }));
    if (resolved.type === 'null' && !resolved.anyOf) return null;
    return this.type(resolved);
  }

  /** Follows a `$ref` to the action's own component (`GetFooParams`, `GetFooResult`), which is part of the action. */
  private inline(schema: Schema, own: string): Schema {
    if (typeof schema.$ref !== 'string' || refName(schema.$ref) !== own || !this.schemas[own]) return schema;
    return this.schemas[own]!;
  }

  private fields(schema: Schema): Field[] {
    const required = new Set((schema.required ?? []) as string[]);
    return Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([name, s]) => {
      const description = text(s.description);
      return field(name, this.type(s, false), required.has(name) && !('default' in s), this.source, {
        ...('default' in s ? { default: s.default, hasDefault: true } : {}),
        ...(description ? { description } : {}),
        ...(s.deprecated ? { deprecated: {} } : {}),
      });
    });
  }

  /** A schema as a model type; `meta` keeps its description on the type (not on fields, which carry their own). */
  private type(schema: Schema, meta = true): TypeNode {
    const node = this.bare(schema);
    if (meta) {
      const description = text(schema.description);
      if (description && node.kind !== 'ref') node.description = description;
    }
    return node;
  }

  private bare(s: Schema): TypeNode {
    if (typeof s.$ref === 'string') {
      if (!s.$ref.startsWith(REF)) {
        this.notes.push({ severity: 'warning', message: `reference ${s.$ref} is not to a component schema; read as any` });
        return { kind: 'primitive', name: 'any' };
      }
      return { kind: 'ref', name: refName(s.$ref) };
    }
    const variants = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    let node: TypeNode;
    if (variants) node = { kind: 'union', variants: variants.map((v) => this.type(v, false)) };
    else if (s.allOf) node = this.allOf(s.allOf as Schema[]);
    else if ('const' in s) node = { kind: 'literal', value: s.const as string | number | boolean };
    else if (Array.isArray(s.enum)) {
      const base = s.type === 'integer' ? (s.format === 'int32' ? 'int32' : 'int64') : 'string';
      const values = (s.enum as (string | number | null)[]).filter((v): v is string | number => v !== null);
      node = { kind: 'enum', base, values: values.map((v) => ({ value: v, name: typeof v === 'string' ? v : `value_${String(v).replace('-', 'minus_')}` })) };
    } else if (Array.isArray(s.type)) {
      node = { kind: 'union', variants: (s.type as string[]).map((t) => this.bare({ ...s, type: t })) };
    } else {
      switch (s.type) {
        case 'integer':
          node = { kind: 'primitive', name: s.format === 'int32' ? 'int32' : 'int64' };
          break;
        case 'number':
        case 'string':
        case 'boolean':
        case 'null':
          node = { kind: 'primitive', name: s.type };
          break;
        case 'array':
          node = { kind: 'array', items: s.items ? this.type(s.items as Schema, false) : { kind: 'primitive', name: 'any' } };
          break;
        case 'object':
        case undefined: {
          if (s.type === undefined && !s.properties && !s.additionalProperties) {
            node = { kind: 'primitive', name: 'any' };
            break;
          }
          const additional = s.additionalProperties;
          const values = additional === true ? ({ kind: 'primitive', name: 'any' } as TypeNode) : additional && typeof additional === 'object' ? this.type(additional as Schema, false) : undefined;
          node = !s.properties && values ? { kind: 'map', values } : { kind: 'object', fields: this.fields(s), ...(values ? { additional: values } : {}) };
          break;
        }
        default:
          this.notes.push({ severity: 'warning', message: `unknown schema type ${JSON.stringify(s.type)}; read as any` });
          node = { kind: 'primitive', name: 'any' };
      }
    }
    // OpenAPI 3.0's way of saying `| null`.
    if (s.nullable === true) node = { kind: 'union', variants: [node, { kind: 'primitive', name: 'null' }] };
    if (s.deprecated === true && node.kind !== 'ref') node.deprecated = {};
    return node;
  }

  /** `allOf` of objects is one object with every part's fields; anything else keeps the first part. */
  private allOf(parts: Schema[]): TypeNode {
    const resolved = parts.map((p) => (typeof p.$ref === 'string' ? this.schemas[refName(p.$ref)] : p));
    if (resolved.every((p) => p && (p.type === 'object' || p.properties))) {
      return { kind: 'object', fields: resolved.flatMap((p) => this.fields(p!)) };
    }
    this.notes.push({ severity: 'warning', message: 'an allOf of non-objects is read as its first part' });
    return this.type(parts[0] ?? {}, false);
  }

  // ---- segments and events, as this project emits them -----------------------------------

  private readSegments(): void {
    const mapping = (name: string) => (((this.schemas[name]?.discriminator as Schema | undefined)?.mapping ?? {}) as Record<string, string>);
    const send = mapping('SendSegment');
    const receive = mapping('ReceiveSegment');
    for (const type of [...new Set([...Object.keys(send), ...Object.keys(receive)])]) {
      const shapes = [send[type], receive[type]].map((r) => (r ? refName(r) : undefined));
      for (const s of shapes) if (s) this.consumed.add(s);
      const fieldsOf = (name: string | undefined) => (name ? this.fields((((this.schemas[name]?.properties ?? {}) as Record<string, Schema>).data ?? {}) as Schema) : []);
      const sendFields = fieldsOf(shapes[0]);
      const receiveFields = fieldsOf(shapes[1]);
      const split = shapes[0] && shapes[1] && shapes[0] !== shapes[1];
      const fields = split ? mergeDirections(sendFields, receiveFields) : shapes[0] ? sendFields : receiveFields;
      const segment: Segment = {
        type,
        title: { zh: type },
        origin: this.model.implementations[0]!.id,
        direction: shapes[0] && shapes[1] ? 'both' : shapes[0] ? 'send' : 'receive',
        fields,
        support: [],
        examples: [],
        source: this.source,
      };
      this.model.segments.push(segment);
    }
  }

  private readEvents(): void {
    const members = ((this.schemas.Event?.oneOf ?? []) as Schema[]).map((r) => refName(String(r.$ref)));
    const memberSet = new Set(members);
    const postTypes = new Map<string, string>();
    for (const name of members) {
      const schema = this.schemas[name];
      if (!schema) continue;
      this.consumed.add(name);
      const all = this.fields(schema);
      const first = all.findIndex((f) => f.type.kind === 'literal');
      if (first < 0) {
        this.notes.push({ severity: 'warning', message: `event schema '${name}' has no constant discriminator; skipped` });
        continue;
      }
      let last = first;
      while (all[last + 1]?.type.kind === 'literal') last++;
      if (!this.model.eventBase.fields.length) this.model.eventBase.fields = all.slice(0, first);
      const discriminators = all.slice(first, last + 1).map((f) => ({ key: f.name, value: String((f.type as { value: unknown }).value) }));
      if (discriminators[1] && !postTypes.has(discriminators[0]!.value)) postTypes.set(discriminators[0]!.value, discriminators[1].key);
      const event: Event = {
        id: snakeCase(name.replace(/Event$/, '')),
        typeName: name,
        title: { zh: name },
        origin: this.model.implementations[0]!.id,
        discriminators,
        fields: all.slice(last + 1),
        quickOperation: [],
        support: [],
        examples: [],
        source: this.source,
      };
      this.model.events.push(event);
    }
    this.model.eventBase.postTypes = [...postTypes].map(([value, discriminator]) => ({ value, discriminator }));
    // The per-post_type unions (`MessageEvent = oneOf[...]`) are derived from the events.
    for (const [name, schema] of Object.entries(this.schemas)) {
      const refs = ((schema.oneOf ?? []) as Schema[]).map((r) => (typeof r.$ref === 'string' ? refName(r.$ref) : ''));
      if (refs.length && refs.every((r) => memberSet.has(r))) this.consumed.add(name);
    }
  }
}

/**
 * One field list from a segment's send and receive shapes, in the spec's order: each field only
 * received goes right after the field it follows in the receive shape.
 */
function mergeDirections(send: Field[], receive: Field[]): Field[] {
  const out: Field[] = send.map((f) => ({ ...f, direction: receive.some((g) => g.name === f.name) ? 'both' : 'send' }));
  receive.forEach((g, i) => {
    if (send.some((f) => f.name === g.name)) return;
    const previous = receive[i - 1]?.name;
    const at = previous === undefined ? 0 : out.findIndex((f) => f.name === previous) + 1;
    out.splice(at, 0, { ...g, direction: 'receive' });
  });
  return out;
}

function refName(ref: string): string {
  return decodeURIComponent(ref.slice(ref.lastIndexOf('/') + 1));
}

/** `中文 / English` (how this project's emitter writes titles) back into both languages. */
function splitTitle(title: string): Text {
  const parts = title.split(' / ');
  if (parts.length === 2 && /[\u4e00-\u9fff]/.test(parts[0]!) && !/[\u4e00-\u9fff]/.test(parts[1]!)) return { zh: parts[0]!.trim(), en: parts[1]!.trim() };
  return /[\u4e00-\u9fff]/.test(title) ? { zh: title } : { en: title };
}

/** The emitter appends a support list to descriptions; the model has it as `support` already. */
function stripSupport(description: string): string {
  // indexOf, not `/\n*\*\*Support…/`: that regex retries every run of newlines, quadratic on a long one.
  const at = description.indexOf('**Support**\n');
  return (at < 0 ? description : description.slice(0, at)).trim();
}

function text(value: unknown): Text | undefined {
  return typeof value === 'string' && value.trim() ? { zh: value.trim() } : undefined;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

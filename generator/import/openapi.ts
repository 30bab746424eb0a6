/**
 * OpenAPI 3.0 / 3.1 → the model. One `POST /{action}` operation is one action (OneBot's HTTP
 * API); its request body's properties are the parameters and the `data` of its response is the
 * result. Documents this project emits (generator/emit/openapi) carry more, and it is read back
 * by the conventions both sides share (model/openapi-conventions.ts): `x-onebot-*` extensions,
 * the segment unions with their discriminator mapping, and the `Event` union whose members give
 * their discriminators as `const` properties.
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
import { DEFAULT_LIMITS, formatSize, type Limits } from '../load/limits.js';
import { readTextFile } from '../load/read-text.js';
import { expandingAlias } from '../load/spec-file.js';
import { actionParamsName, actionResultName } from '../model/naming.js';
import { describeProblems, ValueChecker, type ValueProblem } from '../model/check-value.js';
import { narrowModel } from '../model/profile.js';
import { discriminatorKey } from '../model/queries.js';
import {
  APIFOX,
  COMPONENTS,
  EXTENSION,
  exampleImplementation,
  exampleNumber,
  exampleTitle,
  NO_DATA_EXAMPLE,
  NO_PARAMS_EXAMPLE,
  readOperationDescription,
  SCHEMA_REF,
  SEGMENT_UNIONS,
  tagTitle,
} from '../model/openapi-conventions.js';
import { pick, splitBilingual, splitTitleLine } from '../model/text.js';
import { aliasCycles } from '../model/type-cycles.js';
import type { Action, Alias, Event, Example, Field, Model, Segment, SourceRef, Support, Text, TypeNode, Verification } from '../model/types.js';
import { CONVERTS_PARAMETERS, type Coverage } from '../diff/coverage.js';
import { CategoryMapper } from './category-map.js';
import { defaultCategory, draftModel, field, snakeCase, type DraftOptions } from './draft-model.js';
import { ImportError, type ImportNote, type ImportResult } from './notes.js';

type Schema = Record<string, unknown>;

const METHODS = ['post', 'get', 'put', 'delete', 'patch'] as const;

export interface OpenApiOptions extends DraftOptions {
  /** Follow relative `$ref`s to files in the document's folder (never absolute paths or URLs). */
  allowRelativeRefs?: boolean;
  limits?: Pick<Limits, 'maxInputBytes' | 'maxAliasCount'>;
  /** Tag → category id, over the default map (category-map.ts); `categoryMapFile` is where it came from. */
  categoryMap?: Record<string, string>;
  categoryMapFile?: string;
}

/** The model, the notes, and what the document can describe (for the diff: see diff/coverage.ts). */
export type OpenApiImport = ImportResult<Model> & { coverage: Coverage };

export async function importOpenApi(path: string, options: OpenApiOptions): Promise<OpenApiImport> {
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
  return { model: result.model, notes: [...notes, ...result.notes], coverage: documentCoverage(api, options.implementation) };
}

/**
 * What an OpenAPI document can describe. Every document lists actions (its operations). Segments,
 * events, aliases and support per implementation it carries only as this project's documents do:
 * the segment unions, the `Event` union, `x-onebot-aliases` and `x-onebot-support` (on operations
 * only). A document of someone else's also says nothing with a schema that has no type (read as
 * any), and if it never writes `integer`, it does not tell integers from other numbers. The
 * implementation it describes may convert parameters whatever the document declares.
 */
export function documentCoverage(api: Schema, implementation: string): Coverage {
  const schemas = ((api.components as Schema | undefined)?.schemas ?? {}) as Record<string, Schema>;
  const operations = Object.values((api.paths ?? {}) as Record<string, Schema>).flatMap((item) =>
    METHODS.map((m) => item[m] as Schema | undefined).filter((o): o is Schema => !!o),
  );
  const ours = operations.some((o) => o[EXTENSION.support] !== undefined);
  const segments = SEGMENT_UNIONS.some((name) => (schemas[name]?.discriminator as Schema | undefined)?.mapping !== undefined);
  return {
    actions: true,
    segments,
    events: Array.isArray(schemas[COMPONENTS.event]?.oneOf),
    aliases: ours,
    integerWidths: ours || JSON.stringify(api).includes('"integer"'),
    convertsParameters: !ours && CONVERTS_PARAMETERS.has(implementation),
    undeclared: new Set(),
    untyped: new Set(),
    anyIsUntyped: !ours,
    support: ours ? ['action'] : [],
  };
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
    throw located(
      alias?.range?.[0] ?? 0,
      alias
        ? `YAML: the alias *${alias.source} expands too far (more than ${maxAliasCount} aliased nodes); the document is not read`
        : `YAML: ${(e as Error).message}`,
    );
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
            ? "it leads out of the document's folder"
            : 'references to other files are followed only with --allow-relative-refs';
        notes.push({ severity: 'warning', message: `refused the reference ${JSON.stringify(ref)} at ${pointer}: ${why}; read as any` });
      }
    }
    for (const [key, value] of Object.entries(object))
      if (value && typeof value === 'object') stack.push([value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`]);
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
  private readonly consumed = new Set<string>(Object.values(COMPONENTS));
  private readonly categories: CategoryMapper;
  /** Each tag's title, from the document's `tags` list. */
  private readonly tagTitles = new Map<string, Text>();
  /** Failure response examples, which are not action examples: `'Error_1400' (retcode 1400)` → the actions that have it. */
  private readonly failureExamples = new Map<string, string[]>();
  /** OpenAPI 3.0 says `const` as a one-value enum and `null` as `nullable`. */
  private readonly v30: boolean;

  constructor(
    private readonly api: Schema,
    options: OpenApiOptions,
  ) {
    const info = (api.info ?? {}) as Schema;
    const title = splitTitleLine(String(info.title ?? ''));
    this.model = draftModel(options, title.en ?? title.zh ?? '');
    this.categories = new CategoryMapper(this.model.categories, options.categoryMap, options.categoryMapFile);
    this.v30 = String(api.openapi).startsWith('3.0.');
    this.model.protocol = { ...this.model.protocol, version: String(info.version ?? '0'), title };
    this.schemas = ((api.components as Schema | undefined)?.schemas ?? {}) as Record<string, Schema>;
    this.source = { file: options.file, line: 1, column: 1 };
  }

  read(): ImportResult<Model> {
    this.readImplementations();
    this.readCategories();
    const envelope = this.schemas[COMPONENTS.envelope];
    if (envelope)
      this.model.envelope = { fields: this.fields(envelope).map((f) => (f.name === 'data' ? { ...f, type: { kind: 'primitive', name: 'any' } } : f)) };
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
      const description = splitBilingual(schema.description);
      this.model.types.push({
        name,
        type: this.type(schema, false),
        ...(description ? { description } : {}),
        ...(schema.deprecated ? { deprecated: {} } : {}),
        source: this.source,
      });
    }
    this.breakCycles();
    this.checkExamples();
    const actionCount = this.model.actions.length;
    for (const [failure, actions] of this.failureExamples) {
      const others = this.model.actions.map((a) => a.name).filter((n) => !actions.includes(n));
      const which =
        actions.length === actionCount
          ? `every action (${actionCount})`
          : actions.length > actionCount / 2
            ? `${actions.length} of the ${actionCount} actions (all but ${others.join(', ')})`
            : `${actions.length} action(s) (${actions.join(', ')})`;
      this.notes.push({
        severity: 'info',
        message: `the failure response example ${failure} of ${which} is not imported: an action's examples in the spec are successful calls`,
      });
    }
    this.notes.push(...this.categories.notes());
    this.model.types.sort((a, b) => cmp(a.name, b.name));
    this.model.actions.sort((a, b) => cmp(a.name, b.name));
    this.model.segments.sort((a, b) => cmp(a.type, b.type));
    this.model.events.sort((a, b) => cmp(discriminatorKey(a), discriminatorKey(b)) || cmp(a.id, b.id));
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
      const what =
        path.length === 2
          ? `schema '${path[0]}' is a reference to itself`
          : `schemas ${path
              .slice(0, -1)
              .map((n) => `'${n}'`)
              .join(', ')} are references to each other (${path.join(' → ')})`;
      this.notes.push({ severity: 'warning', message: `${what}, which describes no value; '${path[0]}' is read as any` });
    }
  }

  private readImplementations(): void {
    const ids: string[] = [];
    for (const item of Object.values((this.api.paths ?? {}) as Record<string, Schema>)) {
      for (const method of METHODS) {
        const support = (item[method] as Schema | undefined)?.[EXTENSION.support] as Record<string, string> | undefined;
        for (const id of Object.keys(support ?? {})) if (!ids.includes(id)) ids.push(id);
      }
    }
    if (!ids.length) return; // the draft already has the implementation given on the command line
    // What each implementation was verified against, as this project's documents publish it.
    const verified = ((this.api.info as Schema | undefined)?.[EXTENSION.verified] ?? {}) as Record<string, Verification | undefined>;
    this.model.implementations = ids.map((id) => {
      const v = verified[id];
      const valid = v && typeof v.repository === 'string' && typeof v.commit === 'string' && typeof v.date === 'string';
      return {
        id,
        title: { en: id },
        ...(valid
          ? { verified: { repository: v.repository, commit: v.commit, date: v.date, ...(typeof v.branch === 'string' ? { branch: v.branch } : {}) } }
          : {}),
      };
    });
    this.model.origins = ids.map((id) => ({ id, title: { en: id }, implementation: true }));
  }

  /** The document's tags, in its order; each becomes (or maps to) a category when an action uses it. */
  private readCategories(): void {
    for (const tag of (this.api.tags ?? []) as Schema[]) this.tagTitles.set(String(tag.name), splitTitleLine(tagTitle(tag)));
    for (const tag of this.tagTitles.keys()) if (this.usedTags().has(tag)) this.categories.categoryOf(tag, this.tagTitles.get(tag));
  }

  private usedTags(): Set<string> {
    const used = new Set<string>();
    for (const item of Object.values((this.api.paths ?? {}) as Record<string, Schema>)) {
      for (const method of METHODS) {
        const tag = (((item[method] as Schema | undefined)?.tags as string[] | undefined) ?? [])[0];
        if (tag !== undefined) used.add(String(tag));
      }
    }
    return used;
  }

  private readAction(path: string, operation: Schema): void {
    const name = path.replace(/^\//, '');
    // This project's emitter gives each action a …Params and a …Result component; they are part of the action.
    for (const component of [actionParamsName({ name }), actionResultName({ name })]) if (this.schemas[component]) this.consumed.add(component);
    const tag = ((operation.tags as string[] | undefined) ?? [])[0];
    const category = tag === undefined ? defaultCategory(this.model.categories) : this.categories.categoryOf(String(tag), this.tagTitles.get(String(tag)));
    const origin = String(operation[EXTENSION.origin] ?? this.model.implementations[0]!.id);
    if (!this.model.origins.some((o) => o.id === origin)) this.model.origins.push({ id: origin, title: { en: origin }, implementation: false });
    const supportMap = (operation[EXTENSION.support] ?? {}) as Record<string, string>;
    const support: Support[] = this.model.implementations.map((impl) => {
      const status = supportMap[impl.id];
      return {
        implementation: impl.id,
        status: status === 'supported' || status === 'unsupported' ? status : supportMap[impl.id] === undefined && impl.id === origin ? 'supported' : 'unknown',
        addedFields: [],
        removedFields: [],
      };
    });
    const aliases: Alias[] = ((operation[EXTENSION.aliases] ?? []) as string[]).map((a) => ({ name: a }));
    const { description, reason } = readOperationDescription(String(operation.description ?? ''), !!operation.deprecated);
    const action: Action = {
      name,
      title: splitTitleLine(String(operation.summary ?? name)),
      ...(description ? { description } : {}),
      category,
      origin,
      params: this.params(operation, name),
      result: this.result(operation, name),
      variants: [],
      ...(operation.deprecated ? { deprecated: reason ? { reason } : {} } : {}),
      aliases,
      support,
      examples: this.examples(operation, name),
      source: this.source,
    };
    this.model.actions.push(action);
  }

  /**
   * The operation's request and (successful) response examples as the action's examples: a
   * request and a response example under the same key are one example, and so are the only
   * request and the only response example left. A failure response is not an example of the
   * action (the spec's examples are successful calls), and is noted; so is every other example
   * left out. This project's own documents add an `empty` request and an `ok` response example
   * to actions that have none; they are not read back.
   */
  private examples(operation: Schema, name: string): Example[] {
    const ours = operation[EXTENSION.support] !== undefined;
    const ids = new Set(this.model.implementations.map((i) => i.id));
    const media = (content: unknown) => ((content as Schema | undefined)?.['application/json'] as Schema | undefined) ?? {};
    const request = media((operation.requestBody as Schema | undefined)?.content);
    const ok = media(((operation.responses ?? {}) as Record<string, Schema>)['200']?.content);
    const requests = this.namedExamples(request);
    const responses = this.namedExamples(ok);
    if (ours) {
      if (requests.get(NO_PARAMS_EXAMPLE.key)?.summary === NO_PARAMS_EXAMPLE.summary) requests.delete(NO_PARAMS_EXAMPLE.key);
      if (responses.get(NO_DATA_EXAMPLE.key)?.summary === NO_DATA_EXAMPLE.summary) responses.delete(NO_DATA_EXAMPLE.key);
    }
    const dropped: string[] = [];
    const results = new Map<string, { summary?: string; result: unknown }>();
    for (const [key, example] of responses) {
      const value = example.value as Schema;
      const envelope = value !== null && typeof value === 'object' && !Array.isArray(value) && ('retcode' in value || 'status' in value);
      if (envelope && (value.status === 'failed' || (typeof value.retcode === 'number' && value.retcode !== 0 && value.retcode !== 1))) {
        const failure = `'${key}' (retcode ${String(value.retcode)})`;
        this.failureExamples.set(failure, [...(this.failureExamples.get(failure) ?? []), name]);
        continue;
      }
      if (envelope && !('data' in value)) {
        dropped.push(`response '${key}' (an envelope without \`data\`)`);
        continue;
      }
      results.set(key, { ...(example.summary !== undefined ? { summary: example.summary } : {}), result: envelope ? value.data : value });
    }
    const out: { order: number; example: Example }[] = [];
    const titled = (summary: string | undefined, implementation: string | undefined) => {
      const t = ours ? exampleTitle(summary, implementation) : summary?.trim();
      return t ? { title: splitTitleLine(t) } : {};
    };
    const implementationOf = (key: string) => (ours ? exampleImplementation(key, ids) : undefined);
    const orderOf = (key: string) => exampleNumber(key) ?? out.length + 1000;
    const add = (key: string, params: unknown, result: { summary?: string; result: unknown } | undefined, summary: string | undefined) => {
      if (params !== undefined && (params === null || typeof params !== 'object' || Array.isArray(params))) {
        dropped.push(`request '${key}' (its value is not an object of parameters)`);
        params = undefined;
      }
      if (params === undefined && !result) return;
      const implementation = implementationOf(key);
      out.push({
        order: orderOf(key),
        example: {
          ...titled(summary ?? result?.summary, implementation),
          ...(implementation ? { implementation } : {}),
          ...(params !== undefined ? { params: params as Record<string, unknown> } : {}),
          ...(result ? { result: result.result } : {}),
          source: this.source,
        },
      });
    };
    for (const [key, example] of requests) {
      const result = results.get(key);
      results.delete(key);
      // A foreign document names its one request and one response example differently (`Default`, `Success`).
      const only = !ours && !result && requests.size === 1 && results.size === 1 ? [...results][0] : undefined;
      if (only) results.delete(only[0]);
      add(key, example.value, result ?? only?.[1], example.summary);
    }
    for (const [key, result] of results) add(key, undefined, result, undefined);
    const variants = operation[EXTENSION.variantExamples] as Record<string, Schema> | undefined;
    if (variants && Object.keys(variants).length) {
      dropped.push(
        `${Object.keys(variants).length} implementation example(s) in ${EXTENSION.variantExamples} (${Object.keys(variants).join(', ')}): the draft has no implementation variants to check them against`,
      );
    }
    if (dropped.length) this.notes.push({ severity: 'warning', message: `examples of '${name}' not imported: ${dropped.join('; ')}` });
    return out.sort((a, b) => a.order - b.order).map((x) => x.example);
  }

  private fitsProfile(action: Action, example: Example): boolean {
    const narrowed = narrowModel(this.model, example.implementation!);
    const shaped = narrowed.actions.find((a) => a.name === action.name);
    if (!shaped) return false;
    const checker = new ValueChecker(narrowed);
    const params = example.params === undefined ? [] : checker.object(example.params, shaped.params, undefined);
    const result = example.result === undefined || example.result === null || !shaped.result ? [] : checker.check(example.result, shaped.result);
    return params.length === 0 && result.length === 0;
  }

  /** A media object's examples by name (`examples`, or the single `example`), references to `#/components/examples` followed. */
  private namedExamples(media: Schema): Map<string, { summary?: string; value: unknown }> {
    const out = new Map<string, { summary?: string; value: unknown }>();
    if ('example' in media) out.set('example', { value: media.example });
    for (const [key, raw] of Object.entries((media.examples ?? {}) as Record<string, Schema>)) {
      let example = raw;
      if (typeof raw?.$ref === 'string') {
        const target = raw.$ref.startsWith('#/components/examples/')
          ? ((this.api.components as Schema | undefined)?.examples as Record<string, Schema> | undefined)?.[refName(raw.$ref)]
          : undefined;
        if (!target) {
          this.notes.push({ severity: 'warning', message: `example reference ${raw.$ref} is not to a component example; skipped` });
          continue;
        }
        example = target;
      }
      if (!example || typeof example !== 'object' || !('value' in example)) {
        this.notes.push({ severity: 'warning', message: `example '${key}' has no inline \`value\` (an \`externalValue\` is never fetched); skipped` });
        continue;
      }
      out.set(key, { ...(typeof example.summary === 'string' ? { summary: example.summary } : {}), value: example.value });
    }
    return out;
  }

  /**
   * Keeps only the examples that match their action's types, as the spec requires, and that are
   * within the size the loader takes; each one left out is noted with why.
   */
  private checkExamples(): void {
    const checker = new ValueChecker(this.model);
    for (const action of this.model.actions) {
      action.examples = action.examples.filter((example, i) => {
        const which = `example ${i + 1}${example.title ? ` (${pick(example.title)})` : ''} of '${action.name}'`;
        const size = Buffer.byteLength(JSON.stringify({ p: example.params, r: example.result }) ?? '');
        if (size > DEFAULT_LIMITS.maxExampleBytes) {
          this.notes.push({
            severity: 'warning',
            message: `${which} not imported: it is ${formatSize(size)} as JSON, more than the spec's limit of ${formatSize(DEFAULT_LIMITS.maxExampleBytes)}`,
          });
          return false;
        }
        // The parameters and the result are kept or left out each on its own.
        const paramsProblems = example.params === undefined ? [] : checker.object(example.params, action.params, undefined, 'params');
        const resultProblems =
          example.result === undefined
            ? []
            : action.result
              ? checker.check(example.result, action.result, 'result')
              : example.result === null
                ? []
                : [{ path: 'result', message: 'expected null: the action answers with no data' }];
        const mismatch = (part: string, problems: ValueProblem[]) =>
          this.notes.push({
            severity: 'warning',
            message: `${part} of ${which} not imported: it does not match the document's own schema: ${describeProblems(problems)}`,
          });
        if (paramsProblems.length) {
          mismatch('the params', paramsProblems);
          delete example.params;
        }
        if (resultProblems.length) {
          mismatch('the result', resultProblems);
          delete example.result;
        }
        if (example.params === undefined && example.result === undefined) return false;
        // The loader checks an implementation's example against that implementation's profile,
        // which holds only the segments and events it supports: a document that does not say who
        // supports them (OpenAPI has no place for it) leaves none. Such an example is kept as a general one.
        if (example.implementation && !this.fitsProfile(action, example)) {
          this.notes.push({
            severity: 'info',
            message: `${which} is ${example.implementation}'s; it is kept as a general example, since the document does not say which segments and events ${example.implementation} supports`,
          });
          delete example.implementation;
        }
        return true;
      });
    }
  }

  private params(operation: Schema, name: string): Field[] {
    const out: Field[] = [];
    for (const p of (operation.parameters ?? []) as Schema[]) {
      if (p.in === 'query' && p.name !== 'access_token')
        out.push(field(String(p.name), this.type((p.schema ?? {}) as Schema), p.required === true, this.source));
    }
    const schema = (((operation.requestBody as Schema | undefined)?.content as Schema | undefined)?.['application/json'] as Schema | undefined)?.schema as
      | Schema
      | undefined;
    if (!schema) return out;
    const body = this.inline(schema, actionParamsName({ name }));
    const branches = this.objectBranches(body);
    if (branches) {
      this.notes.push({
        severity: 'info',
        message: `the request body of '${name}' is one of ${branches.length} objects; its parameters are their fields together, each required only where every one requires it`,
      });
      return [...out, ...this.mergedFields(branches)];
    }
    if (body.type !== 'object' && !body.properties) {
      this.notes.push({ severity: 'warning', message: `the request body of '${name}' is not an object; its parameters are not imported` });
      return out;
    }
    return [...out, ...this.fields(body)];
  }

  /** The branches of an `anyOf` / `oneOf` with no properties of its own, when every one is an object (NapCat's `get_mini_app_ark`). */
  private objectBranches(body: Schema): Schema[] | undefined {
    const variants = (body.anyOf ?? body.oneOf) as Schema[] | undefined;
    if (!variants?.length || body.properties) return undefined;
    const objects = variants.map((v) => (typeof v.$ref === 'string' && v.$ref.startsWith(SCHEMA_REF) ? this.schemas[refName(v.$ref)] : v));
    return objects.every((o) => o && (o.type === 'object' || o.properties)) ? (objects as Schema[]) : undefined;
  }

  /**
   * The fields of several objects as one parameter list, in the order first met: a field is required
   * only when every object requires it, and a field whose type differs between them takes each type.
   */
  private mergedFields(objects: Schema[]): Field[] {
    const lists = objects.map((o) => this.fields(o));
    const merged = new Map<string, Field>();
    for (const list of lists) {
      for (const f of list) {
        const seen = merged.get(f.name);
        if (!seen) {
          merged.set(f.name, { ...f, required: f.required && lists.every((l) => l.some((g) => g.name === f.name && g.required)) });
        } else if (JSON.stringify(seen.type) !== JSON.stringify(f.type)) {
          const variants = seen.type.kind === 'union' ? seen.type.variants : [seen.type];
          if (!variants.some((v) => JSON.stringify(v) === JSON.stringify(f.type)))
            merged.set(f.name, { ...seen, type: { kind: 'union', variants: [...variants, f.type] } });
        }
      }
    }
    return [...merged.values()];
  }

  private result(operation: Schema, name: string): TypeNode | null {
    const ok = ((operation.responses ?? {}) as Record<string, Schema>)['200'];
    const schema = ((ok?.content as Schema | undefined)?.['application/json'] as Schema | undefined)?.schema as Schema | undefined;
    if (!schema) return null;
    let data: Schema | undefined;
    for (const part of [schema, ...((schema.allOf ?? []) as Schema[])]) {
      const resolved = part.$ref ? this.schemas[refName(part.$ref as string)] : part;
      const d = (resolved?.properties as Record<string, Schema> | undefined)?.data;
      if (d && !(part.$ref && refName(part.$ref as string) === COMPONENTS.envelope)) data = d;
    }
    if (!data) {
      this.notes.push({ severity: 'warning', message: `the response of '${name}' has no \`data\` property; its result is read as any` });
      return { kind: 'primitive', name: 'any' };
    }
    const resolved = this.inline(data, actionResultName({ name }));
    // Null alone: 3.1's `type: null`, or 3.0's nullable schema whose only value is null.
    if (
      (resolved.type === 'null' && !resolved.anyOf) ||
      (resolved.nullable === true && Array.isArray(resolved.enum) && resolved.enum.length === 1 && resolved.enum[0] === null)
    )
      return null;
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
      const description = splitBilingual(s.description);
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
      const description = splitBilingual(schema.description);
      if (description && node.kind !== 'ref') node.description = description;
    }
    return node;
  }

  private bare(s: Schema): TypeNode {
    if (typeof s.$ref === 'string') {
      if (!s.$ref.startsWith(SCHEMA_REF)) {
        this.notes.push({ severity: 'warning', message: `reference ${s.$ref} is not to a component schema; read as any` });
        return { kind: 'primitive', name: 'any' };
      }
      return { kind: 'ref', name: refName(s.$ref) };
    }
    const variants = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    const enumValues = Array.isArray(s.enum) ? (s.enum as unknown[]) : undefined;
    let node: TypeNode;
    // 3.0's null alone: a nullable schema whose only value is null.
    if (s.nullable === true && enumValues?.length === 1 && enumValues[0] === null) return { kind: 'primitive', name: 'null' };
    if (variants) node = { kind: 'union', variants: variants.map((v) => this.type(v, false)) };
    else if (this.v30 && Array.isArray(s.allOf) && s.allOf.length === 1 && typeof (s.allOf[0] as Schema).$ref === 'string') {
      // 3.0 loses a `$ref`'s siblings (a description, a default), so they go around it in an `allOf`.
      node = this.bare(s.allOf[0] as Schema);
    } else if (s.allOf) node = this.allOf(s.allOf as Schema[]);
    else if ('const' in s) node = { kind: 'literal', value: s.const as string | number | boolean };
    else if (this.v30 && enumValues && !s[APIFOX.enum] && enumValues.filter((v) => v !== null).length === 1) {
      // 3.0 has no `const`: a one-value enum says it (an enum type of this project's documents carries `x-apifox-enum`).
      node = { kind: 'literal', value: enumValues.find((v) => v !== null) as string | number | boolean };
    } else if (Array.isArray(s.enum)) {
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
          // No type, or `type: object` with nothing said of its keys (this project's objects always
          // have `properties`): a value nobody described, as TypeBox's loose objects are written.
          if (!s.properties && s.additionalProperties === undefined && (s.type === undefined || !s.required)) {
            node = { kind: 'primitive', name: 'any' };
            break;
          }
          const additional = s.additionalProperties;
          const values =
            additional === true
              ? ({ kind: 'primitive', name: 'any' } as TypeNode)
              : additional && typeof additional === 'object'
                ? this.type(additional as Schema, false)
                : undefined;
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
    const mapping = (name: string) => ((this.schemas[name]?.discriminator as Schema | undefined)?.mapping ?? {}) as Record<string, string>;
    const send = mapping(COMPONENTS.sendSegment);
    const receive = mapping(COMPONENTS.receiveSegment);
    for (const type of [...new Set([...Object.keys(send), ...Object.keys(receive)])]) {
      const shapes = [send[type], receive[type]].map((r) => (r ? refName(r) : undefined));
      for (const s of shapes) if (s) this.consumed.add(s);
      const fieldsOf = (name: string | undefined) =>
        name ? this.fields((((this.schemas[name]?.properties ?? {}) as Record<string, Schema>).data ?? {}) as Schema) : [];
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
    const members = ((this.schemas[COMPONENTS.event]?.oneOf ?? []) as Schema[]).map((r) => refName(String(r.$ref)));
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

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

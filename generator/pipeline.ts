/**
 * The job in memory: spec → model → every artifact → formatted files. The CLI then compares them
 * with the output folder or writes them (generator/write/writer.ts), so nothing is written unless
 * every step here succeeded.
 */
import { emitDiffRules } from './emit/docs/diff-rules-emitter.js';
import { emitDocs, loadTemplates } from './emit/docs/docs-emitter.js';
import type { EmittedFile } from './emit/emitted-file.js';
import { emitModel } from './emit/model/model-emitter.js';
import { emitOpenApi } from './emit/openapi/openapi-emitter.js';
import { emitSwaggerUi } from './emit/openapi/swagger-ui-emitter.js';
import { emitClient } from './emit/typescript/client-emitter.js';
import { emitEntry } from './emit/typescript/entry-emitter.js';
import { emitSegmentBuilders } from './emit/typescript/segment-builders-emitter.js';
import { createProject, emitTypes } from './emit/typescript/types-emitter.js';
import { loadSpec, type LoadResult } from './load/index.js';
import type { Limits } from './load/limits.js';
import { narrowModel } from './model/profile.js';
import type { Model } from './model/types.js';
import { FORMAT_SALT, formatAll, isFormatted } from './write/format.js';
import { FormatCache } from './write/format-cache.js';
import { withManifest } from './write/writer.js';

export interface GenerateOptions {
  specDir: string;
  templatesDir: string;
  /** The runtime module as the generated client imports it. */
  runtimeModule: string;
  /** Warnings fail the run too. */
  strict: boolean;
  /** Narrow every artifact to one implementation (a profile). */
  implementation?: string;
  /** Input size limits (generator/load/limits.ts); the defaults when omitted. */
  limits?: Limits;
  /** Where to remember formatted output between runs; no cache when omitted. */
  cacheFile?: string;
  /** Called as each stage starts, for progress and timings. */
  onStage?: (stage: Stage) => void;
}

/** The stages of a run, in order; `write` is the CLI's (comparing with or writing the output folder). */
export const STAGES = ['load', 'check', 'emit', 'format', 'write'] as const;
export type Stage = (typeof STAGES)[number];

export interface GenerateResult {
  load: LoadResult;
  /** The model the artifacts were emitted from (narrowed, for a profile). */
  model?: Model;
  /** Every output file, formatted, with the manifest; empty when the spec has errors. */
  files: EmittedFile[];
  /** Set when `implementation` names no implementation of the spec. */
  unknownImplementation?: string[];
}

/**
 * Every artifact of the model, unformatted. Each emitter is a function of the model alone. The
 * whole family's model also gets each implementation's TypeScript SDK, from its profile, in
 * `typescript/<implementation>/` (the package's `onebot-spec/<implementation>` entry points).
 */
export function emitAll(model: Model, options: Pick<GenerateOptions, 'templatesDir' | 'runtimeModule'>): EmittedFile[] {
  const project = createProject();
  const profiles = model.profile === undefined ? model.implementations.map((i) => narrowModel(model, i.id)) : [];
  return [
    ...emitTypes(model, project, { dir: 'typescript' }),
    ...emitClient(model, project, { dir: 'typescript', runtimeModule: options.runtimeModule }),
    ...emitSegmentBuilders(model, { dir: 'typescript' }),
    ...profiles.flatMap((profile) => emitImplementationSdk(profile, `typescript/${profile.profile!}`, deeper(options.runtimeModule))),
    ...emitOpenApi(model, { dir: 'openapi', name: 'onebot11' }),
    ...emitSwaggerUi(model, { dir: 'swagger-ui' }),
    ...emitDocs(model, { dir: 'docs', templatesDir: options.templatesDir }, loadTemplates(options.templatesDir)),
    ...emitDiffRules(model, { dir: 'docs' }),
    ...emitModel(model, { dir: 'model' }),
  ];
}

/** One implementation's TypeScript SDK: its profile's types, client, segment builders and entry point. */
function emitImplementationSdk(profile: Model, dir: string, runtimeModule: string): EmittedFile[] {
  const project = createProject();
  return [
    ...emitTypes(profile, project, { dir, index: false }),
    ...emitClient(profile, project, { dir, runtimeModule }),
    ...emitSegmentBuilders(profile, { dir }),
    ...emitEntry(profile, { dir, runtimeModule }),
  ];
}

/** A relative module specifier as seen from one folder deeper; a package name stays as it is. */
function deeper(module: string): string {
  return module.startsWith('./') ? `.${module}` : module.startsWith('../') ? `../${module}` : module;
}

/** Formats every file, reusing the cached result for any text formatted before. */
async function format(files: EmittedFile[], cache?: FormatCache): Promise<EmittedFile[]> {
  const formatted = new Map<string, EmittedFile>();
  const todo: EmittedFile[] = [];
  for (const file of files) {
    // Files prettier does not touch (JSON, YAML, copied assets) need neither formatting nor caching.
    const hit = isFormatted(file) ? cache?.get(file) : file.content;
    if (hit !== undefined) formatted.set(file.path, { path: file.path, content: hit });
    else todo.push(file);
  }
  (await formatAll(todo)).forEach((file, i) => {
    formatted.set(file.path, file);
    cache?.set(todo[i]!, file.content);
  });
  return files.map((f) => formatted.get(f.path)!);
}

/** Loads the spec and produces every output file in memory; the caller compares or writes them. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  options.onStage?.('load');
  const load = await loadSpec(options.specDir, process.cwd(), options.limits, () => options.onStage?.('check'));
  const errors = load.diagnostics.filter((d) => d.severity === 'error' || options.strict);
  if (!load.model || errors.length) return { load, files: [] };
  let model = load.model;
  if (options.implementation !== undefined) {
    const ids = model.implementations.map((i) => i.id);
    if (!ids.includes(options.implementation)) return { load, files: [], unknownImplementation: ids };
    model = narrowModel(model, options.implementation);
  }
  const cache = options.cacheFile ? await FormatCache.open(options.cacheFile, FORMAT_SALT) : undefined;
  options.onStage?.('emit');
  const emitted = emitAll(model, options);
  options.onStage?.('format');
  const files = withManifest(await format(emitted, cache));
  await cache?.save();
  return { load, model, files };
}

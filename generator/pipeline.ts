/**
 * The job in memory: spec → model → every artifact → formatted files. The CLI then compares them
 * with the output folder or writes them (generator/write/writer.ts), so nothing is written unless
 * every step here succeeded.
 */
import type { EmittedFile } from './emit/emitted-file.js';
import { runEmitters, selectEmitters, type EmitContext } from './emit/registry.js';
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
  /** Run only these emitters (names from emit/registry.ts); every one when omitted. */
  only?: readonly string[];
  /** Called as each stage starts, for progress and timings; `emit` is one stage per emitter (`emit docs`). */
  onStage?: (stage: Stage | `emit ${string}`) => void;
}

/** The stages of a run, in order; `write` is the CLI's (comparing with or writing the output folder). */
export const STAGES = ['load', 'check', 'emit', 'format', 'write'] as const;
export type Stage = (typeof STAGES)[number];

export interface GenerateResult {
  load: LoadResult;
  /** The model the artifacts were emitted from (narrowed, for a profile). */
  model?: Model;
  /** Every output file, formatted, with the manifest (without it for `only`); empty when the spec has errors. */
  files: EmittedFile[];
  /** Set when `implementation` names no implementation of the spec. */
  unknownImplementation?: string[];
}

/** Every artifact of the model (or those of the emitters named), as emitted. Each emitter is a function of the model alone. */
export function emitAll(model: Model, context: EmitContext, only?: readonly string[], onEmitter?: (name: string) => void): EmittedFile[] {
  return runEmitters(model, context, selectEmitters(only), onEmitter);
}

/**
 * Formats the files an emitter could not lay out in their final form (almost always none), reusing
 * the cached result for any text formatted before; the others are as they were emitted.
 */
export async function formatEmitted(files: EmittedFile[], cache?: FormatCache): Promise<EmittedFile[]> {
  const formatted = new Map<string, EmittedFile>();
  const todo: EmittedFile[] = [];
  for (const file of files) {
    // Files in their final form (nearly all) need neither formatting nor caching.
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
  const emitted = emitAll(model, options, options.only, (name) => options.onStage?.(`emit ${name}`));
  options.onStage?.('format');
  // The cache of prettier's results is only read when some file needs formatting (almost never).
  const cache = options.cacheFile && emitted.some(isFormatted) ? await FormatCache.open(options.cacheFile, FORMAT_SALT) : undefined;
  const formatted = await formatEmitted(emitted, cache);
  // A partial run's manifest is the CLI's to write: it keeps the other emitters' files listed.
  const files = options.only ? formatted : withManifest(formatted);
  await cache?.save();
  return { load, model, files };
}

/**
 * The whole job: spec → model → every artifact → formatted files → written (or compared).
 * Nothing is written unless every step before it succeeded.
 */
import { emitDocs, loadTemplates } from './emit/docs/docs-emitter.js';
import type { EmittedFile } from './emit/emitted-file.js';
import { emitOpenApi } from './emit/openapi/openapi-emitter.js';
import { emitClient } from './emit/typescript/client-emitter.js';
import { createProject, emitTypes } from './emit/typescript/types-emitter.js';
import { loadSpec, type LoadResult } from './load/index.js';
import type { Model } from './model/types.js';
import { formatAll } from './write/format.js';
import { diffOutput, withManifest, writeOutput, type FileChange } from './write/writer.js';

export interface GenerateOptions {
  specDir: string;
  outDir: string;
  templatesDir: string;
  /** The runtime module as the generated client imports it. */
  runtimeModule: string;
  check: boolean;
  /** Warnings fail the run too. */
  strict: boolean;
}

export interface GenerateResult {
  load: LoadResult;
  files: EmittedFile[];
  changes: FileChange[];
  /** True when the run failed (spec errors, or stale files in check mode). */
  failed: boolean;
}

/** Every artifact of the model, unformatted. Each emitter is a function of the model alone. */
export function emitAll(model: Model, options: Pick<GenerateOptions, 'templatesDir' | 'runtimeModule'>): EmittedFile[] {
  const project = createProject();
  return [
    ...emitTypes(model, project, 'typescript'),
    ...emitClient(model, project, { dir: 'typescript', runtimeModule: options.runtimeModule }),
    ...emitOpenApi(model, { dir: 'openapi', name: 'onebot11' }),
    ...emitDocs(model, { dir: 'docs', templatesDir: options.templatesDir }, loadTemplates(options.templatesDir)),
  ];
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const load = await loadSpec(options.specDir);
  const errors = load.diagnostics.filter((d) => d.severity === 'error' || options.strict);
  if (!load.model || errors.length) return { load, files: [], changes: [], failed: true };
  const files = withManifest(await formatAll(emitAll(load.model, options)));
  const changes = await diffOutput(options.outDir, files);
  if (!options.check) await writeOutput(options.outDir, files, changes);
  return { load, files, changes, failed: options.check && changes.length > 0 };
}

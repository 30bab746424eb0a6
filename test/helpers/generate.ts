/** Runs the pipeline in memory, as `pnpm generate` does, for tests. */
import { relative, resolve } from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { emitAll, formatEmitted } from '../../generator/pipeline.js';
import { withManifest } from '../../generator/write/writer.js';
import type { Model } from '../../generator/model/types.js';
import { ROOT, TEMPLATES_DIR } from './paths.js';

export async function loadModel(specDir: string): Promise<Model> {
  const result = await loadSpec(specDir, ROOT);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.model || errors.length) throw new Error(`the spec at ${specDir} does not load:\n${errors.map((e) => e.message).join('\n')}`);
  return result.model;
}

/** Every generated file for `specDir`, as `pnpm generate` would write it into `outDir`. */
export async function generateInMemory(specDir: string, outDir: string) {
  const model = await loadModel(specDir);
  const runtime = relative(resolve(outDir, 'typescript'), resolve(ROOT, 'runtime/index.js'));
  return withManifest(await formatEmitted(emitAll(model, { templatesDir: TEMPLATES_DIR, runtimeModule: runtime })));
}

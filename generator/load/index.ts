/**
 * The loader: spec/ → model. Reads every YAML file, checks shape and meaning, and returns the
 * model together with every diagnostic. It never throws for a problem in the spec.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Model } from '../model/types.js';
import { ModelBuilder } from './build-model.js';
import { checkExamples } from './check-examples.js';
import { checkNotes } from './check-notes.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { checkShape } from './format-schema.js';
import { SpecFile } from './spec-file.js';

export interface LoadResult {
  /** Undefined when there are errors. */
  model?: Model;
  diagnostics: Diagnostic[];
}

/** Every `.yaml` / `.yml` file under `dir`, sorted, so merging is the same on every machine. */
export async function listSpecFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Loads files already in memory (name → text); `name` is what diagnostics show. */
export function loadSpecTexts(texts: { name: string; text: string }[]): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const files: SpecFile[] = [];
  for (const { name, text } of texts) {
    const parsed = SpecFile.parse(name, text);
    diagnostics.push(...parsed.diagnostics);
    files.push(parsed.file);
    diagnostics.push(...checkShape(parsed.file));
  }
  const hasErrors = () => diagnostics.some((d) => d.severity === 'error');
  // Meaning is checked only on well-formed files: a shape error would otherwise cascade.
  if (hasErrors()) return { diagnostics: sortDiagnostics(diagnostics) };
  const builder = new ModelBuilder(files);
  const model = builder.build();
  diagnostics.push(...builder.diagnostics);
  if (model && !hasErrors()) {
    diagnostics.push(
      ...checkExamples(model, [
        ...builder.pendingExamples.map((p) => ({ ...p, what: 'this example' })),
        ...builder.pendingDefaults.map((p) => ({ ...p, what: 'this default' })),
      ]),
      ...checkNotes(model),
    );
  }
  return { ...(model && !hasErrors() ? { model } : {}), diagnostics: sortDiagnostics(diagnostics) };
}

/** Loads the spec directory. */
export async function loadSpec(dir: string, cwd = process.cwd()): Promise<LoadResult> {
  const { readFile } = await import('node:fs/promises');
  const paths = await listSpecFiles(dir);
  if (paths.length === 0) {
    return { diagnostics: [{ file: relative(cwd, dir) || '.', line: 1, column: 1, severity: 'error', message: 'no .yaml files found', hint: 'point --spec at the spec directory' }] };
  }
  const texts = await Promise.all(paths.map(async (p) => ({ name: relative(cwd, p), text: await readFile(p, 'utf8') })));
  return loadSpecTexts(texts);
}

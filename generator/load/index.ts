/**
 * The loader: spec/ → model. Reads every YAML file (spec-file.ts), checks its shape against the
 * format's schema (format-schema.ts), merges the files (merge.ts), builds the model
 * (build-model.ts, build-types.ts), checks its meaning (check.ts and the check-*.ts files it
 * runs), and returns the model together with every diagnostic. It never throws for a problem in
 * the spec.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Model } from '../model/types.js';
import { buildModel } from './build-model.js';
import { checkModel } from './check.js';
import { checkExampleSizes, checkExamples } from './check-examples.js';
import { checkNotes } from './check-notes.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { checkShape } from './format-schema.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { Sections, type ShapedFile } from './merge.js';
import { SpecFile } from './spec-file.js';

export interface LoadResult {
  /** Undefined when there are errors. */
  model?: Model;
  diagnostics: Diagnostic[];
}

const SPEC_FILE = /\.ya?ml$/;

/**
 * Every `.yaml` / `.yml` file under `dir`, sorted, so merging is the same on every machine. A
 * symbolic link to a file inside `dir` is read like the file; any other link is reported, never
 * skipped silently.
 */
export async function listSpecFiles(dir: string, cwd = process.cwd()): Promise<{ paths: string[]; diagnostics: Diagnostic[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const root = await realpath(dir);
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    const at = { file: relative(cwd, path), line: 1, column: 1, severity: 'error' as const };
    if (e.isFile() && SPEC_FILE.test(e.name)) paths.push(path);
    if (!e.isFile() && !e.isDirectory() && !e.isSymbolicLink() && SPEC_FILE.test(e.name)) {
      diagnostics.push({ ...at, message: 'this is not a regular file (a pipe, socket or device)', hint: 'replace it with a file, or remove it' });
    }
    if (!e.isSymbolicLink()) continue;
    let target: string;
    try {
      target = await realpath(path);
    } catch {
      if (SPEC_FILE.test(e.name))
        diagnostics.push({
          ...at,
          message: 'this symbolic link points at nothing',
          hint: 'remove the link, or make it point at a spec file inside the spec folder',
        });
      continue;
    }
    const inside = target === root || target.startsWith(root + sep);
    const info = await stat(target);
    if (info.isDirectory()) {
      diagnostics.push({
        ...at,
        message: `this is a symbolic link to a folder (${target}); the spec folder is read without following folder links`,
        hint: 'move the files into the spec folder, or remove the link',
      });
    } else if (SPEC_FILE.test(e.name)) {
      if (inside) paths.push(path);
      else
        diagnostics.push({
          ...at,
          message: `this symbolic link points outside the spec folder (${target})`,
          hint: 'copy the file into the spec folder instead of linking to it',
        });
    }
  }
  return { paths: paths.sort(), diagnostics };
}

/** Loads files already in memory (name → text); `name` is what diagnostics show. */
export function loadSpecTexts(texts: { name: string; text: string }[], limits: Limits = DEFAULT_LIMITS): LoadResult {
  return loadSpecFiles(
    texts.map(({ name, text }) => SpecFile.fromText(name, text, limits)),
    limits,
  );
}

function loadSpecFiles(parsedFiles: { file?: SpecFile; diagnostics: Diagnostic[] }[], limits: Limits, earlier: Diagnostic[] = []): LoadResult {
  const diagnostics: Diagnostic[] = [...earlier];
  const files: ShapedFile[] = [];
  for (const parsed of parsedFiles) {
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.file) continue;
    const shape = checkShape(parsed.file);
    diagnostics.push(...shape.diagnostics);
    if (shape.data) files.push({ file: parsed.file, data: shape.data });
  }
  const hasErrors = () => diagnostics.some((d) => d.severity === 'error');
  // Meaning is checked only on well-formed files: a shape error would otherwise cascade.
  if (hasErrors()) return { diagnostics: sortDiagnostics(diagnostics) };
  const sections = new Sections(files);
  const { model, types, diagnostics: buildDiagnostics } = buildModel(sections);
  diagnostics.push(...sections.diagnostics, ...types.diagnostics, ...buildDiagnostics);
  if (model) diagnostics.push(...checkModel(model, sections, types));
  if (model && !hasErrors()) {
    const pending = [
      ...types.pendingExamples.map((p) => ({ ...p, what: 'this example' })),
      ...types.pendingDefaults.map((p) => ({ ...p, what: 'this default' })),
    ];
    // Oversized examples are refused before anything walks them (checking, emitting, formatting).
    diagnostics.push(...checkExampleSizes(model, pending, limits.maxExampleBytes));
    if (!hasErrors()) diagnostics.push(...checkExamples(model, pending), ...checkNotes(model));
  }
  return { ...(model && !hasErrors() ? { model } : {}), diagnostics: sortDiagnostics(diagnostics) };
}

/** Loads the spec directory; `onCheck` is called when reading is done and checking starts (for progress). */
export async function loadSpec(dir: string, cwd = process.cwd(), limits: Limits = DEFAULT_LIMITS, onCheck?: () => void): Promise<LoadResult> {
  let listed;
  try {
    listed = await listSpecFiles(dir, cwd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message);
    return {
      diagnostics: [
        {
          file: relative(cwd, dir) || '.',
          line: 1,
          column: 1,
          severity: 'error',
          message: `cannot read the spec folder: ${why}`,
          hint: 'point --spec at the spec directory',
        },
      ],
    };
  }
  const { paths, diagnostics } = listed;
  if (paths.length === 0 && diagnostics.length === 0) {
    return {
      diagnostics: [
        { file: relative(cwd, dir) || '.', line: 1, column: 1, severity: 'error', message: 'no .yaml files found', hint: 'point --spec at the spec directory' },
      ],
    };
  }
  const parsed = await Promise.all(paths.map((p) => SpecFile.read(p, relative(cwd, p), limits)));
  onCheck?.();
  return loadSpecFiles(parsed, limits, diagnostics);
}

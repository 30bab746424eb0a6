/**
 * The result of the last run, kept with a key made of everything that decides it: the spec, the
 * templates, the generator's and runtime's sources, the dependency lockfile and the options. When
 * the key matches, the output is known without loading or emitting anything, like an incremental
 * build; any change to any input makes a new key, so a hit is always what a full run would give.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { EmittedFile } from '../emit/emitted-file.js';
import type { Diagnostic } from '../load/diagnostics.js';

export interface CachedRun {
  key: string;
  files: EmittedFile[];
  /** Warnings of the run (a run with errors is never cached). */
  diagnostics: Diagnostic[];
  counts: { actions: number; types: number; segments: number; events: number };
}

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    // Links too: the loader reads a linked spec file, so its content is an input.
    return entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => join(e.parentPath, e.name));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    // A folder that cannot be listed is the loader's to report; it still makes a key of its own.
    return [join(dir, `\0unreadable: ${(e as NodeJS.ErrnoException).code ?? 'error'}`)];
  }
}

/** Hashes the inputs: every file under `dirs`, the single `files`, and the options. */
export async function inputKey(root: string, dirs: string[], files: string[], options: unknown): Promise<string> {
  const paths = [...new Set([...(await Promise.all(dirs.map(filesUnder))).flat(), ...files])].sort();
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const path of paths) {
    hash.update('\0').update(relative(root, path)).update('\0');
    try {
      hash.update(await readFile(path));
    } catch (e) {
      // A file that cannot be read (or a link to a folder) is the loader's to report; the key only
      // needs to differ from a run where it could be read.
      hash.update(`unreadable: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  return hash.digest('base64url');
}

/**
 * The cached run, when its key is `key`. The key is also kept in a small file of its own beside
 * the run (`<path>.key`), so a run whose inputs changed learns it without reading the whole output.
 */
export async function readCachedRun(path: string, key: string): Promise<CachedRun | undefined> {
  try {
    if ((await readFile(`${path}.key`, 'utf8')) !== key) return undefined;
    const run = JSON.parse(await readFile(path, 'utf8')) as CachedRun;
    return run.key === key ? run : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the run, then its key; a cache that cannot be written is not an error. */
export async function writeCachedRun(path: string, run: CachedRun): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    for (const [target, content] of [
      [path, JSON.stringify(run)],
      [`${path}.key`, run.key],
    ] as const) {
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, content);
      await rename(temp, target);
    }
  } catch {
    // Not being able to cache only costs time next run.
  }
}

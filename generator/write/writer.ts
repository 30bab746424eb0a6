/**
 * Writing generated files: everything is produced in memory first, then each changed file is
 * written to a temporary sibling and renamed into place, so a failure never leaves a file
 * half-written. Check mode compares instead of writing.
 */
import type { Stats } from 'node:fs';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { EmittedFile } from '../emit/emitted-file.js';

/** The output folder cannot be used safely (its manifest or a path in it leads outside); nothing was changed. */
export class OutputError extends Error {}

export interface FileChange {
  path: string;
  kind: 'added' | 'changed' | 'removed';
}

/**
 * The list of files a run produced, kept in the output folder. Only files listed there are ever
 * removed, so pointing `--out` at a folder with other files in it never deletes them.
 */
export const MANIFEST = '.generated-files';

export function withManifest(files: EmittedFile[], alsoListed: readonly string[] = []): EmittedFile[] {
  const paths = [...new Set([...alsoListed, ...files.map((f) => f.path)])].sort();
  return [...files, { path: MANIFEST, content: paths.join('\n') + '\n' }];
}

/**
 * The manifest of a run of some emitters only (`--only`): the files this run did not produce and
 * does not own (`owned`) stay listed as the last full run left them.
 */
export async function withPartialManifest(outDir: string, files: EmittedFile[], owned: (path: string) => boolean): Promise<EmittedFile[]> {
  return withManifest(
    files,
    (await previouslyGenerated(outDir)).filter((path) => !owned(path)),
  );
}

async function previouslyGenerated(dir: string): Promise<string[]> {
  const manifest = await readOrUndefined(join(dir, MANIFEST));
  const paths = manifest ? manifest.split('\n').filter(Boolean) : [];
  for (const [i, path] of paths.entries()) {
    const problem = unsafePath(path);
    if (problem) {
      throw new OutputError(
        `${join(dir, MANIFEST)}:${i + 1}: '${path}' ${problem}; the generator only lists plain relative paths there. ` +
          'Nothing was written or removed: delete that line, or the manifest if it is not one the generator wrote',
      );
    }
  }
  return paths;
}

/** Why `path` (relative to the output folder) is not one this generator writes, or undefined when it is. */
function unsafePath(path: string): string | undefined {
  if (isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.startsWith('/') || path.startsWith('\\')) return 'is an absolute path';
  const segments = path.split(/[\\/]/);
  if (segments.includes('..')) return 'leads out of the output folder';
  if (segments.some((s) => s === '' || s === '.') || path.includes('\0')) return 'is not a normalized relative path';
  return undefined;
}

/**
 * Refuses a path whose folders inside `outDir`, or the file itself, are symbolic links: writing or
 * removing through one would change files outside the output folder. Each folder is looked at once
 * however many files are under it.
 */
class LinkCheck {
  private readonly seen = new Map<string, Promise<Stats | undefined>>();
  constructor(private readonly outDir: string) {}

  private info(path: string): Promise<Stats | undefined> {
    let info = this.seen.get(path);
    if (!info) {
      info = lstat(path).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return undefined;
        throw e;
      });
      this.seen.set(path, info);
    }
    return info;
  }

  async assert(path: string, why: string): Promise<void> {
    let current = this.outDir;
    for (const segment of path.split('/')) {
      current = join(current, segment);
      const info = await this.info(current);
      if (!info) return;
      if (info.isSymbolicLink()) {
        throw new OutputError(
          `${current} is a symbolic link; the generator does not ${why} through links (it could reach outside ${this.outDir}). Nothing was written or removed: replace the link with a plain folder or file`,
        );
      }
    }
  }
}

async function readBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function readOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * What writing `files` into `outDir` would change. Files the generator wrote before and did not
 * produce now are removed; with `owned` (a run of some emitters), only those it owns.
 */
export async function diffOutput(outDir: string, files: EmittedFile[], owned: (path: string) => boolean = () => true): Promise<FileChange[]> {
  const changes: FileChange[] = [];
  const produced = new Set(files.map((f) => f.path));
  for (const file of files) {
    const problem = unsafePath(file.path);
    if (problem) throw new Error(`emitted path '${file.path}' ${problem}`);
  }
  const links = new LinkCheck(outDir);
  // Every file is looked at concurrently; the first problem in the files' order is the one reported.
  // Compared as bytes: encoding what was emitted costs less than decoding what is on disk.
  const current = await Promise.all(
    files.map((file) =>
      links.assert(file.path, 'write').then(
        () =>
          readBytes(join(outDir, file.path)).then(
            (bytes) => ({ bytes }),
            (error: unknown) => ({ error }),
          ),
        (error: unknown) => ({ error }),
      ),
    ),
  );
  files.forEach((file, i) => {
    const result = current[i]!;
    if ('error' in result) throw result.error;
    if (result.bytes === undefined) changes.push({ path: file.path, kind: 'added' });
    else if (result.bytes.length !== Buffer.byteLength(file.content) || !result.bytes.equals(Buffer.from(file.content)))
      changes.push({ path: file.path, kind: 'changed' });
  });
  for (const path of await previouslyGenerated(outDir)) {
    if (produced.has(path) || !owned(path)) continue;
    await links.assert(path, 'remove files');
    const info = await lstat(join(outDir, path)).catch(() => undefined);
    if (info && !info.isFile()) {
      throw new OutputError(
        `${join(outDir, MANIFEST)} lists '${path}', which is not a file; the generator only removes files it wrote. Nothing was written or removed: delete that line`,
      );
    }
    if ((await readOrUndefined(join(outDir, path))) !== undefined) changes.push({ path, kind: 'removed' });
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

/** Applies the changes: atomic per file (temp + rename); stale files removed last. */
export async function writeOutput(outDir: string, files: EmittedFile[], changes: FileChange[]): Promise<void> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const temps: { temp: string; target: string }[] = [];
  try {
    // Stage every new content first, so a failure (disk full, permissions) touches nothing.
    for (const change of changes) {
      if (change.kind === 'removed') continue;
      const target = join(outDir, change.path);
      const temp = join(dirname(target), `.${process.pid}.${temps.length}.tmp`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(temp, byPath.get(change.path)!.content);
      temps.push({ temp, target });
    }
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, target } of temps) await rename(temp, target);
  for (const change of changes) if (change.kind === 'removed') await rm(join(outDir, change.path), { force: true });
}

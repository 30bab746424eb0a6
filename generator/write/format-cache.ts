/**
 * Remembers what prettier made of each emitted text, so that a run after a small spec change only
 * formats the files that changed. Formatting is a pure function of prettier's version, the
 * options and the text, and the key covers all three, so a hit is exactly what prettier would
 * produce. The cache keeps only the last run's entries, so it never grows past one output.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EmittedFile } from '../emit/emitted-file.js';

export class FormatCache {
  private previous = new Map<string, string>();
  private readonly used = new Map<string, string>();

  private constructor(
    private readonly path: string,
    private readonly salt: string,
  ) {}

  /** Opens the cache at `path`; a missing or unreadable cache is simply empty. */
  static async open(path: string, salt: string): Promise<FormatCache> {
    const cache = new FormatCache(path, salt);
    try {
      const data = JSON.parse(await readFile(path, 'utf8')) as { salt?: string; entries?: Record<string, string> };
      if (data.salt === salt && data.entries) cache.previous = new Map(Object.entries(data.entries));
    } catch {
      // No cache yet, or a damaged one: start empty.
    }
    return cache;
  }

  key(file: EmittedFile): string {
    return createHash('sha256').update(file.path).update('\0').update(file.content).digest('base64url');
  }

  get(file: EmittedFile): string | undefined {
    const key = this.key(file);
    const hit = this.previous.get(key);
    if (hit !== undefined) this.used.set(key, hit);
    return hit;
  }

  set(source: EmittedFile, formatted: string): void {
    this.used.set(this.key(source), formatted);
  }

  /** Writes this run's entries; a cache that cannot be written is not an error. */
  async save(): Promise<void> {
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const temp = `${this.path}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify({ salt: this.salt, entries: Object.fromEntries(this.used) }));
      await rename(temp, this.path);
    } catch {
      // A read-only checkout still generates; it just formats everything next time too.
    }
  }
}

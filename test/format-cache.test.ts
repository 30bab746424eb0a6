/** The format cache returns exactly what prettier produced, and never trusts a stale or damaged file. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FormatCache } from '../generator/write/format-cache.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onebot-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = { path: 'typescript/a.ts', content: 'export   const a=1' };

describe('FormatCache', () => {
  it('returns what was stored in the last run, for the same path and text only', async () => {
    const path = join(dir, 'cache.json');
    const first = await FormatCache.open(path, 'salt');
    expect(first.get(file)).toBeUndefined();
    first.set(file, 'export const a = 1;\n');
    await first.save();
    const second = await FormatCache.open(path, 'salt');
    expect(second.get(file)).toBe('export const a = 1;\n');
    expect(second.get({ ...file, content: 'export const a=2' })).toBeUndefined();
    expect(second.get({ ...file, path: 'typescript/b.ts' })).toBeUndefined();
  });

  it('keeps only the entries the last run used', async () => {
    const path = join(dir, 'cache.json');
    const first = await FormatCache.open(path, 'salt');
    first.set(file, 'A');
    first.set({ path: 'b.md', content: 'b' }, 'B');
    await first.save();
    const second = await FormatCache.open(path, 'salt');
    second.get(file);
    await second.save();
    const third = await FormatCache.open(path, 'salt');
    expect(third.get(file)).toBe('A');
    expect(third.get({ path: 'b.md', content: 'b' })).toBeUndefined();
  });

  it('ignores a cache made with another prettier version or options (salt)', async () => {
    const path = join(dir, 'cache.json');
    const first = await FormatCache.open(path, 'prettier 3.0');
    first.set(file, 'old');
    await first.save();
    expect((await FormatCache.open(path, 'prettier 3.1')).get(file)).toBeUndefined();
  });

  it('treats a damaged cache file as empty', async () => {
    const path = join(dir, 'cache.json');
    await writeFile(path, '{"salt": "salt", "entries": {');
    expect((await FormatCache.open(path, 'salt')).get(file)).toBeUndefined();
  });
});

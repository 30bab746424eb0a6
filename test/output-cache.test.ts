/** The output cache gives back the last run only for the same inputs, and never a damaged or half-written one. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputKey, readCachedRun, writeCachedRun, type CachedRun } from '../generator/write/output-cache.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onebot-output-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (key: string): CachedRun => ({
  key,
  files: [{ path: 'a.ts', content: 'export {};\n' }],
  diagnostics: [],
  counts: { actions: 1, types: 0, segments: 0, events: 0 },
});

describe('the output cache', () => {
  it('gives back the run saved with the same key, and nothing for another key', async () => {
    const path = join(dir, 'output.json');
    await writeCachedRun(path, run('k1'));
    expect(await readCachedRun(path, 'k1')).toEqual(run('k1'));
    expect(await readCachedRun(path, 'k2')).toBeUndefined();
    await writeCachedRun(path, run('k2'));
    expect(await readCachedRun(path, 'k1')).toBeUndefined();
    expect(await readCachedRun(path, 'k2')).toEqual(run('k2'));
  });

  it('gives back nothing when the run and its key file disagree (a write cut short) or either is missing or damaged', async () => {
    const path = join(dir, 'output.json');
    await writeCachedRun(path, run('k1'));
    await writeFile(`${path}.key`, 'k2');
    expect(await readCachedRun(path, 'k2')).toBeUndefined();
    await writeFile(path, '{"key": "k2", "files": [');
    expect(await readCachedRun(path, 'k2')).toBeUndefined();
    await rm(`${path}.key`);
    expect(await readCachedRun(path, 'k1')).toBeUndefined();
    expect(await readFile(path, 'utf8')).toContain('"k2"');
  });

  it('keys a run by every file under the folders, their paths, and the options', async () => {
    const spec = join(dir, 'spec');
    await writeFile(join(dir, 'package.json'), '{}');
    const key = () => inputKey(dir, [spec], [join(dir, 'package.json')], { strict: false });
    const missing = await key();
    await mkdir(spec);
    await writeFile(join(spec, 'a.yaml'), 'a: 1\n');
    const one = await key();
    expect(one).not.toBe(missing);
    expect(await key()).toBe(one);
    await writeFile(join(spec, 'a.yaml'), 'a: 2\n');
    expect(await key()).not.toBe(one);
    expect(await inputKey(dir, [spec], [join(dir, 'package.json')], { strict: true })).not.toBe(await key());
  });
});

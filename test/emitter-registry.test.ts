/**
 * The emitter registry (generator/emit/registry.ts) is what the pipeline, `--only` and the other
 * tests' file lists follow: each emitter owns the files it declares and no others, reads only the
 * parts of the model it declares, and `--only` rewrites its files and leaves every other one.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../generator/cli/generate.js';
import { EMITTERS, EMITTER_NAMES, ownerOf, runEmitters, type RegisteredEmitter } from '../generator/emit/registry.js';
import type { Model } from '../generator/model/types.js';
import { MANIFEST } from '../generator/write/writer.js';
import { KITCHEN_SINK, TEMPLATES_DIR, fromRoot } from './helpers/paths.js';
import { loadModel } from './helpers/generate.js';

const context = { templatesDir: TEMPLATES_DIR, runtimeModule: '../../runtime/index.js' };

/** The model, recording which of its top-level parts are read. */
function recording(model: Model, read: Set<string>): Model {
  return new Proxy(model, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

describe('the emitter registry', async () => {
  const model = await loadModel(KITCHEN_SINK);

  it('names every emitter once', () => {
    expect(new Set(EMITTER_NAMES).size).toBe(EMITTERS.length);
  });

  it("is the README's table of emitters, row for row", async () => {
    const readme = await readFile(fromRoot('README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| emitter | writes |')).split('\n\n')[0]!;
    const names = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(names).toEqual(EMITTER_NAMES);
  });

  it.each(EMITTERS.map((e) => [e.name, e] as const))('%s writes files it owns, every exact path it declares, and something for every pattern', (_, emitter) => {
    const paths = runEmitters(model, context, [emitter]).map((f) => f.path);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(ownerOf(path)?.name, path).toBe(emitter.name);
    for (const owned of emitter.owns) {
      if (owned.includes('*'))
        expect(
          paths.some((p) => ownerOf(p, [emitter]) === emitter),
          owned,
        ).toBe(true);
      else expect(paths, owned).toContain(owned);
    }
  });

  // The fixture has something of every kind, so an emitter reads there every part it ever reads.
  it.each(EMITTERS.map((e) => [e.name, e] as const))('%s reads exactly the parts of the model it declares', (_, emitter) => {
    const read = new Set<string>();
    emitter.emit(recording(model, read), context);
    expect([...read].filter((key) => key in model || key === 'profile').sort()).toEqual([...emitter.needs].sort());
  });

  it('refuses an emitter that writes a file it does not own', () => {
    const rogue: RegisteredEmitter = { name: 'rogue', summary: '', owns: ['rogue/*'], needs: [], emit: () => [{ path: 'docs/index.md', content: '' }] };
    expect(() => runEmitters(model, context, [rogue])).toThrow(/the rogue emitter wrote docs\/index\.md, which is not among the files it owns/);
  });
});

describe('pnpm generate --only', () => {
  let work: string;
  const run = async (...args: string[]) => {
    const err: string[] = [];
    const code = await runGenerate(['--spec', join(work, 'spec'), '--out', join(work, 'out'), '--templates', TEMPLATES_DIR, '--no-cache', ...args], {
      out: () => {},
      err: (l) => err.push(l),
    });
    return { code, stderr: err.join('\n') };
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'onebot-only-'));
    await cp(KITCHEN_SINK, join(work, 'spec'), { recursive: true });
    expect((await run()).code).toBe(0);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('rewrites only the named emitters’ files and keeps the manifest whole', async () => {
    const out = join(work, 'out');
    const manifest = await readFile(join(out, MANIFEST), 'utf8');
    await writeFile(join(out, 'docs/diff-rules.md'), 'edited\n');
    await writeFile(join(out, 'openapi/onebot11.json'), 'edited\n');
    expect((await run('--only', 'openapi')).code).toBe(0);
    expect(await readFile(join(out, 'openapi/onebot11.json'), 'utf8')).not.toBe('edited\n');
    expect(await readFile(join(out, 'docs/diff-rules.md'), 'utf8')).toBe('edited\n');
    expect(await readFile(join(out, MANIFEST), 'utf8')).toBe(manifest);
    const check = await run('--check', '--only', 'diff-rules');
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/1 of 3 files differ/);
  });

  it('refuses an unknown name in one line, suggesting the nearest', async () => {
    const result = await run('--only', 'openapi,swager-ui');
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^pnpm generate: --only: 'swager-ui' is not one of .*; did you mean swagger-ui\? \(see pnpm generate --help\)$/);
  });
});

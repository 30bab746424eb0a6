/**
 * What every emitter produces. The kitchen-sink fixture's output is kept as file snapshots (read
 * them like code when they change); for the real spec, the committed generated/ is the snapshot.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, KITCHEN_SINK, SPEC_DIR, fromRoot } from './helpers/paths.js';
import { generateInMemory } from './helpers/generate.js';
import { ownerOf } from '../generator/emit/registry.js';
import { MANIFEST } from '../generator/write/writer.js';

const KITCHEN_SINK_OUT = fromRoot('test/__snapshots__/kitchen-sink');

describe('emitters on the kitchen-sink fixture', async () => {
  const files = await generateInMemory(KITCHEN_SINK, KITCHEN_SINK_OUT);
  // swagger-ui-dist's own files are copied, not generated: compared with the package instead of
  // being kept a second time as snapshots. The docs' guides are hand-written pages copied as they
  // are (docs.test.ts checks them), whatever the spec.
  const isVendored = (path: string) => (path.startsWith('swagger-ui/') && !path.endsWith('index.html')) || /^docs\/(en\/)?guides\//.test(path);

  // The set of files follows from the registry: each belongs to the emitter that declares it, and
  // each has its file snapshot (so a file that is no longer emitted leaves a stale snapshot behind).
  it('emit only files a registered emitter owns, and one snapshot each', async () => {
    for (const file of files.filter((f) => f.path !== MANIFEST)) expect(ownerOf(file.path), file.path).toBeDefined();
    const snapshots = (await readdir(KITCHEN_SINK_OUT, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => relative(KITCHEN_SINK_OUT, join(e.parentPath, e.name)));
    expect(snapshots.sort()).toEqual(
      files
        .map((f) => f.path)
        .filter((p) => !isVendored(p))
        .sort(),
    );
  });

  it.each(files.filter((f) => !isVendored(f.path)).map((f) => [f.path, f] as const))('%s', async (path, file) => {
    await expect(file.content).toMatchFileSnapshot(join(KITCHEN_SINK_OUT, path));
  });

  it('copies swagger-ui-dist as the package has it (less the source map comment)', async () => {
    const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    for (const name of ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE', 'NOTICE']) {
      const original = await readFile(join(dist, name), 'utf8');
      const copied = files.find((f) => f.path === `swagger-ui/${name}`)!.content;
      expect(copied.replace(/\s+$/, ''), name).toBe(original.replace(/\n*[/][/*]# sourceMappingURL=[^\n]*\s*$/, '').replace(/\s+$/, ''));
    }
  });

  it('is byte-stable across runs', async () => {
    const again = await generateInMemory(KITCHEN_SINK, KITCHEN_SINK_OUT);
    expect(again).toEqual(files);
  });
});

describe('emitters on the real spec', async () => {
  const files = await generateInMemory(SPEC_DIR, GENERATED_DIR);

  it.each(files.map((f) => [f.path, f] as const))('generated/%s is what the spec produces', async (path, file) => {
    const committed = await readFile(join(GENERATED_DIR, path), 'utf8').catch(() => undefined);
    expect(committed, `generated/${path} is stale: run pnpm generate`).toBe(file.content);
  });
});

/**
 * What every emitter produces. The kitchen-sink fixture's output is kept as file snapshots (read
 * them like code when they change); for the real spec, the committed generated/ is the snapshot.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, KITCHEN_SINK, SPEC_DIR, fromRoot } from './helpers/paths.js';
import { generateInMemory } from './helpers/generate.js';

export const KITCHEN_SINK_OUT = fromRoot('test/__snapshots__/kitchen-sink');

describe('emitters on the kitchen-sink fixture', async () => {
  const files = await generateInMemory(KITCHEN_SINK, KITCHEN_SINK_OUT);

  it('emit the expected set of files', () => {
    expect(files.map((f) => f.path).sort()).toMatchInlineSnapshot(`
      [
        ".generated-files",
        "docs/.vitepress/config.mts",
        "docs/.vitepress/theme/index.mts",
        "docs/.vitepress/theme/style.css",
        "docs/categories/message.group.md",
        "docs/categories/misc.md",
        "docs/diff-rules.md",
        "docs/en/categories/message.group.md",
        "docs/en/categories/misc.md",
        "docs/en/events.md",
        "docs/en/guides/checking-an-implementation.md",
        "docs/en/guides/using-the-client.md",
        "docs/en/index.md",
        "docs/en/matrix.md",
        "docs/en/segments.md",
        "docs/en/types.md",
        "docs/events.md",
        "docs/guides/checking-an-implementation.md",
        "docs/guides/using-the-client.md",
        "docs/index.md",
        "docs/matrix.md",
        "docs/segments.md",
        "docs/types.md",
        "model/model.json",
        "openapi/onebot11.json",
        "openapi/onebot11.openapi-3.0.json",
        "openapi/onebot11.openapi-3.0.yaml",
        "openapi/onebot11.yaml",
        "swagger-ui/LICENSE",
        "swagger-ui/NOTICE",
        "swagger-ui/index.html",
        "swagger-ui/swagger-ui-bundle.js",
        "swagger-ui/swagger-ui.css",
        "typescript/actions.ts",
        "typescript/client.ts",
        "typescript/events.ts",
        "typescript/ext/actions.ts",
        "typescript/ext/client.ts",
        "typescript/ext/events.ts",
        "typescript/ext/index.ts",
        "typescript/ext/protocol.ts",
        "typescript/ext/segment-builders.ts",
        "typescript/ext/segments.ts",
        "typescript/ext/types.ts",
        "typescript/index.ts",
        "typescript/protocol.ts",
        "typescript/segment-builders.ts",
        "typescript/segments.ts",
        "typescript/std/actions.ts",
        "typescript/std/client.ts",
        "typescript/std/events.ts",
        "typescript/std/index.ts",
        "typescript/std/protocol.ts",
        "typescript/std/segment-builders.ts",
        "typescript/std/segments.ts",
        "typescript/std/types.ts",
        "typescript/types.ts",
      ]
    `);
  });

  // swagger-ui-dist's own files are copied, not generated: compared with the package instead of
  // being kept a second time as snapshots. The docs' guides are hand-written pages copied as they
  // are (docs.test.ts checks them), whatever the spec.
  const isVendored = (path: string) => (path.startsWith('swagger-ui/') && !path.endsWith('index.html')) || /^docs\/(en\/)?guides\//.test(path);

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

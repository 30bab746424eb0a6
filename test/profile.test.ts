/** Profiles: every artifact narrowed to one implementation, with its variants applied. */
import { describe, expect, it } from 'vitest';
import { narrowModel } from '../generator/model/profile.js';
import { KITCHEN_SINK } from './helpers/paths.js';
import { loadModel } from './helpers/generate.js';
import { emitAll } from '../generator/pipeline.js';
import { TEMPLATES_DIR } from './helpers/paths.js';

describe('narrowModel', async () => {
  const model = await loadModel(KITCHEN_SINK);
  const ext = narrowModel(model, 'ext');

  it('keeps only what the implementation supports (its own origin included)', () => {
    expect(ext.actions.map((a) => a.name)).toEqual(['get_count', 'get_people', 'send_group_msg']);
    expect(ext.segments.map((s) => s.type)).toEqual(['forward', 'image']);
    expect(ext.events.map((e) => e.id)).toEqual(['honor', 'poke']);
    expect(narrowModel(model, 'std').actions.map((a) => a.name)).toEqual(['.do_nothing', 'send_group_msg']);
  });

  it('applies parameter, result and field variants', () => {
    const send = ext.actions.find((a) => a.name === 'send_group_msg')!;
    expect(send.params.map((p) => p.name)).toEqual(['group_id', 'message', 'auto_escape', 'reply_to']);
    expect(send.params[0]!.type).toMatchObject({ kind: 'union' });
    expect(send.result).toMatchObject({ kind: 'object', fields: [{ name: 'message_id' }, { name: 'seq' }] });
    // Its own example first; of the general one only the params fit (its result lacks `seq`).
    expect(send.examples.map((e) => [e.implementation, e.params !== undefined, e.result !== undefined])).toEqual([
      ['ext', true, true],
      [undefined, true, false],
    ]);
    const image = ext.segments.find((s) => s.type === 'image')!;
    expect(image.fields.map((f) => f.name)).toEqual(['file', 'url', 'summary']);
  });

  it("gives a segment its implementation's own examples first, then the general ones that fit, never another implementation's", async () => {
    expect(ext.segments.find((s) => s.type === 'image')!.examples.map((e) => [e.implementation, e.data])).toEqual([
      ['ext', { file: 'a.jpg', url: 'https://example.invalid/a.jpg?x=1,2' }],
    ]);
    // ext's example fits the standard's image too, but is not the standard's.
    expect(
      narrowModel(model, 'std')
        .segments.find((s) => s.type === 'image')!
        .examples.map((e) => [e.implementation, e.data]),
    ).toEqual([[undefined, { file: 'a.jpg', cache: '0' }]]);
    // An implementation's example is checked against its own shape: ext's received image has `summary`, and no image of ext's has `cache`.
    const { cp, mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const spec = await mkdtemp(join(tmpdir(), 'onebot-segment-examples-'));
    try {
      await cp(KITCHEN_SINK, spec, { recursive: true });
      const file = join(spec, 'segments.yaml');
      const text = await readFile(file, 'utf8');
      const own =
        "        implementation: ext\n        data: { file: 'a.jpg', url: 'https://example.invalid/a.jpg?x=1,2' }\n        cq: '[CQ:image,file=a.jpg,url=https://example.invalid/a.jpg?x=1&#44;2]'\n";
      expect(text).toContain(own);
      await writeFile(
        file,
        text.replace(own, "        implementation: ext\n        data: { file: 'a.jpg', url: 'https://example.invalid/a.jpg', summary: '[a]' }\n"),
      );
      const withSummary = narrowModel(await loadModel(spec), 'ext').segments.find((s) => s.type === 'image')!;
      expect(withSummary.examples.map((e) => e.data)).toEqual([{ file: 'a.jpg', url: 'https://example.invalid/a.jpg', summary: '[a]' }]);
      await writeFile(file, text.replace(own, "        implementation: ext\n        data: { file: 'a.jpg', cache: '0' }\n"));
      await expect(loadModel(spec)).rejects.toThrow(/this example of segment 'image' \(ext\) does not match its type/);
    } finally {
      await rm(spec, { recursive: true, force: true });
    }
  });

  it('names an action as the implementation routes it: its own name, or else its first routed alias', () => {
    const routeOnly = (names: string[]) => ({
      ...model,
      actions: model.actions.map((a) =>
        a.name === 'send_group_msg' ? { ...a, support: a.support.map((s) => (s.implementation === 'ext' ? { ...s, names } : s)) } : a,
      ),
    });
    const byAlias = narrowModel(routeOnly(['send_group_message']), 'ext').actions.find((a) => a.params.some((p) => p.name === 'reply_to'))!;
    expect([byAlias.name, byAlias.aliases]).toEqual(['send_group_message', []]);
    const byName = narrowModel(routeOnly(['send_group_msg']), 'ext').actions.find((a) => a.name === 'send_group_msg')!;
    expect(byName.aliases).toEqual([]);
    expect(narrowModel(routeOnly(['send_group_msg']), 'ext').actions.map((a) => a.name)).toEqual(['get_count', 'get_people', 'send_group_msg']);
    expect(
      narrowModel(model, 'ext')
        .actions.find((a) => a.name === 'send_group_msg')!
        .aliases.map((a) => a.name),
    ).toEqual(['send_group_message']);
  });

  it('emits artifacts that say which profile they are', () => {
    const files = emitAll(ext, { templatesDir: TEMPLATES_DIR, runtimeModule: '../../runtime/index.js' });
    const actions = files.find((f) => f.path === 'typescript/actions.ts')!.content;
    expect(actions).toMatch(/narrowed to ext/);
    expect(actions).toMatch(/group_id: number \| string;/);
    expect(actions).not.toMatch(/DoNothingParams/);
    const openapi = JSON.parse(files.find((f) => f.path === 'openapi/onebot11.json')!.content);
    expect(Object.keys(openapi.paths).sort()).toEqual(['/get_count', '/get_people', '/send_group_msg']);
  });
});

describe('profiles of the real spec', async () => {
  const { mkdir, rm, writeFile } = await import('node:fs/promises');
  const { dirname, join, relative } = await import('node:path');
  const SwaggerParser = (await import('@apidevtools/swagger-parser')).default;
  const { typeCheck } = await import('./helpers/tsc.js');
  const { SPEC_DIR, fromRoot } = await import('./helpers/paths.js');
  const model = await loadModel(SPEC_DIR);

  it.each(model.implementations.map((i) => i.id))('%s: the TypeScript compiles and the OpenAPI validates', async (id) => {
    const out = fromRoot('.tmp/profiles', id);
    await rm(out, { recursive: true, force: true });
    const runtime = relative(join(out, 'typescript'), fromRoot('runtime/index.js'));
    const files = emitAll(narrowModel(model, id), { templatesDir: TEMPLATES_DIR, runtimeModule: runtime });
    for (const file of files) {
      await mkdir(dirname(join(out, file.path)), { recursive: true });
      await writeFile(join(out, file.path), file.content);
    }
    expect(typeCheck([join(out, 'typescript/index.ts'), join(out, 'typescript/client.ts')])).toEqual([]);
    await expect(SwaggerParser.validate(join(out, 'openapi/onebot11.json'))).resolves.toBeTruthy();
  });
});

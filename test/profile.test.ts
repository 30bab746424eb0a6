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
    expect(send.examples.map((e) => e.implementation)).toEqual(['ext']);
    const image = ext.segments.find((s) => s.type === 'image')!;
    expect(image.fields.map((f) => f.name)).toEqual(['file', 'url', 'summary']);
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

/** What the real spec must hold beyond being well-formed: two languages, examples, a full support matrix. */
import { describe, expect, it } from 'vitest';
import { loadModel } from './helpers/generate.js';
import { SPEC_DIR } from './helpers/paths.js';

describe('the spec content', async () => {
  const model = await loadModel(SPEC_DIR);
  const titled = [
    ...model.actions.map((a) => [`action ${a.name}`, a.title] as const),
    ...model.segments.map((s) => [`segment ${s.type}`, s.title] as const),
    ...model.events.map((e) => [`event ${e.id}`, e.title] as const),
    ...model.categories.map((c) => [`category ${c.id}`, c.title] as const),
  ];

  it('titles every action, segment, event and category in Chinese and English', () => {
    expect(titled.filter(([, t]) => !t.zh || !t.en).map(([what]) => what)).toEqual([]);
  });

  it('has an example for every action', () => {
    expect(model.actions.filter((a) => a.examples.length === 0).map((a) => a.name)).toEqual([]);
  });

  it('says, for every action and every implementation, whether it is supported', () => {
    const unknown = model.actions.flatMap((a) => a.support.filter((s) => s.status === 'unknown').map((s) => `${a.name} @ ${s.implementation}`));
    expect(unknown).toEqual([]);
  });
});

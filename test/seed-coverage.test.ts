/**
 * Every action, segment type and event the seed documents name is in the spec: as an action or
 * an alias, as a segment, or as an event discriminator value.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from './helpers/generate.js';
import { SPEC_DIR } from './helpers/paths.js';
import { seedNames } from './helpers/seeds.js';

describe('the spec covers the seed documents', async () => {
  const model = await loadModel(SPEC_DIR);
  const names = seedNames();

  it('finds names in every seed (the extractors still read the documents)', () => {
    const sources = new Set([...names.actions.values(), ...names.segments.values(), ...names.events.values()].flat());
    expect([...sources].map((s) => s.slice(0, 4)).sort()).toEqual(['000_', '001_', '002_', '003_', '004_']);
    expect(names.actions.size).toBeGreaterThan(140);
  });

  it('has every action, as an action or an alias', () => {
    const known = new Set(model.actions.flatMap((a) => [a.name, ...a.aliases.map((x) => x.name)]));
    const missing = [...names.actions].filter(([name]) => !known.has(name)).map(([name, from]) => `${name} (${from.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('has every segment type', () => {
    const known = new Set(model.segments.map((s) => s.type));
    const missing = [...names.segments].filter(([name]) => !known.has(name)).map(([name, from]) => `${name} (${from.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('has every event', () => {
    const known = new Set(model.events.flatMap((e) => e.discriminators.map((d) => d.value)));
    const missing = [...names.events].filter(([name]) => !known.has(name)).map(([name, from]) => `${name} (${from.join(', ')})`);
    expect(missing).toEqual([]);
  });
});

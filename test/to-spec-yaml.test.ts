/** The model → spec YAML serializer: loading what it writes gives the same model back. */
import { describe, expect, it } from 'vitest';
import { toSpecYaml } from '../generator/import/to-spec-yaml.js';
import { loadSpecTexts } from '../generator/load/index.js';
import type { Model } from '../generator/model/types.js';
import { loadModel } from './helpers/generate.js';
import { KITCHEN_SINK, SPEC_DIR } from './helpers/paths.js';

/** The model without where things were read from. */
function located(model: Model): unknown {
  return JSON.parse(JSON.stringify(model, (key, value) => (key === 'source' || key === 'sources' || /Source$/.test(key) ? undefined : value)));
}

describe('toSpecYaml', () => {
  it.each([
    ['the kitchen-sink fixture', KITCHEN_SINK],
    ['the real spec', SPEC_DIR],
  ])('%s survives model → YAML → model', async (_, dir) => {
    const model = await loadModel(dir);
    const result = loadSpecTexts([{ name: 'spec.yaml', text: toSpecYaml(model) }]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(located(result.model!)).toEqual(located(model));
  });

  it('writes type expressions where they fit and short mappings on one line', async () => {
    const yaml = toSpecYaml(await loadModel(KITCHEN_SINK));
    expect(yaml).toContain('IdOrName: int64 | string');
    expect(yaml).toMatch(/user_id: \{ type: int64, description: QQ 号 \}/);
  });
});

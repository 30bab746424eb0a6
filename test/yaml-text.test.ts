/**
 * The OpenAPI YAML is written by generator/emit/yaml-text.ts instead of the `yaml` package's
 * stringify, which is only right while the two write the same text: compared here on the real
 * spec's OpenAPI documents and on generated JSON values whose strings are built from the pieces
 * YAML treats specially (indicators, quotes, line breaks, spaces around them, document markers,
 * text that reads as a number, a boolean or null, control characters).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlText } from '../generator/emit/yaml-text.js';
import { emitOpenApi } from '../generator/emit/openapi/openapi-emitter.js';
import { loadModel } from './helpers/generate.js';
import { KITCHEN_SINK, SPEC_DIR } from './helpers/paths.js';

const packageYaml = (value: unknown) => stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });

const piece = fc.constantFrom(
  'a',
  'text',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r',
  ':',
  ': ',
  ' :',
  '#',
  ' #',
  '-',
  '- ',
  '?',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '---',
  '...',
  'null',
  'Null',
  '~',
  'true',
  'FALSE',
  '0',
  '12',
  '-3',
  '+4',
  '0o17',
  '0x1F',
  '1e5',
  '.5',
  '1.',
  '.inf',
  '-.Inf',
  '.nan',
  '\u0000',
  '\u0007',
  '\u000b',
  '\u001b',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ud800',
  '群',
  '😀',
  '\\',
  'x'.repeat(45),
);
const pieces = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const text = fc.oneof(
  { weight: 5, arbitrary: pieces },
  // About 40 characters as JSON, where a double-quoted string starts writing its line breaks as real ones.
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 37, max: 42 }), pieces).map(([n, t]) => 'y'.repeat(Math.max(0, n - JSON.stringify(t).length)) + t) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
);
const json = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e21, 0.1, 2 ** 60)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('yamlText', () => {
  it('writes what the yaml package writes, for any JSON object or array', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(text, json, { maxKeys: 5 }), fc.array(json, { maxLength: 5 })), (value) => {
        expect(yamlText(value)).toBe(packageYaml(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes what the yaml package writes for keys beyond 1024 characters and lone scalars', () => {
    for (const value of [{ ['k'.repeat(1100)]: 1 }, 'text', 12, null]) expect(yamlText(value)).toBe(packageYaml(value));
  });

  it.each([
    ['the real spec', SPEC_DIR],
    ['the kitchen-sink fixture', KITCHEN_SINK],
  ])('writes the OpenAPI documents of %s as the yaml package does', { timeout: 60_000 }, async (_, specDir) => {
    const files = emitOpenApi(await loadModel(specDir), { dir: 'openapi', name: 'onebot11' });
    for (const file of files.filter((f) => f.path.endsWith('.yaml'))) {
      const document = JSON.parse(files.find((f) => f.path === file.path.replace(/\.yaml$/, '.json'))!.content);
      expect(file.content.endsWith(packageYaml(document)), file.path).toBe(true);
    }
  });
});

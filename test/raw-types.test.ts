/**
 * generator/load/raw-types.ts is the format's schema as TypeScript: the loader reads a file that
 * passed the schema with these types and no casts, so the two must never drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specFileSchema } from '../generator/load/format-schema.js';
import { RAW_TYPES_FILE, rawTypesSource } from '../scripts/raw-types.js';

// biome-ignore lint/suspicious/noExplicitAny: the format's schema is edited as untyped JSON, several levels deep.
type EditableSchema = any;

const edited = (edit: (schema: EditableSchema) => void) => {
  const schema = structuredClone(specFileSchema);
  edit(schema);
  return schema;
};

describe('the raw types', () => {
  it('are what the format schema makes (run `pnpm raw-types` after changing the schema)', () => {
    expect(readFileSync(RAW_TYPES_FILE, 'utf8')).toBe(rawTypesSource(specFileSchema));
  });

  it('follow the schema: a key added to actions is in RawAction, required or not as the schema says', () => {
    const source = rawTypesSource(
      edited((s) => {
        const action = s.properties.actions.additionalProperties;
        action.properties.summary = { type: 'string' };
        action.properties.weight = { type: 'integer' };
        action.required.push('weight');
      }),
    );
    const action = /export type RawAction = \{\n([\s\S]*?)\n\};/.exec(source)?.[1];
    expect(action).toContain('  summary?: string;');
    expect(action).toContain('  weight: number;');
  });

  it.each([
    [
      'a keyword they do not know',
      (s: EditableSchema) => (s.properties.actions.additionalProperties.properties.origin = { type: 'string', oneOf: [] }),
      /do not know the keyword\(s\) oneOf/,
    ],
    ['an open object with properties', (s: EditableSchema) => delete s.properties.actions.additionalProperties.additionalProperties, /only when closed/],
    ['a reference outside the definitions', (s: EditableSchema) => (s.properties.types.additionalProperties = { $ref: 'other.json#/x' }), /cannot follow/],
    [
      'two schemas with one title',
      (s: EditableSchema) => (s.properties.origins.additionalProperties.title = 'Implementation'),
      /two schemas are named RawImplementation/,
    ],
  ])('refuse %s rather than type it wrongly', (_, edit, why) => {
    expect(() => rawTypesSource(edited(edit))).toThrow(why);
  });
});

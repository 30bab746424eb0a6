import { describe, expect, it } from 'vitest';
import { parseTypeExpression, TypeExpressionError } from '../generator/load/type-expression.js';

const cases: [string, { given: string; want: unknown }][] = [
  ['a primitive', { given: 'int64', want: { kind: 'primitive', name: 'int64' } }],
  ['a reference', { given: 'FriendInfo', want: { kind: 'ref', name: 'FriendInfo' } }],
  ['an array', { given: 'FriendInfo[]', want: { kind: 'array', items: { kind: 'ref', name: 'FriendInfo' } } }],
  ['a nested array', { given: 'int32[][]', want: { kind: 'array', items: { kind: 'array', items: { kind: 'primitive', name: 'int32' } } } }],
  [
    'a union',
    {
      given: 'int64 | string',
      want: {
        kind: 'union',
        variants: [
          { kind: 'primitive', name: 'int64' },
          { kind: 'primitive', name: 'string' },
        ],
      },
    },
  ],
  [
    'a grouped union array',
    {
      given: '(A | null)[]',
      want: {
        kind: 'array',
        items: {
          kind: 'union',
          variants: [
            { kind: 'ref', name: 'A' },
            { kind: 'primitive', name: 'null' },
          ],
        },
      },
    },
  ],
  ['a map', { given: 'map<int32>', want: { kind: 'map', values: { kind: 'primitive', name: 'int32' } } }],
  [
    'literals',
    {
      given: "'flash' | 1 | true",
      want: {
        kind: 'union',
        variants: [
          { kind: 'literal', value: 'flash' },
          { kind: 'literal', value: 1 },
          { kind: 'literal', value: true },
        ],
      },
    },
  ],
];

describe('type expressions', () => {
  it.each(cases)('parses %s', (_, { given, want }) => {
    expect(parseTypeExpression(given).type).toEqual(want);
  });

  it('records every reference with its offset', () => {
    expect(parseTypeExpression('string | Foo[] | map<Bar>').refs).toEqual([
      { name: 'Foo', offset: 9 },
      { name: 'Bar', offset: 21 },
    ]);
  });

  const errors: [string, { given: string; offset: number; message: RegExp }][] = [
    ['a dangling union', { given: 'int64 |', offset: 7, message: /expected a type/ }],
    ['an unclosed array', { given: 'int64[', offset: 6, message: /expected '\]'/ }],
    ['an unterminated string', { given: "'abc", offset: 0, message: /unterminated/ }],
    ['a stray character', { given: 'int64 & string', offset: 6, message: /unexpected '&'/ }],
    ['trailing text', { given: 'int64 string', offset: 6, message: /unexpected text/ }],
    ['bare object', { given: 'object', offset: 0, message: /needs a definition/ }],
  ];
  it.each(errors)('rejects %s at the right column', (_, { given, offset, message }) => {
    try {
      parseTypeExpression(given);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TypeExpressionError);
      expect((e as TypeExpressionError).offset).toBe(offset);
      expect((e as Error).message).toMatch(message);
    }
  });
});

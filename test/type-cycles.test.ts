/** Which named types are only other names for themselves: the check both the loader and the OpenAPI importer use. */
import { describe, expect, it } from 'vitest';
import { aliasCycles } from '../generator/model/type-cycles.js';
import type { NamedType, TypeNode } from '../generator/model/types.js';

const ref = (name: string): TypeNode => ({ kind: 'ref', name });
const union = (...variants: TypeNode[]): TypeNode => ({ kind: 'union', variants });
const types = (entries: Record<string, TypeNode>): Pick<NamedType, 'name' | 'type'>[] => Object.entries(entries).map(([name, type]) => ({ name, type }));

describe('alias cycles', () => {
  it.each<[string, Record<string, TypeNode>, string[][]]>([
    ['a type that is itself', { A: ref('A') }, [['A', 'A']]],
    ['itself or null', { A: union(ref('A'), { kind: 'primitive', name: 'null' }) }, [['A', 'A']]],
    ['two types naming each other', { B: ref('A'), A: ref('B') }, [['A', 'B', 'A']]],
    ['through a map (Record<string, T> is an alias too)', { Tree: { kind: 'map', values: ref('Tree') } }, [['Tree', 'Tree']]],
    [
      'three in a ring, reported from the first name',
      { C: ref('A'), A: ref('B'), B: union(ref('C'), { kind: 'primitive', name: 'string' }) },
      [['A', 'B', 'C', 'A']],
    ],
    [
      'two separate cycles',
      { A: ref('B'), B: ref('A'), X: ref('X') },
      [
        ['A', 'B', 'A'],
        ['X', 'X'],
      ],
    ],
    ['recursion through an array is fine', { Json: union({ kind: 'primitive', name: 'string' }, { kind: 'array', items: ref('Json') }) }, []],
    [
      'recursion through an object field is fine',
      {
        Node: {
          kind: 'object',
          fields: [{ name: 'next', type: ref('Node'), required: false, hasDefault: false, direction: 'both', source: { file: 'f', line: 1, column: 1 } }],
        },
      },
      [],
    ],
    ['a chain into a cycle reports only the cycle', { Start: ref('A'), A: ref('B'), B: ref('A') }, [['A', 'B', 'A']]],
    ['a reference to an unknown type is not a cycle', { A: ref('Missing') }, []],
  ])('%s', (_, entries, cycles) => {
    expect(aliasCycles(types(entries))).toEqual(cycles);
  });

  it('walks a ring of 100,000 types without running out of stack', () => {
    const n = 100_000;
    const ring = Array.from({ length: n }, (_, i) => ({ name: `T${String(i).padStart(6, '0')}`, type: ref(`T${String((i + 1) % n).padStart(6, '0')}`) }));
    const [cycle, ...rest] = aliasCycles(ring);
    expect(rest).toEqual([]);
    expect(cycle).toHaveLength(n + 1);
    expect(cycle!.slice(0, 3)).toEqual(['T000000', 'T000001', 'T000002']);
  });
});

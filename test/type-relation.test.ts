/**
 * How two types relate across models: a union that names a built-in type (SendSegment) is the
 * same union in a model that only refers to it (an extractor's model declares no types), whatever
 * the order of its variants or the name given to it.
 */
import { describe, expect, it } from 'vitest';
import { relate, TypeScope } from '../generator/diff/type-relation.js';
import type { NamedType, TypeNode } from '../generator/model/types.js';

const ref = (name: string): TypeNode => ({ kind: 'ref', name });
const prim = (name: 'string' | 'int64' | 'number'): TypeNode => ({ kind: 'primitive', name });
const union = (...variants: TypeNode[]): TypeNode => ({ kind: 'union', variants });
const array = (items: TypeNode): TypeNode => ({ kind: 'array', items });
const named = (name: string, type: TypeNode): NamedType => ({ name, type, source: { file: 'spec.yaml', line: 1, column: 1 } });

describe('relate', () => {
  const spec = new TypeScope({ types: [named('Message', union(prim('string'), ref('SendSegment'), array(ref('SendSegment'))))] });
  const code = new TypeScope({ types: [] });

  it('finds a built-in name inside a union, in any order and under another name', () => {
    expect(relate(ref('Message'), spec, union(array(ref('SendSegment')), prim('string'), ref('SendSegment')), code)).toBe('same');
    expect(relate(union(ref('SendSegment'), prim('string')), code, ref('SendSegment'), code)).toBe('narrowed');
    expect(relate(ref('SendSegment'), code, union(ref('SendSegment'), prim('string')), code)).toBe('widened');
  });

  it('tells different built-in names apart', () => {
    expect(relate(union(ref('SendSegment'), prim('string')), code, ref('ReceiveSegment'), code)).toBe('changed');
    expect(relate(ref('Message'), spec, union(array(ref('ReceiveSegment')), prim('string'), ref('ReceiveSegment')), code)).toBe('changed');
  });
});

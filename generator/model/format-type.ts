/**
 * A model type written back as a spec type expression, for messages and reports:
 * `int64 | string`, `FriendInfo[]`, `'male' | 'female'`, `{ a, b? }` (larger objects: `object`).
 */
import type { TypeNode } from './types.js';

const literal = (value: string | number | boolean) => (typeof value === 'string' ? `'${value}'` : String(value));

export function formatType(node: TypeNode | null): string {
  if (!node) return 'null';
  switch (node.kind) {
    case 'primitive':
      return node.name;
    case 'literal':
      return literal(node.value);
    case 'ref':
      return node.name;
    case 'array':
      return node.items.kind === 'union' ? `(${formatType(node.items)})[]` : `${formatType(node.items)}[]`;
    case 'map':
      return `map<${formatType(node.values)}>`;
    case 'union':
      return node.variants.map(formatType).join(' | ');
    case 'enum':
      return node.values.map((v) => literal(v.value)).join(' | ');
    case 'object':
      if (node.fields.length === 0 || node.fields.length > 4) return 'object';
      return `{ ${node.fields.map((f) => `${f.name}${f.required ? '' : '?'}`).join(', ')} }`;
  }
}

/** A model type written back as a spec type expression, for messages (`int64 | string`, `FriendInfo[]`). */
import type { TypeNode } from './types.js';

export function formatType(node: TypeNode): string {
  switch (node.kind) {
    case 'primitive':
      return node.name;
    case 'literal':
      return typeof node.value === 'string' ? `'${node.value}'` : String(node.value);
    case 'ref':
      return node.name;
    case 'array':
      return node.items.kind === 'union' ? `(${formatType(node.items)})[]` : `${formatType(node.items)}[]`;
    case 'map':
      return `map<${formatType(node.values)}>`;
    case 'union':
      return node.variants.map(formatType).join(' | ');
    case 'enum':
      return `${node.base} (${node.values.map((v) => JSON.stringify(v.value)).join(', ')})`;
    case 'object':
      return node.fields.length ? `{ ${node.fields.map((f) => f.name + (f.required ? '' : '?')).join(', ')} }` : 'object';
  }
}

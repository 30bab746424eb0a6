/**
 * Parser for the spec's type expressions (`int64 | string`, `FriendInfo[]`, `map<int32>`,
 * `'flash'`), documented in spec/README.md. Errors carry the column within the expression so
 * the loader can point at the exact character in the YAML file.
 */
import { PRIMITIVE_NAMES, type PrimitiveName, type TypeNode } from '../model/types.js';

export class TypeExpressionError extends Error {
  constructor(
    message: string,
    /** Zero-based offset within the expression. */
    readonly offset: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

type Token =
  | { kind: 'ident'; text: string; at: number }
  | { kind: 'string'; text: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'punct'; text: '|' | '[' | ']' | '<' | '>' | '(' | ')'; at: number }
  | { kind: 'end'; at: number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ' ' || c === '\t') {
      i++;
    } else if ('|[]<>()'.includes(c)) {
      tokens.push({ kind: 'punct', text: c as '|', at: i });
      i++;
    } else if (c === "'" || c === '"') {
      const end = source.indexOf(c, i + 1);
      if (end < 0) throw new TypeExpressionError('unterminated string literal', i, `close it with ${c}`);
      tokens.push({ kind: 'string', text: source.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (/[-\d]/.test(c)) {
      const match = /^-?\d+(\.\d+)?/.exec(source.slice(i));
      if (!match) throw new TypeExpressionError(`unexpected '${c}'`, i);
      tokens.push({ kind: 'number', value: Number(match[0]), at: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][\w]*/.exec(source.slice(i))!;
      tokens.push({ kind: 'ident', text: match[0], at: i });
      i += match[0].length;
    } else {
      throw new TypeExpressionError(`unexpected '${c}'`, i, 'type expressions use names, literals, [], |, map<...> and ( )');
    }
  }
  tokens.push({ kind: 'end', at: source.length });
  return tokens;
}

export interface ParsedTypeExpression {
  type: TypeNode;
  /** Every named reference with its offset, so unresolved names can be pointed at. */
  refs: { name: string; offset: number }[];
}

/** Parses a type expression into a model type; named references are not resolved here. */
export function parseTypeExpression(source: string): ParsedTypeExpression {
  const tokens = tokenize(source);
  const refs: ParsedTypeExpression['refs'] = [];
  let pos = 0;
  const peek = () => tokens[pos]!;
  const isPunct = (text: string) => {
    const t = peek();
    return t.kind === 'punct' && t.text === text;
  };
  const expect = (text: string) => {
    if (!isPunct(text)) throw new TypeExpressionError(`expected '${text}'`, peek().at);
    pos++;
  };

  const parseUnion = (): TypeNode => {
    const variants = [parsePostfix()];
    while (isPunct('|')) {
      pos++;
      variants.push(parsePostfix());
    }
    return variants.length === 1 ? variants[0]! : { kind: 'union', variants };
  };

  const parsePostfix = (): TypeNode => {
    let type = parsePrimary();
    while (isPunct('[')) {
      pos++;
      expect(']');
      type = { kind: 'array', items: type };
    }
    return type;
  };

  const parsePrimary = (): TypeNode => {
    const token = peek();
    switch (token.kind) {
      case 'string':
        pos++;
        return { kind: 'literal', value: token.text };
      case 'number':
        pos++;
        return { kind: 'literal', value: token.value };
      case 'punct':
        if (token.text === '(') {
          pos++;
          const inner = parseUnion();
          expect(')');
          return inner;
        }
        throw new TypeExpressionError(`unexpected '${token.text}'`, token.at, 'expected a type name or literal');
      case 'end':
        throw new TypeExpressionError('expected a type', token.at, 'for example int64, string or FriendInfo[]');
      case 'ident': {
        pos++;
        if (token.text === 'true' || token.text === 'false') return { kind: 'literal', value: token.text === 'true' };
        if (token.text === 'map') {
          expect('<');
          const values = parseUnion();
          expect('>');
          return { kind: 'map', values };
        }
        if ((PRIMITIVE_NAMES as readonly string[]).includes(token.text)) {
          return { kind: 'primitive', name: token.text as PrimitiveName };
        }
        if (token.text === 'object' || token.text === 'array') {
          throw new TypeExpressionError(
            `'${token.text}' needs a definition`,
            token.at,
            token.text === 'object' ? 'give `fields:` for an object' : 'write `T[]` or give `items:`',
          );
        }
        refs.push({ name: token.text, offset: token.at });
        return { kind: 'ref', name: token.text };
      }
    }
  };

  const type = parseUnion();
  if (peek().kind !== 'end') throw new TypeExpressionError('unexpected text after the type', peek().at);
  return { type, refs };
}

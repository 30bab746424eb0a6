/**
 * A small reader of C# source, enough for Lagrange.OneBot's declarations: a tokenizer that knows
 * comments, strings (regular, verbatim, interpolated, raw) and preprocessor lines, and a parser of
 * type declarations (classes, records, structs, enums), their attributes, primary-constructor
 * parameters, base types, properties, fields and method bodies. Expressions are kept as tokens;
 * the extractor looks into them only for the few shapes it understands.
 */

export type TokenKind = 'ident' | 'string' | 'char' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** For strings, the decoded value (interpolated strings keep their holes as written). */
  text: string;
  line: number;
  /** Strings only: `$"..."` (its value is not a constant). */
  interpolated?: boolean;
}

const PUNCT3 = ['??=', '>>=', '<<='];
const PUNCT2 = ['=>', '??', '?.', '::', '==', '!=', '<=', '>=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^='];

/** Splits C# source into tokens; comments, whitespace and preprocessor lines are dropped. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = true;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
      lineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
      i++;
      continue;
    }
    if (lineStart && c === '#') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    lineStart = false;
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      line += countLines(source, i, stop);
      i = stop;
      continue;
    }
    // Strings: optional $ and @ prefixes in either order, or a raw """ string.
    const prefix = /^(\$@|@\$|\$+|@)?"/.exec(source.slice(i, i + 4));
    if (prefix) {
      const start = i;
      const startLine = line;
      const p = prefix[1] ?? '';
      i += p.length;
      const interpolated = p.includes('$');
      const verbatim = p.includes('@');
      let value = '';
      if (source.startsWith('"""', i)) {
        let quotes = 0;
        while (source[i] === '"') {
          quotes++;
          i++;
        }
        const close = '"'.repeat(quotes);
        const end = source.indexOf(close, i);
        const stop = end < 0 ? n : end;
        value = source.slice(i, stop);
        i = stop + quotes;
      } else {
        i++;
        while (i < n) {
          const d = source[i]!;
          if (verbatim && d === '"' && source[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          if (d === '"') {
            i++;
            break;
          }
          if (!verbatim && d === '\\') {
            value += unescape(source[i + 1] ?? '');
            i += 2;
            continue;
          }
          if (interpolated && d === '{') {
            // A hole: copy it as written, strings inside it included.
            let depth = 0;
            while (i < n) {
              const e = source[i]!;
              value += e;
              i++;
              if (e === '{') depth++;
              else if (e === '}' && --depth === 0) break;
            }
            continue;
          }
          value += d;
          i++;
        }
      }
      line += countLines(source, start, i);
      tokens.push({ kind: 'string', text: value, line: startLine, ...(interpolated ? { interpolated } : {}) });
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      let value = '';
      while (j < n && source[j] !== "'") {
        if (source[j] === '\\') {
          value += unescape(source[j + 1] ?? '');
          j += 2;
        } else value += source[j++];
      }
      tokens.push({ kind: 'char', text: value, line });
      i = j + 1;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const m = /^(0[xX][0-9a-fA-F_]+|0[bB][01_]+|[0-9_]*\.?[0-9_]+(?:[eE][+-]?[0-9]+)?)([uUlLfFdDmM]{0,2})/.exec(source.slice(i))!;
      tokens.push({ kind: 'number', text: m[0], line });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_@]/.test(c)) {
      const m = /^@?[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
      if (m) {
        tokens.push({ kind: 'ident', text: m[0].replace(/^@/, ''), line });
        i += m[0].length;
        continue;
      }
    }
    const three = source.slice(i, i + 3);
    const two = source.slice(i, i + 2);
    const punct = PUNCT3.includes(three) ? three : PUNCT2.includes(two) ? two : c;
    tokens.push({ kind: 'punct', text: punct, line });
    i += punct.length;
  }
  return tokens;
}

function countLines(source: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (source[k] === '\n') count++;
  return count;
}

function unescape(c: string): string {
  return ({ n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'" } as Record<string, string>)[c] ?? c;
}

// ---- declarations ---------------------------------------------------------------------------

export interface Attribute {
  /** The name without `Attribute` and without a target (`property:`). */
  name: string;
  /** `property` in `[property: JsonPropertyName("x")]`. */
  target?: string;
  /** Each argument's tokens. */
  args: Token[][];
  line: number;
}

export interface Parameter {
  name: string;
  type: string;
  attributes: Attribute[];
  /** The default value's tokens, when given. */
  defaultValue?: Token[];
  line: number;
}

export interface Member {
  kind: 'property' | 'field' | 'method' | 'constructor';
  name: string;
  /** The declared type as written (without spaces, `List<OneBotSegment>`, `uint?`); empty for constructors. */
  type: string;
  attributes: Attribute[];
  modifiers: string[];
  /** Properties and fields: the initializer's tokens. */
  initializer?: Token[];
  /** Methods and constructors: the parameters. */
  parameters?: Parameter[];
  /** Methods, constructors, expression-bodied members: the body's tokens. */
  body?: Token[];
  /** Properties: whether it has a setter (`set` or `init`). */
  settable?: boolean;
  /** Properties: whether the getter is not public (`protected get`), which hides the property from JSON. */
  restricted?: boolean;
  line: number;
}

export interface TypeDecl {
  kind: 'class' | 'record' | 'struct' | 'interface' | 'enum';
  name: string;
  /** Generic parameters' names. */
  generics: string[];
  file: string;
  line: number;
  modifiers: string[];
  attributes: Attribute[];
  /** Positional record or primary-constructor parameters. */
  primaryParameters?: Parameter[];
  /** The first base type's name (without generic arguments), and the arguments passed to its constructor. */
  base?: { name: string; args?: Token[][] };
  /** Every type after the colon, as written. */
  bases: string[];
  members: Member[];
  /** Enums: the member names and their values' tokens. */
  enumMembers?: { name: string; value?: Token[] }[];
  nested: TypeDecl[];
  /** Every token of the body, for searches such as `Deserialize<T>`. */
  bodyTokens: Token[];
}

export interface ParsedFile {
  file: string;
  tokens: Token[];
  types: TypeDecl[];
  /** What could not be parsed: line and message. */
  problems: { line: number; message: string }[];
}

const TYPE_KEYWORDS = new Set(['class', 'record', 'struct', 'interface', 'enum']);
const MODIFIERS = new Set([
  'public',
  'private',
  'protected',
  'internal',
  'static',
  'readonly',
  'virtual',
  'override',
  'abstract',
  'sealed',
  'new',
  'required',
  'const',
  'partial',
  'async',
  'extern',
  'unsafe',
  'volatile',
  'file',
  'ref',
]);

/** Parses one file's type declarations (at any namespace nesting). */
export function parseFile(file: string, source: string): ParsedFile {
  const tokens = tokenize(source);
  const result: ParsedFile = { file, tokens, types: [], problems: [] };
  const reader = new Reader(tokens, file, result.problems);
  result.types = reader.typesUntil(tokens.length);
  return result;
}

/** The index of the token that closes the bracket opened at `open`. */
export function matching(tokens: readonly Token[], open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
  const opener = tokens[open]!.text;
  const closer = pairs[opener]!;
  let depth = 0;
  let parens = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') continue;
    if (opener === '<') {
      // Generic arguments may hold tuples `(string A, int B)`; anything else ends them.
      if (t.text === '(') parens++;
      else if (t.text === ')' && --parens < 0) return -1;
      else if (t.text === ';' || t.text === '{' || t.text === '=>') return -1;
    }
    if (t.text === opener) depth++;
    else if (t.text === closer && --depth === 0) return k;
  }
  return -1;
}

/** Splits tokens at top-level commas. */
export function splitTopLevel(tokens: readonly Token[], separator = ','): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  let angle = 0;
  for (const t of tokens) {
    if (t.kind === 'punct') {
      if ('([{'.includes(t.text)) depth++;
      else if (')]}'.includes(t.text)) depth--;
      else if (t.text === '<' && looksGeneric(current)) angle++;
      else if (t.text === '>' && angle > 0) angle--;
      else if (t.text === separator && depth === 0 && angle === 0) {
        parts.push(current);
        current = [];
        continue;
      }
    }
    current.push(t);
  }
  if (current.length || parts.length) parts.push(current);
  return parts;
}

/** A `<` right after a type-like name opens generic arguments (good enough inside declarations). */
function looksGeneric(before: readonly Token[]): boolean {
  const last = before[before.length - 1];
  return !!last && last.kind === 'ident' && /^[A-Z]/.test(last.text);
}

export function joinType(tokens: readonly Token[]): string {
  // `(string X, int Y)`: a space between two names, after a comma, nowhere else.
  return tokens
    .map((t, i) => (i > 0 && t.kind === 'ident' && tokens[i - 1]!.kind === 'ident' ? ` ${t.text}` : t.text))
    .join('')
    .replace(/,/g, ', ');
}

class Reader {
  constructor(
    private readonly tokens: Token[],
    private readonly file: string,
    private readonly problems: { line: number; message: string }[],
  ) {}

  /** Type declarations between the current position and `end`, skipping namespaces, usings and other statements. */
  typesUntil(end: number, start = 0): TypeDecl[] {
    const types: TypeDecl[] = [];
    let i = start;
    let attributes: Attribute[] = [];
    while (i < end) {
      const t = this.tokens[i]!;
      if (t.kind === 'punct' && t.text === '[') {
        const close = matching(this.tokens, i);
        if (close < 0) break;
        attributes.push(...this.attributes(i + 1, close));
        i = close + 1;
        continue;
      }
      if (t.kind === 'ident' && (t.text === 'using' || t.text === 'namespace') && this.tokens[i + 1]?.text !== '(') {
        // `namespace X;`, `namespace X { ... }` (descend) or `using ...;`
        let k = i + 1;
        while (k < end && this.tokens[k]!.text !== ';' && this.tokens[k]!.text !== '{') k++;
        if (this.tokens[k]?.text === '{' && t.text === 'namespace') {
          const close = matching(this.tokens, k);
          types.push(...this.typesUntil(close, k + 1));
          i = close + 1;
        } else i = k + 1;
        attributes = [];
        continue;
      }
      const declStart = i;
      let k = i;
      while (k < end && this.tokens[k]!.kind === 'ident' && MODIFIERS.has(this.tokens[k]!.text)) k++;
      const keyword = this.tokens[k];
      if (keyword?.kind === 'ident' && TYPE_KEYWORDS.has(keyword.text) && this.tokens[k + 1]?.kind === 'ident') {
        const { decl, next } = this.typeDecl(declStart, k, attributes);
        types.push(decl);
        i = next;
        attributes = [];
        continue;
      }
      attributes = [];
      i++;
    }
    return types;
  }

  attributes(from: number, to: number): Attribute[] {
    const inner = this.tokens.slice(from, to);
    let target: string | undefined;
    let body = inner;
    if (inner[0]?.kind === 'ident' && inner[1]?.text === ':') {
      target = inner[0].text;
      body = inner.slice(2);
    }
    return splitTopLevel(body).flatMap((part) => {
      if (!part.length) return [];
      const nameTokens: Token[] = [];
      let j = 0;
      while (j < part.length && (part[j]!.kind === 'ident' || part[j]!.text === '.')) nameTokens.push(part[j++]!);
      const fullName = nameTokens.map((x) => x.text).join('');
      const name = fullName
        .split('.')
        .pop()!
        .replace(/Attribute$/, '');
      let args: Token[][] = [];
      if (part[j]?.text === '(') {
        const close = matching(part, j);
        args = splitTopLevel(part.slice(j + 1, close < 0 ? part.length : close)).filter((a) => a.length);
      }
      return [{ name, ...(target ? { target } : {}), args, line: part[0]!.line }];
    });
  }

  typeDecl(declStart: number, keywordAt: number, attributes: Attribute[]): { decl: TypeDecl; next: number } {
    const tokens = this.tokens;
    const modifiers = tokens.slice(declStart, keywordAt).map((t) => t.text);
    const kind = tokens[keywordAt]!.text as TypeDecl['kind'];
    let k = keywordAt + 1;
    // `record class` / `record struct`
    if (kind === 'record' && (tokens[k]?.text === 'class' || tokens[k]?.text === 'struct')) k++;
    const nameToken = tokens[k]!;
    k++;
    const generics: string[] = [];
    if (tokens[k]?.text === '<') {
      const close = matching(tokens, k);
      for (const t of tokens.slice(k + 1, close)) if (t.kind === 'ident') generics.push(t.text);
      k = close + 1;
    }
    const decl: TypeDecl = {
      kind,
      name: nameToken.text,
      generics,
      file: this.file,
      line: nameToken.line,
      modifiers,
      attributes,
      bases: [],
      members: [],
      nested: [],
      bodyTokens: [],
    };
    if (tokens[k]?.text === '(') {
      const close = matching(tokens, k);
      decl.primaryParameters = this.parameters(k + 1, close);
      k = close + 1;
    }
    if (tokens[k]?.text === ':') {
      k++;
      const start = k;
      while (k < tokens.length && tokens[k]!.text !== '{' && tokens[k]!.text !== ';' && !(tokens[k]!.kind === 'ident' && tokens[k]!.text === 'where')) {
        if (tokens[k]!.text === '(' || tokens[k]!.text === '<') {
          const close = matching(tokens, k);
          if (close > 0) {
            k = close + 1;
            continue;
          }
        }
        k++;
      }
      const baseTokens = tokens.slice(start, k);
      splitTopLevel(baseTokens).forEach((part, index) => {
        const paren = part.findIndex((t) => t.text === '(');
        const typePart = paren >= 0 ? part.slice(0, paren) : part;
        decl.bases.push(joinType(typePart));
        if (index === 0) {
          const name = typePart.filter((t) => t.kind === 'ident')[0]?.text ?? '';
          const base: { name: string; args?: Token[][] } = {
            name: typePart.find((t) => t.text === '<')
              ? typePart[typePart.findIndex((t) => t.text === '<') - 1]!.text
              : (typePart[typePart.length - 1]?.text ?? name),
          };
          if (paren >= 0) base.args = splitTopLevel(part.slice(paren + 1, matching(part, paren))).filter((a) => a.length);
          decl.base = base;
        }
      });
    }
    while (k < tokens.length && tokens[k]!.text !== '{' && tokens[k]!.text !== ';') k++;
    if (tokens[k]?.text === ';') return { decl, next: k + 1 };
    const close = matching(tokens, k);
    if (close < 0) {
      this.problems.push({ line: nameToken.line, message: `the body of ${kind} ${decl.name} is not closed` });
      return { decl, next: tokens.length };
    }
    decl.bodyTokens = tokens.slice(k + 1, close);
    if (kind === 'enum') decl.enumMembers = this.enumMembers(k + 1, close);
    else this.members(decl, k + 1, close);
    let next = close + 1;
    if (tokens[next]?.text === ';') next++;
    return { decl, next };
  }

  parameters(from: number, to: number): Parameter[] {
    return splitTopLevel(this.tokens.slice(from, to))
      .filter((p) => p.length)
      .map((part) => {
        const attributes: Attribute[] = [];
        let j = 0;
        while (part[j]?.text === '[') {
          const close = matching(part, j);
          attributes.push(...new Reader(part, this.file, this.problems).attributes(j + 1, close));
          j = close + 1;
        }
        while (part[j]?.kind === 'ident' && ['this', 'ref', 'out', 'in', 'params', 'scoped'].includes(part[j]!.text)) j++;
        const eq = part.findIndex((t, idx) => idx >= j && t.text === '=');
        const decl = eq >= 0 ? part.slice(j, eq) : part.slice(j);
        const name = decl[decl.length - 1]!;
        return {
          name: name.text,
          type: joinType(decl.slice(0, -1)),
          attributes,
          ...(eq >= 0 ? { defaultValue: part.slice(eq + 1) } : {}),
          line: name.line,
        };
      });
  }

  enumMembers(from: number, to: number): { name: string; value?: Token[] }[] {
    return splitTopLevel(this.tokens.slice(from, to))
      .map((part) => part.filter((_, idx) => idx >= skipAttributes(part)))
      .filter((p) => p.length && p[0]!.kind === 'ident')
      .map((p) => {
        const eq = p.findIndex((t) => t.text === '=');
        return { name: p[0]!.text, ...(eq >= 0 ? { value: p.slice(eq + 1) } : {}) };
      });
  }

  /** Reads the members of a type body: nested types, properties, fields, methods and constructors. */
  members(decl: TypeDecl, from: number, to: number): void {
    const tokens = this.tokens;
    let i = from;
    while (i < to) {
      const start = i;
      const attributes: Attribute[] = [];
      while (tokens[i]?.text === '[') {
        const close = matching(tokens, i);
        attributes.push(...this.attributes(i + 1, close));
        i = close + 1;
      }
      let k = i;
      while (k < to && tokens[k]!.kind === 'ident' && MODIFIERS.has(tokens[k]!.text)) k++;
      if (tokens[k]?.kind === 'ident' && TYPE_KEYWORDS.has(tokens[k]!.text) && tokens[k + 1]?.kind === 'ident') {
        const { decl: nested, next } = this.typeDecl(i, k, attributes);
        decl.nested.push(nested);
        i = next;
        continue;
      }
      const modifiers = tokens.slice(i, k).map((t) => t.text);
      // Find the first top-level `{`, `(`, `=`, `=>` or `;` after the type and name.
      let j = k;
      while (j < to) {
        const t = tokens[j]!;
        if (j === k && t.text === '(') {
          j = matching(tokens, j) + 1; // a tuple type
          continue;
        }
        if (t.kind === 'punct' && ['{', '(', '=', '=>', ';'].includes(t.text)) break;
        if (t.kind === 'punct' && (t.text === '<' || t.text === '[')) {
          const close = matching(tokens, j);
          if (close > 0 && close < to) {
            j = close + 1;
            continue;
          }
        }
        j++;
      }
      const stop = tokens[j];
      if (!stop || j >= to) break;
      let head = tokens.slice(k, j);
      // A generic method `Name<T>(`: the name is before its type parameters.
      if (head[head.length - 1]?.text === '>') {
        const open = head.findIndex((t, idx) => t.text === '<' && matching(head, idx) === head.length - 1);
        if (open > 0) head = head.slice(0, open);
      }
      const nameToken = head[head.length - 1];
      const line = nameToken?.line ?? tokens[start]!.line;
      if (nameToken?.kind !== 'ident') {
        this.problems.push({ line, message: `a member of ${decl.name} could not be read` });
        i = this.skipStatement(j, to);
        continue;
      }
      const type = joinType(head.slice(0, -1));
      if (stop.text === '{') {
        // A property with accessors, maybe followed by `= initializer;`.
        const close = matching(tokens, j);
        const accessors = tokens.slice(j + 1, close);
        const member: Member = {
          kind: 'property',
          name: nameToken.text,
          type,
          attributes,
          modifiers,
          line,
          settable: accessors.some((t) => t.text === 'set' || t.text === 'init'),
          restricted: accessors.some((t, idx) => ['private', 'protected', 'internal'].includes(t.text) && accessors[idx + 1]?.text === 'get'),
        };
        i = close + 1;
        if (tokens[i]?.text === '=') {
          const end = this.skipStatement(i + 1, to);
          member.initializer = tokens.slice(i + 1, end - 1);
          i = end;
        }
        decl.members.push(member);
        continue;
      }
      if (stop.text === '=>') {
        const end = this.skipStatement(j + 1, to);
        decl.members.push({ kind: 'property', name: nameToken.text, type, attributes, modifiers, line, body: tokens.slice(j + 1, end - 1), settable: false });
        i = end;
        continue;
      }
      if (stop.text === '(') {
        const close = matching(tokens, j);
        const parameters = this.parameters(j + 1, close);
        const isConstructor = nameToken.text === decl.name && head.length === 1;
        let m = close + 1;
        // constructor initializer `: this(...)` / `: base(...)`, or generic constraints
        while (m < to && tokens[m]!.text !== '{' && tokens[m]!.text !== '=>' && tokens[m]!.text !== ';') {
          if (tokens[m]!.text === '(') m = matching(tokens, m);
          m++;
        }
        let body: Token[] = [];
        if (tokens[m]?.text === '{') {
          const end = matching(tokens, m);
          body = tokens.slice(m + 1, end);
          i = end + 1;
        } else if (tokens[m]?.text === '=>') {
          const end = this.skipStatement(m + 1, to);
          body = tokens.slice(m + 1, end - 1);
          i = end;
        } else i = m + 1;
        decl.members.push({
          kind: isConstructor ? 'constructor' : 'method',
          name: nameToken.text,
          type: isConstructor ? '' : type,
          attributes,
          modifiers,
          parameters,
          body,
          line,
        });
        continue;
      }
      // A field: `Type name;` or `Type name = value;`
      const end = this.skipStatement(j, to);
      const member: Member = { kind: 'field', name: nameToken.text, type, attributes, modifiers, line };
      if (stop.text === '=') member.initializer = tokens.slice(j + 1, end - 1);
      decl.members.push(member);
      i = end;
    }
  }

  /** The index after the `;` that ends the statement starting at `from` (brackets skipped). */
  skipStatement(from: number, to: number): number {
    let k = from;
    while (k < to) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) {
        k = matching(this.tokens, k) + 1;
        if (k <= 0) return to;
        continue;
      }
      if (t.kind === 'punct' && t.text === ';') return k + 1;
      k++;
    }
    return to;
  }
}

function skipAttributes(part: readonly Token[]): number {
  let j = 0;
  while (part[j]?.text === '[') j = matching(part, j) + 1;
  return j;
}

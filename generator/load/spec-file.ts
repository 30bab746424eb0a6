/**
 * One parsed spec file: its YAML document with source positions, and lookups from a path in the
 * data to the line and column where it was written.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Alias, type Document, type Node } from 'yaml';
import type { SourceRef } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';
import { DEFAULT_LIMITS } from './limits.js';
import { checkTextSize, readTextFile, type TextProblem } from './read-text.js';

export type DataPath = readonly (string | number)[];

export class SpecFile {
  private constructor(
    /** Path as shown in messages (relative to the working directory). */
    readonly name: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    /** The file's content as plain data. */
    readonly data: unknown,
  ) {}

  /** Parses `text`; YAML syntax errors come back as diagnostics and the data as undefined. */
  static parse(name: string, text: string, maxAliasCount = DEFAULT_LIMITS.maxAliasCount): { file: SpecFile; diagnostics: Diagnostic[] } {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
    const diagnostics: Diagnostic[] = [];
    // After the first syntax error the parser is out of step, and what follows is mostly noise
    // caused by it: report the first, and say how many more there were.
    const [first, ...rest] = doc.errors;
    if (first) {
      const at = lines.linePos(first.pos[0]);
      const more = rest.length ? ` (and ${rest.length} more YAML error${rest.length === 1 ? '' : 's'} after it, most likely caused by this one)` : '';
      diagnostics.push({
        file: name,
        line: at.line,
        column: at.col,
        severity: 'error',
        message: `YAML syntax: ${first.message.split('\n')[0]}${more}`,
        hint: yamlHint(first.code),
      });
    }
    for (const warning of doc.warnings) {
      const at = lines.linePos(warning.pos[0]);
      diagnostics.push({ file: name, line: at.line, column: at.col, severity: 'warning', message: `YAML: ${warning.message.split('\n')[0]}` });
    }
    let data: unknown;
    if (!doc.errors.length) {
      try {
        data = doc.toJS({ maxAliasCount });
      } catch (e) {
        // The yaml package throws (a ReferenceError) for an alias that expands too far or that has no anchor.
        const alias = /excessive alias count/i.test((e as Error).message) ? expandingAlias(doc, maxAliasCount) : undefined;
        const at = lines.linePos(alias?.range?.[0] ?? 0);
        diagnostics.push({
          file: name,
          line: at.line,
          column: at.col,
          severity: 'error',
          message: alias
            ? `YAML: the alias *${alias.source} expands too far (more than ${maxAliasCount} aliased nodes, a "billion laughs" pattern)`
            : `YAML: ${(e as Error).message}`,
          hint: alias ? 'write the repeated values out instead of nesting aliases of aliases' : 'define each anchor (&name) before its aliases (*name)',
        });
      }
    }
    return { file: new SpecFile(name, doc, lines, data), diagnostics };
  }

  /**
   * Reads and parses the file at `path`: a file that cannot be read, is larger than `maxBytes` or
   * is not valid UTF-8 comes back as a diagnostic (and no file), never as an exception.
   */
  static async read(path: string, name = path, limits = DEFAULT_LIMITS): Promise<{ file?: SpecFile; diagnostics: Diagnostic[] }> {
    const read = await readTextFile(path, limits.maxFileBytes, '--max-file-size');
    if (read.problem) return { diagnostics: [problemDiagnostic(name, read.problem)] };
    return SpecFile.parse(name, read.text, limits.maxAliasCount);
  }

  /** A file's text already in memory (from git), held to the same limits. */
  static fromText(name: string, text: string, limits = DEFAULT_LIMITS): { file?: SpecFile; diagnostics: Diagnostic[] } {
    const problem = checkTextSize(text, limits.maxFileBytes, '--max-file-size');
    if (problem) return { diagnostics: [problemDiagnostic(name, problem)] };
    return SpecFile.parse(name, text, limits.maxAliasCount);
  }

  /**
   * Where the value at `path` was written; with `key`, where its key was written (for unknown or
   * duplicate keys). Falls back to the nearest ancestor that exists.
   */
  at(path: DataPath, key = false): SourceRef {
    const offset = this.offsetOf(path, key);
    const pos = this.lines.linePos(offset);
    return { file: this.name, line: pos.line, column: pos.col };
  }

  /** The position of a character inside the scalar at `path` (for errors inside type expressions). */
  atCharacter(path: DataPath, index: number): SourceRef {
    const node = this.nodeAt(path);
    let offset = this.offsetOf(path, false);
    if (node && isScalar(node) && node.range) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const singleLine = node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED';
      if (singleLine) offset = node.range[0] + (quoted ? 1 : 0) + index;
    }
    const pos = this.lines.linePos(offset);
    return { file: this.name, line: pos.line, column: pos.col };
  }

  private nodeAt(path: DataPath): Node | undefined {
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        node = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
      } else {
        return undefined;
      }
    }
    return node as Node | undefined;
  }

  private offsetOf(path: DataPath, key: boolean): number {
    let node: unknown = this.doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return offset;
        const keyNode = pair.key as Node;
        if (key && i === path.length - 1) return keyNode.range?.[0] ?? offset;
        node = pair.value;
        // A key with no value (`foo:`) points at the key.
        offset = (node as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? offset;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        offset = (node as Node | null)?.range?.[0] ?? offset;
      } else {
        return offset;
      }
    }
    return offset;
  }
}

function problemDiagnostic(file: string, problem: TextProblem): Diagnostic {
  return { file, line: problem.line, column: problem.column, severity: 'error', message: problem.message, hint: problem.hint };
}

/**
 * The alias at which the yaml package gave up, found by counting as it does (`Alias.resolve`): in
 * document order, each use of an anchor counts the aliases its node expands to.
 */
export function expandingAlias(doc: Document, maxAliasCount: number): Alias | undefined {
  const anchors = new Map<string, Node>();
  const data = new Map<Node, { count: number; aliasCount: number }>();
  const aliasCount = (node: unknown): number => {
    if (isAlias(node)) {
      const d = data.get(anchors.get(node.source)!);
      return d ? d.count * d.aliasCount : 0;
    }
    if (isCollection(node)) return node.items.reduce((max: number, item) => Math.max(max, aliasCount(item)), 0);
    if (isPair(node)) return Math.max(aliasCount(node.key), aliasCount(node.value));
    return 1;
  };
  let found: Alias | undefined;
  let first: Alias | undefined;
  const walk = (node: unknown): void => {
    if (found || !node) return;
    if (isAlias(node)) {
      first ??= node;
      const source = anchors.get(node.source);
      const d = source && data.get(source);
      if (!d) return;
      d.count++;
      if (d.aliasCount === 0) d.aliasCount = aliasCount(source);
      if (d.count * d.aliasCount > maxAliasCount) found = node;
      return;
    }
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
      return;
    }
    const anchored = node as Node;
    if (anchored.anchor) {
      anchors.set(anchored.anchor, anchored);
      data.set(anchored, { count: 1, aliasCount: 0 });
    }
    if (isCollection(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  return found ?? first;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a mapping; merge the two entries';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and the brackets on this line';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return 'fix the YAML syntax here (quote strings that contain `: `, `#`, `[` or `{`)';
  }
}

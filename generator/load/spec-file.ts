/**
 * One parsed spec file: its YAML document with source positions, and lookups from a path in the
 * data to the line and column where it was written.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SourceRef } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';

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
  static parse(name: string, text: string): { file: SpecFile; diagnostics: Diagnostic[] } {
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
    const data = doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });
    return { file: new SpecFile(name, doc, lines, data), diagnostics };
  }

  static async read(path: string, name = path): Promise<{ file: SpecFile; diagnostics: Diagnostic[] }> {
    return SpecFile.parse(name, await readFile(path, 'utf8'));
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

/**
 * Just enough of Go's lexical structure to read go-cqhttp's source as text: matching brackets past
 * strings and comments, function declarations, and the entries of a `global.MSG{...}` literal.
 * It is not a Go parser; the extractor reads only shapes that go-cqhttp's code has, and reports
 * what it meets outside them.
 */

import type { ImportNote } from '../../import/notes.js';

export interface GoFile {
  /** The path relative to the checkout, for notes. */
  path: string;
  text: string;
}

export interface GoParam {
  name: string;
  type: string;
}

export interface GoFunc {
  name: string;
  /** `bot *CQBot`, when a method. */
  receiver?: string;
  params: GoParam[];
  /** The doc comment's lines, without `//`. */
  doc: string[];
  /** The text between the body's braces. */
  body: string;
  /** Offset of `body` in the file. */
  bodyStart: number;
  file: GoFile;
  line: number;
}

/** 1-based line of an offset. */
export function lineAt(file: GoFile, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < file.text.length; i++) if (file.text.charCodeAt(i) === 10) line++;
  return line;
}

/** The offset just past a string, rune or comment starting at `i`, or `i` when none starts there. */
function skipLiteral(text: string, i: number): number {
  const c = text[i];
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '`') {
    const end = text.indexOf('`', i + 1);
    return end < 0 ? text.length : end + 1;
  }
  if (c === '/' && text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (c === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return i;
}

const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The offset of the bracket that closes the one at `open`, or -1. */
export function matchBracket(text: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const past = skipLiteral(text, i);
    if (past !== i) {
      i = past - 1;
      continue;
    }
    const c = text[i]!;
    if (CLOSE[c]) stack.push(CLOSE[c]);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** Splits `text` at top-level commas (outside brackets, strings and comments); each part keeps its offset. */
export function splitTopLevel(text: string, separator = ','): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const past = skipLiteral(text, i);
    if (past !== i) {
      i = past - 1;
      continue;
    }
    const c = text[i]!;
    if (CLOSE[c]) depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === separator && depth === 0) {
      parts.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  parts.push({ text: text.slice(start), offset: start });
  return parts
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      return { text: p.text.trim(), offset: p.offset + lead };
    })
    .filter((p) => p.text && !/^\/\//.test(p.text));
}

/** Removes `//` and block comments (strings are kept intact), keeping offsets: comments become spaces. */
const blanked = new Map<string, string>();

export function blankComments(text: string): string {
  const cached = blanked.get(text);
  if (cached !== undefined) return cached;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const past = skipLiteral(text, i);
    if (past !== i) {
      const chunk = text.slice(i, past);
      out += text[i] === '/' ? chunk.replace(/[^\n]/g, ' ') : chunk;
      i = past - 1;
      continue;
    }
    out += text[i];
  }
  if (blanked.size > 64) blanked.clear();
  blanked.set(text, out);
  return out;
}

/** Go parameter lists group names by type (`groupID, userID int64`): one entry per name. */
export function parseParams(list: string): GoParam[] {
  const out: GoParam[] = [];
  let pending: string[] = [];
  for (const part of splitTopLevel(list)) {
    const m = /^(\w+)\s+(.+)$/.exec(part.text);
    if (m) {
      for (const name of pending) out.push({ name, type: m[2]!.trim() });
      pending = [];
      out.push({ name: m[1]!, type: m[2]!.trim() });
    } else {
      pending.push(part.text);
    }
  }
  for (const name of pending) out.push({ name, type: '' });
  return out;
}

/** Every top-level function or method declared in a file. */
export function functionsOf(file: GoFile): GoFunc[] {
  const out: GoFunc[] = [];
  const header = /^func\s+(?:\(([^)]*)\)\s*)?(\w+)\s*\(/gm;
  for (let m = header.exec(file.text); m; m = header.exec(file.text)) {
    const paramsOpen = m.index + m[0].length - 1;
    const paramsClose = matchBracket(file.text, paramsOpen);
    if (paramsClose < 0) continue;
    const bodyOpen = file.text.indexOf('{', paramsClose);
    const bodyClose = bodyOpen < 0 ? -1 : matchBracket(file.text, bodyOpen);
    if (bodyClose < 0) continue;
    out.push({
      name: m[2]!,
      ...(m[1] ? { receiver: m[1].trim() } : {}),
      params: parseParams(file.text.slice(paramsOpen + 1, paramsClose)),
      doc: docComment(file.text, m.index),
      body: file.text.slice(bodyOpen + 1, bodyClose),
      bodyStart: bodyOpen + 1,
      file,
      line: lineAt(file, m.index),
    });
    header.lastIndex = bodyClose;
  }
  return out;
}

function docComment(text: string, declaration: number): string[] {
  const lines = text.slice(0, declaration).split('\n');
  lines.pop(); // the (empty) start of the declaration's own line
  const doc: string[] = [];
  while (lines.length && /^\s*\/\//.test(lines[lines.length - 1]!)) doc.unshift(lines.pop()!.replace(/^\s*\/\/\s?/, ''));
  return doc;
}

export interface MapEntry {
  key: string;
  value: string;
  /** Offsets of the entry and of its value in the text the literal was read from. */
  offset: number;
  valueOffset: number;
}

/**
 * The `"key": value` entries of the composite literal whose `{` is at `open` in `text`, or
 * undefined when the literal has other entries (a key that is not a string literal).
 */
export function mapLiteral(original: string, open: number): { entries: MapEntry[]; end: number } | undefined {
  const text = blankComments(original);
  const close = matchBracket(text, open);
  if (close < 0) return undefined;
  const entries: MapEntry[] = [];
  for (const part of splitTopLevel(text.slice(open + 1, close))) {
    const m = /^"([^"]*)"\s*:\s*([\s\S]*)$/.exec(part.text);
    if (!m) return undefined;
    const at = open + 1 + part.offset;
    entries.push({ key: m[1]!, value: m[2]!.trim(), offset: at, valueOffset: at + part.text.length - m[2]!.length });
  }
  return { entries, end: close };
}

/** The string literals a local variable is given (`typ := "a"` ... `typ = "b"`) in a function body. */
export function stringAssignments(body: string, variable: string): string[] {
  const re = new RegExp(`\\b${variable}\\s*:?=\\s*"([^"]*)"`, 'g');
  return [...body.matchAll(re)].map((m) => m[1]!);
}

/** A note about one place in the checkout: its file (relative to the checkout) and line. */
export function noteAt(file: GoFile, offset: number, message: string, severity: ImportNote['severity'] = 'warning'): ImportNote {
  return { severity, file: file.path, line: lineAt(file, offset), message };
}

export interface SwitchCase {
  /** The case's labels as written (`"text"`, `*message.TextElement`); empty for `default:`. */
  labels: string[];
  body: string;
  /** Offset of `body` in the text. */
  offset: number;
}

/** The cases of the `switch ... {` whose `{` is at `open`, at its own level only (not nested switches). */
export function switchCases(original: string, open: number): SwitchCase[] {
  const text = blankComments(original);
  const close = matchBracket(text, open);
  const cases: { labels: string[]; start: number; labelAt: number }[] = [];
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    const past = skipLiteral(text, i);
    if (past !== i) {
      i = past - 1;
      continue;
    }
    const c = text[i]!;
    if (CLOSE[c]) depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && /\s/.test(text[i - 1] ?? ' ')) {
      const label = /^(case\s+([^:]+)|default\s*):/.exec(text.slice(i, i + 300));
      if (label && (label[2] === undefined || !/[\n{}]/.test(label[2]))) {
        cases.push({ labels: label[2] ? splitTopLevel(label[2]).map((p) => p.text) : [], start: i + label[0].length, labelAt: i });
        i += label[0].length - 1;
      }
    }
  }
  return cases.map((c, k) => {
    const end = k + 1 < cases.length ? cases[k + 1]!.labelAt : close;
    return { labels: c.labels, body: text.slice(c.start, end), offset: c.start };
  });
}

/** The string a label or argument holds when it is a plain string literal. */
export function stringLiteral(text: string): string | undefined {
  return /^"([^"\\]*)"$/.exec(text.trim())?.[1];
}

/** Code-point order, as the loader sorts the model (not the locale's, which ignores `_` and `.`). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

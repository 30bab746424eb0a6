/**
 * Documents and their printer: Wadler's "prettier printer", as prettier implements it (its
 * src/document/: groups that print flat when they fit in the width and break otherwise, indents,
 * soft and hard line breaks, breaks that depend on another group). The TypeScript emitters build
 * their code as these documents, by the same rules prettier uses for each construct
 * (printer.ts), so what they print is already what prettier would make of it and needs no
 * formatting pass. test/typescript-layout.test.ts proves prettier leaves every file unchanged.
 */
import { util } from 'prettier';

export type Doc = string | readonly Doc[] | Command;

type Command =
  | { readonly t: 'group'; readonly contents: Doc; brk: boolean; readonly id?: symbol }
  | { readonly t: 'indent'; readonly contents: Doc }
  | { readonly t: 'align'; readonly n: number; readonly contents: Doc }
  | { readonly t: 'line'; readonly soft?: true; readonly hard?: true }
  | { readonly t: 'if-break'; readonly breakContents: Doc; readonly flatContents: Doc; readonly groupId?: symbol }
  | { readonly t: 'indent-if-break'; readonly contents: Doc; readonly groupId: symbol }
  | { readonly t: 'lines'; readonly lines: readonly string[] }
  | { readonly t: 'unmodeled'; readonly text: string; readonly always: boolean };

// ---- builders (prettier's names and meanings) --------------------------------------------------

export const line: Doc = { t: 'line' };
export const softline: Doc = { t: 'line', soft: true };
/** A line break that is always taken; every group around it breaks too. */
export const hardline: Doc = { t: 'line', hard: true };

export function group(contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Doc {
  return { t: 'group', contents, brk: options.shouldBreak === true, ...(options.id ? { id: options.id } : {}) };
}
export function indent(contents: Doc): Doc {
  return { t: 'indent', contents };
}
export function align(n: number, contents: Doc): Doc {
  return { t: 'align', n, contents };
}
export function ifBreak(breakContents: Doc, flatContents: Doc = '', groupId?: symbol): Doc {
  return { t: 'if-break', breakContents, flatContents, ...(groupId ? { groupId } : {}) };
}
export function indentIfBreak(contents: Doc, groupId: symbol): Doc {
  return { t: 'indent-if-break', contents, groupId };
}
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((d, i) => (i ? [separator, d] : [d]));
}
/**
 * Lines already in their final form (a doc comment, fixed code), each at the current indentation,
 * nothing trimmed: a hard break between each.
 */
export function lines(text: readonly string[]): Doc {
  return text.length === 1 ? text[0]! : { t: 'lines', lines: text };
}
/**
 * Code whose layout the printer does not model (a statement prettier would break by rules not
 * written here, were it too long). Printed as it is while it fits in the width; when it does not
 * (or `always`, for text whose form prettier decides by rules not written here), the printed file
 * says so (PrintedDoc.unmodeled) and is left for prettier to lay out.
 */
export function unmodeled(text: string, always = false): Doc {
  return { t: 'unmodeled', text, always };
}

/** Whether a document will break whatever the width (a hard line, a group written broken): prettier's `willBreak`. */
export function willBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) return (doc as readonly Doc[]).some(willBreak);
  const c = doc as Command;
  switch (c.t) {
    case 'line':
      return c.hard === true;
    case 'lines':
      return c.lines.length > 1;
    case 'group':
      return c.brk || willBreak(c.contents);
    case 'if-break':
      return willBreak(c.breakContents) || willBreak(c.flatContents);
    case 'indent':
    case 'align':
    case 'indent-if-break':
      return willBreak(c.contents);
    case 'unmodeled':
      return false;
  }
}

// ---- printing ----------------------------------------------------------------------------------

const FLAT = 0;
const BREAK = 1;
type Mode = typeof FLAT | typeof BREAK;
interface Cmd {
  ind: number;
  mode: Mode;
  doc: Doc;
}

const NOT_ASCII = /[^\x20-\x7F]/;
/** Display width as prettier measures it (CJK and emoji two columns). */
export function width(text: string): number {
  return NOT_ASCII.test(text) ? util.getStringWidth(text) : text.length;
}

/** Marks every group that contains a hard break (or a group that breaks) as broken, as prettier's propagateBreaks. */
function propagateBreaks(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) {
    let breaks = false;
    for (const d of doc as readonly Doc[]) if (propagateBreaks(d)) breaks = true;
    return breaks;
  }
  const c = doc as Command;
  switch (c.t) {
    case 'line':
      return c.hard === true;
    case 'lines':
      return c.lines.length > 1;
    case 'group':
      if (propagateBreaks(c.contents)) c.brk = true;
      return c.brk;
    case 'if-break': {
      const a = propagateBreaks(c.breakContents);
      const b = propagateBreaks(c.flatContents);
      return a || b;
    }
    case 'indent':
    case 'align':
    case 'indent-if-break':
      return propagateBreaks(c.contents);
    case 'unmodeled':
      return false;
  }
}

/** Whether `next` fits in `room` columns, followed by the rest of the line (prettier's `fits`). */
function fits(next: Cmd, rest: readonly Cmd[], room: number, groupModes: Map<symbol, Mode>): boolean {
  let restIndex = rest.length;
  const cmds: { mode: Mode; doc: Doc }[] = [next];
  while (room >= 0) {
    if (cmds.length === 0) {
      if (restIndex === 0) return true;
      cmds.push(rest[--restIndex]!);
      continue;
    }
    const { mode, doc } = cmds.pop()!;
    if (typeof doc === 'string') {
      room -= width(doc);
      continue;
    }
    if (Array.isArray(doc)) {
      const parts = doc as readonly Doc[];
      for (let i = parts.length - 1; i >= 0; i--) cmds.push({ mode, doc: parts[i]! });
      continue;
    }
    const c = doc as Command;
    switch (c.t) {
      case 'indent':
      case 'align':
      case 'indent-if-break':
        cmds.push({ mode, doc: c.contents });
        break;
      case 'group':
        cmds.push({ mode: c.brk ? BREAK : mode, doc: c.contents });
        break;
      case 'if-break': {
        const groupMode = c.groupId ? (groupModes.get(c.groupId) ?? FLAT) : mode;
        const contents = groupMode === BREAK ? c.breakContents : c.flatContents;
        if (contents) cmds.push({ mode, doc: contents });
        break;
      }
      case 'line':
        if (mode === BREAK || c.hard) return true;
        if (!c.soft) room -= 1;
        break;
      case 'lines':
        room -= width(c.lines[0]!);
        if (c.lines.length > 1) return room >= 0;
        break;
      case 'unmodeled':
        room -= width(c.text);
        break;
    }
  }
  return false;
}

export interface PrintedDoc {
  text: string;
  /** Some unmodeled code did not fit in the width: the text is right, but not laid out as prettier would. */
  unmodeled: boolean;
}

/** Prints a document at `printWidth` columns, indenting with two spaces. */
export function printDoc(doc: Doc, printWidth: number): PrintedDoc {
  propagateBreaks(doc);
  const groupModes = new Map<symbol, Mode>();
  const out: string[] = [];
  let pos = 0;
  let unmodeledOverflow = false;
  let shouldRemeasure = false;
  const cmds: Cmd[] = [{ ind: 0, mode: BREAK, doc }];
  // Removes spaces and tabs at the end of the output, as a line break does.
  const trim = () => {
    while (out.length) {
      const last = out[out.length - 1]!;
      const trimmed = last.replace(/[ \t]+$/, '');
      if (trimmed.length) {
        out[out.length - 1] = trimmed;
        return;
      }
      out.pop();
    }
  };
  while (cmds.length) {
    const { ind, mode, doc } = cmds.pop()!;
    if (typeof doc === 'string') {
      if (doc) {
        out.push(doc);
        pos += width(doc);
      }
      continue;
    }
    if (Array.isArray(doc)) {
      const parts = doc as readonly Doc[];
      for (let i = parts.length - 1; i >= 0; i--) cmds.push({ ind, mode, doc: parts[i]! });
      continue;
    }
    const c = doc as Command;
    switch (c.t) {
      case 'indent':
        cmds.push({ ind: ind + 2, mode, doc: c.contents });
        break;
      case 'align':
        cmds.push({ ind: ind + c.n, mode, doc: c.contents });
        break;
      case 'group': {
        let next: Cmd;
        if (mode === FLAT && !shouldRemeasure) {
          next = { ind, mode: c.brk ? BREAK : FLAT, doc: c.contents };
        } else {
          shouldRemeasure = false;
          const flat: Cmd = { ind, mode: FLAT, doc: c.contents };
          next = !c.brk && fits(flat, cmds, printWidth - pos, groupModes) ? flat : { ind, mode: BREAK, doc: c.contents };
        }
        cmds.push(next);
        if (c.id) groupModes.set(c.id, next.mode);
        break;
      }
      case 'if-break':
      case 'indent-if-break': {
        const groupMode = c.groupId ? groupModes.get(c.groupId) : mode;
        if (c.t === 'if-break') {
          const contents = groupMode === BREAK ? c.breakContents : groupMode === FLAT ? c.flatContents : '';
          if (contents) cmds.push({ ind, mode, doc: contents });
        } else if (groupMode !== undefined) {
          cmds.push({ ind: groupMode === BREAK ? ind + 2 : ind, mode, doc: c.contents });
        }
        break;
      }
      case 'line':
        if (mode === FLAT && !c.hard) {
          if (!c.soft) {
            out.push(' ');
            pos += 1;
          }
          break;
        }
        if (mode === FLAT) shouldRemeasure = true;
        trim();
        out.push('\n' + ' '.repeat(ind));
        pos = ind;
        break;
      case 'lines': {
        const pad = ' '.repeat(ind);
        out.push(c.lines[0]!);
        for (let i = 1; i < c.lines.length; i++) out.push(c.lines[i] ? `\n${pad}${c.lines[i]}` : '\n');
        pos = c.lines.length > 1 ? ind + width(c.lines[c.lines.length - 1]!) : pos + width(c.lines[0]!);
        if (c.lines.length > 1 && mode === FLAT) shouldRemeasure = true;
        break;
      }
      case 'unmodeled':
        out.push(c.text);
        pos += width(c.text);
        if (pos > printWidth || c.always) unmodeledOverflow = true;
        break;
    }
  }
  return { text: out.join(''), unmodeled: unmodeledOverflow };
}

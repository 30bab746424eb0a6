/**
 * The layout prettier would give the Markdown the templates render, done in one pass over the
 * lines instead of parsing 1.6 MB of Markdown (formatting the docs was most of a cold run's time):
 * one blank line between blocks, none at the start, one newline at the end, and every table's
 * columns padded to their widest cell. Fenced code is left as it is. test/markdown-layout.test.ts
 * proves that prettier leaves every page this produces unchanged.
 */
import { util } from 'prettier';

/** Display width as prettier measures it (CJK and emoji are two columns), so the tables line up as it would line them up. */
const width = util.getStringWidth;

const FENCE = /^(`{3,}|~{3,})/;
const DELIMITER_ROW = /^\|(\s*:?-+:?\s*\|)+\s*$/;

export function layOutMarkdown(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence !== undefined) {
      out.push(line);
      if (line.startsWith(fence) && line.slice(fence.length).trim() === '') fence = undefined;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = opening[1]!;
      out.push(line);
      continue;
    }
    if (line.trim() === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    if (line.startsWith('|') && DELIMITER_ROW.test(lines[i + 1] ?? '')) {
      let end = i + 2;
      while (end < lines.length && lines[end]!.startsWith('|')) end++;
      out.push(...alignTable(lines.slice(i, end)));
      i = end - 1;
      continue;
    }
    out.push(line.trimEnd());
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** A row's cells: split at every `|` not escaped by a backslash (GFM splits inside code spans too). */
function cells(row: string): string[] {
  const parts: string[] = [];
  let current = '';
  const body = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) {
      current += c + body[i + 1];
      i++;
    } else if (c === '|') {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  parts.push(current.trim());
  return parts;
}

type Align = 'left' | 'center' | 'right' | undefined;

function alignTable(rows: string[]): string[] {
  const aligns: Align[] = cells(rows[1]!).map((c) => {
    const left = c.startsWith(':');
    const right = c.endsWith(':');
    return left && right ? 'center' : right ? 'right' : left ? 'left' : undefined;
  });
  const table = [rows[0]!, ...rows.slice(2)].map((row) => {
    const r = cells(row);
    // GFM gives every row the header's number of cells.
    return aligns.map((_, i) => r[i] ?? '');
  });
  const widths = aligns.map((_, col) => Math.max(3, ...table.map((r) => width(r[col]!))));
  const print = (r: string[]) => `| ${r.map((cell, col) => pad(cell, widths[col]!, aligns[col])).join(' | ')} |`;
  const delimiter = widths.map((w, col) => {
    const a = aligns[col];
    const dashes = '-'.repeat(w - (a === 'center' ? 2 : a === 'left' || a === 'right' ? 1 : 0));
    return a === 'center' ? `:${dashes}:` : a === 'left' ? `:${dashes}` : a === 'right' ? `${dashes}:` : dashes;
  });
  return [print(table[0]!), `| ${delimiter.join(' | ')} |`, ...table.slice(1).map(print)];
}

function pad(cell: string, to: number, align: Align): string {
  const space = to - width(cell);
  if (align === 'right') return ' '.repeat(space) + cell;
  if (align === 'center') {
    const before = Math.floor(space / 2);
    return ' '.repeat(before) + cell + ' '.repeat(space - before);
  }
  return cell + ' '.repeat(space);
}

/**
 * Reading an input file as text, strictly: a size limit checked before reading, and UTF-8 that
 * must be valid (a bad byte is reported at its line and column instead of silently becoming U+FFFD).
 */
import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { formatSize } from './limits.js';

export interface TextProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
}

export type TextResult = { text: string; problem?: undefined } | { text?: undefined; problem: TextProblem };

/**
 * Reads `path` as UTF-8 text of at most `maxBytes`; `option` names the command-line option that
 * raises the limit, for the hint.
 */
export async function readTextFile(path: string, maxBytes: number, option: string): Promise<TextResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { problem: { line: 1, column: 1, message: 'cannot read this file: it is not a regular file', hint: 'point at a file' } };
    if (info.size > maxBytes) return { problem: tooLarge(info.size, maxBytes, option) };
    bytes = await readFile(path);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    const why =
      error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message);
    return { problem: { line: 1, column: 1, message: `cannot read this file: ${why}`, hint: 'check that the file exists and that you may read it' } };
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) return { problem: tooLarge(bytes.length, maxBytes, option) };
  return decodeUtf8(bytes);
}

/** Text already in memory, held to the same size limit (for spec files read from git). */
export function checkTextSize(text: string, maxBytes: number, option: string): TextProblem | undefined {
  const size = Buffer.byteLength(text);
  return size > maxBytes ? tooLarge(size, maxBytes, option) : undefined;
}

function tooLarge(size: number, maxBytes: number, option: string): TextProblem {
  return {
    line: 1,
    column: 1,
    message: `this file is ${formatSize(size)}, more than the limit of ${formatSize(maxBytes)}`,
    hint: `split it into smaller files, or raise the limit with ${option} <size> (for example ${option} ${formatSize(Math.max(size, maxBytes) * 2).replace(' ', '')})`,
  };
}

/** Decodes UTF-8, or says where the first invalid byte is (line and column counted in characters). */
export function decodeUtf8(bytes: Uint8Array): TextResult {
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
  const offset = firstInvalidUtf8(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  const hex = Array.from(bytes.subarray(offset, Math.min(offset + 4, bytes.length)), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return {
    problem: {
      line,
      column: before.length - lineStart + 1,
      message: `invalid UTF-8 (byte ${offset}: ${hex})`,
      hint: 'save the file as UTF-8; a byte like this usually comes from another encoding (GBK, Latin-1) or a cut-off file',
    },
  };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let j = 1; j < length; j++) {
      const c = bytes[i + j]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

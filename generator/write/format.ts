/**
 * Formats the rare emitted file that is not already in its final layout (EmittedFile.needsFormatting)
 * with prettier. Every emitter writes its output in its final form: JSON and YAML from serializers
 * whose output is canonical, the Markdown laid out as prettier would (emit/docs/markdown-layout.ts),
 * the TypeScript printed by prettier's rules (emit/typescript/printer.ts), which marks a file it
 * cannot lay out exactly (a statement too long for the rules it models). test/markdown-layout.test.ts
 * and test/typescript-layout.test.ts prove prettier leaves every file of the real spec unchanged;
 * formatting them all was most of a cold run's time.
 */
import * as prettier from 'prettier';
import type { EmittedFile } from '../emit/emitted-file.js';

// TypeScript is parsed with babel-ts, which prints the same as the typescript parser here
// (test/typescript-layout.test.ts) in about three quarters of the time.
const PARSERS: Record<string, string> = { ts: 'babel-ts', mts: 'babel-ts' };

export const OPTIONS: prettier.Options = {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  proseWrap: 'preserve',
  endOfLine: 'lf',
  // Code blocks in the docs are JSON.stringify output already; formatting them again doubled the time.
  embeddedLanguageFormatting: 'off',
};

/** What, besides the text, decides prettier's output: its version and our options. */
export const FORMAT_SALT = `prettier ${prettier.version} ${JSON.stringify(OPTIONS)} ${JSON.stringify(PARSERS)}`;

/** Whether prettier formats this file (the others are written as their emitter made them). */
export function isFormatted(file: EmittedFile): boolean {
  return file.needsFormatting === true && file.path.slice(file.path.lastIndexOf('.') + 1) in PARSERS;
}

export async function formatFile(file: EmittedFile): Promise<EmittedFile> {
  const ext = file.path.slice(file.path.lastIndexOf('.') + 1);
  const parser = PARSERS[ext];
  if (!parser) return file;
  return { path: file.path, content: await prettier.format(file.content, { ...OPTIONS, parser }) };
}

export function formatAll(files: EmittedFile[]): Promise<EmittedFile[]> {
  return Promise.all(files.map(formatFile));
}

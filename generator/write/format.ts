/** Formats emitted files with prettier, chosen by extension, so output is stable and reads as hand-written. */
import * as prettier from 'prettier';
import type { EmittedFile } from '../emit/emitted-file.js';

// Only TypeScript is formatted here. JSON and YAML come from serializers whose output is already
// canonical, and the docs emitter lays its Markdown out as prettier would (emit/docs/markdown-layout.ts;
// test/markdown-layout.test.ts proves prettier leaves it unchanged): formatting 1.6 MB of Markdown
// was most of a cold run's time. TypeScript is parsed with babel-ts, which prints the same as the
// typescript parser here (pnpm generate --check proves it) in about three quarters of the time.
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

/** Whether prettier formats this file at all (others are written as their serializer made them). */
export function isFormatted(file: EmittedFile): boolean {
  return file.path.slice(file.path.lastIndexOf('.') + 1) in PARSERS;
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

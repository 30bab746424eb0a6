/**
 * The spec speaks to its readers: every note, description and comment cites public sources (a
 * project and its file or page), never this repository's own inputs: the copies of documentation
 * pages it was first written from, by their file numbers (000 to 004), as "seeds", or as exports.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEC_DIR } from './helpers/paths.js';

/** Wording that names an input of this repository rather than a public source. */
const FORBIDDEN: [what: string, pattern: RegExp][] = [
  ['a seed', /\bseeds?\b/i],
  ['a seed', /种子/],
  // A bare document number: `004`, but not a value such as `0.0.3`, `/00-…` or `2000`.
  ['an input file number', /(?<![\w./:-])00[0-4](?![\w./:-])/],
  ['an export as a source', /\b(?:apifox|widdershins|markdown) exports?\b|\bexports? of\b|导出/i],
];

function wordingProblems(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => FORBIDDEN.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${file}:${i + 1}: names ${what}: ${line.trim()}`));
}

describe('the spec wording', () => {
  it("never names this repository's inputs, anywhere in spec/", async () => {
    const problems: string[] = [];
    let files = 0;
    for (const file of (await readdir(SPEC_DIR, { recursive: true })).filter((f) => /\.(yaml|md)$/.test(f)).sort()) {
      files++;
      problems.push(...wordingProblems(`spec/${file}`, await readFile(join(SPEC_DIR, file), 'utf8')));
    }
    expect(files).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it.each([
    ['early versions (seed 003) took no parameters', true],
    ['早期版本（文档种子 003）不带参数', true],
    ['004 marks `count` as required', true],
    ['000 与 004 只列出 `user_id`', true],
    ['the data models of its Apifox export', true],
    ["NapCat's Apifox docs mark `count` as required", false],
    ["early versions (as go-cqhttp's docs/cqhttp.md describes them)", false],
    ['app_version: 0.0.3, file_id: /a1b2c3d4-0000-0000-0000-000000000000, delay: 2000', false],
  ])('%s: flagged %s', (line, flagged) => {
    expect(wordingProblems('x.yaml', line).length > 0).toBe(flagged);
  });
});

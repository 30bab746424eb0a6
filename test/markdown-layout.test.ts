/**
 * The docs are emitted in their final layout instead of being run through prettier
 * (generator/emit/docs/markdown-layout.ts). That is only right while prettier would leave every
 * page as it is: proved here on the real spec's pages and the kitchen-sink fixture's, so a template
 * or view change that prettier would reformat fails. Markdown written in spec text is passed through
 * as its author wrote it (prettier would restyle `*emphasis*` as `_emphasis_`, for one).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { layOutMarkdown } from '../generator/emit/docs/markdown-layout.js';
import { OPTIONS } from '../generator/write/format.js';
import { GENERATED_DIR, KITCHEN_SINK } from './helpers/paths.js';
import { generateInMemory } from './helpers/generate.js';

const prettierMarkdown = (text: string) => prettier.format(text, { ...OPTIONS, parser: 'markdown' });

async function expectPrettierLeavesUnchanged(files: { path: string; content: string }[]) {
  const pages = files.filter((f) => f.path.endsWith('.md'));
  expect(pages.length).toBeGreaterThan(10);
  const changed: string[] = [];
  for (const page of pages) if ((await prettierMarkdown(page.content)) !== page.content) changed.push(page.path);
  expect(changed).toEqual([]);
}

describe('markdown layout', () => {
  it('pads table columns to their widest cell, counting CJK and emoji as two columns', () => {
    const table = ['| 名称 | ok | note |', '| --- | :-: | --: |', '| `a\\|b` | ✅ | x |', '| long name here | ❌ |'].join('\n');
    expect(layOutMarkdown(table)).toBe(
      ['| 名称           | ok  | note |', '| -------------- | :-: | ---: |', '| `a\\|b`         | ✅  |    x |', '| long name here | ❌  |      |', ''].join(
        '\n',
      ),
    );
  });

  it('keeps one blank line between blocks and leaves fenced code as it is', () => {
    const text = '\n\n# Title\n\n\n\ntext  \n```json\n{\n\n\n}\n```\n\n\n';
    expect(layOutMarkdown(text)).toBe('# Title\n\ntext\n```json\n{\n\n\n}\n```\n');
  });

  it('agrees with prettier on tables of mixed widths', async () => {
    const table = '| a | b |\n| --- | --- |\n| 一二三 | 🎉 text |\n| `x` | \\* |\n';
    expect(layOutMarkdown(table)).toBe(await prettierMarkdown(table));
  });
});

describe('prettier leaves every emitted Markdown page unchanged', () => {
  // Formatting all of generated/docs with prettier is the very cost the layout avoids: seconds.
  it('on the committed output of the real spec', { timeout: 180_000 }, async () => {
    const docs = join(GENERATED_DIR, 'docs');
    const paths = (await readdir(docs, { recursive: true })).filter((p) => p.endsWith('.md'));
    await expectPrettierLeavesUnchanged(await Promise.all(paths.map(async (path) => ({ path, content: await readFile(join(docs, path), 'utf8') }))));
  });

  it('on the kitchen-sink fixture', { timeout: 60_000 }, async () => {
    await expectPrettierLeavesUnchanged(await generateInMemory(KITCHEN_SINK, '/tmp/unused'));
  });
});

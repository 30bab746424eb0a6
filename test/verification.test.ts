/**
 * The record of what each implementation's column was verified against: read from
 * spec/protocol.yaml into the model, checked for shape, and published in the OpenAPI documents
 * (info and `x-onebot-verified`), the docs' compatibility page in both languages and the header of
 * the generated TypeScript.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../generator/load/index.js';
import { narrowModel } from '../generator/model/profile.js';
import { emitAll } from '../generator/pipeline.js';
import { GENERATED_DIR, ROOT, SPEC_DIR, TEMPLATES_DIR } from './helpers/paths.js';
import { generateInMemory, loadModel } from './helpers/generate.js';

/** The pinned revisions the columns were checked against (the sources the spec cites). */
const PINNED = {
  onebot11: { repository: 'botuniverse/onebot-11', commit: 'd4456ee706f9ada9c2dfde56a2bcfc69752600e4', date: '2022-08-12' },
  'go-cqhttp': { repository: 'Mrs4s/go-cqhttp', commit: 'a5923f179b360331786a6509eb33481e775a7bd1', date: '2024-05-09' },
  napcat: { repository: 'NapNeko/NapCatQQ', commit: 'af07479351c5b974e72ae1c7183f2272e79ffc1c', date: '2026-08-14' },
  lagrange: { repository: 'LagrangeDev/Lagrange.Core', branch: 'v1', commit: 'e17fe35641d3a1dc9955566fa875232551224441', date: '2025-10-10' },
};

describe('the verification record', async () => {
  const model = await loadModel(SPEC_DIR);
  const files = new Map((await generateInMemory(SPEC_DIR, GENERATED_DIR)).map((f) => [f.path, f.content]));

  it('is in the model, one pinned revision per implementation', () => {
    expect(Object.fromEntries(model.implementations.map((i) => [i.id, i.verified]))).toEqual(PINNED);
  });

  it.each(['openapi/onebot11.json', 'openapi/onebot11.openapi-3.0.json'])('%s publishes it in info: x-onebot-verified and the description', (path) => {
    const info = JSON.parse(files.get(path)!).info;
    expect(info['x-onebot-verified']).toEqual(PINNED);
    for (const v of Object.values(PINNED)) expect(info.description).toContain(`${v.repository}@${v.commit}`);
    expect(info.description).toContain('`x-onebot-verified` (info)');
  });

  it.each([
    ['docs/matrix.md', '## 核对依据 {#verified}'],
    ['docs/en/matrix.md', '## Verified against {#verified}'],
  ])('%s has the table of revisions, each commit linked', (path, heading) => {
    const page = files.get(path)!;
    expect(page).toContain(heading);
    const table = page.slice(page.indexOf(heading)).split('\n## ')[0]!;
    for (const v of Object.values(PINNED)) {
      const row = table.split('\n').find((line) => line.includes(`\`${v.repository}\``));
      expect(row, v.repository).toBeDefined();
      expect(row).toContain(`[\`${v.commit.slice(0, 7)}\`](https://github.com/${v.repository}/tree/${v.commit}`);
      expect(row).toContain(v.date);
    }
    // A pinned branch is named under the repository, in the same cell.
    expect(table.split('\n').find((line) => line.includes('LagrangeDev'))).toMatch(/`LagrangeDev\/Lagrange\.Core`<br>(Branch|分支) `v1` \|/);
  });

  it('heads the generated TypeScript, and a profile names only its own implementation', () => {
    const header = files.get('typescript/types.ts')!.split('*/')[0]!;
    expect(header).toContain(' * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)');
    expect(header).toContain(' * - napcat: NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c (2026-08-14)');
    const napcat = emitAll(narrowModel(model, 'napcat'), { templatesDir: TEMPLATES_DIR, runtimeModule: '../../runtime/index.js' });
    const profileHeader = napcat.find((f) => f.path === 'typescript/types.ts')!.content.split('*/')[0]!;
    expect(profileHeader).toContain('NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c');
    expect(profileHeader).not.toContain('go-cqhttp');
  });

  describe('a malformed record', () => {
    const dirs: string[] = [];
    afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

    it.each([
      [
        'a short commit',
        'commit: a5923f179b360331786a6509eb33481e775a7bd1',
        'commit: a5923f1',
        /verified\.commit' does not match/,
        /full 40-character commit hash/,
      ],
      ['a date in another format', 'date: 2024-05-09', 'date: 09/05/2024', /verified\.date' does not match/, /YYYY-MM-DD/],
      ['a missing repository', 'repository: Mrs4s/go-cqhttp, ', '', /verified' is missing the required key 'repository'/, /repository/],
    ])('%s is an error at its line, with a hint', async (_, from, to, message, hint) => {
      const dir = await mkdtemp(join(tmpdir(), 'onebot-verified-'));
      dirs.push(dir);
      await cp(SPEC_DIR, dir, { recursive: true });
      const file = join(dir, 'protocol.yaml');
      const text = (await readFile(file, 'utf8')).replace(from, to);
      await writeFile(file, text);
      const result = await loadSpec(dir, ROOT);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ message: expect.stringMatching(message), hint: expect.stringMatching(hint) });
      expect(errors[0]!.message).toContain('implementations.go-cqhttp');
      expect(text.split('\n')[errors[0]!.line - 1]).toMatch(/^\s+verified: /);
    });
  });
});

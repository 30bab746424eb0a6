/** `pnpm generate`'s writing and check mode, in-process on temporary folders. */
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGenerate } from '../generator/cli/generate.js';
import { EMITTER_NAMES } from '../generator/emit/registry.js';
import { generateInMemory } from './helpers/generate.js';
import { KITCHEN_SINK, TEMPLATES_DIR } from './helpers/paths.js';

// As many files as the registered emitters make of the fixture, and the manifest.
const FILES = (await generateInMemory(KITCHEN_SINK, '/tmp/unused')).length;

let work: string;
let spec: string;
let out: string;

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runGenerate(['--spec', spec, '--out', out, '--templates', TEMPLATES_DIR, ...args], {
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'onebot-generate-'));
  spec = join(work, 'spec');
  out = join(work, 'out');
  await cp(KITCHEN_SINK, spec, { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('pnpm generate', () => {
  it('writes every file and prints a one-line summary with counts and time', async () => {
    const result = await run();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^generated ${FILES} files \\(${FILES} changed\\) into .* from 4 actions, 8 types, 4 segments, 3 events in \\d+\\.\\d\\ds$`),
    );
    expect(await readFile(join(out, 'typescript/actions.ts'), 'utf8')).toMatch(/^\/\*\*\n \* Generated from the Demo 1 spec/);
  });

  it('changes nothing on a second run and passes --check', async () => {
    await run();
    const before = (await stat(join(out, 'typescript/types.ts'))).mtimeMs;
    expect((await run()).stdout).toMatch(/\(0 changed\)/);
    expect((await stat(join(out, 'typescript/types.ts'))).mtimeMs).toBe(before);
    const check = await run('--check');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(`is up to date: ${FILES} files`);
  });

  it('--check fails, lists every stale file, and writes nothing', async () => {
    await run();
    await writeFile(join(out, 'typescript/types.ts'), '// edited by hand\n');
    await rm(join(out, 'docs/index.md'));
    const check = await run('--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/changed +.*typescript\/types\.ts/);
    expect(check.stderr).toMatch(/added +.*docs\/index\.md/);
    expect(check.stderr).toMatch(`2 of ${FILES} files differ`);
    expect(await readFile(join(out, 'typescript/types.ts'), 'utf8')).toBe('// edited by hand\n');
    expect(await exists(join(out, 'docs/index.md'))).toBe(false);
  });

  it('removes files it generated before and no longer does, and never touches other files', async () => {
    await run();
    await writeFile(join(out, 'NOTES.md'), 'mine\n');
    const actions = join(spec, 'actions.yaml');
    // Move every misc action to the message.group category: docs/categories/misc.md is no longer produced.
    await writeFile(actions, (await readFile(actions, 'utf8')).replaceAll('category: misc', 'category: message.group'));
    expect((await run('--check')).stderr).toMatch(/removed +.*docs\/categories\/misc\.md/);
    expect((await run()).code).toBe(0);
    expect(await exists(join(out, 'docs/categories/misc.md'))).toBe(false);
    expect(await readFile(join(out, 'NOTES.md'), 'utf8')).toBe('mine\n');
    expect((await run('--check')).code).toBe(0);
  });

  it('writes nothing at all when one file cannot be written (all content is staged first)', async () => {
    await run();
    const docs = await readFile(join(out, 'docs/types.md'), 'utf8');
    const openapi = await readFile(join(out, 'openapi/onebot11.json'), 'utf8');
    await writeFile(join(spec, 'types.yaml'), (await readFile(join(spec, 'types.yaml'), 'utf8')).replace('一个人', '一个人（改）'));
    // typescript/ becomes a plain file: staging fails there, after docs/ and openapi/ were staged.
    await rm(join(out, 'typescript'), { recursive: true });
    await writeFile(join(out, 'typescript'), 'in the way\n');
    await expect(run()).rejects.toThrow();
    expect(await readFile(join(out, 'docs/types.md'), 'utf8')).toBe(docs);
    expect(await readFile(join(out, 'openapi/onebot11.json'), 'utf8')).toBe(openapi);
    const { readdirSync } = await import('node:fs');
    const leftovers = [...readdirSync(join(out, 'docs')), ...readdirSync(join(out, 'openapi'))].filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  describe('never reaches outside the output folder', () => {
    /** Every file under `dir` with its content, to show a refused run changed nothing. */
    async function contents(dir: string) {
      const { readdir } = await import('node:fs/promises');
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort();
      return Promise.all(files.map(async (f) => [f, await readFile(f, 'utf8')]));
    }

    it.each([
      ['a ../ entry', (victim: string) => `../${basename(victim)}`, /\.generated-files:2: '\.\.\/victim\.txt' leads out of the output folder/],
      ['an absolute path', (victim: string) => victim, /\.generated-files:2: '.*victim\.txt' is an absolute path/],
      ['a ./ path', () => './docs/../../victim.txt', /\.generated-files:2: '\.\/docs\/\.\.\/\.\.\/victim\.txt' leads out of the output folder/],
      ['a folder', () => 'docs', /\.generated-files lists 'docs', which is not a file/],
    ])('refuses a manifest with %s, exit 3, and deletes or writes nothing', async (_, entry, message) => {
      await run();
      const victim = join(work, 'victim.txt');
      await writeFile(victim, 'not generated\n');
      const manifest = join(out, '.generated-files');
      const listed = (await readFile(manifest, 'utf8')).split('\n');
      listed.splice(1, 0, entry(victim));
      await writeFile(manifest, listed.join('\n'));
      // A spec change, so a run that went ahead would write and remove files.
      await writeFile(join(spec, 'actions.yaml'), (await readFile(join(spec, 'actions.yaml'), 'utf8')).replaceAll('category: misc', 'category: message.group'));
      const before = await contents(out);
      for (const args of [[], ['--check']]) {
        const result = await run(...args);
        expect(result.code).toBe(3);
        expect(result.stderr).toMatch(message);
        expect(result.stderr).toMatch(/Nothing was written or removed/);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
      expect(await readFile(victim, 'utf8')).toBe('not generated\n');
      expect(await contents(out)).toEqual(before);
    });

    it('refuses to remove a listed file through a symbolic link to another folder', async () => {
      await run();
      const elsewhere = join(work, 'elsewhere');
      await mkdir(elsewhere);
      await writeFile(join(elsewhere, 'victim.txt'), 'not generated\n');
      await symlink(elsewhere, join(out, 'linked'));
      const manifest = join(out, '.generated-files');
      await writeFile(manifest, `linked/victim.txt\n${await readFile(manifest, 'utf8')}`);
      const result = await run();
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/linked is a symbolic link; the generator does not remove files through links/);
      expect(await readFile(join(elsewhere, 'victim.txt'), 'utf8')).toBe('not generated\n');
    });

    it('refuses to write into an output subfolder that is a symbolic link', async () => {
      await run();
      const elsewhere = join(work, 'elsewhere');
      await cp(join(out, 'typescript'), elsewhere, { recursive: true });
      await writeFile(join(elsewhere, 'types.ts'), "// someone else's file\n");
      await rm(join(out, 'typescript'), { recursive: true });
      await symlink(elsewhere, join(out, 'typescript'));
      const result = await run();
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/typescript is a symbolic link; the generator does not write through links/);
      expect(await readFile(join(elsewhere, 'types.ts'), 'utf8')).toBe("// someone else's file\n");
    });
  });

  it('reuses the last run only while every input is the same (a template edit is seen at once)', async () => {
    const templates = join(work, 'templates');
    await cp(TEMPLATES_DIR, templates, { recursive: true });
    const withTemplates = (...args: string[]) => run('--templates', templates, ...args);
    expect((await withTemplates()).code).toBe(0);
    expect((await withTemplates()).stdout).toMatch(/\(0 changed\)/);
    const index = join(templates, 'index.md.hbs');
    // The template serves both languages: its two pages change.
    await writeFile(index, (await readFile(index, 'utf8')).replace('{#implementations}', '{#implementations-edited}'));
    const edited = await withTemplates();
    expect(edited.stdout).toMatch(/\(2 changed\)/);
    expect(await readFile(join(out, 'docs/index.md'), 'utf8')).toMatch(/^## 实现 \{#implementations-edited\}$/m);
    expect(await readFile(join(out, 'docs/en/index.md'), 'utf8')).toMatch(/^## Implementations \{#implementations-edited\}$/m);
    expect((await withTemplates('--check', '--no-cache')).code).toBe(0);
  });

  it('--help lists every option, the exit codes and the implementation ids of the spec given', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const option of [
      '--check',
      '--strict',
      '--implementation <id>',
      '--spec <dir>',
      '--out <dir>',
      '--templates <dir>',
      '--no-cache',
      '--runtime <module>',
      '--max-file-size <size>',
      '--max-example-size <size>',
      '--verbose',
      '--help',
    ]) {
      expect(help.stdout).toContain(option);
    }
    // The kitchen-sink spec's implementations, read from its model.
    expect(help.stdout).toMatch(/one of: std, ext/);
    expect(help.stdout).toMatch(/exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}3 /);
  });

  it('names every bad argument in one line on stderr with exit code 3, and writes nothing', async () => {
    for (const [args, message] of [
      [['--chekc'], "unknown option '--chekc'; did you mean --check?"],
      [['--out'], "option '--out' needs a value"],
      [['extra'], "unexpected argument 'extra'"],
      [['--max-file-size', 'big'], "--max-file-size: 'big' is not a size"],
      [['--implementation', 'sdt'], "--implementation: 'sdt' is not one of std, ext; did you mean std?"],
      [['--spec', join(work, 'missing')], `--spec: no such folder: ${join(work, 'missing')}`],
      [['--templates', join(spec, 'protocol.yaml')], `--templates: not a folder: ${join(spec, 'protocol.yaml')}`],
    ] as const) {
      const bad = await run(...args);
      expect(bad.code, args.join(' ')).toBe(3);
      expect(bad.stderr.split('\n'), args.join(' ')).toHaveLength(1);
      expect(bad.stderr).toContain(message);
      expect(bad.stderr).toMatch(/^pnpm generate: .* \(see pnpm generate --help\)$/);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await exists(out)).toBe(false);
  });

  it('--verbose prints the time of every stage on stderr; a terminal also sees them live, in colour', async () => {
    const verbose = await run('--verbose', '--no-cache');
    expect(verbose.code).toBe(0);
    expect(verbose.stderr.split('\n').at(-1)).toMatch(
      new RegExp(
        `^stages: load \\d+\\.\\d\\ds, check \\d+\\.\\d\\ds, ${EMITTER_NAMES.map((name) => `emit ${name} \\d+\\.\\d\\ds, `).join('')}format \\d+\\.\\d\\ds, write \\d+\\.\\d\\ds$`,
      ),
    );
    expect(verbose.stdout).not.toMatch(/\x1b/);
    const live: string[] = [];
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runGenerate(
      ['--spec', spec, '--out', out, '--templates', TEMPLATES_DIR, '--no-cache'],
      { out: (l) => stdout.push(l), err: (l) => stderr.push(l) },
      { colour: true, progress: true, write: (t) => live.push(t) },
    );
    expect(code).toBe(0);
    expect(live.join('')).toMatch(/load….*check….*emit typescript-types….*format….*write…/s);
    expect(live.at(-1)).toBe('\r\x1b[K');
    expect(stdout.join('')).toMatch(/^\x1b\[32mgenerated\x1b\[0m /);
  });
});

describe('pnpm generate --implementation', () => {
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'onebot-profile-'));
    spec = join(work, 'spec');
    out = join(work, 'out');
    await cp(KITCHEN_SINK, spec, { recursive: true });
  });

  it('emits a profile and says so in its summary', async () => {
    const result = await run('--implementation', 'ext');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/from 3 actions, 8 types, 2 segments, 2 events \(profile: ext\)/);
  });

  it('rejects an unknown implementation with exit code 3 and the list of known ones', async () => {
    const result = await run('--implementation', 'napcat');
    expect(result.code).toBe(3);
    expect(result.stderr).toBe("pnpm generate: --implementation: 'napcat' is not one of std, ext (see pnpm generate --help)");
    expect(await exists(out)).toBe(false);
  });
});

/**
 * `pnpm diff` and `pnpm run import` in-process: outputs, --fail-on, and the exit codes for bad input
 * and bad usage; sides read from git revisions and single spec files.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiff } from '../generator/cli/diff.js';
import { runImport } from '../generator/cli/import.js';
import type { DiffReport } from '../generator/diff/report.js';
import { loadSpecTexts } from '../generator/load/index.js';
import { fromRoot, SPEC_DIR } from './helpers/paths.js';
import { seedPath } from './helpers/seed-files.js';

const rule = (name: string, side: 'old' | 'new') => fromRoot(`test/fixtures/diff/${name}/${side}.yaml`);
const dir = await mkdtemp(join(tmpdir(), 'onebot-diff-'));

/** A rule fixture as one spec file (base + one side), so a side can be a single YAML file. */
async function single(name: string, side: 'old' | 'new'): Promise<string> {
  const base = await readFile(fromRoot('test/fixtures/diff/base.yaml'), 'utf8');
  const path = join(dir, `${name}-${side}.yaml`);
  await writeFile(path, `${base}\n${await readFile(rule(name, side), 'utf8')}`);
  return path;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('pnpm diff', () => {
  it('exits 0 without --fail-on, 1 with a finding at or above it, 0 below it', async () => {
    const [before, after] = [await single('action-removed', 'old'), await single('action-removed', 'new')];
    expect((await runDiff([before, after], capture().io)).code).toBe(0);
    expect((await runDiff([before, after, '--fail-on', 'breaking'], capture().io)).code).toBe(1);
    const [a, b] = [await single('action-added', 'old'), await single('action-added', 'new')];
    expect((await runDiff([a, b, '--fail-on', 'warning'], capture().io)).code).toBe(0);
    expect((await runDiff([a, b, '--fail-on', 'info'], capture().io)).code).toBe(1);
  });

  it('writes text, Markdown and JSON', async () => {
    const args = [await single('parameter-became-required', 'old'), await single('parameter-became-required', 'new')];
    const text = capture();
    await runDiff(args, text.io);
    expect(text.out.join('')).toMatch(/breaking\s+parameter-became-required\s+action get_thing: parameter 'params.x' became required/);
    const md = capture();
    await runDiff([...args, '--format', 'markdown', '--title', 'T'], md.io);
    expect(md.out.join('')).toContain('# T');
    expect(md.out.join('')).toContain('| `parameter-became-required` | action `get_thing` `params.x` |');
    const json = capture();
    await runDiff([...args, '--format', 'json'], json.io);
    const report = JSON.parse(json.out.join('')) as DiffReport;
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ breaking: 1, warning: 0, info: 0 });
    expect(report.findings[0]).toMatchObject({
      rule: 'parameter-became-required',
      severity: 'breaking',
      direction: 'request',
      area: 'parameter',
      subject: { kind: 'action', name: 'get_thing' },
      path: 'params.x',
    });
  });

  it('--profile compares what one implementation supports, with its variants', async () => {
    const args = [await single('support-lost', 'old'), await single('support-lost', 'new'), '--format', 'json'];
    const { report } = await runDiff([...args, '--profile', 'napcat'], capture().io);
    expect(report!.findings.map((f) => f.rule)).toEqual(['action-removed']);
    const c = capture();
    expect((await runDiff([...args, '--profile', 'nobody'], c.io)).code).toBe(2);
    expect(c.err.join('')).toMatch(/no implementation 'nobody'/);
  });

  it('--profile reads an imported document as that implementation’s (NapCat’s own OpenAPI against the spec)', async () => {
    const args = [fromRoot('../shared/upstream/napcat-openapi-af07479.json'), SPEC_DIR, '--profile', 'napcat', '--format', 'json'];
    const implied = await runDiff(args, capture().io);
    expect(implied.code).toBe(0);
    const explicit = await runDiff([...args, '--implementation', 'napcat'], capture().io);
    expect(implied.report).toEqual(explicit.report);
    const c = capture();
    expect((await runDiff([...args, '--implementation', 'imported'], c.io)).code).toBe(2);
    expect(c.err.join('')).toMatch(/no implementation 'napcat'/);
  }, 60_000);

  it('reads a git revision of this repository’s spec', async () => {
    const { code, report } = await runDiff(['git:HEAD', SPEC_DIR, '--format', 'json'], capture().io);
    expect(code).toBe(0);
    expect(report!.old.kind).toBe('git');
    expect(report!.old.counts.actions).toBeGreaterThan(0);
  });

  it('exits 2 for input it cannot read, with its own message', async () => {
    for (const args of [
      ['nope/missing', SPEC_DIR],
      ['git:no-such-revision-xyz', SPEC_DIR],
      [fromRoot('package.json'), SPEC_DIR],
    ]) {
      const c = capture();
      expect((await runDiff(args, c.io)).code, args[0]).toBe(2);
      expect(c.err.join('\n')).toMatch(/^diff: /);
    }
  });

  it('exits 2 at once for a YAML alias bomb given as OpenAPI, or a side over --max-input-size', async () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const bomb = join(dir, 'bomb.yaml');
    await writeFile(
      bomb,
      `openapi: 3.1.0\ninfo: { title: x, version: '1' }\npaths: {}\n${levels.map((name, i) => `x-${name}: &${name} [${Array.from({ length: 9 }, () => (i ? `*${levels[i - 1]}` : 'lol')).join(',')}]`).join('\n')}\n`,
    );
    const spec = await single('action-added', 'old');
    const bombed = capture();
    expect((await runDiff([spec, bomb], bombed.io)).code).toBe(2);
    expect(bombed.err.join('\n')).toMatch(/^diff: .*bomb\.yaml:7:10: YAML: the alias \*c expands too far/);
    const limited = capture();
    expect((await runDiff([spec, spec, '--max-input-size', '100'], limited.io)).code).toBe(2);
    expect(limited.err.join('\n')).toMatch(/:1:1: this file is .*, more than the limit of 100 B/);
    const bad = capture();
    expect((await runDiff([spec, spec, '--max-input-size', 'big'], bad.io)).code).toBe(3);
    expect(bad.err).toEqual([
      "pnpm diff: --max-input-size: 'big' is not a size; write bytes or a number with KB, MB or GB (for example 64MB) (see pnpm diff --help)",
    ]);
  });

  it('exits 3 for bad usage, naming what was wrong in one line', async () => {
    for (const [args, message] of [
      [[SPEC_DIR], 'missing <new>: pnpm diff <old> <new>'],
      [[], 'missing <old> and <new>'],
      [[SPEC_DIR, SPEC_DIR, '--fail-on', 'everything'], "--fail-on: 'everything' is not one of breaking, warning, info"],
      [[SPEC_DIR, SPEC_DIR, '--format', 'yaml'], "--format: 'yaml' is not one of text, markdown, json"],
      [[SPEC_DIR, SPEC_DIR, '--format', 'jsno'], 'did you mean json?'],
      [[SPEC_DIR, SPEC_DIR, '--bogus'], "unknown option '--bogus'"],
      [[SPEC_DIR, SPEC_DIR, '--fromat', 'json'], "unknown option '--fromat'; did you mean --format?"],
      [[SPEC_DIR, SPEC_DIR, '--out'], "option '--out' needs a value"],
      [[SPEC_DIR, SPEC_DIR, SPEC_DIR], `unexpected argument '${SPEC_DIR}'`],
    ] as const) {
      const c = capture();
      expect((await runDiff([...args], c.io)).code, args.join(' ')).toBe(3);
      expect(c.err, args.join(' ')).toHaveLength(1);
      expect(c.err[0]).toContain(message);
      expect(c.err[0]).toMatch(/^pnpm diff: .*\(see pnpm diff --help\)$/);
      expect(c.out).toEqual([]);
    }
  });

  it('--help lists every option, its accepted values and the exit codes', async () => {
    const c = capture();
    expect((await runDiff(['--help'], c.io)).code).toBe(0);
    const help = c.out.join('\n');
    for (const option of [
      '--format <format>',
      '--fail-on <severity>',
      '--out <file>',
      '--title',
      '--notes',
      '--implementation',
      '--profile',
      '--allow-relative-refs',
      '--max-input-size',
      '--help',
    ])
      expect(help).toContain(option);
    expect(help).toMatch(/text,\s+markdown,\s+json/);
    expect(help).toMatch(/breaking,\s+warning,\s+info/);
    expect(help).toMatch(/exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}3 /);
  });
});

describe('pnpm run import', () => {
  it('writes draft spec YAML the loader accepts, and lists what it could not read', async () => {
    const out = join(dir, '002.yaml');
    const c = capture();
    expect(await runImport([seedPath('002'), '--implementation', 'napcat', '--out', out], c.io)).toBe(0);
    expect(c.err.join('\n')).toMatch(/warning: .*mojibake/);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^# Draft spec imported from 002_/);
    expect(loadSpecTexts([{ name: '002.yaml', text }]).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('exits 2 for a file it does not recognise and 3 for bad usage', async () => {
    expect(await runImport([fromRoot('package.json')], capture().io)).toBe(2);
    const none = capture();
    expect(await runImport([], none.io)).toBe(3);
    expect(none.err).toEqual(['pnpm run import: missing <file>: pnpm run import <file> (see pnpm run import --help)']);
    const format = capture();
    expect(await runImport([fromRoot('package.json'), '--format', 'yaml'], format.io)).toBe(3);
    expect(format.err).toEqual(["pnpm run import: --format: 'yaml' is not one of openapi, markdown (see pnpm run import --help)"]);
  });

  it('names a missing file in one line, without suggesting git:REV (import does not take it)', async () => {
    const c = capture();
    expect(await runImport([join(dir, 'missing.yaml')], c.io)).toBe(2);
    expect(c.err).toEqual([`pnpm run import: ${join(dir, 'missing.yaml')}: no such file`]);
  });

  it('--help lists every option with its values and the exit codes; a missing --category-map file is one line (exit 2)', async () => {
    const c = capture();
    expect(await runImport(['--help'], c.io)).toBe(0);
    const help = c.out.join('\n');
    for (const option of [
      '--out <file>',
      '--implementation <id>',
      '--format <format>',
      '--category-map <file>',
      '--allow-relative-refs',
      '--max-input-size <size>',
      '--help',
    ])
      expect(help).toContain(option);
    expect(help.replace(/\s+/g, ' ')).toContain('(one of: openapi, markdown)');
    expect(help).toMatch(/exit codes:\n {2}0 .*\n {2}2 .*\n {2}3 /);
    const missing = capture();
    expect(await runImport([fromRoot('generated/openapi/onebot11.json'), '--category-map', join(dir, 'no-map.yaml')], missing.io)).toBe(2);
    expect(missing.err).toEqual([`import: --category-map: ${join(dir, 'no-map.yaml')}: no such file`]);
  });
});

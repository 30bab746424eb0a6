/**
 * `pnpm upstream` in-process, over the made-up NapCat tree and two small specs: one that says what
 * the code declares (nothing to report) and one that differs from it on purpose; the three
 * formats, --fail-on, --out, and one clear line for every bad argument.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runUpstream } from '../generator/cli/upstream.js';
import type { DiffReport } from '../generator/diff/report.js';
import { fromRoot } from './helpers/paths.js';

const CHECKOUT = fromRoot('test/fixtures/upstream/napcat');
const AGREE = fromRoot('test/fixtures/upstream/napcat/spec-agree.yaml');
const DISAGREE = fromRoot('test/fixtures/upstream/napcat/spec-disagree.yaml');
const dir = await mkdtemp(join(tmpdir(), 'onebot-upstream-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('pnpm upstream', () => {
  it('reports nothing when the spec says what the code declares, and lists what it did not compare', async () => {
    const c = capture();
    const run = await runUpstream(['napcat', CHECKOUT, '--spec', AGREE, '--fail-on', 'info'], c.io);
    expect(run.code).toBe(0);
    expect(run.report!.findings).toEqual([]);
    const text = c.out.join('');
    expect(text).toContain('no differences');
    expect(text).toContain(`new: ${CHECKOUT} (code: 6 actions, 0 types, 4 segments, 4 events)`);
    // The extractor's warnings, with file and line.
    expect(text).toContain("packages/napcat-onebot/action/extends/Dynamic.ts:7: cannot read the schema `buildSchema('dynamic')`");
    expect(run.report!.notCompared).toEqual([
      'action echo_message: result (new does not declare it)',
      'action get_dynamic: params (new does not declare it)',
      'action get_dynamic: result (new does not declare it)',
      'events of post_type message (one side does not list them)',
    ]);
  });

  it('reports every disagreement, and exits 1 at --fail-on', async () => {
    const c = capture();
    const run = await runUpstream(['napcat', CHECKOUT, '--spec', DISAGREE], c.io);
    expect(run.code).toBe(0);
    expect(run.report!.findings.map((f) => `${f.rule} ${f.subject.kind} ${f.subject.name} ${f.path ?? ''}`.trim())).toEqual([
      'response-field-removed action get_stranger_info result.age',
      'action-removed action get_version',
      'segment-field-became-optional segment image data.url',
      'event-field-type-changed event friend_request fields.comment',
      'parameter-default-changed action set_group_kick params.reason',
      'parameter-became-optional action share_card params.group_id',
    ]);
    expect(c.out.join('')).toMatch(
      /warning\s+parameter-default-changed\s+action set_group_kick: the default of 'params.reason' changed from "no reason" to "none"/,
    );
    expect((await runUpstream(['napcat', CHECKOUT, '--spec', DISAGREE, '--fail-on', 'breaking'], capture().io)).code).toBe(1);
  });

  it('writes Markdown and JSON, to a file with --out', async () => {
    const md = join(dir, 'report.md');
    expect((await runUpstream(['napcat', CHECKOUT, '--spec', DISAGREE, '--format', 'markdown', '--out', md], capture().io)).code).toBe(0);
    const markdown = await readFile(md, 'utf8');
    expect(markdown).toContain('# napcat: the spec against the source');
    expect(markdown).toContain('**4 breaking, 1 warning, 1 info.**');
    expect(markdown).toContain('action `get_version`');
    expect(markdown).toContain('## Not compared (4)');
    expect(markdown).toContain('## What the extractor could not read (new: ');
    expect(markdown).toContain('- packages/napcat-onebot/action/msg/Echo.ts:11: **warning** cannot follow the spread');
    const json = capture();
    await runUpstream(['napcat', CHECKOUT, '--spec', DISAGREE, '--format', 'json'], json.io);
    const report = JSON.parse(json.out.join('')) as DiffReport;
    expect(report.summary).toEqual({ breaking: 4, warning: 1, info: 1 });
    expect(report.new).toMatchObject({ source: CHECKOUT, kind: 'code', counts: { actions: 6, segments: 4, events: 4 } });
    expect(report.new.notes).toContainEqual({
      severity: 'warning',
      file: 'packages/napcat-onebot/action/extends/Dynamic.ts',
      line: 7,
      message: expect.stringContaining('buildSchema'),
    });
    expect(report.notCompared).toHaveLength(4);
  });

  it('answers a bad argument with one line and exit 3', async () => {
    const bad = async (args: string[]) => {
      const c = capture();
      const { code } = await runUpstream(args, c.io);
      return { code, err: c.err.join('\n'), out: c.out.join('') };
    };
    for (const [args, message] of [
      [['qq', CHECKOUT], "<implementation>: 'qq' is not one of napcat, go-cqhttp, lagrange"],
      [['napcap', CHECKOUT], 'did you mean napcat?'],
      [['napcat', join(dir, 'missing')], `${join(dir, 'missing')} is not a directory`],
      [
        ['napcat', fromRoot('test/fixtures/diff')],
        `${fromRoot('test/fixtures/diff')} is not a NapCatQQ checkout: it has no packages/napcat-onebot/action/router.ts`,
      ],
      [['lagrange', fromRoot('test/fixtures/diff')], `${fromRoot('test/fixtures/diff')} is not a Lagrange.Core checkout: it has no Lagrange.OneBot/ folder`],
      [['go-cqhttp', fromRoot('test/fixtures/diff')], `${fromRoot('test/fixtures/diff')} is not a go-cqhttp checkout: it has no modules/api/api.go`],
      [['napcat'], 'missing <checkout>: pnpm upstream <implementation> <checkout>'],
      [['napcat', CHECKOUT, '--format', 'html'], "--format: 'html' is not one of text, markdown, json"],
      [['napcat', CHECKOUT, '--fail-on', 'fatal'], "--fail-on: 'fatal' is not one of breaking, warning, info"],
      [['napcat', CHECKOUT, '--colour'], "unknown option '--colour'"],
    ] as const) {
      const result = await bad([...args]);
      expect(result.code).toBe(3);
      expect(result.err).toContain(message);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).toMatch(/^pnpm upstream: .* \(see pnpm upstream --help\)$/);
      expect(result.out).toBe('');
    }
  });

  it('exits 2 when the spec cannot be read', async () => {
    const broken = join(dir, 'broken.yaml');
    await writeFile(broken, 'protocol: { name: X }\nactions:\n  a: { title: A }\n');
    const c = capture();
    expect((await runUpstream(['napcat', CHECKOUT, '--spec', broken], c.io)).code).toBe(2);
    expect(c.err.join('')).toMatch(/broken\.yaml: the spec has \d+ error/);
  });
});

/**
 * The spec's explanations of upstream findings (`disagreements`): the loader refuses malformed
 * entries at their place, `pnpm upstream` marks the findings they match as explained and counts
 * only the rest for --fail-on, and an entry that matches nothing, or cites a file the checkout
 * lacks, is stale. Runs over the made-up NapCat tree and spec-disagree.yaml, whose six findings
 * upstream-cli.test.ts lists.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runUpstream } from '../generator/cli/upstream.js';
import { loadSpecTexts } from '../generator/load/index.js';
import { fromRoot } from './helpers/paths.js';

const CHECKOUT = fromRoot('test/fixtures/upstream/napcat');
const DISAGREE = await readFile(fromRoot('test/fixtures/upstream/napcat/spec-disagree.yaml'), 'utf8');
const dir = await mkdtemp(join(tmpdir(), 'onebot-explain-'));

const entry = (rule: string, where: string, source = 'packages/napcat-onebot/action/group/KickMember.ts') =>
  `    - rule: ${rule}\n      where: ${where}\n      reason: { zh: 理由, en: the reason }\n      source: ${source}\n`;

/** spec-disagree.yaml with this `disagreements` section appended, as a file `pnpm upstream --spec` reads. */
async function specWith(section: string): Promise<string> {
  const file = join(dir, `spec-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(file, `${DISAGREE}\ndisagreements:\n${section}`);
  return file;
}

function capture() {
  const out: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: () => {} }, out };
}

describe('disagreements in the spec', () => {
  const load = (section: string) => {
    const text = `${DISAGREE}\ndisagreements:\n${section}`;
    const { model, diagnostics } = loadSpecTexts([{ name: 'spec.yaml', text }]);
    const lines = text.split('\n');
    return { model, errors: diagnostics.filter((d) => d.severity === 'error').map((d) => ({ ...d, text: lines[d.line - 1]!.trim() })) };
  };

  it('are read into the implementation they belong to, with where they are', () => {
    const { model, errors } = load(`  napcat:\n${entry('action-removed', 'action get_version')}`);
    expect(errors).toEqual([]);
    const napcat = model!.implementations.find((i) => i.id === 'napcat')!;
    expect(napcat.disagreements).toEqual([
      {
        rule: 'action-removed',
        where: 'action get_version',
        reason: { zh: '理由', en: 'the reason' },
        file: 'packages/napcat-onebot/action/group/KickMember.ts',
        source: { file: 'spec.yaml', line: expect.any(Number), column: 7 },
      },
    ]);
    expect(model!.implementations.find((i) => i.id === 'onebot11')!.disagreements).toBeUndefined();
  });

  it.each([
    [
      'an unknown implementation',
      `  napcap:\n${entry('action-removed', 'action get_version')}`,
      /unknown implementation 'napcap'/,
      'napcap:',
      /did you mean 'napcat'/,
    ],
    [
      'an unknown rule',
      `  napcat:\n${entry('action-remove', 'action get_version')}`,
      /unknown diff rule 'action-remove'/,
      '- rule: action-remove',
      /did you mean 'action-removed'/,
    ],
    [
      'a place not as the report prints it',
      `  napcat:\n${entry('action-removed', '"action `get_version`"')}`.replace('"action `get_version`"', 'action `get_version` result x'),
      /'disagreements\.napcat\.0\.where' does not match the pattern/,
      'where: action `get_version` result x',
      /as the report shows it/,
    ],
    [
      'a source outside the repository',
      `  napcat:\n${entry('action-removed', 'action get_version', 'packages/../../etc/passwd')}`,
      /'packages\/\.\.\/\.\.\/etc\/passwd' is not a path inside the repository/,
      'source: packages/../../etc/passwd',
      /repository's root/,
    ],
    [
      'a reason in one language',
      `  napcat:\n${entry('action-removed', 'action get_version').replace('reason: { zh: 理由, en: the reason }', 'reason: 理由')}`,
      /'disagreements\.napcat\.0\.reason' must be a mapping/,
      'reason: 理由',
      undefined,
    ],
    [
      'the same finding explained twice',
      `  napcat:\n${entry('action-removed', 'action get_version')}${entry('action-removed', 'action get_version')}`,
      /the disagreement action-removed at 'action get_version' is explained twice/,
      '- rule: action-removed',
      /keep one/,
    ],
  ])('refuse %s at its place', (_, section, message, line, hint) => {
    const { model, errors } = load(section);
    expect(model).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'spec.yaml', message: expect.stringMatching(message), text: line });
    if (hint) expect(errors[0]!.hint).toMatch(hint);
  });
});

describe('pnpm upstream with explanations', () => {
  const ALL = [
    entry('response-field-removed', 'action get_stranger_info result.age', 'packages/napcat-onebot/action/user/GetProfile.ts'),
    entry('action-removed', 'action get_version', 'packages/napcat-onebot/action/router.ts'),
    entry('segment-field-became-optional', 'segment image data.url', 'packages/napcat-onebot/api/msg.ts'),
    entry('event-field-type-changed', 'event friend_request fields.comment', 'packages/napcat-onebot/event/request/OB11FriendRequest.ts'),
    entry('parameter-default-changed', 'action set_group_kick params.reason'),
    // A glob: any parameter of share_card.
    entry('parameter-became-optional', 'action share_card params.*', 'packages/napcat-onebot/action/extends/ShareCard.ts'),
  ];

  it('marks what they match as explained, and --fail-on counts only the rest', async () => {
    const five = await specWith(`  napcat:\n${ALL.slice(1).join('')}`);
    const c = capture();
    const run = await runUpstream(['napcat', CHECKOUT, '--spec', five, '--fail-on', 'info'], c.io);
    const report = run.report!;
    expect(report.summary).toEqual({ breaking: 4, warning: 1, info: 1 });
    expect(report.unexplained).toEqual({ breaking: 1, warning: 0, info: 0 });
    expect(report.stale).toEqual([]);
    expect(report.findings.filter((f) => !f.explained).map((f) => `${f.rule} ${f.path}`)).toEqual(['response-field-removed result.age']);
    expect(report.findings.find((f) => f.subject.name === 'share_card')!.explained).toEqual({
      reason: { zh: '理由', en: 'the reason' },
      source: 'packages/napcat-onebot/action/extends/ShareCard.ts',
      at: expect.stringMatching(/spec-\w+\.yaml:\d+$/),
    });
    // One unexplained breaking finding: fails at breaking, and so at info.
    expect(run.code).toBe(1);
    const text = c.out.join('');
    expect(text).toContain('explained by the spec: 5');
    expect(text).toContain('4 breaking, 1 warning, 1 info (5 explained, 1 unexplained, 0 stale)');

    const all = await specWith(`  napcat:\n${ALL.join('')}`);
    const md = capture();
    const clean = await runUpstream(['napcat', CHECKOUT, '--spec', all, '--fail-on', 'info', '--format', 'markdown'], md.io);
    expect(clean.code).toBe(0);
    expect(clean.report!.unexplained).toEqual({ breaking: 0, warning: 0, info: 0 });
    const markdown = md.out.join('');
    expect(markdown).toContain('**4 breaking, 1 warning, 1 info.**');
    expect(markdown).toContain('**6 explained by the spec, 0 unexplained (0 breaking, 0 warning, 0 info), 0 stale explanations.**');
    expect(markdown).not.toContain('## Breaking changes');
    expect(markdown).toContain('## Explained by the spec (6)');
    expect(markdown).toMatch(/\| action `get_version` \| .* \| the reason \| `packages\/napcat-onebot\/action\/router\.ts` \|/);
  });

  it('reports an entry that matches no finding, or cites a file the checkout lacks, as stale, which fails --fail-on', async () => {
    const spec = await specWith(
      `  napcat:\n${ALL.slice(0, 5).join('')}${entry('parameter-became-optional', 'action share_card params.*', 'packages/napcat-onebot/action/extends/Gone.ts')}${entry('response-field-removed', 'action get_stranger_info result.nickname')}`,
    );
    const c = capture();
    const run = await runUpstream(['napcat', CHECKOUT, '--spec', spec, '--fail-on', 'breaking'], c.io);
    expect(run.report!.unexplained).toEqual({ breaking: 0, warning: 0, info: 0 });
    expect(run.report!.stale!.map((s) => `${s.where}: ${s.why}`)).toEqual([
      'action share_card params.*: its source packages/napcat-onebot/action/extends/Gone.ts is not in the checkout',
      'action get_stranger_info result.nickname: it matches no finding',
    ]);
    expect(run.code).toBe(1);
    expect(c.out.join('')).toMatch(
      /stale explanations in the spec \(remove or correct them\): 2\n {2}\S*spec-\w+\.yaml:\d+: parameter-became-optional at 'action share_card params\.\*'/,
    );
    // Without --fail-on the report is still written and the exit is 0.
    expect((await runUpstream(['napcat', CHECKOUT, '--spec', spec], capture().io)).code).toBe(0);
  });
});

/**
 * The real test of the diff: NapCat's older Apifox export (seed 002) against the recent one (004).
 * Also checks that the committed example report, docs/diff-napcat-002-004.md, is current.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORTS, renderReport } from '../generator/cli/diff-reports.js';
import { diffReport } from '../generator/diff/report.js';
import { loadSide } from '../generator/import/index.js';
import { fromRoot } from './helpers/paths.js';
import { seedPath } from './helpers/seed-files.js';

const options = { implementation: 'napcat' };
const report = diffReport(await loadSide(seedPath('002'), options), await loadSide(seedPath('004'), options));
const rulesOf = (name: string) => report.findings.filter((f) => f.subject.name === name).map((f) => f.rule);

describe('seed 002 → seed 004', () => {
  it.each(['set_group_head', 'get_group_file_count', 'set_self_profile', 'ArkShareGroupEx', 'del_group_file', 'get_group_file_list'])(
    'the older %s is gone (breaking)',
    (name) => {
      expect(rulesOf(name)).toEqual(['action-removed']);
    },
  );

  it.each(['set_qq_profile', 'set_group_portrait', 'ArkShareGroup', 'delete_group_file', 'get_group_root_files', 'send_forward_msg', 'get_login_info'])(
    '%s appeared',
    (name) => {
      expect(rulesOf(name)).toEqual(['action-added']);
    },
  );

  it('counts: 31 actions before, 131 after, 100 more', () => {
    expect([report.old.counts.actions, report.new.counts.actions]).toEqual([31, 131]);
    const added = report.findings.filter((f) => f.rule === 'action-added').length;
    const removed = report.findings.filter((f) => f.rule === 'action-removed').length;
    expect(added - removed).toBe(100);
  });

  it('finds changed parameters of actions both versions have', () => {
    const emoji = report.findings.filter((f) => f.subject.name === 'fetch_emoji_like' && f.area === 'parameter');
    expect(emoji.map((f) => [f.rule, f.path])).toEqual(
      expect.arrayContaining([
        ['parameter-type-changed', 'params.emojiId'],
        ['parameter-type-changed', 'params.emojiType'],
      ]),
    );
    expect(report.findings.find((f) => f.subject.name === 'mark_private_msg_as_read' && f.rule === 'parameter-removed')?.path).toBe('params.group_id');
  });

  it('suggests renames without asserting them', () => {
    expect(report.hints.map((h) => `${h.from} → ${h.to}`)).toEqual(
      expect.arrayContaining(['del_group_file → delete_group_file', 'del_group_file_folder → delete_group_folder', 'set_group_head → set_group_portrait']),
    );
    expect(report.findings.some((f) => f.rule === 'action-renamed')).toBe(false);
  });

  it('the committed report docs/diff-napcat-002-004.md is current (pnpm diff:reports)', async () => {
    const spec = REPORTS.find((r) => r.file.endsWith('002-004.md'))!;
    expect(await renderReport(spec)).toBe(readFileSync(fromRoot(spec.file), 'utf8'));
  });
});

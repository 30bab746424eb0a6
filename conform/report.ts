/**
 * What `pnpm conform` writes: the same three forms as `pnpm diff` (text for a terminal, Markdown
 * for an issue or a pull request, JSON for tools). A report keeps two things apart: what violates
 * the spec (seen, so certain) and what the spec has that was not seen (never evidence of absence).
 */
import { mdCode } from '../generator/emit/escape.js';
import { FINDING_KINDS, type CheckSummary, type Finding } from './checker.js';

/** What the probe found out beyond the traffic it checked. */
export interface ProbeResult {
  /** Each action the probe called: what happened. */
  calls: { action: string; outcome: 'ok' | 'failed' | 'missing' | 'no-answer' | 'skipped'; detail?: string }[];
  /** Checks of how the implementation answers: an unknown action, a missing or a wrong token. */
  checks: { name: string; expected: string; observed: string; ok: boolean | null }[];
  /** Actions of the profile the probe did not call because they change something. */
  notProbed: string[];
}

export interface ConformReport {
  mode: 'proxy' | 'probe';
  implementation: string;
  /** The implementation's address, never with its token. */
  target: string;
  startedAt: string;
  durationMs: number;
  summary: CheckSummary;
  probe?: ProbeResult;
}

export type ReportFormat = 'text' | 'markdown' | 'json';

export function formatReport(report: ConformReport, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return format === 'markdown' ? markdown(report) : text(report);
}

/** How many findings say the implementation and the spec disagree (exit code 1 under --fail). */
export function violationCount(report: ConformReport): number {
  return report.summary.findings.length + report.summary.overflow + (report.probe?.checks.filter((c) => c.ok === false).length ?? 0);
}

function headline(r: ConformReport): string {
  const s = r.summary;
  return `${r.mode} against ${r.implementation} at ${r.target}: ${s.frames.bot} frame(s) from the bot, ${s.frames.implementation} from the implementation (${s.calls} call(s), ${s.answers} answer(s), ${s.events} event(s)) in ${(r.durationMs / 1000).toFixed(1)} s`;
}

function findingLine(f: Finding): string {
  return `${f.subject}${f.path ? ` ${f.path}` : ''}: ${f.message} (×${f.count})`;
}

function text(r: ConformReport): string {
  const s = r.summary;
  const out = [headline(r), ''];
  const violations = violationCount(r);
  out.push(violations ? `Violates the spec (${violations}):` : 'Nothing seen violates the spec.');
  for (const [kind, title] of Object.entries(FINDING_KINDS)) {
    const findings = s.findings.filter((f) => f.kind === kind);
    if (!findings.length) continue;
    out.push(`  ${title}:`, ...findings.map((f) => `    ${findingLine(f)}`));
  }
  if (s.overflow) out.push(`  … and ${s.overflow} more occurrence(s) of findings past the limit`);
  if (r.probe) {
    const failed = r.probe.checks.filter((c) => c.ok === false);
    if (failed.length) out.push('  checks:', ...failed.map((c) => `    ${c.name}: expected ${c.expected}, observed ${c.observed}`));
    out.push('', 'Probe:');
    for (const c of r.probe.checks) out.push(`  ${c.ok === null ? 'not checked' : c.ok ? 'ok' : 'FAILS'}  ${c.name}: ${c.observed}`);
    for (const c of r.probe.calls) out.push(`  ${c.outcome.padEnd(9)} ${c.action}${c.detail ? ` (${c.detail})` : ''}`);
  }
  out.push('', 'The spec has it, not seen here (not evidence of absence):');
  if (r.probe)
    out.push(
      `  actions: ${Object.keys(s.actionCoverage.seen).length} of ${Object.keys(s.actionCoverage.seen).length + s.actionCoverage.notSeen.length} called; ${r.probe.notProbed.length} not called because they change something (see --allow-writes)`,
    );
  else out.push(`  actions: ${countLine(s.actionCoverage.notSeen, s.actionCoverage.seen)}`);
  out.push(`  events: ${countLine(s.eventCoverage.notSeen, s.eventCoverage.seen)}`);
  out.push(`  segments: ${countLine(s.segmentCoverage.notSeen, s.segmentCoverage.seen)}`);
  for (const [where, fields] of Object.entries(s.fieldsNotSeen)) out.push(`  ${where}: ${fields.join(', ')}`);
  if (s.forgotten) out.push('', `${s.forgotten} call(s) were forgotten before their answer arrived (more than the limit in flight).`);
  return `${out.join('\n')}\n`;
}

function countLine(notSeen: string[], seen: Record<string, number>): string {
  const seenCount = Object.keys(seen).length;
  return `${seenCount} of ${seenCount + notSeen.length} seen${notSeen.length ? `; not seen: ${notSeen.join(', ')}` : ''}`;
}

function markdown(r: ConformReport): string {
  const s = r.summary;
  const out = [`# Conformance of ${r.implementation}: ${r.mode}`, '', `${cell(headline(r))}.`, ''];
  const violations = violationCount(r);
  out.push(`## Violates the spec (${violations})`, '');
  if (!s.findings.length) out.push('Nothing seen violates the spec.', '');
  else {
    out.push('| kind | where | path | problem | count |', '| --- | --- | --- | --- | --- |');
    for (const f of s.findings) out.push(`| \`${f.kind}\` | ${cell(f.subject)} | ${f.path ? mdCode(f.path) : ''} | ${cell(f.message)} | ${f.count} |`);
    out.push('');
  }
  if (s.overflow) out.push(`${s.overflow} more occurrence(s) of findings past the limit were counted, not kept.`, '');
  if (r.probe) {
    out.push('## Probe', '', '| check | expected | observed | |', '| --- | --- | --- | --- |');
    for (const c of r.probe.checks)
      out.push(`| ${cell(c.name)} | ${cell(c.expected)} | ${cell(c.observed)} | ${c.ok === null ? 'not checked' : c.ok ? 'ok' : '**fails**'} |`);
    out.push('', '| action | outcome | |', '| --- | --- | --- |');
    for (const c of r.probe.calls) out.push(`| ${mdCode(c.action)} | ${c.outcome} | ${cell(c.detail ?? '')} |`);
    if (r.probe.notProbed.length)
      out.push('', `Not called, because they change something (pass \`--allow-writes\` to call them): ${r.probe.notProbed.map(mdCode).join(', ')}.`);
    out.push('');
  }
  out.push('## The spec has it, not seen here', '', 'Not evidence that the implementation lacks it: only that this run did not see it.', '');
  out.push('| | seen | not seen |', '| --- | --- | --- |');
  for (const [label, c] of [
    ['actions', s.actionCoverage],
    ['events', s.eventCoverage],
    ['segments', s.segmentCoverage],
  ] as const) {
    // The probe lists the actions it did not call above, with why.
    const notSeen = label === 'actions' && r.probe ? `${c.notSeen.length} (not called)` : c.notSeen.map(mdCode).join(', ');
    out.push(`| ${label} | ${Object.keys(c.seen).length} | ${notSeen} |`);
  }
  const fields = Object.entries(s.fieldsNotSeen);
  if (fields.length) {
    out.push('', '| on | fields never present |', '| --- | --- |');
    for (const [where, names] of fields) out.push(`| ${cell(where)} | ${names.map(mdCode).join(', ')} |`);
  }
  return `${out.join('\n')}\n`;
}

/** A table cell: one line, `|` and HTML escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|');
}

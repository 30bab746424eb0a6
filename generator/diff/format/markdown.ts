/**
 * The report as Markdown for a changelog or a pull-request comment: a summary table, then the
 * findings by severity (info folded away, it is the long tail), rename hints, importer notes and
 * optional hand-written notes.
 */
import { notePlace } from '../../import/notes.js';
import type { Finding } from '../compare.js';
import type { DiffReport, DiffSide } from '../report.js';
import { mdCode } from '../../emit/escape.js';
import { SEVERITIES, type Severity } from '../rules.js';

export interface MarkdownOptions {
  title?: string;
  /** Hand-written Markdown appended under "Notes". */
  notes?: string;
  /** Where the rules are documented, for links from rule ids. */
  rulesLink?: string;
}

const HEADINGS: Record<Severity, string> = { breaking: 'Breaking changes', warning: 'Warnings', info: 'Other changes' };

export function formatMarkdown(report: DiffReport, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  out.push(`# ${options.title ?? 'Protocol diff'}`, '');
  out.push('| | source | actions | types | segments | events |', '| --- | --- | --- | --- | --- | --- |');
  for (const [label, side] of [
    ['old', report.old],
    ['new', report.new],
  ] as const)
    out.push(sideRow(label, side));
  out.push('');
  out.push(`**${report.summary.breaking} breaking, ${report.summary.warning} warning, ${report.summary.info} info.**`, '');
  const explained = report.findings.filter((f) => f.explained);
  if (report.unexplained) out.push(explanationLine(report, explained.length), '');
  if (!report.findings.length) out.push('No differences.', '');
  for (const severity of SEVERITIES) {
    const findings = report.findings.filter((f) => f.severity === severity && !f.explained);
    if (!findings.length) continue;
    out.push(`## ${HEADINGS[severity]} (${findings.length})`, '');
    const table = findingsTable(findings, options.rulesLink);
    if (severity === 'info' && findings.length > 20) out.push('<details><summary>Show all</summary>', '', ...table, '', '</details>', '');
    else out.push(...table, '');
  }
  if (explained.length) {
    out.push(
      `## Explained by the spec (${explained.length})`,
      '',
      "The spec differs from the code here on purpose; each reason is in the implementation's `disagreements`.",
      '',
    );
    out.push('<details><summary>Show all</summary>', '', ...explainedTable(explained, options.rulesLink), '', '</details>', '');
  }
  if (report.stale?.length) {
    out.push(
      `## Stale explanations (${report.stale.length})`,
      '',
      'These explanations in the spec no longer hold: remove them, or correct their rule or place.',
      '',
    );
    out.push('| spec | rule | where | why |', '| --- | --- | --- | --- |');
    for (const s of report.stale) out.push(`| ${mdCode(s.at)} | \`${s.rule}\` | ${mdCode(s.where)} | ${cell(s.why)} |`);
    out.push('');
  }
  if (report.hints.length) {
    out.push('## Possible renames', '', 'The model records a rename only as an alias; these pairs look alike and should be checked by hand.', '');
    out.push('| removed | added | why | score |', '| --- | --- | --- | --- |');
    for (const h of report.hints) out.push(`| ${mdCode(h.from)} | ${mdCode(h.to)} | ${cell(h.reasons.join('; '))} | ${h.score} |`);
    out.push('');
  }
  for (const [label, side] of [
    ['old', report.old],
    ['new', report.new],
  ] as const) {
    if (!side.notes.length) continue;
    out.push(
      `## What the ${side.kind === 'code' ? 'extractor' : 'importer'} could not read (${label}: ${side.source})`,
      '',
      `${side.notes.length} note(s).`,
      '',
      '<details><summary>Show all</summary>',
      '',
    );
    for (const n of side.notes)
      out.push(`- ${notePlace(n) ? `${escapeInline(notePlace(n))}: ` : ''}${n.severity === 'warning' ? '**warning** ' : ''}${escapeInline(n.message)}`);
    out.push('', '</details>', '');
  }
  if (report.notCompared?.length) {
    out.push(
      `## Not compared (${report.notCompared.length})`,
      '',
      'One side does not describe these parts, so they were left out rather than reported as added or removed.',
      '',
    );
    out.push('<details><summary>Show all</summary>', '', ...report.notCompared.map((n) => `- ${escapeInline(n)}`), '', '</details>', '');
  }
  if (options.notes?.trim()) out.push('## Notes', '', options.notes.trim(), '');
  return out.join('\n').replace(/\n+$/, '\n');
}

function sideRow(label: string, side: DiffSide): string {
  const c = side.counts;
  return `| ${label} | \`${side.source}\` (${side.kind}) | ${c.actions} | ${c.types} | ${c.segments} | ${c.events} |`;
}

function findingsTable(findings: Finding[], rulesLink: string | undefined): string[] {
  const rows = ['| rule | where | change |', '| --- | --- | --- |'];
  for (const f of findings) {
    const rule = rulesLink ? `[\`${f.rule}\`](${rulesLink}#${f.rule})` : `\`${f.rule}\``;
    // Names and paths come from the specs compared: each is one code span whatever it holds.
    rows.push(`| ${rule} | ${f.subject.kind} ${mdCode(f.subject.name)}${f.path ? ` ${mdCode(f.path)}` : ''} | ${cell(f.message)} |`);
  }
  return rows;
}

function explanationLine(report: DiffReport, explained: number): string {
  const u = report.unexplained!;
  const unexplained = u.breaking + u.warning + u.info;
  const stale = report.stale?.length ?? 0;
  return `**${explained} explained by the spec, ${unexplained} unexplained (${u.breaking} breaking, ${u.warning} warning, ${u.info} info), ${stale} stale explanation${stale === 1 ? '' : 's'}.**`;
}

function explainedTable(findings: Finding[], rulesLink: string | undefined): string[] {
  const rows = ['| rule | where | change | why | source |', '| --- | --- | --- | --- | --- |'];
  for (const f of findings) {
    const rule = rulesLink ? `[\`${f.rule}\`](${rulesLink}#${f.rule})` : `\`${f.rule}\``;
    const why = f.explained!.reason.en ?? f.explained!.reason.zh ?? '';
    rows.push(
      `| ${rule} | ${f.subject.kind} ${mdCode(f.subject.name)}${f.path ? ` ${mdCode(f.path)}` : ''} | ${cell(f.message)} | ${cell(why)} | ${mdCode(f.explained!.source)} |`,
    );
  }
  return rows;
}

/** A table cell: pipes escaped, newlines flattened. */
function cell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|');
}

function escapeInline(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

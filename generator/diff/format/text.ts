/** The report for a terminal: one line per finding, worst first, then hints and a summary line. */
import type { DiffReport, DiffSide } from '../report.js';

export function formatText(report: DiffReport): string {
  const lines = [`old: ${describeSide(report.old)}`, `new: ${describeSide(report.new)}`, ''];
  const width = Math.max(0, ...report.findings.map((f) => f.rule.length));
  for (const f of report.findings) lines.push(`${f.severity.padEnd(8)}  ${f.rule.padEnd(width)}  ${f.subject.kind} ${f.subject.name}: ${f.message}`);
  if (!report.findings.length) lines.push('no differences');
  if (report.hints.length) {
    lines.push('', 'possible renames (not recorded in the model; check by hand):');
    for (const h of report.hints) lines.push(`  ${h.from} → ${h.to}  (${h.reasons.join('; ')}; score ${h.score})`);
  }
  const notes = report.old.notes.length + report.new.notes.length;
  if (notes) lines.push('', `${notes} import note(s): run \`pnpm import\` on each side to see them, or use --format markdown`);
  const { breaking, warning, info } = report.summary;
  lines.push('', `${breaking} breaking, ${warning} warning, ${info} info`);
  return lines.join('\n') + '\n';
}

export function describeSide(side: DiffSide): string {
  const c = side.counts;
  return `${side.source} (${side.kind}: ${c.actions} actions, ${c.types} types, ${c.segments} segments, ${c.events} events)`;
}

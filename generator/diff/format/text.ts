/** The report for a terminal: one line per finding, worst first, then hints and a summary line. */
import { notePlace } from '../../import/notes.js';
import type { DiffReport, DiffSide } from '../report.js';

export function formatText(report: DiffReport): string {
  const lines = [`old: ${describeSide(report.old)}`, `new: ${describeSide(report.new)}`, ''];
  const width = Math.max(0, ...report.findings.map((f) => f.rule.length));
  for (const f of report.findings.filter((f) => !f.explained))
    lines.push(`${f.severity.padEnd(8)}  ${f.rule.padEnd(width)}  ${f.subject.kind} ${f.subject.name}: ${f.message}`);
  if (!report.findings.length) lines.push('no differences');
  const explained = report.findings.filter((f) => f.explained);
  if (explained.length) {
    lines.push('', `explained by the spec: ${explained.length}`);
    for (const f of explained)
      lines.push(
        `  ${f.severity.padEnd(8)}  ${f.rule.padEnd(width)}  ${f.subject.kind} ${f.subject.name}: ${f.message}`,
        `      ${f.explained!.reason.en ?? f.explained!.reason.zh} (${f.explained!.source}; ${f.explained!.at})`,
      );
  }
  if (report.stale?.length) {
    lines.push('', `stale explanations in the spec (remove or correct them): ${report.stale.length}`);
    for (const s of report.stale) lines.push(`  ${s.at}: ${s.rule} at '${s.where}': ${s.why}`);
  }
  if (report.hints.length) {
    lines.push('', 'possible renames (not recorded in the model; check by hand):');
    for (const h of report.hints) lines.push(`  ${h.from} → ${h.to}  (${h.reasons.join('; ')}; score ${h.score})`);
  }
  for (const [label, side] of [
    ['old', report.old],
    ['new', report.new],
  ] as const) {
    const warnings = side.notes.filter((n) => n.severity === 'warning');
    if (!side.notes.length) continue;
    lines.push(
      '',
      `${label}: ${side.notes.length} ${side.kind === 'code' ? 'extractor' : 'import'} note(s), ${warnings.length} warning(s)${warnings.length > 10 ? ' (the first 10)' : ''}:`,
    );
    for (const n of warnings.slice(0, 10)) lines.push(`  ${notePlace(n) ? `${notePlace(n)}: ` : ''}${n.message}`);
    lines.push(side.kind === 'code' ? '  (all of them: --format markdown or json)' : '  (all of them: pnpm run import on that side, or --format markdown)');
  }
  if (report.notCompared?.length) {
    lines.push(
      '',
      `not compared (one side does not describe it): ${report.notCompared.length} part(s)${report.notCompared.length > 10 ? ', the first 10' : ''}:`,
    );
    for (const n of report.notCompared.slice(0, 10)) lines.push(`  ${n}`);
  }
  const { breaking, warning, info } = report.summary;
  const u = report.unexplained;
  const explainedPart = u ? ` (${explained.length} explained, ${u.breaking + u.warning + u.info} unexplained, ${report.stale?.length ?? 0} stale)` : '';
  lines.push('', `${breaking} breaking, ${warning} warning, ${info} info${explainedPart}`);
  return lines.join('\n') + '\n';
}

export function describeSide(side: DiffSide): string {
  const c = side.counts;
  return `${side.source} (${side.kind}: ${c.actions} actions, ${c.types} types, ${c.segments} segments, ${c.events} events)`;
}

/**
 * What the spec explains of an upstream report. An implementation's `disagreements` (spec/README.md
 * "Disagreements") name findings by rule and place, each with its reason; a finding one of them
 * matches is explained, the rest are not. An entry that matches no finding, or whose source file is
 * not in the checkout, is stale: the code changed, or the entry was mistyped, and it must go.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../diff/compare.js';
import type { DiffReport, StaleDisagreement } from '../diff/report.js';
import { SEVERITIES, type Severity } from '../diff/rules.js';
import type { Disagreement } from '../model/types.js';

/** The place of a finding as reports print it and `where:` names it: `action get_msg result.group_id`. */
export function findingPlace(f: Finding): string {
  return `${f.subject.kind} ${f.subject.name}${f.path ? ` ${f.path}` : ''}`;
}

/** `where:` as a pattern: `*` is any run of characters, everything else is itself. */
function wherePattern(where: string): RegExp {
  return new RegExp(
    `^${where
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

/**
 * The report with each finding a disagreement matches marked as explained, the unexplained counted
 * by severity, and the stale entries listed. `checkout`, when given, is where each entry's source
 * file must exist.
 */
export function explainReport(report: DiffReport, disagreements: readonly Disagreement[], checkout?: string): DiffReport {
  const entries = disagreements.map((d) => ({ d, pattern: wherePattern(d.where), used: false }));
  const unexplained = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const findings = report.findings.map((f) => {
    const place = findingPlace(f);
    const match = entries.find((e) => e.d.rule === f.rule && e.pattern.test(place));
    if (!match) {
      unexplained[f.severity]++;
      return f;
    }
    match.used = true;
    return { ...f, explained: { reason: match.d.reason, source: match.d.file, at: at(match.d) } };
  });
  const stale: StaleDisagreement[] = [];
  for (const { d, used } of entries) {
    const why = !used
      ? 'it matches no finding'
      : checkout !== undefined && !existsSync(join(checkout, d.file))
        ? `its source ${d.file} is not in the checkout`
        : undefined;
    if (why) stale.push({ rule: d.rule, where: d.where, source: d.file, at: at(d), why });
  }
  return { ...report, findings, unexplained, stale };
}

function at(d: Disagreement): string {
  return `${d.source.file}:${d.source.line}`;
}

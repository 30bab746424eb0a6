/** The report as JSON, exactly the DiffReport shape (documented in generated/docs/diff-rules.md). */
import type { DiffReport } from '../report.js';

export function formatJson(report: DiffReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

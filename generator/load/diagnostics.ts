/** Problems found in the spec, each pointing at a file, line and column, with a hint. */
import type { SourceRef } from '../model/types.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic extends SourceRef {
  severity: Severity;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Formats one diagnostic the way compilers do, so editors and terminals can link it. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Orders diagnostics by file, then position, so reports are stable. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}

/** Thrown when the spec has errors; carries every diagnostic found, not just the first. */
export class SpecError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    super(`the spec has ${errors} error${errors === 1 ? '' : 's'}`);
    this.name = 'SpecError';
  }
}

/** The closest of `candidates` to `name`, when it is close enough to be a likely typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** `did you mean 'x'?`, or the fallback when nothing is close. */
export function suggest(name: string, candidates: Iterable<string>, fallback?: string): string | undefined {
  const near = closest(name, candidates);
  return near ? `did you mean '${near}'?` : fallback;
}

/** Collects diagnostics as checks find them. */
export class Report {
  readonly diagnostics: Diagnostic[] = [];

  error(at: SourceRef, message: string, hint?: string): void {
    this.diagnostics.push({ ...at, severity: 'error', message, ...(hint ? { hint } : {}) });
  }

  warn(at: SourceRef, message: string, hint?: string): void {
    this.diagnostics.push({ ...at, severity: 'warning', message, ...(hint ? { hint } : {}) });
  }
}

/**
 * A diff report: both sides, the findings, the rename hints and what the importers noted. The
 * JSON formatter writes it as is; its shape is documented in generated/docs/diff-rules.md.
 */
import { narrowModel } from '../model/profile.js';
import type { Model } from '../model/types.js';
import { ImportError } from '../import/notes.js';
import type { ImportNote } from '../import/notes.js';
import { compareSides, type Finding } from './compare.js';
import { Comparability, FULL_COVERAGE, type Coverage } from './coverage.js';
import { renameHints, type RenameHint } from './hints.js';
import { atLeast, SEVERITIES, type Severity } from './rules.js';

export interface DiffSide {
  /** What was given on the command line (`spec`, `git:HEAD~1`, a file). */
  source: string;
  /** How it was read: `spec`, `git`, `openapi` or `markdown`. */
  kind: SideKind;
  counts: { actions: number; types: number; segments: number; events: number };
  /** What the importer could not read, or read only partly. */
  notes: ImportNote[];
}

export type SideKind = 'spec' | 'git' | 'openapi' | 'markdown' | 'code';

export interface DiffReport {
  /** The version of this report's shape; bumped when a field changes meaning or goes away. */
  version: 1;
  old: DiffSide;
  new: DiffSide;
  summary: Record<Severity, number>;
  findings: Finding[];
  hints: RenameHint[];
  /** What one side does not describe, so was not compared (see coverage.ts); absent when everything was. */
  notCompared?: string[];
  /**
   * `pnpm upstream` only: the findings the spec does not explain, by severity (`summary` counts all),
   * and the spec's explanations that no longer hold.
   */
  unexplained?: Record<Severity, number>;
  stale?: StaleDisagreement[];
}

/** An explanation in the spec that matches no finding, or cites a file the checkout lacks. */
export interface StaleDisagreement {
  rule: string;
  where: string;
  source: string;
  /** Where it is in the spec, `file:line`. */
  at: string;
  why: string;
}

export interface LoadedSide {
  source: string;
  kind: SideKind;
  model: Model;
  notes: ImportNote[];
  /** What the side can describe; everything when absent (a spec). */
  coverage?: Coverage;
}

export function diffReport(oldSide: LoadedSide, newSide: LoadedSide): DiffReport {
  const { findings, notCompared } = compareSides(
    oldSide.model,
    newSide.model,
    new Comparability(oldSide.coverage ?? FULL_COVERAGE, newSide.coverage ?? FULL_COVERAGE),
  );
  const summary = { breaking: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return {
    version: 1,
    old: side(oldSide),
    new: side(newSide),
    summary,
    findings,
    hints: renameHints(oldSide.model, newSide.model, findings),
    ...(notCompared.length ? { notCompared } : {}),
  };
}

function side(s: LoadedSide): DiffSide {
  const m = s.model;
  return {
    source: s.source,
    kind: s.kind,
    counts: { actions: m.actions.length, types: m.types.length, segments: m.segments.length, events: m.events.length },
    notes: s.notes,
  };
}

/**
 * Whether the report has a finding at or above `threshold`: only unexplained ones once the spec's
 * explanations are applied, and then a stale explanation fails too.
 */
export function failsAt(report: DiffReport, threshold: Severity): boolean {
  const counts = report.unexplained ?? report.summary;
  return (report.stale?.length ?? 0) > 0 || SEVERITIES.some((s) => atLeast(s, threshold) && counts[s] > 0);
}

/**
 * The side as one implementation sees it (a profile): only what it supports, with its parameter
 * and result variants applied. Compares an implementation's own documents with what the spec
 * says of that implementation, rather than with the standard shapes.
 */
export function profileSide(side: LoadedSide, implementation: string): LoadedSide {
  if (!side.model.implementations.some((i) => i.id === implementation)) {
    throw new ImportError(
      `${side.source}: no implementation '${implementation}' to take the profile of (it has ${side.model.implementations.map((i) => i.id).join(', ')})`,
    );
  }
  return { ...side, model: narrowModel(side.model, implementation) };
}

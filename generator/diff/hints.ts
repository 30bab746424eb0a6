/**
 * Rename hints: an action that disappeared while another appeared with the same parameters or a
 * similar title may have been renamed. The model records renames only through aliases, so these
 * are suggestions for a person to check, never findings.
 */
import type { Action, Model } from '../model/types.js';
import type { Finding } from './compare.js';

export interface RenameHint {
  from: string;
  to: string;
  /** 0..1: the mean of parameter and title similarity. */
  score: number;
  reasons: string[];
}

const THRESHOLD = 0.6;

export function renameHints(oldModel: Model, newModel: Model, findings: Finding[]): RenameHint[] {
  const removed = findings.filter((f) => f.rule === 'action-removed').map((f) => oldModel.actions.find((a) => a.name === f.subject.name)!);
  const added = findings.filter((f) => f.rule === 'action-added').map((f) => newModel.actions.find((a) => a.name === f.subject.name)!);
  const hints: RenameHint[] = [];
  for (const before of removed) {
    let best: RenameHint | undefined;
    for (const after of added) {
      const hint = score(before, after);
      if (hint.score >= THRESHOLD && (!best || hint.score > best.score)) best = hint;
    }
    if (best) hints.push(best);
  }
  return hints.sort((a, b) => b.score - a.score || (a.from < b.from ? -1 : 1));
}

function score(before: Action, after: Action): RenameHint {
  const params = jaccard(
    before.params.map((p) => p.name.toLowerCase()),
    after.params.map((p) => p.name.toLowerCase()),
  );
  const titles = Math.max(dice(before.title.zh, after.title.zh), dice(before.title.en, after.title.en));
  const reasons: string[] = [];
  if (params === 1) reasons.push(before.params.length ? 'same parameters' : 'neither has parameters');
  else if (params > 0) reasons.push(`${Math.round(params * 100)}% of the parameters in common`);
  if (titles >= 0.5) reasons.push(`similar title (${before.title.zh ?? before.title.en} → ${after.title.zh ?? after.title.en})`);
  // Two actions without parameters share nothing; count that as half.
  const paramScore = before.params.length === 0 && after.params.length === 0 ? 0.5 : params;
  return { from: before.name, to: after.name, score: Math.round(((paramScore + titles) / 2) * 100) / 100, reasons };
}

function jaccard(a: string[], b: string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  if (x.size === 0 && y.size === 0) return 1;
  const shared = [...x].filter((v) => y.has(v)).length;
  return shared / (x.size + y.size - shared);
}

/** Dice similarity of character bigrams; unreadable characters (〓) match nothing. */
function dice(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const grams = (s: string) => {
    const out: string[] = [];
    const chars = [...s.toLowerCase()];
    for (let i = 0; i + 1 < chars.length; i++) if (chars[i] !== '〓' && chars[i + 1] !== '〓') out.push(chars[i]! + chars[i + 1]!);
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  if (!x.length || !y.length) return a === b ? 1 : 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

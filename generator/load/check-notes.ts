/**
 * Whatever a support note says differs must also be in the variant, where a machine can read it.
 * This checks the plain statements about parameters that can be read reliably in a note's English
 * text: "does not read `x`" / "ignores `x`" (then `x` is removed), "reads only `a` and `b`" (then
 * nothing else is left), "`x` may be omitted" / "`x` is optional" (then it is not required) and
 * "`x` is required". Sentences about docs or earlier versions are skipped: they describe something
 * other than the implementation as it is (in "its docs list `x`, but it ignores `x`", only the first
 * clause is). Findings are warnings (`--strict` makes them errors).
 */
import { applyFieldVariant } from '../model/json-schema.js';
import type { Action, Field, Model, Support } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';

const NAME_LIST = /((?:`\w+`(?: \([^)]*\))?(?:,? (?:or|and|nor)(?: the optional)? |, )?)+)/.source;
const names = (list: string) => [...list.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
/** A sentence about documentation or older versions, not the implementation as it is. */
const ABOUT_SOMETHING_ELSE = /\b(?:docs?|documentation|early|earlier|older|previous|used to)\b/i;

/** What the note of one support entry says that its variant does not show; empty when they agree. */
export function noteMismatches(action: Pick<Action, 'params'>, support: Support): string[] {
  const note = support.note?.en;
  if (!note || support.status !== 'supported') return [];
  const params = applyFieldVariant(action.params, support);
  const param = (name: string): Field | undefined => params.find((p) => p.name === name);
  const problems: string[] = [];
  // One claim at a time: sentences, and the clauses either side of ", but".
  for (const sentence of note.replace(/\s+/g, ' ').split(/(?<=[.;])\s+|,\s+but\s+/)) {
    if (ABOUT_SOMETHING_ELSE.test(sentence)) continue;
    for (const m of sentence.matchAll(new RegExp(`\\b(?:ignores|does not read|doesn't read|never reads) ${NAME_LIST}`, 'g'))) {
      for (const name of names(m[1]!))
        if (param(name)) problems.push(`the note says it does not read \`${name}\`, but the variant keeps it: add it to remove_params`);
    }
    for (const m of sentence.matchAll(new RegExp(`\\breads only ${NAME_LIST}`, 'g'))) {
      // "reads only `messages`, not `message`": a contrast with the names that follow, not a full list.
      if (/^,?\s*not\b/.test(sentence.slice(m.index! + m[0].length))) continue;
      const read = names(m[1]!);
      for (const p of params)
        if (!read.includes(p.name))
          problems.push(`the note says it reads only ${read.map((n) => `\`${n}\``).join(', ')}, but the variant keeps \`${p.name}\`: add it to remove_params`);
    }
    for (const m of sentence.matchAll(/`(\w+)` (?:may be omitted|is optional)/g)) {
      if (param(m[1]!)?.required)
        problems.push(`the note says \`${m[1]}\` may be omitted, but the variant requires it: give it with required: false in params`);
    }
    for (const m of sentence.matchAll(/`(\w+)` is required/g)) {
      const p = param(m[1]!);
      if (p && !p.required) problems.push(`the note says \`${m[1]}\` is required, but the variant makes it optional`);
    }
  }
  return problems;
}

export function checkNotes(model: Model): Diagnostic[] {
  return model.actions.flatMap((action) =>
    action.support.flatMap((support) =>
      noteMismatches(action, support).map(
        (message): Diagnostic => ({
          ...action.source,
          severity: 'warning',
          message: `'${action.name}', ${support.implementation}: ${message}`,
          hint: 'record the difference in the support variant, or reword the note if it says something else',
        }),
      ),
    ),
  );
}

/**
 * The support mappings of actions, segments and events: every implementation named is declared,
 * an action states every one (a warning), each entry uses its kind's keys and leaves out only
 * fields there are, and an action answers only to its own name and its aliases.
 */
import type { Field, Support } from '../model/types.js';
import { supportKeys, type SupportKind } from './build-model.js';
import type { CheckContext } from './check.js';
import { suggest } from './diagnostics.js';
import type { Entry } from './merge.js';
import type { RawAction, RawEvent, RawSegment, RawSupportEntry } from './raw-types.js';

/** The keys of the other kinds, which an entry's support mapping must not use. */
const WRONG_KEYS: Record<SupportKind, (keyof Exclude<RawSupportEntry, boolean>)[]> = {
  action: ['fields', 'remove_fields'],
  segment: ['params', 'remove_params', 'result', 'names'],
  event: ['params', 'remove_params', 'result', 'names'],
};

export function checkSupport(c: CheckContext): void {
  const actions = new Map(c.model.actions.map((a) => [a.name, a]));
  const segments = new Map(c.model.segments.map((s) => [s.type, s]));
  const events = new Map(c.model.events.map((e) => [e.id, e]));
  for (const e of c.sections.entries('actions')) {
    const action = actions.get(e.key)!;
    checkStated(c, e);
    checkEntries(c, e, 'action', action.params);
    checkNames(
      c,
      e,
      action.support,
      action.aliases.map((a) => a.name),
    );
  }
  for (const e of c.sections.entries('segments')) checkEntries(c, e, 'segment', segments.get(e.key)!.fields);
  for (const e of c.sections.entries('events')) checkEntries(c, e, 'event', events.get(e.key)!.fields);
}

/** Every implementation besides the origin is stated, so "unknown" is never an accident. */
function checkStated({ model, report }: CheckContext, e: Entry<RawAction>): void {
  const v = e.value;
  const path = [...e.path, 'support'];
  const map = v.support ?? {};
  const unstated = model.implementations.map((i) => i.id).filter((id) => id !== v.origin && map[id] === undefined);
  if (unstated.length === 0) return;
  report.warn(
    e.file.at(v.support === undefined ? path.slice(0, -1) : path, v.support === undefined),
    `support leaves ${unstated.join(', ')} unstated, so the docs say "unknown" for ${unstated.length === 1 ? 'it' : 'them'}`,
    `state each implementation: true, false, or a mapping with its differences (and a note saying where that is from)`,
  );
}

function checkEntries({ model, report }: CheckContext, e: Entry<RawAction | RawSegment | RawEvent>, kind: SupportKind, baseFields: Field[]): void {
  const { file } = e;
  const path = [...e.path, 'support'];
  const implementations = model.implementations.map((i) => i.id);
  const map = e.value.support ?? {};
  for (const key of Object.keys(map)) {
    if (!implementations.includes(key)) {
      report.error(
        file.at([...path, key], true),
        `unknown implementation '${key}'`,
        suggest(key, implementations, `implementations are: ${implementations.join(', ')}`),
      );
    }
  }
  const removeKey = supportKeys(kind).remove;
  for (const implementation of implementations) {
    const value = map[implementation];
    if (value === undefined || typeof value === 'boolean') continue;
    const v = value;
    const here = [...path, implementation];
    for (const wrong of WRONG_KEYS[kind]) {
      if (v[wrong] !== undefined) {
        report.error(
          file.at([...here, wrong], true),
          `\`${wrong}\` does not apply to a${kind === 'action' ? 'n' : ''} ${kind}`,
          kind === 'action' ? `use \`${wrong.replace('fields', 'params')}\`` : `use \`${wrong.replace('params', 'fields')}\``,
        );
      }
    }
    (v[removeKey] ?? []).forEach((name, i) => {
      if (!baseFields.some((f) => f.name === name)) {
        report.error(
          file.at([...here, removeKey, i]),
          `'${name}' is not a ${kind === 'action' ? 'parameter' : 'field'} of this ${kind}`,
          suggest(
            name,
            baseFields.map((f) => f.name),
          ),
        );
      }
    });
  }
}

/** The names an implementation answers to are the action's own and its aliases. */
function checkNames({ report }: CheckContext, e: Entry<unknown>, support: Support[], aliases: string[]): void {
  for (const s of support) {
    s.names?.forEach((name, i) => {
      if (name !== e.key && !aliases.includes(name)) {
        report.error(
          e.file.at([...e.path, 'support', s.implementation, 'names', i]),
          `'${name}' is neither '${e.key}' nor one of its aliases`,
          suggest(name, [e.key, ...aliases], 'list the name under aliases: first'),
        );
      }
    });
  }
}

/**
 * The comparison of two models: every difference becomes a finding of one rule in rules.ts.
 * Actions are matched by name (or through an alias, which makes a rename), segments by type and
 * events by their discriminators, so an event whose id changed is still the same event.
 */
import { describeDiscriminators } from '../model/naming.js';
import { pick } from '../model/text.js';
import type { Action, Event, Field, Model, Support, Text, TypeNode } from '../model/types.js';
import { ruleById, type Area, type FlowDirection, type Severity } from './rules.js';
import { formatType } from '../model/format-type.js';
import { accepts, relate, TypeScope, type RelateOptions } from './type-relation.js';
import { Comparability } from './coverage.js';

export interface Subject {
  kind: 'action' | 'segment' | 'event';
  /** The action's name, the segment's type, or the event's id. */
  name: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  direction: FlowDirection;
  area: Area;
  subject: Subject;
  /** Where inside the subject: `params.user_id`, `result[].nickname`, `data.file`, `support.napcat`. */
  path?: string;
  message: string;
  old?: string;
  new?: string;
  /** Set by `pnpm upstream` when the spec explains the finding (its `disagreements`). */
  explained?: Explanation;
}

/** Why the spec deliberately differs from the code here. */
export interface Explanation {
  reason: Text;
  /** The implementation's file that shows it. */
  source: string;
  /** Where the explanation is in the spec, `file:line`. */
  at: string;
}

type FieldArea = 'parameter' | 'response' | 'segment' | 'event';

interface Context {
  subject: Subject;
  area: FieldArea;
  findings: Finding[];
  oldScope: TypeScope;
  newScope: TypeScope;
  can: Comparability;
  /** The subject's name on the new side, when it differs (matched through an alias, an event by its discriminators). */
  newName?: string;
}

/** The subject as each side names it, for looking up what each side describes. */
function names(ctx: Pick<Context, 'subject' | 'newName'>): Subject[] {
  return ctx.newName && ctx.newName !== ctx.subject.name ? [ctx.subject, { ...ctx.subject, name: ctx.newName }] : [ctx.subject];
}

/** The findings, and what could not be compared because one side does not describe it. */
export interface Comparison {
  findings: Finding[];
  /** One line per part left out: `action get_msg: result (new does not declare it)`. */
  notCompared: string[];
}

const NULL_TYPE: TypeNode = { kind: 'primitive', name: 'null' };

export function compareModels(oldModel: Model, newModel: Model): Finding[] {
  return compareSides(oldModel, newModel, Comparability.full()).findings;
}

/** Compares what both sides describe (see coverage.ts); the rest is listed as not compared. */
export function compareSides(oldModel: Model, newModel: Model, can: Comparability): Comparison {
  const findings: Finding[] = [];
  const notCompared: string[] = [];
  const oldScope = new TypeScope(oldModel);
  const newScope = new TypeScope(newModel);
  const base = { findings, oldScope, newScope, can };
  /** Whether both sides declare `part` of the subject; if not, it is listed as not compared. */
  const declared = (at: Pick<Context, 'subject' | 'newName'>, part: string): boolean => {
    const lacking = names(at).find((s) => !can.declares(s, part));
    if (!lacking) return true;
    notCompared.push(`${at.subject.kind} ${at.subject.name}: ${part} (${can.lacking(lacking, part)} does not declare it)`);
    return false;
  };
  const implementations = oldModel.implementations.map((i) => i.id).filter((id) => newModel.implementations.some((j) => j.id === id));
  const add = (rule: string, subject: Subject, message: string, extra: Partial<Finding> = {}) => findings.push(finding(rule, subject, message, extra));

  // ---- actions ----
  const newByName = new Map(newModel.actions.map((a) => [a.name, a]));
  const renamedTo = new Set<string>();
  // A side without aliases lists every name as an action: an alias on the other side is one of them.
  const aliasNames = can.aliases ? new Set<string>() : new Set([...oldModel.actions, ...newModel.actions].flatMap((a) => a.aliases.map((alias) => alias.name)));
  if (!can.lists('action')) notCompared.push(`actions (${Comparability.missing(can.old.actions, can.now.actions, 'list them')})`);
  for (const kind of ['action', 'segment', 'event'] as const) {
    if (can.lists(kind) && !can.statesSupport(kind)) {
      const [o, n] = [can.old.support, can.now.support].map((s) => !s || s.includes(kind));
      notCompared.push(`which implementations support each ${kind} (${Comparability.missing(o!, n!, 'state it')})`);
    }
  }
  for (const before of can.lists('action') ? oldModel.actions : []) {
    const subject: Subject = { kind: 'action', name: before.name };
    let after = newByName.get(before.name);
    if (!after && !can.aliases) {
      // One side lists every name as an action: match through either side's aliases, without calling it a rename.
      after =
        before.aliases.map((alias) => newByName.get(alias.name)).find((a) => a !== undefined) ??
        newModel.actions.find((a) => a.aliases.some((alias) => alias.name === before.name));
      if (after) renamedTo.add(after.name);
    }
    if (!after) {
      after = newModel.actions.find((a) => a.aliases.some((alias) => alias.name === before.name));
      if (!after) {
        if (!aliasNames.has(before.name)) add('action-removed', subject, `action '${before.name}' was removed`);
        continue;
      }
      renamedTo.add(after.name);
      add('action-renamed', subject, `action '${before.name}' was renamed to '${after.name}'; the old name is an alias`, { old: before.name, new: after.name });
    }
    compareAction(before, after, { ...base, subject, newName: after.name, area: 'parameter' }, declared);
    if (can.statesSupport('action')) compareSupport(before.support, after.support, implementations, subject, add);
  }
  for (const after of can.lists('action') ? newModel.actions : []) {
    if (!oldModel.actions.some((a) => a.name === after.name) && !renamedTo.has(after.name) && !aliasNames.has(after.name)) {
      add('action-added', { kind: 'action', name: after.name }, `action '${after.name}' was added${title(after.title)}`);
    }
  }

  // ---- segments ----
  if (!can.lists('segment')) notCompared.push(`segments (${Comparability.missing(can.old.segments, can.now.segments, 'list them')})`);
  for (const before of can.lists('segment') ? oldModel.segments : []) {
    const subject: Subject = { kind: 'segment', name: before.type };
    const after = newModel.segments.find((s) => s.type === before.type);
    if (!after) {
      add('segment-removed', subject, `segment '${before.type}' was removed`);
      continue;
    }
    if (declared({ subject }, 'data')) compareFields({ ...base, subject, area: 'segment' }, before.fields, after.fields, 'data');
    if (can.statesSupport('segment')) compareSupport(before.support, after.support, implementations, subject, add);
  }
  for (const after of can.lists('segment') ? newModel.segments : []) {
    if (!oldModel.segments.some((s) => s.type === after.type))
      add('segment-added', { kind: 'segment', name: after.type }, `segment '${after.type}' was added${title(after.title)}`);
  }

  // ---- events ----
  const key = (e: Event) => describeDiscriminators(e);
  const listed = (e: Event) => can.lists('event', e.discriminators[0]?.value);
  // A side that lists no events at all is one line; a side that lists some post types, one per post type left out.
  if (can.old.events === false || can.now.events === false)
    notCompared.push(`events (${Comparability.missing(can.old.events !== false, can.now.events !== false, 'list them')})`);
  else {
    const unlisted = new Set([...oldModel.events, ...newModel.events].filter((e) => !listed(e)).map((e) => e.discriminators[0]?.value ?? '?'));
    for (const postType of [...unlisted].sort()) notCompared.push(`events of post_type ${postType} (one side does not list them)`);
  }
  // An event one side tells apart by sub_type is, on the other, one event with a sub_type field:
  // they are matched, and sub_type is not compared as a field.
  const withoutSubType = (fields: Field[]) => fields.filter((f) => f.name !== 'sub_type');
  const oldListed = oldModel.events.filter(listed);
  const newListed = newModel.events.filter(listed);
  for (const before of oldListed) {
    const subject: Subject = { kind: 'event', name: before.id };
    const same = newListed.find((e) => key(e) === key(before));
    const merged = same ? undefined : splitBySubType(before, newListed, newScope);
    const split = same || merged ? [] : newListed.filter((e) => splitBySubType(e, [before], oldScope));
    const pairs: [Field[], Event][] = same
      ? [[before.fields, same]]
      : merged
        ? [[before.fields, merged]]
        : split.map((e) => [withoutSubType(before.fields), e]);
    if (!pairs.length) {
      add('event-removed', subject, `event '${before.id}' (${key(before)}) was removed`);
      continue;
    }
    for (const [fields, target] of pairs) {
      const ctx: Context = { ...base, subject, newName: target.id, area: 'event' };
      if (declared(ctx, 'fields')) compareFields(ctx, fields, merged ? withoutSubType(target.fields) : target.fields, 'fields');
      if (can.statesSupport('event')) compareSupport(before.support, target.support, implementations, subject, add);
    }
  }
  for (const after of newListed) {
    const matched = oldListed.some((e) => key(e) === key(after) || splitBySubType(e, [after], newScope) || splitBySubType(after, [e], oldScope));
    if (!matched) add('event-added', { kind: 'event', name: after.id }, `event '${after.id}' (${key(after)}) was added`);
  }
  return { findings: sortFindings(findings), notCompared };
}

/**
 * The event among `candidates` that `event` (told apart by sub_type) is part of, when a candidate
 * has the same other discriminators and a `sub_type` field that allows this value.
 */
function splitBySubType(event: Event, candidates: Event[], scope: TypeScope): Event | undefined {
  const sub = event.discriminators.find((d) => d.key === 'sub_type');
  if (!sub) return undefined;
  const rest = event.discriminators.filter((d) => d.key !== 'sub_type');
  const same = (e: Event) =>
    e.discriminators.length === rest.length && rest.every((d, i) => e.discriminators[i]?.key === d.key && e.discriminators[i]?.value === d.value);
  return candidates.find((e) => {
    const field = e.fields.find((f) => f.name === 'sub_type');
    return same(e) && field !== undefined && accepts(field.type, scope, { kind: 'literal', value: sub.value }, scope);
  });
}

function compareAction(before: Action, after: Action, ctx: Context, declared: (at: Context, part: string) => boolean): void {
  const add = (rule: string, message: string, extra: Partial<Finding> = {}) => ctx.findings.push(finding(rule, ctx.subject, message, extra));
  if (!before.deprecated && after.deprecated) {
    const reason = pick(after.deprecated.reason);
    add('action-deprecated', `action '${after.name}' is deprecated${reason ? `: ${reason}` : ''}`);
  }
  for (const alias of ctx.can.aliases ? before.aliases : []) {
    if (!after.aliases.some((a) => a.name === alias.name) && alias.name !== after.name) {
      add('action-alias-removed', `alias '${alias.name}' of '${after.name}' was removed`, { path: 'aliases', old: alias.name });
    }
  }
  if (declared(ctx, 'params')) compareFields(ctx, before.params, after.params, 'params');
  if (declared(ctx, 'result')) compareType({ ...ctx, area: 'response' }, before.result ?? NULL_TYPE, after.result ?? NULL_TYPE, 'result');
}

type Add = (rule: string, subject: Subject, message: string, extra?: Partial<Finding>) => void;

function compareSupport(before: Support[], after: Support[], implementations: string[], subject: Subject, add: Add): void {
  for (const id of implementations) {
    const was = before.find((s) => s.implementation === id)?.status ?? 'unknown';
    const is = after.find((s) => s.implementation === id)?.status ?? 'unknown';
    const extra = { path: `support.${id}`, old: was, new: is };
    if (was === 'supported' && is === 'unsupported') add('support-lost', subject, `${id} no longer supports ${subject.kind} '${subject.name}'`, extra);
    else if (was === 'supported' && is === 'unknown')
      add('support-claim-dropped', subject, `nothing is claimed any more about ${id} supporting ${subject.kind} '${subject.name}'`, extra);
    else if (was !== 'supported' && is === 'supported') add('support-gained', subject, `${id} now supports ${subject.kind} '${subject.name}'`, extra);
  }
}

// ---- fields and types ----------------------------------------------------------------------

/** The rule id of a field change (`added-required`, `removed`, `became-optional`, ...) in one area. */
function ruleFor(area: FieldArea, change: string): string {
  if (area === 'parameter') return `parameter-${change}`;
  if (area === 'response') return change.startsWith('added') ? 'response-field-added' : `response-field-${change}`;
  return `${area}-field-${change}`;
}

function typeRule(area: FieldArea, relation: 'narrowed' | 'widened' | 'changed'): string {
  if (area === 'parameter' || area === 'response') return `${area}-type-${relation}`;
  return `${area}-field-type-${relation}`;
}

function enumRule(area: FieldArea, change: 'added' | 'removed'): string {
  if (area === 'parameter' || area === 'response') return `${area}-enum-value-${change}`;
  return `${area}-field-enum-value-${change}`;
}

function compareFields(ctx: Context, before: Field[], after: Field[], path: string): void {
  const add = (change: string, message: string, extra: Partial<Finding> = {}) => {
    if (ctx.area === 'response' && change === 'default-changed') return; // a response has no default to rely on
    ctx.findings.push(finding(ruleFor(ctx.area, change), ctx.subject, message, extra));
  };
  const noun = ctx.area === 'parameter' ? 'parameter' : 'field';
  for (const old of before) {
    const here = `${path}.${old.name}`;
    const now = after.find((f) => f.name === old.name);
    if (!now) {
      add('removed', `${noun} '${here}' was removed`, { path: here, old: formatType(old.type) });
      continue;
    }
    if (!old.required && now.required) add('became-required', `${noun} '${here}' became required`, { path: here });
    if (old.required && !now.required) add('became-optional', `${noun} '${here}' became optional`, { path: here });
    // A default whose value a side cannot tell (`default` absent) is not compared.
    if (old.hasDefault && now.hasDefault && 'default' in old && 'default' in now && JSON.stringify(old.default) !== JSON.stringify(now.default)) {
      add('default-changed', `the default of '${here}' changed from ${JSON.stringify(old.default)} to ${JSON.stringify(now.default)}`, {
        path: here,
        old: JSON.stringify(old.default),
        new: JSON.stringify(now.default),
      });
    }
    compareType(ctx, old.type, now.type, here);
  }
  for (const now of after) {
    if (before.some((f) => f.name === now.name)) continue;
    const here = `${path}.${now.name}`;
    add(now.required ? 'added-required' : 'added-optional', `${now.required ? 'required' : 'optional'} ${noun} '${here}' was added`, {
      path: here,
      new: formatType(now.type),
    });
  }
}

/** Compares two types at `path`: objects field by field, arrays by their items, enums value by value. */
function compareType(ctx: Context, before: TypeNode, after: TypeNode, path: string): void {
  if (names(ctx).some((s) => !ctx.can.types(s, path))) return;
  const x = ctx.oldScope.resolve(before);
  const y = ctx.newScope.resolve(after);
  const sameName = before.kind === 'ref' && after.kind === 'ref' && before.name === after.name;
  // Recursive types (a forward node holding segments holding forward nodes) would never end;
  // deeper than this the same shapes only repeat.
  if (path.split(/\.|\[\]/).length > 12) return;
  if (x.kind === 'object' && y.kind === 'object') return compareFields(ctx, x.fields, y.fields, path);
  if (x.kind === 'array' && y.kind === 'array') return compareType(ctx, x.items, y.items, `${path}[]`);
  if (x.kind === 'enum' && y.kind === 'enum' && (x.base === y.base || (!ctx.can.integerWidths && x.base !== 'string' && y.base !== 'string'))) {
    for (const v of x.values) {
      if (!y.values.some((w) => w.value === v.value))
        ctx.findings.push(
          finding(enumRule(ctx.area, 'removed'), ctx.subject, `'${path}' no longer allows ${JSON.stringify(v.value)}`, { path, old: JSON.stringify(v.value) }),
        );
    }
    for (const w of y.values) {
      if (!x.values.some((v) => v.value === w.value))
        ctx.findings.push(
          finding(enumRule(ctx.area, 'added'), ctx.subject, `'${path}' now also allows ${JSON.stringify(w.value)}`, { path, new: JSON.stringify(w.value) }),
        );
    }
    return;
  }
  if (sameName && x.kind === 'ref') return;
  const options: RelateOptions = {
    numbersAlike: !ctx.can.integerWidths,
    converts: ctx.can.convertsParameters && ctx.area === 'parameter',
    anyIsUntyped: ctx.can.anyIsUntyped,
    uncomparedBuiltins: ctx.can.uncomparedBuiltins,
    stringsUntold: ctx.can.stringsUntold,
  };
  const relation = relate(before, ctx.oldScope, after, ctx.newScope, options);
  if (relation === 'same') return;
  const rule = typeRule(ctx.area, relation);
  ctx.findings.push(
    finding(
      rule,
      ctx.subject,
      `the type of '${path}' was ${relation === 'changed' ? 'changed' : relation} from ${formatType(before)} to ${formatType(after)}`,
      {
        path,
        old: formatType(before),
        new: formatType(after),
      },
    ),
  );
}

function finding(ruleId: string, subject: Subject, message: string, extra: Partial<Finding>): Finding {
  const rule = ruleById(ruleId);
  return { rule: rule.id, severity: rule.severity, direction: rule.direction, area: rule.area, subject, message, ...extra };
}

function title(text: Action['title'] | undefined): string {
  const t = pick(text);
  return t ? ` (${t})` : '';
}

const SEVERITY_ORDER = { breaking: 0, warning: 1, info: 2 } as const;
const KIND_ORDER = { action: 0, segment: 1, event: 2 } as const;

/** Stable order: severity, then subject kind and name, then path and rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      KIND_ORDER[a.subject.kind] - KIND_ORDER[b.subject.kind] ||
      cmp(a.subject.name, b.subject.name) ||
      cmp(a.path ?? '', b.path ?? '') ||
      cmp(a.rule, b.rule),
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The comparison of two models: every difference becomes a finding of one rule in rules.ts.
 * Actions are matched by name (or through an alias, which makes a rename), segments by type and
 * events by their discriminators, so an event whose id changed is still the same event.
 */
import { describeDiscriminators } from '../model/naming.js';
import { pick } from '../model/text.js';
import type { Action, Event, Field, Model, Segment, Support, TypeNode } from '../model/types.js';
import { ruleById, type Area, type FlowDirection, type Severity } from './rules.js';
import { formatType } from '../model/format-type.js';
import { relate, TypeScope } from './type-relation.js';

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
}

type FieldArea = 'parameter' | 'response' | 'segment' | 'event';

interface Context {
  subject: Subject;
  area: FieldArea;
  findings: Finding[];
  oldScope: TypeScope;
  newScope: TypeScope;
}

const NULL_TYPE: TypeNode = { kind: 'primitive', name: 'null' };

export function compareModels(oldModel: Model, newModel: Model): Finding[] {
  const findings: Finding[] = [];
  const oldScope = new TypeScope(oldModel);
  const newScope = new TypeScope(newModel);
  const implementations = oldModel.implementations.map((i) => i.id).filter((id) => newModel.implementations.some((j) => j.id === id));
  const add = (rule: string, subject: Subject, message: string, extra: Partial<Finding> = {}) => findings.push(finding(rule, subject, message, extra));

  // ---- actions ----
  const newByName = new Map(newModel.actions.map((a) => [a.name, a]));
  const renamedTo = new Set<string>();
  for (const before of oldModel.actions) {
    const subject: Subject = { kind: 'action', name: before.name };
    let after = newByName.get(before.name);
    if (!after) {
      after = newModel.actions.find((a) => a.aliases.some((alias) => alias.name === before.name));
      if (!after) {
        add('action-removed', subject, `action '${before.name}' was removed`);
        continue;
      }
      renamedTo.add(after.name);
      add('action-renamed', subject, `action '${before.name}' was renamed to '${after.name}'; the old name is an alias`, { old: before.name, new: after.name });
    }
    compareAction(before, after, { subject, area: 'parameter', findings, oldScope, newScope });
    compareSupport(before.support, after.support, implementations, subject, add);
  }
  for (const after of newModel.actions) {
    if (!oldModel.actions.some((a) => a.name === after.name) && !renamedTo.has(after.name)) {
      add('action-added', { kind: 'action', name: after.name }, `action '${after.name}' was added${title(after.title)}`);
    }
  }

  // ---- segments ----
  for (const before of oldModel.segments) {
    const subject: Subject = { kind: 'segment', name: before.type };
    const after = newModel.segments.find((s) => s.type === before.type);
    if (!after) {
      add('segment-removed', subject, `segment '${before.type}' was removed`);
      continue;
    }
    compareSegment(before, after, { subject, area: 'segment', findings, oldScope, newScope });
    compareSupport(before.support, after.support, implementations, subject, add);
  }
  for (const after of newModel.segments) {
    if (!oldModel.segments.some((s) => s.type === after.type)) add('segment-added', { kind: 'segment', name: after.type }, `segment '${after.type}' was added${title(after.title)}`);
  }

  // ---- events ----
  const key = (e: Event) => describeDiscriminators(e);
  for (const before of oldModel.events) {
    const subject: Subject = { kind: 'event', name: before.id };
    const after = newModel.events.find((e) => key(e) === key(before));
    if (!after) {
      add('event-removed', subject, `event '${before.id}' (${key(before)}) was removed`);
      continue;
    }
    compareFields({ subject, area: 'event', findings, oldScope, newScope }, before.fields, after.fields, 'fields');
    compareSupport(before.support, after.support, implementations, subject, add);
  }
  for (const after of newModel.events) {
    if (!oldModel.events.some((e) => key(e) === key(after))) add('event-added', { kind: 'event', name: after.id }, `event '${after.id}' (${key(after)}) was added`);
  }
  return sortFindings(findings);
}

function compareAction(before: Action, after: Action, ctx: Context): void {
  const add = (rule: string, message: string, extra: Partial<Finding> = {}) => ctx.findings.push(finding(rule, ctx.subject, message, extra));
  if (!before.deprecated && after.deprecated) {
    const reason = pick(after.deprecated.reason);
    add('action-deprecated', `action '${after.name}' is deprecated${reason ? `: ${reason}` : ''}`);
  }
  for (const alias of before.aliases) {
    if (!after.aliases.some((a) => a.name === alias.name) && alias.name !== after.name) {
      add('action-alias-removed', `alias '${alias.name}' of '${after.name}' was removed`, { path: 'aliases', old: alias.name });
    }
  }
  compareFields(ctx, before.params, after.params, 'params');
  compareType({ ...ctx, area: 'response' }, before.result ?? NULL_TYPE, after.result ?? NULL_TYPE, 'result');
}

function compareSegment(before: Segment, after: Segment, ctx: Context): void {
  compareFields(ctx, before.fields, after.fields, 'data');
}

type Add = (rule: string, subject: Subject, message: string, extra?: Partial<Finding>) => void;

function compareSupport(before: Support[], after: Support[], implementations: string[], subject: Subject, add: Add): void {
  for (const id of implementations) {
    const was = before.find((s) => s.implementation === id)?.status ?? 'unknown';
    const is = after.find((s) => s.implementation === id)?.status ?? 'unknown';
    const extra = { path: `support.${id}`, old: was, new: is };
    if (was === 'supported' && is === 'unsupported') add('support-lost', subject, `${id} no longer supports ${subject.kind} '${subject.name}'`, extra);
    else if (was === 'supported' && is === 'unknown') add('support-claim-dropped', subject, `nothing is claimed any more about ${id} supporting ${subject.kind} '${subject.name}'`, extra);
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
    if (old.hasDefault && now.hasDefault && JSON.stringify(old.default) !== JSON.stringify(now.default)) {
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
    add(now.required ? 'added-required' : 'added-optional', `${now.required ? 'required' : 'optional'} ${noun} '${here}' was added`, { path: here, new: formatType(now.type) });
  }
}

/** Compares two types at `path`: objects field by field, arrays by their items, enums value by value. */
function compareType(ctx: Context, before: TypeNode, after: TypeNode, path: string): void {
  const x = ctx.oldScope.resolve(before);
  const y = ctx.newScope.resolve(after);
  const sameName = before.kind === 'ref' && after.kind === 'ref' && before.name === after.name;
  // Recursive types (a forward node holding segments holding forward nodes) would never end;
  // deeper than this the same shapes only repeat.
  if (path.split(/\.|\[\]/).length > 12) return;
  if (x.kind === 'object' && y.kind === 'object') return compareFields(ctx, x.fields, y.fields, path);
  if (x.kind === 'array' && y.kind === 'array') return compareType(ctx, x.items, y.items, `${path}[]`);
  if (x.kind === 'enum' && y.kind === 'enum' && x.base === y.base) {
    for (const v of x.values) {
      if (!y.values.some((w) => w.value === v.value)) ctx.findings.push(finding(enumRule(ctx.area, 'removed'), ctx.subject, `'${path}' no longer allows ${JSON.stringify(v.value)}`, { path, old: JSON.stringify(v.value) }));
    }
    for (const w of y.values) {
      if (!x.values.some((v) => v.value === w.value)) ctx.findings.push(finding(enumRule(ctx.area, 'added'), ctx.subject, `'${path}' now also allows ${JSON.stringify(w.value)}`, { path, new: JSON.stringify(w.value) }));
    }
    return;
  }
  if (sameName && x.kind === 'ref') return;
  const relation = relate(before, ctx.oldScope, after, ctx.newScope);
  if (relation === 'same') return;
  const rule = typeRule(ctx.area, relation);
  ctx.findings.push(
    finding(rule, ctx.subject, `the type of '${path}' was ${relation === 'changed' ? 'changed' : relation} from ${formatType(before)} to ${formatType(after)}`, {
      path,
      old: formatType(before),
      new: formatType(after),
    }),
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

/**
 * The diff rules: one entry per kind of change, with a stable id, a severity and the direction
 * the affected part of the protocol flows in. The comparison (compare.ts) only ever reports these
 * ids, and generated/docs/diff-rules.md is rendered from this list, so the docs cannot drift.
 *
 * Severity follows the direction: a parameter goes to the implementation, so narrowing it breaks
 * callers; a response or event field comes back, so widening it breaks consumers; a segment goes
 * both ways, so a change that breaks either side is breaking.
 */

export type Severity = 'breaking' | 'warning' | 'info';
/** request: caller → implementation; response / event: implementation → caller; both: segments. */
export type FlowDirection = 'request' | 'response' | 'both' | 'none';
export type Area = 'action' | 'parameter' | 'response' | 'segment' | 'event' | 'support';

export interface Rule {
  id: string;
  severity: Severity;
  direction: FlowDirection;
  area: Area;
  /** One line: what the rule detects. */
  title: string;
  /** One line: why it has this severity. */
  why: string;
}

export const SEVERITIES: readonly Severity[] = ['breaking', 'warning', 'info'];

/** Whether `severity` is at least as serious as `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

const rule = (id: string, severity: Severity, direction: FlowDirection, area: Area, title: string, why: string): Rule => ({
  id,
  severity,
  direction,
  area,
  title,
  why,
});

/** The field rules of one area, which differ only in severity and wording. */
function fieldRules(
  area: 'segment' | 'event',
  prefix: string,
  direction: FlowDirection,
  what: string,
  severities: Record<string, Severity>,
  whys: Record<string, string>,
): Rule[] {
  const changes: [string, string][] = [
    ['field-added-required', `a required ${what} field was added`],
    ['field-added-optional', `an optional ${what} field was added`],
    ['field-removed', `a ${what} field was removed`],
    ['field-became-required', `a ${what} field became required`],
    ['field-became-optional', `a ${what} field became optional`],
    ['field-type-narrowed', `a ${what} field accepts fewer values`],
    ['field-type-widened', `a ${what} field accepts more values`],
    ['field-type-changed', `a ${what} field's type changed incompatibly`],
    ['field-default-changed', `a ${what} field's default changed`],
    ['field-enum-value-added', `a ${what} field's enumeration gained a value`],
    ['field-enum-value-removed', `a ${what} field's enumeration lost a value`],
  ];
  return changes.map(([change, title]) => rule(`${prefix}-${change}`, severities[change]!, direction, area, title, whys[change]!));
}

export const RULES: readonly Rule[] = [
  // ---- actions ----
  rule('action-added', 'info', 'none', 'action', 'an action was added', 'nothing a caller does today stops working'),
  rule('action-removed', 'breaking', 'request', 'action', 'an action was removed', 'calls to it now fail with 1404'),
  rule('action-deprecated', 'warning', 'request', 'action', 'an action became deprecated', 'it still works, but callers should move to the replacement'),
  rule('action-renamed', 'warning', 'request', 'action', 'an action was renamed and its old name kept as an alias', 'the old name still reaches it, but may be dropped later'),
  rule('action-alias-removed', 'breaking', 'request', 'action', 'an alias of an action was removed', 'calls by that name now fail'),

  // ---- parameters (caller → implementation) ----
  rule('parameter-added-required', 'breaking', 'request', 'parameter', 'a required parameter was added', 'existing calls do not send it'),
  rule('parameter-added-optional', 'info', 'request', 'parameter', 'an optional parameter was added', 'existing calls keep working'),
  rule('parameter-removed', 'warning', 'request', 'parameter', 'a parameter was removed', 'callers that send it are ignored at best, and lose what it did'),
  rule('parameter-became-required', 'breaking', 'request', 'parameter', 'an optional parameter became required', 'calls that omit it now fail'),
  rule('parameter-became-optional', 'info', 'request', 'parameter', 'a required parameter became optional', 'existing calls still send it'),
  rule('parameter-type-narrowed', 'breaking', 'request', 'parameter', 'a parameter accepts fewer values', 'values callers send today may be rejected'),
  rule('parameter-type-widened', 'info', 'request', 'parameter', 'a parameter accepts more values', 'everything callers send today is still accepted'),
  rule('parameter-type-changed', 'breaking', 'request', 'parameter', "a parameter's type changed incompatibly", 'values callers send today may be rejected'),
  rule('parameter-default-changed', 'warning', 'request', 'parameter', "a parameter's default changed", 'calls that omit it now behave differently'),
  rule('parameter-enum-value-added', 'info', 'request', 'parameter', "a parameter's enumeration gained a value", 'callers may send more; nothing they send today breaks'),
  rule('parameter-enum-value-removed', 'breaking', 'request', 'parameter', "a parameter's enumeration lost a value", 'calls that send it may be rejected'),

  // ---- responses (implementation → caller) ----
  rule('response-field-added', 'info', 'response', 'response', 'a response field was added', 'consumers ignore what they do not read'),
  rule('response-field-removed', 'breaking', 'response', 'response', 'a response field was removed', 'consumers that read it get undefined'),
  rule('response-field-became-optional', 'breaking', 'response', 'response', 'a response field became optional', 'consumers that rely on it may get undefined'),
  rule('response-field-became-required', 'info', 'response', 'response', 'a response field is now always present', 'consumers that checked for it keep working'),
  rule('response-type-narrowed', 'info', 'response', 'response', 'a response value has fewer possible values', 'every value consumers handle today is still what they get'),
  rule('response-type-widened', 'breaking', 'response', 'response', 'a response value has more possible values', 'consumers may receive values they do not handle'),
  rule('response-type-changed', 'breaking', 'response', 'response', "a response value's type changed incompatibly", 'consumers may receive values they do not handle'),
  rule('response-enum-value-added', 'warning', 'response', 'response', "a response value's enumeration gained a value", 'exhaustive consumers meet a value they do not know'),
  rule('response-enum-value-removed', 'info', 'response', 'response', "a response value's enumeration lost a value", 'consumers just never see it again'),

  // ---- segments (both ways) ----
  rule('segment-added', 'info', 'both', 'segment', 'a message segment type was added', 'receivers should carry unknown segments anyway; senders gain an option'),
  rule('segment-removed', 'breaking', 'both', 'segment', 'a message segment type was removed', 'senders of it are rejected and receivers lose a type'),
  ...fieldRules(
    'segment',
    'segment',
    'both',
    'segment data',
    {
      'field-added-required': 'breaking',
      'field-added-optional': 'info',
      'field-removed': 'breaking',
      'field-became-required': 'breaking',
      'field-became-optional': 'breaking',
      'field-type-narrowed': 'breaking',
      'field-type-widened': 'breaking',
      'field-type-changed': 'breaking',
      'field-default-changed': 'warning',
      'field-enum-value-added': 'warning',
      'field-enum-value-removed': 'breaking',
    },
    {
      'field-added-required': 'senders do not send it',
      'field-added-optional': 'senders may omit it and receivers ignore it',
      'field-removed': 'receivers that read it get undefined',
      'field-became-required': 'senders that omit it are rejected',
      'field-became-optional': 'receivers that rely on it may get undefined',
      'field-type-narrowed': 'segments go both ways: senders may send values that are now rejected',
      'field-type-widened': 'segments go both ways: receivers may get values they do not handle',
      'field-type-changed': 'neither senders nor receivers can rely on the old type',
      'field-default-changed': 'segments that omit it now mean something else',
      'field-enum-value-added': 'exhaustive receivers meet a value they do not know',
      'field-enum-value-removed': 'senders of that value may be rejected',
    },
  ),

  // ---- events (implementation → caller) ----
  rule('event-added', 'info', 'response', 'event', 'an event type was added', 'handlers should ignore events they do not know'),
  rule('event-removed', 'breaking', 'response', 'event', 'an event type was removed', 'handlers for it are never called again'),
  ...fieldRules(
    'event',
    'event',
    'response',
    'event',
    {
      'field-added-required': 'info',
      'field-added-optional': 'info',
      'field-removed': 'breaking',
      'field-became-required': 'info',
      'field-became-optional': 'breaking',
      'field-type-narrowed': 'info',
      'field-type-widened': 'breaking',
      'field-type-changed': 'breaking',
      'field-default-changed': 'info',
      'field-enum-value-added': 'warning',
      'field-enum-value-removed': 'info',
    },
    {
      'field-added-required': 'handlers ignore what they do not read',
      'field-added-optional': 'handlers ignore what they do not read',
      'field-removed': 'handlers that read it get undefined',
      'field-became-required': 'handlers that checked for it keep working',
      'field-became-optional': 'handlers that rely on it may get undefined',
      'field-type-narrowed': 'every value handlers handle today is still what they get',
      'field-type-widened': 'handlers may receive values they do not handle',
      'field-type-changed': 'handlers may receive values they do not handle',
      'field-default-changed': 'a default only documents what an absent field means',
      'field-enum-value-added': 'exhaustive handlers meet a value they do not know',
      'field-enum-value-removed': 'handlers just never see it again',
    },
  ),

  // ---- support per implementation ----
  rule('support-gained', 'info', 'none', 'support', 'an implementation now supports an action, segment or event', 'more programs run the same bot'),
  rule('support-lost', 'breaking', 'none', 'support', 'an implementation no longer supports an action, segment or event', 'bots relying on it there stop working'),
  rule('support-claim-dropped', 'warning', 'none', 'support', 'an implementation was said to support something and now nothing is claimed', 'it may still work, but nobody vouches for it'),
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown diff rule '${id}'`);
  return found;
}

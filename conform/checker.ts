/**
 * Checks live OneBot 11 traffic against one implementation's profile of the spec: the calls a bot
 * makes, the answers and the events the implementation sends. The proxy and the probe feed it
 * frames; it keeps only counts and distinct findings, so its memory does not grow with traffic.
 *
 * What it records never repeats a value it saw (messages and ids are private): a finding names the
 * JSON path and the value's shape (`expected int64, got a string`), and names from the wire
 * (an action, a segment or event type) only when they look like names.
 */
import { parse as parseCq } from '../runtime/cq-code.js';
import { nameOrShape, ValueChecker, type ValueProblem } from '../generator/model/check-value.js';
import { eventFields, isReceivable, receiveFields } from '../generator/model/naming.js';
import { narrowModel } from '../generator/model/profile.js';
import type { Action, Event, Field, Model, TypeNode } from '../generator/model/types.js';

/** What a finding is about; each has its own line in the report. */
export const FINDING_KINDS = {
  'frame-not-json': 'a frame that is not JSON',
  'frame-shape': 'a frame that is neither a call, an answer nor an event',
  'call-params': "a call's parameters the profile does not allow",
  'call-unknown-action': 'a call of an action the spec does not have',
  'call-unsupported-action': 'a call of an action the spec says this implementation does not support',
  'answer-envelope': 'an answer whose envelope the spec does not describe',
  'answer-data': "an answer whose data is not the action's result",
  'answer-unknown-echo': 'an answer whose echo matches no call in flight',
  'answer-unknown-retcode': 'a return code the spec does not list',
  'action-missing': 'an action the profile says is supported, answered as unknown (1404)',
  'event-fields': 'an event whose fields the profile does not allow',
  'event-unknown': 'an event the spec does not have',
  'event-unsupported': 'an event the spec says this implementation does not send',
  'segment-unknown': 'a message segment type the spec does not have or this implementation does not send',
  'segment-cq': 'a segment in CQ-code form whose keys the profile does not allow',
} as const;
export type FindingKind = keyof typeof FINDING_KINDS;

export interface Finding {
  kind: FindingKind;
  /** What it is about: `action send_msg`, `event message.group`, `envelope`. */
  subject: string;
  /** A path inside the frame, array indices folded to `[]` (`params.message[].data.qq`). */
  path: string;
  message: string;
  count: number;
}

export type Direction = 'bot' | 'implementation';

export interface CheckerLimits {
  /** Distinct findings kept; more are counted, not kept. Default 1 000. */
  maxFindings?: number;
  /** Calls awaiting their answer; the oldest are forgotten beyond this. Default 10 000. */
  maxPending?: number;
}

/** What was seen of one thing of the profile: how often, and which of its fields. */
interface Seen {
  count: number;
  fields: Set<string>;
}

export interface Coverage {
  /** Of the profile's items: name → times seen. */
  seen: Record<string, number>;
  /** The profile's items never seen. Not evidence that the implementation lacks them. */
  notSeen: string[];
}

export interface CheckSummary {
  implementation: string;
  frames: { bot: number; implementation: number; notJson: number };
  calls: number;
  answers: number;
  events: number;
  findings: Finding[];
  /** Distinct findings dropped past the limit (their occurrences still count in `overflow`). */
  overflow: number;
  /** Calls forgotten before their answer arrived (past `maxPending`). */
  forgotten: number;
  actionCoverage: Coverage;
  eventCoverage: Coverage;
  segmentCoverage: Coverage;
  /** `event message.group` → fields of the profile never seen on a seen event or result. */
  fieldsNotSeen: Record<string, string[]>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const foldIndices = (path: string) => path.replace(/\[\d+\]/g, '[]');

/** The key a call's echo is matched by; bounded in length, so a huge echo costs nothing kept. */
function echoKey(echo: unknown): string {
  const text = JSON.stringify(echo) ?? 'undefined';
  return text.length > 200 ? `${text.slice(0, 200)}#${text.length}` : text;
}

export class ConformanceChecker {
  readonly profile: Model;
  private readonly checker: ValueChecker;
  /** Every name the profile answers to, with its call-variant suffixes, → its action. */
  private readonly actions = new Map<string, Action>();
  private readonly typesByName: Map<string, TypeNode>;
  private readonly findings = new Map<string, Finding>();
  private readonly pending = new Map<string, string>();
  /** Actions of calls made without an echo, answered in order. */
  private readonly unechoed: string[] = [];
  private readonly seenActions = new Map<string, Seen>();
  private readonly seenEvents = new Map<string, Seen>();
  private readonly seenSegments = new Map<string, number>();
  private readonly maxFindings: number;
  private readonly maxPending: number;
  private readonly retcodes: Set<number>;
  private overflow = 0;
  private forgotten = 0;
  private readonly counts = { bot: 0, implementation: 0, notJson: 0, calls: 0, answers: 0, events: 0 };

  constructor(
    private readonly model: Model,
    readonly implementation: string,
    limits: CheckerLimits = {},
  ) {
    if (!model.implementations.some((i) => i.id === implementation)) {
      throw new Error(`unknown implementation '${implementation}': the spec has ${model.implementations.map((i) => i.id).join(', ')}`);
    }
    this.profile = narrowModel(model, implementation);
    this.checker = new ValueChecker(this.profile, { shapesOnly: true });
    this.typesByName = new Map(this.profile.types.map((t) => [t.name, t.type]));
    this.retcodes = new Set(model.retcodes.map((r) => r.code));
    this.maxFindings = limits.maxFindings ?? 1000;
    this.maxPending = limits.maxPending ?? 10_000;
    for (const action of this.profile.actions) {
      for (const name of [action.name, ...action.aliases.map((a) => a.name)]) {
        this.actions.set(name, action);
        for (const id of action.variants) {
          const suffix = this.profile.callVariants.find((v) => v.id === id)?.suffix;
          if (suffix) this.actions.set(name + suffix, action);
        }
      }
    }
  }

  /**
   * One text frame as it passed. From the bot it is a call; from the implementation an answer or
   * (with `post_type`) an event. Over HTTP, `httpAction` is the action the request's path names:
   * the bot's frame is then the parameters, and the answer needs no echo. Returns the parsed
   * value, or undefined when it is not JSON.
   */
  frame(direction: Direction, text: string, httpAction?: string): unknown {
    this.counts[direction]++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.counts.notJson++;
      this.add('frame-not-json', direction === 'bot' ? 'frames from the bot' : 'frames from the implementation', '', 'not JSON; passed on as it was');
      return undefined;
    }
    if (direction === 'bot') this.call(value, httpAction);
    else if (httpAction === undefined && isObject(value) && 'post_type' in value) this.event(value);
    else this.answer(value, httpAction);
    return value;
  }

  /** A call `{action, params, echo}`; over HTTP the action comes from the path. */
  call(frame: unknown, httpAction?: string): void {
    this.counts.calls++;
    if (!isObject(frame) || (httpAction === undefined && typeof frame.action !== 'string')) {
      this.add('frame-shape', 'calls', '', 'a frame from the bot that is not a call {action, params, echo}');
      return;
    }
    const name = httpAction ?? (frame.action as string);
    const params = httpAction === undefined ? (frame.params ?? {}) : frame;
    const action = this.actions.get(name);
    if (httpAction === undefined) {
      if ('echo' in frame && frame.echo !== undefined) this.remember(echoKey(frame.echo), name);
      else this.unechoed.push(name);
      if (this.unechoed.length > this.maxPending) this.unechoed.shift();
    }
    if (!action) {
      const known = this.model.actions.some((a) => a.name === name || a.aliases.some((x) => x.name === name));
      this.add(
        known ? 'call-unsupported-action' : 'call-unknown-action',
        `action ${nameOrShape(name)}`,
        '',
        known ? `the spec says ${this.implementation} does not support it` : 'the spec has no such action',
      );
      return;
    }
    this.seen(this.seenActions, action.name);
    this.report('call-params', `action ${action.name}`, 'params', this.checker.object(params, action.params, undefined));
  }

  /** A call whose parameters cannot be checked (a query string or a form: every value a string). */
  uncheckedCall(name: string): void {
    const action = this.actions.get(name);
    if (!action) return this.call({}, name);
    this.counts.calls++;
    this.seen(this.seenActions, action.name);
  }

  /** An answer envelope; `httpAction` names the call when the transport (HTTP) pairs them itself. */
  answer(envelope: unknown, httpAction?: string): void {
    this.counts.answers++;
    if (!isObject(envelope)) {
      this.add('frame-shape', 'answers', '', 'a frame from the implementation that is neither an answer nor an event');
      return;
    }
    this.report('answer-envelope', 'envelope', '', this.checker.object(envelope, this.profile.envelope.fields, undefined));
    let name = httpAction;
    if (name === undefined) {
      if ('echo' in envelope && envelope.echo !== undefined && envelope.echo !== null) {
        const key = echoKey(envelope.echo);
        name = this.pending.get(key);
        if (name === undefined) this.add('answer-unknown-echo', 'answers', 'echo', 'matches no call in flight');
        else this.pending.delete(key);
      } else {
        name = this.unechoed.shift();
      }
    }
    const retcode = envelope.retcode;
    if (typeof retcode === 'number' && !this.retcodes.has(retcode))
      this.add('answer-unknown-retcode', `retcode ${retcode}`, 'retcode', "not in the spec's table of return codes");
    const action = name === undefined ? undefined : this.actions.get(name);
    if (!action) return;
    if (envelope.status === 'failed') {
      if (retcode === 1404) this.add('action-missing', `action ${action.name}`, '', `the profile says ${this.implementation} supports it; it answered 1404`);
      return;
    }
    if (envelope.status !== 'ok' || !('data' in envelope)) return;
    const data = envelope.data;
    if (action.result === null) {
      if (data !== null && data !== undefined) this.add('answer-data', `action ${action.name}`, 'data', 'the spec says it answers no data');
    } else {
      this.report('answer-data', `action ${action.name}`, 'data', this.checker.check(data, action.result));
      this.fieldsSeen(this.seenActions, action.name, data, action.result);
    }
    this.messages(data, action.result, `action ${action.name}`, 'data');
  }

  event(value: Record<string, unknown>): void {
    this.counts.events++;
    const matches = (e: Event) => e.discriminators.every((d) => value[d.key] === d.value);
    const event = this.profile.events.find(matches);
    if (!event) {
      const keys = [...new Set(this.model.eventBase.postTypes.flatMap((p) => ['post_type', p.discriminator]))];
      const where = keys.filter(
        (k) => k in value && (k === 'post_type' || this.model.eventBase.postTypes.some((p) => p.value === value.post_type && p.discriminator === k)),
      );
      const subject = `event ${where.map((k) => `${k}=${nameOrShape(value[k])}`).join(' ')}${value.sub_type !== undefined ? ` sub_type=${nameOrShape(value.sub_type)}` : ''}`;
      const known = this.model.events.some(matches);
      this.add(
        known ? 'event-unsupported' : 'event-unknown',
        subject,
        '',
        known ? `the spec says ${this.implementation} does not send it` : 'the spec has no such event',
      );
      return;
    }
    const subject = `event ${event.id}`;
    this.seen(this.seenEvents, event.id);
    this.report('event-fields', subject, '', this.checker.event(value, event));
    const fields = eventFields(this.profile.eventBase.fields, event);
    this.fieldsSeen(this.seenEvents, event.id, value, { kind: 'object', fields });
    this.messages(value, { kind: 'object', fields }, subject, '');
  }

  summary(): CheckSummary {
    const coverage = (all: string[], seen: (name: string) => number): Coverage => {
      const out: Coverage = { seen: {}, notSeen: [] };
      for (const name of all) {
        const n = seen(name);
        if (n) out.seen[name] = n;
        else out.notSeen.push(name);
      }
      return out;
    };
    const fieldsNotSeen: Record<string, string[]> = {};
    for (const action of this.profile.actions) {
      const seen = this.seenActions.get(action.name);
      const fields = action.result && this.objectFields(action.result);
      if (seen?.fields.size && fields) {
        const missing = fields.map((f) => f.name).filter((f) => !seen.fields.has(f));
        if (missing.length) fieldsNotSeen[`action ${action.name} data`] = missing;
      }
    }
    for (const event of this.profile.events) {
      const seen = this.seenEvents.get(event.id);
      if (!seen) continue;
      const missing = event.fields.map((f) => f.name).filter((f) => !seen.fields.has(f));
      if (missing.length) fieldsNotSeen[`event ${event.id}`] = missing;
    }
    const findings = [...this.findings.values()].sort((a, b) => (a.kind + a.subject + a.path < b.kind + b.subject + b.path ? -1 : 1));
    return {
      implementation: this.implementation,
      frames: { bot: this.counts.bot, implementation: this.counts.implementation, notJson: this.counts.notJson },
      calls: this.counts.calls,
      answers: this.counts.answers,
      events: this.counts.events,
      findings,
      overflow: this.overflow,
      forgotten: this.forgotten,
      actionCoverage: coverage(
        this.profile.actions.map((a) => a.name),
        (n) => this.seenActions.get(n)?.count ?? 0,
      ),
      eventCoverage: coverage(
        this.profile.events.map((e) => e.id),
        (n) => this.seenEvents.get(n)?.count ?? 0,
      ),
      segmentCoverage: coverage(
        this.profile.segments.filter(isReceivable).map((s) => s.type),
        (n) => this.seenSegments.get(n) ?? 0,
      ),
      fieldsNotSeen,
    };
  }

  private remember(key: string, action: string): void {
    this.pending.delete(key);
    this.pending.set(key, action);
    if (this.pending.size > this.maxPending) {
      this.pending.delete(this.pending.keys().next().value!);
      this.forgotten++;
    }
  }

  private report(kind: FindingKind, subject: string, prefix: string, problems: readonly ValueProblem[]): void {
    for (const p of problems) {
      const path = [prefix, foldIndices(p.path)].filter(Boolean).join(p.path.startsWith('[') ? '' : '.');
      // An unknown segment inside a checked value is a finding of its own kind.
      this.add(p.message.startsWith('unknown segment type') ? 'segment-unknown' : kind, subject, path, p.message);
    }
  }

  private add(kind: FindingKind, subject: string, path: string, message: string): void {
    const key = `${kind}\u0000${subject}\u0000${path}\u0000${message}`;
    const found = this.findings.get(key);
    if (found) found.count++;
    else if (this.findings.size >= this.maxFindings) this.overflow++;
    else this.findings.set(key, { kind, subject, path, message, count: 1 });
  }

  private entry(map: Map<string, Seen>, name: string): Seen {
    let entry = map.get(name);
    if (!entry) map.set(name, (entry = { count: 0, fields: new Set() }));
    return entry;
  }

  private seen(map: Map<string, Seen>, name: string): void {
    this.entry(map, name).count++;
  }

  /** Records which of a result's or event's own fields were present (only names the spec has). */
  private fieldsSeen(map: Map<string, Seen>, name: string, value: unknown, type: TypeNode): void {
    const fields = this.objectFields(type);
    if (!fields) return;
    const entry = this.entry(map, name);
    const objects = Array.isArray(value) ? value : [value];
    for (const object of objects.slice(0, 50)) {
      if (!isObject(object)) continue;
      for (const field of fields) if (field.name in object) entry.fields.add(field.name);
    }
  }

  /** The fields of an object type, of the items of an array of one, or of the named type either is. */
  private objectFields(type: TypeNode, depth = 0): Field[] | undefined {
    if (depth > 8) return undefined;
    if (type.kind === 'object') return type.fields;
    if (type.kind === 'array') return this.objectFields(type.items, depth + 1);
    if (type.kind === 'ref') {
      const named = this.typesByName.get(type.name);
      return named ? this.objectFields(named, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * The messages inside a value: segments in an array are counted (the value check already
   * checked them); a CQ-code string is parsed and each code checked by its keys (every value is a
   * string in that form, so values are not type-checked).
   */
  private messages(value: unknown, type: TypeNode | null, subject: string, prefix: string): void {
    const fields = type ? this.objectFields(type) : undefined;
    if (!fields || !isObject(value)) return;
    for (const field of fields) {
      if (field.type.kind !== 'ref' || field.type.name !== 'ReceivedMessage') continue;
      const message = value[field.name];
      const path = [prefix, field.name].filter(Boolean).join('.');
      if (Array.isArray(message)) {
        // The value check has already reported unknown types here; only count the known ones.
        for (const segment of message)
          if (isObject(segment) && typeof segment.type === 'string' && this.isReceived(segment.type)) this.countSegment(segment.type);
      } else if (typeof message === 'string' && message.includes('[CQ:')) {
        for (const code of parseCq(message)) {
          if (code.type === 'text') continue;
          const segment = this.profile.segments.find((s) => s.type === code.type);
          if (!this.segmentSeen(code.type, subject, `${path} (CQ code)`) || !segment) continue;
          const known = receiveFields(segment);
          for (const key of Object.keys(code.data)) {
            if (!known.some((f) => f.name === key)) this.add('segment-cq', subject, `${path} [CQ:${segment.type}]`, `unexpected key '${key}'`);
          }
          for (const f of known)
            if (f.required && !(f.name in code.data)) this.add('segment-cq', subject, `${path} [CQ:${segment.type}]`, `missing '${f.name}'`);
        }
      }
    }
  }

  /** Counts a received segment type; false (and a finding) when the profile does not have it. */
  private segmentSeen(type: string, subject: string, path: string): boolean {
    if (!this.isReceived(type)) {
      this.add('segment-unknown', subject, path, `unknown segment type ${nameOrShape(type)}`);
      return false;
    }
    this.countSegment(type);
    return true;
  }

  private isReceived(type: string): boolean {
    const segment = this.profile.segments.find((s) => s.type === type);
    return segment !== undefined && isReceivable(segment);
  }

  private countSegment(type: string): void {
    this.seenSegments.set(type, (this.seenSegments.get(type) ?? 0) + 1);
  }
}

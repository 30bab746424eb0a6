/**
 * Checks a JSON value against a model type, the way the generated JSON Schema would with closed
 * objects, but directly on the model: no schema compilation (which cost seconds on the full
 * spec), and messages in the spec's own terms (`group_id: expected int64, got "abc"`).
 */
import { formatType } from './format-type.js';
import { eventFields, receiveFields, sendFields, isReceivable, isSendable } from './naming.js';
import type { Event, Field, Model, NamedType, Segment, TypeNode } from './types.js';

export interface ValueProblem {
  /** Dotted path inside the value (`sender.user_id`, `messages[0]`); empty for the value itself. */
  path: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

/** A value's shape only (`a string`, `a number`), for reports that must not repeat what they saw. */
export function describeShape(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** A wire name (a segment or event type) is protocol, not content: shown when it looks like one. */
export function nameOrShape(value: unknown, shape: (value: unknown) => string = describeShape): string {
  return typeof value === 'string' && /^[\w.-]{1,64}$/.test(value) ? JSON.stringify(value) : shape(value);
}

export interface CheckOptions {
  /** Describe values by their shape only, never by their content (checking live traffic). */
  shapesOnly?: boolean;
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export class ValueChecker {
  private readonly types: Map<string, NamedType>;
  private readonly segments: Map<string, Segment>;

  private readonly describe: (value: unknown) => string;

  constructor(
    private readonly model: Model,
    options: CheckOptions = {},
  ) {
    this.describe = options.shapesOnly ? describeShape : describe;
    this.types = new Map(model.types.map((t) => [t.name, t]));
    this.segments = new Map(model.segments.map((s) => [s.type, s]));
  }

  check(value: unknown, type: TypeNode, path = ''): ValueProblem[] {
    const fail = (expected: string): ValueProblem[] => [{ path, message: `expected ${expected}, got ${this.describe(value)}` }];
    switch (type.kind) {
      case 'primitive':
        switch (type.name) {
          case 'any':
            return [];
          case 'null':
            return value === null ? [] : fail('null');
          case 'int32':
          case 'int64':
            return Number.isInteger(value) ? [] : fail(type.name);
          case 'number':
            return typeof value === 'number' && Number.isFinite(value) ? [] : fail('number');
          default:
            return typeof value === type.name ? [] : fail(type.name);
        }
      case 'literal':
        return value === type.value ? [] : fail(formatType(type));
      case 'enum':
        return type.values.some((v) => v.value === value) ? [] : fail(`one of ${type.values.map((v) => JSON.stringify(v.value)).join(', ')}`);
      case 'array':
        return Array.isArray(value) ? value.flatMap((item, i) => this.check(item, type.items, join(path, i))) : fail(formatType(type));
      case 'map':
        return isObject(value) ? Object.entries(value).flatMap(([k, v]) => this.check(v, type.values, join(path, k))) : fail(formatType(type));
      case 'union': {
        const attempts = type.variants.map((v) => this.check(value, v, path));
        if (attempts.some((a) => a.length === 0)) return [];
        // Report the variant that got furthest (its problems are deepest), or the union as a whole.
        const deepest = attempts.filter((a) => a.every((p) => p.path !== path)).sort((a, b) => a.length - b.length)[0];
        return deepest ?? fail(formatType(type));
      }
      case 'object':
        return this.object(value, type.fields, type.additional, path);
      case 'ref':
        return this.ref(value, type.name, path);
    }
  }

  /** An object with exactly these fields (and, with `additional`, other keys of that type). */
  object(value: unknown, fields: readonly Field[], additional: TypeNode | undefined, path = ''): ValueProblem[] {
    if (!isObject(value)) return [{ path, message: `expected an object, got ${this.describe(value)}` }];
    const problems: ValueProblem[] = [];
    for (const field of fields) {
      if (field.name in value) problems.push(...this.check(value[field.name], field.type, join(path, field.name)));
      else if (field.required) problems.push({ path, message: `missing '${field.name}'` });
    }
    for (const key of Object.keys(value)) {
      if (fields.some((f) => f.name === key)) continue;
      if (additional) problems.push(...this.check(value[key], additional, join(path, key)));
      else problems.push({ path, message: `unexpected key '${key}'` });
    }
    return problems;
  }

  segment(value: unknown, direction: 'send' | 'receive' | 'either', path = ''): ValueProblem[] {
    if (!isObject(value)) return [{ path, message: `expected a segment, got ${this.describe(value)}` }];
    const segment = typeof value.type === 'string' ? this.segments.get(value.type) : undefined;
    if (!segment) return [{ path: join(path, 'type'), message: `unknown segment type ${nameOrShape(value.type, this.describe)}` }];
    const extra = Object.keys(value).filter((k) => k !== 'type' && k !== 'data');
    if (extra.length) return [{ path, message: `unexpected key '${extra[0]}'` }];
    const shapes = [
      direction !== 'receive' && isSendable(segment) ? sendFields(segment) : undefined,
      direction !== 'send' && isReceivable(segment) ? receiveFields(segment) : undefined,
    ].filter((f): f is Field[] => f !== undefined);
    if (!shapes.length) return [{ path, message: `segment '${segment.type}' cannot be ${direction === 'send' ? 'sent' : 'received'}` }];
    const attempts = shapes.map((fields) => this.object(value.data, fields, undefined, join(path, 'data')));
    return attempts.find((a) => a.length === 0) ?? attempts[0]!;
  }

  event(value: unknown, event?: Event, path = ''): ValueProblem[] {
    if (!isObject(value)) return [{ path, message: `expected an event, got ${this.describe(value)}` }];
    const target = event ?? this.model.events.find((e) => e.discriminators.every((d) => value[d.key] === d.value));
    if (!target) return [{ path, message: 'matches no event of the spec' }];
    return this.object(value, eventFields(this.model.eventBase.fields, target), undefined, path);
  }

  private ref(value: unknown, name: string, path: string): ValueProblem[] {
    if (name === 'SendSegment') return this.segment(value, 'send', path);
    if (name === 'ReceiveSegment') return this.segment(value, 'receive', path);
    if (name === 'Event') return this.event(value, undefined, path);
    const named = this.types.get(name);
    return named ? this.check(value, named.type, path) : [{ path, message: `unknown type '${name}'` }];
  }
}

/** `sender.user_id: expected int64, got "abc"; missing 'message'`: the first few problems, joined. */
export function describeProblems(problems: readonly ValueProblem[], limit = 3): string {
  const shown = problems.slice(0, limit).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more = problems.length > limit ? ` (and ${problems.length - limit} more)` : '';
  return shown.join('; ') + more;
}

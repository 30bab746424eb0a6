/**
 * What one side of a diff can describe. A spec describes everything; a side read from an
 * implementation's source code (or from a foreign document) carries only part of the protocol:
 * code declares parameters and sometimes results, but no titles or examples, and may not tell int32
 * from int64. The comparison compares only what both sides describe; everything else is listed as
 * "not compared" and is never reported as added, removed or changed.
 */
import { EVENT_UNION_NAME, SEGMENT_UNION_NAMES } from '../model/types.js';
import type { Subject } from './compare.js';

export interface Coverage {
  /** Whether the side lists actions and segments at all. */
  actions: boolean;
  segments: boolean;
  /** Whether the side lists events: all of them, or only those of these post types. */
  events: boolean | readonly string[];
  /**
   * Whether the side records aliases. Without them, each name an implementation answers to is an
   * action of its own, so an alias on the other side is matched by an action of that name.
   */
  aliases: boolean;
  /** Whether int32, int64 and number are told apart; when not, they compare as one number type. */
  integerWidths: boolean;
  /**
   * Whether the implementation converts parameters between strings, numbers and booleans before it
   * checks them, so that a parameter declared as a string also takes a number.
   */
  convertsParameters: boolean;
  /**
   * Parts of single subjects the side does not declare, as `partKey`s: an action's `params` or
   * `result`, a segment's `data` or an event's `fields`.
   */
  undeclared: ReadonlySet<string>;
  /** Fields the side lists without a type it can tell, as `partKey`s of their path (`data.file_size`). */
  untyped: ReadonlySet<string>;
  /** Whether `any` on this side means "not told" (matching every type) rather than "every value". */
  anyIsUntyped: boolean;
  /**
   * Whether a plain `string` on this side means "some string, which ones not told": the side reads
   * values the code computes, or that travel as text, without the set of strings they take. It then
   * matches the other side's enumeration of strings.
   */
  stringsUntold?: boolean;
  /**
   * The kinds of subject whose support per implementation the side states; all when absent. An
   * OpenAPI document states it for actions only, and only with this project's `x-onebot-support`.
   */
  support?: readonly Subject['kind'][];
}

/**
 * Implementations that convert a parameter between strings, numbers and booleans before they check
 * it, whatever their documents declare: NapCat (TypeBox's Value.Parse in its OneBotAction.ts) and
 * go-cqhttp (gjson's Int(), String() and Bool(), which read its parameters). Their own extractors say the same.
 */
export const CONVERTS_PARAMETERS: ReadonlySet<string> = new Set(['napcat', 'go-cqhttp']);

const ALL_KINDS: readonly Subject['kind'][] = ['action', 'segment', 'event'];

/** A spec, or anything else that describes every part of the protocol. */
export const FULL_COVERAGE: Coverage = {
  actions: true,
  segments: true,
  events: true,
  aliases: true,
  integerWidths: true,
  convertsParameters: false,
  undeclared: new Set(),
  untyped: new Set(),
  anyIsUntyped: false,
};

/** The key of one part of a subject: `action get_msg result`, `segment image data.file_size`. */
export function partKey(subject: Subject, path: string): string {
  return `${subject.kind} ${subject.name} ${path}`;
}

/** Whether a side with this coverage lists events of this post type. */
export function listsEvents(coverage: Coverage, postType: string | undefined): boolean {
  return typeof coverage.events === 'boolean' ? coverage.events : postType !== undefined && coverage.events.includes(postType);
}

/** What the comparison of two sides holds back, as both sides' coverage combined. */
export class Comparability {
  constructor(
    readonly old: Coverage,
    readonly now: Coverage,
  ) {}

  static full(): Comparability {
    return new Comparability(FULL_COVERAGE, FULL_COVERAGE);
  }

  /** Whether both sides state which implementations support subjects of this kind. */
  statesSupport(kind: Subject['kind']): boolean {
    return (this.old.support ?? ALL_KINDS).includes(kind) && (this.now.support ?? ALL_KINDS).includes(kind);
  }

  /** Why something was not compared, from whether each side has it: `old does not list them`, `neither side lists them`. */
  static missing(old: boolean, now: boolean, verb: 'list them' | 'state it'): string {
    if (!old && !now) return `neither side ${verb.replace(/^(\w+)/, '$1s')}`;
    return `${!old ? 'old' : 'new'} does not ${verb}`;
  }

  lists(kind: Subject['kind'], postType?: string): boolean {
    if (kind === 'event') return listsEvents(this.old, postType) && listsEvents(this.now, postType);
    return kind === 'action' ? this.old.actions && this.now.actions : this.old.segments && this.now.segments;
  }

  /** Whether both sides declare `path` (`params`, `result`, `data`, `fields`) of `subject`. */
  declares(subject: Subject, path: string): boolean {
    const key = partKey(subject, path);
    return !this.old.undeclared.has(key) && !this.now.undeclared.has(key);
  }

  /** Which side does not declare `path` of `subject` (when `declares` is false). */
  lacking(subject: Subject, path: string): 'old' | 'new' | 'both' {
    const key = partKey(subject, path);
    const [o, n] = [this.old.undeclared.has(key), this.now.undeclared.has(key)];
    return o && n ? 'both' : o ? 'old' : 'new';
  }

  /** Whether both sides tell the type of the field at `path` of `subject`. */
  types(subject: Subject, path: string): boolean {
    const key = partKey(subject, path);
    return !this.old.untyped.has(key) && !this.now.untyped.has(key);
  }

  get aliases(): boolean {
    return this.old.aliases && this.now.aliases;
  }

  get integerWidths(): boolean {
    return this.old.integerWidths && this.now.integerWidths;
  }

  get anyIsUntyped(): boolean {
    return this.old.anyIsUntyped || this.now.anyIsUntyped;
  }

  /** Which side's plain strings do not say which strings. */
  get stringsUntold(): 'previous' | 'next' | 'both' | undefined {
    const [o, n] = [!!this.old.stringsUntold, !!this.now.stringsUntold];
    return o && n ? 'both' : o ? 'previous' : n ? 'next' : undefined;
  }

  /** The built-in type names one side cannot describe: the segment unions without segments, `Event` without events. */
  get uncomparedBuiltins(): ReadonlySet<string> {
    const names = new Set<string>();
    if (!this.old.segments || !this.now.segments) SEGMENT_UNION_NAMES.forEach((n) => names.add(n));
    if (this.old.events === false || this.now.events === false) names.add(EVENT_UNION_NAME);
    return names;
  }

  get convertsParameters(): boolean {
    return this.old.convertsParameters || this.now.convertsParameters;
  }
}

/**
 * Typed event subscription. Handlers subscribe by an event name from the generated `EventMap`
 * (`'notice.group_recall'`, `'notice'`, `'notice.notify.poke'`) and receive exactly the event
 * types under that name. The runtime knows nothing of the spec: the generated `eventCatalog`
 * tells it which key discriminates each `post_type` and which events exist.
 *
 * An event this spec does not know is delivered to `'*'` and `'unknown'` handlers, typed as
 * `UnknownEvent`; it is never dropped and never given a type it does not have.
 */
import { parse } from './cq-code.js';
import { asError } from './listeners.js';

/** What the generated `eventCatalog` holds. */
export interface EventCatalog {
  /** For each `post_type`, the key of the next discriminator (`notice` → `notice_type`). */
  readonly discriminators: Readonly<Record<string, string>>;
  /** The full discriminator path of every known event (`notice.notify.poke`). */
  readonly events: readonly string[];
  /** The segment types the spec can receive; others are wrapped as `unknown` segments. Omitted: none wrapped. */
  readonly segments?: readonly string[];
  /** The events whose `message` is a received message, delivered as segments. Omitted: every event's `message`. */
  readonly messages?: readonly string[];
}

/** An event no spec'd type matches: a newer implementation's, or one of an extension not in the spec. */
export interface UnknownEvent {
  post_type?: unknown;
  [key: string]: unknown;
}

type Awaitable<T> = T | Promise<T>;
/** A handler may answer with a quick operation (for the names whose events have one). */
// biome-ignore lint/suspicious/noConfusingVoidType: a handler that returns nothing is `void`, not `undefined`
export type EventHandler<E, Q = never> = (event: E) => Awaitable<Q | void | undefined>;

/** The names a handler can subscribe to: the event map's, plus `'*'` (everything) and `'unknown'`. */
export type EventNameOf<EM> = (keyof EM & string) | '*' | 'unknown';

/** What a handler subscribed to `K` receives: the event map's type for `K`, every event for `'*'`, an `UnknownEvent` for `'unknown'`. */
export type EventOf<EM, K> = K extends keyof EM ? EM[K] : K extends '*' ? EM[keyof EM] | UnknownEvent : UnknownEvent;

/** The quick operation a handler subscribed to `K` may answer with (`never` for names whose events have none). */
export type QuickOperationOf<QM, K> = K extends keyof QM ? QM[K] : K extends '*' ? QM[keyof QM] : K extends 'unknown' ? unknown : never;

/**
 * The subscribe function. One generic signature, not overloads: the name fixes the event and
 * quick-operation types, so a wrong field in a handler's answer is reported at that field.
 */
export type Subscribe<EM, QM> = <K extends EventNameOf<EM>>(name: K, handler: EventHandler<EventOf<EM, K>, QuickOperationOf<QM, K>>) => () => void;

export class EventHub<EM, QM> {
  private readonly handlers = new Map<string, Set<EventHandler<never, unknown>>>();
  private readonly known: ReadonlySet<string>;
  private readonly knownSegments: ReadonlySet<string> | undefined;
  private readonly messages: ReadonlySet<string> | undefined;
  private readonly errorListeners = new Set<(error: Error, event: unknown) => void>();

  constructor(private readonly catalog: EventCatalog) {
    this.known = new Set(catalog.events);
    this.knownSegments = catalog.segments ? new Set(catalog.segments) : undefined;
    this.messages = catalog.messages ? new Set(catalog.messages) : undefined;
  }

  /** Subscribes a handler; returns the unsubscribe function. */
  readonly on: Subscribe<EM, QM> = (name: string, handler: EventHandler<never, unknown>) => {
    let set = this.handlers.get(name);
    if (!set) this.handlers.set(name, (set = new Set()));
    set.add(handler);
    return () => void set.delete(handler);
  };

  /** Errors thrown by handlers. Without a listener they are printed with `console.error`. */
  onError(listener: (error: Error, event: unknown) => void): () => void {
    this.errorListeners.add(listener);
    return () => void this.errorListeners.delete(listener);
  }

  /**
   * The names an event is delivered under, most specific first, then `'*'`. An event is known
   * when its path up to the secondary discriminator or up to `sub_type` is an event in the catalog.
   */
  namesOf(event: Record<string, unknown>): string[] {
    const postType = event.post_type;
    if (typeof postType === 'string') {
      const key = this.catalog.discriminators[postType];
      const second = key !== undefined ? event[key] : undefined;
      if (typeof second === 'string') {
        const two = `${postType}.${second}`;
        const subType = event.sub_type;
        const three = typeof subType === 'string' ? `${two}.${subType}` : undefined;
        if (three !== undefined && this.known.has(three)) return [three, two, postType, '*'];
        if (this.known.has(two)) return [two, postType, '*'];
      }
    }
    return ['unknown', '*'];
  }

  /**
   * Delivers an event to its handlers and resolves with the first quick operation one of them
   * answered with. A received `message` given as a CQ string is parsed into segments first.
   */
  dispatch(raw: Record<string, unknown>): Awaitable<unknown> {
    const names = this.namesOf(raw);
    const event = !this.messages || this.messages.has(names[0]!) ? withSegments(raw, this.knownSegments) : raw;
    const results: unknown[] = [];
    for (const name of names) {
      const set = this.handlers.get(name);
      if (!set) continue;
      for (const handler of set) {
        try {
          const result = (handler as EventHandler<unknown, unknown>)(event);
          results.push(result instanceof Promise ? result.catch((error: unknown) => this.report(error, event)) : result);
        } catch (error) {
          this.report(error, event);
        }
      }
    }
    // Stay synchronous unless a handler is not: most events have no async handler.
    if (!results.some((r) => r instanceof Promise)) return results.find((r) => r !== undefined);
    return Promise.all(results).then((values) => values.find((r) => r !== undefined));
  }

  /** Reports a handler's failure to the error listeners. */
  report(error: unknown, event: unknown): undefined {
    const err = asError(error);
    if (this.errorListeners.size === 0) console.error('an event handler failed:', err);
    for (const listener of this.errorListeners) listener(err, event);
    return undefined;
  }
}

/**
 * The event with its `message` as an array of segments, whatever `message_format` the
 * implementation uses. With `known` segment types, a segment of any other type is wrapped as
 * `{ type: 'unknown', data: { type, data } }`, so a check of `type` narrows the known ones.
 */
export function withSegments(event: Record<string, unknown>, known?: ReadonlySet<string>): Record<string, unknown> {
  const message = typeof event.message === 'string' ? parse(event.message) : event.message;
  const wrapped = known && Array.isArray(message) ? wrapUnknown(message, known) : message;
  if (wrapped === event.message) return event;
  return { ...event, message: wrapped, ...(typeof event.message === 'string' && 'message_format' in event ? { message_format: 'array' } : {}) };
}

function wrapUnknown(message: unknown[], known: ReadonlySet<string>): unknown[] {
  if (message.every((s) => isSegment(s) && known.has(s.type))) return message;
  return message.map((s) =>
    isSegment(s) && known.has(s.type) ? s : { type: 'unknown', data: isSegment(s) ? { type: s.type, data: s.data ?? {} } : { type: '', data: { value: s } } },
  );
}

function isSegment(value: unknown): value is { type: string; data?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

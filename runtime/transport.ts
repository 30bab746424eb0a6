/** The interfaces transports implement: send one call and get its raw envelope; deliver events. */

export interface CallOptions {
  /** Milliseconds to wait for the answer; the client's default when omitted. */
  timeoutMs?: number;
  /** Aborts the call. */
  signal?: AbortSignal;
  /**
   * While the connection is down and being re-established, wait for it (within `timeoutMs`)
   * instead of failing at once with `not_connected`. The client's default when omitted (off).
   * Only transports that reconnect (WebSocket) wait; HTTP has no connection to wait for.
   */
  waitForConnection?: boolean;
}

/** What `Transport.send` receives: the client always fills in the timeout. */
export type SendOptions = Required<Pick<CallOptions, 'timeoutMs'>> & CallOptions;

export interface Transport {
  /**
   * Sends `action` with `params` and resolves with the raw (still wrapped) response envelope.
   * Rejects with a `TransportError` or `TimeoutError` when no envelope arrives; never hangs
   * past `timeoutMs`.
   */
  send(action: string, params: object, options: SendOptions): Promise<unknown>;
  /** Releases connections and timers. */
  close?(): Promise<void>;
}

/**
 * A listener gets each event as it arrived (a JSON object). What it returns is the event's quick
 * operation, which a source that `answersInline` (the HTTP POST receiver) sends back as the
 * answer to the event; other sources ignore it.
 */
export type EventListener = (event: Record<string, unknown>) => unknown;

/** Something events arrive from: a WebSocket connection or the HTTP POST receiver. */
export interface EventSource {
  /** Subscribes; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  /** True when a listener's result goes back to the implementation as the quick operation. */
  readonly answersInline?: boolean;
}

export function isEventSource(value: unknown): value is EventSource {
  return typeof value === 'object' && value !== null && typeof (value as EventSource).onEvent === 'function';
}

/**
 * The state of a connection: `connecting` (first attempt or a retry in progress), `open`,
 * `reconnecting` (waiting before the next attempt), `closed` (for good: closed by the user, or
 * reconnection is off).
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface StateChange {
  state: ConnectionState;
  /** Why the connection went down, when it did. */
  error?: Error;
  /** For `reconnecting`: milliseconds until the next attempt. */
  retryInMs?: number;
  /**
   * For a transport that reconnects (`connecting`, `reconnecting`): which retry this is since the
   * last healthy connection, 0 for the first attempt; `reconnecting` carries the number of the
   * retry it waits for.
   */
  attempt?: number;
}

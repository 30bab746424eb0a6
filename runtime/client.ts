/**
 * The client the generated one extends: typed `call`, call variants, a default timeout, and
 * typed events. It is generic over the action, event and quick-operation maps so that it does
 * not depend on generated code.
 */
import { unwrap } from './envelope.js';
import { EventHub, type EventCatalog, type Subscribe } from './events.js';
import { isEventSource, type CallOptions, type EventSource, type SendOptions, type Transport } from './transport.js';

/** The shape of a generated `ActionMap` (an interface, so it is checked key by key). */
export type ActionMapShape<M> = { [K in keyof M]: { params: object; result: unknown; variants?: string } };

/** The actions of `M` that have the call variant `V` (`async`, `rate_limited`). */
export type ActionsWithVariant<M, V extends string> = {
  [K in keyof M]: M[K] extends { variants: infer X } ? (V extends X ? K : never) : never;
}[keyof M] &
  string;

export interface ClientOptions {
  /** Milliseconds a call may take unless it says otherwise. Default 30 000. */
  timeoutMs?: number;
  /** Calls wait for a dropped connection to come back (within their timeout) unless they say otherwise. Default false. */
  waitForConnection?: boolean;
}

/** Parameters are optional for actions that take none. */
export type ParamsArg<P> = Record<string, never> extends P ? [params?: P, options?: CallOptions] : [params: P, options?: CallOptions];

const NO_EVENTS: EventCatalog = { discriminators: {}, events: [] };

export class ClientBase<M extends ActionMapShape<M>, EM = Record<never, never>, QM = Record<never, never>> {
  readonly timeoutMs: number;
  /** The event handlers; `on` is the same as `events.on`. */
  readonly events: EventHub<EM, QM>;
  /**
   * Subscribes to events by name, typed by the name: `bot.on('notice.group_recall', (e) => ...)`.
   * `'*'` receives every event, `'unknown'` those the spec does not know. A handler may return a
   * quick operation; returns the unsubscribe function.
   */
  readonly on: Subscribe<EM, QM>;
  private readonly detach: (() => void)[] = [];
  private closed = false;

  constructor(
    readonly transport: Transport,
    options: ClientOptions = {},
    catalog: EventCatalog = NO_EVENTS,
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.defaults = { timeoutMs: this.timeoutMs, ...(options.waitForConnection ? { waitForConnection: true } : {}) };
    this.events = new EventHub<EM, QM>(catalog);
    this.on = this.events.on;
    if (isEventSource(transport)) this.listen(transport);
  }

  /**
   * Delivers the events of another source (e.g. an `HttpPostReceiver` next to an `HttpTransport`)
   * to this client's handlers. A quick operation goes back inline when the source can answer
   * (HTTP POST), and otherwise as a `.handle_quick_operation` call. Returns the detach function.
   */
  listen(source: EventSource): () => void {
    const off = source.onEvent((event) => {
      const operation = this.events.dispatch(event);
      if (source.answersInline) return operation;
      if (operation instanceof Promise) void operation.then((op) => this.quickOperation(event, op));
      else this.quickOperation(event, operation);
      return undefined;
    });
    this.detach.push(off);
    return off;
  }

  private quickOperation(context: Record<string, unknown>, operation: unknown): void {
    if (operation === undefined || operation === null || typeof operation !== 'object' || this.closed) return;
    this.transport
      .send('.handle_quick_operation', { context, operation }, { timeoutMs: this.timeoutMs })
      .then((body) => unwrap('.handle_quick_operation', body))
      .catch((error: unknown) => {
        // Reported like a handler error: the handler's answer did not take effect. Not when the
        // client was closed meanwhile: that is what closing means.
        if (!this.closed) this.events.report(error, context);
      });
  }

  /** Calls an action and resolves with its `data`; rejects with a typed error. */
  async call<A extends keyof M & string>(action: A, ...[params, options]: ParamsArg<M[A]['params']>): Promise<M[A]['result']> {
    const body = await this.transport.send(action, params ?? {}, this.sendOptions(options));
    return unwrap<M[A]['result']>(action, body);
  }

  private readonly defaults: SendOptions;

  /** The options a transport gets; one shared object for the common call without options. */
  private sendOptions(options: CallOptions | undefined): SendOptions {
    return options ? { ...this.defaults, ...options, timeoutMs: options.timeoutMs ?? this.timeoutMs } : this.defaults;
  }

  /** Calls `<action>_async`: the implementation accepts the call and answers before it is done. */
  async callAsync<A extends ActionsWithVariant<M, 'async'>>(action: A, ...[params, options]: ParamsArg<M[A]['params']>): Promise<void> {
    await this.callVariant(`${action}_async`, params ?? {}, options);
  }

  /** Calls `<action>_rate_limited`: the call is queued under the implementation's rate limit. */
  async callRateLimited<A extends ActionsWithVariant<M, 'rate_limited'>>(action: A, ...[params, options]: ParamsArg<M[A]['params']>): Promise<void> {
    await this.callVariant(`${action}_rate_limited`, params ?? {}, options);
  }

  private async callVariant(name: string, params: object, options?: CallOptions): Promise<void> {
    const body = await this.transport.send(name, params, this.sendOptions(options));
    unwrap(name, body);
  }

  /** Detaches from event sources and closes the transport. */
  close(): Promise<void> {
    this.closed = true;
    for (const off of this.detach.splice(0)) off();
    return this.transport.close?.() ?? Promise.resolve();
  }
}

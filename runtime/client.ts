/**
 * The client the generated one extends: typed `call`, call variants, a default timeout.
 * It is generic over the action map so that it does not depend on generated code.
 */
import { unwrap } from './envelope.js';
import type { CallOptions, Transport } from './transport.js';

/** The shape of a generated `ActionMap` (an interface, so it is checked key by key). */
export type ActionMapShape<M> = { [K in keyof M]: { params: object; result: unknown } };

export interface ClientOptions {
  /** Milliseconds a call may take unless it says otherwise. Default 30 000. */
  timeoutMs?: number;
}

/** Parameters are optional for actions that take none. */
export type ParamsArg<P> = Record<string, never> extends P ? [params?: P, options?: CallOptions] : [params: P, options?: CallOptions];

export class ClientBase<M extends ActionMapShape<M>> {
  readonly timeoutMs: number;

  constructor(
    readonly transport: Transport,
    options: ClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Calls an action and resolves with its `data`; rejects with a typed error. */
  async call<A extends keyof M & string>(action: A, ...[params, options]: ParamsArg<M[A]['params']>): Promise<M[A]['result']> {
    const body = await this.transport.send(action, params ?? {}, { ...options, timeoutMs: options?.timeoutMs ?? this.timeoutMs });
    return unwrap<M[A]['result']>(action, body);
  }

  /** Calls `<action>_async`: the implementation accepts the call and answers before it is done. */
  async callAsync<A extends keyof M & string>(action: A, ...[params, options]: ParamsArg<M[A]['params']>): Promise<void> {
    await this.callVariant(`${action}_async`, params ?? {}, options);
  }

  /** Calls `<action>_rate_limited`: the call is queued under the implementation's rate limit. */
  async callRateLimited<A extends keyof M & string>(action: A, ...[params, options]: ParamsArg<M[A]['params']>): Promise<void> {
    await this.callVariant(`${action}_rate_limited`, params ?? {}, options);
  }

  private async callVariant(name: string, params: object, options?: CallOptions): Promise<void> {
    const body = await this.transport.send(name, params, { ...options, timeoutMs: options?.timeoutMs ?? this.timeoutMs });
    unwrap(name, body);
  }

  close(): Promise<void> {
    return this.transport.close?.() ?? Promise.resolve();
  }
}

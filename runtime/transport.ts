/** The interface every transport implements: send one call, get back its raw envelope. */

export interface CallOptions {
  /** Milliseconds to wait for the answer; the client's default when omitted. */
  timeoutMs?: number;
  /** Aborts the call. */
  signal?: AbortSignal;
}

export interface Transport {
  /**
   * Sends `action` with `params` and resolves with the raw (still wrapped) response envelope.
   * Rejects with a `TransportError` or `TimeoutError` when no envelope arrives; never hangs
   * past `timeoutMs`.
   */
  send(action: string, params: object, options: Required<Pick<CallOptions, 'timeoutMs'>> & CallOptions): Promise<unknown>;
  /** Releases connections and timers. */
  close?(): Promise<void>;
}

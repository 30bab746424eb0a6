/**
 * The errors a call can fail with. Every failure is one of these, so callers can tell an action
 * the implementation refused from a transport that broke from a call that took too long.
 */

/** The base of every error this runtime throws. */
export class OneBotError extends Error {
  override name = 'OneBotError';
}

/** The implementation answered, and the answer says the action failed. */
export class ActionFailedError extends OneBotError {
  override name = 'ActionFailedError';
  constructor(
    readonly action: string,
    /** The envelope's `retcode` (for HTTP status failures, 1000 + the status, as the standard maps them). */
    readonly retcode: number,
    /** The error text, whichever of `message`, `msg` or `wording` the implementation filled in. */
    readonly detail: string,
    /** The user-facing `wording`, when the implementation sent one. */
    readonly wording?: string,
    /** The HTTP status, when the failure came as one. */
    readonly httpStatus?: number,
  ) {
    super(`${action} failed with retcode ${retcode}${detail ? `: ${detail}` : ''}`);
  }
}

/**
 * Why a transport failed, for callers that handle cases differently:
 * - `connect`: the connection could not be made (refused, rejected, unreachable);
 * - `closed`: the connection closed while the call was in flight;
 * - `not_connected`: there was no open connection to send on;
 * - `malformed`: the answer was not a JSON response envelope;
 * - `aborted`: the caller's `signal` aborted the call;
 * - `network`: any other I/O failure.
 */
export type TransportErrorCode = 'connect' | 'closed' | 'not_connected' | 'malformed' | 'aborted' | 'network';

/** The call never got a well-formed answer: the connection failed, closed, or the answer was not an envelope. */
export class TransportError extends OneBotError {
  override name = 'TransportError';
  readonly code: TransportErrorCode;
  constructor(
    message: string,
    readonly action?: string,
    options?: { cause?: unknown; code?: TransportErrorCode },
  ) {
    super(message, options);
    this.code = options?.code ?? 'network';
  }
}

/** No answer came within the call's timeout. */
export class TimeoutError extends OneBotError {
  override name = 'TimeoutError';
  constructor(
    readonly action: string,
    readonly timeoutMs: number,
  ) {
    super(`${action} got no answer within ${timeoutMs} ms`);
  }
}

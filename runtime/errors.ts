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
 * - `network`: any other I/O failure;
 * - `too_large`: the answer was larger than the transport accepts (`maxResponseBytes`, `maxPayload`).
 */
export type TransportErrorCode = 'connect' | 'closed' | 'not_connected' | 'malformed' | 'aborted' | 'network' | 'too_large';

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

/** Why the implementation refused the access token: none was sent, or the one sent is not its own. */
export type AuthFailure = 'missing' | 'wrong';

/**
 * The implementation refused the access token: HTTP 401/403 (over HTTP or at the WebSocket
 * handshake) or a `retcode` 1401/1403 envelope (NapCat accepts the WebSocket, sends one with a
 * null `echo`, and closes). A WebSocket transport stops reconnecting: retrying with the same token
 * cannot succeed. It is an `ActionFailedError` (retcode 1401 or 1403), so code that handles refused
 * calls keeps working. Its message never contains the token.
 */
export class AuthError extends ActionFailedError {
  override name = 'AuthError';
  constructor(
    /** The call that was refused, or `connect` when the connection itself was. */
    action: string,
    /** `missing` when no token was sent, `wrong` when the one sent was refused. */
    readonly reason: AuthFailure,
    retcode: number,
    detail: string,
    httpStatus?: number,
  ) {
    super(action, retcode, detail, undefined, httpStatus);
    const how = httpStatus !== undefined ? `HTTP ${httpStatus}` : `retcode ${retcode}`;
    this.message =
      reason === 'missing'
        ? `${action}: the implementation requires an access token and none was given (${how}${detail ? `: ${detail}` : ''}); set accessToken`
        : `${action}: the implementation refused the access token (${how}${detail ? `: ${detail}` : ''}); check that accessToken matches its configuration`;
  }
}

/** The retcodes the standard maps HTTP 401 and 403 to, which NapCat also sends in an envelope. */
export function isAuthRetcode(retcode: number): boolean {
  return retcode === 1401 || retcode === 1403;
}

/**
 * Checks an access token when a transport is made: it goes into an HTTP header, so a CR, LF, NUL or
 * other control character would be refused later with an error that repeats it (or, sent
 * unchecked, would split the header). The error names the problem, never the token.
 */
export function checkAccessToken(token: string | undefined, option = 'accessToken'): void {
  if (token === undefined) return;
  if (typeof token !== 'string') throw new TypeError(`${option} must be a string`);
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) {
      const what =
        code === 0x0d || code === 0x0a
          ? 'a line break'
          : code === 0
            ? 'a NUL character'
            : code > 0x7e
              ? 'a character outside printable ASCII'
              : 'a control character';
      throw new TypeError(`${option} contains ${what} at position ${i + 1}; an access token must be printable ASCII (the token is not shown)`);
    }
  }
}

/**
 * Forward WebSocket: the client connects to the implementation. Either the universal endpoint
 * (calls and events on one connection) or the split pair `/api` + `/event`.
 *
 * A call made while the first connection (or a retry) is being made waits for it; a call made
 * while the transport waits to retry, or after it closed, fails at once; a call in flight when the
 * connection drops fails at once. The transport reconnects with exponential backoff, up to
 * `maxRetries` times, and reports every state change. The backoff starts over only once a
 * connection has stayed up for `healthyAfterMs`: an implementation that accepts and then drops
 * every connection is retried ever more slowly, not in a tight loop. A refused token (HTTP 401/403
 * at the handshake, or a 1401/1403 envelope after it) closes the transport for good with an
 * `AuthError`: the same token will not be accepted on the next try either.
 */
import { WebSocket } from 'ws';
import type { IncomingMessage } from 'node:http';
import { errorText, type RawEnvelope } from '../envelope.js';
import { ActionFailedError, AuthError, checkAccessToken, isAuthRetcode, TimeoutError, TransportError } from '../errors.js';
import { PendingCalls } from '../pending-calls.js';
import type { ConnectionState, EventListener, EventSource, SendOptions, StateChange, Transport } from '../transport.js';
import { Listeners } from '../listeners.js';
import { closeSocket, isTooLarge, routeFrame } from './ws-frames.js';

export interface ReconnectOptions {
  /** Milliseconds before the first retry. Default 500. */
  initialDelayMs?: number;
  /** The longest wait between retries. Default 30 000. */
  maxDelayMs?: number;
  /** Each failed attempt multiplies the wait by this. Default 2. */
  factor?: number;
  /**
   * Retries after the last healthy connection before the transport gives up and closes (state
   * `closed` with the last error). Default: no limit.
   */
  maxRetries?: number;
  /** Milliseconds a connection must stay open before the backoff starts over. Default 10 000. */
  healthyAfterMs?: number;
}

export interface WsForwardOptions {
  /** The implementation's WebSocket server, e.g. `ws://127.0.0.1:3001`. */
  url: string;
  /** Connect to `<url>/api` for calls and `<url>/event` for events instead of the universal `<url>`. */
  split?: boolean;
  /** Sent as `Authorization: Bearer`; printable ASCII (checked when the transport is made). */
  accessToken?: string;
  /** Reconnection after a failed or dropped connection; `false` turns it off. */
  reconnect?: ReconnectOptions | false;
  /** Milliseconds the opening handshake may take. Default 10 000. */
  connectTimeoutMs?: number;
  /**
   * The largest frame accepted, in bytes. A larger one closes the connection (code 1009) and fails
   * the calls in flight with `TransportError` (`too_large`). Default 64 MiB.
   */
  maxPayload?: number;
}

export class WsForwardTransport implements Transport, EventSource {
  private readonly pending = new PendingCalls();
  private readonly events = new Set<EventListener>();
  private readonly states = new Listeners<[StateChange]>();
  private readonly errors = new Listeners<[Error]>();
  private readonly report = (error: Error) => this.errors.emit(error);
  private sockets: WebSocket[] | undefined;
  private api: WebSocket | undefined;
  /** Calls made while connecting: sent when the connection opens. */
  private queued: { echo: number; frame: string }[] = [];
  private current: ConnectionState = 'connecting';
  /** Attempts that failed (or connections that dropped before they were healthy) in a row. */
  private failures = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private healthyTimer: NodeJS.Timeout | undefined;
  private closing = false;
  /** Set when the implementation refused the token: the transport is closed for good. */
  private refused: AuthError | undefined;
  private readonly reconnect: Required<ReconnectOptions> | false;

  constructor(private readonly options: WsForwardOptions) {
    checkAccessToken(options.accessToken);
    this.reconnect =
      options.reconnect === false
        ? false
        : { initialDelayMs: 500, maxDelayMs: 30_000, factor: 2, maxRetries: Infinity, healthyAfterMs: 10_000, ...options.reconnect };
    this.connect();
  }

  get state(): ConnectionState {
    return this.current;
  }

  /** Observes the connection: `connecting`, `open`, `reconnecting` (with the delay), `closed`. */
  onStateChange(listener: (change: StateChange) => void): () => void {
    return this.states.add(listener);
  }

  /** Problems that fail no call: frames that are not JSON, answers nobody waits for. */
  onError(listener: (error: Error) => void): () => void {
    return this.errors.add(listener);
  }

  onEvent(listener: EventListener): () => void {
    this.events.add(listener);
    return () => void this.events.delete(listener);
  }

  /**
   * Resolves when the connection is open; rejects when the transport closes (with the `AuthError`
   * when the token was refused) or `timeoutMs` passes first.
   */
  ready(timeoutMs = 10_000): Promise<void> {
    if (this.current === 'open') return Promise.resolve();
    if (this.current === 'closed') return Promise.reject(this.refused ?? new TransportError('the transport is closed', undefined, { code: 'not_connected' }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => settle(new TimeoutError('connect', timeoutMs)), timeoutMs);
      const off = this.states.add(({ state, error }) => {
        if (state === 'open') settle();
        else if (state === 'closed')
          settle(
            error instanceof AuthError
              ? error
              : new TransportError(`the transport closed before it connected${error ? `: ${error.message}` : ''}`, undefined, {
                  cause: error,
                  code: 'connect',
                }),
          );
      });
      const settle = (error?: Error) => {
        clearTimeout(timer);
        off();
        if (error) reject(error);
        else resolve();
      };
    });
  }

  send(action: string, params: object, options: SendOptions): Promise<unknown> {
    if (options.waitForConnection && !this.refused && (this.current === 'connecting' || this.current === 'reconnecting'))
      return this.sendWhenOpen(action, params, options);
    if (this.current === 'open' || this.current === 'connecting') {
      const { echo, promise } = this.pending.add(action, options.timeoutMs, options.signal);
      let frame: string;
      try {
        frame = JSON.stringify({ action, params, echo });
      } catch (error) {
        // Parameters JSON cannot hold (a BigInt, a cycle) fail the call now, not at its timeout.
        this.pending.fail(echo, new TypeError(`${action}: the parameters cannot be sent as JSON: ${(error as Error).message}`, { cause: error }));
        return promise;
      }
      if (this.current === 'open') this.api!.send(frame);
      else this.queued.push({ echo, frame });
      return promise;
    }
    if (this.refused) return Promise.reject(this.authError(action, this.refused));
    const why = this.current === 'closed' ? 'the transport is closed' : 'the connection is down, waiting to reconnect';
    return Promise.reject(new TransportError(`${action}: ${why}`, action, { code: 'not_connected' }));
  }

  /** `waitForConnection`: waits (past failed attempts) for the connection, then sends within the time left. */
  private async sendWhenOpen(action: string, params: object, options: SendOptions): Promise<unknown> {
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      const { signal } = options;
      const timer = setTimeout(() => settle(new TimeoutError(action, options.timeoutMs)), options.timeoutMs);
      const onAbort = () => settle(new TransportError(`${action}: aborted`, action, { cause: signal!.reason, code: 'aborted' }));
      const off = this.states.add(({ state, error }) => {
        if (state === 'open') settle();
        else if (state === 'closed')
          settle(
            this.refused
              ? this.authError(action, this.refused)
              : new TransportError(`${action}: the transport closed while the call waited for the connection`, action, { cause: error, code: 'not_connected' }),
          );
      });
      const settle = (error?: Error) => {
        clearTimeout(timer);
        off();
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve();
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    const left = Math.max(1, options.timeoutMs - (Date.now() - started));
    return this.send(action, params, { ...options, timeoutMs: left, waitForConnection: false });
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const sockets = this.sockets;
    this.down(new TransportError('the transport was closed', undefined, { code: 'closed' }));
    if (sockets) await Promise.all(sockets.map(closeSocket));
  }

  private setState(state: ConnectionState, extra: Omit<StateChange, 'state'> = {}): void {
    this.current = state;
    this.states.emit({ state, ...extra });
  }

  private connect(): void {
    this.setState('connecting', this.reconnect ? { attempt: this.failures } : {});
    const base = this.options.url.replace(/\/+$/, '');
    const urls = this.options.split ? [`${base}/api`, `${base}/event`] : [base];
    const headers: Record<string, string> = this.options.accessToken ? { authorization: `Bearer ${this.options.accessToken}` } : {};
    const maxPayload = this.options.maxPayload ?? 64 * 1024 * 1024;
    const sockets = urls.map((url) => new WebSocket(url, { headers, handshakeTimeout: this.options.connectTimeoutMs ?? 10_000, maxPayload }));
    this.sockets = sockets;
    let opened = 0;
    let lastError: Error | undefined;
    let refusedWith: Error | undefined;
    const connectionFailed = (envelope: RawEnvelope) => {
      if (this.sockets === sockets) this.failedEnvelope(envelope);
    };
    for (const socket of sockets) {
      socket.on('open', () => {
        if (++opened === sockets.length && this.sockets === sockets) this.opened(sockets[0]!);
      });
      socket.on('message', (data) => routeFrame(data, this.pending, this.events, this.report, connectionFailed));
      socket.on('unexpected-response', (_req, res: IncomingMessage) => {
        res.resume();
        refusedWith = this.handshakeRefused(res.statusCode ?? 0);
        // Terminating a refused handshake reports a generic error, after the specific one above.
        socket.terminate();
      });
      socket.on('error', (error) => (lastError = isTooLarge(error) ? this.tooLarge(error) : error));
      socket.on('close', (code) => {
        if (this.sockets !== sockets) return;
        this.down(refusedWith ?? lastError ?? new Error(`the connection closed (${code})`));
      });
    }
  }

  /** The error for a handshake answered with an HTTP status instead of a WebSocket. */
  private handshakeRefused(status: number): Error {
    if (status === 401 || status === 403) return new AuthError('connect', this.options.accessToken ? 'wrong' : 'missing', 1000 + status, '', status);
    return new TransportError(`the implementation answered the WebSocket handshake with HTTP ${status}`, undefined, { code: 'connect' });
  }

  private tooLarge(cause: Error): TransportError {
    return new TransportError(
      `the implementation sent a frame larger than maxPayload (${this.options.maxPayload ?? 64 * 1024 * 1024} bytes); raise the limit if it is expected`,
      undefined,
      {
        cause,
        code: 'too_large',
      },
    );
  }

  /**
   * A failure envelope with no echo: it answers every call in flight. A refused token (retcode
   * 1401/1403, NapCat's way) closes the transport for good; the implementation closes the
   * connection after it anyway.
   */
  private failedEnvelope(envelope: RawEnvelope): void {
    const retcode = typeof envelope.retcode === 'number' ? envelope.retcode : -1;
    const detail = errorText(envelope);
    if (isAuthRetcode(retcode)) {
      this.refused = new AuthError('connect', this.options.accessToken ? 'wrong' : 'missing', retcode, detail);
      this.down(this.refused);
      return;
    }
    const wording = typeof envelope.wording === 'string' ? envelope.wording : undefined;
    this.pending.failAll((action) => new ActionFailedError(action, retcode, detail, wording));
    this.report(new ActionFailedError('connect', retcode, detail, wording));
  }

  private authError(action: string, from: AuthError): AuthError {
    return new AuthError(action, from.reason, from.retcode, from.detail, from.httpStatus);
  }

  private opened(api: WebSocket): void {
    this.api = api;
    if (this.reconnect) {
      const reconnect = this.reconnect;
      this.healthyTimer = setTimeout(() => {
        this.healthyTimer = undefined;
        this.failures = 0;
      }, reconnect.healthyAfterMs);
      this.healthyTimer.unref();
    }
    this.setState('open');
    const queued = this.queued;
    this.queued = [];
    for (const { echo, frame } of queued) if (this.pending.has(echo)) api.send(frame);
  }

  /** The connection (or the attempt) is gone: fail what waits on it, then retry or close for good. */
  private down(cause: Error): void {
    if (this.current === 'closed') return;
    const wasOpen = this.current === 'open';
    const sockets = this.sockets;
    this.sockets = undefined;
    this.api = undefined;
    this.queued = [];
    if (this.healthyTimer) clearTimeout(this.healthyTimer);
    this.healthyTimer = undefined;
    for (const socket of sockets ?? []) if (socket.readyState !== WebSocket.CLOSED && !this.closing) socket.terminate();
    if (cause instanceof AuthError) {
      this.refused = cause;
      this.pending.failAll((action) => this.authError(action, cause));
      this.setState('closed', { error: cause });
      return;
    }
    const code = this.closing ? 'closed' : cause instanceof TransportError && cause.code === 'too_large' ? 'too_large' : wasOpen ? 'closed' : 'connect';
    const what = this.closing ? 'the transport was closed' : wasOpen ? 'the connection closed' : 'the connection failed';
    this.pending.failAll((action) => new TransportError(`${action}: ${what}: ${cause.message}`, action, { cause, code }));
    if (this.closing || !this.reconnect) {
      this.setState('closed', this.closing ? {} : { error: cause });
      return;
    }
    const { initialDelayMs, maxDelayMs, factor, maxRetries } = this.reconnect;
    if (this.failures >= maxRetries) {
      const error = new TransportError(`gave up after ${maxRetries} ${maxRetries === 1 ? 'retry' : 'retries'}: ${cause.message}`, undefined, {
        cause,
        code: 'connect',
      });
      this.setState('closed', { error, attempt: this.failures });
      return;
    }
    // Jitter keeps many bots from reconnecting in lockstep after the implementation restarts.
    const delay = Math.min(maxDelayMs, initialDelayMs * factor ** this.failures) * (0.75 + Math.random() * 0.25);
    this.failures++;
    this.setState('reconnecting', { error: cause, retryInMs: Math.round(delay), attempt: this.failures });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect();
    }, delay);
  }
}

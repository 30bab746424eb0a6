/**
 * Forward WebSocket: the client connects to the implementation. Either the universal endpoint
 * (calls and events on one connection) or the split pair `/api` + `/event`.
 *
 * A call made while the first connection (or a retry) is being made waits for it; a call made
 * while the transport waits to retry, or after it closed, fails at once; a call in flight when the
 * connection drops fails at once. The transport reconnects with exponential backoff and reports
 * every state change.
 */
import { WebSocket } from 'ws';
import { TimeoutError, TransportError } from '../errors.js';
import { PendingCalls } from '../pending-calls.js';
import type { ConnectionState, EventListener, EventSource, SendOptions, StateChange, Transport } from '../transport.js';
import { Listeners } from '../listeners.js';
import { closeSocket, routeFrame } from './ws-frames.js';

export interface ReconnectOptions {
  /** Milliseconds before the first retry. Default 500. */
  initialDelayMs?: number;
  /** The longest wait between retries. Default 30 000. */
  maxDelayMs?: number;
  /** Each failed attempt multiplies the wait by this. Default 2. */
  factor?: number;
}

export interface WsForwardOptions {
  /** The implementation's WebSocket server, e.g. `ws://127.0.0.1:3001`. */
  url: string;
  /** Connect to `<url>/api` for calls and `<url>/event` for events instead of the universal `<url>`. */
  split?: boolean;
  accessToken?: string;
  /** Reconnection after a failed or dropped connection; `false` turns it off. */
  reconnect?: ReconnectOptions | false;
  /** Milliseconds the opening handshake may take. Default 10 000. */
  connectTimeoutMs?: number;
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
  private failures = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private closing = false;
  private readonly reconnect: Required<ReconnectOptions> | false;

  constructor(private readonly options: WsForwardOptions) {
    this.reconnect = options.reconnect === false ? false : { initialDelayMs: 500, maxDelayMs: 30_000, factor: 2, ...options.reconnect };
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

  /** Resolves when the connection is open; rejects when the transport closes or `timeoutMs` passes first. */
  ready(timeoutMs = 10_000): Promise<void> {
    if (this.current === 'open') return Promise.resolve();
    if (this.current === 'closed') return Promise.reject(new TransportError('the transport is closed', undefined, { code: 'not_connected' }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => settle(new TimeoutError('connect', timeoutMs)), timeoutMs);
      const off = this.states.add(({ state, error }) => {
        if (state === 'open') settle();
        else if (state === 'closed') settle(new TransportError('the transport closed before it connected', undefined, { cause: error, code: 'connect' }));
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
    if (this.current === 'open') {
      const { echo, promise } = this.pending.add(action, options.timeoutMs, options.signal);
      this.api!.send(JSON.stringify({ action, params, echo }));
      return promise;
    }
    if (this.current === 'connecting') {
      const { echo, promise } = this.pending.add(action, options.timeoutMs, options.signal);
      this.queued.push({ echo, frame: JSON.stringify({ action, params, echo }) });
      return promise;
    }
    const why = this.current === 'closed' ? 'the transport is closed' : 'the connection is down, waiting to reconnect';
    return Promise.reject(new TransportError(`${action}: ${why}`, action, { code: 'not_connected' }));
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const sockets = this.sockets;
    this.down(new TransportError('the transport was closed', undefined, { code: 'closed' }));
    if (sockets) await Promise.all(sockets.map(closeSocket));
  }

  private setState(state: ConnectionState, extra: Omit<StateChange, 'state'> = {}): void {
    this.current = state;
    this.states.emit({ state, ...extra });
  }

  private connect(): void {
    this.setState('connecting');
    const base = this.options.url.replace(/\/+$/, '');
    const urls = this.options.split ? [`${base}/api`, `${base}/event`] : [base];
    const headers: Record<string, string> = this.options.accessToken ? { authorization: `Bearer ${this.options.accessToken}` } : {};
    const sockets = urls.map((url) => new WebSocket(url, { headers, handshakeTimeout: this.options.connectTimeoutMs ?? 10_000 }));
    this.sockets = sockets;
    let opened = 0;
    let lastError: Error | undefined;
    for (const socket of sockets) {
      socket.on('open', () => {
        if (++opened === sockets.length && this.sockets === sockets) this.opened(sockets[0]!);
      });
      socket.on('message', (data) => routeFrame(data, this.pending, this.events, this.report));
      socket.on('error', (error) => (lastError = error));
      socket.on('close', (code) => {
        if (this.sockets !== sockets) return;
        this.down(lastError ?? new Error(`the connection closed (${code})`));
      });
    }
  }

  private opened(api: WebSocket): void {
    this.api = api;
    this.failures = 0;
    this.setState('open');
    const queued = this.queued;
    this.queued = [];
    for (const { echo, frame } of queued) if (this.pending.has(echo)) api.send(frame);
  }

  /** The connection (or the attempt) is gone: fail what waits on it, then retry or close for good. */
  private down(cause: Error): void {
    const wasOpen = this.current === 'open';
    const sockets = this.sockets;
    this.sockets = undefined;
    this.api = undefined;
    this.queued = [];
    for (const socket of sockets ?? []) if (socket.readyState !== WebSocket.CLOSED && !this.closing) socket.terminate();
    const code = this.closing ? 'closed' : wasOpen ? 'closed' : 'connect';
    const what = this.closing ? 'the transport was closed' : wasOpen ? 'the connection closed' : 'the connection failed';
    this.pending.failAll((action) => new TransportError(`${action}: ${what}: ${cause.message}`, action, { cause, code }));
    if (this.closing || !this.reconnect) {
      if (this.current !== 'closed') this.setState('closed', this.closing ? {} : { error: cause });
      return;
    }
    const { initialDelayMs, maxDelayMs, factor } = this.reconnect;
    // Jitter keeps many bots from reconnecting in lockstep after the implementation restarts.
    const delay = Math.min(maxDelayMs, initialDelayMs * factor ** this.failures) * (0.75 + Math.random() * 0.25);
    this.failures++;
    this.setState('reconnecting', { error: cause, retryInMs: Math.round(delay) });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect();
    }, delay);
  }
}

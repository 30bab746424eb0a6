/**
 * Reverse WebSocket: a server the implementation connects to. Each bot account (`X-Self-ID`)
 * becomes one `ReverseWsBot`, a transport and event source for a `OneBotClient`, whether it
 * connects once as `Universal` or twice as `API` + `Event` (`X-Client-Role`). Several bots may
 * connect at once. A bot whose connections have all closed is kept for `idleBotMs`, so that a
 * reconnect keeps its `ReverseWsBot`, and then released (a server that runs for months meets many
 * accounts and many reconnects).
 *
 * The access token is checked as the standard says: a missing (or empty) token is answered with
 * 401, a wrong one with 403, before the WebSocket is accepted. A new account beyond `maxBots` is
 * answered with 503, and a connection that stops answering pings is closed, so neither many
 * accounts nor dead peers make the server hold memory without bound.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { errorText, type RawEnvelope } from '../envelope.js';
import { ActionFailedError, checkAccessToken, TransportError } from '../errors.js';
import { PendingCalls } from '../pending-calls.js';
import type { ConnectionState, EventListener, EventSource, SendOptions, StateChange, Transport } from '../transport.js';
import { Listeners } from '../listeners.js';
import { closeSocket, isTooLarge, routeFrame } from './ws-frames.js';

export interface ReverseWsOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Only upgrades to this path are accepted (any path when omitted). */
  path?: string;
  /** When set, connections must present it as `Authorization: Bearer <token>` (or `?access_token=`). */
  accessToken?: string;
  /**
   * The largest frame accepted, in bytes; a larger one closes that connection (code 1009) and
   * fails its calls in flight with `TransportError` (`too_large`). Default 64 MiB.
   */
  maxPayload?: number;
  /**
   * Milliseconds a bot with no open connection is kept, so that its reconnect keeps the same
   * `ReverseWsBot`; after that it is closed and released, and a later connection of the same
   * account is a new bot (announced by `onBot` again). Default 60 000.
   */
  idleBotMs?: number;
  /** Milliseconds a connecting client may take to send its request headers. Default 10 000. */
  headersTimeoutMs?: number;
  /**
   * The most bots (accounts) kept at once; one with no connection left counts until it is released
   * (`idleBotMs`). A connection of a new
   * account beyond it is refused with 503 and reported to `onError`; the bots already here are
   * unaffected. Default 1 000.
   */
  maxBots?: number;
  /**
   * Every so many milliseconds each connection is pinged; one that has not answered the last ping
   * (nor sent anything) by the next is taken as gone: it is closed and its calls in flight fail
   * with `TransportError` (`closed`). Default 30 000; `Infinity` never pings.
   */
  pingIntervalMs?: number;
}

export type ClientRole = 'Universal' | 'API' | 'Event';

export class ReverseWsServer {
  private readonly wss: WebSocketServer;
  private readonly bots = new Map<string, ReverseWsBot>();
  private readonly botListeners = new Listeners<[ReverseWsBot]>();
  private readonly errors = new Listeners<[Error]>();

  private constructor(
    private readonly server: Server,
    private readonly options: ReverseWsOptions,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? 64 * 1024 * 1024 });
    server.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
  }

  /** Starts a server and resolves once it listens. */
  static async listen(options: ReverseWsOptions = {}): Promise<ReverseWsServer> {
    checkAccessToken(options.accessToken);
    const headersTimeout = options.headersTimeoutMs ?? 10_000;
    // requestTimeout bounds the whole request; an upgrade has no body, so the headers' bound is enough.
    // Node checks these bounds every connectionsCheckingInterval (30 s unless told).
    const server = createServer(
      { headersTimeout, requestTimeout: headersTimeout + 1_000, connectionsCheckingInterval: Math.min(1_000, headersTimeout / 2) },
      (_req, res) => {
        res.writeHead(426, { 'content-type': 'text/plain' }).end('a OneBot 11 reverse WebSocket server: connect with a WebSocket');
      },
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new ReverseWsServer(server, options);
  }

  /** The address to configure in the implementation, e.g. `ws://127.0.0.1:8080/`. */
  get url(): string {
    const { address, port } = this.server.address() as AddressInfo;
    return `ws://${address.includes(':') ? `[${address}]` : address}:${port}${this.options.path ?? '/'}`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Called once per bot account, when it first connects. */
  onBot(listener: (bot: ReverseWsBot) => void): () => void {
    return this.botListeners.add(listener);
  }

  /** Called with what the server refused that is not the client's mistake alone (a new bot beyond `maxBots`). */
  onError(listener: (error: Error) => void): () => void {
    return this.errors.add(listener);
  }

  /** The bot with this `X-Self-ID`, if it has connected. */
  bot(selfId: string | number): ReverseWsBot | undefined {
    return this.bots.get(String(selfId));
  }

  /** Every bot that is connected, or disconnected for less than `idleBotMs`. */
  get connectedBots(): ReverseWsBot[] {
    return [...this.bots.values()];
  }

  /** Closes every connection and stops listening. */
  async close(): Promise<void> {
    await Promise.all([...this.bots.values()].map((bot) => bot.close()));
    for (const client of this.wss.clients) client.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // A peer that resets the connection mid-handshake must not take the server down.
    socket.on('error', () => undefined);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return refuse(socket, 400, 'Bad Request');
    }
    if (this.options.path !== undefined && url.pathname !== this.options.path) return refuse(socket, 404, 'Not Found');
    const token = this.options.accessToken;
    if (token) {
      const given = bearer(req.headers.authorization) ?? (url.searchParams.get('access_token') || undefined);
      if (given === undefined) return refuse(socket, 401, 'Unauthorized');
      if (!sameText(given, token)) return refuse(socket, 403, 'Forbidden');
    }
    const selfId = header(req, 'x-self-id');
    if (!selfId || !/^\d+$/.test(selfId)) return refuse(socket, 400, 'Bad Request');
    const role = parseRole(header(req, 'x-client-role'));
    if (!role) return refuse(socket, 400, 'Bad Request');
    const maxBots = this.options.maxBots ?? 1_000;
    if (!this.bots.has(selfId) && this.bots.size >= maxBots) {
      const reason = `this server already serves ${maxBots} bots (maxBots); raise maxBots to serve more`;
      this.errors.emit(new Error(`refused bot ${selfId}: ${reason}`));
      return refuse(socket, 503, 'Service Unavailable', reason);
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      let bot = this.bots.get(selfId);
      const isNew = !bot;
      if (!bot) {
        // Counted from the upgrade on: a second new account racing this one sees it.
        const created = new ReverseWsBot(
          selfId,
          this.options.idleBotMs ?? 60_000,
          () => {
            if (this.bots.get(selfId) === created) this.bots.delete(selfId);
          },
          this.options.pingIntervalMs ?? 30_000,
        );
        bot = created;
        this.bots.set(selfId, bot);
      }
      bot.attach(ws, role);
      if (isNew) this.botListeners.emit(bot);
    });
  }
}

/** One bot account connected to a `ReverseWsServer`: a transport and an event source. */
export class ReverseWsBot implements Transport, EventSource {
  private readonly pending = new PendingCalls();
  private readonly events = new Set<EventListener>();
  private readonly states = new Listeners<[StateChange]>();
  private readonly errors = new Listeners<[Error]>();
  private readonly report = (error: Error) => this.errors.emit(error);
  private api: WebSocket | undefined;
  private event: WebSocket | undefined;
  private current: ConnectionState = 'connecting';
  private closed = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly connectionFailed = (envelope: RawEnvelope) => {
    const retcode = typeof envelope.retcode === 'number' ? envelope.retcode : -1;
    const wording = typeof envelope.wording === 'string' ? envelope.wording : undefined;
    this.pending.failAll((action) => new ActionFailedError(action, retcode, errorText(envelope), wording));
    this.report(new ActionFailedError('connect', retcode, errorText(envelope), wording));
  };

  /** @internal (the server makes bots) */
  constructor(
    /** The bot's QQ number, as `X-Self-ID` gave it. */
    readonly selfId: string,
    private readonly idleMs = Infinity,
    private readonly released: () => void = () => undefined,
    private readonly pingMs = Infinity,
  ) {}

  /** `open` while calls can be sent; `connecting` while only the `Event` half is connected or it dropped. */
  get state(): ConnectionState {
    return this.current;
  }

  onStateChange(listener: (change: StateChange) => void): () => void {
    return this.states.add(listener);
  }

  onError(listener: (error: Error) => void): () => void {
    return this.errors.add(listener);
  }

  onEvent(listener: EventListener): () => void {
    this.events.add(listener);
    return () => void this.events.delete(listener);
  }

  send(action: string, params: object, options: SendOptions): Promise<unknown> {
    const api = this.api;
    if (!api) return Promise.reject(new TransportError(`${action}: bot ${this.selfId} has no API connection`, action, { code: 'not_connected' }));
    const { echo, promise } = this.pending.add(action, options.timeoutMs, options.signal);
    let frame: string;
    try {
      frame = JSON.stringify({ action, params, echo });
    } catch (error) {
      // Parameters JSON cannot hold (a BigInt, a cycle) fail the call now, not at its timeout.
      this.pending.fail(echo, new TypeError(`${action}: the parameters cannot be sent as JSON: ${(error as Error).message}`, { cause: error }));
      return promise;
    }
    api.send(frame);
    return promise;
  }

  /**
   * Takes a newly accepted connection; one of the same role replaces the old one.
   * @internal
   */
  attach(ws: WebSocket, role: ClientRole): void {
    if (this.closed) {
      ws.terminate();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const takesCalls = role !== 'Event';
    const takesEvents = role !== 'API';
    const replaced = new Set([takesCalls ? this.api : undefined, takesEvents ? this.event : undefined]);
    if (takesCalls) this.api = ws;
    if (takesEvents) this.event = ws;
    for (const old of replaced) if (old && old !== this.api && old !== this.event) void closeSocket(old);
    let lastError: Error | undefined;
    // A peer that answered neither the last ping nor sent anything since is gone (a dead network path never closes by itself).
    let alive = true;
    const heartbeat =
      this.pingMs === Infinity
        ? undefined
        : setInterval(() => {
            // Judged after the pending I/O is read (setImmediate), so a pong that arrived while this
            // process was busy counts: only the peer's silence closes it, not our own delay.
            setImmediate(() => {
              if (ws.readyState !== ws.OPEN) return;
              if (!alive) {
                lastError = new Error(`the implementation answered no ping for ${this.pingMs} ms and is taken as gone`);
                ws.terminate();
                return;
              }
              alive = false;
              ws.ping();
            });
          }, this.pingMs);
    heartbeat?.unref();
    ws.on('pong', () => (alive = true));
    ws.on('message', (data) => {
      alive = true;
      routeFrame(data, this.pending, this.events, this.report, this.connectionFailed);
    });
    ws.on('error', (error) => (lastError = error));
    ws.on('close', (code) => {
      clearInterval(heartbeat);
      if (this.api === ws) {
        this.api = undefined;
        const tooLarge = isTooLarge(lastError);
        const cause = tooLarge
          ? new Error(`the implementation sent a frame larger than maxPayload; raise the limit if it is expected`)
          : (lastError ?? new Error(`the connection closed (${code})`));
        this.pending.failAll(
          (action) =>
            new TransportError(`${action}: the connection closed: ${cause.message}`, action, { cause: lastError, code: tooLarge ? 'too_large' : 'closed' }),
        );
        if (!this.closed) this.setState('connecting', { error: cause });
      }
      if (this.event === ws) this.event = undefined;
      if (!this.api && !this.event && !this.closed) this.idle();
    });
    if (takesCalls && this.current !== 'open') this.setState('open');
  }

  /** No connection is left: release the bot unless one comes back within `idleMs`. */
  private idle(): void {
    if (this.idleMs === Infinity) return;
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }

  /** Closes this bot's connections and releases it (the implementation will probably reconnect, as a new bot). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.released();
    const sockets = [...new Set([this.api, this.event])].filter((s): s is WebSocket => !!s);
    this.api = this.event = undefined;
    this.pending.failAll((action) => new TransportError(`${action}: the transport was closed`, action, { code: 'closed' }));
    this.setState('closed');
    await Promise.all(sockets.map(closeSocket));
  }

  private setState(state: ConnectionState, extra: Omit<StateChange, 'state'> = {}): void {
    this.current = state;
    this.states.emit({ state, ...extra });
  }
}

function refuse(socket: Duplex, status: number, text: string, body = ''): void {
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The token of an `Authorization` header; undefined when there is none or it is empty (a missing token, 401). */
function bearer(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(?:Bearer|Token)(?:\s+(.*))?$/i.exec(value.trim());
  const token = match ? (match[1] ?? '') : value.trim();
  return token === '' ? undefined : token;
}

function parseRole(value: string | undefined): ClientRole | undefined {
  if (value === undefined) return 'Universal';
  const role = (['Universal', 'API', 'Event'] as const).find((r) => r.toLowerCase() === value.toLowerCase());
  return role;
}

/** Compares secrets in constant time, so the time taken does not leak how much of a guess was right. */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

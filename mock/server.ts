/**
 * A OneBot 11 implementation made from the spec, for tests and for trying a bot without an
 * account: the HTTP API (`POST /{action}`) and forward WebSocket (universal `/`, split `/api` and
 * `/event`) on one port. Each call's parameters are validated against the spec's schema, the
 * answer is the spec's example (or what `handle` says), and every call is recorded. Events are
 * pushed to WebSocket clients and, optionally, POSTed (signed) to an HTTP receiver. It can also
 * connect to a reverse WebSocket server, as an implementation configured for reverse WS does.
 *
 * Every HTTP answer carries CORS headers and `OPTIONS` preflights are answered, so browser pages
 * (the generated Swagger UI's "Try it out") can call it.
 *
 * No request stops it: a malformed path, body or frame is answered with an error (HTTP 400, 413,
 * or a failed envelope), and slow requests time out. Acting as an implementation, it refuses a
 * token the way that implementation does (see `authorize`).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { ActionName, ActionParams, ActionResult, EventMap, ReceiveSegment, SendSegment } from '../generated/typescript/index.js';
import { narrowModel } from '../generator/model/profile.js';
import type { Action, Model } from '../generator/model/types.js';
import { stringify, type CQSegment } from '../runtime/cq-code.js';
import { checkAccessToken } from '../runtime/errors.js';
import { bundledModel } from './model.js';
import { ParamsValidator } from './validator.js';

export interface MockOptions {
  /** The model to serve; the one `pnpm generate` wrote from the spec (generated/model/model.json) when omitted. */
  model?: Model;
  /**
   * Behave as this implementation (`napcat`, `go-cqhttp`, ...): only its actions, its parameter
   * and result variants, its examples. Without it the mock serves the whole spec as written.
   */
  implementation?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  accessToken?: string;
  /** The bot's QQ number in pushed events. Default 10001. */
  selfId?: number;
  /** How pushed events carry `message`: a CQ string or segments. Default `array`. */
  messageFormat?: 'string' | 'array';
  /** Reject parameters the spec does not know. Default true. */
  strict?: boolean;
  /** Also POST every pushed event here, signed with `secret` when given. */
  post?: { url: string; secret?: string };
  /** The largest HTTP request body accepted, in bytes; a larger one is answered 413. Default 16 MiB. */
  maxBodyBytes?: number;
  /** The largest WebSocket frame accepted, in bytes; a larger one closes the connection (1009). Default 16 MiB. */
  maxPayload?: number;
  /** Milliseconds a request may take to arrive, headers and body. Default 30 000. */
  requestTimeoutMs?: number;
}

/** How an implementation checks the access token, as its source does it. */
type AuthStyle = 'standard' | 'napcat' | 'lagrange';

/** A refused token: the HTTP status, and (NapCat over WebSocket) whether to accept and then refuse. */
type AuthOutcome = { ok: true } | { ok: false; status: 401 | 403 };

/** What an action takes, as the generated types say (any object for a name they do not know: an alias, `_async`). */
export type MockParams<A extends string> = A extends ActionName ? ActionParams<A> : Record<string, unknown>;
/** What an action answers, as the generated types say. */
export type MockResult<A extends string> = A extends ActionName ? ActionResult<A> : unknown;

/** One call the mock received. */
export interface MockCall<A extends string = string> {
  /** The name it was called by (an alias or an `_async` name as sent). */
  action: A;
  /** As sent: typed by the action, but not checked when `errors` is not empty. */
  params: MockParams<A>;
  transport: 'http' | 'ws';
  /** Empty when the parameters are valid. */
  errors: string[];
  /** The envelope it answered with. */
  response: Envelope;
}

interface Envelope {
  status: 'ok' | 'async' | 'failed';
  retcode: number;
  data: unknown;
  message: string;
  wording: string;
  echo?: unknown;
}

/** Throw this from a `handle` handler to answer with a failure. */
export class MockFailure extends Error {
  constructor(
    readonly retcode: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Answers one action instead of the spec's example: return the result (or a promise of it), or
 * throw `MockFailure` to answer with a failure of that retcode. Anything else thrown is a failure
 * with retcode 1500 and the error's message.
 */
export type MockHandler<A extends string = string> = (
  params: MockParams<A>,
  call: { action: string; transport: 'http' | 'ws' },
) => MockResult<A> | Promise<MockResult<A>>;

/** The fields of an event to push, by its name in `EventMap` (`'message.group'`, `'notice.notify.poke'`). */
export type MockEventFields<N extends keyof EventMap> = Partial<Omit<EventMap[N], 'message'>> & {
  /** Segments (as the `seg` builders make them, or as received) or a CQ string. */
  message?: string | readonly (SendSegment | ReceiveSegment)[];
};

/** Any event, as the wire carries it; `time` and `self_id` are filled in when missing. */
export interface MockRawEvent {
  post_type: string;
  [field: string]: unknown;
}

/** Options of the waits (`waitForCall`, `waitForEventConnection`). */
export interface MockWaitOptions {
  /** Default 5 000. The promise rejects with an error naming what it waited for. */
  timeoutMs?: number;
}

export class MockServer {
  /** Every call received, in order. */
  readonly calls: MockCall[] = [];
  /** Every answer to a quick operation posted back by the HTTP receiver. */
  readonly quickOperations: unknown[] = [];
  private readonly actions = new Map<string, { action: Action; variant?: string }>();
  private readonly handlers = new Map<string, MockHandler<never>>();
  private readonly waiters = new Set<() => void>();
  private readonly validator: ParamsValidator;
  private readonly wss: WebSocketServer;
  private readonly eventSockets = new Set<WebSocket>();
  private readonly authStyle: AuthStyle;

  private constructor(
    readonly model: Model,
    private readonly server: Server,
    private readonly options: MockOptions,
    validator: ParamsValidator,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? 16 * 1024 * 1024 });
    this.authStyle = options.implementation === 'napcat' ? 'napcat' : options.implementation === 'lagrange' ? 'lagrange' : 'standard';
    this.validator = validator;
    for (const action of model.actions) {
      const names = [action.name, ...action.aliases.map((a) => a.name)];
      for (const name of names) {
        this.actions.set(name, { action });
        for (const id of action.variants) {
          const suffix = model.callVariants.find((v) => v.id === id)?.suffix;
          if (suffix) this.actions.set(name + suffix, { action, variant: id });
        }
      }
    }
    server.on('request', (req, res) => void this.http(req, res).catch((error: unknown) => this.failed(res, error)));
    server.on('upgrade', (req, socket, head) => {
      socket.on('error', () => undefined);
      try {
        this.upgrade(req, socket, head);
      } catch {
        socket.destroy();
      }
    });
  }

  /**
   * Starts the mock and resolves once it listens.
   *
   * @example
   * ```ts
   * const mock = await MockServer.start({ implementation: 'napcat', accessToken: 't' });
   * const bot = new OneBotClient(new WsForwardTransport({ url: mock.wsUrl, accessToken: 't' }));
   * ```
   */
  static async start(options: MockOptions = {}): Promise<MockServer> {
    checkAccessToken(options.accessToken);
    const loaded = options.model ?? (await bundledModel());
    if (options.implementation && !loaded.implementations.some((i) => i.id === options.implementation)) {
      throw new Error(`unknown implementation '${options.implementation}': the spec has ${loaded.implementations.map((i) => i.id).join(', ')}`);
    }
    const model = options.implementation ? narrowModel(loaded, options.implementation) : loaded;
    const validator = await ParamsValidator.create(model, options.strict ?? true);
    const requestTimeout = options.requestTimeoutMs ?? 30_000;
    // Node checks these bounds every connectionsCheckingInterval (30 s unless told).
    const server = createServer({
      requestTimeout,
      headersTimeout: Math.min(requestTimeout, 10_000),
      connectionsCheckingInterval: Math.min(1_000, requestTimeout / 2),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new MockServer(model, server, options, validator);
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The HTTP API, e.g. `http://127.0.0.1:5700`. */
  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The forward WebSocket (universal; add `/api` or `/event` for the split pair). */
  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /**
   * Answers `action` (its aliases too, and by the same name its `_async` variants are accepted)
   * with what `handler` returns instead of the example. The parameters are validated first.
   *
   * @example
   * ```ts
   * mock.handle('get_group_member_list', ({ group_id }) => [{ group_id: Number(group_id), user_id: 1, nickname: 'a', card: '', role: 'owner' }]);
   * mock.handle('delete_msg', () => { throw new MockFailure(1200, 'message not found'); });
   * ```
   */
  handle<A extends ActionName | (string & {})>(action: A, handler: MockHandler<A>): this {
    this.handlers.set(action, handler as MockHandler<never>);
    return this;
  }

  /** The calls of one action, in order, typed by it. */
  callsOf<A extends ActionName | (string & {})>(action: A): MockCall<A>[] {
    return this.calls.filter((c): c is MockCall<A> => c.action === action);
  }

  /**
   * The first call of `action` received since the mock started or was `reset()`, waiting for it
   * when there is none yet. Rejects after `timeoutMs`, naming the action.
   *
   * @example
   * ```ts
   * await mock.emit('message.group', { group_id: 1, user_id: 2, message: [seg.text('ping')] });
   * const reply = await mock.waitForCall('send_group_msg');
   * expect(reply.params.group_id).toBe(1);
   * ```
   */
  waitForCall<A extends ActionName | (string & {})>(action: A, options: MockWaitOptions = {}): Promise<MockCall<A>> {
    return this.waitFor(() => this.callsOf(action)[0], `a call of ${action}`, options);
  }

  /** Resolves once a client receives events (a forward WebSocket, or a reverse one the mock made). */
  waitForEventConnection(options: MockWaitOptions = {}): Promise<void> {
    return this.waitFor(() => (this.eventSockets.size > 0 ? true : undefined), 'an event connection', options).then(() => undefined);
  }

  /** Forgets every call and posted quick operation (between tests). */
  reset(): void {
    this.calls.length = 0;
    this.quickOperations.length = 0;
  }

  /** How many WebSocket connections receive events. */
  get eventConnections(): number {
    return this.eventSockets.size;
  }

  /**
   * Pushes an event by its name in `EventMap`: the spec's example of that event with `fields` over
   * it, so a test states only what matters to it. The name must be one event's full name.
   *
   * @example
   * ```ts
   * await mock.emit('message.group', { group_id: 123, user_id: 456, message: [seg.at(10001), seg.text(' hi')] });
   * await mock.emit('notice.notify.poke', { group_id: 123, user_id: 456, target_id: 10001 });
   * ```
   */
  emit<N extends keyof EventMap>(name: N, fields: MockEventFields<N> = {}): Promise<void> {
    const event = this.model.events.find((e) => e.discriminators.map((d) => d.value).join('.') === name);
    if (!event) {
      const names = this.model.events.map((e) => e.discriminators.map((d) => d.value).join('.'));
      throw new Error(
        `emit: '${name}' is not the name of one event${this.model.profile ? ` of ${this.model.profile}` : ''}; the names are ${names.join(', ')}`,
      );
    }
    const base: Record<string, unknown> = event.examples[0] ? structuredClone(event.examples[0].value) : {};
    for (const d of event.discriminators) base[d.key] = d.value;
    return this.push({
      ...base,
      self_id: this.options.selfId ?? 10001,
      time: Math.floor(Date.now() / 1000),
      ...(fields as Record<string, unknown>),
    } as unknown as MockRawEvent);
  }

  /**
   * Pushes any event as it is, one the spec does not know included, to every event connection
   * (and the POST receiver, when configured). `time` and `self_id` are filled in when missing; a
   * `message` of segments becomes a CQ string when the mock's `messageFormat` is `string`.
   */
  async push(event: MockRawEvent): Promise<void> {
    const shaped: Record<string, unknown> = { time: Math.floor(Date.now() / 1000), self_id: this.options.selfId ?? 10001, ...event };
    if (this.options.messageFormat === 'string' && Array.isArray(shaped.message)) shaped.message = stringify(shaped.message as CQSegment[]);
    const text = JSON.stringify(shaped);
    for (const socket of this.eventSockets) socket.send(text);
    if (this.options.post) await this.postEvent(text, this.options.post);
  }

  /** Pushes the spec's first example of an event (by its id, e.g. `group_recall`), with `overrides`. */
  pushExample(eventId: string, overrides: Record<string, unknown> = {}): Promise<void> {
    const event = this.model.events.find((e) => e.id === eventId);
    const example = event?.examples[0];
    if (!example) throw new Error(`the spec has no example of an event '${eventId}'`);
    // The example's self_id is the spec's; the event comes from this mock's bot.
    return this.push({ ...(structuredClone(example.value) as MockRawEvent), self_id: this.options.selfId ?? 10001, ...overrides });
  }

  /** Answers a call as the mock does, whatever transport it came on. */
  async answer(name: string, params: unknown, transport: 'http' | 'ws'): Promise<Envelope | undefined> {
    const found = this.actions.get(name);
    if (!found) return undefined;
    const { action, variant } = found;
    const errors =
      typeof params === 'object' && params !== null && !Array.isArray(params) ? this.validator.check(action, params) : ['params must be an object'];
    let response: Envelope;
    if (errors.length) response = envelope('failed', 1400, null, `invalid parameters: ${errors.join('; ')}`);
    else if (variant) response = envelope('async', 1, null);
    else response = await this.result(name, action, params as Record<string, unknown>, transport);
    this.calls.push({ action: name, params: params as MockParams<string>, transport, errors, response });
    return response;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    for (const socket of this.eventSockets) socket.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Probes every wait again: after a call is answered (so a test sees it once its answer is on the way), or a connection. */
  private wake(): void {
    for (const wake of this.waiters) wake();
  }

  /** Resolves with what `probe` finds, probing again after every call or connection. */
  private waitFor<T>(probe: () => T | undefined, what: string, options: MockWaitOptions): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    const timeoutMs = options.timeoutMs ?? 5_000;
    return new Promise<T>((resolve, reject) => {
      const wake = () => {
        const value = probe();
        if (value === undefined) return;
        this.waiters.delete(wake);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`the mock waited ${timeoutMs} ms for ${what}, and none came`));
      }, timeoutMs);
      this.waiters.add(wake);
    });
  }

  private async result(name: string, action: Action, params: Record<string, unknown>, transport: 'http' | 'ws'): Promise<Envelope> {
    const handler = this.handlers.get(name) ?? this.handlers.get(action.name);
    if (handler) {
      try {
        return envelope('ok', 0, (await handler(params as never, { action: name, transport })) ?? null);
      } catch (error) {
        if (error instanceof MockFailure) return envelope('failed', error.retcode, null, error.message);
        return envelope('failed', 1500, null, (error as Error).message);
      }
    }
    // As one implementation, the profile's examples are all of its shape, its own first. As the
    // whole spec, the general example; failing that, any implementation's (its shape may differ).
    const examples = action.examples.filter((e) => e.result !== undefined);
    const example = this.model.profile ? examples[0] : (examples.find((e) => !e.implementation) ?? examples[0]);
    return envelope('ok', 0, example ? structuredClone(example.result) : null);
  }

  /**
   * The token check of the implementation the mock acts as. The standard and go-cqhttp
   * (server/http.go, checkAuth): `Authorization` (after its scheme) or else `?access_token=`;
   * none or empty is 401, a wrong one 403. NapCat (network/http-server.ts, websocket-server.ts):
   * `?access_token=` or else the header after `Bearer `; anything but the token is refused, 403
   * over HTTP, and over WebSocket by accepting, sending a 1403 failure and closing. Lagrange
   * (HttpService.cs, ForwardWSService.cs): the header must be `Bearer <token>`; over HTTP none is
   * 401 and a wrong one 403, over WebSocket both are 403.
   */
  private authorize(req: IncomingMessage, url: URL, transport: 'http' | 'ws'): AuthOutcome {
    const token = this.options.accessToken;
    if (!token) return { ok: true };
    const header = req.headers.authorization;
    const query = url.searchParams.get('access_token');
    let given: string | undefined;
    if (this.authStyle === 'napcat') {
      given = query || (header?.split('Bearer ').pop() ?? '');
      return sameText(given, token) ? { ok: true } : { ok: false, status: 403 };
    }
    if (this.authStyle === 'lagrange') {
      const authorization = header ?? (query !== null ? `Bearer ${query}` : undefined);
      if (authorization === undefined) return { ok: false, status: transport === 'ws' ? 403 : 401 };
      return sameText(authorization, `Bearer ${token}`) ? { ok: true } : { ok: false, status: 403 };
    }
    if (header) {
      const space = header.indexOf(' ');
      given = space < 0 ? header : header.slice(space + 1);
    } else given = query ?? '';
    if (given === '') return { ok: false, status: 401 };
    return sameText(given, token) ? { ok: true } : { ok: false, status: 403 };
  }

  /** A request that failed unexpectedly: answered 500, and the server goes on. */
  private failed(res: ServerResponse, error: unknown): void {
    if (!res.headersSent && !res.destroyed)
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`the mock failed: ${(error as Error)?.message ?? String(error)}`);
    else res.destroy();
  }

  private async http(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Every answer allows any page to read it, so a browser page (Swagger UI's "Try it out",
    // opened from disk or another port) can call the mock; the token check below still applies.
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      // A preflight carries no token; it only asks whether the real request may be sent. Chromium
      // also asks before a page reaches a private address (Private Network Access).
      if (req.headers['access-control-request-private-network'] === 'true') res.setHeader('access-control-allow-private-network', 'true');
      req.resume();
      return void res.writeHead(204, { 'access-control-max-age': '600' }).end();
    }
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      if (body === undefined) return void res.writeHead(status, headers).end();
      // Serialised first: an answer JSON cannot hold (a handler's BigInt) becomes a clean 500.
      const text = JSON.stringify(body);
      res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(text);
    };
    let url: URL;
    let name: string;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      name = decodeURIComponent(url.pathname.slice(1));
    } catch {
      return send(400, envelope('failed', 1400, null, 'the request path is not a valid URL path'), { connection: 'close' });
    }
    const auth = this.authorize(req, url, 'http');
    if (!auth.ok) {
      if (this.authStyle === 'napcat') return send(403, { message: 'token verify failed!' }, { connection: 'close' });
      return send(auth.status, undefined, { connection: 'close' });
    }
    const limit = this.options.maxBodyBytes ?? 16 * 1024 * 1024;
    const raw = await readBody(req, limit);
    if (raw === undefined) {
      send(413, envelope('failed', 1413, null, `the request body is larger than ${limit} bytes`), { connection: 'close' });
      return;
    }
    let params: unknown = {};
    if (raw.trim()) {
      if (!/json/i.test(req.headers['content-type'] ?? '')) return send(406);
      try {
        params = JSON.parse(raw);
      } catch {
        return send(400, envelope('failed', 1400, null, 'the request body is not JSON'));
      }
    }
    const response = await this.answer(name, params, 'http');
    if (!response) return send(404);
    send(200, response);
    this.wake();
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const auth = this.authorize(req, url, 'ws');
    if (!auth.ok && this.authStyle !== 'napcat') {
      socket.end(`HTTP/1.1 ${auth.status} ${auth.status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const path = url.pathname.replace(/\/+$/, '');
    const role = path === '/api' ? 'api' : path === '/event' ? 'event' : 'universal';
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      if (auth.ok) return this.serve(ws, role);
      // NapCat accepts the connection, says why it refuses it with no echo, and closes.
      ws.on('error', () => undefined);
      ws.send(JSON.stringify({ ...envelope('failed', 1403, null, 'token验证失败'), echo: null }));
      ws.close();
    });
  }

  /**
   * Connects to a reverse WebSocket server as the implementation does, with `X-Self-ID`,
   * `X-Client-Role` and the token: one `Universal` connection, or `API` + `Event` when `split`.
   * Resolves once connected; rejects when the server refuses. `closed` resolves when a connection
   * closes (to connect again, as implementations do).
   */
  async connectReverse(options: { url: string; accessToken?: string; selfId?: number; split?: boolean }): Promise<{ close(): void; closed: Promise<void> }> {
    const roles = options.split ? (['API', 'Event'] as const) : (['Universal'] as const);
    const sockets = await Promise.all(
      roles.map(
        (role) =>
          new Promise<WebSocket>((resolve, reject) => {
            const headers: Record<string, string> = { 'x-self-id': String(options.selfId ?? this.options.selfId ?? 10001), 'x-client-role': role };
            if (options.accessToken) headers.authorization = `Bearer ${options.accessToken}`;
            const ws = new WebSocket(options.url, { headers });
            ws.once('open', () => {
              this.serve(ws, role === 'API' ? 'api' : role === 'Event' ? 'event' : 'universal');
              resolve(ws);
            });
            ws.once('error', reject);
          }),
      ),
    );
    // Closed when any of its connections closes (the server went away, or `close`).
    const closed = Promise.race(
      sockets.map((ws) => new Promise<void>((resolve) => (ws.readyState === WebSocket.CLOSED ? resolve() : ws.once('close', () => resolve())))),
    );
    return { close: () => sockets.forEach((ws) => ws.terminate()), closed };
  }

  /** Serves one connection, accepted or made: answers calls unless it is `event`, pushes events unless it is `api`. */
  private serve(ws: WebSocket, role: 'api' | 'event' | 'universal'): void {
    ws.on('error', () => undefined);
    if (role !== 'api') {
      this.eventSockets.add(ws);
      this.wake();
      ws.on('close', () => this.eventSockets.delete(ws));
      ws.send(
        JSON.stringify({
          time: Math.floor(Date.now() / 1000),
          self_id: this.options.selfId ?? 10001,
          post_type: 'meta_event',
          meta_event_type: 'lifecycle',
          sub_type: 'connect',
        }),
      );
    }
    if (role === 'event') return;
    ws.on('message', (data) => void this.answerFrame(ws, data.toString()));
  }

  /** Answers one frame on `ws`; nothing it does can throw out of the socket's listener. */
  private async answerFrame(ws: WebSocket, data: string): Promise<void> {
    let response: Envelope | undefined;
    let text: string;
    try {
      response = await this.frame(data);
      text = JSON.stringify(response);
    } catch (error) {
      // A handler's answer JSON cannot hold: a failure that still answers the call (its echo).
      const failure: Envelope = envelope('failed', 1500, null, `the mock failed: ${(error as Error)?.message ?? String(error)}`);
      if (response?.echo !== undefined) failure.echo = response.echo;
      text = JSON.stringify(failure);
    }
    if (ws.readyState === WebSocket.OPEN) ws.send(text);
    this.wake();
  }

  /** The answer to one frame: anything but a JSON object with an `action` is answered with a failure. */
  private async frame(data: string): Promise<Envelope> {
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch {
      return envelope('failed', 1400, null, 'the frame is not JSON');
    }
    if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) return envelope('failed', 1400, null, 'the frame is not a JSON object');
    const { action, params, echo } = frame as { action?: unknown; params?: unknown; echo?: unknown };
    const name = typeof action === 'string' ? action : '';
    const response = (await this.answer(name, params ?? {}, 'ws')) ?? envelope('failed', 1404, null, `no such action: ${name}`);
    return echo === undefined ? response : { ...response, echo };
  }

  private async postEvent(text: string, post: { url: string; secret?: string }): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-self-id': String(this.options.selfId ?? 10001) };
    if (post.secret) headers['x-signature'] = `sha1=${createHmac('sha1', post.secret).update(text).digest('hex')}`;
    const response = await fetch(post.url, { method: 'POST', headers, body: text });
    if (response.status === 200) this.quickOperations.push(await response.json());
    else await response.arrayBuffer();
  }
}

/** The CORS answer of every HTTP response: any origin, the methods and headers OneBot's HTTP API uses. */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type',
} as const;

/** The body as text, or undefined once it passes `limit` bytes (the rest is discarded unread). */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      return resolve(undefined);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume();
      resolve(undefined);
    };
    req.on('data', onData);
    req.on('end', () => size <= limit && resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.on('error', reject);
  });
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function envelope(status: Envelope['status'], retcode: number, data: unknown, message = ''): Envelope {
  return { status, retcode, data, message, wording: message };
}

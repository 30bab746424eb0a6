/**
 * A OneBot 11 implementation made from the spec, for tests and for trying a bot without an
 * account: the HTTP API (`POST /{action}`) and forward WebSocket (universal `/`, split `/api` and
 * `/event`) on one port. Each call's parameters are validated against the spec's schema, the
 * answer is the spec's example (or what `handle` says), and every call is recorded. Events are
 * pushed to WebSocket clients and, optionally, POSTed (signed) to an HTTP receiver. It can also
 * connect to a reverse WebSocket server, as an implementation configured for reverse WS does.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { loadSpec } from '../generator/load/index.js';
import { narrowModel } from '../generator/model/profile.js';
import type { Action, Model } from '../generator/model/types.js';
import { stringify, type CQSegment } from '../runtime/cq-code.js';
import { ParamsValidator } from './validator.js';

export interface MockOptions {
  /** The model to serve; loaded from `specDir` (default: this repository's spec/) when omitted. */
  model?: Model;
  specDir?: string;
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
}

/** One call the mock received. */
export interface MockCall {
  action: string;
  params: unknown;
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

export type MockHandler = (params: Record<string, unknown>, call: { action: string; transport: 'http' | 'ws' }) => unknown;

export class MockServer {
  /** Every call received, in order. */
  readonly calls: MockCall[] = [];
  /** Every answer to a quick operation posted back by the HTTP receiver. */
  readonly quickOperations: unknown[] = [];
  private readonly actions = new Map<string, { action: Action; variant?: string }>();
  private readonly handlers = new Map<string, MockHandler>();
  private readonly validator: ParamsValidator;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly eventSockets = new Set<WebSocket>();

  private constructor(
    readonly model: Model,
    private readonly server: Server,
    private readonly options: MockOptions,
  ) {
    this.validator = new ParamsValidator(model, options.strict ?? true);
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
    server.on('request', (req, res) => void this.http(req, res));
    server.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
  }

  static async start(options: MockOptions = {}): Promise<MockServer> {
    const loaded = options.model ?? (await loadModel(options.specDir ?? new URL('../spec', import.meta.url).pathname));
    if (options.implementation && !loaded.implementations.some((i) => i.id === options.implementation)) {
      throw new Error(`unknown implementation '${options.implementation}': the spec has ${loaded.implementations.map((i) => i.id).join(', ')}`);
    }
    const model = options.implementation ? narrowModel(loaded, options.implementation) : loaded;
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new MockServer(model, server, options);
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

  /** Answers `action` (its variants and aliases too) with what `handler` returns instead of the example. */
  handle(action: string, handler: MockHandler): this {
    this.handlers.set(action, handler);
    return this;
  }

  /** The calls of one action. */
  callsOf(action: string): MockCall[] {
    return this.calls.filter((c) => c.action === action);
  }

  /** How many WebSocket connections receive events. */
  get eventConnections(): number {
    return this.eventSockets.size;
  }

  /** Pushes an event to every event connection (and the POST receiver, when configured). */
  async push(event: Record<string, unknown>): Promise<void> {
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
    return this.push({ ...structuredClone(example.value), self_id: this.options.selfId ?? 10001, ...overrides });
  }

  /** Answers a call as the mock does, whatever transport it came on. */
  answer(name: string, params: unknown, transport: 'http' | 'ws'): Envelope | undefined {
    const found = this.actions.get(name);
    if (!found) return undefined;
    const { action, variant } = found;
    const errors = typeof params === 'object' && params !== null && !Array.isArray(params) ? this.validator.check(action, params) : ['params must be an object'];
    let response: Envelope;
    if (errors.length) response = envelope('failed', 1400, null, `invalid parameters: ${errors.join('; ')}`);
    else if (variant) response = envelope('async', 1, null);
    else response = this.result(name, action, params as Record<string, unknown>, transport);
    this.calls.push({ action: name, params, transport, errors, response });
    return response;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    for (const socket of this.eventSockets) socket.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private result(name: string, action: Action, params: Record<string, unknown>, transport: 'http' | 'ws'): Envelope {
    const handler = this.handlers.get(name) ?? this.handlers.get(action.name);
    if (handler) {
      try {
        return envelope('ok', 0, handler(params, { action: name, transport }) ?? null);
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

  private authorize(req: IncomingMessage): 200 | 401 | 403 {
    const token = this.options.accessToken;
    if (!token) return 200;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const header = req.headers.authorization;
    const given = header !== undefined ? header.replace(/^(Bearer|Token)\s+/i, '') : (url.searchParams.get('access_token') ?? undefined);
    if (given === undefined) return 401;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b) ? 200 : 403;
  }

  private async http(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body?: unknown) => {
      if (body === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const status = this.authorize(req);
    if (status !== 200) return send(status);
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname.slice(1));
    let params: unknown = {};
    if (raw.trim()) {
      if (!/json/i.test(req.headers['content-type'] ?? '')) return send(406);
      try {
        params = JSON.parse(raw);
      } catch {
        return send(400);
      }
    }
    const response = this.answer(name, params, 'http');
    if (!response) return send(404);
    send(200, response);
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const status = this.authorize(req);
    if (status !== 200) {
      socket.end(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
    const role = path === '/api' ? 'api' : path === '/event' ? 'event' : 'universal';
    this.wss.handleUpgrade(req, socket, head, (ws) => this.serve(ws, role));
  }

  /**
   * Connects to a reverse WebSocket server as the implementation does, with `X-Self-ID`,
   * `X-Client-Role` and the token: one `Universal` connection, or `API` + `Event` when `split`.
   * Resolves once connected; rejects when the server refuses.
   */
  async connectReverse(options: { url: string; accessToken?: string; selfId?: number; split?: boolean }): Promise<{ close(): void }> {
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
    return { close: () => sockets.forEach((ws) => ws.terminate()) };
  }

  /** Serves one connection, accepted or made: answers calls unless it is `event`, pushes events unless it is `api`. */
  private serve(ws: WebSocket, role: 'api' | 'event' | 'universal'): void {
    ws.on('error', () => undefined);
    if (role !== 'api') {
      this.eventSockets.add(ws);
      ws.on('close', () => this.eventSockets.delete(ws));
      ws.send(JSON.stringify({ time: Math.floor(Date.now() / 1000), self_id: this.options.selfId ?? 10001, post_type: 'meta_event', meta_event_type: 'lifecycle', sub_type: 'connect' }));
    }
    if (role === 'event') return;
    ws.on('message', (data) => {
      let frame: { action?: unknown; params?: unknown; echo?: unknown };
      try {
        frame = JSON.parse(data.toString());
      } catch {
        ws.send(JSON.stringify(envelope('failed', 1400, null, 'the frame is not JSON')));
        return;
      }
      const name = typeof frame.action === 'string' ? frame.action : '';
      const response = this.answer(name, frame.params ?? {}, 'ws') ?? envelope('failed', 1404, null, `no such action: ${name}`);
      ws.send(JSON.stringify(frame.echo === undefined ? response : { ...response, echo: frame.echo }));
    });
  }

  private async postEvent(text: string, post: { url: string; secret?: string }): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-self-id': String(this.options.selfId ?? 10001) };
    if (post.secret) headers['x-signature'] = `sha1=${createHmac('sha1', post.secret).update(text).digest('hex')}`;
    const response = await fetch(post.url, { method: 'POST', headers, body: text });
    if (response.status === 200) this.quickOperations.push(await response.json());
    else await response.arrayBuffer();
  }
}

function envelope(status: Envelope['status'], retcode: number, data: unknown, message = ''): Envelope {
  return { status, retcode, data, message, wording: message };
}

async function loadModel(specDir: string): Promise<Model> {
  const result = await loadSpec(specDir);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.model || errors.length) throw new Error(`the spec at ${specDir} does not load:\n${errors.map((e) => e.message).join('\n')}`);
  return result.model;
}

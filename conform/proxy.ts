/**
 * A proxy between a bot and a OneBot 11 implementation that checks the traffic against the
 * implementation's profile of the spec, for `pnpm conform proxy`.
 *
 * It changes nothing: every WebSocket frame is sent on as the bytes it arrived as, in order, before
 * it is checked, and HTTP bodies are streamed through while a bounded copy is kept for checking. A
 * WebSocket upgrade is completed for the bot only once the implementation has accepted it, so a
 * refusal (401, 403) reaches the bot as the implementation gave it. When one side is slow, reading
 * from the other pauses instead of queueing without bound.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { Model } from '../generator/model/types.js';
import { ConformanceChecker, type CheckerLimits, type Direction } from './checker.js';
import type { ConformReport } from './report.js';

export interface ProxyOptions extends CheckerLimits {
  model: Model;
  implementation: string;
  /** The implementation: `ws://…` or `http://…` (its other transport is reached on the same address). */
  upstream: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Sent to the implementation as `Authorization: Bearer …` when the bot sends no token of its own. */
  token?: string;
  /** The largest frame either side may send, in bytes. Default 64 MiB. */
  maxPayload?: number;
  /** How much of an HTTP body is kept for checking; a larger body passes unchecked. Default 4 MiB. */
  maxCheckedBody?: number;
}

/** Headers that describe one hop's connection, not the message: never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'host',
  'te',
  'trailer',
  'proxy-authorization',
  'proxy-authenticate',
]);
/** Sent bytes in flight on one socket above which reading from the other side pauses. */
const HIGH_WATER = 4 * 1024 * 1024;

export class ConformProxy {
  readonly checker: ConformanceChecker;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly startedAt = new Date();
  private readonly upstream: URL;

  private constructor(
    private readonly server: Server,
    private readonly options: ProxyOptions,
  ) {
    this.checker = new ConformanceChecker(options.model, options.implementation, options);
    this.upstream = new URL(options.upstream);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? 64 * 1024 * 1024, perMessageDeflate: false });
    server.on('upgrade', (req, socket, head) => {
      socket.on('error', () => undefined);
      this.upgrade(req, socket, head);
    });
    server.on('request', (req, res) => this.http(req, res));
  }

  static async start(options: ProxyOptions): Promise<ConformProxy> {
    const upstream = new URL(options.upstream);
    if (!['ws:', 'wss:', 'http:', 'https:'].includes(upstream.protocol))
      throw new Error(`the upstream must be a ws://, wss://, http:// or https:// address, not ${upstream.protocol}`);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new ConformProxy(server, options);
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Where bots connect: `ws://127.0.0.1:<port>` (the HTTP API is on the same port). */
  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  report(): ConformReport {
    return {
      mode: 'proxy',
      implementation: this.options.implementation,
      target: publicAddress(this.upstream),
      startedAt: this.startedAt.toISOString(),
      durationMs: Date.now() - this.startedAt.getTime(),
      summary: this.checker.summary(),
    };
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** The implementation's address for a request path, on the transport asked for. */
  private target(path: string | undefined, transport: 'ws' | 'http'): URL {
    const incoming = new URL(path ?? '/', 'http://proxy');
    const target = new URL(this.upstream.href);
    const secure = target.protocol === 'wss:' || target.protocol === 'https:';
    target.protocol = transport === 'ws' ? (secure ? 'wss:' : 'ws:') : secure ? 'https:' : 'http:';
    target.pathname = target.pathname.replace(/\/$/, '') + incoming.pathname;
    target.search = incoming.search;
    return target;
  }

  private headers(incoming: IncomingHttpHeaders, target: URL): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(incoming)) {
      if (value === undefined || HOP_BY_HOP.has(name) || name.startsWith('sec-websocket-')) continue;
      out[name] = value;
    }
    if (this.options.token && !incoming.authorization && !target.searchParams.has('access_token')) out.authorization = `Bearer ${this.options.token}`;
    return out;
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const target = this.target(req.url, 'ws');
    const upstream = new WebSocket(target, {
      headers: this.headers(req.headers, target),
      perMessageDeflate: false,
      maxPayload: this.options.maxPayload ?? 64 * 1024 * 1024,
    });
    const early: [RawData, boolean][] = [];
    let client: WebSocket | undefined;
    let refused = false;
    upstream.on('unexpected-response', (_request, response) => {
      refused = true;
      // The implementation refused the upgrade: the bot gets the same status and body.
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        if ((size += chunk.length) <= 64 * 1024) chunks.push(chunk);
      });
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const type = response.headers['content-type'];
        socket.end(
          `HTTP/1.1 ${response.statusCode} ${response.statusMessage ?? ''}\r\nConnection: close\r\n${type ? `Content-Type: ${type}\r\n` : ''}Content-Length: ${body.length}\r\n\r\n${body.toString('latin1')}`,
          'latin1',
        );
      });
      upstream.terminate();
    });
    upstream.on('error', () => {
      if (refused) return;
      if (client) client.terminate();
      else if (!socket.destroyed) socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
    upstream.on('message', (data, isBinary) => {
      if (client) this.relay(data, isBinary, upstream, client, 'implementation');
      else early.push([data, isBinary]);
    });
    upstream.on('open', () => {
      this.sockets.add(upstream);
      upstream.on('close', () => this.sockets.delete(upstream));
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        client = ws;
        this.sockets.add(ws);
        ws.on('error', () => undefined);
        for (const [data, isBinary] of early.splice(0)) this.relay(data, isBinary, upstream, ws, 'implementation');
        ws.on('message', (data, isBinary) => this.relay(data, isBinary, ws, upstream, 'bot'));
        ws.on('close', (code, reason) => {
          this.sockets.delete(ws);
          closeLike(upstream, code, reason);
        });
        upstream.on('close', (code, reason) => closeLike(ws, code, reason));
      });
    });
  }

  /** Sends a frame on as it came, then checks it; pauses `from` while `to` has too much unsent. */
  private relay(data: RawData, isBinary: boolean, from: WebSocket, to: WebSocket, direction: Direction): void {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
    if (to.readyState === WebSocket.OPEN) {
      to.send(bytes, { binary: isBinary }, () => {
        if (from.isPaused && to.bufferedAmount < HIGH_WATER / 2) from.resume();
      });
      if (to.bufferedAmount > HIGH_WATER) from.pause();
    }
    if (isBinary) this.checker.frame(direction, '\u0000binary');
    else this.checker.frame(direction, bytes.toString('utf8'));
  }

  private http(req: IncomingMessage, res: ServerResponse): void {
    const target = this.target(req.url, 'http');
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const limit = this.options.maxCheckedBody ?? 4 * 1024 * 1024;
    const requestBody = new BoundedCopy(limit);
    const forward = send(target, { method: req.method, headers: this.headers(req.headers, target) }, (response) => {
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(response.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      res.writeHead(response.statusCode ?? 502, response.statusMessage, headers);
      const responseBody = new BoundedCopy(limit);
      response.on('data', (chunk: Buffer) => responseBody.add(chunk));
      response.on('end', () => this.checkHttp(req, target, requestBody, response.statusCode ?? 0, responseBody));
      response.pipe(res);
    });
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('the implementation cannot be reached\n');
      else res.destroy();
    });
    req.on('data', (chunk: Buffer) => requestBody.add(chunk));
    req.pipe(forward);
  }

  private checkHttp(req: IncomingMessage, target: URL, body: BoundedCopy, status: number, answer: BoundedCopy): void {
    const base = this.upstream.pathname.replace(/\/$/, '');
    let action: string;
    try {
      action = decodeURIComponent(target.pathname.slice(base.length).replace(/^\/+|\/+$/g, ''));
    } catch {
      return;
    }
    const text = body.text();
    const json = (req.headers['content-type'] ?? '').includes('json') || (text !== undefined && /^\s*\{/.test(text));
    if (req.method === 'POST' && json && text !== undefined) this.checker.frame('bot', text.trim() ? text : '{}', action);
    // Query-string and form parameters are all strings on the wire: the call is counted, its types are not checked.
    else this.checker.uncheckedCall(action);
    const reply = answer.text();
    if (status === 200 && reply !== undefined) this.checker.frame('implementation', reply, action);
  }
}

/** Keeps the first `limit` bytes of a stream; `text()` is undefined when it kept less than all of it. */
class BoundedCopy {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private overflowed = false;

  constructor(private readonly limit: number) {}

  add(chunk: Buffer): void {
    if (this.overflowed) return;
    this.size += chunk.length;
    if (this.size > this.limit) {
      this.overflowed = true;
      this.chunks.length = 0;
    } else this.chunks.push(chunk);
  }

  text(): string | undefined {
    return this.overflowed ? undefined : Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Closes `socket` the way its peer closed: with the same code where a code can be sent. */
function closeLike(socket: WebSocket, code: number, reason: Buffer): void {
  if (socket.readyState === WebSocket.CLOSED || socket.readyState === WebSocket.CLOSING) return;
  const sendable = (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
  if (code === 1006) socket.terminate();
  else if (sendable) socket.close(code, reason);
  else socket.close();
}

/** An address as a report may show it: no user, password or token. */
export function publicAddress(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  if (copy.searchParams.has('access_token')) copy.searchParams.set('access_token', '***');
  return copy.href;
}

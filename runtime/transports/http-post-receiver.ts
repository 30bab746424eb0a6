/**
 * The HTTP POST event receiver: the implementation POSTs each event to it as JSON. When a secret
 * is set, the body must carry `X-Signature: sha1=<hex>`, the HMAC-SHA1 of the raw body with the
 * secret; the check runs on the bytes as received and compares in constant time. A handler may
 * answer an event with a quick operation, which goes back as the response body.
 *
 * Nothing a peer sends stops the server: a body over the limit is answered 413, one that takes too
 * long 408, malformed JSON 400, and a handler that throws (or answers something that is not JSON)
 * 500 with an error event.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventListener, EventSource } from '../transport.js';
import { asError, Listeners } from '../listeners.js';

export interface HttpPostReceiverOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Only POSTs to this path are accepted (any path when omitted). */
  path?: string;
  /** The implementation's `secret`; when set, unsigned and wrongly signed posts are refused. */
  secret?: string;
  /** Milliseconds handlers may take to produce a quick operation before the post is answered without one. Default 5 000. */
  handlerTimeoutMs?: number;
  /** Largest body accepted, in bytes; a larger one is answered 413. Default 16 MiB. */
  maxBodyBytes?: number;
  /** Milliseconds the whole body may take to arrive; a slower one is answered 408. Default 10 000. */
  bodyTimeoutMs?: number;
  /** Milliseconds the request headers may take (on the receiver's own server). Default 10 000. */
  headersTimeoutMs?: number;
}

/** Why a post's body was not read. */
class BodyError extends Error {
  constructor(
    readonly status: 408 | 413 | 400,
    message: string,
  ) {
    super(message);
  }
}

/** `sha1=<hex>` of the body, as the implementation signs it. */
export function signBody(body: string | Buffer, secret: string): string {
  return `sha1=${createHmac('sha1', secret).update(body).digest('hex')}`;
}

/** Whether `signature` (the `X-Signature` header) signs `body` with `secret`, in constant time. */
export function verifySignature(body: Buffer, signature: string | undefined, secret: string): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(signature.trim().toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export class HttpPostReceiver implements EventSource {
  readonly answersInline = true;
  private readonly listeners = new Set<EventListener>();
  private readonly errors = new Listeners<[Error]>();
  private server: Server | undefined;

  constructor(private readonly options: HttpPostReceiverOptions = {}) {}

  /** Starts a server of its own and resolves once it listens. */
  static async listen(options: HttpPostReceiverOptions = {}): Promise<HttpPostReceiver> {
    const receiver = new HttpPostReceiver(options);
    const headersTimeout = options.headersTimeoutMs ?? 10_000;
    // Node's own bound on a request (300 s by default) backs up the body timeout of handle().
    const requestTimeout = headersTimeout + (options.bodyTimeoutMs ?? 10_000) + 1_000;
    // Node checks these bounds every connectionsCheckingInterval (30 s unless told).
    const server = createServer(
      { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.min(1_000, headersTimeout / 2) },
      (req, res) => void receiver.handle(req, res),
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    receiver.server = server;
    return receiver;
  }

  /** The address to configure as the implementation's `post_url`. */
  get url(): string {
    if (!this.server) throw new Error('this receiver has no server of its own; it is mounted in another one');
    const { address, port } = this.server.address() as AddressInfo;
    return `http://${address.includes(':') ? `[${address}]` : address}:${port}${this.options.path ?? '/'}`;
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Handler errors and refused posts, for logging. */
  onError(listener: (error: Error) => void): () => void {
    return this.errors.add(listener);
  }

  /** Handles one request; usable as a route in a server of your own. Never rejects. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.answer(req, res);
    } catch (error) {
      // A quick operation JSON cannot express (a BigInt, a cycle), or a write that failed.
      this.errors.emit(asError(error));
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end();
      else res.destroy();
    }
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      if (body === undefined) res.writeHead(status, headers).end();
      else {
        const text = JSON.stringify(body);
        res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(text);
      }
    };
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return this.refuse(reply, 400, 'a post with a malformed URL was refused');
    }
    if (this.options.path !== undefined && pathname !== this.options.path) return reply(404);
    if (req.method !== 'POST') return reply(405);
    let body: Buffer;
    try {
      body = await readBody(req, this.options.maxBodyBytes ?? 16 * 1024 * 1024, this.options.bodyTimeoutMs ?? 10_000);
    } catch (error) {
      this.errors.emit(asError(error));
      const status = error instanceof BodyError ? error.status : 400;
      // The rest of the body is not read: the connection cannot be reused.
      if (!res.headersSent && !res.destroyed) res.writeHead(status, { connection: 'close' }).end(() => setTimeout(() => req.destroy(), 100).unref());
      return;
    }
    if (this.options.secret) {
      const signature = req.headers['x-signature'];
      if (typeof signature !== 'string') return this.refuse(reply, 401, 'a post without X-Signature was refused');
      if (!verifySignature(body, signature, this.options.secret)) return this.refuse(reply, 403, 'a post with a wrong X-Signature was refused');
    }
    let event: unknown;
    try {
      event = JSON.parse(body.toString('utf8'));
    } catch {
      return this.refuse(reply, 400, 'a post that is not JSON was refused');
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event)) return this.refuse(reply, 400, 'a post that is not a JSON object was refused');
    const { operation, failed } = await this.dispatch(event as Record<string, unknown>);
    // The standard: an empty 204 means no quick operation; a JSON object is one.
    if (operation !== undefined && operation !== null && typeof operation === 'object') reply(200, operation);
    else reply(failed ? 500 : 204);
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private refuse(reply: (status: number) => void, status: number, why: string): void {
    this.errors.emit(new Error(why));
    reply(status);
  }

  /**
   * Runs every listener; the first quick operation wins. Slow handlers answer nothing, not never.
   * `failed` when a listener threw or rejected (reported as an error event).
   */
  private async dispatch(event: Record<string, unknown>): Promise<{ operation: unknown; failed: boolean }> {
    const results: unknown[] = [];
    let failed = false;
    for (const listener of this.listeners) {
      try {
        results.push(listener(event));
      } catch (error) {
        failed = true;
        this.errors.emit(asError(error));
      }
    }
    if (!results.some((r) => r instanceof Promise)) return { operation: results.find((r) => r !== undefined), failed };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<unknown[]>((resolve) => (timer = setTimeout(() => resolve([]), this.options.handlerTimeoutMs ?? 5_000)));
    const settled = Promise.all(
      results.map((r) =>
        Promise.resolve(r).catch((error: unknown) => {
          failed = true;
          this.errors.emit(asError(error));
          return undefined;
        }),
      ),
    );
    const values = await Promise.race([settled, timeout]);
    clearTimeout(timer);
    return { operation: values.find((r) => r !== undefined), failed };
  }
}

/** The body, refused (413) as soon as it passes `limit` bytes or declares more, and (408) when it takes longer than `timeoutMs`. */
function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new BodyError(413, `a post larger than ${limit} bytes (maxBodyBytes) was refused`);
    if (Number(req.headers['content-length'] ?? 0) > limit) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: Error) => {
      clearTimeout(timer);
      req.off('data', onData);
      // Discard the rest without keeping it, until the connection closes after the answer.
      req.resume();
      reject(error);
    };
    const timer = setTimeout(() => stop(new BodyError(408, `a post whose body took longer than ${timeoutMs} ms was refused`)), timeoutMs);
    timer.unref();
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return stop(tooLarge());
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks, size));
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(new BodyError(400, `reading a post failed: ${error.message}`));
    });
  });
}

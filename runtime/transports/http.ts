/**
 * The HTTP transport: `POST /{action}` with a JSON body, as OneBot 11's HTTP API does it.
 * The access token goes in `Authorization: Bearer` and is never sent when it is empty.
 */
import { ActionFailedError, AuthError, checkAccessToken, TimeoutError, TransportError } from '../errors.js';
import type { SendOptions, Transport } from '../transport.js';

export interface HttpTransportOptions {
  /** The implementation's HTTP API, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  accessToken?: string;
  /** A `fetch` to use instead of the global one (for proxies or tests). */
  fetch?: typeof fetch;
  /**
   * The largest answer read, in bytes; a larger one fails the call with `TransportError`
   * (`too_large`) as soon as the limit is passed, without reading the rest. Default 64 MiB.
   */
  maxResponseBytes?: number;
}

export class HttpTransport implements Transport {
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  private readonly headers: Record<string, string>;
  private readonly urls = new Map<string, string>();
  private readonly hasToken: boolean;
  private readonly maxResponseBytes: number;

  constructor(options: HttpTransportOptions) {
    checkAccessToken(options.accessToken);
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? globalThis.fetch;
    this.headers = { 'content-type': 'application/json' };
    this.hasToken = !!options.accessToken;
    if (options.accessToken) this.headers.authorization = `Bearer ${options.accessToken}`;
    this.maxResponseBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  }

  private url(action: string): string {
    let url = this.urls.get(action);
    if (url === undefined) {
      url = `${this.baseUrl}/${encodeURIComponent(action)}`;
      // Action names are a small fixed set; the cap only guards against a caller inventing names.
      if (this.urls.size < 1_000) this.urls.set(action, url);
    }
    return url;
  }

  async send(action: string, params: object, options: SendOptions): Promise<unknown> {
    let body: string;
    try {
      body = JSON.stringify(params);
    } catch (error) {
      throw new TypeError(`${action}: the parameters cannot be sent as JSON: ${(error as Error).message}`, { cause: error });
    }
    // A plain controller and timer, cleared when the answer is in: AbortSignal.timeout() costs
    // noticeably more per call (its timer is tracked until it would have fired).
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    const outer = options.signal;
    const onAbort = () => controller.abort(outer?.reason);
    if (outer) {
      if (outer.aborted) onAbort();
      else outer.addEventListener('abort', onAbort, { once: true });
    }
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(this.url(action), { method: 'POST', headers: this.headers, body, signal: controller.signal });
      text = await readText(response, this.maxResponseBytes, action);
    } catch (error) {
      if (timedOut) throw new TimeoutError(action, options.timeoutMs);
      if (error instanceof TransportError) throw error;
      const refused = ((error as Error).cause as { code?: string } | undefined)?.code === 'ECONNREFUSED';
      const code = outer?.aborted ? 'aborted' : refused ? 'connect' : 'network';
      throw new TransportError(`${action}: ${(error as Error).message}`, action, { cause: error, code });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
    if (response.status === 401 || response.status === 403) {
      // NapCat answers 403 whether the token is missing or wrong; what was sent tells them apart.
      throw new AuthError(action, this.hasToken ? 'wrong' : 'missing', 1000 + response.status, bodyMessage(text), response.status);
    }
    if (!response.ok) {
      // The standard maps HTTP statuses to retcodes 1000 + status (401 → 1401, 404 → 1404, ...).
      const detail = HTTP_MEANINGS[response.status] ?? (response.statusText || 'HTTP error');
      throw new ActionFailedError(action, 1000 + response.status, detail, undefined, response.status);
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new TransportError(`${action}: the answer is not JSON`, action, { cause: error, code: 'malformed' });
    }
  }
}

/**
 * The body as text, read no further than `limit` bytes. An answer that declares its length is
 * framed by it and read in one go; one sent in chunks is counted as it arrives and cancelled once
 * it passes the limit, so a huge answer never sits in memory whole.
 */
async function readText(response: Response, limit: number, action: string): Promise<string> {
  const tooLarge = () =>
    new TransportError(`${action}: the answer is larger than maxResponseBytes (${limit} bytes); raise the limit if it is expected`, action, {
      code: 'too_large',
    });
  const declared = response.headers.get('content-length');
  if (declared !== null) {
    if (Number(declared) > limit) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    return response.text();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/** The `message` of a JSON error body (NapCat's `{"message":"token verify failed!"}`), if any. */
function bodyMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown };
    return typeof body?.message === 'string' ? body.message.slice(0, 200) : '';
  } catch {
    return '';
  }
}

const HTTP_MEANINGS: Record<number, string> = {
  400: 'bad request: the parameters are malformed',
  401: 'no access token was given',
  403: 'the access token is wrong',
  404: 'no such action',
  406: 'unsupported content type',
};

/**
 * The HTTP transport: `POST /{action}` with a JSON body, as OneBot 11's HTTP API does it.
 * The access token goes in `Authorization: Bearer` and is never sent when it is empty.
 */
import { ActionFailedError, TimeoutError, TransportError } from '../errors.js';
import type { SendOptions, Transport } from '../transport.js';

export interface HttpTransportOptions {
  /** The implementation's HTTP API, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  accessToken?: string;
  /** A `fetch` to use instead of the global one (for proxies or tests). */
  fetch?: typeof fetch;
}

export class HttpTransport implements Transport {
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: HttpTransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async send(action: string, params: object, options: SendOptions): Promise<unknown> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.accessToken) headers.authorization = `Bearer ${this.options.accessToken}`;
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(`${this.baseUrl}/${encodeURIComponent(action)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(params),
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (timeout.aborted) throw new TimeoutError(action, options.timeoutMs);
      const refused = ((error as Error).cause as { code?: string } | undefined)?.code === 'ECONNREFUSED';
      const code = options.signal?.aborted ? 'aborted' : refused ? 'connect' : 'network';
      throw new TransportError(`${action}: ${(error as Error).message}`, action, { cause: error, code });
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

const HTTP_MEANINGS: Record<number, string> = {
  400: 'bad request: the parameters are malformed',
  401: 'no access token was given',
  403: 'the access token is wrong',
  404: 'no such action',
  406: 'unsupported content type',
};

/** Loopback servers for transport tests: a scriptable WebSocket peer, and settling helpers. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Peer {
  url: string;
  port: number;
  /** Connections accepted so far, in order. */
  sockets: WebSocket[];
  requests: IncomingMessage[];
  close(): Promise<void>;
}

/** A WebSocket server on 127.0.0.1 whose behaviour per connection the test scripts. */
export async function wsPeer(onConnection: (socket: WebSocket, req: IncomingMessage) => void): Promise<Peer> {
  const server: Server = createServer();
  const wss = new WebSocketServer({ server });
  const sockets: WebSocket[] = [];
  const requests: IncomingMessage[] = [];
  wss.on('connection', (socket, req) => {
    sockets.push(socket);
    requests.push(req);
    onConnection(socket, req);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    sockets,
    requests,
    async close() {
      for (const client of wss.clients) client.terminate();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The settled outcome of a promise, and how long it took to settle. */
export async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T; ms: number } | { ok: false; error: unknown; ms: number }> {
  const started = Date.now();
  try {
    const value = await promise;
    return { ok: true, value, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, error, ms: Date.now() - started };
  }
}

/** Resolves with the next value `subscribe` delivers. */
export function next<T>(subscribe: (listener: (value: T) => void) => () => void, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`nothing arrived within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = subscribe((value) => {
      clearTimeout(timer);
      off();
      resolve(value);
    });
  });
}

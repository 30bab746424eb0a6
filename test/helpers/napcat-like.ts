/**
 * A small server that checks tokens and answers the way NapCat documents and does it (its
 * network/http-server.ts and network/websocket-server.ts), written here from that behaviour:
 *
 * - the token is read from `?access_token=` when that is non-empty, else from `Authorization`
 *   after `Bearer `; anything but the configured token is refused;
 * - HTTP: `POST /{action}`; a refused token is HTTP 403 with `{"message":"token verify failed!"}`,
 *   whether the token was missing or wrong;
 * - WebSocket (universal `/`, `/api`, `/event`): the upgrade is always accepted; with a refused
 *   token it sends `{status:'failed', retcode:1403, message:'token验证失败', echo:null}` and closes;
 * - envelopes carry `status`, `retcode`, `data`, `message`, `wording` (the same text), `echo` and
 *   `stream: 'normal-action'`.
 *
 * It counts connections and requests, so that tests can tell how often a client tried.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface NapCatLike {
  httpUrl: string;
  wsUrl: string;
  /** WebSocket connections accepted (refused ones included: NapCat accepts, then refuses). */
  readonly connections: number;
  /** HTTP requests received. */
  readonly requests: number;
  close(): Promise<void>;
}

const RESULTS: Record<string, unknown> = {
  get_login_info: { user_id: 10001, nickname: 'napcat-like' },
  get_status: { online: true, good: true, stat: {} },
};

function reply(status: 'ok' | 'failed', retcode: number, data: unknown, message: string, echo: unknown) {
  return { status, retcode, data, message, wording: message, echo, stream: 'normal-action' };
}

function answer(action: unknown, echo: unknown) {
  if (typeof action === 'string' && action in RESULTS) return reply('ok', 0, RESULTS[action], '', echo);
  return reply('failed', 1404, null, '不支持的API ' + String(action), echo);
}

function tokenOf(req: IncomingMessage): string {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const query = url.searchParams.get('access_token');
  if (query) return query;
  return req.headers.authorization?.split('Bearer ').pop() ?? '';
}

export async function startNapCatLike(token: string): Promise<NapCatLike> {
  let connections = 0;
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    if (token && tokenOf(req) !== token) {
      res.writeHead(403).end(JSON.stringify({ message: 'token verify failed!' }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const action = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname.slice(1));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(action, null)));
    });
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws: WebSocket, req) => {
    connections++;
    ws.on('error', () => undefined);
    if (token && tokenOf(req) !== token) {
      ws.send(JSON.stringify(reply('failed', 1403, null, 'token验证失败', null)));
      ws.close();
      return;
    }
    ws.on('message', (data) => {
      let frame: { action?: unknown; echo?: unknown } | null = null;
      try {
        frame = JSON.parse(data.toString());
      } catch {
        // NapCat answers a frame it cannot read with a 1400 failure whose echo is null.
      }
      if (typeof frame !== 'object' || frame === null) return void ws.send(JSON.stringify(reply('failed', 1400, null, 'json解析失败,请检查数据格式', null)));
      ws.send(JSON.stringify(answer(frame.action, frame.echo)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    get requests() {
      return requests;
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

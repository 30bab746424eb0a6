/**
 * The fault matrix: every transport against a refused token, broken frames, floods, hung handshakes
 * and oversized input, each against the mock (acting as each implementation) or a NapCat-like
 * server. Each case checks the error's type and message, how often the client tried, and that the
 * server still answers a good request afterwards. Loopback, port 0, bounded loops; the only time
 * bound is the call's timeout.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { OneBotClient } from '../generated/typescript/client.js';
import { MockServer } from '../mock/index.js';
import {
  ActionFailedError,
  AuthError,
  HttpPostReceiver,
  HttpTransport,
  ReverseWsServer,
  signBody,
  type TransportError,
  WsForwardTransport,
  type StateChange,
} from '../runtime/index.js';
import { startNapCatLike, type NapCatLike } from './helpers/napcat-like.js';
import { settle, wsPeer } from './helpers/servers.js';

/** Sends `head`, then `chunk` every 50 ms until the server closes the socket; resolves with all it answered. */
function trickle(port: number, head: string, chunk: string): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  socket.write(head);
  const timer = setInterval(() => socket.writable && socket.write(chunk), 50);
  return new Promise<string>((resolve) => {
    let got = '';
    socket.on('data', (c) => (got += c));
    socket.on('close', () => {
      clearInterval(timer);
      resolve(got);
    });
    socket.on('error', () => undefined);
  });
}

const TOKEN = 'matrix-token';
const TIMEOUT = 3_000;
const implementations = [undefined, 'go-cqhttp', 'napcat', 'lagrange'] as const;
const mocks = new Map<string, MockServer>();
let napcat: NapCatLike;

beforeAll(async () => {
  const first = await MockServer.start({ accessToken: TOKEN });
  mocks.set('standard', first);
  for (const id of implementations.slice(1)) mocks.set(id!, await MockServer.start({ model: first.model, implementation: id, accessToken: TOKEN }));
  napcat = await startNapCatLike(TOKEN);
});
afterAll(async () => {
  await Promise.all([...mocks.values()].map((m) => m.close()));
  await napcat.close();
});

type Outcome = Awaited<ReturnType<typeof settle>>;
const errorOf = (o: Outcome) => (o.ok ? undefined : (o.error as Error));

/** Records a transport's state changes. */
function watch(transport: WsForwardTransport): StateChange[] {
  const states: StateChange[] = [];
  transport.onStateChange((s) => void states.push(s));
  return states;
}

describe('a refused token ends in AuthError, without reconnecting, and the server keeps serving', () => {
  // [server, transport, token] → what the refusal looks like: HTTP status (at the handshake or over HTTP) or an envelope's retcode.
  type Case = [server: string, transport: 'http' | 'ws' | 'ws-split', token: 'missing' | 'wrong', httpStatus: number | undefined, retcode: number];
  const cases: Case[] = [];
  for (const token of ['missing', 'wrong'] as const) {
    const standard = token === 'missing' ? 401 : 403;
    for (const server of ['standard', 'go-cqhttp']) {
      for (const transport of ['http', 'ws', 'ws-split'] as const) cases.push([server, transport, token, standard, 1000 + standard]);
    }
    // Lagrange: 401/403 over HTTP, 403 for both at the WebSocket handshake.
    cases.push(['lagrange', 'http', token, standard, 1000 + standard], ['lagrange', 'ws', token, 403, 1403], ['lagrange', 'ws-split', token, 403, 1403]);
    // NapCat: 403 over HTTP for both; over WebSocket it accepts, sends retcode 1403 with a null echo and closes.
    for (const server of ['napcat', 'napcat-like']) {
      cases.push([server, 'http', token, 403, 1403], [server, 'ws', token, undefined, 1403], [server, 'ws-split', token, undefined, 1403]);
    }
  }

  const urls = (server: string) =>
    server === 'napcat-like' ? { http: napcat.httpUrl, ws: napcat.wsUrl } : { http: mocks.get(server)!.httpUrl, ws: mocks.get(server)!.wsUrl };

  it.each(cases)('%s over %s, %s token', async (server, transport, token, httpStatus, retcode) => {
    const accessToken = token === 'wrong' ? 'not-the-token' : undefined;
    const { http, ws } = urls(server);
    let states: StateChange[] = [];
    let bot: OneBotClient;
    let ws_: WsForwardTransport | undefined;
    if (transport === 'http') bot = new OneBotClient(new HttpTransport({ baseUrl: http, accessToken }), { timeoutMs: TIMEOUT });
    else {
      ws_ = new WsForwardTransport({ url: ws, accessToken, split: transport === 'ws-split', reconnect: { initialDelayMs: 10, maxDelayMs: 20 } });
      states = watch(ws_);
      bot = new OneBotClient(ws_, { timeoutMs: TIMEOUT });
    }
    const outcome = await settle(bot.get_login_info());
    const error = errorOf(outcome);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toBeInstanceOf(ActionFailedError);
    expect(error).toMatchObject({ action: 'get_login_info', reason: token, retcode, httpStatus });
    expect(error!.message).toMatch(token === 'missing' ? /none was given.*set accessToken/ : /refused the access token/);
    expect(error!.message).not.toContain('not-the-token');
    // NapCat says why over HTTP in a JSON body, and over WebSocket in the envelope.
    if (server.startsWith('napcat')) expect((error as AuthError).detail).toBe(transport === 'http' ? 'token verify failed!' : 'token验证失败');
    expect(outcome.ms).toBeLessThan(TIMEOUT);
    if (ws_) {
      // Closed for good: one attempt, no `reconnecting`, and later calls fail with the same AuthError at once.
      expect(ws_.state).toBe('closed');
      // (The first `connecting` was reported before the test subscribed.)
      expect(states.map((s) => s.state)).toEqual([...(states.some((s) => s.state === 'open') ? ['open'] : []), 'closed']);
      expect(states.at(-1)!.error).toBeInstanceOf(AuthError);
      await expect(ws_.ready()).rejects.toBeInstanceOf(AuthError);
      await expect(bot.get_status()).rejects.toMatchObject({ name: 'AuthError', action: 'get_status', reason: token });
    }
    await bot.close();
    // The server still serves the right token.
    const good =
      transport === 'http'
        ? new OneBotClient(new HttpTransport({ baseUrl: http, accessToken: TOKEN }), { timeoutMs: TIMEOUT })
        : new OneBotClient(new WsForwardTransport({ url: ws, accessToken: TOKEN, split: transport === 'ws-split', reconnect: false }), { timeoutMs: TIMEOUT });
    await expect(good.get_login_info()).resolves.toHaveProperty('user_id');
    await good.close();
  });

  it('NapCat refusing a WebSocket token: one connection, not a reconnect loop', async () => {
    const before = napcat.connections;
    const transport = new WsForwardTransport({ url: napcat.wsUrl, accessToken: 'not-the-token', reconnect: { initialDelayMs: 1, maxDelayMs: 1 } });
    const states = watch(transport);
    // The handshake succeeds (ready() may resolve); the refusal follows in the first frame.
    await transport.ready().catch(() => undefined);
    await expect.poll(() => transport.state, { timeout: TIMEOUT }).toBe('closed');
    expect(states.at(-1)!.error).toMatchObject({ name: 'AuthError', retcode: 1403, detail: 'token验证失败', reason: 'wrong' });
    expect(states.map((s) => s.state)).not.toContain('reconnecting');
    expect(napcat.connections - before).toBe(1);
    await transport.close();
  });

  it('reverse WebSocket: a missing, empty or wrong token is refused (401, 401, 403), and the right one still connects', async () => {
    const server = await ReverseWsServer.listen({ accessToken: TOKEN });
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(server.url, { headers: { 'x-self-id': '1', ...headers } });
        ws.on('open', () => {
          ws.terminate();
          resolve(101);
        });
        ws.on('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
          ws.terminate();
        });
        ws.on('error', () => undefined);
      });
    expect(await status({})).toBe(401);
    expect(await status({ authorization: '' })).toBe(401);
    expect(await status({ authorization: 'Bearer ' })).toBe(401);
    expect(await status({ authorization: 'Bearer wrong' })).toBe(403);
    const implementation = mocks.get('standard')!;
    await expect(implementation.connectReverse({ url: server.url, accessToken: 'wrong' })).rejects.toThrow(/403/);
    await expect(implementation.connectReverse({ url: server.url })).rejects.toThrow(/401/);
    const link = await implementation.connectReverse({ url: server.url, accessToken: TOKEN });
    await expect.poll(() => server.bot(10001)?.state).toBe('open');
    await expect(new OneBotClient(server.bot(10001)!, { timeoutMs: TIMEOUT }).get_login_info()).resolves.toHaveProperty('user_id');
    link.close();
    await server.close();
  });

  it('the mock as the standard and go-cqhttp: an empty Authorization header is a missing token (401), over HTTP and at the handshake', async () => {
    // (go-cqhttp's checkAuth: an empty header falls back to ?access_token=, and nothing there is 401.)
    for (const server of ['standard', 'go-cqhttp']) {
      const mock = mocks.get(server)!;
      for (const authorization of ['']) {
        const http = await fetch(`${mock.httpUrl}/get_login_info`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: '{}',
        });
        expect(http.status, `${server} HTTP ${JSON.stringify(authorization)}`).toBe(401);
        const ws = await new Promise<number>((resolve) => {
          const socket = new WebSocket(mock.wsUrl, { headers: { authorization } });
          socket.on('open', () => {
            socket.terminate();
            resolve(101);
          });
          socket.on('unexpected-response', (_req, res) => {
            resolve(res.statusCode ?? 0);
            socket.terminate();
          });
          socket.on('error', () => undefined);
        });
        expect(ws, `${server} WebSocket ${JSON.stringify(authorization)}`).toBe(401);
      }
      const wrong = await fetch(`${mock.httpUrl}/get_login_info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
        body: '{}',
      });
      expect(wrong.status).toBe(403);
    }
  });

  it('HTTP POST receiver: a missing signature is 401, a wrong one 403, and a signed post is still accepted', async () => {
    const receiver = await HttpPostReceiver.listen({ secret: 's' });
    const event = JSON.stringify({ time: 1, self_id: 1, post_type: 'meta_event', meta_event_type: 'heartbeat' });
    const post = (headers: Record<string, string>) =>
      fetch(receiver.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: event });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-signature': '' })).status).toBe(403);
    expect((await post({ 'x-signature': signBody(event, 'other') })).status).toBe(403);
    expect((await post({ 'x-signature': signBody(event, 's') })).status).toBe(204);
    await receiver.close();
  });
});

describe('a token that cannot go into a header is refused when the transport is made, without repeating it', () => {
  const bad = ['sec\nret', 'sec\r\nX-Injected: 1', 'sec\0ret', 'sec\tret', 'sécret'];
  const makers: [string, (token: string) => unknown][] = [
    ['HttpTransport', (t) => new HttpTransport({ baseUrl: 'http://127.0.0.1:1', accessToken: t })],
    ['WsForwardTransport', (t) => new WsForwardTransport({ url: 'ws://127.0.0.1:1', accessToken: t, reconnect: false })],
    ['ReverseWsServer', (t) => ReverseWsServer.listen({ accessToken: t })],
    ['MockServer', (t) => MockServer.start({ model: mocks.get('standard')!.model, accessToken: t })],
  ];
  it.each(makers)('%s', async (_name, make) => {
    for (const token of bad) {
      const outcome = await settle(Promise.resolve().then(() => make(token)));
      const error = errorOf(outcome);
      expect(error, JSON.stringify(token)).toBeInstanceOf(TypeError);
      expect(error!.message).toMatch(
        /^accessToken contains (a line break|a NUL character|a control character|a character outside printable ASCII) at position \d+/,
      );
      expect(error!.message).not.toContain('sec');
    }
  });
});

describe('forward WebSocket: frames that answer nothing, floods and hung handshakes', () => {
  /** A peer that answers every call with `answer(frame)` (nothing when it returns undefined). */
  async function peer(answer: (frame: { action: string; echo: unknown }, socket: WebSocket) => string | undefined) {
    return wsPeer((socket) =>
      socket.on('message', (data) => {
        const text = answer(JSON.parse(data.toString()), socket);
        if (text !== undefined && socket.readyState === socket.OPEN) socket.send(text);
      }),
    );
  }
  const ok = (echo: unknown) => JSON.stringify({ status: 'ok', retcode: 0, data: { user_id: 1, nickname: 'x' }, echo });

  it.each([
    ['a null echo', null],
    ['no echo', undefined],
  ])('a failure envelope with %s fails every call in flight with its retcode and message', async (_name, echo) => {
    let seen = 0;
    const server = await peer(() => {
      if (++seen < 2) return undefined; // wait until both calls are in flight
      return JSON.stringify({ status: 'failed', retcode: 1400, data: null, message: 'json解析失败,请检查数据格式', wording: 'bad', echo });
    });
    const transport = new WsForwardTransport({ url: server.url, reconnect: false });
    const bot = new OneBotClient(transport, { timeoutMs: TIMEOUT });
    const reported: Error[] = [];
    transport.onError((e) => void reported.push(e));
    await transport.ready();
    const outcomes = await Promise.all([settle(bot.get_login_info()), settle(bot.get_status())]);
    for (const [o, action] of [
      [outcomes[0]!, 'get_login_info'],
      [outcomes[1]!, 'get_status'],
    ] as const) {
      expect(errorOf(o)).toBeInstanceOf(ActionFailedError);
      expect(errorOf(o)).not.toBeInstanceOf(AuthError);
      expect(errorOf(o)).toMatchObject({ action, retcode: 1400, detail: 'json解析失败,请检查数据格式', wording: 'bad' });
      expect(o.ms).toBeLessThan(TIMEOUT);
    }
    expect(reported).toHaveLength(1);
    // Not a connection failure: the connection stays open.
    expect(transport.state).toBe('open');
    await bot.close();
    await server.close();
  });

  it('garbage, null, array and unknown-echo frames are reported, fail no call, and the next call works', async () => {
    const junk = ['not json', 'null', '[1,2]', '42', '"text"', JSON.stringify({ status: 'ok', retcode: 0, data: 1, echo: 'nobody' })];
    const server = await peer((frame, socket) => {
      if (frame.action === 'get_login_info') {
        for (const text of junk) socket.send(text);
        return ok(frame.echo);
      }
      return undefined;
    });
    const transport = new WsForwardTransport({ url: server.url, reconnect: false });
    const reported: TransportError[] = [];
    transport.onError((e) => void reported.push(e as TransportError));
    const bot = new OneBotClient(transport, { timeoutMs: TIMEOUT });
    await expect(bot.get_login_info()).resolves.toEqual({ user_id: 1, nickname: 'x' });
    expect(reported.map((e) => e.code)).toEqual(junk.map(() => 'malformed'));
    await expect(bot.get_login_info()).resolves.toEqual({ user_id: 1, nickname: 'x' });
    await bot.close();
    await server.close();
  });

  it('the server closes mid-call: TransportError(closed) at once, and a new connection works', async () => {
    const server = await peer((frame, socket) => (frame.action === 'get_status' ? void socket.terminate() : ok(frame.echo)));
    const bot = new OneBotClient(new WsForwardTransport({ url: server.url, reconnect: false }), { timeoutMs: TIMEOUT });
    const outcome = await settle(bot.get_status());
    expect(errorOf(outcome)).toMatchObject({ name: 'TransportError', code: 'closed', action: 'get_status' });
    expect(outcome.ms).toBeLessThan(TIMEOUT);
    await bot.close();
    const again = new OneBotClient(new WsForwardTransport({ url: server.url, reconnect: false }), { timeoutMs: TIMEOUT });
    await expect(again.get_login_info()).resolves.toHaveProperty('user_id');
    await again.close();
    await server.close();
  });

  it('parameters JSON cannot hold fail the call at once (forward, reverse, HTTP), and the connection goes on', async () => {
    const server = await peer((frame) => ok(frame.echo));
    const forward = new OneBotClient(new WsForwardTransport({ url: server.url, reconnect: false }), { timeoutMs: TIMEOUT });
    const reverse = await ReverseWsServer.listen();
    const link = await mocks.get('standard')!.connectReverse({ url: reverse.url, selfId: 905 });
    await expect.poll(() => reverse.bot(905)?.state).toBe('open');
    const backward = new OneBotClient(reverse.bot(905)!, { timeoutMs: TIMEOUT });
    const http = new OneBotClient(new HttpTransport({ baseUrl: mocks.get('standard')!.httpUrl, accessToken: TOKEN }), { timeoutMs: TIMEOUT });
    for (const bot of [forward, backward, http]) {
      const outcome = await settle(bot.call('get_stranger_info', { user_id: 1n } as never));
      expect(errorOf(outcome)).toBeInstanceOf(TypeError);
      expect(errorOf(outcome)!.message).toMatch(/^get_stranger_info: the parameters cannot be sent as JSON/);
      expect(outcome.ms).toBeLessThan(TIMEOUT);
      await expect(bot.get_login_info()).resolves.toHaveProperty('user_id');
    }
    link.close();
    await forward.close();
    await reverse.close();
    await server.close();
  });

  it('an event flood is delivered in order, and a call made during it is answered', async () => {
    const FLOOD = 5_000;
    const server = await peer((frame, socket) => {
      if (frame.action !== 'get_login_info') return undefined;
      for (let i = 0; i < FLOOD; i++) socket.send(JSON.stringify({ time: 1, self_id: 1, post_type: 'meta_event', meta_event_type: 'heartbeat', seq: i }));
      return ok(frame.echo);
    });
    const transport = new WsForwardTransport({ url: server.url, reconnect: false });
    const bot = new OneBotClient(transport, { timeoutMs: TIMEOUT });
    const seqs: number[] = [];
    bot.on('*', (e) => void seqs.push((e as { seq?: number }).seq ?? -1));
    await expect(bot.get_login_info()).resolves.toHaveProperty('user_id');
    expect(seqs).toEqual(Array.from({ length: FLOOD }, (_, i) => i));
    await bot.close();
    await server.close();
  });

  it('a frame larger than maxPayload closes the connection: TransportError(too_large), and the peer still serves', async () => {
    const server = await peer((frame) =>
      frame.action === 'get_status' ? JSON.stringify({ status: 'ok', retcode: 0, data: 'x'.repeat(4_096), echo: frame.echo }) : ok(frame.echo),
    );
    const bot = new OneBotClient(new WsForwardTransport({ url: server.url, reconnect: false, maxPayload: 1_024 }), { timeoutMs: TIMEOUT });
    const outcome = await settle(bot.get_status());
    expect(errorOf(outcome)).toMatchObject({ name: 'TransportError', code: 'too_large' });
    expect(errorOf(outcome)!.message).toMatch(/larger than maxPayload \(1024 bytes\); raise the limit/);
    await bot.close();
    const again = new OneBotClient(new WsForwardTransport({ url: server.url, reconnect: false }), { timeoutMs: TIMEOUT });
    await expect(again.get_status()).resolves.toHaveLength(4_096);
    await again.close();
    await server.close();
  });

  it('a handshake that never completes: each attempt times out, maxRetries bounds the retries, attempts are numbered', async () => {
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => void sockets.push(socket)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `ws://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const transport = new WsForwardTransport({ url, connectTimeoutMs: 100, reconnect: { initialDelayMs: 5, maxDelayMs: 10, maxRetries: 2 } });
    const states = watch(transport);
    const bot = new OneBotClient(transport, { timeoutMs: TIMEOUT });
    const first = await settle(bot.get_login_info());
    expect(errorOf(first)).toMatchObject({ name: 'TransportError', code: 'connect' });
    expect(errorOf(first)!.message).toMatch(/handshake has timed out/);
    await expect.poll(() => transport.state, { timeout: TIMEOUT }).toBe('closed');
    expect(sockets).toHaveLength(3);
    // The first attempt (0) was reported before the test subscribed.
    expect(states.filter((s) => s.state === 'connecting').map((s) => s.attempt)).toEqual([1, 2]);
    expect(states.filter((s) => s.state === 'reconnecting').map((s) => s.attempt)).toEqual([1, 2]);
    expect(states.at(-1)!.error!.message).toMatch(/^gave up after 2 retries: .*handshake has timed out/);
    await bot.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('a server that accepts and drops every connection: the backoff keeps growing (no reset before healthyAfterMs)', async () => {
    const server = await wsPeer((socket) => socket.close());
    const transport = new WsForwardTransport({
      url: server.url,
      reconnect: { initialDelayMs: 4, factor: 2, maxDelayMs: 10_000, maxRetries: 4, healthyAfterMs: 60_000 },
    });
    const states = watch(transport);
    await expect.poll(() => transport.state, { timeout: TIMEOUT }).toBe('closed');
    expect(server.sockets).toHaveLength(5);
    const waits = states.filter((s) => s.state === 'reconnecting');
    expect(waits.map((s) => s.attempt)).toEqual([1, 2, 3, 4]);
    // Jitter takes at most a quarter off: 4·2ⁿ·0.75 ≤ wait ≤ 4·2ⁿ.
    waits.forEach((s, n) => {
      expect(s.retryInMs!).toBeGreaterThanOrEqual(Math.floor(4 * 2 ** n * 0.75));
      expect(s.retryInMs!).toBeLessThanOrEqual(4 * 2 ** n);
    });
    expect(states.at(-1)).toMatchObject({ state: 'closed', attempt: 4 });
    await transport.close();
    await server.close();
  });

  it.each([
    ['a connection that stays up for healthyAfterMs starts the backoff over: the retries count again from the first', 50, [1, 2, 1, 2, 3], 6],
    ['a connection dropped before healthyAfterMs does not: the retries go on counting up to maxRetries', 60_000, [1, 2, 3], 4],
  ])('%s', async (_name, healthyAfterMs, attempts, connections) => {
    // The first two connections are dropped at once, the third is held until the test drops it, every later one is dropped at once.
    const server = await wsPeer((socket) => void (server.sockets.length === 3 || socket.close()));
    const transport = new WsForwardTransport({
      url: server.url,
      reconnect: { initialDelayMs: 4, factor: 2, maxDelayMs: 10_000, maxRetries: 3, healthyAfterMs },
    });
    const states = watch(transport);
    await expect.poll(() => server.sockets.length === 3 && transport.state, { timeout: TIMEOUT }).toBe('open');
    // The transport's healthy timer started when it saw the connection open, before this wait did, and is shorter when it is 50 ms.
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.sockets[2]!.close();
    await expect.poll(() => transport.state, { timeout: TIMEOUT }).toBe('closed');
    expect(server.sockets).toHaveLength(connections);
    const waits = states.filter((s) => s.state === 'reconnecting');
    expect(waits.map((s) => s.attempt)).toEqual(attempts);
    // After the healthy connection, the first wait is the initial delay again (jitter takes at most a quarter off).
    if (attempts[2] === 1) expect(waits[2]!.retryInMs!).toBeLessThanOrEqual(4);
    expect(states.at(-1)!.error!.message).toMatch(/^gave up after 3 retries/);
    await transport.close();
    await server.close();
  });
});

describe('the mock: no request takes it down', () => {
  const mock = () => mocks.get('standard')!;
  const raw = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${mock().httpUrl}${path}`,
        { method: options.method ?? 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...options.headers } },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });
  const alive = async () => {
    const bot = new OneBotClient(new HttpTransport({ baseUrl: mock().httpUrl, accessToken: TOKEN }), { timeoutMs: TIMEOUT });
    await expect(bot.get_login_info()).resolves.toHaveProperty('user_id');
  };

  it('a path with a bad percent-encoding is answered 400', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/get_login_info%FF']) {
      const { status, body } = await raw(path, { body: '{}' });
      expect(status, path).toBe(400);
      expect(JSON.parse(body)).toMatchObject({ status: 'failed', retcode: 1400 });
    }
    await alive();
  });

  it('a body over maxBodyBytes is answered 413, declared or streamed', async () => {
    const small = await MockServer.start({ model: mock().model, maxBodyBytes: 1_024 });
    const big = JSON.stringify({ user_id: 1, message: 'x'.repeat(4_096) });
    const declared = await fetch(`${small.httpUrl}/send_private_msg`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ retcode: 1413, message: 'the request body is larger than 1024 bytes' });
    const streamed = await fetch(`${small.httpUrl}/send_private_msg`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const bot = new OneBotClient(new HttpTransport({ baseUrl: small.httpUrl }), { timeoutMs: TIMEOUT });
    await expect(bot.send_private_msg({ user_id: 1, message: 'hi' })).resolves.toHaveProperty('message_id');
    await small.close();
  });

  it('a body that trickles is cut off by requestTimeoutMs', async () => {
    const slow = await MockServer.start({ model: mock().model, requestTimeoutMs: 300 });
    const answer = await trickle(
      slow.port,
      'POST /get_login_info HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
      ' ',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    await expect(new OneBotClient(new HttpTransport({ baseUrl: slow.httpUrl }), { timeoutMs: TIMEOUT }).get_login_info()).resolves.toHaveProperty('user_id');
    await slow.close();
  });

  it('WebSocket frames that are null, not objects, not JSON or too large are answered or refused, and the mock goes on', async () => {
    const small = await MockServer.start({ model: mock().model, maxPayload: 1_024 });
    const ws = new WebSocket(small.wsUrl);
    const answers: Record<string, unknown>[] = [];
    ws.on('message', (d) => {
      const frame = JSON.parse(d.toString());
      if (!frame.post_type) answers.push(frame);
    });
    await new Promise((resolve) => ws.once('open', resolve));
    for (const text of ['null', '[]', '7', 'not json', '{"action": null}', '{"action":"get_login_info","params":null,"echo":1}']) ws.send(text);
    await expect.poll(() => answers.length).toBe(6);
    expect(answers.map((a) => [a.retcode, a.message])).toEqual([
      [1400, 'the frame is not a JSON object'],
      [1400, 'the frame is not a JSON object'],
      [1400, 'the frame is not a JSON object'],
      [1400, 'the frame is not JSON'],
      [1404, 'no such action: '],
      [0, ''],
    ]);
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.send('x'.repeat(4_096));
    expect(await closed).toBe(1009);
    const bot = new OneBotClient(new WsForwardTransport({ url: small.wsUrl, reconnect: false }), { timeoutMs: TIMEOUT });
    await expect(bot.get_login_info()).resolves.toHaveProperty('user_id');
    await bot.close();
    await small.close();
  });

  it('a handler whose answer JSON cannot hold (a BigInt) fails that call, over HTTP (500) and WebSocket (1500)', async () => {
    const own = await MockServer.start({ model: mock().model });
    own.handle('get_status', () => ({ online: true, good: true, big: 1n }));
    const http = new OneBotClient(new HttpTransport({ baseUrl: own.httpUrl }), { timeoutMs: TIMEOUT });
    await expect(http.get_status()).rejects.toMatchObject({ name: 'ActionFailedError', httpStatus: 500, retcode: 1500 });
    const transport = new WsForwardTransport({ url: own.wsUrl, reconnect: false });
    const ws = new OneBotClient(transport, { timeoutMs: TIMEOUT });
    const unanswered: Error[] = [];
    transport.onError((e) => void unanswered.push(e));
    await expect(ws.get_status()).rejects.toMatchObject({ name: 'ActionFailedError', retcode: 1500, detail: expect.stringMatching(/BigInt/) });
    // It answered that call (its echo), not the connection.
    expect(unanswered).toEqual([]);
    await expect(ws.get_login_info()).resolves.toHaveProperty('user_id');
    await expect(http.get_login_info()).resolves.toHaveProperty('user_id');
    await ws.close();
    await own.close();
  });

  it('names the closest branch of a union instead of listing every one', async () => {
    const bot = new OneBotClient(new HttpTransport({ baseUrl: mock().httpUrl, accessToken: TOKEN }), { timeoutMs: TIMEOUT });
    const outcome = await settle(bot.call('send_private_msg', { user_id: 1, message: [{ type: 'text', data: { txt: 'hi' } }] } as never));
    const detail = (errorOf(outcome) as ActionFailedError).detail;
    expect(detail).toBe(
      "invalid parameters: params.message matches none of its 2 alternatives; the closest is an array; params.message.0 matches none of its 30 alternatives; the closest is TextSegment; params.message.0.data must have required property 'text'; params.message.0.data has an unknown key 'txt'",
    );
  });
});

describe('the reverse WebSocket server: oversized frames, released bots, a cap on bots, dead peers', () => {
  let server: ReverseWsServer;
  beforeAll(async () => {
    server = await ReverseWsServer.listen({ maxPayload: 1_024, idleBotMs: 0 });
  });
  afterAll(() => server.close());

  const implementation = (selfId: number) =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(server.url, { headers: { 'x-self-id': String(selfId) } });
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    });

  it('a frame over maxPayload closes that connection and fails its call with too_large; the server goes on', async () => {
    const ws = await implementation(901);
    ws.on('error', () => undefined);
    ws.on('message', () => ws.send(JSON.stringify({ status: 'ok', retcode: 0, data: 'x'.repeat(4_096), echo: 1 })));
    await expect.poll(() => server.bot(901)?.state).toBe('open');
    const outcome = await settle(new OneBotClient(server.bot(901)!, { timeoutMs: TIMEOUT }).get_login_info());
    expect(errorOf(outcome)).toMatchObject({ name: 'TransportError', code: 'too_large' });
    expect(outcome.ms).toBeLessThan(TIMEOUT);
    const link = await mocks.get('standard')!.connectReverse({ url: server.url, selfId: 902 });
    await expect.poll(() => server.bot(902)?.state).toBe('open');
    await expect(new OneBotClient(server.bot(902)!, { timeoutMs: TIMEOUT }).get_login_info()).resolves.toHaveProperty('user_id');
    link.close();
  });

  it('releases a bot once its connections are closed (idleBotMs), and a reconnect is a new bot', async () => {
    const COUNT = 50;
    for (let i = 0; i < COUNT; i++) {
      const ws = await implementation(1_000 + i);
      await new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close();
      });
    }
    await expect.poll(() => server.connectedBots.filter((b) => Number(b.selfId) >= 1_000).length).toBe(0);
    const first = await implementation(1_000);
    await expect.poll(() => server.bot(1_000)?.state).toBe('open');
    const bot = server.bot(1_000)!;
    first.terminate();
    await expect.poll(() => bot.state).toBe('closed');
    expect(server.bot(1_000)).toBeUndefined();
  });

  it('a new bot beyond maxBots is refused with 503 and reported; the bots already there go on, and a released one frees its place', async () => {
    const capped = await ReverseWsServer.listen({ maxBots: 2, idleBotMs: 0 });
    const refusals: Error[] = [];
    capped.onError((e) => void refusals.push(e));
    const connect = (selfId: number, role = 'Universal') =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(capped.url, { headers: { 'x-self-id': String(selfId), 'x-client-role': role } });
        ws.once('open', () => resolve(ws));
        ws.once('unexpected-response', (_req, res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c));
          res.on('end', () => reject(new Error(`${res.statusCode} ${body}`)));
        });
        ws.once('error', reject);
      });
    const first = await connect(801);
    await connect(802);
    await expect(connect(803)).rejects.toThrow('503 this server already serves 2 bots (maxBots); raise maxBots to serve more');
    expect(refusals.map((e) => e.message)).toEqual(['refused bot 803: this server already serves 2 bots (maxBots); raise maxBots to serve more']);
    expect(capped.connectedBots.map((b) => b.selfId).sort()).toEqual(['801', '802']);
    // A bot already there may add its other half.
    await connect(802, 'Event');
    // Once 801 is gone and released, 803 fits.
    first.close();
    await expect.poll(() => capped.bot(801)).toBeUndefined();
    await connect(803);
    expect(capped.connectedBots.map((b) => b.selfId).sort()).toEqual(['802', '803']);
    await capped.close();
  });

  it('a peer that stops answering pings is closed after pingIntervalMs: its call fails as closed and the bot is released; a live one stays', async () => {
    const pinging = await ReverseWsServer.listen({ pingIntervalMs: 200, idleBotMs: 0 });
    // `ws` answers pings by itself; autoPong: false plays a peer whose network path died.
    const dead = new WebSocket(pinging.url, { headers: { 'x-self-id': '811' }, autoPong: false });
    const live = new WebSocket(pinging.url, { headers: { 'x-self-id': '812' } });
    let pings = 0;
    live.on('ping', () => pings++);
    await Promise.all([dead, live].map((ws) => new Promise((resolve) => ws.once('open', resolve))));
    dead.on('error', () => undefined);
    await expect.poll(() => pinging.bot(811)?.state).toBe('open');
    const bot = pinging.bot(811)!;
    const outcome = await settle(new OneBotClient(bot, { timeoutMs: 60_000 }).get_login_info());
    expect(errorOf(outcome)).toMatchObject({ name: 'TransportError', code: 'closed' });
    expect(errorOf(outcome)!.message).toMatch(/answered no ping for 200 ms/);
    await expect.poll(() => bot.state).toBe('closed');
    expect(pinging.bot(811)).toBeUndefined();
    await expect.poll(() => pings).toBeGreaterThan(3);
    expect(pinging.bot(812)?.state).toBe('open');
    live.close();
    await pinging.close();
  });

  it('a connection that never finishes its request headers is cut off by headersTimeoutMs', async () => {
    const slow = await ReverseWsServer.listen({ headersTimeoutMs: 300 });
    const text = await trickle(slow.port, 'GET / HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    const link = await mocks.get('standard')!.connectReverse({ url: slow.url, selfId: 904 });
    await expect.poll(() => slow.bot(904)?.state).toBe('open');
    link.close();
    await slow.close();
  });

  it('a failure envelope without an echo fails the calls in flight', async () => {
    const ws = await implementation(903);
    ws.on('message', () => ws.send(JSON.stringify({ status: 'failed', retcode: 1400, data: null, message: 'bad frame', echo: null })));
    await expect.poll(() => server.bot(903)?.state).toBe('open');
    const outcome = await settle(new OneBotClient(server.bot(903)!, { timeoutMs: TIMEOUT }).get_login_info());
    expect(errorOf(outcome)).toMatchObject({ name: 'ActionFailedError', retcode: 1400, detail: 'bad frame' });
    ws.terminate();
  });
});

describe('the HTTP POST receiver: bad handlers, slow and large bodies', () => {
  let receiver: HttpPostReceiver;
  const reported: Error[] = [];
  let answer: (event: Record<string, unknown>) => unknown = () => undefined;
  beforeAll(async () => {
    receiver = await HttpPostReceiver.listen({ maxBodyBytes: 1_024, bodyTimeoutMs: 300 });
    receiver.onEvent((event) => answer(event));
    receiver.onError((e) => void reported.push(e));
  });
  afterAll(() => receiver.close());
  const event = JSON.stringify({ time: 1, self_id: 1, post_type: 'message', message_type: 'private', sub_type: 'friend', user_id: 1, message: 'hi' });
  const post = (body: string | ReadableStream, extra: RequestInit = {}) =>
    fetch(receiver.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, ...extra });
  const alive = async () => {
    answer = () => ({ reply: 'ok' });
    const response = await post(event);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reply: 'ok' });
  };

  it.each<[string, () => unknown, RegExp]>([
    ['a quick operation JSON cannot express (a BigInt)', () => ({ reply: 1n }), /BigInt/],
    [
      'a handler that throws',
      () => {
        throw new Error('handler bug');
      },
      /handler bug/,
    ],
    ['a handler that rejects', () => Promise.reject(new Error('async bug')), /async bug/],
  ])('%s: 500 and an error event, and the receiver goes on', async (_name, handler, message) => {
    answer = handler;
    reported.length = 0;
    expect((await post(event)).status).toBe(500);
    expect(reported.map((e) => e.message).join('\n')).toMatch(message);
    await alive();
  });

  it('a body over maxBodyBytes is answered 413, declared or streamed', async () => {
    const big = JSON.stringify({ ...JSON.parse(event), message: 'x'.repeat(4_096) });
    expect((await post(big)).status).toBe(413);
    expect((await post(new Blob([big]).stream(), { duplex: 'half' } as RequestInit)).status).toBe(413);
    await alive();
  });

  it('a body that trickles is answered 408 after bodyTimeoutMs', async () => {
    const { port } = new URL(receiver.url);
    // Under maxBodyBytes (1 024), so only its slowness is wrong.
    const text = await trickle(Number(port), 'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{', ' ');
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    await alive();
  });
});

describe('the HTTP client: an answer larger than maxResponseBytes', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      req.resume();
      const body = JSON.stringify({ status: 'ok', retcode: 0, data: 'x'.repeat(64 * 1024) });
      if (req.url === '/get_status') {
        // Chunked, no length declared: counted as it arrives.
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < body.length; i += 1_000) res.write(body.slice(i, i + 1_000));
        res.end();
      } else if (req.url === '/get_version_info')
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', retcode: 0, data: { user_id: 1, nickname: 'x' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each(['get_status', 'get_version_info'] as const)('%s: TransportError(too_large), and the next call works', async (action) => {
    const bot = new OneBotClient(new HttpTransport({ baseUrl: base, maxResponseBytes: 16 * 1024 }), { timeoutMs: TIMEOUT });
    const outcome = await settle(bot.call(action));
    expect(errorOf(outcome)).toMatchObject({ name: 'TransportError', code: 'too_large', action });
    expect(errorOf(outcome)!.message).toMatch(/larger than maxResponseBytes \(16384 bytes\); raise the limit/);
    await expect(bot.get_login_info()).resolves.toEqual({ user_id: 1, nickname: 'x' });
    const roomy = new OneBotClient(new HttpTransport({ baseUrl: base, maxResponseBytes: 1024 * 1024 }), { timeoutMs: TIMEOUT });
    await expect(roomy.call(action)).resolves.toHaveLength(64 * 1024);
  });
});

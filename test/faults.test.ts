/**
 * Fault injection: a scripted loopback peer misbehaves, and every call must settle the right way
 * within its timeout. The peer answers by the action name, so each case is one line.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { OneBotClient } from '../generated/typescript/client.js';
import { ActionFailedError, HttpTransport, TimeoutError, TransportError, WsForwardTransport } from '../runtime/index.js';
import { PendingCalls } from '../runtime/pending-calls.js';
import { closedPort, settle, wsPeer, type Peer } from './helpers/servers.js';

const TIMEOUT = 400;
const ok = (echo: unknown, data: unknown = null) => JSON.stringify({ status: 'ok', retcode: 0, data, echo });

/** How the peer treats each action. */
function misbehave(socket: WebSocket, frame: { action: string; echo: unknown }): void {
  switch (frame.action) {
    case 'get_login_info':
      return socket.send(ok(frame.echo, { user_id: 1, nickname: 'bot' }));
    case 'get_status': // closes mid-call
      return socket.terminate();
    case 'get_version_info': // malformed JSON
      return socket.send('{"status": "ok", "retcode": 0, "echo": ' + JSON.stringify(frame.echo));
    case 'get_friend_list': // an echo nobody sent
      return socket.send(ok('no-such-echo', []));
    case 'get_group_list': // answers after the timeout
      return void setTimeout(() => socket.readyState === socket.OPEN && socket.send(ok(frame.echo, [])), TIMEOUT * 2);
    case 'delete_msg': // retcode ≠ 0, go-cqhttp style
      return socket.send(JSON.stringify({ status: 'failed', retcode: 100, data: null, msg: 'MESSAGE_NOT_FOUND', wording: '消息不存在', echo: frame.echo }));
    case 'get_csrf_token': // echo as a string, as some implementations do
      return socket.send(ok(String(frame.echo), { token: 7 }));
    default: // silence
      return;
  }
}

let peer: Peer;
beforeAll(async () => {
  peer = await wsPeer((socket) => socket.on('message', (data) => misbehave(socket, JSON.parse(data.toString()))));
});
afterAll(() => peer.close());

async function client() {
  const transport = new WsForwardTransport({ url: peer.url, reconnect: false });
  await transport.ready();
  return { transport, bot: new OneBotClient(transport, { timeoutMs: TIMEOUT }) };
}

describe('forward WebSocket faults: every call settles correctly within its timeout', () => {
  const cases: [string, (bot: OneBotClient) => Promise<unknown>, (outcome: Awaited<ReturnType<typeof settle>>) => void][] = [
    ['a normal answer resolves', (b) => b.get_login_info(), (o) => expect(o.ok && o.value).toEqual({ user_id: 1, nickname: 'bot' })],
    [
      'the server closes mid-call: TransportError(closed) at once',
      (b) => b.get_status(),
      (o) => {
        expect(o.ok || o.error).toBeInstanceOf(TransportError);
        expect(o.ok || (o.error as TransportError).code).toBe('closed');
        expect(o.ms).toBeLessThan(TIMEOUT);
      },
    ],
    ['malformed JSON: TimeoutError', (b) => b.get_version_info(), (o) => expect(o.ok || o.error).toBeInstanceOf(TimeoutError)],
    ['an unknown echo: TimeoutError', (b) => b.get_friend_list(), (o) => expect(o.ok || o.error).toBeInstanceOf(TimeoutError)],
    ['a late answer: TimeoutError, and the late answer is dropped', (b) => b.get_group_list(), (o) => expect(o.ok || o.error).toBeInstanceOf(TimeoutError)],
    [
      'retcode ≠ 0: ActionFailedError with retcode and msg',
      (b) => b.delete_msg({ message_id: 1 }),
      (o) => {
        expect(o.ok || o.error).toBeInstanceOf(ActionFailedError);
        expect(o.ok || o.error).toMatchObject({ retcode: 100, detail: 'MESSAGE_NOT_FOUND', wording: '消息不存在' });
      },
    ],
    ['an echo sent back as a string still matches', (b) => b.get_csrf_token(), (o) => expect(o.ok && o.value).toEqual({ token: 7 })],
    [
      'no answer at all: TimeoutError',
      (b) => b.get_cookies({ domain: 'qq.com' }),
      (o) => {
        expect(o.ok || o.error).toBeInstanceOf(TimeoutError);
        expect(o.ok || o.error).toMatchObject({ action: 'get_cookies', timeoutMs: TIMEOUT });
      },
    ],
  ];

  it.each(cases)('%s', async (_name, call, check) => {
    const { bot, transport } = await client();
    const errors: Error[] = [];
    transport.onError((e) => void errors.push(e));
    const outcome = await settle(call(bot));
    check(outcome);
    expect(outcome.ms).toBeLessThan(TIMEOUT + 1_000);
    await bot.close();
  });

  it('reports malformed frames and unknown echoes without failing other calls', async () => {
    const { bot, transport } = await client();
    const errors: TransportError[] = [];
    transport.onError((e) => void errors.push(e as TransportError));
    const outcomes = await Promise.all([settle(bot.get_version_info()), settle(bot.get_friend_list()), settle(bot.get_login_info())]);
    expect(outcomes.map((o) => o.ok)).toEqual([false, false, true]);
    expect(errors.map((e) => e.code)).toEqual(['malformed', 'malformed']);
    await bot.close();
  });

  it('fails every call in flight at once when the connection drops, and later calls at once', async () => {
    const { bot, transport } = await client();
    const silent = [settle(bot.get_cookies({ domain: 'a' })), settle(bot.get_cookies({ domain: 'b' }))];
    const dropped = await settle(bot.get_status());
    const outcomes = await Promise.all(silent);
    for (const o of [dropped, ...outcomes]) {
      expect(o.ok || (o.error as TransportError).code).toBe('closed');
      expect(o.ms).toBeLessThan(TIMEOUT);
    }
    expect(transport.state).toBe('closed');
    const after = await settle(bot.get_login_info());
    expect(after.ok || (after.error as TransportError).code).toBe('not_connected');
  });

  it('fails a call waiting for a refused connection with TransportError(connect)', async () => {
    const transport = new WsForwardTransport({ url: `ws://127.0.0.1:${await closedPort()}`, reconnect: false });
    const bot = new OneBotClient(transport, { timeoutMs: TIMEOUT });
    const outcome = await settle(bot.get_login_info());
    expect(outcome.ok || outcome.error).toBeInstanceOf(TransportError);
    expect(outcome.ok || (outcome.error as TransportError).code).toBe('connect');
    expect(outcome.ms).toBeLessThan(TIMEOUT + 1_000);
    await bot.close();
  });

  it('keeps retrying a refused connection, failing calls at once while it waits', async () => {
    const transport = new WsForwardTransport({ url: `ws://127.0.0.1:${await closedPort()}`, reconnect: { initialDelayMs: 5_000 } });
    const bot = new OneBotClient(transport, { timeoutMs: TIMEOUT });
    await expect.poll(() => transport.state).toBe('reconnecting');
    const outcome = await settle(bot.get_login_info());
    expect(outcome.ok || (outcome.error as TransportError).code).toBe('not_connected');
    await bot.close();
    expect(transport.state).toBe('closed');
  });

  it('aborts a call with its signal', async () => {
    const { bot } = await client();
    const controller = new AbortController();
    const call = settle(bot.get_cookies({ domain: 'x' }, { signal: controller.signal }));
    controller.abort();
    const outcome = await call;
    expect(outcome.ok || (outcome.error as TransportError).code).toBe('aborted');
    await bot.close();
  });
});

describe('pending calls leave nothing behind', () => {
  it('uses one timer for all calls, clears it on failAll, and removes abort listeners', async () => {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const clear = vi.spyOn(globalThis, 'clearTimeout');
    const pending = new PendingCalls();
    const controller = new AbortController();
    const calls = Array.from({ length: 50 }, (_, i) => pending.add('x', 10_000 + i, controller.signal));
    for (const { echo } of calls.slice(1)) pending.resolve(echo, { retcode: 0 });
    expect(set).toHaveBeenCalledTimes(1);
    // The timer is unref'd: it never keeps the process alive.
    expect(set.mock.results[0]!.value.hasRef()).toBe(false);
    pending.failAll(() => new Error('closed'));
    expect(clear).toHaveBeenCalledWith(set.mock.results[0]!.value);
    set.mockRestore();
    clear.mockRestore();
    await Promise.allSettled(calls.map((c) => c.promise));
    expect(pending.size).toBe(0);
    // A listener left on the signal would make abort() reject an already settled promise: it must not throw.
    expect(() => controller.abort()).not.toThrow();
  });

  it('expires calls with different timeouts in deadline order', async () => {
    const pending = new PendingCalls();
    const order: number[] = [];
    const calls = [60, 20, 40].map((ms) => pending.add(`t${ms}`, ms).promise.catch(() => void order.push(ms)));
    await Promise.all(calls);
    expect(order).toEqual([20, 40, 60]);
    expect(pending.size).toBe(0);
  });
});

describe('HTTP faults', () => {
  it('fails with TransportError when the server closes mid-call, within the timeout', async () => {
    const server = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const bot = new OneBotClient(new HttpTransport({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }), { timeoutMs: TIMEOUT });
    const outcome = await settle(bot.get_login_info());
    expect(outcome.ok || outcome.error).toBeInstanceOf(TransportError);
    expect(outcome.ms).toBeLessThan(TIMEOUT + 1_000);
    await new Promise((resolve) => server.close(resolve));
  });

  it('fails a refused connection with TransportError(connect)', async () => {
    const bot = new OneBotClient(new HttpTransport({ baseUrl: `http://127.0.0.1:${await closedPort()}` }), { timeoutMs: TIMEOUT });
    const outcome = await settle(bot.get_login_info());
    expect(outcome.ok || (outcome.error as TransportError).code).toBe('connect');
  });
});

/** The generated client over forward WebSocket, against the mock implementation on loopback. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OneBotClient } from '../generated/typescript/client.js';
import type { EventMap } from '../generated/typescript/events.js';
import { MockServer } from '../mock/index.js';
import { ActionFailedError, AuthError, WsForwardTransport, type StateChange, type UnknownEvent } from '../runtime/index.js';
import { next, settle } from './helpers/servers.js';

const TOKEN = 'ws-token';
let mock: MockServer;
let stringMock: MockServer;

beforeAll(async () => {
  mock = await MockServer.start({ accessToken: TOKEN });
  stringMock = await MockServer.start({ model: mock.model, messageFormat: 'string' });
});
afterAll(async () => {
  await mock.close();
  await stringMock.close();
});

async function connect(options: Partial<ConstructorParameters<typeof WsForwardTransport>[0]> = {}, server = mock) {
  const transport = new WsForwardTransport({ url: server.wsUrl, accessToken: TOKEN, reconnect: false, ...options });
  const bot = new OneBotClient(transport, { timeoutMs: 3_000 });
  await transport.ready();
  return { transport, bot };
}

describe('forward WebSocket', () => {
  it('calls actions on the universal endpoint, matching answers by echo', async () => {
    const { bot } = await connect();
    const before = mock.calls.length;
    const results = await Promise.all([bot.get_login_info(), bot.send_private_msg({ user_id: 1, message: 'hi' }), bot.get_friend_list()]);
    expect(results[0]).toHaveProperty('user_id');
    expect(results[1]).toHaveProperty('message_id');
    expect(Array.isArray(results[2])).toBe(true);
    expect(mock.calls.slice(before).map((c) => [c.action, c.transport])).toEqual([
      ['get_login_info', 'ws'],
      ['send_private_msg', 'ws'],
      ['get_friend_list', 'ws'],
    ]);
    await bot.close();
  });

  it('calls the _async and _rate_limited variants', async () => {
    const { bot } = await connect();
    await bot.callAsync('send_msg', { message_type: 'private', user_id: 1, message: 'x' });
    await bot.callRateLimited('send_group_msg', { group_id: 1, message: 'x' });
    expect(mock.calls.slice(-2).map((c) => [c.action, c.response.status])).toEqual([
      ['send_msg_async', 'async'],
      ['send_group_msg_rate_limited', 'async'],
    ]);
    await bot.close();
  });

  it('rejects parameters the spec does not allow with ActionFailedError (retcode 1400)', async () => {
    const { bot } = await connect();
    const outcome = await settle(bot.call('send_private_msg', { user_id: 'nope' as unknown as number, message: 'x' }));
    expect(outcome.ok).toBe(false);
    expect(outcome.ok || outcome.error).toBeInstanceOf(ActionFailedError);
    expect(outcome.ok || outcome.error).toMatchObject({ retcode: 1400, detail: expect.stringMatching(/user_id/) });
    await bot.close();
  });

  it('uses the split /api and /event endpoints', async () => {
    const { transport, bot } = await connect({ split: true });
    const event = next<EventMap['notice.group_recall']>((l) => bot.on('notice.group_recall', l));
    await expect(bot.get_status()).resolves.toHaveProperty('online');
    expect(mock.eventConnections).toBeGreaterThanOrEqual(1);
    await mock.pushExample('group_recall');
    expect((await event).notice_type).toBe('group_recall');
    await transport.close();
  });

  it('delivers typed events by name, most specific first, then the groups, then *', async () => {
    const { bot } = await connect();
    const order: string[] = [];
    bot.on('*', () => void order.push('*'));
    bot.on('notice', (e) => void order.push(`notice:${e.notice_type}`));
    bot.on('notice.notify', (e) => void order.push(`notify:${e.sub_type}`));
    const poke = next<EventMap['notice.notify.poke']>((l) => bot.on('notice.notify.poke', l));
    await mock.pushExample('poke');
    const event = await poke;
    expect(event.target_id).toEqual(expect.any(Number));
    expect(order).toEqual(['notify:poke', 'notice:notify', '*']);
    await bot.close();
  });

  it('delivers messages as segments whether the implementation sends a CQ string or an array', async () => {
    for (const server of [mock, stringMock]) {
      const { bot } = await connect({ accessToken: server === mock ? TOKEN : '' }, server);
      const received = next<EventMap['message.group']>((l) => bot.on('message.group', l));
      await server.pushExample('group_message', {
        message: [
          { type: 'text', data: { text: 'hi [1], ' } },
          { type: 'at', data: { qq: '10001' } },
        ],
      });
      const event = await received;
      expect(event.message).toEqual([
        { type: 'text', data: { text: 'hi [1], ' } },
        { type: 'at', data: { qq: '10001' } },
      ]);
      await bot.close();
    }
  });

  it('delivers unknown events and segments, typed as unknown, without crashing', async () => {
    const { bot } = await connect();
    const unknown = next<UnknownEvent>((l) => bot.on('unknown', l));
    const all: unknown[] = [];
    bot.on('*', (e) => void all.push(e));
    await mock.push({ post_type: 'notice', notice_type: 'brand_new', detail: 1 });
    expect(await unknown).toMatchObject({ notice_type: 'brand_new', detail: 1 });
    const group = next<EventMap['message.group']>((l) => bot.on('message.group', l));
    await mock.pushExample('group_message', { message: '[CQ:future,x=1]hello' });
    expect((await group).message).toEqual([
      { type: 'unknown', data: { type: 'future', data: { x: '1' } } },
      { type: 'text', data: { text: 'hello' } },
    ]);
    expect(all).toHaveLength(2);
    await bot.close();
  });

  it('sends a handler’s quick operation back as .handle_quick_operation', async () => {
    const { bot } = await connect();
    bot.on('request.friend', () => ({ approve: true, remark: 'friend' }));
    const before = mock.callsOf('.handle_quick_operation').length;
    await mock.pushExample('friend_request');
    await expect.poll(() => mock.callsOf('.handle_quick_operation').length).toBe(before + 1);
    const call = mock.callsOf('.handle_quick_operation').at(-1)!;
    expect(call.params).toMatchObject({ context: { post_type: 'request', request_type: 'friend' }, operation: { approve: true, remark: 'friend' } });
    expect(call.errors).toEqual([]);
    await bot.close();
  });

  it('keeps delivering when a handler throws, and reports the error', async () => {
    const { bot } = await connect();
    const errors: Error[] = [];
    bot.events.onError((e) => void errors.push(e));
    bot.on('notice.group_recall', () => {
      throw new Error('handler bug');
    });
    const second = next<EventMap['notice.group_recall']>((l) => bot.on('notice.group_recall', l));
    await mock.pushExample('group_recall');
    await second;
    expect(errors.map((e) => e.message)).toEqual(['handler bug']);
    await bot.close();
  });

  it('is refused with a missing (401) or wrong (403) token: AuthError for the waiting call, and no reconnecting', async () => {
    for (const [token, status, reason] of [
      ['', 401, 'missing'],
      ['wrong', 403, 'wrong'],
    ] as const) {
      const transport = new WsForwardTransport({ url: mock.wsUrl, accessToken: token, reconnect: { initialDelayMs: 10 } });
      const bot = new OneBotClient(transport, { timeoutMs: 3_000 });
      const outcome = await settle(bot.get_login_info());
      expect(outcome.ok).toBe(false);
      expect(outcome.ok || outcome.error).toBeInstanceOf(AuthError);
      expect(outcome.ok || outcome.error).toMatchObject({ action: 'get_login_info', reason, httpStatus: status, retcode: 1000 + status });
      expect(transport.state).toBe('closed');
      await bot.close();
    }
  });

  it('reconnects with backoff after the connection drops, and reports each state', async () => {
    const transport = new WsForwardTransport({ url: mock.wsUrl, accessToken: TOKEN, reconnect: { initialDelayMs: 20, maxDelayMs: 100 } });
    const states: StateChange[] = [];
    transport.onStateChange((s) => void states.push(s));
    await transport.ready();
    const bot = new OneBotClient(transport, { timeoutMs: 3_000 });
    // Drop every connection from the server side.
    const port = mock.port;
    const down = new Promise<void>((resolve) => transport.onStateChange((s) => s.state === 'reconnecting' && resolve()));
    await mock.close();
    await down;
    mock = await MockServer.start({ model: mock.model, accessToken: TOKEN, port });
    await expect.poll(() => transport.state, { timeout: 5_000 }).toBe('open');
    expect(states.map((s) => s.state)).toContain('reconnecting');
    expect(states.find((s) => s.state === 'reconnecting')!.retryInMs).toBeLessThanOrEqual(100);
    await expect(bot.get_login_info()).resolves.toHaveProperty('user_id');
    await bot.close();
    expect(transport.state).toBe('closed');
  });

  it('waitForConnection: a call during a reconnect waits for the connection within its timeout; by default it fails at once', async () => {
    const transport = new WsForwardTransport({ url: mock.wsUrl, accessToken: TOKEN, reconnect: { initialDelayMs: 20, maxDelayMs: 100 } });
    await transport.ready();
    const bot = new OneBotClient(transport, { timeoutMs: 5_000 });
    const waiting = new OneBotClient(transport, { timeoutMs: 5_000, waitForConnection: true });
    const port = mock.port;
    const down = new Promise<void>((resolve) => transport.onStateChange((s) => s.state === 'reconnecting' && resolve()));
    await mock.close();
    await down;
    // Without waiting, a call fails with the connection: at once (not_connected), or with the attempt under way (connect).
    const failing = { name: 'TransportError', code: expect.stringMatching(/^(not_connected|connect)$/) };
    let byCall: Promise<unknown>, byClient: Promise<unknown>;
    try {
      await expect(bot.get_login_info()).rejects.toMatchObject(failing);
      await expect(bot.get_login_info(undefined, { waitForConnection: true, timeoutMs: 50 })).rejects.toMatchObject({ name: 'TimeoutError' });
      byCall = bot.get_login_info(undefined, { waitForConnection: true });
      byClient = waiting.get_login_info();
      // The client-wide default can be turned off per call.
      await expect(waiting.get_login_info(undefined, { waitForConnection: false })).rejects.toMatchObject(failing);
    } finally {
      mock = await MockServer.start({ model: mock.model, accessToken: TOKEN, port });
    }
    await expect(byCall).resolves.toHaveProperty('user_id');
    await expect(byClient).resolves.toHaveProperty('user_id');
    await bot.close();
  });

  it('waitForConnection: a waiting call fails when the transport is closed', async () => {
    const transport = new WsForwardTransport({ url: mock.wsUrl, accessToken: TOKEN, reconnect: { initialDelayMs: 20, maxDelayMs: 100 } });
    await transport.ready();
    const bot = new OneBotClient(transport, { timeoutMs: 5_000, waitForConnection: true });
    const port = mock.port;
    const down = new Promise<void>((resolve) => transport.onStateChange((s) => s.state === 'reconnecting' && resolve()));
    await mock.close();
    await down;
    try {
      const call = bot.get_login_info();
      await bot.close();
      await expect(call).rejects.toMatchObject({ name: 'TransportError', code: 'not_connected' });
    } finally {
      mock = await MockServer.start({ model: mock.model, accessToken: TOKEN, port });
    }
  });
});

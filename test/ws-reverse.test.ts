/** The reverse WebSocket server: the mock implementation connects to it, as a real one would. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { OneBotClient } from '../generated/typescript/client.js';
import type { EventMap } from '../generated/typescript/events.js';
import { MockServer } from '../mock/index.js';
import { ReverseWsServer, type TransportError, type ReverseWsBot } from '../runtime/index.js';
import { next, settle } from './helpers/servers.js';

const TOKEN = 'reverse-token';
let server: ReverseWsServer;
let mocks: MockServer[];

beforeAll(async () => {
  server = await ReverseWsServer.listen({ accessToken: TOKEN });
  const first = await MockServer.start({ selfId: 111 });
  mocks = [first, await MockServer.start({ model: first.model, selfId: 222 }), await MockServer.start({ model: first.model, selfId: 333 })];
});
afterAll(async () => {
  await server.close();
  await Promise.all(mocks.map((m) => m.close()));
});

/** Opens a raw connection and resolves with the HTTP status it was refused with (101 when accepted). */
function handshake(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(server.url, { headers });
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
}

describe('reverse WebSocket', () => {
  it('refuses a missing token with 401, a wrong one with 403, a missing X-Self-ID with 400', async () => {
    expect(await handshake({ 'x-self-id': '1' })).toBe(401);
    expect(await handshake({ 'x-self-id': '1', authorization: 'Bearer wrong' })).toBe(403);
    expect(await handshake({ authorization: `Bearer ${TOKEN}` })).toBe(400);
    expect(await handshake({ 'x-self-id': '1', 'x-client-role': 'Nonsense', authorization: `Bearer ${TOKEN}` })).toBe(400);
    await expect(mocks[0]!.connectReverse({ url: server.url, accessToken: 'wrong' })).rejects.toThrow(/403/);
  });

  it('serves a Universal connection: calls and events of one bot', async () => {
    const arrived = next<ReverseWsBot>((l) => server.onBot(l));
    const link = await mocks[0]!.connectReverse({ url: server.url, accessToken: TOKEN });
    const conn = await arrived;
    expect(conn.selfId).toBe('111');
    const bot = new OneBotClient(conn, { timeoutMs: 3_000 });
    await expect(bot.get_login_info()).resolves.toHaveProperty('user_id');
    expect(mocks[0]!.calls.at(-1)!.action).toBe('get_login_info');
    const recall = next<EventMap['notice.group_recall']>((l) => bot.on('notice.group_recall', l));
    await mocks[0]!.pushExample('group_recall');
    expect((await recall).self_id).toBe(111);
    link.close();
  });

  it('pairs API and Event connections of the same bot, and keeps several bots apart', async () => {
    await mocks[1]!.connectReverse({ url: server.url, accessToken: TOKEN, split: true });
    await mocks[2]!.connectReverse({ url: server.url, accessToken: TOKEN });
    await expect.poll(() => server.bot(222)?.state).toBe('open');
    await expect.poll(() => server.bot(333)?.state).toBe('open');
    const two = new OneBotClient(server.bot(222)!, { timeoutMs: 3_000 });
    const three = new OneBotClient(server.bot(333)!, { timeoutMs: 3_000 });
    await Promise.all([two.get_status(), three.get_friend_list(), two.get_group_list()]);
    expect(mocks[1]!.calls.map((c) => c.action)).toEqual(['get_status', 'get_group_list']);
    expect(mocks[2]!.calls.map((c) => c.action)).toEqual(['get_friend_list']);
    const poke = next<EventMap['notice.notify.poke']>((l) => two.on('notice.notify.poke', l));
    await mocks[1]!.pushExample('poke', { self_id: 222 });
    expect((await poke).self_id).toBe(222);
  });

  it('fails a call in flight at once when the bot disconnects, and calls without a connection at once', async () => {
    const implementation = new WebSocket(server.url, { headers: { 'x-self-id': '444', authorization: `Bearer ${TOKEN}` } });
    await new Promise((resolve) => implementation.once('open', resolve));
    await expect.poll(() => server.bot(444)?.state).toBe('open');
    const bot = new OneBotClient(server.bot(444)!, { timeoutMs: 5_000 });
    // The implementation reads the call, then goes away without answering.
    implementation.once('message', () => implementation.terminate());
    const outcome = await settle(bot.get_login_info());
    expect(outcome.ok || (outcome.error as TransportError).code).toBe('closed');
    expect(outcome.ms).toBeLessThan(5_000);
    const after = await settle(bot.get_login_info());
    expect(after.ok || (after.error as TransportError).code).toBe('not_connected');
  });
});

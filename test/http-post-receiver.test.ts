/** The HTTP POST event receiver: signatures, quick operations, and the mock posting to it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OneBotClient } from '../generated/typescript/client.js';
import type { EventMap } from '../generated/typescript/events.js';
import { MockServer } from '../mock/index.js';
import { HttpPostReceiver, HttpTransport, signBody, verifySignature } from '../runtime/index.js';
import { next } from './helpers/servers.js';

const SECRET = 'post-secret';
let receiver: HttpPostReceiver;
let mock: MockServer;
let bot: OneBotClient;

beforeAll(async () => {
  receiver = await HttpPostReceiver.listen({ secret: SECRET, handlerTimeoutMs: 2_000 });
  mock = await MockServer.start({ post: { url: receiver.url, secret: SECRET }, messageFormat: 'string' });
  bot = new OneBotClient(new HttpTransport({ baseUrl: mock.httpUrl }), { timeoutMs: 3_000 });
  bot.listen(receiver);
});
afterAll(async () => {
  await receiver.close();
  await mock.close();
});

const event = JSON.stringify({ time: 1, self_id: 1, post_type: 'notice', notice_type: 'group_recall', group_id: 1, user_id: 2, operator_id: 2, message_id: 3 });
const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(receiver.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('HTTP POST receiver', () => {
  it('verifies an HMAC-SHA1 signature, and fails it when any one byte of the body changes', () => {
    const body = Buffer.from(event);
    const signature = signBody(body, SECRET);
    expect(signature).toMatch(/^sha1=[0-9a-f]{40}$/);
    expect(verifySignature(body, signature, SECRET)).toBe(true);
    for (let i = 0; i < body.length; i++) {
      const changed = Buffer.from(body);
      changed[i] = changed[i]! ^ 1;
      expect(verifySignature(changed, signature, SECRET), `byte ${i}`).toBe(false);
    }
    expect(verifySignature(body, signature, 'other-secret')).toBe(false);
    expect(verifySignature(body, 'sha1=' + '0'.repeat(40), SECRET)).toBe(false);
    expect(verifySignature(body, 'sha1=abc', SECRET)).toBe(false);
    expect(verifySignature(body, undefined, SECRET)).toBe(false);
  });

  it('accepts a signed post and refuses an unsigned (401), a wrongly signed (403) or a tampered one', async () => {
    const seen: unknown[] = [];
    const off = receiver.onEvent((e) => void seen.push(e));
    expect((await post(event, { 'x-signature': signBody(event, SECRET) })).status).toBe(204);
    expect((await post(event)).status).toBe(401);
    expect((await post(event, { 'x-signature': signBody(event, 'wrong') })).status).toBe(403);
    const tampered = event.replace('"message_id":3', '"message_id":4');
    expect((await post(tampered, { 'x-signature': signBody(event, SECRET) })).status).toBe(403);
    expect((await post('not json', { 'x-signature': signBody('not json', SECRET) })).status).toBe(400);
    off();
    expect(seen).toHaveLength(1);
  });

  it('delivers posted events typed, with CQ-string messages as segments, and answers with the quick operation', async () => {
    const received = next<EventMap['message.group']>((l) => bot.on('message.group', l));
    const off = bot.on('message.group', async (e) => ({ reply: `echo: ${e.message.length} segments`, at_sender: false }));
    await mock.pushExample('group_message', { message: 'hi[CQ:face,id=1]' });
    expect((await received).message).toEqual([
      { type: 'text', data: { text: 'hi' } },
      { type: 'face', data: { id: '1' } },
    ]);
    expect(mock.quickOperations.at(-1)).toEqual({ reply: 'echo: 2 segments', at_sender: false });
    off();
  });

  it('answers 204 when handlers answer nothing, or take longer than allowed', async () => {
    const slow = await HttpPostReceiver.listen({ handlerTimeoutMs: 50 });
    slow.onEvent(() => new Promise((resolve) => setTimeout(() => resolve({ approve: true }), 500)));
    const response = await fetch(slow.url, { method: 'POST', body: event, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(204);
    await slow.close();
  });
});

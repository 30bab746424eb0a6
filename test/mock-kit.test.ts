/**
 * The test kit (`onebot-spec/mock`) as a bot project uses it: a bot on each transport, events
 * pushed by name and raw, actions answered by the test's own handlers, the calls asserted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { OneBotClient } from '../generated/typescript/client.js';
import type { EventMap } from '../generated/typescript/events.js';
import { seg } from '../generated/typescript/segment-builders.js';
import { MockFailure, MockServer } from '../mock/index.js';
import { reply } from '../runtime/message.js';
import {
  ActionFailedError,
  HttpPostReceiver,
  HttpTransport,
  ReverseWsServer,
  WsForwardTransport,
  type ReverseWsBot,
  type UnknownEvent,
} from '../runtime/index.js';

const closing: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

async function started(options: Parameters<typeof MockServer.start>[0] = {}): Promise<MockServer> {
  const mock = await MockServer.start(options);
  closing.push(() => mock.close());
  return mock;
}

/**
 * The bot under test: pong in the group, or the private chat, a message came from. Returns its
 * replies in flight, for a test to await before it closes the connection under them.
 */
function pingBot(bot: OneBotClient): Promise<unknown>[] {
  const replies: Promise<unknown>[] = [];
  const onMessage = (e: EventMap['message.group'] | EventMap['message.private']) => {
    if (e.message.some((s) => s.type === 'text' && s.data.text.trim() === 'ping')) replies.push(reply(bot, e, [seg.reply(e.message_id), seg.text('pong')]));
  };
  bot.on('message.group', onMessage);
  bot.on('message.private', onMessage);
  return replies;
}

describe('the test kit', () => {
  it('drives a forward-WebSocket bot: emit by event name, wait for its call, read typed params', async () => {
    const mock = await started({ accessToken: 't' });
    const bot = new OneBotClient(new WsForwardTransport({ url: mock.wsUrl, accessToken: 't', reconnect: false }), { timeoutMs: 3_000 });
    closing.push(() => bot.close());
    const replies = pingBot(bot);
    await mock.waitForEventConnection();
    await mock.emit('message.group', { group_id: 123, user_id: 456, message_id: 77, message: [seg.at(10001), seg.text(' ping')] });
    const call = await mock.waitForCall('send_group_msg');
    expect(call.transport).toBe('ws');
    expect(call.errors).toEqual([]);
    expect(call.params.group_id).toBe(123);
    expect(call.params.message).toEqual([
      { type: 'reply', data: { id: '77' } },
      { type: 'text', data: { text: 'pong' } },
    ]);
    // A private message is answered privately: the same bot, another event.
    await mock.emit('message.private', { user_id: 456, message: 'ping' });
    expect((await mock.waitForCall('send_private_msg')).params.user_id).toBe(456);
    expect(mock.callsOf('send_group_msg')).toHaveLength(1);
    await Promise.all(replies);
  });

  it('answers with the test’s handlers, async ones and failures with a retcode, and records every call', async () => {
    const mock = await started();
    const bot = new OneBotClient(new HttpTransport({ baseUrl: mock.httpUrl }), { timeoutMs: 3_000 });
    mock
      .handle(
        'get_group_member_list',
        async ({ group_id }) => [{ group_id: Number(group_id), user_id: 1, nickname: 'owner', card: '', role: 'owner' }] as never,
      )
      .handle('delete_msg', () => {
        throw new MockFailure(1200, 'message not found');
      });
    await expect(bot.get_group_member_list({ group_id: 9 })).resolves.toMatchObject([{ group_id: 9, nickname: 'owner' }]);
    const failure = await bot.delete_msg({ message_id: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ActionFailedError);
    expect(failure).toMatchObject({ retcode: 1200, detail: 'message not found' });
    expect(mock.calls.map((c) => [c.action, c.params, c.response.retcode])).toEqual([
      ['get_group_member_list', { group_id: 9 }, 0],
      ['delete_msg', { message_id: 1 }, 1200],
    ]);
    mock.reset();
    expect(mock.calls).toEqual([]);
    await expect(mock.waitForCall('get_login_info', { timeoutMs: 50 })).rejects.toThrow('the mock waited 50 ms for a call of get_login_info, and none came');
  });

  it('pushes a custom event the spec does not know as it is; the client hands it to `unknown`', async () => {
    const mock = await started();
    const bot = new OneBotClient(new WsForwardTransport({ url: mock.wsUrl, reconnect: false }), { timeoutMs: 3_000 });
    closing.push(() => bot.close());
    const unknown = new Promise<UnknownEvent>((resolve) => bot.on('unknown', resolve));
    await mock.waitForEventConnection();
    await mock.push({ post_type: 'notice', notice_type: 'my_plugin_event', payload: { x: 1 } });
    expect(await unknown).toMatchObject({ post_type: 'notice', notice_type: 'my_plugin_event', payload: { x: 1 }, self_id: 10001, time: expect.any(Number) });
  });

  it('connects to a bot’s reverse WebSocket server and serves it as the implementation would', async () => {
    const mock = await started({ accessToken: 't' });
    const server = await ReverseWsServer.listen({ accessToken: 't' });
    closing.push(() => server.close());
    const arrived = new Promise<ReverseWsBot>((resolve) => server.onBot(resolve));
    const link = await mock.connectReverse({ url: server.url, accessToken: 't' });
    closing.push(() => link.close());
    const bot = new OneBotClient(await arrived, { timeoutMs: 3_000 });
    const replies = pingBot(bot);
    await mock.emit('message.group', { group_id: 5, message: 'ping' });
    expect((await mock.waitForCall('send_group_msg')).params.group_id).toBe(5);
    await Promise.all(replies);
  });

  it('POSTs events to a bot’s HTTP receiver, signed, and keeps the quick operation it answers with', async () => {
    const receiver = await HttpPostReceiver.listen({ secret: 's' });
    closing.push(() => receiver.close());
    const mock = await started({ post: { url: receiver.url, secret: 's' } });
    const bot = new OneBotClient(new HttpTransport({ baseUrl: mock.httpUrl }), { timeoutMs: 3_000 });
    bot.listen(receiver);
    bot.on('request.friend', () => ({ approve: true, remark: 'new friend' }));
    await mock.emit('request.friend', { user_id: 42, comment: 'hi' });
    expect(mock.quickOperations).toEqual([{ approve: true, remark: 'new friend' }]);
  });

  it('refuses an event name that is not one event, naming the names it knows', async () => {
    const mock = await started({ implementation: 'onebot11' });
    // 'message' names a group of events: the test must say which one.
    expect(() => mock.emit('message', {})).toThrow(/'message' is not the name of one event of onebot11; the names are .*message\.group/);
  });
});

// Typed by the action: each line fails to compile without its @ts-expect-error.
async function typeChecks(mock: MockServer): Promise<void> {
  // @ts-expect-error get_group_info answers a GroupInfo, not a string.
  mock.handle('get_group_info', () => 'not a group');
  // @ts-expect-error send_group_msg takes no user_name.
  mock.handle('send_group_msg', ({ user_name }) => ({ message_id: Number(user_name) }));
  // @ts-expect-error group_id of a group message is a number.
  await mock.emit('message.group', { group_id: 'x' });
  // @ts-expect-error no event is called message.grop.
  await mock.emit('message.grop', {});
  const call = await mock.waitForCall('set_group_ban');
  // @ts-expect-error set_group_ban's params have no message.
  void call.params.message;
}
void typeChecks;

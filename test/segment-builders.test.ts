/** The generated segment builders and the runtime's message helpers, called. */
import { describe, expect, it, vi } from 'vitest';
import { seg } from '../generated/typescript/segment-builders.js';
import { eventCatalog } from '../generated/typescript/events.js';
import { EventHub } from '../runtime/events.js';
import { mentions, plainText, reply } from '../runtime/message.js';

describe('segment builders', () => {
  it('build the wire shape, sending numeric ids as strings', () => {
    expect(seg.text('hi')).toEqual({ type: 'text', data: { text: 'hi' } });
    expect(seg.at(10001000)).toEqual({ type: 'at', data: { qq: '10001000' } });
    expect(seg.at('all')).toEqual({ type: 'at', data: { qq: 'all' } });
    expect(seg.reply(-12345)).toEqual({ type: 'reply', data: { id: '-12345' } });
    expect(seg.face(14)).toEqual({ type: 'face', data: { id: '14' } });
    expect(seg.shake()).toEqual({ type: 'shake', data: {} });
  });

  it('take the one required field alone, with the others, or the whole data', () => {
    expect(seg.image('file:///a.png')).toEqual({ type: 'image', data: { file: 'file:///a.png' } });
    expect(seg.image('file:///a.png', { summary: '[cat]' })).toEqual({ type: 'image', data: { file: 'file:///a.png', summary: '[cat]' } });
    expect(seg.image({ file: 'file:///a.png', type: 'flash' })).toEqual({ type: 'image', data: { file: 'file:///a.png', type: 'flash' } });
    expect(seg.json('{"app":"x"}')).toEqual({ type: 'json', data: { data: '{"app":"x"}' } });
  });

  it('leave unset fields out and keep ids the wire takes as numbers as they are', () => {
    expect(seg.node({ user_id: 10001000, nickname: 'n', content: [seg.text('x')] })).toEqual({
      type: 'node',
      data: { user_id: '10001000', nickname: 'n', content: [{ type: 'text', data: { text: 'x' } }] },
    });
    expect(seg.mface({ emoji_package_id: 1, emoji_id: 'e', key: 'k' }).data.emoji_package_id).toBe(1);
  });
});

describe('message helpers', () => {
  const message = [
    { type: 'at', data: { qq: '10001000' } },
    { type: 'text', data: { text: ' hello ' } },
    { type: 'image', data: { file: 'a.png', url: 'http://x/a.png' } },
    { type: 'text', data: { text: 'world' } },
  ];

  it('plainText joins the text segments, of segments or a CQ string', () => {
    expect(plainText(message)).toBe(' hello world');
    expect(plainText('[CQ:at,qq=1]hi &amp; [CQ:face,id=1]bye')).toBe('hi & bye');
    expect(plainText([])).toBe('');
  });

  it('mentions finds an at of the id, given as a number or a string; @all only when asked', () => {
    expect(mentions(message, 10001000)).toBe(true);
    expect(mentions(message, '10001000')).toBe(true);
    expect(mentions(message, 2)).toBe(false);
    expect(mentions('[CQ:at,qq=all] hi', 2)).toBe(false);
    expect(mentions('[CQ:at,qq=all] hi', 2, { includeAll: true })).toBe(true);
  });

  it('reply answers a group message in the group and a private one to the sender', async () => {
    const client = {
      send_group_msg: vi.fn(async () => ({ message_id: 1 })),
      send_private_msg: vi.fn(async () => ({ message_id: 2 })),
    };
    expect(await reply(client, { message_type: 'group', group_id: 5 }, 'hi')).toEqual({ message_id: 1 });
    expect(client.send_group_msg).toHaveBeenCalledWith({ group_id: 5, message: 'hi' }, undefined);
    expect(await reply(client, { message_type: 'private', user_id: 7 }, 'yo', { timeoutMs: 5 })).toEqual({ message_id: 2 });
    expect(client.send_private_msg).toHaveBeenCalledWith({ user_id: 7, message: 'yo' }, { timeoutMs: 5 });
  });
});

describe('received segments', () => {
  it('a segment of a type the spec does not know is wrapped as `unknown`, in arrays and CQ strings alike', async () => {
    const hub = new EventHub({ discriminators: { message: 'message_type' }, events: ['message.private'], segments: ['text', 'face'] });
    const got: unknown[] = [];
    hub.on('message.private' as never, ((e: { message: unknown }) => void got.push(e.message)) as never);
    const base = { post_type: 'message', message_type: 'private', user_id: 1 };
    await hub.dispatch({
      ...base,
      message: [
        { type: 'text', data: { text: 'a' } },
        { type: 'new_thing', data: { x: 1 } },
      ],
    });
    await hub.dispatch({ ...base, message: '[CQ:face,id=1][CQ:new_thing,x=1]b', message_format: 'string' });
    expect(got).toEqual([
      [
        { type: 'text', data: { text: 'a' } },
        { type: 'unknown', data: { type: 'new_thing', data: { x: 1 } } },
      ],
      [
        { type: 'face', data: { id: '1' } },
        { type: 'unknown', data: { type: 'new_thing', data: { x: '1' } } },
        { type: 'text', data: { text: 'b' } },
      ],
    ]);
  });

  it("only an event whose message is a received message gets it as segments: bot_offline's reason stays text", () => {
    const hub = new EventHub<Record<string, { message: unknown }>, never>(eventCatalog);
    const got: unknown[] = [];
    hub.on('*', (e) => void got.push((e as { message: unknown }).message));
    void hub.dispatch({ post_type: 'notice', notice_type: 'bot_offline', time: 1, self_id: 1, tag: 'kicked', message: 'logged in elsewhere [CQ:face,id=1]' });
    void hub.dispatch({ post_type: 'message', message_type: 'private', sub_type: 'friend', time: 1, self_id: 1, user_id: 2, message: 'hi [CQ:face,id=1]' });
    expect(got).toEqual([
      'logged in elsewhere [CQ:face,id=1]',
      [
        { type: 'text', data: { text: 'hi ' } },
        { type: 'face', data: { id: '1' } },
      ],
    ]);
    expect(eventCatalog.messages).toContain('message.group');
    expect(eventCatalog.messages).toContain('message_sent.private');
    expect(eventCatalog.messages).not.toContain('notice.bot_offline');
  });

  it('the generated catalog lists the segment types the spec can receive', () => {
    expect(eventCatalog.segments).toContain('text');
    expect(eventCatalog.segments).toContain('forward');
    expect(eventCatalog.segments).not.toContain('shake');
  });
});

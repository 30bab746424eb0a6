/**
 * Small helpers every bot needs: the plain text of a message, whether it mentions someone (the
 * bot), and a reply to a message event in the chat it came from. They take messages as received
 * (segments, or a CQ-code string) and know nothing of the spec beyond `text` and `at`.
 */
import type { CallOptions } from './transport.js';
import { parse } from './cq-code.js';

/** What the helpers read of a segment. */
export interface SegmentLike {
  readonly type: string;
  readonly data: unknown;
}

/** A message as received: segments, or a CQ-code string. */
export type MessageLike = string | readonly SegmentLike[];

function segmentsOf(message: MessageLike): readonly SegmentLike[] {
  return typeof message === 'string' ? parse(message) : message;
}

function field(segment: SegmentLike, key: string): unknown {
  return typeof segment.data === 'object' && segment.data !== null ? (segment.data as Record<string, unknown>)[key] : undefined;
}

/** The text of a message's `text` segments, joined; other segments are left out. */
export function plainText(message: MessageLike): string {
  return segmentsOf(message)
    .filter((s) => s.type === 'text')
    .map((s) => field(s, 'text'))
    .filter((text): text is string => typeof text === 'string')
    .join('');
}

/**
 * Whether a message mentions `id` (e.g. the bot's `self_id`) with an `at` segment. With
 * `includeAll`, a mention of everyone (`qq` = `all`) counts too.
 */
export function mentions(message: MessageLike, id: number | string, options: { includeAll?: boolean } = {}): boolean {
  const wanted = String(id);
  return segmentsOf(message).some((s) => {
    if (s.type !== 'at') return false;
    const qq = String(field(s, 'qq'));
    return qq === wanted || (options.includeAll === true && qq === 'all');
  });
}

/** What `reply` needs of a client: the two send actions (the generated client has both). */
export interface ReplySender<M> {
  send_private_msg(params: { user_id: number; message: M }, options?: CallOptions): Promise<{ message_id: number }>;
  send_group_msg(params: { group_id: number; message: M }, options?: CallOptions): Promise<{ message_id: number }>;
}

/** A message event that can be answered: a private one (by its sender) or a group one (by its group). */
export type ReplyTarget = { message_type: 'private'; user_id: number } | { message_type: 'group'; group_id: number };

/**
 * Sends `message` to where `event` came from: the group of a group message, the sender of a
 * private one. Resolves with the new message's id.
 *
 * @example
 * bot.on('message', (e) => (e.message_type === 'guild' ? undefined : void reply(bot, e, [seg.text('pong')])));
 */
export async function reply<M>(client: ReplySender<M>, event: ReplyTarget, message: M, options?: CallOptions): Promise<{ message_id: number }> {
  if (event.message_type === 'group') return client.send_group_msg({ group_id: event.group_id, message }, options);
  return client.send_private_msg({ user_id: event.user_id, message }, options);
}

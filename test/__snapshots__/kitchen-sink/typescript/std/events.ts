/**
 * Generated from the Demo 1 spec (spec/, narrowed to std) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

import type { DeliveredMessage } from './segments.js';
import type { Message, Person } from './types.js';

/** The fields every event has. */
export interface EventBase {
  /** @format int64 */
  time: number;
  /**
   * 机器人
   * @format int64
   */
  self_id: number;
}

/**
 * 群消息 / Group message
 *
 * Matches post_type=message, message_type=group.
 *
 * Support:
 * - Standard: yes
 */
export interface GroupMessageEvent extends EventBase {
  post_type: 'message';
  message_type: 'group';
  sub_type: 'normal' | 'anonymous';
  /** @format int64 */
  group_id: number;
  /** @format int64 */
  user_id: number;
  /** Always segments as the client delivers it; on the wire a CQ-code string or segments, by the implementation's `message_format`. */
  message: DeliveredMessage;
  sender: Person;
}

/** What a handler of {@link GroupMessageEvent} may answer with (a quick operation). */
export interface GroupMessageQuickOperation {
  reply?: Message;
  /** @defaultValue true */
  at_sender?: boolean;
}

/**
 * 戳一戳 / Poke
 *
 * 戳
 *
 * Poked
 *
 * Matches post_type=notice, notice_type=notify, sub_type=poke.
 *
 * Support:
 * - Standard: yes
 */
export interface PokeEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'poke';
  /** @format int64 */
  target_id: number;
}

/**
 * 消息事件 / Message events
 *
 * Every event with post_type `message`.
 */
export type MessageEvent = GroupMessageEvent;

/**
 * 通知
 *
 * Every event with post_type `notice`.
 */
export type NoticeEvent = PokeEvent;

/** Any event. Narrow it with `post_type`, then the secondary discriminator, then `sub_type`. */
export type Event = GroupMessageEvent | PokeEvent;

/** Every event, and every group of events, by its discriminator values joined with `.`: what a handler subscribed to that name receives. Each is the exported event type itself, so a named handler `(e: GroupMessageEvent) => ...` fits `on('message.group', ...)`. */
export interface EventMap {
  message: GroupMessageEvent;
  'message.group': GroupMessageEvent;
  notice: PokeEvent;
  'notice.notify': PokeEvent;
  'notice.notify.poke': PokeEvent;
}

export type EventName = keyof EventMap;

/** What a handler subscribed to an event name may answer with, for the names whose events have a quick operation. */
export interface QuickOperationMap {
  message: GroupMessageQuickOperation;
  'message.group': GroupMessageQuickOperation;
}

/** What the runtime needs to route events: the key that discriminates each `post_type` further, the full path of every event this spec knows, the segment types it can receive, and the events whose `message` it delivers as segments. */
export const eventCatalog = {
  discriminators: { message: 'message_type', notice: 'notice_type' },
  events: ['message.group', 'notice.notify.poke'],
  segments: ['image', 'text'],
  messages: ['message.group'],
} as const;

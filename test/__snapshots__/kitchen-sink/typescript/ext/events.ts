/**
 * Generated from the Demo 1 spec (spec/, narrowed to ext) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

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
 * 荣誉 / Honour
 *
 * Matches post_type=notice, notice_type=notify, sub_type=honor.
 *
 * Support:
 * - Ext: yes
 *
 * @deprecated 请用 poke
 */
export interface HonorEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'honor';
  honor_type: string;
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
 * - Ext: yes
 */
export interface PokeEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'poke';
  /** @format int64 */
  target_id: number;
  raw_info?: unknown;
}

/**
 * 通知
 *
 * Every event with post_type `notice`.
 */
export type NoticeEvent = HonorEvent | PokeEvent;

/** Any event. Narrow it with `post_type`, then the secondary discriminator, then `sub_type`. */
export type Event = HonorEvent | PokeEvent;

/** Every event, and every group of events, by its discriminator values joined with `.`: what a handler subscribed to that name receives. Each is the exported event type itself, so a named handler `(e: GroupMessageEvent) => ...` fits `on('message.group', ...)`. */
export interface EventMap {
  notice: NoticeEvent;
  'notice.notify': NoticeEvent;
  'notice.notify.honor': HonorEvent;
  'notice.notify.poke': PokeEvent;
}

export type EventName = keyof EventMap;

/** What a handler subscribed to an event name may answer with, for the names whose events have a quick operation. */
export interface QuickOperationMap {}

/** What the runtime needs to route events: the key that discriminates each `post_type` further, the full path of every event this spec knows, the segment types it can receive, and the events whose `message` it delivers as segments. */
export const eventCatalog = {
  discriminators: { message: 'message_type', notice: 'notice_type' },
  events: ['notice.notify.honor', 'notice.notify.poke'],
  segments: ['forward', 'image'],
  messages: [],
} as const;

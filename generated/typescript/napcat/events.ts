/**
 * Generated from the OneBot 11 spec (spec/, narrowed to napcat) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - napcat: NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c (2026-08-14)
 * Do not edit by hand: change the spec and generate again.
 */

import type { DeliveredMessage, SendSegment } from './segments.js';
import type {
  GroupMessageSender,
  GroupUploadFile,
  Message,
  MessageSender,
  MsgEmojiLike,
  Status,
  TempSource,
} from './types.js';

/** The fields every event has. */
export interface EventBase {
  /**
   * 事件发生的时间戳（秒）
   *
   * When the event happened (Unix seconds)
   * @format int64
   */
  time: number;
  /**
   * 收到事件的机器人 QQ 号
   *
   * The QQ number of the bot that received the event
   * @format int64
   */
  self_id: number;
}

/**
 * 自身群消息 / Own group message
 *
 * 登录号自己在群里发出了一条消息（由本实现或登录号的其他客户端发出），需要在配置中开启上报自身消息。`user_id` 是登录号自己。
 *
 * The bot's account sent a group message (through this implementation or another client of the account); reporting it must be enabled in the configuration. `user_id` is the bot itself.
 *
 * Matches post_type=message_sent, message_type=group.
 *
 * Support:
 * - NapCat: yes — NapCat 默认上报自身消息，另带 `message_sent_type`（恒为 `self`）以及与群消息事件相同的附加字段；不带 `anonymous`。 NapCat reports own messages by default, with `message_sent_type` (always `self`) and the same extra fields as its group message event; it sends no `anonymous`.
 */
export interface GroupMessageSentEvent extends EventBase {
  post_type: 'message_sent';
  message_type: 'group';
  /**
   * 消息子类型
   *
   * The kind of group message
   */
  sub_type: 'normal' | 'anonymous' | 'notice';
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 发送者（登录号）QQ 号
   *
   * The sender's (the bot's) QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 消息内容
   *
   * The message
   *
   * Always segments as the client delivers it; on the wire a CQ-code string or segments, by the implementation's `message_format`.
   */
  message: DeliveredMessage;
  /**
   * 原始消息内容（CQ 码字符串）
   *
   * The raw message, as a CQ-code string
   */
  raw_message: string;
  /**
   * 字体
   *
   * Font
   * @format int32
   */
  font: number;
  /**
   * 发送者（登录号）信息
   *
   * The sender (the bot)
   */
  sender: GroupMessageSender;
  /**
   * 恒为 self
   *
   * Always self
   */
  message_sent_type?: 'self';
  /**
   * message 的格式
   *
   * The format of `message`
   */
  message_format?: 'array' | 'string';
  /**
   * 同 message_id
   *
   * The same as message_id
   * @format int32
   */
  real_id?: number;
  /**
   * 群名
   *
   * Group name
   */
  group_name?: string;
}

/**
 * 自身私聊消息 / Own private message
 *
 * 登录号自己发出了一条私聊消息（由本实现或登录号的其他客户端发出），需要在配置中开启上报自身消息。`user_id` 是登录号自己，接收者在 `target_id`。
 *
 * The bot's account sent a private message (through this implementation or another client of the account); reporting it must be enabled in the configuration. `user_id` is the bot itself and the receiver is `target_id`.
 *
 * Matches post_type=message_sent, message_type=private.
 *
 * Support:
 * - NapCat: yes — NapCat 总是上报自身消息（可在配置中关闭），另带 `message_sent_type`（恒为 `self`）以及与私聊消息事件相同的附加字段。 NapCat reports own messages by default (it can be turned off), with `message_sent_type` (always `self`) and the same extra fields as its private message event.
 */
export interface PrivateMessageSentEvent extends EventBase {
  post_type: 'message_sent';
  message_type: 'private';
  /**
   * 消息去向
   *
   * Where the message went
   */
  sub_type: 'friend' | 'group' | 'other';
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 发送者（登录号）QQ 号
   *
   * The sender's (the bot's) QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 接收者 QQ 号
   *
   * The receiver's QQ number
   * @format int64
   */
  target_id: number;
  /**
   * 消息内容
   *
   * The message
   *
   * Always segments as the client delivers it; on the wire a CQ-code string or segments, by the implementation's `message_format`.
   */
  message: DeliveredMessage;
  /**
   * 原始消息内容（CQ 码字符串）
   *
   * The raw message, as a CQ-code string
   */
  raw_message: string;
  /**
   * 字体
   *
   * Font
   * @format int32
   */
  font: number;
  /**
   * 发送者（登录号）信息
   *
   * The sender (the bot)
   */
  sender: MessageSender;
  /**
   * 恒为 self
   *
   * Always self
   */
  message_sent_type?: 'self';
  /**
   * message 的格式
   *
   * The format of `message`
   */
  message_format?: 'array' | 'string';
  /**
   * 同 message_id
   *
   * The same as message_id
   * @format int32
   */
  real_id?: number;
}

/**
 * 群消息 / Group message
 *
 * 收到一条群消息：普通消息、匿名消息，或系统提示（如「管理员已禁止群内匿名聊天」）。
 *
 * A group message arrived: a normal one, an anonymous one, or a system notice (such as "the admin has disabled anonymous chat").
 *
 * Matches post_type=message, message_type=group.
 *
 * Support:
 * - NapCat: yes — 另带 `message_seq`、`real_id`、`real_seq`、`message_format` 与群名 `group_name`。不上报匿名消息与系统提示，`sub_type` 恒为 `normal`，也不带 `anonymous`（NapCat 的 api/msg.ts）；`font` 恒为 14，`sender` 只有 `user_id`、`nickname`、`card` 与 `role`。 Also carries `message_seq`, `real_id`, `real_seq`, `message_format` and the group's name as `group_name`. Anonymous messages and system notices are not reported, so `sub_type` is always `normal` and there is no `anonymous` (NapCat's api/msg.ts); `font` is always 14, and `sender` only has `user_id`, `nickname`, `card` and `role`.
 */
export interface GroupMessageEvent extends EventBase {
  post_type: 'message';
  message_type: 'group';
  /**
   * 消息子类型
   *
   * The kind of group message
   */
  sub_type: 'normal' | 'anonymous' | 'notice';
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 消息内容
   *
   * The message
   *
   * Always segments as the client delivers it; on the wire a CQ-code string or segments, by the implementation's `message_format`.
   */
  message: DeliveredMessage;
  /**
   * 原始消息内容（CQ 码字符串）
   *
   * The raw message, as a CQ-code string
   */
  raw_message: string;
  /**
   * 字体
   *
   * Font
   * @format int32
   */
  font: number;
  /**
   * 发送者信息
   *
   * Who sent it
   */
  sender: GroupMessageSender;
  /**
   * 同 message_id
   *
   * The same as message_id
   * @format int32
   */
  message_seq?: number;
  /**
   * 同 message_id
   *
   * The same as message_id
   * @format int32
   */
  real_id?: number;
  /**
   * QQ 的消息序号
   *
   * QQ's message sequence number
   */
  real_seq?: string;
  /**
   * message 的格式
   *
   * The format of `message`
   */
  message_format?: 'array' | 'string';
  /**
   * 群名
   *
   * Group name
   */
  group_name?: string;
}

/** What a handler of {@link GroupMessageEvent} may answer with (a quick operation). */
export interface GroupMessageQuickOperation {
  /**
   * 要回复的内容：字符串、消息段数组或单个消息段；省略则不回复
   *
   * What to reply with, as a string, an array of segments or one segment; omitted means no reply
   */
  reply?: Message | SendSegment;
  /**
   * 把 `reply` 作为纯文本发送、不解析 CQ 码；只在 `reply` 是字符串时有效
   *
   * Send `reply` as plain text without parsing CQ codes; only when `reply` is a string
   * @defaultValue false
   */
  auto_escape?: boolean;
  /**
   * 是否在回复开头自动 @ 发送者；发送者匿名时无效
   *
   * Whether to mention the sender at the start of the reply; ignored for anonymous senders
   * @defaultValue true
   */
  at_sender?: boolean;
  /**
   * 撤回这条消息
   *
   * Recall the message
   * @defaultValue false
   */
  delete?: boolean;
  /**
   * 把发送者踢出群（需要足够权限），不拒绝其再次加群；发送者匿名时无效
   *
   * Kick the sender out of the group (needs enough permission) without rejecting their later join requests; ignored for anonymous senders
   * @defaultValue false
   */
  kick?: boolean;
  /**
   * 按 `ban_duration` 禁言发送者，对匿名发送者也有效
   *
   * Mute the sender for `ban_duration`; works on anonymous senders too
   * @defaultValue false
   */
  ban?: boolean;
  /**
   * 禁言时长，单位秒，默认 30 分钟
   *
   * How long to mute, in seconds; 30 minutes by default
   * @format int64
   * @defaultValue 1800
   */
  ban_duration?: number;
}

/**
 * 私聊消息 / Private message
 *
 * 收到一条私聊消息：来自好友、群临时会话或其他来源。
 *
 * A private message arrived, from a friend, a group temporary chat or elsewhere.
 *
 * Matches post_type=message, message_type=private.
 *
 * Support:
 * - NapCat: yes — 另带 `message_seq`、`real_id`（同 `message_id`）、`real_seq`、`message_format`；群临时会话另带 `group_id` 与 `temp_source`。`font` 恒为 14，`sender` 只有 `user_id`、`nickname` 与 `card`。 Also carries `message_seq`, `real_id` (both equal to `message_id`), `real_seq` and `message_format`; group temporary chats also carry `group_id` and `temp_source`. `font` is always 14, and `sender` only has `user_id`, `nickname` and `card`.
 */
export interface PrivateMessageEvent extends EventBase {
  post_type: 'message';
  message_type: 'private';
  /**
   * 消息来源
   *
   * Where the message came from
   */
  sub_type: 'friend' | 'group' | 'other';
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 消息内容
   *
   * The message
   *
   * Always segments as the client delivers it; on the wire a CQ-code string or segments, by the implementation's `message_format`.
   */
  message: DeliveredMessage;
  /**
   * 原始消息内容（CQ 码字符串）
   *
   * The raw message, as a CQ-code string
   */
  raw_message: string;
  /**
   * 字体
   *
   * Font
   * @format int32
   */
  font: number;
  /**
   * 发送者信息
   *
   * Who sent it
   */
  sender: MessageSender;
  /**
   * 同 message_id
   *
   * The same as message_id
   * @format int32
   */
  message_seq?: number;
  /**
   * 同 message_id
   *
   * The same as message_id
   * @format int32
   */
  real_id?: number;
  /**
   * QQ 的消息序号
   *
   * QQ's message sequence number
   */
  real_seq?: string;
  /**
   * message 的格式
   *
   * The format of `message`
   */
  message_format?: 'array' | 'string';
  /**
   * 临时会话所在群
   *
   * The group of a temporary chat
   * @format int64
   */
  group_id?: number;
  /**
   * 临时会话来源
   *
   * Where the temporary chat came from
   */
  temp_source?: TempSource;
  /**
   * 接收者 QQ 号（自身消息）
   *
   * The receiver's QQ number (own messages)
   * @format int64
   */
  target_id?: number;
}

/** What a handler of {@link PrivateMessageEvent} may answer with (a quick operation). */
export interface PrivateMessageQuickOperation {
  /**
   * 要回复的内容：字符串、消息段数组或单个消息段；省略则不回复
   *
   * What to reply with, as a string, an array of segments or one segment; omitted means no reply
   */
  reply?: Message | SendSegment;
  /**
   * 把 `reply` 作为纯文本发送、不解析 CQ 码；只在 `reply` 是字符串时有效
   *
   * Send `reply` as plain text without parsing CQ codes; only when `reply` is a string
   * @defaultValue false
   */
  auto_escape?: boolean;
}

/**
 * 心跳 / Heartbeat
 *
 * 启用心跳（`heartbeat.enable`）后，实现按 `heartbeat.interval` 的间隔定时上报，附带自身状态。
 *
 * When heartbeats are enabled (`heartbeat.enable`), the implementation reports one every `heartbeat.interval`, with its status.
 *
 * Matches post_type=meta_event, meta_event_type=heartbeat.
 *
 * Support:
 * - NapCat: yes — `status` 只有 `online` 与 `good`。 `status` only has `online` and `good`.
 */
export interface HeartbeatEvent extends EventBase {
  post_type: 'meta_event';
  meta_event_type: 'heartbeat';
  /**
   * 实现的状态，与 `get_status` 的响应数据相同
   *
   * The implementation's status, the same as the result of `get_status`
   */
  status: Status;
  /**
   * 距下次心跳的时间，单位毫秒
   *
   * Time until the next heartbeat, in milliseconds
   * @format int64
   */
  interval: number;
}

/**
 * 生命周期 / Lifecycle
 *
 * OneBot 实现启用、停用，或 WebSocket 连接建立。`enable` 与 `disable` 只经 HTTP POST 上报，`connect` 只经正向与反向 WebSocket 上报。
 *
 * The OneBot implementation was enabled or disabled, or a WebSocket connection was made. `enable` and `disable` only come over HTTP POST, `connect` only over forward and reverse WebSocket.
 *
 * Matches post_type=meta_event, meta_event_type=lifecycle.
 *
 * Support:
 * - NapCat: yes
 */
export interface LifecycleEvent extends EventBase {
  post_type: 'meta_event';
  meta_event_type: 'lifecycle';
  /**
   * 发生了什么
   *
   * What happened
   */
  sub_type: 'enable' | 'disable' | 'connect';
}

/**
 * 机器人离线 / Bot offline
 *
 * 登录号掉线或被踢下线。`tag` 与 `message` 是 QQ 给出的离线原因。
 *
 * The bot's account was disconnected or kicked offline. `tag` and `message` are the reason QQ gave.
 *
 * Matches post_type=notice, notice_type=bot_offline.
 *
 * Support:
 * - NapCat: yes — 另带登录号自己的 `user_id`。 Also carries the bot's own QQ number as `user_id`.
 */
export interface BotOfflineEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'bot_offline';
  /**
   * 离线原因的标题
   *
   * The title of the reason
   */
  tag: string;
  /**
   * 离线原因
   *
   * The reason
   */
  message: string;
  /**
   * 登录号 QQ 号
   *
   * The bot's QQ number
   * @format int64
   */
  user_id: number;
}

/**
 * 设为精华消息 / Message made essence
 *
 * 群里一条消息被设为精华消息。go-cqhttp 不上报登录号自己做的操作。
 *
 * A group message was made an essence message. go-cqhttp does not report what the bot itself did.
 *
 * Matches post_type=notice, notice_type=essence, sub_type=add.
 *
 * Support:
 * - NapCat: yes — NapCat 的 OB11GroupEssenceEvent.ts 另带 `user_id`（与 `sender_id` 相同）。 NapCat's OB11GroupEssenceEvent.ts also carries `user_id` (the same as `sender_id`).
 */
export interface EssenceAddEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'essence';
  sub_type: 'add';
  /**
   * 群号（go-cqhttp 的文档漏列，但各实现都会上报）
   *
   * Group number (missing from go-cqhttp's table, but every implementation sends it)
   * @format int64
   */
  group_id: number;
  /**
   * 消息发送者 QQ 号
   *
   * The QQ number of the message's sender
   * @format int64
   */
  sender_id: number;
  /**
   * 操作者 QQ 号
   *
   * The operator's QQ number
   * @format int64
   */
  operator_id: number;
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 同 sender_id
   *
   * The same as sender_id
   * @format int64
   */
  user_id: number;
}

/**
 * 移出精华消息 / Message removed from essence
 *
 * 群里一条精华消息被移出精华。go-cqhttp 不上报登录号自己做的操作。
 *
 * A group essence message was removed from the essence list. go-cqhttp does not report what the bot itself did.
 *
 * Matches post_type=notice, notice_type=essence, sub_type=delete.
 *
 * Support:
 * - NapCat: yes — NapCat 的 OB11GroupEssenceEvent.ts 另带 `user_id`（与 `sender_id` 相同）。 NapCat's OB11GroupEssenceEvent.ts also carries `user_id` (the same as `sender_id`).
 */
export interface EssenceDeleteEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'essence';
  sub_type: 'delete';
  /**
   * 群号（go-cqhttp 的文档漏列，但各实现都会上报）
   *
   * Group number (missing from go-cqhttp's table, but every implementation sends it)
   * @format int64
   */
  group_id: number;
  /**
   * 消息发送者 QQ 号
   *
   * The QQ number of the message's sender
   * @format int64
   */
  sender_id: number;
  /**
   * 操作者 QQ 号
   *
   * The operator's QQ number
   * @format int64
   */
  operator_id: number;
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 同 sender_id
   *
   * The same as sender_id
   * @format int64
   */
  user_id: number;
}

/**
 * 好友添加 / Friend added
 *
 * 登录号新添加了一位好友。
 *
 * The bot has a new friend.
 *
 * Matches post_type=notice, notice_type=friend_add.
 *
 * Support:
 * - NapCat: yes
 */
export interface FriendAddEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'friend_add';
  /**
   * 新好友的 QQ 号
   *
   * The new friend's QQ number
   * @format int64
   */
  user_id: number;
}

/**
 * 好友消息撤回 / Friend message recalled
 *
 * 好友撤回了一条发给登录号的私聊消息。
 *
 * A friend recalled a private message sent to the bot.
 *
 * Matches post_type=notice, notice_type=friend_recall.
 *
 * Support:
 * - NapCat: yes
 */
export interface FriendRecallEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'friend_recall';
  /**
   * 好友 QQ 号
   *
   * The friend's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 被撤回的消息 ID（标准在此写作 int64，而在消息事件中写作 int32）
   *
   * The ID of the recalled message (the standard says int64 here but int32 in message events)
   * @format int64
   */
  message_id: number;
}

/**
 * 群管理员变动 / Group admin changed
 *
 * 群主设置或取消了一名管理员。
 *
 * The group owner made a member an admin, or took that away.
 *
 * Matches post_type=notice, notice_type=group_admin.
 *
 * Support:
 * - NapCat: yes
 */
export interface GroupAdminEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_admin';
  /**
   * 变动方向
   *
   * Which way it changed
   */
  sub_type: 'set' | 'unset';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 被设置或取消的管理员 QQ 号
   *
   * The QQ number of the admin concerned
   * @format int64
   */
  user_id: number;
}

/**
 * 群禁言 / Group mute
 *
 * 群成员被禁言或被解除禁言。
 *
 * A group member was muted or unmuted.
 *
 * Matches post_type=notice, notice_type=group_ban.
 *
 * Support:
 * - NapCat: yes
 */
export interface GroupBanEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_ban';
  /**
   * 禁言或解除禁言
   *
   * Muted or unmuted
   */
  sub_type: 'ban' | 'lift_ban';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 操作者 QQ 号
   *
   * The operator's QQ number
   * @format int64
   */
  operator_id: number;
  /**
   * 被禁言者 QQ 号
   *
   * The QQ number of the member muted
   * @format int64
   */
  user_id: number;
  /**
   * 禁言时长，单位秒
   *
   * How long the mute lasts, in seconds
   * @format int64
   */
  duration: number;
}

/**
 * 群成员名片更新 / Group card changed
 *
 * 一名群成员的群名片变了。go-cqhttp 只在收到该成员的消息时比对名片，所以这个事件不保证及时。名片为空时对应字段是空字符串，而不是昵称。
 *
 * A group member's card (group display name) changed. go-cqhttp only compares cards when a message from the member arrives, so the event may come late. An empty card is an empty string, not the nickname.
 *
 * Matches post_type=notice, notice_type=group_card.
 *
 * Support:
 * - NapCat: yes
 */
export interface GroupCardEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_card';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 成员 QQ 号
   *
   * The member's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 新名片
   *
   * The new card
   */
  card_new: string;
  /**
   * 旧名片
   *
   * The old card
   */
  card_old: string;
}

/**
 * 群成员减少 / Group member left
 *
 * 有成员离开了群：主动退群、被踢出，或登录号自己被踢出。
 *
 * A member left a group, of their own accord or kicked, or the bot itself was kicked.
 *
 * Matches post_type=notice, notice_type=group_decrease.
 *
 * Support:
 * - NapCat: yes — `sub_type` 还可以是 `disband`：群被解散，每个成员（含登录号）各报一次。 `sub_type` may also be `disband`: the group was dissolved, reported once per member (the bot included).
 */
export interface GroupDecreaseEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_decrease';
  /**
   * 离开方式
   *
   * How the member left
   */
  sub_type: 'leave' | 'kick' | 'kick_me' | 'disband';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 操作者 QQ 号；主动退群时与 `user_id` 相同
   *
   * The operator's QQ number; the same as `user_id` when the member left
   * @format int64
   */
  operator_id: number;
  /**
   * 离开者 QQ 号
   *
   * The QQ number of the member who left
   * @format int64
   */
  user_id: number;
}

/**
 * 群成员增加 / Group member joined
 *
 * 有新成员加入了群：经管理员同意入群，或由管理员邀请入群。
 *
 * A new member joined a group, approved by an admin or invited by one.
 *
 * Matches post_type=notice, notice_type=group_increase.
 *
 * Support:
 * - NapCat: yes
 */
export interface GroupIncreaseEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_increase';
  /**
   * 入群方式
   *
   * How the member joined
   */
  sub_type: 'approve' | 'invite';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 操作者 QQ 号
   *
   * The operator's QQ number
   * @format int64
   */
  operator_id: number;
  /**
   * 加入者 QQ 号
   *
   * The QQ number of the new member
   * @format int64
   */
  user_id: number;
}

/**
 * 群消息表情回应 / Group message emoji reaction
 *
 * 群里有人对一条消息做了表情回应。`user_id` 为回应者；NapCat 只在回应的是登录号自己的消息时才能给出它，否则为 0。
 *
 * Someone in a group reacted to a message with an emoji. `user_id` is who reacted; NapCat only knows it when the message is the bot's own, and sends 0 otherwise.
 *
 * Matches post_type=notice, notice_type=group_msg_emoji_like.
 *
 * Support:
 * - NapCat: yes
 */
export interface GroupMsgEmojiLikeEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_msg_emoji_like';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 回应者 QQ 号；未知时为 0
   *
   * The QQ number of whoever reacted; 0 when unknown
   * @format int64
   */
  user_id: number;
  /**
   * 被回应的消息 ID
   *
   * The ID of the message reacted to
   * @format int32
   */
  message_id: number;
  /**
   * 各表情及其回应数量
   *
   * Each emoji and its count
   */
  likes: MsgEmojiLike[];
  /**
   * `true` 为贴上回应，`false` 为取消回应
   *
   * `true` when a reaction was added, `false` when one was taken back
   */
  is_add: boolean;
}

/**
 * 群消息撤回 / Group message recalled
 *
 * 一条群消息被发送者本人或管理员撤回。
 *
 * A group message was recalled by its sender or by an admin.
 *
 * Matches post_type=notice, notice_type=group_recall.
 *
 * Support:
 * - NapCat: yes
 */
export interface GroupRecallEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_recall';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 消息发送者 QQ 号
   *
   * The QQ number of the message's sender
   * @format int64
   */
  user_id: number;
  /**
   * 撤回者 QQ 号
   *
   * The QQ number of whoever recalled it
   * @format int64
   */
  operator_id: number;
  /**
   * 被撤回的消息 ID（标准在此写作 int64，而在消息事件中写作 int32）
   *
   * The ID of the recalled message (the standard says int64 here but int32 in message events)
   * @format int64
   */
  message_id: number;
}

/**
 * 群文件上传 / Group file uploaded
 *
 * 有人向群文件上传了一个文件。
 *
 * Someone uploaded a file to a group's files.
 *
 * Matches post_type=notice, notice_type=group_upload.
 *
 * Support:
 * - NapCat: yes
 */
export interface GroupUploadEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_upload';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 上传者 QQ 号
   *
   * The uploader's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 文件信息
   *
   * The file
   */
  file: GroupUploadFile;
}

/**
 * 群灰条消息 / Group gray-tip message
 *
 * 群里出现了 NapCat 不认识的灰条（小灰字提示）消息，且它有真实的发送者。灰条可以被伪造，NapCat 把这类灰条连同发送者与消息 ID 一起上报，便于识别伪造的灰条并撤回。
 *
 * A gray-tip (small gray system text) message NapCat does not recognise appeared in a group, and it has a real sender. Gray tips can be forged; NapCat reports such tips with their sender and message ID so that a forged one can be spotted and recalled.
 *
 * Matches post_type=notice, notice_type=notify, sub_type=gray_tip.
 *
 * Support:
 * - NapCat: yes — NapCat 的 OB11GroupGrayTipEvent.ts，由 api/group.ts 在遇到未知灰条且发送者不为 0 时上报。 NapCat's OB11GroupGrayTipEvent.ts, posted by api/group.ts for an unknown gray tip whose sender is not 0.
 */
export interface GroupGrayTipEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'gray_tip';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 灰条消息的真实发送者 QQ 号（伪造时即伪造者）
   *
   * The QQ number of the tip's real sender (the forger, if it is forged)
   * @format int64
   */
  user_id: number;
  /**
   * 灰条消息的 ID，可用于撤回
   *
   * The tip message's ID, for recalling it
   * @format int32
   */
  message_id: number;
  /**
   * QQ 的灰条业务 ID
   *
   * QQ's gray-tip business ID
   */
  busi_id: string;
  /**
   * 灰条内容（JSON 字符串）
   *
   * The tip's content (a JSON string)
   */
  content: string;
  /**
   * 原始信息：消息的 `msgSeq`、`msgTime`、`msgId` 与解析后的 `json`
   *
   * Raw information: the message's `msgSeq`, `msgTime`, `msgId` and the parsed `json`
   */
  raw_info: unknown;
}

/**
 * 群名变更 / Group name changed
 *
 * 群名被修改了。
 *
 * A group's name was changed.
 *
 * Matches post_type=notice, notice_type=notify, sub_type=group_name.
 *
 * Support:
 * - NapCat: yes
 */
export interface GroupNameEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'group_name';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 修改者 QQ 号
   *
   * The QQ number of whoever changed it
   * @format int64
   */
  user_id: number;
  /**
   * 新群名
   *
   * The new name
   */
  name_new: string;
}

/**
 * 输入状态 / Input status
 *
 * 私聊对象的输入状态变了（例如「对方正在输入...」）。
 *
 * The input status of a private chat partner changed (for example "typing...").
 *
 * Matches post_type=notice, notice_type=notify, sub_type=input_status.
 *
 * Support:
 * - NapCat: yes
 */
export interface InputStatusEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'input_status';
  /**
   * 对方 QQ 号
   *
   * The partner's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 群号；私聊时为 0
   *
   * Group number; 0 in private chats
   * @format int64
   */
  group_id: number;
  /**
   * 状态文字
   *
   * The status text
   */
  status_text: string;
  /**
   * 输入状态类型，取自 QQ NT 的输入状态推送（1 为正在输入；其余取值 NapCat 未说明）。较早的版本把这个字段写作 `eventType`。
   *
   * The kind of input status, from QQ NT's typing notification (1 is typing; NapCat does not document the other values). Older versions spell the field `eventType`.
   * @format int32
   */
  event_type: number;
}

/**
 * 群内戳一戳 / Group poke
 *
 * 群里有人戳了另一个成员。标准只定义了群内戳一戳；go-cqhttp、NapCat 与 Lagrange 的好友戳一戳也用同样的 `notice` / `notify` / `poke` 上报，只是没有 `group_id`，线上没有别的字段能区分两者，所以这里是同一个事件，`group_id` 可缺省：有它是群内戳一戳，没有它是好友戳一戳。
 *
 * Someone in a group poked another member. The standard only defines group pokes; go-cqhttp, NapCat and Lagrange report friend pokes with the same `notice` / `notify` / `poke` too, just without `group_id`, and nothing else on the wire tells the two apart, so this is one event with `group_id` optional: present for a group poke, absent for a friend poke.
 *
 * Matches post_type=notice, notice_type=notify, sub_type=poke.
 *
 * Support:
 * - NapCat: yes — 好友戳一戳也用这个事件上报，没有 `group_id`，另带戳人者 `sender_id`（NapCat 的 OB11PokeEvent.ts 与 api/friend.ts）。另带 QQ NT 的原始提示 `raw_info`（显示的动作与后缀文字）。 Friend pokes are reported with this event too, without `group_id` and with the poker as `sender_id` (NapCat's OB11PokeEvent.ts and api/friend.ts). It also carries QQ NT's raw tip as `raw_info` (the action and suffix text shown).
 */
export interface PokeEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'poke';
  /**
   * 群号；好友戳一戳没有此字段
   *
   * Group number; absent for friend pokes
   * @format int64
   */
  group_id?: number;
  /**
   * 戳人者 QQ 号
   *
   * The QQ number of whoever poked
   * @format int64
   */
  user_id: number;
  /**
   * 被戳者 QQ 号
   *
   * The QQ number of whoever was poked
   * @format int64
   */
  target_id: number;
  /**
   * 戳人者 QQ 号（仅好友戳一戳）
   *
   * The QQ number of whoever poked (friend pokes only)
   * @format int64
   */
  sender_id?: number;
  /**
   * 原始灰条提示
   *
   * The raw grey tip
   */
  raw_info: unknown;
}

/**
 * 资料卡点赞 / Profile liked
 *
 * 有人给登录号的资料卡点了赞。
 *
 * Someone liked the bot's profile card.
 *
 * Matches post_type=notice, notice_type=notify, sub_type=profile_like.
 *
 * Support:
 * - NapCat: yes
 */
export interface ProfileLikeEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'profile_like';
  /**
   * 点赞者 QQ 号
   *
   * The liker's QQ number
   * @format int64
   */
  operator_id: number;
  /**
   * 点赞者昵称
   *
   * The liker's nickname
   */
  operator_nick: string;
  /**
   * 点赞次数
   *
   * How many likes
   * @format int32
   */
  times: number;
}

/**
 * 群成员头衔变更 / Member title changed
 *
 * 一名群成员获得了新的专属头衔。
 *
 * A group member got a new special title.
 *
 * Matches post_type=notice, notice_type=notify, sub_type=title.
 *
 * Support:
 * - NapCat: yes — NapCat 的 OB11GroupTitleEvent.ts 以同样的 `notify` / `title` 上报。 NapCat's OB11GroupTitleEvent.ts reports it with the same `notify` / `title`.
 */
export interface MemberTitleEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'title';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 成员 QQ 号
   *
   * The member's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 新头衔
   *
   * The new title
   */
  title: string;
}

/**
 * 在线文件被取消 / Online file cancelled
 *
 * 好友取消了正在进行的在线文件（或文件夹）传输，或把它转为离线文件。
 *
 * A friend cancelled an online file (or folder) transfer in progress, or turned it into an offline file.
 *
 * Matches post_type=notice, notice_type=online_file_receive, sub_type=cancel.
 *
 * Support:
 * - NapCat: yes — NapCat 的 OB11OnlineFileReceiveEvent.ts，由 api/msg.ts 从系统消息中解析；NapCat 的源码注明这一解析是手工提取的，可能不准确。 NapCat's OB11OnlineFileReceiveEvent.ts, parsed from a system message by api/msg.ts; NapCat's source notes that this parsing is done by hand and may be wrong.
 */
export interface OnlineFileCancelledEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'online_file_receive';
  sub_type: 'cancel';
  /**
   * 对方 QQ 号
   *
   * The friend's QQ number
   * @format int64
   */
  peer_id: number;
}

/**
 * 在线文件已被接收 / Online file received
 *
 * 登录号发出的在线文件（或文件夹）已被好友接收，传输完成。
 *
 * An online file (or folder) the bot sent was received by the friend and the transfer finished.
 *
 * Matches post_type=notice, notice_type=online_file_send, sub_type=receive.
 *
 * Support:
 * - NapCat: yes — NapCat 的 OB11OnlineFileSendEvent.ts（`sub_type` 为 `receive`），由 api/msg.ts 从系统消息中解析。 NapCat's OB11OnlineFileSendEvent.ts (`sub_type` `receive`), parsed from a system message by api/msg.ts.
 */
export interface OnlineFileAcceptedEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'online_file_send';
  sub_type: 'receive';
  /**
   * 对方 QQ 号
   *
   * The friend's QQ number
   * @format int64
   */
  peer_id: number;
}

/**
 * 在线文件被拒收 / Online file refused
 *
 * 好友拒绝接收登录号发出的在线文件（或文件夹）。
 *
 * A friend refused an online file (or folder) the bot sent.
 *
 * Matches post_type=notice, notice_type=online_file_send, sub_type=refuse.
 *
 * Support:
 * - NapCat: yes — NapCat 的 OB11OnlineFileSendEvent.ts（`sub_type` 为 `refuse`），由 api/msg.ts 从系统消息中解析；NapCat 的源码注明这一解析是手工提取的，可能不准确。 NapCat's OB11OnlineFileSendEvent.ts (`sub_type` `refuse`), parsed from a system message by api/msg.ts; NapCat's source notes that this parsing is done by hand and may be wrong.
 */
export interface OnlineFileRefusedEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'online_file_send';
  sub_type: 'refuse';
  /**
   * 对方 QQ 号
   *
   * The friend's QQ number
   * @format int64
   */
  peer_id: number;
}

/**
 * 加好友请求 / Friend request
 *
 * 有人请求添加登录号为好友。处理时把 `flag` 传给 `set_friend_add_request`，或使用快速操作。
 *
 * Someone asked to become the bot's friend. Answer by passing `flag` to `set_friend_add_request`, or with a quick operation.
 *
 * Matches post_type=request, request_type=friend.
 *
 * Support:
 * - NapCat: yes
 */
export interface FriendRequestEvent extends EventBase {
  post_type: 'request';
  request_type: 'friend';
  /**
   * 请求者 QQ 号
   *
   * The requester's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 验证信息
   *
   * The verification message
   */
  comment: string;
  /**
   * 请求 flag，处理请求时传入
   *
   * The request's flag, passed when answering it
   */
  flag: string;
}

/** What a handler of {@link FriendRequestEvent} may answer with (a quick operation). */
export interface FriendRequestQuickOperation {
  /**
   * 是否同意；省略则不处理
   *
   * Whether to accept; omitted leaves the request alone
   */
  approve?: boolean;
  /**
   * 好友备注，仅在同意时有效；省略则无备注
   *
   * A remark for the new friend, only when accepting; omitted means none
   */
  remark?: string;
}

/**
 * 加群请求／邀请 / Group request or invitation
 *
 * 有人申请加入登录号管理的群，或有人邀请登录号入群。处理时把 `flag` 与 `sub_type` 传给 `set_group_add_request`，或使用快速操作。
 *
 * Someone asked to join a group the bot manages, or invited the bot into a group. Answer by passing `flag` and `sub_type` to `set_group_add_request`, or with a quick operation.
 *
 * Matches post_type=request, request_type=group.
 *
 * Support:
 * - NapCat: yes
 */
export interface GroupRequestEvent extends EventBase {
  post_type: 'request';
  request_type: 'group';
  /**
   * 请求类型
   *
   * The kind of request
   */
  sub_type: 'add' | 'invite';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 请求者 QQ 号
   *
   * The requester's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 验证信息；Lagrange 可能为 `null`
   *
   * The verification message; Lagrange may send `null`
   */
  comment: string | null;
  /**
   * 请求 flag，处理请求时传入
   *
   * The request's flag, passed when answering it
   */
  flag: string;
}

/** What a handler of {@link GroupRequestEvent} may answer with (a quick operation). */
export interface GroupRequestQuickOperation {
  /**
   * 是否同意；省略则不处理
   *
   * Whether to accept; omitted leaves the request alone
   */
  approve?: boolean;
  /**
   * 拒绝理由，仅在拒绝时有效；省略则无理由
   *
   * Why it was refused, only when refusing; omitted means no reason
   */
  reason?: string;
}

/**
 * 消息事件 / Message events
 *
 * Every event with post_type `message`.
 */
export type MessageEvent = GroupMessageEvent | PrivateMessageEvent;

/**
 * 自身消息事件 / Own message events
 *
 * Every event with post_type `message_sent`.
 */
export type MessageSentEvent = GroupMessageSentEvent | PrivateMessageSentEvent;

/**
 * 通知事件 / Notice events
 *
 * Every event with post_type `notice`.
 */
export type NoticeEvent =
  | BotOfflineEvent
  | EssenceAddEvent
  | EssenceDeleteEvent
  | FriendAddEvent
  | FriendRecallEvent
  | GroupAdminEvent
  | GroupBanEvent
  | GroupCardEvent
  | GroupDecreaseEvent
  | GroupIncreaseEvent
  | GroupMsgEmojiLikeEvent
  | GroupRecallEvent
  | GroupUploadEvent
  | GroupGrayTipEvent
  | GroupNameEvent
  | InputStatusEvent
  | PokeEvent
  | ProfileLikeEvent
  | MemberTitleEvent
  | OnlineFileCancelledEvent
  | OnlineFileAcceptedEvent
  | OnlineFileRefusedEvent;

/**
 * 请求事件 / Request events
 *
 * Every event with post_type `request`.
 */
export type RequestEvent = FriendRequestEvent | GroupRequestEvent;

/**
 * 元事件 / Meta events
 *
 * Every event with post_type `meta_event`.
 */
export type MetaEvent = HeartbeatEvent | LifecycleEvent;

/** Any event. Narrow it with `post_type`, then the secondary discriminator, then `sub_type`. */
export type Event =
  | GroupMessageSentEvent
  | PrivateMessageSentEvent
  | GroupMessageEvent
  | PrivateMessageEvent
  | HeartbeatEvent
  | LifecycleEvent
  | BotOfflineEvent
  | EssenceAddEvent
  | EssenceDeleteEvent
  | FriendAddEvent
  | FriendRecallEvent
  | GroupAdminEvent
  | GroupBanEvent
  | GroupCardEvent
  | GroupDecreaseEvent
  | GroupIncreaseEvent
  | GroupMsgEmojiLikeEvent
  | GroupRecallEvent
  | GroupUploadEvent
  | GroupGrayTipEvent
  | GroupNameEvent
  | InputStatusEvent
  | PokeEvent
  | ProfileLikeEvent
  | MemberTitleEvent
  | OnlineFileCancelledEvent
  | OnlineFileAcceptedEvent
  | OnlineFileRefusedEvent
  | FriendRequestEvent
  | GroupRequestEvent;

/** Every event, and every group of events, by its discriminator values joined with `.`: what a handler subscribed to that name receives. Each is the exported event type itself, so a named handler `(e: GroupMessageEvent) => ...` fits `on('message.group', ...)`. */
export interface EventMap {
  message: MessageEvent;
  'message.group': GroupMessageEvent;
  'message.private': PrivateMessageEvent;
  message_sent: MessageSentEvent;
  'message_sent.group': GroupMessageSentEvent;
  'message_sent.private': PrivateMessageSentEvent;
  meta_event: MetaEvent;
  'meta_event.heartbeat': HeartbeatEvent;
  'meta_event.lifecycle': LifecycleEvent;
  notice: NoticeEvent;
  'notice.bot_offline': BotOfflineEvent;
  'notice.essence': EssenceAddEvent | EssenceDeleteEvent;
  'notice.essence.add': EssenceAddEvent;
  'notice.essence.delete': EssenceDeleteEvent;
  'notice.friend_add': FriendAddEvent;
  'notice.friend_recall': FriendRecallEvent;
  'notice.group_admin': GroupAdminEvent;
  'notice.group_ban': GroupBanEvent;
  'notice.group_card': GroupCardEvent;
  'notice.group_decrease': GroupDecreaseEvent;
  'notice.group_increase': GroupIncreaseEvent;
  'notice.group_msg_emoji_like': GroupMsgEmojiLikeEvent;
  'notice.group_recall': GroupRecallEvent;
  'notice.group_upload': GroupUploadEvent;
  'notice.notify':
    | GroupGrayTipEvent
    | GroupNameEvent
    | InputStatusEvent
    | PokeEvent
    | ProfileLikeEvent
    | MemberTitleEvent;
  'notice.notify.gray_tip': GroupGrayTipEvent;
  'notice.notify.group_name': GroupNameEvent;
  'notice.notify.input_status': InputStatusEvent;
  'notice.notify.poke': PokeEvent;
  'notice.notify.profile_like': ProfileLikeEvent;
  'notice.notify.title': MemberTitleEvent;
  'notice.online_file_receive': OnlineFileCancelledEvent;
  'notice.online_file_receive.cancel': OnlineFileCancelledEvent;
  'notice.online_file_send': OnlineFileAcceptedEvent | OnlineFileRefusedEvent;
  'notice.online_file_send.receive': OnlineFileAcceptedEvent;
  'notice.online_file_send.refuse': OnlineFileRefusedEvent;
  request: RequestEvent;
  'request.friend': FriendRequestEvent;
  'request.group': GroupRequestEvent;
}

export type EventName = keyof EventMap;

/** What a handler subscribed to an event name may answer with, for the names whose events have a quick operation. */
export interface QuickOperationMap {
  message: GroupMessageQuickOperation | PrivateMessageQuickOperation;
  'message.group': GroupMessageQuickOperation;
  'message.private': PrivateMessageQuickOperation;
  request: FriendRequestQuickOperation | GroupRequestQuickOperation;
  'request.friend': FriendRequestQuickOperation;
  'request.group': GroupRequestQuickOperation;
}

/** What the runtime needs to route events: the key that discriminates each `post_type` further, the full path of every event this spec knows, the segment types it can receive, and the events whose `message` it delivers as segments. */
export const eventCatalog = {
  discriminators: {
    message: 'message_type',
    message_sent: 'message_type',
    notice: 'notice_type',
    request: 'request_type',
    meta_event: 'meta_event_type',
  },
  events: [
    'message_sent.group',
    'message_sent.private',
    'message.group',
    'message.private',
    'meta_event.heartbeat',
    'meta_event.lifecycle',
    'notice.bot_offline',
    'notice.essence.add',
    'notice.essence.delete',
    'notice.friend_add',
    'notice.friend_recall',
    'notice.group_admin',
    'notice.group_ban',
    'notice.group_card',
    'notice.group_decrease',
    'notice.group_increase',
    'notice.group_msg_emoji_like',
    'notice.group_recall',
    'notice.group_upload',
    'notice.notify.gray_tip',
    'notice.notify.group_name',
    'notice.notify.input_status',
    'notice.notify.poke',
    'notice.notify.profile_like',
    'notice.notify.title',
    'notice.online_file_receive.cancel',
    'notice.online_file_send.receive',
    'notice.online_file_send.refuse',
    'request.friend',
    'request.group',
  ],
  segments: [
    'at',
    'contact',
    'dice',
    'face',
    'file',
    'flashtransfer',
    'forward',
    'image',
    'json',
    'markdown',
    'node',
    'onlinefile',
    'poke',
    'record',
    'reply',
    'rps',
    'text',
    'video',
  ],
  messages: ['message_sent.group', 'message_sent.private', 'message.group', 'message.private'],
} as const;

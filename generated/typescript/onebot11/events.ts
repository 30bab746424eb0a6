/**
 * Generated from the OneBot 11 spec (spec/, narrowed to onebot11) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - onebot11: botuniverse/onebot-11@d4456ee706f9ada9c2dfde56a2bcfc69752600e4 (2022-08-12)
 * Do not edit by hand: change the spec and generate again.
 */

import type { DeliveredMessage, SendSegment } from './segments.js';
import type {
  Anonymous,
  GroupMessageSender,
  GroupUploadFile,
  Message,
  MessageSender,
  Status,
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
 * 群消息 / Group message
 *
 * 收到一条群消息：普通消息、匿名消息，或系统提示（如「管理员已禁止群内匿名聊天」）。
 *
 * A group message arrived: a normal one, an anonymous one, or a system notice (such as "the admin has disabled anonymous chat").
 *
 * Matches post_type=message, message_type=group.
 *
 * Support:
 * - OneBot 11 standard: yes — 标准的群消息总带 `anonymous`，不是匿名消息时为 `null`（onebot-11 的 event/message.md）。 The standard's group message always carries `anonymous`, `null` unless the message is anonymous (onebot-11's event/message.md).
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
   * 匿名信息；不是匿名消息时为 `null`
   *
   * The anonymous sender; `null` unless the message is anonymous
   */
  anonymous: Anonymous | null;
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
 * - OneBot 11 standard: yes
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
 * - OneBot 11 standard: yes
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
 * - OneBot 11 standard: yes
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
 * 好友添加 / Friend added
 *
 * 登录号新添加了一位好友。
 *
 * The bot has a new friend.
 *
 * Matches post_type=notice, notice_type=friend_add.
 *
 * Support:
 * - OneBot 11 standard: yes
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
 * - OneBot 11 standard: yes
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
 * - OneBot 11 standard: yes
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
 * - OneBot 11 standard: yes
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
 * 群成员减少 / Group member left
 *
 * 有成员离开了群：主动退群、被踢出，或登录号自己被踢出。
 *
 * A member left a group, of their own accord or kicked, or the bot itself was kicked.
 *
 * Matches post_type=notice, notice_type=group_decrease.
 *
 * Support:
 * - OneBot 11 standard: yes — 标准只定义 `leave`、`kick` 与 `kick_me` 三种离开方式（onebot-11 的 event/notice.md）。 The standard defines only `leave`, `kick` and `kick_me` (onebot-11's event/notice.md).
 */
export interface GroupDecreaseEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_decrease';
  /**
   * 离开方式
   *
   * How the member left
   */
  sub_type: 'leave' | 'kick' | 'kick_me';
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
 * - OneBot 11 standard: yes
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
 * 群消息撤回 / Group message recalled
 *
 * 一条群消息被发送者本人或管理员撤回。
 *
 * A group message was recalled by its sender or by an admin.
 *
 * Matches post_type=notice, notice_type=group_recall.
 *
 * Support:
 * - OneBot 11 standard: yes
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
 * - OneBot 11 standard: yes
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
 * 群成员荣誉变更 / Group honor changed
 *
 * 群成员获得了群荣誉：龙王、群聊之火或快乐源泉。
 *
 * A group member won a group honor (talkative, performer or emotion).
 *
 * Matches post_type=notice, notice_type=notify, sub_type=honor.
 *
 * Support:
 * - OneBot 11 standard: yes
 */
export interface HonorEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'honor';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 荣誉类型
   *
   * Which honor
   */
  honor_type: 'talkative' | 'performer' | 'emotion' | 'legend' | 'strong_newbie' | 'ERROR';
  /**
   * 获得荣誉的成员 QQ 号
   *
   * The QQ number of the member honored
   * @format int64
   */
  user_id: number;
}

/**
 * 群红包运气王 / Red packet lucky king
 *
 * 群红包领完，产生了运气王（抢到最多的人）。
 *
 * A group red packet ran out and named its lucky king, the member who got the most.
 *
 * Matches post_type=notice, notice_type=notify, sub_type=lucky_king.
 *
 * Support:
 * - OneBot 11 standard: yes
 */
export interface LuckyKingEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'lucky_king';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 红包发送者 QQ 号
   *
   * The QQ number of the red packet's sender
   * @format int64
   */
  user_id: number;
  /**
   * 运气王 QQ 号
   *
   * The lucky king's QQ number
   * @format int64
   */
  target_id: number;
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
 * - OneBot 11 standard: yes — 标准只定义群内戳一戳，总带 `group_id`（onebot-11 的 event/notice.md）。 The standard defines group pokes only, which always carry `group_id` (onebot-11's event/notice.md).
 */
export interface PokeEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'notify';
  sub_type: 'poke';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
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
 * - OneBot 11 standard: yes
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
 * - OneBot 11 standard: yes
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
 * 通知事件 / Notice events
 *
 * Every event with post_type `notice`.
 */
export type NoticeEvent =
  | FriendAddEvent
  | FriendRecallEvent
  | GroupAdminEvent
  | GroupBanEvent
  | GroupDecreaseEvent
  | GroupIncreaseEvent
  | GroupRecallEvent
  | GroupUploadEvent
  | HonorEvent
  | LuckyKingEvent
  | PokeEvent;

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
  | GroupMessageEvent
  | PrivateMessageEvent
  | HeartbeatEvent
  | LifecycleEvent
  | FriendAddEvent
  | FriendRecallEvent
  | GroupAdminEvent
  | GroupBanEvent
  | GroupDecreaseEvent
  | GroupIncreaseEvent
  | GroupRecallEvent
  | GroupUploadEvent
  | HonorEvent
  | LuckyKingEvent
  | PokeEvent
  | FriendRequestEvent
  | GroupRequestEvent;

/** Every event, and every group of events, by its discriminator values joined with `.`: what a handler subscribed to that name receives. Each is the exported event type itself, so a named handler `(e: GroupMessageEvent) => ...` fits `on('message.group', ...)`. */
export interface EventMap {
  message: MessageEvent;
  'message.group': GroupMessageEvent;
  'message.private': PrivateMessageEvent;
  meta_event: MetaEvent;
  'meta_event.heartbeat': HeartbeatEvent;
  'meta_event.lifecycle': LifecycleEvent;
  notice: NoticeEvent;
  'notice.friend_add': FriendAddEvent;
  'notice.friend_recall': FriendRecallEvent;
  'notice.group_admin': GroupAdminEvent;
  'notice.group_ban': GroupBanEvent;
  'notice.group_decrease': GroupDecreaseEvent;
  'notice.group_increase': GroupIncreaseEvent;
  'notice.group_recall': GroupRecallEvent;
  'notice.group_upload': GroupUploadEvent;
  'notice.notify': HonorEvent | LuckyKingEvent | PokeEvent;
  'notice.notify.honor': HonorEvent;
  'notice.notify.lucky_king': LuckyKingEvent;
  'notice.notify.poke': PokeEvent;
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
    'message.group',
    'message.private',
    'meta_event.heartbeat',
    'meta_event.lifecycle',
    'notice.friend_add',
    'notice.friend_recall',
    'notice.group_admin',
    'notice.group_ban',
    'notice.group_decrease',
    'notice.group_increase',
    'notice.group_recall',
    'notice.group_upload',
    'notice.notify.honor',
    'notice.notify.lucky_king',
    'notice.notify.poke',
    'request.friend',
    'request.group',
  ],
  segments: [
    'at',
    'contact',
    'dice',
    'face',
    'forward',
    'image',
    'json',
    'location',
    'node',
    'poke',
    'record',
    'reply',
    'rps',
    'share',
    'text',
    'video',
    'xml',
  ],
  messages: ['message.group', 'message.private'],
} as const;

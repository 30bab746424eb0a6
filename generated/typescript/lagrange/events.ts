/**
 * Generated from the OneBot 11 spec (spec/, narrowed to lagrange) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
 * Do not edit by hand: change the spec and generate again.
 */

import type { DeliveredMessage, SendSegment } from './segments.js';
import type {
  GroupUploadFileWithUrl,
  LagrangeFileInfo,
  LagrangeGroupMessageSender,
  LagrangeMessageStyle,
  LagrangeOnlineReason,
  Message,
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
 * - Lagrange.OneBot: yes — `sub_type` 恒为 `normal`，`anonymous` 恒为 `null`；另带消息样式 `message_style`；`sender` 见 `LagrangeGroupMessageSender`（Lagrange.OneBot 的 OneBotGroupMsg.cs 与 OneBotGroupSender.cs）。 `sub_type` is always `normal` and `anonymous` always `null`; it also carries `message_style`, and `sender` is a `LagrangeGroupMessageSender` (Lagrange.OneBot's OneBotGroupMsg.cs and OneBotGroupSender.cs).
 */
export interface GroupMessageEvent extends EventBase {
  post_type: 'message';
  message_type: 'group';
  /**
   * 恒为 `normal`
   *
   * Always `normal`
   */
  sub_type: 'normal';
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
   * 恒为 `null`
   *
   * Always `null`
   */
  anonymous: null;
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
  sender: LagrangeGroupMessageSender;
  /**
   * 消息样式
   *
   * Message style
   */
  message_style: LagrangeMessageStyle | null;
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
 * - Lagrange.OneBot: yes — 另带接收者 `target_id` 与消息样式 `message_style`（气泡、字体等）；`sub_type` 只有 `friend` 与 `group`（群临时会话）； `sender` 只有 `user_id`、`nickname` 与 `sex`（恒为 `unknown`）（Lagrange.OneBot 的 OneBotPrivateMsg.cs 与 OneBotSender.cs）。 Also carries the receiver as `target_id` and the message style (bubble, font, ...) as `message_style`; `sub_type` is only `friend` or `group` (a group temporary chat); `sender` has only `user_id`, `nickname` and `sex` (always `unknown`) (Lagrange.OneBot's OneBotPrivateMsg.cs and OneBotSender.cs).
 */
export interface PrivateMessageEvent extends EventBase {
  post_type: 'message';
  message_type: 'private';
  /**
   * 消息来源
   *
   * Where the message came from
   */
  sub_type: 'friend' | 'group';
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
  sender: {
    /**
     * QQ 号
     *
     * QQ number
     * @format int64
     */
    user_id: number;
    /**
     * 昵称
     *
     * Nickname
     */
    nickname: string;
    /**
     * 恒为 `unknown`
     *
     * Always `unknown`
     */
    sex: 'unknown';
  };
  /**
   * 接收者 QQ 号
   *
   * The receiver's QQ number
   * @format int64
   */
  target_id: number;
  /**
   * 消息样式
   *
   * Message style
   */
  message_style: LagrangeMessageStyle | null;
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
 * - Lagrange.OneBot: yes
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
 * - Lagrange.OneBot: yes — Lagrange 只在连接建立时上报 `connect`（Lagrange.OneBot 的 ForwardWSService.cs、ReverseWSService.cs 与 HttpPostService.cs）。 Lagrange reports only `connect`, when a connection is made (Lagrange.OneBot's ForwardWSService.cs, ReverseWSService.cs and HttpPostService.cs).
 */
export interface LifecycleEvent extends EventBase {
  post_type: 'meta_event';
  meta_event_type: 'lifecycle';
  /**
   * 恒为 `connect`
   *
   * Always `connect`
   */
  sub_type: 'connect';
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
 * - Lagrange.OneBot: yes
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
}

/**
 * 机器人上线 / Bot online
 *
 * 登录号登录成功，或掉线后重新连上。
 *
 * The bot's account logged in, or reconnected after being disconnected.
 *
 * Matches post_type=notice, notice_type=bot_online.
 *
 * Support:
 * - Lagrange.OneBot: yes
 */
export interface BotOnlineEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'bot_online';
  /**
   * 上线原因
   *
   * Why it came online
   */
  reason: LagrangeOnlineReason;
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
 * - Lagrange.OneBot: yes
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
 * - Lagrange.OneBot: yes
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
 * - Lagrange.OneBot: yes
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
 * - Lagrange.OneBot: yes — 另带撤回提示文字 `tip`；`message_id` 与消息事件一样是 int32（Lagrange.OneBot 的 OneBotFriendRecall.cs）。 Also carries the recall tip as `tip`; `message_id` is an int32, as in message events (Lagrange.OneBot's OneBotFriendRecall.cs).
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
   * 被撤回的消息 ID
   *
   * The ID of the recalled message
   * @format int32
   */
  message_id: number;
  /**
   * 撤回提示文字
   *
   * The recall tip text
   */
  tip: string;
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
 * - Lagrange.OneBot: yes
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
 * - Lagrange.OneBot: yes
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
 * - Lagrange.OneBot: yes
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
 * - Lagrange.OneBot: yes
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
 * 群名变更 / Group name changed
 *
 * 群名被修改了。与 NapCat 的群名变更事件不同，它不给出修改者。
 *
 * A group's name was changed. Unlike NapCat's group name event, it does not say who changed it.
 *
 * Matches post_type=notice, notice_type=group_name_change.
 *
 * Support:
 * - Lagrange.OneBot: yes
 */
export interface GroupNameChangeEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'group_name_change';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 新群名
   *
   * The new name
   */
  name: string;
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
 * - Lagrange.OneBot: yes — 另带撤回提示文字 `tip`；`message_id` 与消息事件一样是 int32（Lagrange.OneBot 的 OneBotGroupRecall.cs）。 Also carries the recall tip as `tip`; `message_id` is an int32, as in message events (Lagrange.OneBot's OneBotGroupRecall.cs).
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
   * 被撤回的消息 ID
   *
   * The ID of the recalled message
   * @format int32
   */
  message_id: number;
  /**
   * 撤回提示文字
   *
   * The recall tip text
   */
  tip: string;
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
 * - Lagrange.OneBot: yes — `file` 另带下载链接 `url`（Lagrange.OneBot 的 OneBotGroupFile.cs）。 `file` also carries a download `url` (Lagrange.OneBot's OneBotGroupFile.cs).
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
  file: GroupUploadFileWithUrl;
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
 * - Lagrange.OneBot: yes — 好友戳一戳也用这个事件上报，没有 `group_id`，另带 `sender_id`（同 go-cqhttp）。群内与好友戳一戳都另带动作文字 `action`、后缀 `suffix` 与动作图标 `action_img_url`（Lagrange.OneBot 的 OneBotGroupPoke.cs 与 OneBotFriendPoke.cs）。 Friend pokes are reported with this event too, without `group_id` and with `sender_id` (as in go-cqhttp). Group and friend pokes both carry the action text as `action`, its `suffix` and the action's icon as `action_img_url` (Lagrange.OneBot's OneBotGroupPoke.cs and OneBotFriendPoke.cs).
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
   * 戳一戳的动作文字
   *
   * The action text
   */
  action: string;
  /**
   * 动作后缀
   *
   * The action suffix
   */
  suffix: string;
  /**
   * 动作图标链接
   *
   * The action's icon URL
   */
  action_img_url: string;
}

/**
 * 收到离线文件 / Offline file received
 *
 * 有人通过私聊向登录号发送了一个（离线）文件。
 *
 * Someone sent the bot a file in a private chat (an offline file).
 *
 * Matches post_type=notice, notice_type=offline_file.
 *
 * Support:
 * - Lagrange.OneBot: yes — `file` 的结构不同：`id`、`name`、`size`、下载链接 `url` 与哈希 `hash`（Lagrange.OneBot 的 OneBotPrivateFile.cs）。 `file` is shaped differently: `id`, `name`, `size`, the download `url` and the `hash` (Lagrange.OneBot's OneBotPrivateFile.cs).
 */
export interface OfflineFileEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'offline_file';
  /**
   * 发送者 QQ 号
   *
   * The sender's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 文件信息
   *
   * The file
   */
  file: LagrangeFileInfo;
}

/**
 * 群消息表情回应 / Group message reaction
 *
 * 群里有人对一条消息添加或取消了一个表情回应；`count` 是变化后该表情的回应数。
 *
 * Someone in a group added or removed an emoji reaction on a message; `count` is the emoji's count after the change.
 *
 * Matches post_type=notice, notice_type=reaction.
 *
 * Support:
 * - Lagrange.OneBot: yes
 */
export interface ReactionEvent extends EventBase {
  post_type: 'notice';
  notice_type: 'reaction';
  /**
   * 添加或取消
   *
   * Added or removed
   */
  sub_type: 'add' | 'remove';
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 被回应的消息 ID
   *
   * The ID of the message reacted to
   * @format int32
   */
  message_id: number;
  /**
   * 回应者 QQ 号
   *
   * The QQ number of whoever reacted
   * @format int64
   */
  operator_id: number;
  /**
   * 表情 ID
   *
   * Emoji ID
   */
  code: string;
  /**
   * 该表情的回应数
   *
   * The emoji's count
   * @format int32
   */
  count: number;
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
 * - Lagrange.OneBot: yes
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
 * - Lagrange.OneBot: yes — 另带邀请者 `invitor_id`（成员邀请他人入群时，否则为 0）；`comment` 可能为 `null`（Lagrange.OneBot 的 OneBotGroupRequest.cs 与 OneBotRequest.cs）。 Also carries the inviter as `invitor_id` (when a member invited someone; 0 otherwise); `comment` may be `null` (Lagrange.OneBot's OneBotGroupRequest.cs and OneBotRequest.cs).
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
   * 验证信息
   *
   * The verification message
   */
  comment: string | null;
  /**
   * 请求 flag，处理请求时传入
   *
   * The request's flag, passed when answering it
   */
  flag: string;
  /**
   * 邀请者 QQ 号；没有时为 0
   *
   * The inviter's QQ number; 0 when there is none
   * @format int64
   */
  invitor_id: number;
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
  | BotOfflineEvent
  | BotOnlineEvent
  | EssenceAddEvent
  | EssenceDeleteEvent
  | FriendAddEvent
  | FriendRecallEvent
  | GroupAdminEvent
  | GroupBanEvent
  | GroupDecreaseEvent
  | GroupIncreaseEvent
  | GroupNameChangeEvent
  | GroupRecallEvent
  | GroupUploadEvent
  | PokeEvent
  | OfflineFileEvent
  | ReactionEvent;

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
  | BotOfflineEvent
  | BotOnlineEvent
  | EssenceAddEvent
  | EssenceDeleteEvent
  | FriendAddEvent
  | FriendRecallEvent
  | GroupAdminEvent
  | GroupBanEvent
  | GroupDecreaseEvent
  | GroupIncreaseEvent
  | GroupNameChangeEvent
  | GroupRecallEvent
  | GroupUploadEvent
  | PokeEvent
  | OfflineFileEvent
  | ReactionEvent
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
  'notice.bot_offline': BotOfflineEvent;
  'notice.bot_online': BotOnlineEvent;
  'notice.essence': EssenceAddEvent | EssenceDeleteEvent;
  'notice.essence.add': EssenceAddEvent;
  'notice.essence.delete': EssenceDeleteEvent;
  'notice.friend_add': FriendAddEvent;
  'notice.friend_recall': FriendRecallEvent;
  'notice.group_admin': GroupAdminEvent;
  'notice.group_ban': GroupBanEvent;
  'notice.group_decrease': GroupDecreaseEvent;
  'notice.group_increase': GroupIncreaseEvent;
  'notice.group_name_change': GroupNameChangeEvent;
  'notice.group_recall': GroupRecallEvent;
  'notice.group_upload': GroupUploadEvent;
  'notice.notify': PokeEvent;
  'notice.notify.poke': PokeEvent;
  'notice.offline_file': OfflineFileEvent;
  'notice.reaction': ReactionEvent;
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
    'notice.bot_offline',
    'notice.bot_online',
    'notice.essence.add',
    'notice.essence.delete',
    'notice.friend_add',
    'notice.friend_recall',
    'notice.group_admin',
    'notice.group_ban',
    'notice.group_decrease',
    'notice.group_increase',
    'notice.group_name_change',
    'notice.group_recall',
    'notice.group_upload',
    'notice.notify.poke',
    'notice.offline_file',
    'notice.reaction',
    'request.friend',
    'request.group',
  ],
  segments: [
    'at',
    'dice',
    'face',
    'file',
    'forward',
    'image',
    'json',
    'location',
    'markdown',
    'node',
    'poke',
    'record',
    'reply',
    'rps',
    'text',
    'video',
    'xml',
  ],
  messages: ['message.group', 'message.private'],
} as const;

/**
 * Generated from the OneBot 11 spec (spec/) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - onebot11: botuniverse/onebot-11@d4456ee706f9ada9c2dfde56a2bcfc69752600e4 (2022-08-12)
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * - napcat: NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c (2026-08-14)
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
 * Do not edit by hand: change the spec and generate again.
 */

import type { Event } from './events.js';
import type { ReceiveSegment, SendSegment } from './segments.js';

/** AI 语音角色 / AI voice character */
export interface AiCharacter {
  /**
   * 角色 ID，即 `character` 参数
   *
   * Character id: the `character` parameter
   */
  character_id: string;
  /**
   * 角色名
   *
   * Character name
   */
  character_name: string;
  /**
   * 试听音频 URL
   *
   * Preview audio URL
   */
  preview_url: string;
}

/** AI 语音角色分类 / AI voice character category */
export interface AiCharacterCategory {
  /**
   * 分类名，如“推荐”“古风”“现代”
   *
   * Category name, e.g. `推荐` (recommended), `古风` (classical), `现代` (modern)
   */
  type: string;
  /**
   * 该分类下的角色
   *
   * Characters in it
   */
  characters: AiCharacter[];
}

/**
 * 匿名信息 / Anonymous sender
 *
 * 匿名群消息的发送者。
 *
 * The sender of an anonymous group message.
 */
export interface Anonymous {
  /**
   * 匿名用户 ID
   *
   * Anonymous user ID
   * @format int64
   */
  id: number;
  /**
   * 匿名用户名称
   *
   * Anonymous display name
   */
  name: string;
  /**
   * 匿名用户 flag，禁言该匿名用户（`set_group_anonymous_ban`）时传入
   *
   * The anonymous user's flag, passed to `set_group_anonymous_ban` to mute them
   */
  flag: string;
}

/** \@全体成员 剩余次数 / Remaining @everyone mentions */
export interface AtAllRemain {
  /**
   * 是否可以 @全体成员
   *
   * Whether the bot may mention everyone
   */
  can_at_all: boolean;
  /**
   * 群内所有管理员当天剩余的 @全体成员 次数
   *
   * Mentions of everyone left today for all the group's administrators
   * @format int32
   */
  remain_at_all_count_for_group: number;
  /**
   * 登录号当天剩余的 @全体成员 次数
   *
   * Mentions of everyone left today for the bot
   * @format int32
   */
  remain_at_all_count_for_uin: number;
}

/**
 * 字符串开关 / Switch as a string
 *
 * 消息段中取 `0` / `1` 的参数；标准规定也可写作 `no` / `yes` 或 `false` / `true`。
 *
 * A segment parameter that takes `0` or `1`; the standard also accepts `no` / `yes` and `false` / `true`.
 */
export type BoolString = '0' | '1' | 'no' | 'yes' | 'false' | 'true';

/** 话题频道帖子 / Topic channel post */
export interface ChannelFeed {
  /**
   * 帖子 ID
   *
   * Post ID
   */
  id: string;
  /**
   * 子频道 ID
   *
   * Channel ID
   */
  channel_id: string;
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 发帖时间（秒）
   *
   * When it was posted (Unix seconds)
   * @format int64
   */
  create_time: number;
  /**
   * 标题
   *
   * Title
   */
  title: string;
  /**
   * 副标题
   *
   * Subtitle
   */
  sub_title: string;
  /**
   * 发帖人
   *
   * The poster
   */
  poster_info: FeedPoster;
  /**
   * 附带的图片与视频
   *
   * Attached pictures and videos
   */
  resource: FeedResource;
  /**
   * 帖子内容
   *
   * The content
   */
  contents: FeedContent[];
}

/** 子频道 / Channel */
export interface ChannelInfo {
  /**
   * 所属频道 ID
   *
   * The guild it belongs to
   */
  owner_guild_id: string;
  /**
   * 子频道 ID
   *
   * Channel ID
   */
  channel_id: string;
  /**
   * 子频道类型（1 文字、2 语音、5 直播、7 主题）
   *
   * Channel type (1 text, 2 voice, 5 live, 7 topic)
   * @format int32
   */
  channel_type: number;
  /**
   * 子频道名称
   *
   * Channel name
   */
  channel_name: string;
  /**
   * 创建时间（秒）
   *
   * Creation time (Unix seconds)
   * @format int64
   */
  create_time: number;
  /**
   * 创建者 ID
   *
   * Creator's ID
   */
  creator_tiny_id: string;
  /**
   * 发言权限类型
   *
   * Who may speak
   * @format int32
   */
  talk_permission: number;
  /**
   * 可见性类型
   *
   * Visibility
   * @format int32
   */
  visible_type: number;
  /**
   * 当前启用的慢速模式 Key
   *
   * Key of the slow mode in force
   * @format int32
   */
  current_slow_mode: number;
  /**
   * 可用的慢速模式
   *
   * Available slow modes
   */
  slow_modes: SlowModeInfo[];
}

/**
 * QQ 接口凭证 / QQ credentials
 *
 * `get_cookies` 与 `get_csrf_token` 两者结果的合并。
 *
 * What `get_cookies` and `get_csrf_token` return, in one object.
 */
export interface Credentials {
  /**
   * 指定域名的 Cookies
   *
   * Cookies for the requested domain
   */
  cookies: string;
  /**
   * CSRF Token
   *
   * CSRF token
   * @format int32
   */
  csrf_token: number;
}

/** 当前龙王 / Current most talkative member */
export interface CurrentTalkative {
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
   * 头像 URL
   *
   * Avatar URL
   */
  avatar: string;
  /**
   * 已连续保持的天数
   *
   * How many days in a row the member has held it
   * @format int32
   */
  day_count: number;
}

/** 在线客户端 / Online client */
export interface Device {
  /**
   * 客户端 ID
   *
   * Client id
   * @format int64
   */
  app_id: number;
  /**
   * 设备名称
   *
   * Device name
   */
  device_name: string;
  /**
   * 设备类型
   *
   * Device kind
   */
  device_kind: string;
}

/**
 * 被过滤的好友申请 / Filtered friend request
 *
 * QQ 判定为可疑而收进“被过滤的好友申请”的一条加好友请求。所有字段都是字符串。
 *
 * A friend request that QQ judged suspicious and filed under "filtered requests". Every field is a string.
 */
export interface DoubtFriendRequest {
  /**
   * 请求标识，传给 `set_doubt_friends_add_request`
   *
   * Request flag, for `set_doubt_friends_add_request`
   */
  flag: string;
  /**
   * 申请人 QQ 号
   *
   * Requester's QQ number
   */
  uin: string;
  /**
   * 申请人昵称
   *
   * Requester's nickname
   */
  nick: string;
  /**
   * 来源
   *
   * Source
   */
  source: string;
  /**
   * 被过滤的原因
   *
   * Why it was filtered
   */
  reason: string;
  /**
   * 验证信息
   *
   * The request message
   */
  msg: string;
  /**
   * 经由的群号（没有时为 0）
   *
   * The group it came through (0 if none)
   */
  group_code: string;
  /**
   * 申请时间（秒）
   *
   * When it was sent (Unix seconds)
   */
  time: string;
  /**
   * 恒为 `doubt`
   *
   * Always `doubt`
   */
  type: string;
}

/**
 * 下载线程数 / Download threads
 *
 * go-cqhttp 通过网络 URL 下载图片或视频时使用的线程数；省略为单线程。资源不支持并发时 go-cqhttp 会自动退回单线程。
 *
 * How many threads go-cqhttp uses to download an image or video from a URL; omitted means one. go-cqhttp falls back to one thread when the server does not allow parallel downloads.
 */
export type DownloadThreads = '2' | '3' | 2 | 3;

/** 表情回应列表（分页） / Emoji reactions (one page) */
export interface EmojiLikePage {
  /**
   * 结果码，0 为成功
   *
   * Result code; 0 is success
   * @format int32
   */
  result: number;
  /**
   * 错误信息
   *
   * Error message
   */
  errMsg: string;
  /**
   * 回应者
   *
   * Reactors
   */
  emojiLikesList: EmojiLikeUser[];
  /**
   * 下一页的 cookie
   *
   * Cookie for the next page
   */
  cookie: string;
  /**
   * 是否最后一页
   *
   * Whether this is the last page
   */
  isLastPage: boolean;
  /**
   * 是否第一页
   *
   * Whether this is the first page
   */
  isFirstPage: boolean;
}

/** 表情回应者 / Emoji reactor */
export interface EmojiLikeUser {
  /**
   * 回应者 ID（多为 QQ 号）
   *
   * Reactor's id (usually the QQ number)
   */
  tinyId: string;
  /**
   * 昵称
   *
   * Nickname
   */
  nickName: string;
  /**
   * 头像 URL
   *
   * Avatar URL
   */
  headUrl: string;
}

/** 精华消息 / Essence message */
export interface EssenceMessage {
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  sender_id: number;
  /**
   * 发送者昵称
   *
   * Sender's nickname
   */
  sender_nick: string;
  /**
   * 消息发送时间
   *
   * When the message was sent
   * @format int64
   */
  sender_time: number;
  /**
   * 操作者 QQ 号
   *
   * Operator's QQ number
   * @format int64
   */
  operator_id: number;
  /**
   * 操作者昵称
   *
   * Operator's nickname
   */
  operator_nick: string;
  /**
   * 设为精华的时间
   *
   * When it was made essence
   * @format int64
   */
  operator_time: number;
  /**
   * 消息 ID
   *
   * Message id
   * @format int32
   */
  message_id: number;
}

/**
 * 帖子内容块 / Post content block
 *
 * `type` 为 `text`（`data.text`）、`face`（`data.id`）、`at`（`data.id`、`data.qq`）、 `url_quote`（`data.display_text`、`data.url`）或 `channel_quote`（`data.display_text`、 `data.guild_id`、`data.channel_id`）。
 *
 * `type` is `text` (`data.text`), `face` (`data.id`), `at` (`data.id`, `data.qq`), `url_quote` (`data.display_text`, `data.url`) or `channel_quote` (`data.display_text`, `data.guild_id`, `data.channel_id`).
 */
export interface FeedContent {
  /**
   * 内容类型
   *
   * Content type
   */
  type: 'text' | 'face' | 'at' | 'url_quote' | 'channel_quote';
  /**
   * 内容数据，字段随 `type` 而定
   *
   * The data; its fields depend on `type`
   */
  data: Record<string, string>;
}

/** 帖子媒体 / Post media */
export interface FeedMedia {
  /**
   * 媒体 ID
   *
   * Media ID
   */
  file_id: string;
  /**
   * 样式 ID（含义未公开）
   *
   * Pattern ID (meaning undocumented)
   */
  pattern_id: string;
  /**
   * 媒体链接
   *
   * Media URL
   */
  url: string;
  /**
   * 高度
   *
   * Height
   * @format int32
   */
  height: number;
  /**
   * 宽度
   *
   * Width
   * @format int32
   */
  width: number;
}

/** 发帖人 / Poster */
export interface FeedPoster {
  /**
   * 发帖人 ID
   *
   * Poster's ID
   */
  tiny_id: string;
  /**
   * 发帖人昵称
   *
   * Poster's nickname
   */
  nickname: string;
  /**
   * 发帖人头像链接
   *
   * Poster's avatar URL
   */
  icon_url: string;
}

/** 帖子媒体资源 / Post resources */
export interface FeedResource {
  /**
   * 图片
   *
   * Pictures
   */
  images: FeedMedia[];
  /**
   * 视频
   *
   * Videos
   */
  videos: FeedMedia[];
}

/** 群文件操作结果 / Group file operation result */
export interface FileOperationResult {
  /**
   * 是否成功；失败时动作直接报错
   *
   * Whether it worked; on failure the action fails instead
   */
  ok: boolean;
}

/** 合并转发外显行 / Forward preview line */
export interface ForwardNews {
  /**
   * 聊天记录卡片上显示的一行
   *
   * One line shown on the forward card
   */
  text: string;
}

/**
 * 转发节点 / Forward node
 *
 * 合并转发中的一个 `node` 消息段。
 *
 * One `node` segment of a forward.
 */
export interface ForwardNode {
  /**
   * 固定为 `node`
   *
   * Always `node`
   */
  type: 'node';
  /**
   * 节点数据
   *
   * The node data
   */
  data: ForwardNodeData;
}

/**
 * 转发节点数据 / Forward node data
 *
 * 一个转发节点的 `data`：只给 `id` 时引用一条已有消息；给出发送者与 `content` 时是自定义节点。go-cqhttp 同时接受旧名 `uin` 与 `name`。
 *
 * The `data` of one forward node: with only `id` it quotes an existing message; with a sender and `content` it is a custom node. go-cqhttp also accepts the older names `uin` and `name`.
 */
export interface ForwardNodeData {
  /**
   * 要引用的消息 ID（引用节点）
   *
   * The ID of the message to quote (quoting form)
   */
  id?: number | string;
  /**
   * 自定义节点的发送者 QQ 号
   *
   * The custom node's sender QQ number
   */
  user_id?: number | string;
  /**
   * `user_id` 的旧名
   *
   * Older name of `user_id`
   * @deprecated 使用 `user_id` Use `user_id`
   */
  uin?: number | string;
  /**
   * 自定义节点的发送者显示名
   *
   * The custom node's sender display name
   */
  nickname?: string;
  /**
   * `nickname` 的旧名
   *
   * Older name of `nickname`
   * @deprecated 使用 `nickname` Use `nickname`
   */
  name?: string;
  /**
   * 自定义节点的内容；给出节点数组时构成嵌套转发
   *
   * The custom node's content; an array of nodes makes a nested forward
   */
  content?: Message | ForwardNode[];
  /**
   * 自定义节点显示的发送时间（秒）；缺省为当前时间前后
   *
   * The time the custom node shows (Unix seconds); defaults to about now
   * @format int64
   */
  time?: number;
}

/** 合并转发发送结果 / Sent forward */
export interface ForwardSendResult {
  /**
   * 消息 ID（go-cqhttp 文档写作 int64，实际为 int32 的全局消息 ID）
   *
   * The message ID (go-cqhttp's docs say int64; it is the int32 global message ID)
   * @format int32
   */
  message_id: number;
  /**
   * 转发消息的 res_id（go-cqhttp 总会返回；NapCat 同时以 `res_id` 返回）
   *
   * The forward's res_id (go-cqhttp always sends it; NapCat sends it as `res_id` too)
   */
  forward_id?: string;
  /**
   * 同 `forward_id`（NapCat）
   *
   * The same as `forward_id` (NapCat)
   */
  res_id?: string;
}

/** 好友分组 / Friend category */
export interface FriendCategory {
  /**
   * 分组 ID
   *
   * Category id
   * @format int32
   */
  categoryId: number;
  /**
   * 分组排序 ID
   *
   * Sort id
   * @format int32
   */
  categorySortId?: number;
  /**
   * 分组名
   *
   * Category name
   */
  categoryName: string;
  /**
   * 分组内好友数
   *
   * Number of friends in it
   * @format int32
   */
  categoryMbCount: number;
  /**
   * 在线好友数
   *
   * Number of friends online
   * @format int32
   */
  onlineCount?: number;
  /**
   * 分组内的好友
   *
   * The friends in it
   */
  buddyList: NapCatFriendInfo[];
}

/** 好友信息 / Friend */
export interface FriendInfo {
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
   * 登录号给好友设置的备注名
   *
   * The remark the bot account gave this friend
   */
  remark: string;
}

/**
 * 群礼物 ID / Group gift ID
 *
 * go-cqhttp 的 `gift` 消息段可发送的免费群礼物。与 `ImageShowEffect` 一样，数组格式中也接受数字字符串。
 *
 * The free group gifts go-cqhttp's `gift` segment can send. As with `ImageShowEffect`, the array format also accepts the number as a string.
 *
 * - `0`: 甜Wink / Sweet wink
 * - `1`: 快乐肥宅水 / Happy cola
 * - `2`: 幸运手链 / Lucky bracelet
 * - `3`: 卡布奇诺 / Cappuccino
 * - `4`: 猫咪手表 / Cat watch
 * - `5`: 绒绒手套 / Fluffy gloves
 * - `6`: 彩虹糖果 / Rainbow candy
 * - `7`: 坚强 / Be strong
 * - `8`: 告白话筒 / Confession microphone
 * - `9`: 牵你的手 / Hold your hand
 * - `10`: 可爱猫咪 / Cute cat
 * - `11`: 神秘面具 / Mystery mask
 * - `12`: 我超忙的 / I'm so busy
 * - `13`: 爱心口罩 / Heart face mask
 */
export type GiftId = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;

/**
 * go-cqhttp 合并转发中的消息 / go-cqhttp forwarded message
 *
 * go-cqhttp `get_forward_msg` 结果中的一条消息。1.x 版本中，若这条消息本身又是一条合并转发，`content` 是内层消息的数组；并附带来源群号。
 *
 * One message in go-cqhttp's `get_forward_msg` result. In 1.x, when the message is itself a forward, `content` is the array of the inner messages; the source group number comes along too.
 */
export interface GoCqhttpForwardMessage {
  /**
   * 消息内容；嵌套转发时为内层消息数组
   *
   * The content; for a nested forward, the inner messages
   */
  content: ReceivedMessage | GoCqhttpForwardMessage[];
  /**
   * 发送者
   *
   * The sender
   */
  sender: GoCqhttpForwardSender;
  /**
   * 发送时间（Unix 时间戳，秒）
   *
   * When it was sent (Unix seconds)
   * @format int64
   */
  time: number;
  /**
   * 来源群号（1.x 版本起）
   *
   * The source group number (from 1.x)
   * @format int64
   */
  group_id?: number;
}

/**
 * go-cqhttp 合并转发发送结果 / go-cqhttp sent forward
 *
 * go-cqhttp 发送合并转发的结果（coolq/api.go）：全局消息 ID 与转发的 res_id，没有 `res_id` 字段。
 *
 * What go-cqhttp answers a sent forward with (coolq/api.go): the global message ID and the forward's res_id; there is no `res_id` field.
 */
export interface GoCqhttpForwardSendResult {
  /**
   * 全局消息 ID
   *
   * The global message ID
   * @format int32
   */
  message_id: number;
  /**
   * 转发消息的 res_id；v1.0.0-rc4 起返回
   *
   * The forward's res_id; returned since v1.0.0-rc4
   */
  forward_id?: string;
}

/** go-cqhttp 转发消息发送者 / go-cqhttp forwarded-message sender */
export interface GoCqhttpForwardSender {
  /**
   * 发送者昵称
   *
   * Sender's nickname
   */
  nickname: string;
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  user_id: number;
}

/**
 * go-cqhttp 群成员信息 / go-cqhttp group member
 *
 * 标准的群成员信息，外加禁言到期时间 `shut_up_timestamp`（coolq/converter.go 的 convertGroupMemberInfo）。
 *
 * The standard's group member plus `shut_up_timestamp`, when the member's mute ends (convertGroupMemberInfo in coolq/converter.go).
 */
export interface GoCqhttpGroupMemberInfo {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
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
   * 群名片（群备注），未设置时为空字符串
   *
   * Group card (the in-group display name); empty when not set
   */
  card: string;
  /**
   * 性别
   *
   * Sex
   */
  sex: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age: number;
  /**
   * 地区
   *
   * Region
   */
  area: string;
  /**
   * 入群时间（Unix 时间戳，秒）
   *
   * When the member joined (Unix seconds)
   * @format int32
   */
  join_time: number;
  /**
   * 最后一次发言的时间（Unix 时间戳，秒）
   *
   * When the member last spoke (Unix seconds)
   * @format int32
   */
  last_sent_time: number;
  /**
   * 成员等级
   *
   * Member level
   */
  level: string;
  /**
   * 角色
   *
   * Role
   */
  role: GroupRole;
  /**
   * 是否有不良记录
   *
   * Whether the member has a bad record
   */
  unfriendly: boolean;
  /**
   * 专属头衔
   *
   * Special title
   */
  title: string;
  /**
   * 专属头衔的过期时间（Unix 时间戳，秒）
   *
   * When the special title expires (Unix seconds)
   * @format int32
   */
  title_expire_time: number;
  /**
   * 是否允许修改群名片
   *
   * Whether the group card may be changed
   */
  card_changeable: boolean;
  /**
   * 禁言到期时间（Unix 时间戳，秒）；未被禁言时为 0
   *
   * When the member's mute ends (Unix seconds); 0 when not muted
   * @format int64
   */
  shut_up_timestamp: number;
}

/**
 * go-cqhttp 群消息发送者 / go-cqhttp group-message sender
 *
 * go-cqhttp 群消息（与自身群消息）中的 `sender`：总带 QQ 号、`sex`（恒为 `unknown`）、`age`（恒为 0）、`area` 与 `level`（恒为空串）与昵称； `role`、`card` 与 `title` 取自群成员列表，匿名消息没有（coolq/converter.go 的 formatGroupMessage）。
 *
 * The `sender` of go-cqhttp's group messages (and its own): always the QQ number, `sex` (always `unknown`), `age` (always 0), `area` and `level` (always empty) and a nickname; `role`, `card` and `title` come from the member list and are missing for anonymous messages (formatGroupMessage in coolq/converter.go).
 */
export interface GoCqhttpGroupMessageSender {
  /**
   * 发送者 QQ 号
   *
   * The sender's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 昵称；匿名消息为「匿名消息」
   *
   * Nickname; `匿名消息` for anonymous messages
   */
  nickname: string;
  /**
   * 恒为 `unknown`
   *
   * Always `unknown`
   */
  sex: 'unknown';
  /**
   * 恒为 0
   *
   * Always 0
   * @format int32
   */
  age: number;
  /**
   * 恒为空串
   *
   * Always empty
   */
  area: '';
  /**
   * 恒为空串
   *
   * Always empty
   */
  level: '';
  /**
   * 群名片；匿名消息没有
   *
   * Group card; missing for anonymous messages
   */
  card?: string;
  /**
   * 角色；匿名消息没有
   *
   * Role; missing for anonymous messages
   */
  role?: GroupRole;
  /**
   * 专属头衔；匿名消息没有
   *
   * Special title; missing for anonymous messages
   */
  title?: string;
}

/**
 * go-cqhttp 图片信息 / go-cqhttp image information
 *
 * go-cqhttp 的 `get_image` 除下载后的本地路径外，还返回图片的大小、原文件名与下载地址；最早的版本只有后三项。
 *
 * go-cqhttp's `get_image` answers, besides the local path of the downloaded image, with its size, original name and download URL; the earliest versions have only the last three.
 */
export interface GoCqhttpImageInfo {
  /**
   * 图片源文件大小（字节）
   *
   * Size of the source file in bytes
   * @format int32
   */
  size: number;
  /**
   * 图片文件原名
   *
   * Original file name
   */
  filename: string;
  /**
   * 图片下载地址
   *
   * Download URL
   */
  url: string;
  /**
   * 下载到缓存目录后的本地路径
   *
   * Local path of the image downloaded to the cache directory
   */
  file?: string;
}

/**
 * go-cqhttp 消息详情 / go-cqhttp message details
 *
 * go-cqhttp `get_msg` 的结果：多了 `group`、`group_id`、`message_seq` 与字符串形式的 `message_id_v2`，发送者只有昵称与 QQ 号。`raw_message` 只在 1.0 之前的版本中出现，`message_id_v2` 只在 1.0 起的版本中出现。
 *
 * go-cqhttp's `get_msg` result: it adds `group`, `group_id`, `message_seq` and a string `message_id_v2`, and the sender has only a nickname and a QQ number. `raw_message` appears only before 1.0, `message_id_v2` only from 1.0 on.
 */
export interface GoCqhttpMessageDetail {
  /**
   * 是否是群消息
   *
   * Whether it is a group message
   */
  group: boolean;
  /**
   * 群号；仅群消息有
   *
   * Group number; group messages only
   * @format int64
   */
  group_id?: number;
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 另一种字符串形式的消息 ID（1.0 起）
   *
   * Another message ID, as a string (from 1.0)
   */
  message_id_v2?: string;
  /**
   * 消息的真实 ID（消息序号）
   *
   * The message's real ID (its sequence number)
   * @format int32
   */
  real_id: number;
  /**
   * 消息序号，同 `real_id`
   *
   * The sequence number, the same as `real_id`
   * @format int32
   */
  message_seq?: number;
  /**
   * 消息类型
   *
   * Message type
   */
  message_type: 'private' | 'group';
  /**
   * 发送者
   *
   * The sender
   */
  sender: GoCqhttpForwardSender;
  /**
   * 发送时间（Unix 时间戳，秒）
   *
   * When it was sent (Unix seconds)
   * @format int32
   */
  time: number;
  /**
   * 消息内容
   *
   * The content
   */
  message: ReceivedMessage;
  /**
   * 原始消息内容（CQ 码；仅 1.0 之前的版本）
   *
   * The raw content as CQ codes (before 1.0 only)
   */
  raw_message?: string;
}

/**
 * go-cqhttp 私聊消息发送者 / go-cqhttp private-message sender
 *
 * go-cqhttp 私聊消息中的 `sender`：QQ 号与昵称，`sex` 恒为 `unknown`，`age` 恒为 0；群临时会话另带来源群号（coolq/event.go 的 privateMessageEvent 与 tempMessageEvent）。
 *
 * The `sender` of go-cqhttp's private messages: the QQ number and nickname, `sex` always `unknown` and `age` always 0; a group temporary chat also carries the group it came from (privateMessageEvent and tempMessageEvent in coolq/event.go).
 */
export interface GoCqhttpMessageSender {
  /**
   * 发送者 QQ 号
   *
   * The sender's QQ number
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
  /**
   * 恒为 0
   *
   * Always 0
   * @format int32
   */
  age: number;
  /**
   * 临时会话的来源群号；仅群临时会话有
   *
   * The group of a temporary chat; temporary chats only
   * @format int64
   */
  group_id?: number;
}

/**
 * go-cqhttp 运行统计 / go-cqhttp statistics
 *
 * go-cqhttp 自启动以来的统计数据，重启后清零。
 *
 * What go-cqhttp has counted since it started; reset on restart.
 */
export interface GoCqhttpStatistics {
  /**
   * 收到的数据包总数
   *
   * Packets received
   * @format int64
   */
  packet_received: number;
  /**
   * 发送的数据包总数
   *
   * Packets sent
   * @format int64
   */
  packet_sent: number;
  /**
   * 丢失的数据包总数
   *
   * Packets lost
   * @format int64
   */
  packet_lost: number;
  /**
   * 收到的消息总数
   *
   * Messages received
   * @format int64
   */
  message_received: number;
  /**
   * 发送的消息总数
   *
   * Messages sent
   * @format int64
   */
  message_sent: number;
  /**
   * TCP 连接断开次数
   *
   * Times the TCP connection dropped
   * @format int64
   */
  disconnect_times: number;
  /**
   * 账号掉线次数
   *
   * Times the account went offline
   * @format int64
   */
  lost_times: number;
  /**
   * 最后一条消息的时间（Unix 时间戳，秒）
   *
   * When the last message arrived (Unix seconds)
   * @format int64
   */
  last_message_time: number;
}

/**
 * go-cqhttp 运行状态 / go-cqhttp status
 *
 * go-cqhttp 的 `get_status` 结果（coolq/api.go 的 CQGetStatus）：保留 CQHTTP 时代的四个固定字段（三个恒为 `true`，`plugins_good` 恒为 `null`），并附运行统计。
 *
 * go-cqhttp's `get_status` result (CQGetStatus in coolq/api.go): the four fixed CQHTTP-era fields (three always `true`, `plugins_good` always `null`), plus statistics.
 */
export interface GoCqhttpStatus {
  /**
   * CQHTTP 遗留字段，恒为 `true`
   *
   * CQHTTP legacy field, always `true`
   */
  app_initialized: boolean;
  /**
   * CQHTTP 遗留字段，恒为 `true`
   *
   * CQHTTP legacy field, always `true`
   */
  app_enabled: boolean;
  /**
   * CQHTTP 遗留字段，go-cqhttp 恒为 `null`
   *
   * CQHTTP legacy field, always `null` in go-cqhttp
   */
  plugins_good: null;
  /**
   * CQHTTP 遗留字段，恒为 `true`
   *
   * CQHTTP legacy field, always `true`
   */
  app_good: boolean;
  /**
   * 机器人是否在线
   *
   * Whether the bot is online
   */
  online: boolean;
  /**
   * 同 `online`
   *
   * The same as `online`
   */
  good: boolean;
  /**
   * 运行统计
   *
   * Statistics
   */
  stat: GoCqhttpStatistics;
}

/**
 * go-cqhttp 陌生人信息 / go-cqhttp stranger
 *
 * 标准的陌生人信息，外加 QID、等级与连续登录天数。
 *
 * The standard's stranger information plus the QID, level and consecutive login days.
 */
export interface GoCqhttpStrangerInfo {
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
   * 性别
   *
   * Sex
   */
  sex: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age: number;
  /**
   * QID 身份卡
   *
   * QID (identity card)
   */
  qid: string;
  /**
   * 等级
   *
   * Level
   * @format int32
   */
  level: number;
  /**
   * 连续登录天数
   *
   * Consecutive login days
   * @format int32
   */
  login_days: number;
  /**
   * 个性签名（coolq/api.go 的 CQGetStrangerInfo）
   *
   * Signature (CQGetStrangerInfo in coolq/api.go)
   */
  sign: string;
  /**
   * 会员等级；其类型由 MiraiGo 决定，不在 go-cqhttp 的源码中
   *
   * Membership level; its type is MiraiGo's and not in go-cqhttp's source
   */
  vip_level: unknown;
}

/**
 * go-cqhttp 版本信息 / go-cqhttp version
 *
 * go-cqhttp 在标准字段之外返回的大量字段，多数是为兼容 CQHTTP 插件而保留的固定值。
 *
 * The many fields go-cqhttp returns besides the standard ones, most of them fixed values kept for CQHTTP compatibility.
 */
export interface GoCqhttpVersionInfo {
  [key: string]: unknown;
  /**
   * 固定为 `go-cqhttp`
   *
   * Always `go-cqhttp`
   */
  app_name: string;
  /**
   * 应用版本，如 `v1.0.0`
   *
   * Version, e.g. `v1.0.0`
   */
  app_version: string;
  /**
   * 应用完整名称
   *
   * Full application name
   */
  app_full_name: string;
  /**
   * 登录所用的设备协议编号
   *
   * Number of the device protocol used to log in
   * @format int32
   */
  protocol_name: number;
  /**
   * 固定为 `v11`
   *
   * Always `v11`
   */
  protocol_version: string;
  /**
   * 固定为 `pro`（CQHTTP 遗留）
   *
   * Always `pro` (CQHTTP legacy)
   */
  coolq_edition: string;
  /**
   * 运行目录
   *
   * Working directory
   */
  coolq_directory: string;
  /**
   * 固定为 `true`；v1.2.0 起的名称
   *
   * Always `true`; the name since v1.2.0
   */
  go_cqhttp?: boolean;
  /**
   * 固定为 `true`；v1.2.0 之前的名称
   *
   * Always `true`; the name before v1.2.0
   */
  'go-cqhttp'?: boolean;
  /**
   * 固定值（CQHTTP 遗留）
   *
   * Fixed value (CQHTTP legacy)
   */
  plugin_version: string;
  /**
   * 固定值（CQHTTP 遗留）
   *
   * Fixed value (CQHTTP legacy)
   * @format int32
   */
  plugin_build_number: number;
  /**
   * 固定值（CQHTTP 遗留）
   *
   * Fixed value (CQHTTP legacy)
   */
  plugin_build_configuration: string;
  /**
   * Go 运行时版本
   *
   * Go runtime version
   */
  runtime_version: string;
  /**
   * 运行的操作系统
   *
   * Operating system
   */
  runtime_os: string;
  /**
   * 同 `app_version`
   *
   * The same as `app_version`
   */
  version: string;
}

/** 群文件 / Group file */
export interface GroupFile {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id?: number;
  /**
   * 文件 ID
   *
   * File id
   */
  file_id: string;
  /**
   * 文件名
   *
   * File name
   */
  file_name: string;
  /**
   * 文件类型（业务 ID）
   *
   * File type (bus id)
   * @format int32
   */
  busid: number;
  /**
   * 文件大小（字节）
   *
   * Size in bytes
   * @format int64
   */
  file_size: number;
  /**
   * 上传时间（秒）
   *
   * Upload time (Unix seconds)
   * @format int64
   */
  upload_time: number;
  /**
   * 过期时间；永久文件为 0
   *
   * Expiry time; 0 for permanent files
   * @format int64
   */
  dead_time: number;
  /**
   * 最后修改时间
   *
   * Last modified time
   * @format int64
   */
  modify_time: number;
  /**
   * 下载次数
   *
   * Download count
   * @format int32
   */
  download_times: number;
  /**
   * 上传者 QQ 号
   *
   * Uploader's QQ number
   * @format int64
   */
  uploader: number;
  /**
   * 上传者名字
   *
   * Uploader's name
   */
  uploader_name: string;
}

/** 群文件列表 / Group file listing */
export interface GroupFileList {
  /**
   * 文件列表
   *
   * Files
   */
  files: GroupFile[] | null;
  /**
   * 文件夹列表
   *
   * Folders
   */
  folders: GroupFolder[] | null;
}

/** 群文件系统信息 / Group file system */
export interface GroupFileSystemInfo {
  /**
   * 文件总数
   *
   * Number of files
   * @format int32
   */
  file_count: number;
  /**
   * 文件数上限
   *
   * Maximum number of files
   * @format int32
   */
  limit_count: number;
  /**
   * 已使用空间（字节）
   *
   * Space used (bytes)
   * @format int64
   */
  used_space: number;
  /**
   * 空间上限（字节）
   *
   * Total space (bytes)
   * @format int64
   */
  total_space: number;
  /**
   * 群号（go-cqhttp 会返回，文档未列出）
   *
   * Group number (go-cqhttp returns it; the docs omit it)
   * @format int64
   */
  group_id?: number;
}

/** 群文件夹 / Group folder */
export interface GroupFolder {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id?: number;
  /**
   * 文件夹 ID
   *
   * Folder id
   */
  folder_id: string;
  /**
   * 文件夹名
   *
   * Folder name
   */
  folder_name: string;
  /**
   * 创建时间
   *
   * Creation time
   * @format int64
   */
  create_time: number;
  /**
   * 创建者 QQ 号
   *
   * Creator's QQ number
   * @format int64
   */
  creator: number;
  /**
   * 创建者名字
   *
   * Creator's name
   */
  creator_name: string;
  /**
   * 子文件数量
   *
   * Number of files inside
   * @format int32
   */
  total_file_count: number;
}

/**
 * 群荣誉信息 / Group honors
 *
 * 只有与请求的 `type` 对应的字段才会出现；`type` 为 `all` 时全部出现。
 *
 * Only the fields that match the requested `type` are present; with `all`, every one is.
 */
export interface GroupHonorInfo {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 当前龙王；`type` 为 `talkative` 或 `all` 时出现
   *
   * The current most talkative member; present for `talkative` and `all`
   */
  current_talkative?: CurrentTalkative;
  /**
   * 历史龙王；`type` 为 `talkative` 或 `all` 时出现
   *
   * Past most talkative members; present for `talkative` and `all`
   */
  talkative_list?: HonorMember[];
  /**
   * 群聊之火；`type` 为 `performer` 或 `all` 时出现
   *
   * Performers; present for `performer` and `all`
   */
  performer_list?: HonorMember[];
  /**
   * 群聊炽焰；`type` 为 `legend` 或 `all` 时出现
   *
   * Legends; present for `legend` and `all`
   */
  legend_list?: HonorMember[];
  /**
   * 冒尖小春笋；`type` 为 `strong_newbie` 或 `all` 时出现
   *
   * Strong newbies; present for `strong_newbie` and `all`
   */
  strong_newbie_list?: HonorMember[];
  /**
   * 快乐之源；`type` 为 `emotion` 或 `all` 时出现
   *
   * Sources of joy; present for `emotion` and `all`
   */
  emotion_list?: HonorMember[];
}

/** 群信息 / Group */
export interface GroupInfo {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 群名称
   *
   * Group name
   */
  group_name: string;
  /**
   * 当前成员数
   *
   * Current number of members
   * @format int32
   */
  member_count: number;
  /**
   * 群容量（最大成员数）
   *
   * Capacity of the group (the most members it can hold)
   * @format int32
   */
  max_member_count: number;
}

/** 群邀请请求 / Group invitation */
export interface GroupInvitedRequest {
  /**
   * 请求 ID
   *
   * Request ID
   * @format int64
   */
  request_id: number;
  /**
   * 邀请者 QQ 号
   *
   * Inviter's QQ number
   * @format int64
   */
  invitor_uin: number;
  /**
   * 邀请者昵称
   *
   * Inviter's nickname
   */
  invitor_nick: string;
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 群名
   *
   * Group name
   */
  group_name: string;
  /**
   * 是否已处理
   *
   * Whether it has been handled
   */
  checked: boolean;
  /**
   * 处理者 QQ 号，未处理为 0
   *
   * Who handled it; 0 if nobody has
   * @format int64
   */
  actor: number;
}

/** 加群请求 / Request to join */
export interface GroupJoinRequest {
  /**
   * 请求 ID
   *
   * Request ID
   * @format int64
   */
  request_id: number;
  /**
   * 申请者 QQ 号
   *
   * Requester's QQ number
   * @format int64
   */
  requester_uin: number;
  /**
   * 申请者昵称
   *
   * Requester's nickname
   */
  requester_nick: string;
  /**
   * 验证消息
   *
   * The verification message
   */
  message: string;
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 群名
   *
   * Group name
   */
  group_name: string;
  /**
   * 是否已处理
   *
   * Whether it has been handled
   */
  checked: boolean;
  /**
   * 处理者 QQ 号，未处理为 0
   *
   * Who handled it; 0 if nobody has
   * @format int64
   */
  actor: number;
}

/**
 * 群成员信息 / Group member
 *
 * 群成员的资料。由 `get_group_member_list` 得到的列表项结构相同，但部分字段（如 `area` 与 `title`）可能取不到值，以 `get_group_member_info` 的结果为准。
 *
 * A member's profile in one group. Items of `get_group_member_list` have the same shape, but some fields (such as `area` and `title`) may be unavailable there; `get_group_member_info` is authoritative.
 */
export interface GroupMemberInfo {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
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
   * 群名片（群备注），未设置时为空字符串
   *
   * Group card (the in-group display name); empty when not set
   */
  card: string;
  /**
   * 性别
   *
   * Sex
   */
  sex: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age: number;
  /**
   * 地区
   *
   * Region
   */
  area: string;
  /**
   * 入群时间（Unix 时间戳，秒）
   *
   * When the member joined (Unix seconds)
   * @format int32
   */
  join_time: number;
  /**
   * 最后一次发言的时间（Unix 时间戳，秒）
   *
   * When the member last spoke (Unix seconds)
   * @format int32
   */
  last_sent_time: number;
  /**
   * 成员等级
   *
   * Member level
   */
  level: string;
  /**
   * 角色
   *
   * Role
   */
  role: GroupRole;
  /**
   * 是否有不良记录
   *
   * Whether the member has a bad record
   */
  unfriendly: boolean;
  /**
   * 专属头衔
   *
   * Special title
   */
  title: string;
  /**
   * 专属头衔的过期时间（Unix 时间戳，秒）
   *
   * When the special title expires (Unix seconds)
   * @format int32
   */
  title_expire_time: number;
  /**
   * 是否允许修改群名片
   *
   * Whether the group card may be changed
   */
  card_changeable: boolean;
}

/**
 * 群消息发送者 / Group message sender
 *
 * 群消息的发送者信息。各字段由实现尽力提供：可能缺失，也可能因缓存过期而不准确；匿名消息的发送者信息没有参考价值。
 *
 * Who sent a group message. The implementation fills these in on a best-effort basis: any field may be missing, and a present one may be stale. For anonymous messages it means nothing.
 */
export interface GroupMessageSender {
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  user_id?: number;
  /**
   * 昵称
   *
   * Nickname
   */
  nickname?: string;
  /**
   * 群名片（备注）
   *
   * Group card (display name in the group)
   */
  card?: string;
  /**
   * 性别
   *
   * Sex
   */
  sex?: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age?: number;
  /**
   * 地区
   *
   * Region
   */
  area?: string;
  /**
   * 群成员等级
   *
   * Member level in the group
   */
  level?: string;
  /**
   * 群内角色；Lagrange 在权限未知时为 `unknown`（Lagrange.OneBot 的 OneBotGroupSender.cs）
   *
   * Role in the group; Lagrange says `unknown` when the permission is not known (Lagrange.OneBot's OneBotGroupSender.cs)
   */
  role?: GroupRole | 'unknown';
  /**
   * 专属头衔
   *
   * Special title
   */
  title?: string;
}

/** 群公告 / Group notice */
export interface GroupNotice {
  /**
   * 公告 ID，供 `_del_group_notice` 使用（go-cqhttp 文档未列出，但新版本、NapCat 与 Lagrange 都返回）
   *
   * The notice ID, for `_del_group_notice` (missing from go-cqhttp's docs, but newer versions, NapCat and Lagrange return it)
   */
  notice_id?: string;
  /**
   * 发布者 QQ 号
   *
   * Publisher's QQ number
   * @format int64
   */
  sender_id: number;
  /**
   * 发布时间（秒）
   *
   * When it was published (Unix seconds)
   * @format int64
   */
  publish_time: number;
  /**
   * 公告内容
   *
   * The content
   */
  message: GroupNoticeContent;
}

/** 公告内容 / Notice content */
export interface GroupNoticeContent {
  /**
   * 公告正文
   *
   * The text
   */
  text: string;
  /**
   * 公告图片
   *
   * Pictures
   */
  images: GroupNoticeImage[];
}

/** 公告图片 / Notice picture */
export interface GroupNoticeImage {
  /**
   * 图片高度
   *
   * Height
   */
  height: string;
  /**
   * 图片宽度
   *
   * Width
   */
  width: string;
  /**
   * 图片 ID
   *
   * Picture ID
   */
  id: string;
}

/**
 * 群通知中的请求 / Group request from the notifications
 *
 * 群系统通知中的一条加群请求或邀请；字段与 go-cqhttp 的 `get_group_system_msg` 相同。
 *
 * A join request or invitation from the group system notifications, with the fields of go-cqhttp's `get_group_system_msg`.
 */
export interface GroupNotifyRequest {
  /**
   * 请求 ID（通知的序号）
   *
   * Request id (the notification's sequence number)
   * @format int64
   */
  request_id: number;
  /**
   * 申请人或邀请人 QQ 号，未知时为 0
   *
   * Requester or inviter QQ number; 0 when unknown
   * @format int64
   */
  invitor_uin: number;
  /**
   * 申请人或邀请人昵称
   *
   * Requester or inviter nickname
   */
  invitor_nick?: string;
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 验证信息
   *
   * The request message
   */
  message?: string;
  /**
   * 群名
   *
   * Group name
   */
  group_name?: string;
  /**
   * 是否已处理
   *
   * Whether it has been handled
   */
  checked: boolean;
  /**
   * 处理者 QQ 号，未处理时为 0
   *
   * QQ number of whoever handled it; 0 if unhandled
   * @format int64
   */
  actor: number;
  /**
   * 申请人昵称
   *
   * Requester's nickname
   */
  requester_nick?: string;
}

/**
 * 群成员角色 / Group role
 *
 * - `"owner"`: 群主 / Owner
 * - `"admin"`: 管理员 / Administrator
 * - `"member"`: 普通成员 / Member
 */
export type GroupRole = 'owner' | 'admin' | 'member';

/** 群系统消息 / Group system messages */
export interface GroupSystemMessages {
  /**
   * 邀请入群的请求；没有时为 `null`
   *
   * Invitations; `null` when there are none
   */
  invited_requests: GroupInvitedRequest[] | null;
  /**
   * 申请入群的请求；没有时为 `null`
   *
   * Requests to join; `null` when there are none
   */
  join_requests: GroupJoinRequest[] | null;
}

/**
 * 群系统消息中的请求 / Request in the group system messages
 *
 * `get_group_system_msg` 中的一条请求：字段与 `GroupNotifyRequest` 相同，但总是给出，未知的文字为空字符串（NapCat 的 GetSystemMsg.ts）。
 *
 * One request of `get_group_system_msg`: the fields of `GroupNotifyRequest`, but always present, an unknown text being empty (NapCat's GetSystemMsg.ts).
 */
export interface GroupSystemRequest {
  /**
   * 请求 ID（通知的序号）
   *
   * Request id (the notification's sequence number)
   * @format int64
   */
  request_id: number;
  /**
   * 申请人或邀请人 QQ 号，未知时为 0
   *
   * Requester or inviter QQ number; 0 when unknown
   * @format int64
   */
  invitor_uin: number;
  /**
   * 申请人或邀请人昵称，未知时为空字符串
   *
   * Requester or inviter nickname; empty when unknown
   */
  invitor_nick: string;
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 验证信息，没有时为空字符串
   *
   * The request message; empty when there is none
   */
  message: string;
  /**
   * 群名，未知时为空字符串
   *
   * Group name; empty when unknown
   */
  group_name: string;
  /**
   * 是否已处理
   *
   * Whether it has been handled
   */
  checked: boolean;
  /**
   * 处理者 QQ 号，未处理时为 0
   *
   * QQ number of whoever handled it; 0 if unhandled
   * @format int64
   */
  actor: number;
  /**
   * 申请人昵称，未知时为空字符串
   *
   * Requester's nickname; empty when unknown
   */
  requester_nick: string;
}

/**
 * 群文件信息 / Uploaded group file
 *
 * 群文件上传事件中的文件。
 *
 * The file in a group file upload event.
 */
export interface GroupUploadFile {
  /**
   * 文件 ID
   *
   * File ID
   */
  id: string;
  /**
   * 文件名
   *
   * File name
   */
  name: string;
  /**
   * 文件大小（字节）
   *
   * Size in bytes
   * @format int64
   */
  size: number;
  /**
   * 文件的 busid（标准未说明用途）
   *
   * The file's busid (the standard does not say what it is for)
   * @format int64
   */
  busid: number;
}

/**
 * 群文件信息（带下载链接） / Uploaded group file with URL
 *
 * go-cqhttp 群文件上传事件中的文件：标准的字段之外还有下载链接。
 *
 * The file in go-cqhttp's group upload event; besides the standard fields it has a download URL.
 */
export interface GroupUploadFileWithUrl {
  /**
   * 文件 ID
   *
   * File ID
   */
  id: string;
  /**
   * 文件名
   *
   * File name
   */
  name: string;
  /**
   * 文件大小（字节）
   *
   * Size in bytes
   * @format int64
   */
  size: number;
  /**
   * 文件的 busid
   *
   * The file's busid
   * @format int64
   */
  busid: number;
  /**
   * 下载链接
   *
   * Download URL
   */
  url: string;
}

/** 频道 / Guild */
export interface GuildInfo {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 频道名称
   *
   * Guild name
   */
  guild_name: string;
  /**
   * 频道显示 ID（文档写作 int64，实际以字符串返回）
   *
   * The guild's display ID (documented as int64, returned as a string)
   */
  guild_display_id: string;
}

/** 频道成员 / Guild member */
export interface GuildMemberInfo {
  /**
   * 成员 ID
   *
   * Member ID
   */
  tiny_id: string;
  /**
   * 成员头衔
   *
   * Title
   */
  title: string;
  /**
   * 成员昵称
   *
   * Nickname
   */
  nickname: string;
  /**
   * 所在权限组 ID（只给出最新的一个；管理员默认是 `2`）
   *
   * The member's permission group (only the latest; administrators are `2` by default)
   */
  role_id: string;
  /**
   * 所在权限组名称
   *
   * Permission group name
   */
  role_name: string;
}

/** 频道成员列表（一页） / Guild members (one page) */
export interface GuildMemberList {
  /**
   * 本页成员
   *
   * Members on this page
   */
  members: GuildMemberInfo[];
  /**
   * 是否已是最后一页
   *
   * Whether this is the last page
   */
  finished: boolean;
  /**
   * 取下一页时传入的 token；最后一页为 `null`
   *
   * Token for the next page; `null` on the last page
   */
  next_token: string | null;
}

/** 频道成员资料 / Guild member profile */
export interface GuildMemberProfile {
  /**
   * 用户 ID
   *
   * User ID
   */
  tiny_id: string;
  /**
   * 昵称
   *
   * Nickname
   */
  nickname: string;
  /**
   * 头像链接
   *
   * Avatar URL
   */
  avatar_url: string;
  /**
   * 加入时间（秒）
   *
   * When the user joined (Unix seconds)
   * @format int64
   */
  join_time: number;
  /**
   * 拥有的全部角色
   *
   * Every role the member has
   */
  roles: GuildRoleRef[];
}

/** 频道消息 / Guild message */
export interface GuildMessage {
  /**
   * 消息 ID
   *
   * Message ID
   */
  message_id: string;
  /**
   * 消息来源
   *
   * Where it came from
   */
  message_source: 'channel' | 'direct';
  /**
   * 消息序号
   *
   * Message sequence number
   * @format int64
   */
  message_seq: number;
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 子频道 ID（子频道消息）
   *
   * Channel ID (channel messages)
   */
  channel_id?: string;
  /**
   * 发送时间（秒）
   *
   * When it was sent (Unix seconds)
   * @format int64
   */
  time?: number;
  /**
   * 发送者
   *
   * The sender
   */
  sender?: GuildMessageSender;
  /**
   * 消息内容
   *
   * The content
   */
  message?: ReceivedMessage;
  /**
   * 表情回应
   *
   * Reactions
   */
  reactions: GuildReaction[];
  /**
   * 私信对方的 ID（频道私信；coolq/api.go 的 CQGetGuildMessage）
   *
   * The other party's ID (direct messages; CQGetGuildMessage in coolq/api.go)
   */
  tiny_id?: string;
}

/** 频道消息发送者 / Guild message sender */
export interface GuildMessageSender {
  /**
   * 发送者 ID 的数字形式；可能超过 2^53，宜改用 `tiny_id`
   *
   * The sender's ID as a number; it may exceed 2^53, so prefer `tiny_id`
   * @format int64
   */
  user_id: number;
  /**
   * 发送者 ID
   *
   * Sender's ID
   */
  tiny_id: string;
  /**
   * 发送者昵称
   *
   * Sender's nickname
   */
  nickname: string;
}

/** 频道元数据 / Guild metadata */
export interface GuildMeta {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 频道名称
   *
   * Guild name
   */
  guild_name: string;
  /**
   * 频道简介
   *
   * Guild description
   */
  guild_profile: string;
  /**
   * 创建时间（秒）
   *
   * Creation time (Unix seconds)
   * @format int64
   */
  create_time: number;
  /**
   * 成员数上限
   *
   * Maximum members
   * @format int64
   */
  max_member_count: number;
  /**
   * 机器人数上限
   *
   * Maximum bots
   * @format int64
   */
  max_robot_count: number;
  /**
   * 管理员数上限
   *
   * Maximum administrators
   * @format int64
   */
  max_admin_count: number;
  /**
   * 已加入人数
   *
   * Members
   * @format int64
   */
  member_count: number;
  /**
   * 创建者 ID
   *
   * Owner's ID
   */
  owner_id: string;
}

/** 频道消息表情回应 / Guild message reaction */
export interface GuildReaction {
  /**
   * 表情 ID
   *
   * Emoji ID
   */
  emoji_id: string;
  /**
   * 表情序号
   *
   * Emoji index
   * @format int32
   */
  emoji_index: number;
  /**
   * 表情类型
   *
   * Emoji type
   * @format int32
   */
  emoji_type: number;
  /**
   * 表情名称
   *
   * Emoji name
   */
  emoji_name: string;
  /**
   * 回应人数
   *
   * How many reacted
   * @format int32
   */
  count: number;
  /**
   * 登录号是否已回应
   *
   * Whether the bot reacted
   */
  clicked: boolean;
}

/** 频道角色 / Guild role */
export interface GuildRole {
  /**
   * 角色 ID
   *
   * Role ID
   */
  role_id: string;
  /**
   * 角色名称
   *
   * Role name
   */
  role_name: string;
  /**
   * ARGB 颜色值
   *
   * ARGB colour
   * @format int64
   */
  argb_color: number;
  /**
   * 是否单独展示（含义未公开）
   *
   * Whether it is shown separately (meaning undocumented)
   */
  independent: boolean;
  /**
   * 拥有此角色的人数
   *
   * How many members have it
   * @format int32
   */
  member_count: number;
  /**
   * 此角色的人数上限
   *
   * How many members may have it
   * @format int32
   */
  max_count: number;
  /**
   * 登录号是否拥有此角色（含义未公开）
   *
   * Whether the bot has it (meaning undocumented)
   */
  owned: boolean;
  /**
   * 是否停用
   *
   * Whether it is disabled
   */
  disabled: boolean;
}

/** 成员的频道角色 / A member's role */
export interface GuildRoleRef {
  /**
   * 角色 ID
   *
   * Role ID
   */
  role_id: string;
  /**
   * 角色名称
   *
   * Role name
   */
  role_name: string;
}

/** 频道系统资料 / Guild service profile */
export interface GuildServiceProfile {
  /**
   * 登录号在频道系统中的昵称
   *
   * The bot's nickname in the guild service
   */
  nickname: string;
  /**
   * 登录号在频道系统中的 ID
   *
   * The bot's ID in the guild service
   */
  tiny_id: string;
  /**
   * 头像链接
   *
   * Avatar URL
   */
  avatar_url: string;
}

/** 群荣誉获得者 / Honor holder */
export interface HonorMember {
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
   * 头像 URL
   *
   * Avatar URL
   */
  avatar: string;
  /**
   * 荣誉的说明文字
   *
   * Text describing the honor
   */
  description: string;
}

/**
 * 群荣誉类型 / Group honor type
 *
 * - `"talkative"`: 龙王 / Most talkative
 * - `"performer"`: 群聊之火 / Performer
 * - `"legend"`: 群聊炽焰 / Legend
 * - `"strong_newbie"`: 冒尖小春笋 / Strong newbie
 * - `"emotion"`: 快乐之源 / Source of joy
 * - `"all"`: 全部类型 / All types
 */
export type HonorType = 'talkative' | 'performer' | 'legend' | 'strong_newbie' | 'emotion' | 'all';

/**
 * 秀图特效 / Show-image effect
 *
 * go-cqhttp 发送秀图（图片 `type` 为 `show`）时的特效 ID，默认 40000。go-cqhttp 解析数组格式时会把每个值转成字符串，所以写成字符串 `"40004"` 也被接受；在 CQ 码中它总是文本。
 *
 * The effect of a show image (image `type` `show`) in go-cqhttp; 40000 by default. go-cqhttp turns every array-format value into a string when parsing, so the string `"40004"` is accepted too; in a CQ code it is always text.
 *
 * - `40000`: 普通 / Normal
 * - `40001`: 幻影 / Phantom
 * - `40002`: 抖动 / Shake
 * - `40003`: 生日 / Birthday
 * - `40004`: 爱你 / Love you
 * - `40005`: 征友 / Seeking friends
 */
export type ImageShowEffect = 40000 | 40001 | 40002 | 40003 | 40004 | 40005;

/**
 * 图片子类型 / Image sub-type
 *
 * NapCat 收到的图片的 `sub_type`，取自 QQ NT 的 `picSubType`：0 为普通图片，1 为表情包（客户端按表情缩放显示）。较新的 NapCat 也会上报 QQ NT 的其他取值（如 7 表示关联表情），所以这里不限定取值。
 *
 * The `sub_type` of an image NapCat received, QQ NT's `picSubType`: 0 for a normal picture, 1 for a sticker (shown small, like a face). Newer NapCat versions also pass on other QQ NT values (such as 7 for a related sticker), so the values are not restricted here.
 */
export type ImageSubType = number;

/**
 * 输入状态 / Input status
 *
 * - `0`: 对方正在说话 / Speaking
 * - `1`: 对方正在输入 / Typing
 */
export type InputStatusType = 0 | 1;

/**
 * 离线文件信息（Lagrange） / Offline file info (Lagrange)
 *
 * Lagrange 在离线文件事件中上报的文件（Lagrange.OneBot 的 OneBotPrivateFile.cs）。
 *
 * The file Lagrange reports in its offline file event (Lagrange.OneBot's OneBotPrivateFile.cs).
 */
export interface LagrangeFileInfo {
  /**
   * 文件 ID
   *
   * File ID
   */
  id: string;
  /**
   * 文件名
   *
   * File name
   */
  name: string;
  /**
   * 文件大小（字节）
   *
   * Size in bytes
   * @format int64
   */
  size: number;
  /**
   * 下载链接
   *
   * Download URL
   */
  url: string;
  /**
   * 文件哈希
   *
   * File hash
   */
  hash: string;
}

/**
 * Lagrange 转发结果 / Lagrange forward result
 *
 * Lagrange 把一条群消息原样转发到另一个群后的结果。
 *
 * What Lagrange answers after re-sending a group message as it is to another group.
 */
export interface LagrangeForwardedMessage {
  /**
   * 新消息的 ID
   *
   * ID of the new message
   * @format int32
   */
  message_id: number;
  /**
   * 新消息在目标群中的序号
   *
   * Sequence number of the new message in the target group
   * @format int32
   */
  message_seq: number;
}

/** Lagrange 好友分组 / Lagrange friend category */
export interface LagrangeFriendGroup {
  /**
   * 分组 ID
   *
   * Category ID
   * @format int64
   */
  group_id: number;
  /**
   * 分组名
   *
   * Category name
   */
  group_name: string;
}

/**
 * Lagrange 好友信息 / Lagrange friend
 *
 * 标准的好友信息，外加 `q_id` 与好友所在的分组。
 *
 * The standard's friend information plus `q_id` and the friend's category.
 */
export interface LagrangeFriendInfo {
  /**
   * QQ 号
   *
   * QQ number
   * @format int64
   */
  user_id: number;
  /**
   * QID 身份卡
   *
   * QID (identity card)
   */
  q_id: string | null;
  /**
   * 昵称
   *
   * Nickname
   */
  nickname: string;
  /**
   * 备注名
   *
   * Remark
   */
  remark: string;
  /**
   * 好友所在的分组
   *
   * The friend's category
   */
  group: LagrangeFriendGroup | null;
}

/**
 * Lagrange 群文件 / Lagrange group file
 *
 * 与 `GroupFile` 相同，但总带群号，`busid` 恒为 0（Lagrange.OneBot 的 OneBotFile.cs 与 GroupFSOperations.cs）。
 *
 * Like `GroupFile`, but the group number is always there and `busid` is always 0 (Lagrange.OneBot's OneBotFile.cs and GroupFSOperations.cs).
 */
export interface LagrangeGroupFile {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 文件 ID
   *
   * File id
   */
  file_id: string;
  /**
   * 文件名
   *
   * File name
   */
  file_name: string;
  /**
   * 文件类型（业务 ID）；Lagrange 恒为 0
   *
   * File type (bus id); always 0 in Lagrange
   * @format int32
   */
  busid: number;
  /**
   * 文件大小（字节）
   *
   * Size in bytes
   * @format int64
   */
  file_size: number;
  /**
   * 上传时间（秒）
   *
   * Upload time (Unix seconds)
   * @format int64
   */
  upload_time: number;
  /**
   * 过期时间；永久文件为 0
   *
   * Expiry time; 0 for permanent files
   * @format int64
   */
  dead_time: number;
  /**
   * 最后修改时间
   *
   * Last modified time
   * @format int64
   */
  modify_time: number;
  /**
   * 下载次数
   *
   * Download count
   * @format int64
   */
  download_times: number;
  /**
   * 上传者 QQ 号
   *
   * Uploader's QQ number
   * @format int64
   */
  uploader: number;
  /**
   * 上传者名字
   *
   * Uploader's name
   */
  uploader_name: string;
}

/**
 * Lagrange 群文件列表 / Lagrange group file listing
 *
 * 与 `GroupFileList` 相同，但两个列表总是数组，文件夹的创建者名字在 `create_name` 中（Lagrange.OneBot 的 OneBotFolder.cs）。
 *
 * Like `GroupFileList`, but both lists are always arrays, and a folder's creator name is in `create_name` (Lagrange.OneBot's OneBotFolder.cs).
 */
export interface LagrangeGroupFileList {
  /**
   * 文件列表
   *
   * Files
   */
  files: LagrangeGroupFile[];
  /**
   * 文件夹列表
   *
   * Folders
   */
  folders: LagrangeGroupFolder[];
}

/** Lagrange 群文件夹 / Lagrange group folder */
export interface LagrangeGroupFolder {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 文件夹 ID
   *
   * Folder id
   */
  folder_id: string;
  /**
   * 文件夹名
   *
   * Folder name
   */
  folder_name: string;
  /**
   * 创建时间
   *
   * Creation time
   * @format int64
   */
  create_time: number;
  /**
   * 创建者 QQ 号
   *
   * Creator's QQ number
   * @format int64
   */
  creator: number;
  /**
   * 创建者名字（这个键名是 Lagrange 的写法，其他实现为 `creator_name`）
   *
   * Creator's name (Lagrange's key; other implementations say `creator_name`)
   */
  create_name: string;
  /**
   * 子文件数量
   *
   * Number of files inside
   * @format int64
   */
  total_file_count: number;
}

/**
 * Lagrange 群成员信息 / Lagrange group member
 *
 * 字段与标准相同，但 Lagrange 取不到性别、年龄与地区：`sex` 为空字符串（不在标准的取值之内）、`age` 为 0、`area` 为空字符串；未设置群名片时 `card`、没有头衔时 `title` 可能为 `null`（Lagrange.OneBot 的 OneBotGroupMember.cs）。
 *
 * The standard's fields, but Lagrange cannot get the sex, age or region: `sex` is an empty string (outside the standard's values), `age` is 0 and `area` an empty string; `card` may be `null` when no card is set, and `title` when there is no title (Lagrange.OneBot's OneBotGroupMember.cs).
 */
export interface LagrangeGroupMemberInfo {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
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
   * 群名片
   *
   * Group card
   */
  card: string | null;
  /**
   * 性别；Lagrange 中为空字符串
   *
   * Sex; an empty string in Lagrange
   */
  sex: Sex | '';
  /**
   * 年龄；Lagrange 中为 0
   *
   * Age; 0 in Lagrange
   * @format int32
   */
  age: number;
  /**
   * 地区；Lagrange 中为空字符串
   *
   * Region; empty in Lagrange
   */
  area: string;
  /**
   * 入群时间（Unix 时间戳，秒）
   *
   * When the member joined (Unix seconds)
   * @format int32
   */
  join_time: number;
  /**
   * 最后一次发言的时间（Unix 时间戳，秒）
   *
   * When the member last spoke (Unix seconds)
   * @format int32
   */
  last_sent_time: number;
  /**
   * 成员等级
   *
   * Member level
   */
  level: string;
  /**
   * 角色
   *
   * Role
   */
  role: GroupRole;
  /**
   * 是否有不良记录
   *
   * Whether the member has a bad record
   */
  unfriendly: boolean;
  /**
   * 专属头衔；没有时为 `null`
   *
   * Special title; `null` when there is none
   */
  title: string | null;
  /**
   * 专属头衔的过期时间
   *
   * When the special title expires
   * @format int32
   */
  title_expire_time: number;
  /**
   * 是否允许修改群名片
   *
   * Whether the group card may be changed
   */
  card_changeable: boolean;
}

/**
 * Lagrange 群消息发送者 / Lagrange group-message sender
 *
 * Lagrange 群消息中的 `sender`：每个字段总在；`sex` 恒为 `unknown`，`age` 恒为 0，`area` 与 `title` 恒为空串，`role` 在权限未知时为 `unknown` （Lagrange.OneBot 的 OneBotGroupSender.cs）。
 *
 * The `sender` of Lagrange's group messages: every field is always there; `sex` is always `unknown`, `age` always 0, `area` and `title` always empty, and `role` is `unknown` when the permission is not known (Lagrange.OneBot's OneBotGroupSender.cs).
 */
export interface LagrangeGroupMessageSender {
  /**
   * 发送者 QQ 号
   *
   * The sender's QQ number
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
   * 群名片，未设置时为空串
   *
   * Group card; empty when not set
   */
  card: string;
  /**
   * 恒为 `unknown`
   *
   * Always `unknown`
   */
  sex: 'unknown';
  /**
   * 恒为 0
   *
   * Always 0
   * @format int32
   */
  age: number;
  /**
   * 恒为空串
   *
   * Always empty
   */
  area: '';
  /**
   * 群等级（数字的文本）
   *
   * Group level (a number as text)
   */
  level: string;
  /**
   * 角色；权限未知时为 `unknown`
   *
   * Role; `unknown` when the permission is not known
   */
  role: 'owner' | 'admin' | 'member' | 'unknown';
  /**
   * 恒为空串（Lagrange 不填专属头衔）
   *
   * Always empty (Lagrange does not fill in the special title)
   */
  title: '';
}

/**
 * Lagrange 群请求 / Lagrange group request
 *
 * `get_group_requests` 列出的一条加群请求或邀请，字段与加群请求事件相同；`flag` 可直接交给 `set_group_add_request`。
 *
 * One join request or invitation listed by `get_group_requests`, with the fields of the group request event; its `flag` can be passed to `set_group_add_request` as it is.
 */
export interface LagrangeGroupRequest {
  /**
   * 生成该条目的时间（Unix 时间戳，秒）
   *
   * When the entry was made (Unix seconds)
   * @format int64
   */
  time: number;
  /**
   * 机器人 QQ 号
   *
   * The bot's QQ number
   * @format int64
   */
  self_id: number;
  /**
   * 固定为 `request`
   *
   * Always `request`
   */
  post_type: 'request';
  /**
   * 固定为 `group`
   *
   * Always `group`
   */
  request_type: 'group';
  /**
   * 请求类型
   *
   * Kind of request
   */
  sub_type: 'add' | 'invite';
  /**
   * 申请人或被邀请人的 QQ 号
   *
   * QQ number of the applicant or the invitee
   * @format int64
   */
  user_id: number;
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 邀请人的 QQ 号；不是邀请时为 0
   *
   * QQ number of the inviter; 0 when it is not an invitation
   * @format int64
   */
  invitor_id: number;
  /**
   * 验证信息
   *
   * The request message
   */
  comment: string | null;
  /**
   * 请求的 flag
   *
   * The request's flag
   */
  flag: string;
}

/**
 * Lagrange 消息样式 / Lagrange message style
 *
 * 消息的气泡、挂件与字体（Lagrange.OneBot 的 OnebotMessageStyle.cs）。
 *
 * A message's bubble, pendant and font (Lagrange.OneBot's OnebotMessageStyle.cs).
 */
export interface LagrangeMessageStyle {
  /**
   * 气泡 ID
   *
   * Bubble id
   * @format int64
   */
  bubble_id: number;
  /**
   * 挂件 ID
   *
   * Pendant id
   * @format int64
   */
  pendant_id: number;
  /**
   * 字体 ID
   *
   * Font id
   * @format int32
   */
  font_id: number;
  /**
   * 字体特效 ID
   *
   * Font effect id
   * @format int64
   */
  font_effect_id: number;
  /**
   * 是否启用字体特效
   *
   * Whether the font effect is on
   */
  is_cs_font_effect_enabled: boolean;
  /**
   * 自定义气泡文字 ID
   *
   * Custom bubble text id
   * @format int64
   */
  bubble_diy_text_id: number;
}

/**
 * 上线原因 / Online reason
 *
 * Lagrange `bot_online` 事件的上线原因（Lagrange.Core 的 `OnlineReason` 枚举名）。
 *
 * Why Lagrange's bot came online (the names of Lagrange.Core's `OnlineReason` enum).
 *
 * - `"Login"`: 登录 / Login
 * - `"Reconnect"`: 断线重连 / Reconnect
 */
export type LagrangeOnlineReason = 'Login' | 'Reconnect';

/**
 * Lagrange 运行状态 / Lagrange status
 *
 * Lagrange.OneBot 的 `get_status` 结果：沿用 go-cqhttp 的四个遗留字段（恒为 `true`），没有 `stat`，多一个 `memory`。`online` 与 `good` 也是固定的 `true`，并不反映真实状态。
 *
 * Lagrange.OneBot's `get_status` result: go-cqhttp's four legacy fields (always `true`), no `stat`, and a `memory` field. `online` and `good` are fixed at `true` too and do not reflect the real state.
 */
export interface LagrangeStatus {
  /**
   * 恒为 `true`
   *
   * Always `true`
   */
  app_initialized: boolean;
  /**
   * 恒为 `true`
   *
   * Always `true`
   */
  app_enabled: boolean;
  /**
   * 恒为 `true`
   *
   * Always `true`
   */
  plugins_good: boolean;
  /**
   * 恒为 `true`
   *
   * Always `true`
   */
  app_good: boolean;
  /**
   * 在线状态（实现中固定为 `true`）
   *
   * Online state (fixed at `true` by the implementation)
   */
  online: boolean;
  /**
   * 是否正常（实现中固定为 `true`）
   *
   * Whether all is well (fixed at `true` by the implementation)
   */
  good: boolean;
  /**
   * .NET 托管堆当前占用的内存（字节）
   *
   * Memory in use by the .NET managed heap (bytes)
   * @format int64
   */
  memory: number;
}

/**
 * Lagrange 陌生人信息 / Lagrange stranger
 *
 * 标准的陌生人信息，外加 `q_id`（注意带下划线，与 go-cqhttp 的 `qid` 不同）、等级、头像、签名、在线状态、注册时间与会员信息。 注册时间与会员信息的键名是 `RegisterTime` 与 `Business`（大写开头，Lagrange.OneBot 的 OneBotStranger.cs）。
 *
 * The standard's stranger information plus `q_id` (with an underscore, unlike go-cqhttp's `qid`), the level, avatar, signature, online status, registration time and memberships. The keys of the last two are `RegisterTime` and `Business`, capitalised (Lagrange.OneBot's OneBotStranger.cs).
 */
export interface LagrangeStrangerInfo {
  /**
   * QQ 号
   *
   * QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 头像链接
   *
   * Avatar URL
   */
  avatar: string;
  /**
   * QID 身份卡
   *
   * QID (identity card)
   */
  q_id: string | null;
  /**
   * 昵称
   *
   * Nickname
   */
  nickname: string;
  /**
   * 个性签名
   *
   * Signature
   */
  sign: string;
  /**
   * 性别
   *
   * Sex
   */
  sex: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age: number;
  /**
   * 等级
   *
   * Level
   * @format int32
   */
  level: number;
  /**
   * 在线状态
   *
   * Online status
   */
  status: {
    /**
     * 状态 ID
     *
     * Status id
     * @format int64
     */
    status_id: number;
    /**
     * 自定义状态的表情 ID
     *
     * Face id of a custom status
     */
    face_id: number | null;
    /**
     * 状态文字
     *
     * Status text
     */
    message: string | null;
  };
  /**
   * 注册时间（ISO 8601 日期时间）
   *
   * Registration time (an ISO 8601 date-time)
   */
  RegisterTime: string;
  /**
   * 会员信息
   *
   * Memberships
   */
  Business: {
    /**
     * 会员类型
     *
     * Membership type
     * @format int64
     */
    type: number;
    /**
     * 会员名称
     *
     * Membership name
     */
    name: string | null;
    /**
     * 等级
     *
     * Level
     * @format int64
     */
    level: number;
    /**
     * 图标链接
     *
     * Icon URL
     */
    icon: string | null;
    /**
     * 是否为超级会员（1 是）
     *
     * Whether it is the premium tier (1 yes)
     * @format int64
     */
    ispro: number;
    /**
     * 是否为年费会员（1 是）
     *
     * Whether it is paid yearly (1 yes)
     * @format int64
     */
    isyear: number;
  }[];
}

/**
 * Lagrange 版本信息 / Lagrange version
 *
 * 标准的三个字段，外加 `nt_protocol`：当前登录所用的 NTQQ 协议（客户端平台与版本）。
 *
 * The standard's three fields plus `nt_protocol`: the NTQQ protocol (client platform and version) the current login uses.
 */
export interface LagrangeVersionInfo {
  /**
   * 实现名称
   *
   * Name of the implementation
   */
  app_name: string;
  /**
   * 实现版本
   *
   * Version of the implementation
   */
  app_version: string;
  /**
   * OneBot 标准版本，`v11`
   *
   * The OneBot version, `v11`
   */
  protocol_version: string;
  /**
   * 当前登录使用的协议：`平台 | 客户端版本`，如 `Linux | 3.2.10-25765`
   *
   * The protocol the current login uses: `platform | client version`, e.g. `Linux | 3.2.10-25765`
   */
  nt_protocol: string;
}

/** 登录号信息 / Login account */
export interface LoginInfo {
  /**
   * 登录号的 QQ 号
   *
   * QQ number of the logged-in account
   * @format int64
   */
  user_id: number;
  /**
   * 登录号的昵称
   *
   * Nickname of the logged-in account
   */
  nickname: string;
}

/**
 * 消息 / Message
 *
 * 要发送的消息：CQ 码字符串，或消息段数组。
 *
 * A message to send, as a CQ-code string or an array of segments.
 */
export type Message = string | SendSegment[];

/**
 * 消息详情 / Message details
 *
 * `get_msg` 取回的一条消息；`message_type` 与 `sender` 的含义与消息事件相同。
 *
 * A message fetched with `get_msg`; `message_type` and `sender` mean what they mean in message events.
 */
export interface MessageDetail {
  /**
   * 发送时间（Unix 时间戳，秒）
   *
   * When it was sent (Unix seconds)
   * @format int32
   */
  time: number;
  /**
   * 消息类型
   *
   * Message type
   */
  message_type: 'private' | 'group';
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 消息的真实 ID
   *
   * The message's real ID
   * @format int32
   */
  real_id: number;
  /**
   * 发送者信息，私聊与群聊的结构同对应的消息事件
   *
   * The sender, shaped as in the private or group message event
   */
  sender: MessageSender | GroupMessageSender;
  /**
   * 消息内容
   *
   * The content
   */
  message: ReceivedMessage;
}

/** 历史消息 / Message history */
export interface MessageHistory {
  /**
   * 消息列表，每条与群消息事件的结构相同（另带 `message_id`）
   *
   * The messages, each shaped as a group message event (with its `message_id`)
   */
  messages: Event[];
}

/**
 * 私聊消息发送者 / Private message sender
 *
 * 私聊消息的发送者信息。各字段由实现尽力提供：可能缺失，也可能因缓存过期而不准确。
 *
 * Who sent a private message. The implementation fills these in on a best-effort basis: any field may be missing, and a present one may be stale.
 */
export interface MessageSender {
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  user_id?: number;
  /**
   * 昵称
   *
   * Nickname
   */
  nickname?: string;
  /**
   * 性别
   *
   * Sex
   */
  sex?: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age?: number;
}

/** 在线机型 / Device model variant */
export interface ModelShowVariant {
  /**
   * 显示的机型名称
   *
   * The model name shown
   */
  model_show: string;
  /**
   * 是否需要付费（会员）
   *
   * Whether it requires payment (membership)
   */
  need_pay: boolean;
}

/**
 * 表情回应计数 / Emoji reaction count
 *
 * NapCat 群消息表情回应事件中的一种表情及其数量。
 *
 * One emoji and its count in NapCat's group message emoji reaction event.
 */
export interface MsgEmojiLike {
  /**
   * 表情 ID
   *
   * Emoji ID
   */
  emoji_id: string;
  /**
   * 回应数量
   *
   * How many reacted with it
   * @format int32
   */
  count: number;
}

/**
 * 自定义音乐分享的卡片类型 / Custom music card kind
 *
 * go-cqhttp 自定义音乐分享（`type` 为 `custom`）的 `subtype`：按哪个平台的样式生成卡片。省略时发送为 XML 卡片。
 *
 * The `subtype` of a go-cqhttp custom music share (`type` `custom`): which platform's card to build. Omitted, the card is sent as XML.
 *
 * - `"qq"`: QQ 音乐 / QQ Music
 * - `"163"`: 网易云音乐 / NetEase Cloud Music
 * - `"migu"`: 咪咕音乐 / Migu Music
 * - `"kugou"`: 酷狗音乐 / Kugou Music
 * - `"kuwo"`: 酷我音乐 / Kuwo Music
 */
export type MusicShareSubtype = 'qq' | '163' | 'migu' | 'kugou' | 'kuwo';

/**
 * 精华消息（NapCat） / Essence message (NapCat)
 *
 * NapCat 的精华消息条目（NapCat 的 GetGroupEssence.ts）：带有消息序号、随机数与消息内容，没有 `sender_time`。消息已不在本地时，`message_id` 是 NapCat 由序号算出的临时 ID，内容只含文字与图片。
 *
 * NapCat's essence message entry (NapCat's GetGroupEssence.ts): with the message's sequence number, random and content, and no `sender_time`. When the message is no longer available locally, `message_id` is a temporary id NapCat derives from the sequence, and the content has only text and images.
 */
export interface NapCatEssenceMessage {
  /**
   * 消息序号
   *
   * Message sequence number
   * @format int64
   */
  msg_seq: number;
  /**
   * 消息随机数
   *
   * Message random
   * @format int64
   */
  msg_random: number;
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  sender_id: number;
  /**
   * 发送者昵称
   *
   * Sender's nickname
   */
  sender_nick: string;
  /**
   * 设精华的操作者 QQ 号
   *
   * QQ number of whoever made it essence
   * @format int64
   */
  operator_id: number;
  /**
   * 操作者昵称
   *
   * Operator's nickname
   */
  operator_nick: string;
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 设精华的时间（秒）
   *
   * When it was made essence (Unix seconds)
   * @format int64
   */
  operator_time: number;
  /**
   * 消息内容
   *
   * The content
   */
  content: ReceiveSegment[];
}

/**
 * NapCat 合并转发中的消息 / NapCat forwarded message
 *
 * NapCat `get_forward_msg` 结果中的一条消息：与 `get_msg` 的结果相同，只是内容放在 `content` 而非 `message` 中。
 *
 * One message in NapCat's `get_forward_msg` result: the same as a `get_msg` result, except that the content is in `content` instead of `message`.
 */
export interface NapCatForwardMessage {
  /**
   * 机器人 QQ 号
   *
   * The bot's QQ number
   * @format int64
   */
  self_id: number;
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 发送时间（Unix 时间戳，秒）
   *
   * When it was sent (Unix seconds)
   * @format int64
   */
  time: number;
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 消息序号
   *
   * Message sequence
   * @format int32
   */
  message_seq: number;
  /**
   * 消息的真实 ID
   *
   * The message's real ID
   * @format int32
   */
  real_id: number;
  /**
   * 消息在 QQ 中的真实序号
   *
   * The message's real sequence number in QQ
   */
  real_seq?: string;
  /**
   * 消息类型
   *
   * Message type
   */
  message_type: string;
  /**
   * 发送者
   *
   * The sender
   */
  sender: NapCatSender;
  /**
   * CQ 码格式的消息内容
   *
   * The content as CQ codes
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
   * 消息子类型
   *
   * Message subtype
   */
  sub_type: string;
  /**
   * 消息内容
   *
   * The content
   */
  content: ReceivedMessage;
  /**
   * `content` 的格式
   *
   * The format of `content`
   */
  message_format: string;
  /**
   * 上报类型
   *
   * The post type
   */
  post_type: string;
  /**
   * 群号；仅群消息有
   *
   * Group number; group messages only
   * @format int64
   */
  group_id?: number;
}

/**
 * 好友信息（NapCat） / Friend (NapCat)
 *
 * NapCat 的好友条目：标准 `FriendInfo` 的字段加上资料字段。
 *
 * NapCat's friend entry: the standard `FriendInfo` fields plus profile fields.
 */
export interface NapCatFriendInfo {
  [key: string]: unknown;
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
   * 备注名
   *
   * Remark
   */
  remark?: string;
  /**
   * 性别
   *
   * Sex
   */
  sex?: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age?: number;
  /**
   * QQ 等级
   *
   * QQ level
   * @format int32
   */
  level?: number;
  /**
   * 生日（年）
   *
   * Birthday (year)
   * @format int32
   */
  birthday_year?: number;
  /**
   * 生日（月）
   *
   * Birthday (month)
   * @format int32
   */
  birthday_month?: number;
  /**
   * 生日（日）
   *
   * Birthday (day)
   * @format int32
   */
  birthday_day?: number;
  /**
   * 电话号码
   *
   * Phone number
   */
  phone_num?: string;
  /**
   * 邮箱
   *
   * Email
   */
  email?: string;
  /**
   * 所在分组 ID
   *
   * Id of its category
   * @format int32
   */
  category_id?: number;
  /** QID */
  qid?: string;
  /**
   * 登录天数
   *
   * Days logged in
   * @format int32
   */
  login_days?: number;
}

/**
 * 群信息（NapCat） / Group (NapCat)
 *
 * NapCat 的群信息（NapCat 的 helper/data.ts 中的 `OB11Construct.group`）：标准 `GroupInfo` 的字段加上全员禁言状态与群备注。`get_group_info` 查询登录号不在其中的群时，还会原样附上 QQ 返回的群资料字段。
 *
 * NapCat's group entry (`OB11Construct.group` in NapCat's helper/data.ts): the standard `GroupInfo` fields plus the mute-all state and the group remark. When `get_group_info` looks up a group the bot is not in, QQ's raw group profile fields come along as they are.
 */
export interface NapCatGroupInfo {
  [key: string]: unknown;
  /**
   * 全员禁言时为 -1，否则为 0
   *
   * -1 while everyone is muted, else 0
   * @format int32
   */
  group_all_shut: number;
  /**
   * 登录号给群设的备注
   *
   * The bot's remark for the group
   */
  group_remark: string;
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 群名称
   *
   * Group name
   */
  group_name: string;
  /**
   * 当前成员数
   *
   * Current number of members
   * @format int32
   */
  member_count: number;
  /**
   * 群容量（最大成员数）
   *
   * Capacity of the group
   * @format int32
   */
  max_member_count: number;
}

/**
 * 群成员信息（NapCat） / Group member (NapCat)
 *
 * NapCat 的群成员信息（NapCat 的 helper/data.ts 中的 `OB11Construct.groupMember`）：标准 `GroupMemberInfo` 的字段加上 QQ 等级、机器人标记与禁言截止时间。`area` 恒为空字符串，`unfriendly` 恒为 `false`，`title_expire_time` 恒为 0；角色不明时没有 `role`。
 *
 * NapCat's group member (`OB11Construct.groupMember` in NapCat's helper/data.ts): the standard `GroupMemberInfo` fields plus the QQ level, the bot flag and the end of a mute. `area` is always empty, `unfriendly` always `false` and `title_expire_time` always 0; `role` is missing when the role is unknown.
 */
export interface NapCatGroupMemberInfo {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
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
   * 群名片，未设置时为空字符串
   *
   * Group card; empty when not set
   */
  card: string;
  /**
   * 性别
   *
   * Sex
   */
  sex: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age: number;
  /**
   * 地区（NapCat 恒为空字符串）
   *
   * Region (always empty in NapCat)
   */
  area: string;
  /**
   * 入群时间（秒）
   *
   * When the member joined (Unix seconds)
   * @format int64
   */
  join_time: number;
  /**
   * 最后发言时间（秒）
   *
   * When the member last spoke (Unix seconds)
   * @format int64
   */
  last_sent_time: number;
  /**
   * 群成员等级
   *
   * Member level
   */
  level: string;
  /**
   * QQ 等级
   *
   * QQ level
   * @format int32
   */
  qq_level: number;
  /**
   * 角色
   *
   * Role
   */
  role?: GroupRole;
  /**
   * 是否有不良记录（恒为 `false`）
   *
   * Whether the member has a bad record (always `false`)
   */
  unfriendly: boolean;
  /**
   * 专属头衔
   *
   * Special title
   */
  title: string;
  /**
   * 专属头衔过期时间（恒为 0）
   *
   * When the special title expires (always 0)
   * @format int32
   */
  title_expire_time: number;
  /**
   * 是否允许修改群名片（恒为 `true`）
   *
   * Whether the group card may be changed (always `true`)
   */
  card_changeable: boolean;
  /**
   * 是否为机器人
   *
   * Whether the member is a bot
   */
  is_robot?: boolean;
  /**
   * 禁言截止时间（秒），未被禁言时为 0
   *
   * When the member's mute ends (Unix seconds); 0 when not muted
   * @format int64
   */
  shut_up_timestamp?: number;
}

/**
 * 群公告（NapCat） / Group notice (NapCat)
 *
 * NapCat 的群公告条目（NapCat 的 GetGroupNotice.ts）：图片同时以 `images` 与旧键 `image` 给出，另有公告设置与阅读数。
 *
 * NapCat's group notice entry (NapCat's GetGroupNotice.ts): pictures come both as `images` and under the old key `image`, plus the notice settings and the read count.
 */
export interface NapCatGroupNotice {
  /**
   * 公告 ID，供 `_del_group_notice` 使用
   *
   * The notice ID, for `_del_group_notice`
   */
  notice_id: string;
  /**
   * 发布者 QQ 号
   *
   * Publisher's QQ number
   * @format int64
   */
  sender_id: number;
  /**
   * 发布时间（秒）
   *
   * When it was published (Unix seconds)
   * @format int64
   */
  publish_time: number;
  /**
   * 公告内容
   *
   * The content
   */
  message: {
    /**
     * 公告正文
     *
     * The text
     */
    text: string;
    /**
     * 公告图片
     *
     * Pictures
     */
    images: GroupNoticeImage[];
    /**
     * 与 `images` 相同（旧键）
     *
     * The same as `images` (old key)
     */
    image: GroupNoticeImage[];
  };
  /**
   * 公告设置（QQ 原始数据）
   *
   * Notice settings (raw QQ data)
   */
  settings?: Record<string, unknown>;
  /**
   * 阅读数
   *
   * Read count
   * @format int32
   */
  read_num?: number;
}

/**
 * 群系统消息（NapCat） / Group system messages (NapCat)
 *
 * NapCat 的群系统消息（NapCat 的 GetSystemMsg.ts）：两类请求字段相同，列表为空时是 `[]`；邀请列表同时以 `invited_requests` 与旧键 `InvitedRequest` 给出。
 *
 * NapCat's group system messages (NapCat's GetSystemMsg.ts): both kinds of request share one shape and an empty list is `[]`; the invitations come both as `invited_requests` and under the old key `InvitedRequest`.
 */
export interface NapCatGroupSystemMessages {
  /**
   * 邀请登录号入群的请求
   *
   * Invitations for the bot to join
   */
  invited_requests: GroupSystemRequest[];
  /**
   * 与 `invited_requests` 相同（旧键）
   *
   * The same as `invited_requests` (old key)
   */
  InvitedRequest: GroupSystemRequest[];
  /**
   * 加群申请
   *
   * Join requests
   */
  join_requests: GroupSystemRequest[];
}

/**
 * NapCat 媒体文件信息 / NapCat media file
 *
 * NapCat 的 `get_image`、`get_record` 返回的文件信息：除下载后的本地路径外，还有 URL、大小、文件名，开启相应配置时还有 base64 内容。注意 `file_size` 是字符串。
 *
 * The file information NapCat's `get_image` and `get_record` answer with: besides the local path of the downloaded file, its URL, size and name, and, when so configured, its content in base64. Note that `file_size` is a string.
 */
export interface NapCatMediaFile {
  /**
   * 下载后文件的本地路径
   *
   * Local path of the downloaded file
   */
  file: string;
  /**
   * 文件 URL（可能与本地路径相同）
   *
   * URL of the file (may equal the local path)
   */
  url: string;
  /**
   * 文件大小（字节），以字符串表示
   *
   * Size in bytes, as a string
   */
  file_size: string;
  /**
   * 文件名
   *
   * File name
   */
  file_name: string;
  /**
   * 文件内容的 base64 编码；仅在实现配置允许时出现
   *
   * The content in base64; present only when the implementation is configured to send it
   */
  base64?: string;
}

/**
 * NapCat 消息 / NapCat message
 *
 * NapCat 在历史消息等结果中返回的一条消息：即它上报消息事件时的对象（含 `post_type` 等事件字段），外加 `message_seq`、`real_seq` 等序号。
 *
 * A message as NapCat returns it in history and similar results: the object it would post as a message event (event fields such as `post_type` included), plus sequence numbers such as `message_seq` and `real_seq`.
 */
export interface NapCatMessage {
  [key: string]: unknown;
  /**
   * 机器人 QQ 号
   *
   * The bot's QQ number
   * @format int64
   */
  self_id: number;
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 发送时间（秒）
   *
   * When it was sent (Unix seconds)
   * @format int64
   */
  time: number;
  /**
   * 消息 ID（NapCat 的短 ID）
   *
   * Message ID (NapCat's short id)
   * @format int32
   */
  message_id: number;
  /**
   * 消息序号
   *
   * Message sequence number
   * @format int64
   */
  message_seq?: number;
  /**
   * 真实消息 ID
   *
   * Real message id
   * @format int64
   */
  real_id?: number;
  /**
   * 会话内的真实序号
   *
   * Real sequence number in the conversation
   */
  real_seq?: string;
  /**
   * 消息类型
   *
   * Message type
   */
  message_type: 'private' | 'group';
  /**
   * 发送者
   *
   * Sender
   */
  sender: MessageSender | GroupMessageSender;
  /**
   * CQ 码形式的消息
   *
   * The message as CQ code
   */
  raw_message: string;
  /**
   * 字体（恒为 14）
   *
   * Font (always 14)
   * @format int32
   */
  font: number;
  /**
   * 消息子类型
   *
   * Message sub-type
   */
  sub_type: string;
  /**
   * 消息内容
   *
   * Content
   */
  message: ReceivedMessage;
  /**
   * `message` 的格式
   *
   * The format of `message`
   */
  message_format: 'array' | 'string';
  /**
   * 上报类型（`message` 或 `message_sent`）
   *
   * Post type (`message` or `message_sent`)
   */
  post_type: string;
  /**
   * 群号，群消息才有
   *
   * Group number; group messages only
   * @format int64
   */
  group_id?: number;
}

/**
 * NapCat 消息详情 / NapCat message details
 *
 * NapCat `get_msg` 的结果：即 NapCat 上报的消息事件本身（含 `self_id`、`post_type`、`raw_message`、`font`、`sub_type`、 `message_seq` 等），而不是标准的精简结构。
 *
 * NapCat's `get_msg` result: the message event NapCat would report (with `self_id`, `post_type`, `raw_message`, `font`, `sub_type`, `message_seq` and more) rather than the standard's short shape.
 */
export interface NapCatMessageDetail {
  /**
   * 机器人 QQ 号
   *
   * The bot's QQ number
   * @format int64
   */
  self_id: number;
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 发送时间（Unix 时间戳，秒）
   *
   * When it was sent (Unix seconds)
   * @format int64
   */
  time: number;
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
  /**
   * 消息序号（NapCat 中与 `message_id` 相同）
   *
   * Message sequence (equal to `message_id` in NapCat)
   * @format int32
   */
  message_seq: number;
  /**
   * 消息的真实 ID（NapCat 中与 `message_id` 相同）
   *
   * The message's real ID (equal to `message_id` in NapCat)
   * @format int32
   */
  real_id: number;
  /**
   * 消息在 QQ 中的真实序号
   *
   * The message's real sequence number in QQ
   */
  real_seq: string;
  /**
   * 消息类型
   *
   * Message type
   */
  message_type: 'private' | 'group';
  /**
   * 发送者
   *
   * The sender
   */
  sender: NapCatSender;
  /**
   * CQ 码格式的消息内容
   *
   * The content as CQ codes
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
   * 消息子类型
   *
   * Message subtype
   */
  sub_type: string;
  /**
   * 消息内容
   *
   * The content
   */
  message: ReceivedMessage;
  /**
   * `message` 的格式
   *
   * The format of `message`
   */
  message_format: 'array' | 'string';
  /**
   * 上报类型，通常为 `message`
   *
   * The post type, usually `message`
   */
  post_type: string;
  /**
   * 群号；仅群消息有
   *
   * Group number; group messages only
   * @format int64
   */
  group_id?: number;
  /**
   * 这条消息收到的表情回应（NapCat 的 GetMsg.ts）
   *
   * The emoji reactions the message got (NapCat's GetMsg.ts)
   */
  emoji_likes_list: {
    /**
     * 表情 ID
     *
     * Emoji id
     */
    emoji_id: string;
    /**
     * 表情类型
     *
     * Emoji type
     */
    emoji_type: string;
    /**
     * 回应数量
     *
     * How many reacted
     */
    likes_cnt: string;
  }[];
}

/**
 * NapCat 的拒绝 / NapCat refusal
 *
 * 少数动作在无法执行时不报错，而是以成功的响应回答这个对象（例如 NapCat 的 GoCQHTTPDeleteFriend.ts 在对方不是好友时）。
 *
 * What a few actions answer, in a successful response, when they cannot act instead of failing (for example NapCat's GoCQHTTPDeleteFriend.ts when the user is not a friend).
 */
export interface NapCatRefusal {
  /**
   * 恒为 false
   *
   * Always false
   */
  valid: false;
  /**
   * 原因
   *
   * Why
   */
  message: string;
}

/**
 * NapCat 要发送的消息 / NapCat message to send
 *
 * NapCat 发送动作接受的消息：CQ 码字符串、单个消息段或消息段数组（NapCat 的 types/message.ts 中的 `OB11MessageMixType`）。
 *
 * What NapCat's send actions accept as a message: a CQ-code string, a single segment or an array of segments (`OB11MessageMixType` in NapCat's types/message.ts).
 */
export type NapCatSendMessage = string | SendSegment | SendSegment[];

/**
 * NapCat 发送结果 / NapCat send result
 *
 * NapCat 各发送动作的回答（NapCat 的 SendMsg.ts）。发送的是合并转发（全部为 `node` 消息段）时，另带转发的 res_id，以 `res_id` 与兼容 go-cqhttp 的 `forward_id` 两个名称给出。
 *
 * What NapCat's send actions answer (NapCat's SendMsg.ts). When the message sent is a forward (all `node` segments), the forward's res_id comes too, under both `res_id` and go-cqhttp's name `forward_id`.
 */
export interface NapCatSendResult {
  /**
   * 所发消息的 ID
   *
   * ID of the message sent
   * @format int32
   */
  message_id: number;
  /**
   * 合并转发的 res_id（只在发送合并转发时有）
   *
   * The forward's res_id (only when a forward was sent)
   */
  res_id?: string;
  /**
   * 同 `res_id`，为兼容 go-cqhttp 而提供
   *
   * The same as `res_id`, for go-cqhttp compatibility
   */
  forward_id?: string;
}

/** NapCat 消息发送者 / NapCat message sender */
export interface NapCatSender {
  /**
   * 发送者 QQ 号
   *
   * Sender's QQ number
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
   * 性别
   *
   * Sex
   */
  sex?: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age?: number;
  /**
   * 群名片；私聊时为空字符串
   *
   * Group card; empty for private messages
   */
  card: string;
  /**
   * 群内角色；仅群消息有
   *
   * Role in the group; group messages only
   */
  role?: GroupRole;
}

/**
 * NapCat 陌生人信息 / NapCat stranger
 *
 * NapCat 的陌生人信息：在标准字段之外还有 NT 的 uid、等级、签名、注册时间、会员信息等。
 *
 * NapCat's stranger information: besides the standard fields, the NT uid, level, signature, registration time, membership and more.
 */
export interface NapCatStrangerInfo {
  /**
   * QQ 号
   *
   * QQ number
   * @format int64
   */
  user_id: number;
  /**
   * NTQQ 内部的用户 uid
   *
   * The user's internal NTQQ uid
   */
  uid: string;
  /**
   * QQ 号（字符串）
   *
   * QQ number (as a string)
   */
  uin: string;
  /**
   * 昵称
   *
   * Nickname
   */
  nickname: string;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age: number;
  /**
   * QID 身份卡
   *
   * QID (identity card)
   */
  qid: string;
  /**
   * QQ 等级
   *
   * QQ level
   * @format int32
   */
  qqLevel: number;
  /**
   * 性别
   *
   * Sex
   */
  sex: Sex;
  /**
   * 个性签名
   *
   * Signature
   */
  long_nick: string;
  /**
   * 注册时间（Unix 时间戳，秒）
   *
   * Registration time (Unix seconds)
   * @format int64
   */
  reg_time: number;
  /**
   * 是否会员
   *
   * Whether a VIP member
   */
  is_vip: boolean;
  /**
   * 是否年费会员
   *
   * Whether a yearly VIP member
   */
  is_years_vip: boolean;
  /**
   * 会员等级
   *
   * VIP level
   * @format int32
   */
  vip_level: number;
  /**
   * 备注名
   *
   * Remark
   */
  remark: string;
  /**
   * 在线状态
   *
   * Online status
   * @format int32
   */
  status: number;
  /**
   * 连续登录天数
   *
   * Consecutive login days
   * @format int32
   */
  login_days: number;
}

/** 媒体 rkey / Media rkey */
export interface NcRkey {
  /**
   * 拼到图片 URL 上的 rkey 参数（含 `&rkey=`）
   *
   * The rkey parameter to append to image URLs (with `&rkey=`)
   */
  rkey: string;
  /**
   * 有效期（秒）
   *
   * Lifetime (seconds)
   */
  ttl: string;
  /**
   * 签发时间（秒）
   *
   * Issue time (Unix seconds)
   * @format int64
   */
  time: number;
  /**
   * 类型：10 私聊，20 群聊
   *
   * Type: 10 private, 20 group
   * @format int32
   */
  type: number;
}

/**
 * QQ NT 操作结果 / QQ NT operation result
 *
 * QQ NT 内核返回的结果，NapCat 原样转交；`result` 为 0 表示成功。
 *
 * A result from the QQ NT core that NapCat passes through as it is; `result` 0 means success.
 */
export interface NtResult {
  [key: string]: unknown;
  /**
   * 结果码，0 为成功
   *
   * Result code; 0 is success
   * @format int32
   */
  result: number;
  /**
   * 错误信息，成功时为空
   *
   * Error message; empty on success
   */
  errMsg: string;
}

/** 坐标 / Coordinate */
export interface OcrCoordinate {
  /**
   * 横坐标
   *
   * X
   * @format int32
   */
  x: number;
  /**
   * 纵坐标
   *
   * Y
   * @format int32
   */
  y: number;
}

/** OCR 结果 / OCR result */
export interface OcrResult {
  /**
   * 识别出的文本块
   *
   * Detected text blocks
   */
  texts: TextDetection[];
  /**
   * 语言
   *
   * Language
   */
  language: string;
}

/**
 * 离线文件 / Offline file
 *
 * go-cqhttp 离线文件事件中的文件。
 *
 * The file in go-cqhttp's offline file event.
 */
export interface OfflineFile {
  /**
   * 文件名
   *
   * File name
   */
  name: string;
  /**
   * 文件大小（字节）
   *
   * Size in bytes
   * @format int64
   */
  size: number;
  /**
   * 下载链接
   *
   * Download URL
   */
  url: string;
}

/**
 * 扩展在线状态 / Extended online status
 *
 * `set_online_status` 的 `ext_status`：在 `status` 为 10（在线）时显示的个性状态；0 表示无。取值来自 NapCat 的状态列表，QQ 可能增删。
 *
 * The `ext_status` of `set_online_status`: the custom status shown while `status` is 10 (online); 0 for none. The values come from NapCat's status table and QQ may add or drop some.
 *
 * - `0`: 无 / None
 * - `1000`: 我的电量 / My battery — 电量取自 `battery_status` The level comes from `battery_status`
 * - `1011`: 信号弱 / Weak signal
 * - `1016`: 睡觉中 / Sleeping
 * - `1018`: 学习中 / Studying
 * - `1021`: 追剧中 / Watching a series
 * - `1027`: timi中 / Gaming
 * - `1028`: 听歌中 / Listening to music
 * - `1030`: 今日天气 / Today's weather
 * - `1032`: 熬夜中 / Staying up late
 * - `1051`: 恋爱中 / In love
 * - `1052`: 我没事 / I'm fine
 * - `1056`: 嗨到飞起 / Flying high
 * - `1058`: 元气满满 / Full of energy
 * - `1059`: 悠哉哉 / Taking it easy
 * - `1060`: 无聊中 / Bored
 * - `1061`: 想静静 / Want some quiet
 * - `1062`: 我太难了 / Having a hard time
 * - `1063`: 一言难尽 / Hard to say
 * - `1070`: 宝宝认证 / Certified baby
 * - `1071`: 好运锦鲤 / Lucky koi
 * - `1201`: 水逆退散 / Bad luck, begone
 * - `1300`: 摸鱼中 / Slacking off
 * - `1401`: emo中 / Feeling emo
 * - `2001`: 难得糊涂 / Happily muddled
 * - `2003`: 出去浪 / Out and about
 * - `2006`: 爱你 / Love you
 * - `2012`: 肝作业 / Grinding homework
 * - `2013`: 我想开了 / Letting it go
 * - `2014`: 被掏空 / Drained
 * - `2015`: 去旅行 / Travelling
 * - `2019`: 我crash了 / I crashed
 * - `2023`: 搬砖中 / Hard at work
 * - `2025`: 一起元梦 / Dreaming together
 * - `2026`: 求星搭子 / Looking for a stargazing buddy
 * - `2037`: 春日限定 / Spring special
 */
export type OnlineExtStatus =
  | 0
  | 1000
  | 1011
  | 1016
  | 1018
  | 1021
  | 1027
  | 1028
  | 1030
  | 1032
  | 1051
  | 1052
  | 1056
  | 1058
  | 1059
  | 1060
  | 1061
  | 1062
  | 1063
  | 1070
  | 1071
  | 1201
  | 1300
  | 1401
  | 2001
  | 2003
  | 2006
  | 2012
  | 2013
  | 2014
  | 2015
  | 2019
  | 2023
  | 2025
  | 2026
  | 2037;

/**
 * 在线状态 / Online status
 *
 * `set_online_status` 的 `status`。除“在线”外的状态都配合 `ext_status` 为 0 使用。
 *
 * The `status` of `set_online_status`. Every status except "online" is used with `ext_status` 0.
 *
 * - `10`: 在线 / Online
 * - `30`: 离开 / Away
 * - `40`: 隐身 / Invisible
 * - `50`: 忙碌 / Busy
 * - `60`: Q我吧 / Talk to me
 * - `70`: 请勿打扰 / Do not disturb
 */
export type OnlineStatus = 10 | 30 | 40 | 50 | 60 | 70;

/** 资料点赞信息 / Profile likes */
export interface ProfileLikeInfo {
  /**
   * 被查询用户的 uid
   *
   * Uid of the user asked about
   */
  uid: string;
  /**
   * 时间
   *
   * Time
   */
  time: string;
  /**
   * 我赞过的人（互赞信息）
   *
   * People the user liked
   */
  favoriteInfo: {
    /**
     * 总次数
     *
     * Total
     * @format int32
     */
    total_count: number;
    /**
     * 最后点赞时间（不是时间戳）
     *
     * Last like time (not a Unix timestamp)
     * @format int64
     */
    last_time: number;
    /**
     * 今日次数
     *
     * Today
     * @format int32
     */
    today_count: number;
    /**
     * 用户列表
     *
     * Users
     */
    userInfos: ProfileLikeUser[];
  };
  /**
   * 赞过我的人
   *
   * People who liked the user
   */
  voteInfo: {
    /**
     * 总次数
     *
     * Total
     * @format int32
     */
    total_count: number;
    /**
     * 新增次数
     *
     * New likes
     * @format int32
     */
    new_count: number;
    /**
     * 新增附近的人点赞
     *
     * New likes from people nearby
     * @format int32
     */
    new_nearby_count: number;
    /**
     * 上次查看时间
     *
     * Last visit time
     * @format int64
     */
    last_visit_time: number;
    /**
     * 用户列表
     *
     * Users
     */
    userInfos: ProfileLikeUser[];
  };
}

/** 点赞用户 / Profile liker */
export interface ProfileLikeUser {
  [key: string]: unknown;
  /**
   * 用户 uid
   *
   * User uid
   */
  uid: string;
  /**
   * QQ 号
   *
   * QQ number
   * @format int64
   */
  uin: number;
  /**
   * 昵称
   *
   * Nickname
   */
  nick: string;
  /**
   * 性别
   *
   * Gender
   * @format int32
   */
  gender: number;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age: number;
  /**
   * 来源
   *
   * Source
   * @format int32
   */
  src: number;
  /**
   * 最近点赞时间
   *
   * When they last liked
   * @format int64
   */
  latestTime: number;
  /**
   * 点赞次数
   *
   * How many likes
   * @format int32
   */
  count: number;
  /**
   * 礼物数
   *
   * Gift count
   * @format int32
   */
  giftCount: number;
  /**
   * 自定义 ID
   *
   * Custom id
   * @format int32
   */
  customId: number;
  /**
   * 上次付费点赞
   *
   * Last paid like
   * @format int64
   */
  lastCharged: number;
  /**
   * 可用次数
   *
   * Likes available
   * @format int32
   */
  bAvailableCnt: number;
  /**
   * 今日已赞次数
   *
   * Likes given today
   * @format int32
   */
  bTodayVotedCnt: number;
  /**
   * 是否好友
   *
   * Whether a friend
   */
  isFriend: boolean;
  /**
   * 是否会员
   *
   * Whether VIP
   */
  isvip: boolean;
  /**
   * 是否超级会员
   *
   * Whether SVIP
   */
  isSvip: boolean;
}

/** 企点账号信息 / Qidian account */
export interface QidianAccountInfo {
  /**
   * 父账号 ID
   *
   * Master account ID
   * @format int64
   */
  master_id: number;
  /**
   * 企点名称
   *
   * Qidian name
   */
  ext_name: string;
  /**
   * 账号创建时间（秒）
   *
   * When the account was created (Unix seconds)
   * @format int64
   */
  create_time: number;
}

/**
 * 快速操作的事件 / Event of a quick operation
 *
 * 实现上报的任意一个事件，原样或精简后交回（包括本规范未收录的事件与字段）；实现靠 `post_type` 等字段判断如何执行快速操作。
 *
 * Any event the implementation reported, handed back as it came or trimmed (events and fields this spec does not list included); the implementation reads `post_type` and the like to decide how to run the quick operation.
 */
export interface QuickOperationContext {
  [key: string]: unknown;
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
  /**
   * 上报类型
   *
   * The event's post type
   */
  post_type: string;
}

/**
 * 收到的消息 / Received message
 *
 * 收到的消息：实现的 `message_format` 为 `string` 时是 CQ 码字符串，为 `array` 时是消息段数组。
 *
 * A received message, a CQ-code string when the implementation's `message_format` is `string` and an array of segments when it is `array`.
 */
export type ReceivedMessage = string | ReceiveSegment[];

/** 最近会话 / Recent conversation */
export interface RecentContact {
  /**
   * 会话的最新一条消息；取不到时缺省。字段名 `lastestMsg` 的拼写即 NapCat 的原样
   *
   * The latest message of the conversation; absent when it cannot be fetched. `lastestMsg` is NapCat's own spelling
   */
  lastestMsg?: NapCatMessage;
  /**
   * 对方 QQ 号或群号
   *
   * The peer's QQ number or group number
   */
  peerUin: string;
  /**
   * 备注
   *
   * Remark
   */
  remark: string;
  /**
   * 最新消息时间（秒）
   *
   * Time of the latest message (Unix seconds)
   */
  msgTime: string;
  /**
   * 会话类型：1 私聊，2 群聊，100 群临时会话
   *
   * Chat type: 1 private, 2 group, 100 temporary chat from a group
   * @format int32
   */
  chatType: number;
  /**
   * 最新消息的长 ID
   *
   * Long id of the latest message
   */
  msgId: string;
  /**
   * 发送者昵称
   *
   * Sender's nickname
   */
  sendNickName: string;
  /**
   * 发送者群名片
   *
   * Sender's group card
   */
  sendMemberName: string;
  /**
   * 对方昵称或群名
   *
   * The peer's nickname or group name
   */
  peerName: string;
}

/**
 * 推荐名片卡片 / Contact recommendation card
 *
 * QQ NT 的结果，NapCat 原样转交：群名片的卡片在 `arkJson` 中，好友名片的在 `arkMsg` 中（NapCat 的 napcat-core 中 NodeIKernelGroupService.ts 与 NodeIKernelBuddyService.ts 的声明）。
 *
 * QQ NT's result, passed through by NapCat: a group card comes in `arkJson`, a friend card in `arkMsg` (as NodeIKernelGroupService.ts and NodeIKernelBuddyService.ts in NapCat's napcat-core declare them).
 */
export interface RecommendContactArk {
  /**
   * 结果码，0 为成功
   *
   * Result code; 0 is success
   * @format int32
   */
  result: number;
  /**
   * 错误信息
   *
   * Error message
   */
  errMsg: string;
  /**
   * 群名片的 Ark JSON，可作为 `json` 消息段发送
   *
   * The group card as Ark JSON, sendable as a `json` segment
   */
  arkJson?: string;
  /**
   * 好友名片的 Ark JSON，可作为 `json` 消息段发送
   *
   * The friend card as Ark JSON, sendable as a `json` segment
   */
  arkMsg?: string;
}

/** rkey */
export interface Rkey {
  /**
   * 适用的聊天类型
   *
   * The kind of chat it is for
   */
  type: RkeyType;
  /**
   * 拼接在下载 URL 后的 rkey 参数
   *
   * The rkey parameter to append to download URLs
   */
  rkey: string;
  /**
   * 创建时间（秒）
   *
   * When it was created (Unix seconds)
   * @format int64
   */
  created_at: number;
  /**
   * 有效期（秒）
   *
   * How long it stays valid (seconds)
   * @format int64
   */
  ttl: number;
}

export interface RkeyList {
  /**
   * 各聊天类型的 rkey
   *
   * One rkey per kind of chat
   */
  rkeys: Rkey[];
}

/**
 * - `"private"`: 私聊 / Private chats
 * - `"group"`: 群聊 / Groups
 */
export type RkeyType = 'private' | 'group';

/** 官方机器人号段 / Official bot account range */
export interface RobotUinRange {
  /**
   * 号段起始 QQ 号
   *
   * First QQ number of the range
   */
  minUin: string;
  /**
   * 号段结束 QQ 号
   *
   * Last QQ number of the range
   */
  maxUin: string;
}

/**
 * 性别 / Sex
 *
 * - `"male"`: 男 / Male
 * - `"female"`: 女 / Female
 * - `"unknown"`: 未知 / Unknown
 */
export type Sex = 'male' | 'female' | 'unknown';

/** 慢速模式 / Slow mode */
export interface SlowModeInfo {
  /**
   * 慢速模式 Key
   *
   * Slow mode key
   * @format int32
   */
  slow_mode_key: number;
  /**
   * 慢速模式说明
   *
   * Description
   */
  slow_mode_text: string;
  /**
   * 每个周期内可发言次数
   *
   * Messages allowed per period
   * @format int32
   */
  speak_frequency: number;
  /**
   * 周期长度（秒）
   *
   * Period length (seconds)
   * @format int32
   */
  slow_mode_circle: number;
}

/**
 * 运行状态 / Status
 *
 * 除 `online` 与 `good` 外，实现可以加入任意字段，且各实现互不相同；判断运行状态时应只依赖这两个字段。
 *
 * Besides `online` and `good`, an implementation may add any fields of its own, and they differ between implementations; judge the status by these two fields only.
 */
export interface Status {
  [key: string]: unknown;
  /**
   * QQ 是否在线；`null` 表示无法得知
   *
   * Whether QQ is online; `null` when it cannot be told
   */
  online: boolean | null;
  /**
   * 是否一切正常：各模块运行无误且 QQ 在线
   *
   * Whether all is well - every module works and QQ is online
   */
  good: boolean;
}

/**
 * 陌生人信息 / Stranger
 *
 * 任意 QQ 用户的公开资料，不要求是好友。
 *
 * The public profile of any QQ user, friend or not.
 */
export interface StrangerInfo {
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
   * 性别
   *
   * Sex
   */
  sex: Sex;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age: number;
}

/**
 * 流式下载包 / Streamed download packet
 *
 * 流式下载动作对同一个 `echo` 先发出若干 `type` 为 `stream` 的包（一个 `file_info`，随后若干 `file_chunk`），最后发出一个 `type` 为 `response`、`data_type` 为 `file_complete` 的包；出错时为 `type` `error`。
 *
 * A streamed download answers one `echo` with several packets of `type` `stream` (one `file_info`, then `file_chunk`s) and finally one of `type` `response` with `data_type` `file_complete`; `type` is `error` on failure.
 */
export interface StreamDownloadPacket {
  [key: string]: unknown;
  /**
   * 包类型
   *
   * Packet type
   */
  type: 'stream' | 'response' | 'error';
  /**
   * 数据类型
   *
   * Data type
   */
  data_type:
    'file_info' | 'file_chunk' | 'file_complete' | 'data_chunk' | 'data_complete' | 'error';
  /**
   * 文件名（file_info）
   *
   * File name (file_info)
   */
  file_name?: string;
  /**
   * 文件大小（file_info）
   *
   * File size (file_info)
   * @format int64
   */
  file_size?: number;
  /**
   * 分片大小（file_info）
   *
   * Chunk size (file_info)
   * @format int32
   */
  chunk_size?: number;
  /**
   * 图片宽（图片流的 file_info）
   *
   * Image width (file_info of an image stream)
   * @format int32
   */
  width?: number;
  /**
   * 图片高（图片流的 file_info）
   *
   * Image height (file_info of an image stream)
   * @format int32
   */
  height?: number;
  /**
   * 转换后的语音格式（语音流的 file_info）
   *
   * Converted audio format (file_info of a record stream)
   */
  out_format?: string;
  /**
   * 分片数据（Base64）
   *
   * Chunk data (Base64)
   */
  data?: string;
  /**
   * 分片序号（file_chunk）
   *
   * Chunk index (file_chunk)
   * @format int32
   */
  index?: number;
  /**
   * 本分片字节数（file_chunk）
   *
   * Bytes in this chunk (file_chunk)
   * @format int32
   */
  size?: number;
  /**
   * 进度百分比（file_chunk）
   *
   * Progress in percent (file_chunk)
   * @format int32
   */
  progress?: number;
  /**
   * 本分片 Base64 长度（file_chunk）
   *
   * Base64 length of this chunk (file_chunk)
   * @format int32
   */
  base64_size?: number;
  /**
   * 分片总数（file_complete）
   *
   * Total chunks (file_complete)
   * @format int32
   */
  total_chunks?: number;
  /**
   * 总字节数（file_complete）
   *
   * Total bytes (file_complete)
   * @format int64
   */
  total_bytes?: number;
  /**
   * 完成说明（file_complete）
   *
   * Completion note (file_complete)
   */
  message?: string;
}

/** 分片上传状态 / Chunked upload status */
export interface StreamUploadStatus {
  /**
   * 包类型：`stream` 为中间状态，`response` 为最终结果
   *
   * Packet type: `stream` for progress, `response` for the final result
   */
  type: 'stream' | 'response';
  /**
   * 流 ID
   *
   * Stream id
   */
  stream_id: string;
  /**
   * 上传状态
   *
   * Upload state
   */
  status: 'file_created' | 'chunk_received' | 'file_complete';
  /**
   * 已收到的分片数
   *
   * Chunks received
   * @format int32
   */
  received_chunks: number;
  /**
   * 分片总数
   *
   * Total chunks
   * @format int32
   */
  total_chunks: number;
  /**
   * 合并后的文件路径（完成时）
   *
   * Path of the assembled file (when complete)
   */
  file_path?: string;
  /**
   * 文件大小（完成时）
   *
   * File size (when complete)
   * @format int64
   */
  file_size?: number;
  /**
   * 文件 SHA-256（给了 `expected_sha256` 时）
   *
   * SHA-256 of the file (when `expected_sha256` was given)
   */
  sha256?: string;
}

/**
 * 临时会话来源 / Temporary chat source
 *
 * go-cqhttp 私聊消息事件的 `temp_source`：群临时会话（`sub_type` 为 `group`）是从哪里发起的。NapCat 也带这个字段，但恒为 0。
 *
 * The `temp_source` of go-cqhttp's private message event: where a temporary chat (`sub_type` `group`) was started from. NapCat sends the field too, always 0.
 *
 * - `0`: 群聊 / Group chat
 * - `1`: QQ 咨询 / QQ consultation
 * - `2`: 查找 / Search
 * - `3`: QQ 电影 / QQ Movie
 * - `4`: 热聊 / Hot chat
 * - `6`: 验证消息 / Verification message
 * - `7`: 多人聊天 / Multi-person chat
 * - `8`: 约会 / Dating
 * - `9`: 通讯录 / Address book
 */
export type TempSource = 0 | 1 | 2 | 3 | 4 | 6 | 7 | 8 | 9;

/** OCR 文本块 / Detected text */
export interface TextDetection {
  /**
   * 文本
   *
   * Text
   */
  text: string;
  /**
   * 置信度
   *
   * Confidence
   * @format int32
   */
  confidence: number;
  /**
   * 文本框顶点坐标
   *
   * Corners of the text box
   */
  coordinates: OcrCoordinate[];
}

/** 单向好友 / One-way friend */
export interface UnidirectionalFriend {
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
   * 添加来源
   *
   * Where the friend came from
   */
  source: string;
}

/**
 * 版本信息 / Version
 *
 * 实现可以加入其他字段。
 *
 * Implementations may add fields of their own.
 */
export interface VersionInfo {
  [key: string]: unknown;
  /**
   * 实现的名称，如 `go-cqhttp`
   *
   * Name of the implementation, e.g. `go-cqhttp`
   */
  app_name: string;
  /**
   * 实现的版本，如 `1.2.3`
   *
   * Version of the implementation, e.g. `1.2.3`
   */
  app_version: string;
  /**
   * 实现的 OneBot 标准版本，如 `v11`
   *
   * The OneBot version it implements, e.g. `v11`
   */
  protocol_version: string;
}

/** 会员信息 / VIP information */
export interface VipInfo {
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
   * QQ 等级
   *
   * QQ level
   * @format int64
   */
  level: number;
  /**
   * 等级加速度
   *
   * Level-up speed
   */
  level_speed: number;
  /**
   * 会员等级
   *
   * VIP level
   */
  vip_level: string;
  /**
   * 会员成长速度
   *
   * VIP growth speed
   * @format int64
   */
  vip_growth_speed: number;
  /**
   * 会员成长总值
   *
   * Total VIP growth
   * @format int64
   */
  vip_growth_total: number;
}

/**
 * Generated from the OneBot 11 spec (spec/, 23 files) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

import type { Event } from './events.js';
import type { ReceiveSegment, SendSegment } from './segments.js';

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

/** @全体成员 剩余次数 / Remaining @everyone mentions */
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
   * @deprecated 使用 `user_id`
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
   * @deprecated 使用 `nickname`
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
   * 转发消息的 res_id
   *
   * The forward's res_id
   */
  forward_id: string;
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
   * 群内角色
   *
   * Role in the group
   */
  role?: GroupRole;
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
 * 收到的消息 / Received message
 *
 * 收到的消息：实现的 `message_format` 为 `string` 时是 CQ 码字符串，为 `array` 时是消息段数组。
 *
 * A received message, a CQ-code string when the implementation's `message_format` is `string` and an array of segments when it is `array`.
 */
export type ReceivedMessage = string | ReceiveSegment[];

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

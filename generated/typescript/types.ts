/**
 * Generated from the OneBot 11 spec (spec/, 20 files) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

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

/**
 * 字符串开关 / Switch as a string
 *
 * 消息段中取 `0` / `1` 的参数；标准规定也可写作 `no` / `yes` 或 `false` / `true`。
 *
 * A segment parameter that takes `0` or `1`; the standard also accepts `no` / `yes` and `false` / `true`.
 */
export type BoolString = '0' | '1' | 'no' | 'yes' | 'false' | 'true';

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
 * go-cqhttp 的 `get_status` 结果：保留 CQHTTP 时代的四个恒为 `true` 的字段，并附运行统计。
 *
 * go-cqhttp's `get_status` result: the four CQHTTP-era fields that are always `true`, plus statistics.
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
   * CQHTTP 遗留字段，恒为 `true`
   *
   * CQHTTP legacy field, always `true`
   */
  plugins_good: boolean;
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
   * 固定为 `true`
   *
   * Always `true`
   */
  'go-cqhttp': boolean;
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

/**
 * 群成员角色 / Group role
 *
 * - `"owner"`: 群主 / Owner
 * - `"admin"`: 管理员 / Administrator
 * - `"member"`: 普通成员 / Member
 */
export type GroupRole = 'owner' | 'admin' | 'member';

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
   * @format int32
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
 * Lagrange 群成员信息 / Lagrange group member
 *
 * 字段与标准相同，但 Lagrange 取不到性别、年龄、地区与头衔：`sex` 为空字符串（不在标准的取值之内）、`age` 为 0、`area` 与 `title` 为空字符串；未设置群名片时 `card` 可能为 `null`。
 *
 * The standard's fields, but Lagrange cannot get the sex, age, region or title: `sex` is an empty string (outside the standard's values), `age` is 0, `area` and `title` are empty strings; `card` may be `null` when no card is set.
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
   * 专属头衔；Lagrange 中为空字符串
   *
   * Special title; empty in Lagrange
   */
  title: string;
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
 * 标准的陌生人信息，外加 `q_id`（注意带下划线，与 go-cqhttp 的 `qid` 不同）与等级。
 *
 * The standard's stranger information plus `q_id` (with an underscore, unlike go-cqhttp's `qid`) and the level.
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

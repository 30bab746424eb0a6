/**
 * Generated from the OneBot 11 spec (spec/) by `pnpm generate`.
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

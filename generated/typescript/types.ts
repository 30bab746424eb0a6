/**
 * Generated from the OneBot 11 spec (spec/, 25 files) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

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
   * Category name, e.g. 推荐 (recommended), 古风 (classical), 现代 (modern)
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

/** 合并转发发送结果 / Forward send result */
export interface ForwardSendResult {
  /**
   * 合并转发消息的消息 ID
   *
   * Message id of the forward message
   * @format int32
   */
  message_id: number;
  /**
   * 合并转发的 res_id
   *
   * The forward's res_id
   */
  res_id?: string;
  /**
   * 与 `res_id` 相同，兼容 go-cqhttp 的字段名
   *
   * The same as `res_id`, under go-cqhttp's field name
   */
  forward_id?: string;
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
 * 输入状态 / Input status
 *
 * - `0`: 对方正在说话 / Speaking
 * - `1`: 对方正在输入 / Typing
 */
export type InputStatusType = 0 | 1;

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

/** 推荐名片卡片 / Contact recommendation card */
export interface RecommendContactArk {
  /**
   * 错误码，0 为成功
   *
   * Error code; 0 is success
   * @format int32
   */
  errCode: number;
  /**
   * 错误信息
   *
   * Error message
   */
  errMsg: string;
  /**
   * 卡片的 Ark JSON，可作为 `json` 消息段发送
   *
   * The card as Ark JSON, sendable as a `json` segment
   */
  arkJson: string;
}

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

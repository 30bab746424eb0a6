/**
 * Generated from the OneBot 11 spec (spec/, 20 files) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

import type { Event } from './events.js';
import type {
  Anonymous,
  Credentials,
  FriendInfo,
  GroupHonorInfo,
  GroupInfo,
  GroupMemberInfo,
  HonorType,
  LagrangeForwardedMessage,
  LagrangeGroupRequest,
  LoginInfo,
  Message,
  MessageDetail,
  ReceivedMessage,
  Status,
  StrangerInfo,
  VersionInfo,
} from './types.js';

/** Parameters of `.handle_quick_operation` (对事件执行快速操作 / Run a quick operation on an event). */
export interface HandleQuickOperationParams {
  /**
   * 事件数据；可以精简，如去掉 `message` 等用不到的字段
   *
   * The event; it may be trimmed, e.g. of `message` and other fields the operation does not need
   */
  context: Event;
  /**
   * 快速操作，字段见各事件的快速操作，例如 `{"ban": true, "reply": "请不要说脏话"}`
   *
   * The quick operation, with the fields each event allows, e.g. `{"ban": true, "reply": "Please mind your language"}`
   */
  operation: Record<string, unknown>;
}

/** The `data` that `.handle_quick_operation` (对事件执行快速操作 / Run a quick operation on an event) answers with. */
export type HandleQuickOperationResult = null;

/** Parameters of `.join_friend_emoji_chain` (加入好友表情接龙 / Join an emoji chain in a private chat). */
export interface JoinFriendEmojiChainParams {
  /**
   * 好友的 QQ 号
   *
   * QQ number of the friend
   * @format int64
   */
  user_id: number;
  /**
   * 要接龙的消息 ID
   *
   * ID of the message to chain
   * @format int32
   */
  message_id: number;
  /**
   * 表情 ID
   *
   * The face ID
   * @format int32
   */
  emoji_id: number;
}

/** The `data` that `.join_friend_emoji_chain` (加入好友表情接龙 / Join an emoji chain in a private chat) answers with. */
export type JoinFriendEmojiChainResult = null;

/** Parameters of `.join_group_emoji_chain` (加入群聊表情接龙 / Join an emoji chain in a group). */
export interface JoinGroupEmojiChainParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 要接龙的消息 ID
   *
   * ID of the message to chain
   * @format int32
   */
  message_id: number;
  /**
   * 表情 ID
   *
   * The face ID
   * @format int32
   */
  emoji_id: number;
}

/** The `data` that `.join_group_emoji_chain` (加入群聊表情接龙 / Join an emoji chain in a group) answers with. */
export type JoinGroupEmojiChainResult = null;

/** Parameters of `can_send_image` (检查是否可以发送图片 / Check whether images can be sent). */
export type CanSendImageParams = Record<string, never>;

/** The `data` that `can_send_image` (检查是否可以发送图片 / Check whether images can be sent) answers with. */
export interface CanSendImageResult {
  /**
   * 能否发送图片
   *
   * Whether images can be sent
   */
  yes: boolean;
}

/** Parameters of `can_send_record` (检查是否可以发送语音 / Check whether voice records can be sent). */
export type CanSendRecordParams = Record<string, never>;

/** The `data` that `can_send_record` (检查是否可以发送语音 / Check whether voice records can be sent) answers with. */
export interface CanSendRecordResult {
  /**
   * 能否发送语音
   *
   * Whether voice records can be sent
   */
  yes: boolean;
}

/** Parameters of `clean_cache` (清理缓存 / Clean cache). */
export type CleanCacheParams = Record<string, never>;

/** The `data` that `clean_cache` (清理缓存 / Clean cache) answers with. */
export type CleanCacheResult = null;

/** Parameters of `delete_msg` (撤回消息 / Recall message). */
export interface DeleteMsgParams {
  /**
   * 要撤回的消息 ID
   *
   * ID of the message to recall
   * @format int32
   */
  message_id: number;
}

/** The `data` that `delete_msg` (撤回消息 / Recall message) answers with. */
export type DeleteMsgResult = null;

/** Parameters of `fetch_mface_key` (获取商城表情 key / Get market-face keys). */
export interface FetchMfaceKeyParams {
  /**
   * 商城表情的表情 ID 列表，不能为空
   *
   * Emoji IDs of the market faces; must not be empty
   */
  emoji_ids: string[];
}

/** The `data` that `fetch_mface_key` (获取商城表情 key / Get market-face keys) answers with. */
export type FetchMfaceKeyResult = string[];

/** Parameters of `get_cookies` (获取 Cookies / Get cookies). */
export interface GetCookiesParams {
  /**
   * 要获取 Cookies 的域名
   *
   * The domain to get cookies for
   * @defaultValue ""
   */
  domain?: string;
}

/** The `data` that `get_cookies` (获取 Cookies / Get cookies) answers with. */
export interface GetCookiesResult {
  /**
   * Cookies
   *
   * The cookies
   */
  cookies: string;
}

/** Parameters of `get_credentials` (获取 QQ 相关接口凭证 / Get QQ credentials). */
export interface GetCredentialsParams {
  /**
   * 要获取 Cookies 的域名
   *
   * The domain to get cookies for
   * @defaultValue ""
   */
  domain?: string;
}

/** The `data` that `get_credentials` (获取 QQ 相关接口凭证 / Get QQ credentials) answers with. */
export type GetCredentialsResult = Credentials;

/** Parameters of `get_csrf_token` (获取 CSRF Token / Get CSRF token). */
export type GetCsrfTokenParams = Record<string, never>;

/** The `data` that `get_csrf_token` (获取 CSRF Token / Get CSRF token) answers with. */
export interface GetCsrfTokenResult {
  /**
   * CSRF Token
   *
   * The CSRF token
   * @format int32
   */
  token: number;
}

/** Parameters of `get_forward_msg` (获取合并转发消息 / Get forwarded messages). */
export interface GetForwardMsgParams {
  /**
   * 合并转发 ID（收到的 `forward` 消息段中的 `id`）
   *
   * The forward ID (the `id` of a received `forward` segment)
   */
  id: string;
}

/** The `data` that `get_forward_msg` (获取合并转发消息 / Get forwarded messages) answers with. */
export interface GetForwardMsgResult {
  /**
   * 转发的内容，以消息段数组表示，每段为 `node`
   *
   * The forwarded content, as an array of `node` segments
   */
  message: ReceivedMessage;
}

/** Parameters of `get_friend_list` (获取好友列表 / Get friend list). */
export type GetFriendListParams = Record<string, never>;

/** The `data` that `get_friend_list` (获取好友列表 / Get friend list) answers with. */
export type GetFriendListResult = FriendInfo[];

/** Parameters of `get_group_honor_info` (获取群荣誉信息 / Get group honors). */
export interface GetGroupHonorInfoParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 要获取的荣誉类型，`all` 表示全部
   *
   * Which honor to get; `all` gets every kind
   */
  type: HonorType;
}

/** The `data` that `get_group_honor_info` (获取群荣誉信息 / Get group honors) answers with. */
export type GetGroupHonorInfoResult = GroupHonorInfo;

/** Parameters of `get_group_info` (获取群信息 / Get group information). */
export interface GetGroupInfoParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 是否跳过缓存（缓存响应快，但可能过时）
   *
   * Whether to skip the cache (cached answers are faster but may be stale)
   * @defaultValue false
   */
  no_cache?: boolean;
}

/** The `data` that `get_group_info` (获取群信息 / Get group information) answers with. */
export type GetGroupInfoResult = GroupInfo;

/** Parameters of `get_group_list` (获取群列表 / Get group list). */
export type GetGroupListParams = Record<string, never>;

/** The `data` that `get_group_list` (获取群列表 / Get group list) answers with. */
export type GetGroupListResult = GroupInfo[];

/** Parameters of `get_group_member_info` (获取群成员信息 / Get group member information). */
export interface GetGroupMemberInfoParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 成员的 QQ 号
   *
   * QQ number of the member
   * @format int64
   */
  user_id: number;
  /**
   * 是否跳过缓存（缓存响应快，但可能过时）
   *
   * Whether to skip the cache (cached answers are faster but may be stale)
   * @defaultValue false
   */
  no_cache?: boolean;
}

/** The `data` that `get_group_member_info` (获取群成员信息 / Get group member information) answers with. */
export type GetGroupMemberInfoResult = GroupMemberInfo;

/** Parameters of `get_group_member_list` (获取群成员列表 / Get group member list). */
export interface GetGroupMemberListParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
}

/** The `data` that `get_group_member_list` (获取群成员列表 / Get group member list) answers with. */
export type GetGroupMemberListResult = GroupMemberInfo[];

/** Parameters of `get_group_requests` (获取群请求列表 / Get group requests). */
export type GetGroupRequestsParams = Record<string, never>;

/** The `data` that `get_group_requests` (获取群请求列表 / Get group requests) answers with. */
export type GetGroupRequestsResult = LagrangeGroupRequest[];

/** Parameters of `get_image` (获取图片 / Get image). */
export interface GetImageParams {
  /**
   * 收到的图片文件名，即 `image` 消息段的 `file`
   *
   * The received image's file name, the `file` of the `image` segment
   */
  file: string;
}

/** The `data` that `get_image` (获取图片 / Get image) answers with. */
export interface GetImageResult {
  /**
   * 下载后图片的本地路径
   *
   * Local path of the downloaded image
   */
  file: string;
}

/** Parameters of `get_login_info` (获取登录号信息 / Get login information). */
export type GetLoginInfoParams = Record<string, never>;

/** The `data` that `get_login_info` (获取登录号信息 / Get login information) answers with. */
export type GetLoginInfoResult = LoginInfo;

/** Parameters of `get_msg` (获取消息 / Get message). */
export interface GetMsgParams {
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
}

/** The `data` that `get_msg` (获取消息 / Get message) answers with. */
export type GetMsgResult = MessageDetail;

/** Parameters of `get_music_ark` (生成音乐分享卡片 / Make a music share card). */
export interface GetMusicArkParams {
  /**
   * 标题
   *
   * Title
   * @defaultValue ""
   */
  title?: string;
  /**
   * 描述（通常为歌手）
   *
   * Description (usually the artist)
   * @defaultValue ""
   */
  desc?: string;
  /**
   * 点击卡片跳转的链接
   *
   * Where a click on the card leads
   * @defaultValue ""
   */
  jumpUrl?: string;
  /**
   * 音频链接
   *
   * Audio URL
   * @defaultValue ""
   */
  musicUrl?: string;
  /**
   * 来源图标链接
   *
   * URL of the source icon
   * @defaultValue ""
   */
  source_icon?: string;
  /**
   * 来源名称，如音乐平台名
   *
   * Source name, e.g. the music service
   * @defaultValue ""
   */
  tag?: string;
  /**
   * 封面图链接
   *
   * Cover image URL
   * @defaultValue ""
   */
  preview?: string;
  /**
   * 来源消息 ID
   *
   * Source message ID
   * @defaultValue ""
   */
  sourceMsgId?: string;
}

/** The `data` that `get_music_ark` (生成音乐分享卡片 / Make a music share card) answers with. */
export type GetMusicArkResult = string | null;

/** Parameters of `get_record` (获取语音 / Get voice record). */
export interface GetRecordParams {
  /**
   * 收到的语音文件名，即 `record` 消息段的 `file`
   *
   * The received voice file's name, the `file` of the `record` segment
   */
  file: string;
  /**
   * 目标格式
   *
   * The format to convert to
   */
  out_format: 'mp3' | 'amr' | 'wma' | 'm4a' | 'spx' | 'ogg' | 'wav' | 'flac';
}

/** The `data` that `get_record` (获取语音 / Get voice record) answers with. */
export interface GetRecordResult {
  /**
   * 转换后文件的本地路径
   *
   * Local path of the converted file
   */
  file: string;
}

/** Parameters of `get_skey` (获取 skey / Get skey). */
export type GetSkeyParams = Record<string, never>;

/** The `data` that `get_skey` (获取 skey / Get skey) answers with. */
export interface GetSkeyResult {
  /**
   * skey；取不到时为空字符串
   *
   * The skey; empty when it cannot be had
   */
  skey: string;
}

/** Parameters of `get_status` (获取运行状态 / Get status). */
export type GetStatusParams = Record<string, never>;

/** The `data` that `get_status` (获取运行状态 / Get status) answers with. */
export type GetStatusResult = Status;

/** Parameters of `get_stranger_info` (获取陌生人信息 / Get stranger information). */
export interface GetStrangerInfoParams {
  /**
   * QQ 号
   *
   * QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 是否跳过缓存（缓存响应快，但可能过时）
   *
   * Whether to skip the cache (cached answers are faster but may be stale)
   * @defaultValue false
   */
  no_cache?: boolean;
}

/** The `data` that `get_stranger_info` (获取陌生人信息 / Get stranger information) answers with. */
export type GetStrangerInfoResult = StrangerInfo;

/** Parameters of `get_version_info` (获取版本信息 / Get version information). */
export type GetVersionInfoParams = Record<string, never>;

/** The `data` that `get_version_info` (获取版本信息 / Get version information) answers with. */
export type GetVersionInfoResult = VersionInfo;

/** Parameters of `rename_group_file_folder` (重命名群文件夹 / Rename group folder). */
export interface RenameGroupFileFolderParams {
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
   * Folder ID
   */
  folder_id: string;
  /**
   * 新的文件夹名
   *
   * The new folder name
   */
  new_folder_name: string;
}

/** The `data` that `rename_group_file_folder` (重命名群文件夹 / Rename group folder) answers with. */
export type RenameGroupFileFolderResult = null;

/** Parameters of `send_group_bot_callback` (调用群机器人回调 / Call a group bot's callback). */
export interface SendGroupBotCallbackParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 群机器人的 QQ 号
   *
   * QQ number of the group robot
   * @format int64
   */
  bot_id: number;
  /**
   * 回调数据一
   *
   * First callback datum
   */
  data_1?: string;
  /**
   * 回调数据二
   *
   * Second callback datum
   */
  data_2?: string;
}

/** The `data` that `send_group_bot_callback` (调用群机器人回调 / Call a group bot's callback) answers with. */
export type SendGroupBotCallbackResult = number;

/** Parameters of `send_group_msg` (发送群消息 / Send group message). */
export interface SendGroupMsgParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 要发送的内容
   *
   * What to send
   */
  message: Message;
  /**
   * 为 `true` 时把内容当作纯文本，不解析其中的 CQ 码；仅当 `message` 为字符串时生效。
   *
   * When `true`, the content is sent as plain text without parsing CQ codes; only matters when `message` is a string.
   * @defaultValue false
   */
  auto_escape?: boolean;
}

/** The `data` that `send_group_msg` (发送群消息 / Send group message) answers with. */
export interface SendGroupMsgResult {
  /**
   * 所发消息的 ID
   *
   * ID of the message sent
   * @format int32
   */
  message_id: number;
}

/** Parameters of `send_like` (发送好友赞 / Send likes). */
export interface SendLikeParams {
  /**
   * 好友的 QQ 号
   *
   * QQ number of the friend
   * @format int64
   */
  user_id: number;
  /**
   * 点赞次数
   *
   * How many likes to send
   * @format int32
   * @defaultValue 1
   */
  times?: number;
}

/** The `data` that `send_like` (发送好友赞 / Send likes) answers with. */
export type SendLikeResult = null;

/** Parameters of `send_msg` (发送消息 / Send message). */
export interface SendMsgParams {
  /**
   * 消息类型；省略时按给出的 `*_id` 判断
   *
   * The kind of message; inferred from the `*_id` given when omitted
   */
  message_type?: 'private' | 'group';
  /**
   * 接收者的 QQ 号，私聊时需要
   *
   * QQ number of the recipient; needed for private messages
   * @format int64
   */
  user_id?: number;
  /**
   * 群号，群聊时需要
   *
   * Group number; needed for group messages
   * @format int64
   */
  group_id?: number;
  /**
   * 要发送的内容
   *
   * What to send
   */
  message: Message;
  /**
   * 为 `true` 时把内容当作纯文本，不解析其中的 CQ 码；仅当 `message` 为字符串时生效。
   *
   * When `true`, the content is sent as plain text without parsing CQ codes; only matters when `message` is a string.
   * @defaultValue false
   */
  auto_escape?: boolean;
}

/** The `data` that `send_msg` (发送消息 / Send message) answers with. */
export interface SendMsgResult {
  /**
   * 所发消息的 ID
   *
   * ID of the message sent
   * @format int32
   */
  message_id: number;
}

/** Parameters of `send_msg_with_group` (转发群消息到另一群 / Re-send a group message to another group). */
export interface SendMsgWithGroupParams {
  /**
   * 要转发的群消息 ID
   *
   * ID of the group message to re-send
   * @format int32
   */
  message_id: number;
  /**
   * 目标群号
   *
   * The target group number
   * @format int64
   */
  target_group_id: number;
}

/** The `data` that `send_msg_with_group` (转发群消息到另一群 / Re-send a group message to another group) answers with. */
export type SendMsgWithGroupResult = LagrangeForwardedMessage;

/** Parameters of `send_msg_with_group_seq` (按序号转发群消息到另一群 / Re-send a group message to another group by sequence). */
export interface SendMsgWithGroupSeqParams {
  /**
   * 来源群号
   *
   * The source group number
   * @format int64
   */
  source_group_id: number;
  /**
   * 消息在来源群中的序号
   *
   * The message's sequence number in the source group
   * @format int32
   */
  source_seq: number;
  /**
   * 目标群号
   *
   * The target group number
   * @format int64
   */
  target_group_id: number;
}

/** The `data` that `send_msg_with_group_seq` (按序号转发群消息到另一群 / Re-send a group message to another group by sequence) answers with. */
export type SendMsgWithGroupSeqResult = LagrangeForwardedMessage;

/** Parameters of `send_private_msg` (发送私聊消息 / Send private message). */
export interface SendPrivateMsgParams {
  /**
   * 接收者的 QQ 号
   *
   * QQ number of the recipient
   * @format int64
   */
  user_id: number;
  /**
   * 要发送的内容
   *
   * What to send
   */
  message: Message;
  /**
   * 为 `true` 时把内容当作纯文本，不解析其中的 CQ 码；仅当 `message` 为字符串时生效。
   *
   * When `true`, the content is sent as plain text without parsing CQ codes; only matters when `message` is a string.
   * @defaultValue false
   */
  auto_escape?: boolean;
}

/** The `data` that `send_private_msg` (发送私聊消息 / Send private message) answers with. */
export interface SendPrivateMsgResult {
  /**
   * 所发消息的 ID
   *
   * ID of the message sent
   * @format int32
   */
  message_id: number;
}

/** Parameters of `set_friend_add_request` (处理加好友请求 / Handle friend request). */
export interface SetFriendAddRequestParams {
  /**
   * 请求的 flag，取自请求事件
   *
   * The request's flag, taken from the request event
   */
  flag: string;
  /**
   * 是否同意
   *
   * Whether to approve
   * @defaultValue true
   */
  approve?: boolean;
  /**
   * 同意后给好友设置的备注名，仅在同意时有效
   *
   * A remark for the new friend; only used when approving
   * @defaultValue ""
   */
  remark?: string;
}

/** The `data` that `set_friend_add_request` (处理加好友请求 / Handle friend request) answers with. */
export type SetFriendAddRequestResult = null;

/** Parameters of `set_group_add_request` (处理加群请求／邀请 / Handle group join request or invitation). */
export interface SetGroupAddRequestParams {
  /**
   * 请求的 flag，取自请求事件
   *
   * The request's flag, taken from the request event
   */
  flag: string;
  /**
   * 请求类型，须与请求事件中的 `sub_type` 一致。
   *
   * The kind of request; must match the `sub_type` of the request event.
   */
  sub_type: 'add' | 'invite';
  /**
   * `sub_type` 的另一个名字，标准同样接受（两者传一个即可）。
   *
   * Another name for `sub_type`, which the standard accepts too (either one is enough).
   */
  type?: 'add' | 'invite';
  /**
   * 是否同意
   *
   * Whether to approve
   * @defaultValue true
   */
  approve?: boolean;
  /**
   * 拒绝的理由，仅在拒绝时有效
   *
   * Why it is rejected; only used when rejecting
   * @defaultValue ""
   */
  reason?: string;
}

/** The `data` that `set_group_add_request` (处理加群请求／邀请 / Handle group join request or invitation) answers with. */
export type SetGroupAddRequestResult = null;

/** Parameters of `set_group_admin` (群组设置管理员 / Set group administrator). */
export interface SetGroupAdminParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 成员的 QQ 号
   *
   * QQ number of the member
   * @format int64
   */
  user_id: number;
  /**
   * `true` 设为管理员，`false` 取消
   *
   * `true` grants, `false` revokes
   * @defaultValue true
   */
  enable?: boolean;
}

/** The `data` that `set_group_admin` (群组设置管理员 / Set group administrator) answers with. */
export type SetGroupAdminResult = null;

/** Parameters of `set_group_anonymous` (群组匿名 / Set group anonymous chat). */
export interface SetGroupAnonymousParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 是否允许匿名聊天
   *
   * Whether anonymous chat is allowed
   * @defaultValue true
   */
  enable?: boolean;
}

/** The `data` that `set_group_anonymous` (群组匿名 / Set group anonymous chat) answers with. */
export type SetGroupAnonymousResult = null;

/** Parameters of `set_group_anonymous_ban` (群组匿名用户禁言 / Mute anonymous group member). */
export interface SetGroupAnonymousBanParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 要禁言的匿名用户，即群消息事件的 `anonymous` 字段
   *
   * The anonymous user to mute: the `anonymous` field of the group message event
   */
  anonymous?: Anonymous;
  /**
   * 要禁言的匿名用户的 flag，取自群消息事件
   *
   * The flag of the anonymous user to mute, taken from the group message event
   */
  anonymous_flag?: string;
  /**
   * `anonymous_flag` 的另一个名字，标准同样接受
   *
   * Another name for `anonymous_flag`, which the standard accepts too
   */
  flag?: string;
  /**
   * 禁言时长（秒），无法解除
   *
   * How long to mute (seconds); cannot be lifted
   * @format int32
   * @defaultValue 1800
   */
  duration?: number;
}

/** The `data` that `set_group_anonymous_ban` (群组匿名用户禁言 / Mute anonymous group member) answers with. */
export type SetGroupAnonymousBanResult = null;

/** Parameters of `set_group_ban` (群组单人禁言 / Mute group member). */
export interface SetGroupBanParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 要禁言的成员的 QQ 号
   *
   * QQ number of the member to mute
   * @format int64
   */
  user_id: number;
  /**
   * 禁言时长（秒）；0 表示解除禁言
   *
   * How long to mute (seconds); 0 unmutes
   * @format int32
   * @defaultValue 1800
   */
  duration?: number;
}

/** The `data` that `set_group_ban` (群组单人禁言 / Mute group member) answers with. */
export type SetGroupBanResult = null;

/** Parameters of `set_group_bot_status` (设置群 Bot 发言状态 / Set a group bot's status). */
export interface SetGroupBotStatusParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 群机器人的 QQ 号
   *
   * QQ number of the group robot
   * @format int64
   */
  bot_id: number;
  /**
   * 开关值，原样转发给 QQ（Lagrange 源码中名为 `On`）；1 表示开启，0 表示关闭
   *
   * The switch value, passed on to QQ as is (Lagrange's source calls it `On`); 1 turns it on, 0 off
   * @format int32
   */
  enable: number;
}

/** The `data` that `set_group_bot_status` (设置群 Bot 发言状态 / Set a group bot's status) answers with. */
export type SetGroupBotStatusResult = number;

/** Parameters of `set_group_card` (设置群名片 / Set group card). */
export interface SetGroupCardParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 成员的 QQ 号
   *
   * QQ number of the member
   * @format int64
   */
  user_id: number;
  /**
   * 新的群名片；省略或为空字符串时删除群名片
   *
   * The new card; omitted or empty removes it
   * @defaultValue ""
   */
  card?: string;
}

/** The `data` that `set_group_card` (设置群名片 / Set group card) answers with. */
export type SetGroupCardResult = null;

/** Parameters of `set_group_kick` (群组踢人 / Kick group member). */
export interface SetGroupKickParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 要踢出的成员的 QQ 号
   *
   * QQ number of the member to kick
   * @format int64
   */
  user_id: number;
  /**
   * 是否拒绝此人以后的加群请求
   *
   * Whether to refuse this person's future requests to join
   * @defaultValue false
   */
  reject_add_request?: boolean;
}

/** The `data` that `set_group_kick` (群组踢人 / Kick group member) answers with. */
export type SetGroupKickResult = null;

/** Parameters of `set_group_leave` (退出群组 / Leave group). */
export interface SetGroupLeaveParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 是否解散群（仅群主有效）
   *
   * Whether to dismiss the group (owner only)
   * @defaultValue false
   */
  is_dismiss?: boolean;
}

/** The `data` that `set_group_leave` (退出群组 / Leave group) answers with. */
export type SetGroupLeaveResult = null;

/** Parameters of `set_group_name` (设置群名 / Set group name). */
export interface SetGroupNameParams {
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
  group_name: string;
}

/** The `data` that `set_group_name` (设置群名 / Set group name) answers with. */
export type SetGroupNameResult = null;

/** Parameters of `set_group_reaction` (设置群消息表情回应 / Set a reaction on a group message). */
export interface SetGroupReactionParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 要回应的消息 ID
   *
   * ID of the message to react to
   * @format int32
   */
  message_id: number;
  /**
   * 表情 ID（QQ 表情编号的字符串形式）
   *
   * The face ID (the QQ face number as a string)
   */
  code: string;
  /**
   * `true` 添加回应，`false` 取消回应
   *
   * `true` adds the reaction, `false` takes it back
   * @defaultValue true
   */
  is_add?: boolean;
}

/** The `data` that `set_group_reaction` (设置群消息表情回应 / Set a reaction on a group message) answers with. */
export type SetGroupReactionResult = null;

/** Parameters of `set_group_special_title` (设置群组专属头衔 / Set special title). */
export interface SetGroupSpecialTitleParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 成员的 QQ 号
   *
   * QQ number of the member
   * @format int64
   */
  user_id: number;
  /**
   * 头衔；省略或为空字符串时删除头衔
   *
   * The title; omitted or empty removes it
   * @defaultValue ""
   */
  special_title?: string;
  /**
   * 有效期（秒），-1 表示永久。标准指出此项似乎不起作用，或只对某些特定时长有效。
   *
   * How long the title lasts (seconds); -1 is forever. The standard notes this seems to have no effect, or only for certain lengths.
   * @format int32
   * @defaultValue -1
   */
  duration?: number;
}

/** The `data` that `set_group_special_title` (设置群组专属头衔 / Set special title) answers with. */
export type SetGroupSpecialTitleResult = null;

/** Parameters of `set_group_whole_ban` (群组全员禁言 / Mute whole group). */
export interface SetGroupWholeBanParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * `true` 开启，`false` 关闭
   *
   * `true` mutes everyone, `false` lifts it
   * @defaultValue true
   */
  enable?: boolean;
}

/** The `data` that `set_group_whole_ban` (群组全员禁言 / Mute whole group) answers with. */
export type SetGroupWholeBanResult = null;

/** Parameters of `set_qq_avatar` (设置 QQ 头像 / Set QQ avatar). */
export interface SetQqAvatarParams {
  /**
   * 图片：本地路径（NapCat 也接受不带 `file://` 的路径）、`http(s)://` URL 或 `base64://` 数据
   *
   * The image: a local path (NapCat also takes one without `file://`), an `http(s)://` URL or `base64://` data
   */
  file: string;
}

/** The `data` that `set_qq_avatar` (设置 QQ 头像 / Set QQ avatar) answers with. */
export type SetQqAvatarResult = null;

/** Parameters of `set_restart` (重启 OneBot 实现 / Restart the implementation). */
export interface SetRestartParams {
  /**
   * 重启前等待的毫秒数；默认设置下无法重启时，可尝试设为 2000 左右
   *
   * Milliseconds to wait before restarting; if restarting fails with the default, try about 2000
   * @format int32
   * @defaultValue 0
   */
  delay?: number;
}

/** The `data` that `set_restart` (重启 OneBot 实现 / Restart the implementation) answers with. */
export type SetRestartResult = null;

/** Parameters of `upload_image` (上传图片 / Upload image). */
export interface UploadImageParams {
  /**
   * 图片：`file://` 路径、`http(s)://` URL 或 `base64://` 数据
   *
   * The image: a `file://` path, an `http(s)://` URL or `base64://` data
   */
  file: string;
}

/** The `data` that `upload_image` (上传图片 / Upload image) answers with. */
export type UploadImageResult = string;

/** Every action by the name sent on the wire (aliases included), with its params and result types. */
export interface ActionMap {
  /**
   * 对事件执行快速操作 / Run a quick operation on an event
   *
   * 隐藏 API：对一个事件执行快速操作，效果与在 HTTP POST 上报的响应中给出快速操作相同。隐藏 API 以点号开头，供 SDK 与框架内部使用，一般用户不应直接调用。
   *
   * Hidden API: run a quick operation on an event, with the same effect as answering an HTTP POST report with that operation. Hidden APIs start with a dot and are meant for SDKs and frameworks; ordinary users should not call them.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes
   * - Lagrange.OneBot: no — Lagrange.OneBot 的动作中没有这个隐藏 API。 Lagrange.OneBot has no such hidden API among its operations.
   */
  '.handle_quick_operation': {
    params: HandleQuickOperationParams;
    result: HandleQuickOperationResult;
  };
  /**
   * 加入好友表情接龙 / Join an emoji chain in a private chat
   *
   * 隐藏 API：跟随私聊中的一条表情消息“+1”，即用同一个表情接龙。`message_id` 指向被接龙的消息，`emoji_id` 为表情 ID。
   *
   * Hidden API: "+1" a face message in a private chat, that is, join its emoji chain with the same face. `message_id` is the message being chained and `emoji_id` the face ID.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no
   * - Lagrange.OneBot: yes — 失败时 `retcode` 为 -1。 On failure `retcode` is -1.
   */
  '.join_friend_emoji_chain': {
    params: JoinFriendEmojiChainParams;
    result: JoinFriendEmojiChainResult;
  };
  /**
   * 加入群聊表情接龙 / Join an emoji chain in a group
   *
   * 隐藏 API：跟随群里的一条表情消息“+1”，即用同一个表情接龙。`message_id` 指向被接龙的消息，`emoji_id` 为表情 ID。
   *
   * Hidden API: "+1" a face message in a group, that is, join its emoji chain with the same face. `message_id` is the message being chained and `emoji_id` the face ID.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no
   * - Lagrange.OneBot: yes — 失败时 `retcode` 为 -1。 On failure `retcode` is -1.
   */
  '.join_group_emoji_chain': {
    params: JoinGroupEmojiChainParams;
    result: JoinGroupEmojiChainResult;
  };
  /**
   * 检查是否可以发送图片 / Check whether images can be sent
   *
   * 询问实现当前能否发送图片。
   *
   * Ask whether the implementation can send images.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes
   * - Lagrange.OneBot: yes
   */
  can_send_image: { params: CanSendImageParams; result: CanSendImageResult };
  /**
   * 检查是否可以发送语音 / Check whether voice records can be sent
   *
   * 询问实现当前能否发送语音。
   *
   * Ask whether the implementation can send voice records.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes
   * - Lagrange.OneBot: yes
   */
  can_send_record: { params: CanSendRecordParams; result: CanSendRecordResult };
  /**
   * 清理缓存 / Clean cache
   *
   * 清理实现积攒的缓存文件。
   *
   * Delete the cache files the implementation has piled up.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
   */
  clean_cache: { params: CleanCacheParams; result: CleanCacheResult };
  /**
   * 撤回消息 / Recall message
   *
   * 撤回一条消息。撤回他人的群消息需要登录号是管理员或群主。
   *
   * Recall (delete) a message. Recalling someone else's group message needs the bot to be an administrator or the owner.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `message_id`) — NapCat 也接受字符串形式的 `message_id`。 NapCat also accepts `message_id` as a string.
   * - Lagrange.OneBot: yes
   */
  delete_msg: { params: DeleteMsgParams; result: DeleteMsgResult };
  /**
   * 获取商城表情 key / Get market-face keys
   *
   * 按商城表情（`mface`）的表情 ID 取得发送它们所需的 key，按请求顺序返回字符串数组。跨实现文档（001）把它写作 `get_mface_key`，但 Lagrange.OneBot 注册的动作名是 `fetch_mface_key`。
   *
   * Get the keys needed to send market faces (`mface`) from their emoji IDs; the answer is an array of strings in the order asked. The cross-implementation page (001) calls it `get_mface_key`, but the name Lagrange.OneBot registers is `fetch_mface_key`.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no
   * - Lagrange.OneBot: yes — 取不到任何 key 时返回空数组且 `retcode` 为 -1；`emoji_ids` 缺失或为空时调用失败。个别早期版本读取的参数名不同（`emoji_id`，或整个参数就是数组）。 When no key can be fetched the answer is an empty array with `retcode` -1; a missing or empty `emoji_ids` fails the call. A few early versions read a different parameter (`emoji_id`, or the whole params being the array).
   */
  fetch_mface_key: { params: FetchMfaceKeyParams; result: FetchMfaceKeyResult };
  /**
   * 获取 Cookies / Get cookies
   *
   * 获取登录号在指定域名下的 Cookies，用于调用 QQ 的网页接口。
   *
   * Get the bot account's cookies for a domain, for calling QQ's web interfaces.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes (adds or retypes `domain`; answers with a different result) — NapCat 要求给出 `domain`；结果多一个 `bkn`（由 skey 算出的 CSRF Token，字符串）。 NapCat requires `domain`; the result adds `bkn` (the CSRF token computed from the skey, as a string).
   * - Lagrange.OneBot: yes (adds or retypes `domain`) — Lagrange 要求给出 `domain`，省略时调用失败。 Lagrange requires `domain`; the call fails without it.
   */
  get_cookies: { params: GetCookiesParams; result: GetCookiesResult };
  /**
   * 获取 QQ 相关接口凭证 / Get QQ credentials
   *
   * 一次取得 `get_cookies` 与 `get_csrf_token` 的结果。
   *
   * Get what `get_cookies` and `get_csrf_token` return, in one call.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes (adds or retypes `domain`; answers with a different result) — NapCat 要求给出 `domain`，且 CSRF Token 的字段名是 `token` 而不是 `csrf_token`。 NapCat requires `domain`, and names the CSRF token field `token` instead of `csrf_token`.
   * - Lagrange.OneBot: yes (adds or retypes `domain`) — Lagrange 要求给出 `domain`；`csrf_token` 是数字（其 Apifox 文档写成字符串是错误的）。 Lagrange requires `domain`; `csrf_token` is a number (its Apifox docs calling it a string are wrong).
   */
  get_credentials: { params: GetCredentialsParams; result: GetCredentialsResult };
  /**
   * 获取 CSRF Token / Get CSRF token
   *
   * 获取调用 QQ 网页接口所需的 CSRF Token。
   *
   * Get the CSRF token that QQ's web interfaces require.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes
   * - Lagrange.OneBot: yes — Lagrange 返回的 `token` 同样是数字；其 Apifox 文档写成字符串是错误的。 Lagrange's `token` is a number too; its Apifox docs calling it a string are wrong.
   */
  get_csrf_token: { params: GetCsrfTokenParams; result: GetCsrfTokenResult };
  /**
   * 获取合并转发消息 / Get forwarded messages
   *
   * 取回一条合并转发消息的内容。按标准，`message` 是消息段数组，其中每个消息段都是 `node`（转发节点）。go-cqhttp 与标准不同：参数名首选 `message_id`（也接受 `id`），响应为 `messages` 数组，每项含 `content`、`sender` 与 `time`。
   *
   * Fetch what a forwarded-messages bundle holds. Per the standard, `message` is an array of segments, every one a `node` (forward node). go-cqhttp differs: it reads the ID from `message_id` first (and also accepts `id`), and answers with a `messages` array whose items hold `content`, `sender` and `time`.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (adds or retypes `id`, `message_id`; answers with a different result) — go-cqhttp 先读 `message_id`，其次 `id`（两者给一个即可）；结果是 `messages` 数组，每项含 `content`、`sender` 与 `time`。 go-cqhttp reads `message_id` first and `id` second (one is enough); the result is a `messages` array whose items hold `content`, `sender` and `time`.
   * - NapCat: yes (adds or retypes `id`, `message_id`; answers with a different result) — NapCat 读 `message_id` 或 `id`（两者给一个即可）；结果是 `messages` 数组，每项是完整的消息结构，内容放在 `content` 中。 NapCat reads `message_id` or `id` (one is enough); the result is a `messages` array of full message objects whose content is in `content`.
   * - Lagrange.OneBot: yes — Lagrange 只读 `id`，结果同标准：`message` 是 `node` 消息段数组。 Lagrange reads only `id`; the result is the standard's: `message` is an array of `node` segments.
   */
  get_forward_msg: { params: GetForwardMsgParams; result: GetForwardMsgResult };
  /**
   * 获取好友列表 / Get friend list
   *
   * 获取登录号的全部好友。
   *
   * List every friend of the bot account.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `no_cache`) — NapCat 多一个 `no_cache` 参数；列表项还带有 NapCat 自己的扩展字段。 NapCat takes an extra `no_cache` parameter; the items carry NapCat's own extra fields as well.
   * - Lagrange.OneBot: yes (answers with a different result) — Lagrange 的列表项多出 `q_id` 与好友分组 `group`，且总是重新拉取好友列表。 Lagrange's items add `q_id` and the friend category `group`, and it always fetches the list afresh.
   */
  get_friend_list: { params: GetFriendListParams; result: GetFriendListResult };
  /**
   * 获取群荣誉信息 / Get group honors
   *
   * 获取群的龙王、群聊之火等荣誉信息；结果只含所请求类型的字段。
   *
   * Get a group's honors, such as its most talkative member; the result holds only the fields of the requested type.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `type`, `group_id`) — NapCat 也接受字符串形式的 `group_id`；`type` 可以省略，默认为 `all`。 NapCat also accepts `group_id` as a string; `type` may be left out and defaults to `all`.
   * - Lagrange.OneBot: yes — Lagrange 从不填写 `performer_list`（群聊之火）：其字段映射中此项为空。 Lagrange never fills `performer_list`: its field mapping leaves that entry empty.
   */
  get_group_honor_info: { params: GetGroupHonorInfoParams; result: GetGroupHonorInfoResult };
  /**
   * 获取群信息 / Get group information
   *
   * 获取一个群的基本信息。
   *
   * Get the basic information of a group.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 的结果多出 `group_memo`、`group_create_time`、`group_level`；登录号不在群中时，这几项与成员数均为 0。 go-cqhttp's result adds `group_memo`, `group_create_time` and `group_level`; when the bot is not in the group, these and the member counts are 0.
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 也接受字符串形式的 `group_id`；结果还带有 NapCat 自己的扩展字段。 NapCat also accepts `group_id` as a string; the result carries NapCat's own extra fields as well.
   * - Lagrange.OneBot: yes
   */
  get_group_info: { params: GetGroupInfoParams; result: GetGroupInfoResult };
  /**
   * 获取群列表 / Get group list
   *
   * 获取登录号加入的所有群。
   *
   * List every group the bot is in.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (adds or retypes `no_cache`) — go-cqhttp 多一个 `no_cache` 参数；列表项与其 `get_group_info` 的结果相同。 go-cqhttp takes an extra `no_cache` parameter; the items are shaped like its `get_group_info` result.
   * - NapCat: yes (adds or retypes `no_cache`) — NapCat 多一个 `no_cache` 参数。 NapCat takes an extra `no_cache` parameter.
   * - Lagrange.OneBot: yes
   */
  get_group_list: { params: GetGroupListParams; result: GetGroupListResult };
  /**
   * 获取群成员信息 / Get group member information
   *
   * 获取一名群成员的资料。
   *
   * Get the profile of one group member.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes — go-cqhttp 的结果多一个 `shut_up_timestamp`（禁言到期时间）。 go-cqhttp's result adds `shut_up_timestamp` (when the member's mute ends).
   * - NapCat: yes (adds or retypes `group_id`, `user_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes (answers with a different result) — Lagrange 取不到性别、年龄、地区与头衔：`sex` 为空字符串，`age` 为 0，`area`、`title` 为空字符串。 Lagrange cannot get the sex, age, region or title: `sex` is an empty string, `age` 0, `area` and `title` empty.
   */
  get_group_member_info: { params: GetGroupMemberInfoParams; result: GetGroupMemberInfoResult };
  /**
   * 获取群成员列表 / Get group member list
   *
   * 获取一个群的全部成员。列表项与 `get_group_member_info` 的结果结构相同，但部分字段（如 `area` 与 `title`）在列表中可能取不到，需要时应单独获取。
   *
   * List every member of a group. Items have the shape of `get_group_member_info`'s result, but some fields (such as `area` and `title`) may be unavailable in the list; fetch the member on its own when they matter.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (adds or retypes `no_cache`) — go-cqhttp 多一个 `no_cache` 参数。 go-cqhttp takes an extra `no_cache` parameter.
   * - NapCat: yes (adds or retypes `group_id`, `no_cache`) — NapCat 也接受字符串形式的 `group_id`，并多一个 `no_cache` 参数。取不到真实值时，`join_time` 与 `last_sent_time` 会被填为当前时间。 NapCat also accepts `group_id` as a string and takes an extra `no_cache` parameter. When the real values cannot be had, `join_time` and `last_sent_time` are filled with the current time.
   * - Lagrange.OneBot: yes (adds or retypes `no_cache`; answers with a different result) — Lagrange 多一个 `no_cache` 参数；列表项同其 `get_group_member_info` 的结果（`sex` 为空字符串等）。 Lagrange takes an extra `no_cache` parameter; items are shaped like its `get_group_member_info` result (`sex` an empty string and so on).
   */
  get_group_member_list: { params: GetGroupMemberListParams; result: GetGroupMemberListResult };
  /**
   * 获取群请求列表 / Get group requests
   *
   * 列出登录号能看到的加群请求与入群邀请（包括被过滤的），每项的结构与加群请求事件相同。go-cqhttp 的相近动作是 `get_group_system_msg`。
   *
   * List the join requests and invitations the bot can see (filtered ones included), each shaped like the group request event. go-cqhttp's nearest action is `get_group_system_msg`.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no — go-cqhttp 的相近动作是 `get_group_system_msg`，结构不同。 go-cqhttp's nearest action is `get_group_system_msg`, with a different shape.
   * - NapCat: no — NapCat 的相近动作是 `get_group_system_msg`，结构不同。 NapCat's nearest action is `get_group_system_msg`, with a different shape.
   * - Lagrange.OneBot: yes
   */
  get_group_requests: { params: GetGroupRequestsParams; result: GetGroupRequestsResult };
  /**
   * 获取图片 / Get image
   *
   * 下载收到的图片，返回其本地路径。
   *
   * Download a received image and return its local path.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 的结果在本地路径 `file` 之外，还有图片源文件的大小、原文件名与下载地址。 go-cqhttp's result has, besides the local path `file`, the source image's size, original name and download URL.
   * - NapCat: yes (adds or retypes `file`, `file_id`; answers with a different result) — NapCat 可以用 `file` 或 `file_id` 指明图片（二选一），返回 URL、大小、文件名，可能还有 base64 内容。 NapCat names the image by `file` or `file_id` (either one) and answers with its URL, size, name and possibly its content in base64.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
   */
  get_image: { params: GetImageParams; result: GetImageResult };
  /**
   * 获取登录号信息 / Get login information
   *
   * 获取当前登录的 QQ 号与昵称。
   *
   * Get the QQ number and nickname of the logged-in account.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes
   * - Lagrange.OneBot: yes
   */
  get_login_info: { params: GetLoginInfoParams; result: GetLoginInfoResult };
  /**
   * 获取消息 / Get message
   *
   * 按消息 ID 取回一条消息的内容与发送者。
   *
   * Fetch a message, with its sender, by its ID.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 的结果多出 `group`、`group_id`（群消息时）、`message_seq` 等字段，`sender` 只有 `nickname` 与 `user_id`。 go-cqhttp's result adds `group`, `group_id` (for group messages), `message_seq` and more; `sender` has only `nickname` and `user_id`.
   * - NapCat: yes (adds or retypes `message_id`; answers with a different result) — NapCat 也接受字符串形式的 `message_id`；结果是完整的消息事件结构，其中 `message_seq` 与 `real_id` 都等于 `message_id`。 NapCat also accepts `message_id` as a string; the result is the full message event, in which `message_seq` and `real_id` both equal `message_id`.
   * - Lagrange.OneBot: yes — Lagrange 的结果与标准相同；`real_id` 与 `message_id` 取相同的值。 Lagrange's result has the standard shape; `real_id` takes the same value as `message_id`.
   */
  get_msg: { params: GetMsgParams; result: GetMsgResult };
  /**
   * 生成音乐分享卡片 / Make a music share card
   *
   * 借助腾讯文档的签名接口，为一条自定义音乐分享生成带签名的 Ark（JSON 卡片）字符串；之后可把它作为 `json` 消息段发送。
   *
   * Make a signed Ark (JSON card) string for a custom music share, through Tencent Docs' signing service; it can then be sent as a `json` segment.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no
   * - Lagrange.OneBot: yes — 需要登录号能取得 `docs.qq.com` 的 Cookies；取不到腾讯文档的登录凭据时调用失败。 Needs the bot to obtain cookies for `docs.qq.com`; the call fails when no Tencent Docs login can be had.
   */
  get_music_ark: { params: GetMusicArkParams; result: GetMusicArkResult };
  /**
   * 获取语音 / Get voice record
   *
   * 把收到的语音文件转换为指定格式，返回转换后的本地路径。通常需要实现所在的机器装有 ffmpeg。
   *
   * Convert a received voice file to the given format and return the converted file's local path. This usually needs ffmpeg on the implementation's machine.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes (adds or retypes `file`, `file_id`; answers with a different result) — NapCat 可以用 `file` 或 `file_id` 指明语音（二选一），返回 URL、大小、文件名，可能还有 base64 内容。 NapCat names the record by `file` or `file_id` (either one) and answers with its URL, size, name and possibly its content in base64.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
   */
  get_record: { params: GetRecordParams; result: GetRecordResult };
  /**
   * 获取 skey / Get skey
   *
   * 获取登录号当前的 skey，即 QQ 网页接口 Cookies 中的 `skey`。
   *
   * Get the bot account's current skey, the `skey` in the cookies of QQ's web interfaces.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no
   * - Lagrange.OneBot: yes
   */
  get_skey: { params: GetSkeyParams; result: GetSkeyResult };
  /**
   * 获取运行状态 / Get status
   *
   * 获取实现的运行状态。各实现附加的字段差别很大，判断状态时只应看 `online` 与 `good`。
   *
   * Get how the implementation is running. The fields implementations add differ widely; judge the status by `online` and `good` only.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 另有四个恒为 `true` 的 CQHTTP 遗留字段，`stat` 为详细的运行统计。 go-cqhttp adds four CQHTTP legacy fields that are always `true`, and `stat` holds detailed statistics.
   * - NapCat: yes — NapCat 的 `good` 固定为 `true`，`stat` 可能是空对象。 NapCat's `good` is always `true`, and `stat` may be an empty object.
   * - Lagrange.OneBot: yes (answers with a different result) — Lagrange 没有 `stat`，多出四个恒为 `true` 的遗留字段与 `memory`；`online`、`good` 也固定为 `true`。 Lagrange has no `stat` but adds four legacy fields that are always `true` and `memory`; `online` and `good` are fixed at `true` as well.
   */
  get_status: { params: GetStatusParams; result: GetStatusResult };
  /**
   * 获取陌生人信息 / Get stranger information
   *
   * 获取任意 QQ 用户的公开资料。
   *
   * Get the public profile of any QQ user.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (without `no_cache`; answers with a different result) — go-cqhttp 的路由只读取 `user_id`，文档列出的 `no_cache` 实际不起作用；结果多出 `qid`、`level`、`login_days`。 go-cqhttp's router reads only `user_id`; the `no_cache` its docs list has no effect. The result adds `qid`, `level` and `login_days`.
   * - NapCat: yes (adds or retypes `user_id`; answers with a different result) — NapCat 也接受字符串形式的 `user_id`；结果是包含 uid、等级、签名、会员等信息的扩展结构。 NapCat also accepts `user_id` as a string; the result is an extended shape with the uid, level, signature, membership and more.
   * - Lagrange.OneBot: yes (adds or retypes `user_id`; answers with a different result) — Lagrange 也接受字符串形式的 `user_id`；结果多出 `q_id` 与 `level`。 Lagrange also accepts `user_id` as a string; its result adds `q_id` and `level`.
   */
  get_stranger_info: { params: GetStrangerInfoParams; result: GetStrangerInfoResult };
  /**
   * 获取版本信息 / Get version information
   *
   * 获取实现的名称、版本及其实现的 OneBot 标准版本。
   *
   * Get the implementation's name and version, and the OneBot version it implements.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 另附大量字段，多为兼容 CQHTTP 的固定值。 go-cqhttp adds many fields, most of them fixed values for CQHTTP compatibility.
   * - NapCat: yes
   * - Lagrange.OneBot: yes (answers with a different result) — Lagrange 多一个 `nt_protocol`，表示当前登录使用的协议类型。 Lagrange adds `nt_protocol`, the protocol the current login uses.
   */
  get_version_info: { params: GetVersionInfoParams; result: GetVersionInfoResult };
  /**
   * 重命名群文件夹 / Rename group folder
   *
   * 重命名群文件中的一个文件夹。
   *
   * Rename a folder in a group's files.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no — NapCat 只有重命名文件的 `rename_group_file`，没有重命名文件夹的动作。 NapCat has only `rename_group_file`, for files; it cannot rename folders.
   * - Lagrange.OneBot: yes
   */
  rename_group_file_folder: {
    params: RenameGroupFileFolderParams;
    result: RenameGroupFileFolderResult;
  };
  /**
   * 调用群机器人回调 / Call a group bot's callback
   *
   * 向群内的 QQ 官方群机器人发送一次回调（如按下其消息上的按钮），`data_1`、`data_2` 为回调携带的数据。
   *
   * Send a callback to one of QQ's official group robots in a group (as when a button on its message is pressed); `data_1` and `data_2` are the data it carries.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no
   * - Lagrange.OneBot: yes — 无论操作是否成功都返回 `ok` 与 `bot_id`。 Answers `ok` with the `bot_id` whether or not the operation succeeded.
   */
  send_group_bot_callback: {
    params: SendGroupBotCallbackParams;
    result: SendGroupBotCallbackResult;
  };
  /**
   * 发送群消息 / Send group message
   *
   * 向一个群发送消息。
   *
   * Send a message to a group.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 也接受字符串形式的 `group_id`。 NapCat also accepts `group_id` as a string.
   * - Lagrange.OneBot: yes
   */
  send_group_msg: { params: SendGroupMsgParams; result: SendGroupMsgResult };
  /**
   * 发送好友赞 / Send likes
   *
   * 给好友的资料卡点赞。每位好友每天最多 10 次。
   *
   * Like a friend's profile card. Each friend can be liked at most 10 times a day.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: no — go-cqhttp 的 API 路由中没有这个动作。 go-cqhttp's API router has no such action.
   * - NapCat: yes (adds or retypes `user_id`) — NapCat 也接受字符串形式的 `user_id`。 NapCat also accepts `user_id` as a string.
   * - Lagrange.OneBot: yes
   */
  send_like: { params: SendLikeParams; result: SendLikeResult };
  /**
   * 发送消息 / Send message
   *
   * 发送私聊或群消息。`message_type` 决定发往何处；省略时，实现根据给出的是 `user_id` 还是 `group_id` 来判断。
   *
   * Send a private or a group message. `message_type` says where it goes; when it is left out, the implementation decides by whether `user_id` or `group_id` was given.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `user_id`, `group_id`) — NapCat 也接受字符串形式的 `user_id` 与 `group_id`。 NapCat also accepts `user_id` and `group_id` as strings.
   * - Lagrange.OneBot: yes
   */
  send_msg: { params: SendMsgParams; result: SendMsgResult };
  /**
   * 转发群消息到另一群 / Re-send a group message to another group
   *
   * 把一条已收到的群消息（按 `message_id`）原样发到另一个群，而不是作为合并转发。来源必须是群消息。
   *
   * Send a group message already received (found by `message_id`) to another group as it is, not as a forward bundle. The source must be a group message.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no — NapCat 的相近功能是 `forward_group_single_msg`（参数为 `group_id` 与 `message_id`）。 NapCat's nearest equivalent is `forward_group_single_msg` (parameters `group_id` and `message_id`).
   * - Lagrange.OneBot: yes — 来源不是群消息时 `retcode` 为 -1；QQ 未返回新消息序号时 `retcode` 为 9000。 `retcode` is -1 when the source is not a group message, and 9000 when QQ returns no sequence number for the new message.
   */
  send_msg_with_group: { params: SendMsgWithGroupParams; result: SendMsgWithGroupResult };
  /**
   * 按序号转发群消息到另一群 / Re-send a group message to another group by sequence
   *
   * 与 `send_msg_with_group` 相同，但以来源群号与消息序号指明要转发的消息，无需该消息在本地有记录。
   *
   * Like `send_msg_with_group`, but the message is named by its source group and sequence number, so it need not be on record locally.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no
   * - Lagrange.OneBot: yes — QQ 未返回新消息序号时 `retcode` 为 9000。 `retcode` is 9000 when QQ returns no sequence number for the new message.
   */
  send_msg_with_group_seq: { params: SendMsgWithGroupSeqParams; result: SendMsgWithGroupSeqResult };
  /**
   * 发送私聊消息 / Send private message
   *
   * 向一名 QQ 用户发送私聊消息。
   *
   * Send a private message to a QQ user.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (adds or retypes `group_id`) — go-cqhttp 多一个可选的 `group_id`：向非好友发起临时会话时，给出对方所在的群（登录号须为该群管理员或群主）。 go-cqhttp takes an optional `group_id`, the group a temporary chat with a non-friend goes through (the bot must be an administrator or the owner there).
   * - NapCat: yes (adds or retypes `user_id`) — NapCat 也接受字符串形式的 `user_id`。 NapCat also accepts `user_id` as a string.
   * - Lagrange.OneBot: yes
   */
  send_private_msg: { params: SendPrivateMsgParams; result: SendPrivateMsgResult };
  /**
   * 处理加好友请求 / Handle friend request
   *
   * 同意或拒绝一条加好友请求。`flag` 取自对应的请求事件。
   *
   * Approve or reject a friend request. `flag` comes from the request event.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (without `remark`) — go-cqhttp 的文档列出了 `remark`，但其路由只读取 `flag` 与 `approve`，备注不会被设置。 go-cqhttp's docs list `remark`, but its router reads only `flag` and `approve`; no remark is set.
   * - NapCat: yes
   * - Lagrange.OneBot: yes (without `remark`) — Lagrange 只读取 `flag` 与 `approve`，不会设置备注。 Lagrange reads only `flag` and `approve`; no remark is set.
   */
  set_friend_add_request: { params: SetFriendAddRequestParams; result: SetFriendAddRequestResult };
  /**
   * 处理加群请求／邀请 / Handle group join request or invitation
   *
   * 同意或拒绝一条加群请求，或别人邀请登录号入群的邀请。`flag` 与 `sub_type` 取自对应的请求事件。
   *
   * Approve or reject a request to join a group, or an invitation for the bot to join one. `flag` and `sub_type` come from the request event.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `flag`, `count`; without `sub_type`, `type`) — NapCat 不读取 `sub_type`/`type`，请求的种类由 `flag` 本身确定；`flag` 也可为数字。多一个 `count`：在最近多少条群通知中查找该请求。 NapCat reads neither `sub_type` nor `type`; the kind of request is known from the `flag` itself, which may also be a number. It takes an extra `count`: how many recent group notifications to search for the request.
   * - Lagrange.OneBot: yes (without `sub_type`, `type`) — Lagrange 不读取 `sub_type`/`type`，请求的种类编码在 `flag` 中。 Lagrange reads neither `sub_type` nor `type`; the kind of request is encoded in the `flag`.
   */
  set_group_add_request: { params: SetGroupAddRequestParams; result: SetGroupAddRequestResult };
  /**
   * 群组设置管理员 / Set group administrator
   *
   * 设置或取消一名成员的管理员身份。需要登录号是群主。
   *
   * Make a member an administrator, or revoke it. The bot must be the owner.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `enable`, `group_id`, `user_id`) — NapCat 也接受字符串形式的 ID；省略 `enable` 时按 `false` 处理，即取消管理员。 NapCat also accepts the IDs as strings; a missing `enable` counts as `false`, which revokes the role.
   * - Lagrange.OneBot: yes (adds or retypes `enable`) — Lagrange 中 `enable` 的默认值是 `false`：省略它会取消管理员。 In Lagrange `enable` defaults to `false`: leaving it out revokes the role.
   */
  set_group_admin: { params: SetGroupAdminParams; result: SetGroupAdminResult };
  /**
   * 群组匿名 / Set group anonymous chat
   *
   * 允许或禁止群内匿名聊天。
   *
   * Allow or forbid anonymous chat in a group.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: no — go-cqhttp 的文档列出了它，但其 API 路由中没有这个动作（QQ 也已取消群匿名）。 go-cqhttp's docs list it, but its API router has no such action (and QQ has dropped anonymous chat).
   * - NapCat: no — NapCat 的动作表中此项被注释掉（QQ NT 没有群匿名）。 NapCat's action table has this entry commented out (QQ NT has no anonymous chat).
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
   */
  set_group_anonymous: { params: SetGroupAnonymousParams; result: SetGroupAnonymousResult };
  /**
   * 群组匿名用户禁言 / Mute anonymous group member
   *
   * 禁言一名匿名发言的用户。用 `anonymous`（群消息事件中的 `anonymous` 对象）或 `anonymous_flag` 指明对象，给出其一即可；两者都给时以 `anonymous` 为准。匿名用户的禁言无法解除。
   *
   * Mute a user who spoke anonymously. Name them by `anonymous` (the `anonymous` object of the group message event) or by `anonymous_flag`; one is enough, and `anonymous` wins when both are given. A mute on an anonymous user cannot be lifted.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (without `flag`) — go-cqhttp 从 `anonymous_flag` 或 `anonymous.flag` 读取 flag，不读单独的 `flag`。QQ 已取消群匿名功能，此动作实际上已无法生效。 go-cqhttp reads the flag from `anonymous_flag` or `anonymous.flag`, not from a bare `flag`. QQ has dropped anonymous group chat, so the action no longer has any effect.
   * - NapCat: no — NapCat 的动作表中此项被注释掉（QQ NT 没有群匿名）。 NapCat's action table has this entry commented out (QQ NT has no anonymous chat).
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
   */
  set_group_anonymous_ban: {
    params: SetGroupAnonymousBanParams;
    result: SetGroupAnonymousBanResult;
  };
  /**
   * 群组单人禁言 / Mute group member
   *
   * 禁言一名群成员，或解除其禁言。
   *
   * Mute a group member, or unmute them.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `user_id`, `duration`) — NapCat 也接受字符串形式的 ID；`duration` 是必填的，没有默认值。 NapCat also accepts the IDs as strings; `duration` is required and has no default.
   * - Lagrange.OneBot: yes (adds or retypes `duration`) — Lagrange 中 `duration` 的默认值是 0：省略它会解除禁言，而不是禁言 30 分钟。 In Lagrange `duration` defaults to 0: leaving it out unmutes instead of muting for 30 minutes.
   */
  set_group_ban: { params: SetGroupBanParams; result: SetGroupBanResult };
  /**
   * 设置群 Bot 发言状态 / Set a group bot's status
   *
   * 设置一个 QQ 官方群机器人（以其 QQ 号 `bot_id` 指明）在群中的发言状态，即开启或关闭它。
   *
   * Set whether one of QQ's official group robots (named by its QQ number `bot_id`) may speak in a group, that is, turn it on or off.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no
   * - Lagrange.OneBot: yes — 无论操作是否成功都返回 `ok` 与 `bot_id`。 Answers `ok` with the `bot_id` whether or not the operation succeeded.
   */
  set_group_bot_status: { params: SetGroupBotStatusParams; result: SetGroupBotStatusResult };
  /**
   * 设置群名片 / Set group card
   *
   * 设置一名成员的群名片（群备注）。
   *
   * Set a member's group card (their display name in the group).
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `user_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes
   */
  set_group_card: { params: SetGroupCardParams; result: SetGroupCardResult };
  /**
   * 群组踢人 / Kick group member
   *
   * 把一名成员移出群。需要登录号是管理员或群主。
   *
   * Remove a member from a group. The bot must be an administrator or the owner.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (adds or retypes `message`) — go-cqhttp 的路由还读取一个未写入文档的 `message` 参数，作为踢人时附带的说明。 go-cqhttp's router also reads an undocumented `message` parameter, a note sent with the kick.
   * - NapCat: yes (adds or retypes `group_id`, `user_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes
   */
  set_group_kick: { params: SetGroupKickParams; result: SetGroupKickResult };
  /**
   * 退出群组 / Leave group
   *
   * 登录号退出群。登录号是群主时，只有 `is_dismiss` 为 `true` 才会解散该群。
   *
   * Make the bot leave a group. When the bot is the owner, the group is dismissed only if `is_dismiss` is `true`.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (without `is_dismiss`) — go-cqhttp 的文档列出了 `is_dismiss`，但其路由只读取 `group_id`。 go-cqhttp's docs list `is_dismiss`, but its router reads only `group_id`.
   * - NapCat: yes (adds or retypes `group_id`; without `is_dismiss`) — NapCat 也接受字符串形式的 `group_id`；它接受 `is_dismiss` 但并不使用，总是直接退群。 NapCat also accepts `group_id` as a string; it accepts `is_dismiss` but does not use it and always just leaves.
   * - Lagrange.OneBot: yes
   */
  set_group_leave: { params: SetGroupLeaveParams; result: SetGroupLeaveResult };
  /**
   * 设置群名 / Set group name
   *
   * 修改群名称。
   *
   * Rename a group.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes
   */
  set_group_name: { params: SetGroupNameParams; result: SetGroupNameResult };
  /**
   * 设置群消息表情回应 / Set a reaction on a group message
   *
   * 给一条群消息加上或撤下一个表情回应（QQ 的“贴表情”）。`code` 是 QQ 表情的 ID，以字符串给出。NapCat 没有这个动作，相近的功能是它自己的 `set_msg_emoji_like`。
   *
   * Add a reaction (QQ's "sticker on a message") to a group message, or take it back. `code` is the QQ face ID, given as a string. NapCat lacks this action; its nearest equivalent is its own `set_msg_emoji_like`.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no — NapCat 没有此动作，请改用其 `set_msg_emoji_like`（参数为 `message_id`、`emoji_id`、`set`）。 NapCat has no such action; use its `set_msg_emoji_like` instead (parameters `message_id`, `emoji_id`, `set`).
   * - Lagrange.OneBot: yes — 失败时 `retcode` 为 1。 On failure `retcode` is 1.
   */
  set_group_reaction: { params: SetGroupReactionParams; result: SetGroupReactionResult };
  /**
   * 设置群组专属头衔 / Set special title
   *
   * 为一名成员设置专属头衔。需要登录号是群主。
   *
   * Give a member a special title. The bot must be the owner.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes (without `duration`) — go-cqhttp 的文档列出了 `duration`，但其路由不读取它。 go-cqhttp's docs list `duration`, but its router does not read it.
   * - NapCat: yes (adds or retypes `group_id`, `user_id`; without `duration`) — NapCat 也接受字符串形式的 ID，不读取 `duration`。 NapCat also accepts the IDs as strings and does not read `duration`.
   * - Lagrange.OneBot: yes (adds or retypes `duration`) — Lagrange 中 `duration` 的默认值是 0 而不是 -1。 In Lagrange `duration` defaults to 0, not -1.
   */
  set_group_special_title: {
    params: SetGroupSpecialTitleParams;
    result: SetGroupSpecialTitleResult;
  };
  /**
   * 群组全员禁言 / Mute whole group
   *
   * 开启或关闭全员禁言。
   *
   * Turn muting of the whole group on or off.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes (adds or retypes `enable`) — Lagrange 中 `enable` 的默认值是 `false`：省略它会解除全员禁言。 In Lagrange `enable` defaults to `false`: leaving it out lifts the mute.
   */
  set_group_whole_ban: { params: SetGroupWholeBanParams; result: SetGroupWholeBanResult };
  /**
   * 设置 QQ 头像 / Set QQ avatar
   *
   * 把登录号的头像换成指定的图片。`file` 支持本地路径、网络 URL 与 base64。跨实现文档把它归为社区拓展：NapCat 与 Lagrange 都以同一名称实现。
   *
   * Change the bot account's avatar to the given image. `file` takes a local path, a web URL or base64 data. The cross-implementation page counts it as a community extension: NapCat and Lagrange both implement it under this name.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: yes — NapCat 的 `file` 还接受 Data URL。 NapCat's `file` also takes a data URL.
   * - Lagrange.OneBot: yes — Lagrange 的响应中 `status` 为空字符串，成败只能看 `retcode`（0 成功，1 失败）。 Lagrange answers with an empty `status`; only `retcode` tells success (0) from failure (1).
   */
  set_qq_avatar: { params: SetQqAvatarParams; result: SetQqAvatarResult };
  /**
   * 重启 OneBot 实现 / Restart the implementation
   *
   * 重启 OneBot 实现。重启会连同 API 服务一起中断当前请求，因此重启总是异步进行，响应的 `status` 为 `async`。
   *
   * Restart the OneBot implementation. Restarting takes the API service down with it and would cut off the current request, so it always happens asynchronously and the answer's `status` is `async`.
   *
   * Support:
   * - OneBot 11 standard: yes
   * - go-cqhttp: no — go-cqhttp 自 1.0.0 起由于技术原因移除了此 API，目前没有恢复的计划。 go-cqhttp removed this API in 1.0.0 for technical reasons and has no plan to bring it back.
   * - NapCat: no — NapCat 早期版本曾实现（快速登录重启），当前的动作表中此项被注释掉，文档也未列出。 Early NapCat versions had it (a restart with quick login); the current action table has it commented out and the docs do not list it.
   * - Lagrange.OneBot: yes (without `delay`) — Lagrange 不读取 `delay`，立即停止并重新启动服务主机；响应是 `ok` 而不是 `async`。 Lagrange ignores `delay` and stops and restarts its service host at once; it answers `ok`, not `async`.
   */
  set_restart: { params: SetRestartParams; result: SetRestartResult };
  /**
   * 上传图片 / Upload image
   *
   * 把一张图片上传到 QQ 的图片服务器（不发送消息），返回其下载链接。`file` 支持本地路径、网络 URL 与 `base64://`。
   *
   * Upload an image to QQ's image servers without sending a message, and get its download URL. `file` takes a local path, a web URL or `base64://` data.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: no
   * - NapCat: no — NapCat 没有此动作。 NapCat has no such action.
   * - Lagrange.OneBot: yes — 上传失败时 Lagrange 仍返回 `retcode` 0，`status` 为 `image upload fail`，`data` 是一张占位图的 `data:image/png;base64,...` URL，调用方应检查 `status`。 When the upload fails Lagrange still answers `retcode` 0, with `status` set to `image upload fail` and `data` a `data:image/png;base64,...` URL of a placeholder image; callers should check `status`.
   */
  upload_image: { params: UploadImageParams; result: UploadImageResult };
}

export type ActionName = keyof ActionMap;
export type ActionParams<A extends ActionName> = ActionMap[A]['params'];
export type ActionResult<A extends ActionName> = ActionMap[A]['result'];

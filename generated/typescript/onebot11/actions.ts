/**
 * Generated from the OneBot 11 spec (spec/, narrowed to onebot11) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - onebot11: botuniverse/onebot-11@d4456ee706f9ada9c2dfde56a2bcfc69752600e4 (2022-08-12)
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
  LoginInfo,
  Message,
  MessageDetail,
  QuickOperationContext,
  ReceivedMessage,
  Status,
  StrangerInfo,
  VersionInfo,
} from './types.js';

/** Parameters of `.handle_quick_operation` (对事件执行快速操作 / Run a quick operation on an event). */
export interface HandleQuickOperationParams {
  /**
   * 事件数据，实现上报的任意事件；可以精简，如去掉 `message` 等用不到的字段
   *
   * The event, any event the implementation reported; it may be trimmed, e.g. of `message` and other fields the operation does not need
   */
  context: Event | QuickOperationContext;
  /**
   * 快速操作，字段见各事件的快速操作，例如 `{"ban": true, "reply": "请不要说脏话"}`
   *
   * The quick operation, with the fields each event allows, e.g. `{"ban": true, "reply": "Please mind your language"}`
   */
  operation: Record<string, unknown>;
}

/** The `data` that `.handle_quick_operation` (对事件执行快速操作 / Run a quick operation on an event) answers with. */
export type HandleQuickOperationResult = null;

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

/** Every action by the name sent on the wire (aliases included), with its params and result types and the call variants it has. */
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
   */
  '.handle_quick_operation': {
    params: HandleQuickOperationParams;
    result: HandleQuickOperationResult;
    variants: 'async';
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
   */
  can_send_image: { params: CanSendImageParams; result: CanSendImageResult; variants: 'async' };
  /**
   * 检查是否可以发送语音 / Check whether voice records can be sent
   *
   * 询问实现当前能否发送语音。
   *
   * Ask whether the implementation can send voice records.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  can_send_record: { params: CanSendRecordParams; result: CanSendRecordResult; variants: 'async' };
  /**
   * 清理缓存 / Clean cache
   *
   * 清理实现积攒的缓存文件。
   *
   * Delete the cache files the implementation has piled up.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  clean_cache: { params: CleanCacheParams; result: CleanCacheResult; variants: 'async' };
  /**
   * 撤回消息 / Recall message
   *
   * 撤回一条消息。撤回他人的群消息需要登录号是管理员或群主。
   *
   * Recall (delete) a message. Recalling someone else's group message needs the bot to be an administrator or the owner.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  delete_msg: { params: DeleteMsgParams; result: DeleteMsgResult; variants: 'async' };
  /**
   * 获取 Cookies / Get cookies
   *
   * 获取登录号在指定域名下的 Cookies，用于调用 QQ 的网页接口。
   *
   * Get the bot account's cookies for a domain, for calling QQ's web interfaces.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_cookies: { params: GetCookiesParams; result: GetCookiesResult; variants: 'async' };
  /**
   * 获取 QQ 相关接口凭证 / Get QQ credentials
   *
   * 一次取得 `get_cookies` 与 `get_csrf_token` 的结果。
   *
   * Get what `get_cookies` and `get_csrf_token` return, in one call.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_credentials: {
    params: GetCredentialsParams;
    result: GetCredentialsResult;
    variants: 'async';
  };
  /**
   * 获取 CSRF Token / Get CSRF token
   *
   * 获取调用 QQ 网页接口所需的 CSRF Token。
   *
   * Get the CSRF token that QQ's web interfaces require.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_csrf_token: { params: GetCsrfTokenParams; result: GetCsrfTokenResult; variants: 'async' };
  /**
   * 获取合并转发消息 / Get forwarded messages
   *
   * 取回一条合并转发消息的内容。按标准，`message` 是消息段数组，其中每个消息段都是 `node`（转发节点）。go-cqhttp 与标准不同：参数名首选 `message_id`（也接受 `id`），响应为 `messages` 数组，每项含 `content`、`sender` 与 `time`。
   *
   * Fetch what a forwarded-messages bundle holds. Per the standard, `message` is an array of segments, every one a `node` (forward node). go-cqhttp differs: it reads the ID from `message_id` first (and also accepts `id`), and answers with a `messages` array whose items hold `content`, `sender` and `time`.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_forward_msg: { params: GetForwardMsgParams; result: GetForwardMsgResult; variants: 'async' };
  /**
   * 获取好友列表 / Get friend list
   *
   * 获取登录号的全部好友。
   *
   * List every friend of the bot account.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_friend_list: { params: GetFriendListParams; result: GetFriendListResult; variants: 'async' };
  /**
   * 获取群荣誉信息 / Get group honors
   *
   * 获取群的龙王、群聊之火等荣誉信息；结果只含所请求类型的字段。
   *
   * Get a group's honors, such as its most talkative member; the result holds only the fields of the requested type.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_group_honor_info: {
    params: GetGroupHonorInfoParams;
    result: GetGroupHonorInfoResult;
    variants: 'async';
  };
  /**
   * 获取群信息 / Get group information
   *
   * 获取一个群的基本信息。
   *
   * Get the basic information of a group.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_group_info: { params: GetGroupInfoParams; result: GetGroupInfoResult; variants: 'async' };
  /**
   * 获取群列表 / Get group list
   *
   * 获取登录号加入的所有群。
   *
   * List every group the bot is in.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_group_list: { params: GetGroupListParams; result: GetGroupListResult; variants: 'async' };
  /**
   * 获取群成员信息 / Get group member information
   *
   * 获取一名群成员的资料。
   *
   * Get the profile of one group member.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_group_member_info: {
    params: GetGroupMemberInfoParams;
    result: GetGroupMemberInfoResult;
    variants: 'async';
  };
  /**
   * 获取群成员列表 / Get group member list
   *
   * 获取一个群的全部成员。列表项与 `get_group_member_info` 的结果结构相同，但部分字段（如 `area` 与 `title`）在列表中可能取不到，需要时应单独获取。
   *
   * List every member of a group. Items have the shape of `get_group_member_info`'s result, but some fields (such as `area` and `title`) may be unavailable in the list; fetch the member on its own when they matter.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_group_member_list: {
    params: GetGroupMemberListParams;
    result: GetGroupMemberListResult;
    variants: 'async';
  };
  /**
   * 获取图片 / Get image
   *
   * 下载收到的图片，返回其本地路径。
   *
   * Download a received image and return its local path.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_image: { params: GetImageParams; result: GetImageResult; variants: 'async' };
  /**
   * 获取登录号信息 / Get login information
   *
   * 获取当前登录的 QQ 号与昵称。
   *
   * Get the QQ number and nickname of the logged-in account.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_login_info: { params: GetLoginInfoParams; result: GetLoginInfoResult; variants: 'async' };
  /**
   * 获取消息 / Get message
   *
   * 按消息 ID 取回一条消息的内容与发送者。
   *
   * Fetch a message, with its sender, by its ID.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_msg: { params: GetMsgParams; result: GetMsgResult; variants: 'async' };
  /**
   * 获取语音 / Get voice record
   *
   * 把收到的语音文件转换为指定格式，返回转换后的本地路径。通常需要实现所在的机器装有 ffmpeg。
   *
   * Convert a received voice file to the given format and return the converted file's local path. This usually needs ffmpeg on the implementation's machine.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_record: { params: GetRecordParams; result: GetRecordResult; variants: 'async' };
  /**
   * 获取运行状态 / Get status
   *
   * 获取实现的运行状态。各实现附加的字段差别很大，判断状态时只应看 `online` 与 `good`。
   *
   * Get how the implementation is running. The fields implementations add differ widely; judge the status by `online` and `good` only.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_status: { params: GetStatusParams; result: GetStatusResult; variants: 'async' };
  /**
   * 获取陌生人信息 / Get stranger information
   *
   * 获取任意 QQ 用户的公开资料。
   *
   * Get the public profile of any QQ user.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_stranger_info: {
    params: GetStrangerInfoParams;
    result: GetStrangerInfoResult;
    variants: 'async';
  };
  /**
   * 获取版本信息 / Get version information
   *
   * 获取实现的名称、版本及其实现的 OneBot 标准版本。
   *
   * Get the implementation's name and version, and the OneBot version it implements.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  get_version_info: {
    params: GetVersionInfoParams;
    result: GetVersionInfoResult;
    variants: 'async';
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
   */
  send_group_msg: {
    params: SendGroupMsgParams;
    result: SendGroupMsgResult;
    variants: 'async' | 'rate_limited';
  };
  /**
   * 发送好友赞 / Send likes
   *
   * 给好友的资料卡点赞。每位好友每天最多 10 次。
   *
   * Like a friend's profile card. Each friend can be liked at most 10 times a day.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  send_like: { params: SendLikeParams; result: SendLikeResult; variants: 'async' };
  /**
   * 发送消息 / Send message
   *
   * 发送私聊或群消息。`message_type` 决定发往何处；省略时，实现根据给出的是 `user_id` 还是 `group_id` 来判断。
   *
   * Send a private or a group message. `message_type` says where it goes; when it is left out, the implementation decides by whether `user_id` or `group_id` was given.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  send_msg: { params: SendMsgParams; result: SendMsgResult; variants: 'async' | 'rate_limited' };
  /**
   * 发送私聊消息 / Send private message
   *
   * 向一名 QQ 用户发送私聊消息。
   *
   * Send a private message to a QQ user.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  send_private_msg: {
    params: SendPrivateMsgParams;
    result: SendPrivateMsgResult;
    variants: 'async' | 'rate_limited';
  };
  /**
   * 处理加好友请求 / Handle friend request
   *
   * 同意或拒绝一条加好友请求。`flag` 取自对应的请求事件。
   *
   * Approve or reject a friend request. `flag` comes from the request event.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_friend_add_request: {
    params: SetFriendAddRequestParams;
    result: SetFriendAddRequestResult;
    variants: 'async';
  };
  /**
   * 处理加群请求／邀请 / Handle group join request or invitation
   *
   * 同意或拒绝一条加群请求，或别人邀请登录号入群的邀请。`flag` 与 `sub_type` 取自对应的请求事件。
   *
   * Approve or reject a request to join a group, or an invitation for the bot to join one. `flag` and `sub_type` come from the request event.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_group_add_request: {
    params: SetGroupAddRequestParams;
    result: SetGroupAddRequestResult;
    variants: 'async';
  };
  /**
   * 群组设置管理员 / Set group administrator
   *
   * 设置或取消一名成员的管理员身份。需要登录号是群主。
   *
   * Make a member an administrator, or revoke it. The bot must be the owner.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_group_admin: { params: SetGroupAdminParams; result: SetGroupAdminResult; variants: 'async' };
  /**
   * 群组匿名 / Set group anonymous chat
   *
   * 允许或禁止群内匿名聊天。
   *
   * Allow or forbid anonymous chat in a group.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_group_anonymous: {
    params: SetGroupAnonymousParams;
    result: SetGroupAnonymousResult;
    variants: 'async';
  };
  /**
   * 群组匿名用户禁言 / Mute anonymous group member
   *
   * 禁言一名匿名发言的用户。用 `anonymous`（群消息事件中的 `anonymous` 对象）或 `anonymous_flag` 指明对象，给出其一即可；两者都给时以 `anonymous` 为准。匿名用户的禁言无法解除。
   *
   * Mute a user who spoke anonymously. Name them by `anonymous` (the `anonymous` object of the group message event) or by `anonymous_flag`; one is enough, and `anonymous` wins when both are given. A mute on an anonymous user cannot be lifted.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_group_anonymous_ban: {
    params: SetGroupAnonymousBanParams;
    result: SetGroupAnonymousBanResult;
    variants: 'async';
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
   */
  set_group_ban: { params: SetGroupBanParams; result: SetGroupBanResult; variants: 'async' };
  /**
   * 设置群名片 / Set group card
   *
   * 设置一名成员的群名片（群备注）。
   *
   * Set a member's group card (their display name in the group).
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_group_card: { params: SetGroupCardParams; result: SetGroupCardResult; variants: 'async' };
  /**
   * 群组踢人 / Kick group member
   *
   * 把一名成员移出群。需要登录号是管理员或群主。
   *
   * Remove a member from a group. The bot must be an administrator or the owner.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_group_kick: { params: SetGroupKickParams; result: SetGroupKickResult; variants: 'async' };
  /**
   * 退出群组 / Leave group
   *
   * 登录号退出群。登录号是群主时，只有 `is_dismiss` 为 `true` 才会解散该群。
   *
   * Make the bot leave a group. When the bot is the owner, the group is dismissed only if `is_dismiss` is `true`.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_group_leave: { params: SetGroupLeaveParams; result: SetGroupLeaveResult; variants: 'async' };
  /**
   * 设置群名 / Set group name
   *
   * 修改群名称。
   *
   * Rename a group.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_group_name: { params: SetGroupNameParams; result: SetGroupNameResult; variants: 'async' };
  /**
   * 设置群组专属头衔 / Set special title
   *
   * 为一名成员设置专属头衔。需要登录号是群主。
   *
   * Give a member a special title. The bot must be the owner.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_group_special_title: {
    params: SetGroupSpecialTitleParams;
    result: SetGroupSpecialTitleResult;
    variants: 'async';
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
   */
  set_group_whole_ban: {
    params: SetGroupWholeBanParams;
    result: SetGroupWholeBanResult;
    variants: 'async';
  };
  /**
   * 重启 OneBot 实现 / Restart the implementation
   *
   * 重启 OneBot 实现。重启会连同 API 服务一起中断当前请求，因此重启总是异步进行，响应的 `status` 为 `async`。
   *
   * Restart the OneBot implementation. Restarting takes the API service down with it and would cut off the current request, so it always happens asynchronously and the answer's `status` is `async`.
   *
   * Support:
   * - OneBot 11 standard: yes
   */
  set_restart: { params: SetRestartParams; result: SetRestartResult; variants: 'async' };
}

export type ActionName = keyof ActionMap;
export type ActionParams<A extends ActionName> = ActionMap[A]['params'];
export type ActionResult<A extends ActionName> = ActionMap[A]['result'];

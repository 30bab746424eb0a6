/**
 * Generated from the OneBot 11 spec (spec/, narrowed to lagrange) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
 * Do not edit by hand: change the spec and generate again.
 */

import type { ReceiveSegment, SendSegment } from './segments.js';
import type {
  AiCharacterCategory,
  Credentials,
  ForwardNode,
  GroupHonorInfo,
  GroupInfo,
  GroupNotice,
  HonorType,
  LagrangeFriendInfo,
  LagrangeGroupFileList,
  LagrangeGroupMemberInfo,
  LagrangeGroupRequest,
  LagrangeMessageStyle,
  LagrangeStatus,
  LagrangeStrangerInfo,
  LagrangeVersionInfo,
  LoginInfo,
  Message,
  MessageHistory,
  NapCatMessage,
  OcrResult,
  RkeyList,
} from './types.js';

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

/** Parameters of `.send_packet` (发送自定义数据包 / Send a raw packet). */
export interface SendPacketParams {
  /**
   * 数据包内容（十六进制）
   *
   * Packet body (hex)
   */
  data: string;
  /**
   * SSO 命令字
   *
   * The SSO command
   */
  command: string;
  /**
   * 包类型
   *
   * The packet type
   * @format int32
   * @defaultValue 12
   */
  type?: number;
}

/** The `data` that `.send_packet` (发送自定义数据包 / Send a raw packet) answers with. */
export interface SendPacketResult {
  /**
   * 所用的包序号
   *
   * The sequence number used
   * @format int32
   */
  sequence: number;
  /**
   * 响应数据（十六进制）
   *
   * The answer body (hex)
   */
  result: string;
  /**
   * 服务器的结果码
   *
   * The server's result code
   * @format int32
   */
  retcode: number;
  /**
   * 服务器附带的信息
   *
   * Extra information from the server
   */
  extra: string | null;
}

/** Parameters of `_del_group_notice` (删除群公告 / Delete group notice). */
export interface DelGroupNoticeParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 公告 ID，取自 `_get_group_notice`
   *
   * The notice ID, from `_get_group_notice`
   */
  notice_id: string;
}

/** The `data` that `_del_group_notice` (删除群公告 / Delete group notice) answers with. */
export type DelGroupNoticeResult = null;

/** Parameters of `_get_group_notice` (获取群公告 / Get group notices). */
export interface GetGroupNoticeParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
}

/** The `data` that `_get_group_notice` (获取群公告 / Get group notices) answers with. */
export type GetGroupNoticeResult = GroupNotice[];

/** Parameters of `_send_group_notice` (发送群公告 / Send group notice). */
export interface SendGroupNoticeParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 公告正文
   *
   * The notice text
   */
  content: string;
}

/** The `data` that `_send_group_notice` (发送群公告 / Send group notice) answers with. */
export type SendGroupNoticeResult = string;

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

/** Parameters of `create_group_file_folder` (创建群文件文件夹 / Create group folder). */
export interface CreateGroupFileFolderParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 文件夹名称
   *
   * Folder name
   */
  name: string;
}

/** The `data` that `create_group_file_folder` (创建群文件文件夹 / Create group folder) answers with. */
export interface CreateGroupFileFolderResult {
  /**
   * QQ 返回的说明文字
   *
   * The message QQ answered with
   */
  msg: string;
}

/** Parameters of `delete_essence_msg` (移出精华消息 / Remove essence message). */
export interface DeleteEssenceMsgParams {
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
}

/** The `data` that `delete_essence_msg` (移出精华消息 / Remove essence message) answers with. */
export type DeleteEssenceMsgResult = null;

/** Parameters of `delete_friend` (删除好友 / Delete friend). */
export interface DeleteFriendParams {
  /**
   * 好友 QQ 号
   *
   * The friend's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 是否同时拉黑
   *
   * Whether to block as well
   * @defaultValue false
   */
  block?: boolean;
}

/** The `data` that `delete_friend` (删除好友 / Delete friend) answers with. */
export type DeleteFriendResult = null;

/** Parameters of `delete_group_file` (删除群文件 / Delete group file). */
export interface DeleteGroupFileParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 文件 ID，取自 `GroupFile`
   *
   * The file ID, from a `GroupFile`
   */
  file_id: string;
}

/** The `data` that `delete_group_file` (删除群文件 / Delete group file) answers with. */
export interface DeleteGroupFileResult {
  /**
   * QQ 返回的说明文字
   *
   * The message QQ answered with
   */
  msg: string;
}

/** Parameters of `delete_group_file_folder` (删除群文件文件夹 / Delete group folder). */
export interface DeleteGroupFileFolderParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 文件夹 ID，取自 `GroupFolder`
   *
   * The folder ID, from a `GroupFolder`
   */
  folder_id: string;
}

/** The `data` that `delete_group_file_folder` (删除群文件文件夹 / Delete group folder) answers with. */
export interface DeleteGroupFileFolderResult {
  /**
   * QQ 返回的说明文字
   *
   * The message QQ answered with
   */
  msg: string;
}

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

/** Parameters of `fetch_custom_face` (获取收藏表情 / Get saved stickers). */
export type FetchCustomFaceParams = Record<string, never>;

/** The `data` that `fetch_custom_face` (获取收藏表情 / Get saved stickers) answers with. */
export type FetchCustomFaceResult = string[];

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

/** Parameters of `friend_poke` (私聊戳一戳 / Poke in a private chat). */
export interface FriendPokeParams {
  /**
   * 私聊对象
   *
   * The private-chat peer
   */
  user_id: number | string;
  /**
   * 被戳的人；省略时为 `user_id`
   *
   * Who is poked; `user_id` when omitted
   */
  target_id?: number | string;
  /**
   * 给出时改为在该群中戳
   *
   * When given, the poke happens in this group instead
   */
  group_id?: number | string;
}

/** The `data` that `friend_poke` (私聊戳一戳 / Poke in a private chat) answers with. */
export type FriendPokeResult = null;

/** Parameters of `get_ai_characters` (获取 AI 语音角色 / Get AI voice characters). */
export interface GetAiCharactersParams {
  /**
   * 群号
   *
   * Group number
   * @defaultValue 42
   */
  group_id?: number | string;
  /**
   * 聊天类型：1 为语音，2 为唱歌
   *
   * Chat type: 1 for speech, 2 for singing
   * @defaultValue 1
   */
  chat_type?: number | string;
}

/** The `data` that `get_ai_characters` (获取 AI 语音角色 / Get AI voice characters) answers with. */
export type GetAiCharactersResult = AiCharacterCategory[];

/** Parameters of `get_ai_record` (AI 文字转语音 / AI text to speech). */
export interface GetAiRecordParams {
  /**
   * 群号（AI 语音按群提供）
   *
   * Group number (AI voices are offered per group)
   */
  group_id: number | string;
  /**
   * AI 语音角色 ID
   *
   * AI voice character id
   */
  character: string;
  /**
   * 要转成语音的文字
   *
   * The text to speak
   */
  text: string;
  /**
   * 聊天类型：1 为语音，2 为唱歌
   *
   * Chat type: 1 for speech, 2 for singing
   * @format int32
   * @defaultValue 1
   */
  chat_type?: number;
}

/** The `data` that `get_ai_record` (AI 文字转语音 / AI text to speech) answers with. */
export type GetAiRecordResult = string;

/** Parameters of `get_cookies` (获取 Cookies / Get cookies). */
export interface GetCookiesParams {
  /**
   * 要获取 Cookies 的域名（必填）
   *
   * The domain to get cookies for (required)
   */
  domain: string;
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
   * 要获取 Cookies 的域名（必填）
   *
   * The domain to get cookies for (required)
   */
  domain: string;
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

/** Parameters of `get_essence_msg_list` (获取精华消息列表 / Get essence messages). */
export interface GetEssenceMsgListParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
}

/** The `data` that `get_essence_msg_list` (获取精华消息列表 / Get essence messages) answers with. */
export type GetEssenceMsgListResult = {
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
  /**
   * 消息内容
   *
   * The content
   */
  content: ReceiveSegment[];
}[];

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
   * 转发的内容，每段为 `node`
   *
   * The forwarded content, every segment a `node`
   */
  message: ReceiveSegment[];
}

/** Parameters of `get_friend_list` (获取好友列表 / Get friend list). */
export type GetFriendListParams = Record<string, never>;

/** The `data` that `get_friend_list` (获取好友列表 / Get friend list) answers with. */
export type GetFriendListResult = LagrangeFriendInfo[];

/** Parameters of `get_friend_msg_history` (获取私聊历史消息 / Get private message history). */
export interface GetFriendMsgHistoryParams {
  /**
   * 对方 QQ 号
   *
   * The user's QQ number
   */
  user_id: number | string;
  /**
   * 消息条数
   *
   * How many messages
   * @format int32
   * @defaultValue 20
   */
  count?: number;
  /**
   * 起始消息 ID；0 为最新一条
   *
   * Message id to start from; 0 for the latest
   * @format int32
   * @defaultValue 0
   */
  message_id?: number;
}

/** The `data` that `get_friend_msg_history` (获取私聊历史消息 / Get private message history) answers with. */
export interface GetFriendMsgHistoryResult {
  /**
   * 消息列表
   *
   * The messages
   */
  messages: NapCatMessage[];
}

/** Parameters of `get_group_file_url` (获取群文件资源链接 / Get group file URL). */
export interface GetGroupFileUrlParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 文件 ID，取自 `GroupFile`
   *
   * The file ID, from a `GroupFile`
   */
  file_id: string;
}

/** The `data` that `get_group_file_url` (获取群文件资源链接 / Get group file URL) answers with. */
export interface GetGroupFileUrlResult {
  /**
   * 下载链接
   *
   * Download URL
   */
  url: string;
}

/** Parameters of `get_group_files_by_folder` (获取群子目录文件列表 / Get group folder files). */
export interface GetGroupFilesByFolderParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 文件夹 ID；省略为根目录
   *
   * Folder ID; the root when omitted
   */
  folder_id?: string;
}

/** The `data` that `get_group_files_by_folder` (获取群子目录文件列表 / Get group folder files) answers with. */
export type GetGroupFilesByFolderResult = LagrangeGroupFileList;

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
export interface GetGroupListParams {
  /**
   * 是否跳过缓存
   *
   * Whether to skip the cache
   * @defaultValue false
   */
  no_cache?: boolean;
}

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
export type GetGroupMemberInfoResult = LagrangeGroupMemberInfo;

/** Parameters of `get_group_member_list` (获取群成员列表 / Get group member list). */
export interface GetGroupMemberListParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 是否跳过缓存
   *
   * Whether to skip the cache
   * @defaultValue false
   */
  no_cache?: boolean;
}

/** The `data` that `get_group_member_list` (获取群成员列表 / Get group member list) answers with. */
export type GetGroupMemberListResult = LagrangeGroupMemberInfo[];

/** Parameters of `get_group_msg_history` (获取群消息历史记录 / Get group message history). */
export interface GetGroupMsgHistoryParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 最后一条消息的 ID；0 为最新
   *
   * The last message to fetch; 0 means the latest
   * @format int32
   * @defaultValue 0
   */
  message_id?: number;
  /**
   * 获取条数
   *
   * How many messages
   * @format int32
   * @defaultValue 20
   */
  count?: number;
}

/** The `data` that `get_group_msg_history` (获取群消息历史记录 / Get group message history) answers with. */
export type GetGroupMsgHistoryResult = MessageHistory;

/** Parameters of `get_group_requests` (获取群请求列表 / Get group requests). */
export type GetGroupRequestsParams = Record<string, never>;

/** The `data` that `get_group_requests` (获取群请求列表 / Get group requests) answers with. */
export type GetGroupRequestsResult = LagrangeGroupRequest[];

/** Parameters of `get_group_root_files` (获取群根目录文件列表 / Get group root files). */
export interface GetGroupRootFilesParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 文件夹 ID；省略为根目录
   *
   * Folder ID; the root when omitted
   */
  folder_id?: string;
}

/** The `data` that `get_group_root_files` (获取群根目录文件列表 / Get group root files) answers with. */
export type GetGroupRootFilesResult = LagrangeGroupFileList;

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
export interface GetMsgResult {
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
   * 同 `message_id`
   *
   * The same as `message_id`
   * @format int32
   */
  real_id: number;
  /**
   * 发送者
   *
   * The sender
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
     * 昵称（群消息为群昵称）
     *
     * Nickname (the member name in groups)
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
   * 消息内容
   *
   * The content
   */
  message: ReceiveSegment[];
}

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
}

/** The `data` that `get_music_ark` (生成音乐分享卡片 / Make a music share card) answers with. */
export type GetMusicArkResult = string | null;

/** Parameters of `get_private_file_url` (获取私聊文件链接 / Get private file URL). */
export interface GetPrivateFileUrlParams {
  /**
   * 文件 ID（文件消息段的 `file_id`）
   *
   * File id (the `file_id` of the file segment)
   */
  file_id: string;
  /**
   * 文件哈希
   *
   * File hash
   */
  file_hash: string;
  /**
   * 发送文件的用户
   *
   * The user who sent the file
   * @format int64
   */
  user_id: number;
}

/** The `data` that `get_private_file_url` (获取私聊文件链接 / Get private file URL) answers with. */
export interface GetPrivateFileUrlResult {
  /**
   * 下载链接
   *
   * Download URL
   */
  url: string;
}

/** Parameters of `get_rkey` (获取 rkey / Get rkeys). */
export type GetRkeyParams = Record<string, never>;

/** The `data` that `get_rkey` (获取 rkey / Get rkeys) answers with. */
export type GetRkeyResult = RkeyList;

/** Parameters of `get_status` (获取运行状态 / Get status). */
export type GetStatusParams = Record<string, never>;

/** The `data` that `get_status` (获取运行状态 / Get status) answers with. */
export type GetStatusResult = LagrangeStatus;

/** Parameters of `get_stranger_info` (获取陌生人信息 / Get stranger information). */
export interface GetStrangerInfoParams {
  /**
   * QQ 号（也可为字符串）
   *
   * QQ number (a string is accepted too)
   */
  user_id: number | string;
  /**
   * 是否跳过缓存（缓存响应快，但可能过时）
   *
   * Whether to skip the cache (cached answers are faster but may be stale)
   * @defaultValue false
   */
  no_cache?: boolean;
}

/** The `data` that `get_stranger_info` (获取陌生人信息 / Get stranger information) answers with. */
export type GetStrangerInfoResult = LagrangeStrangerInfo;

/** Parameters of `get_version_info` (获取版本信息 / Get version information). */
export type GetVersionInfoParams = Record<string, never>;

/** The `data` that `get_version_info` (获取版本信息 / Get version information) answers with. */
export type GetVersionInfoResult = LagrangeVersionInfo;

/** Parameters of `group_poke` (群聊戳一戳 / Poke in a group). */
export interface GroupPokeParams {
  /**
   * 群号；省略时改为在与 `user_id` 的私聊中戳
   *
   * Group number; when omitted, the poke happens in the private chat with `user_id`
   */
  group_id?: number | string;
  /**
   * 被戳的成员（未给 `target_id` 时）
   *
   * The member poked (when `target_id` is absent)
   */
  user_id: number | string;
  /**
   * 被戳的成员；省略时为 `user_id`
   *
   * The member poked; `user_id` when omitted
   */
  target_id?: number | string;
}

/** The `data` that `group_poke` (群聊戳一戳 / Poke in a group) answers with. */
export type GroupPokeResult = null;

/** Parameters of `mark_msg_as_read` (标记消息已读 / Mark message as read). */
export interface MarkMsgAsReadParams {
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
}

/** The `data` that `mark_msg_as_read` (标记消息已读 / Mark message as read) answers with. */
export type MarkMsgAsReadResult = null;

/** Parameters of `move_group_file` (移动群文件 / Move group file). */
export interface MoveGroupFileParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 文件 ID
   *
   * File id
   */
  file_id: string;
  /**
   * 文件当前所在的文件夹 ID；根目录为 `/`
   *
   * Id of the folder it is in now; `/` for the root
   */
  parent_directory: string;
  /**
   * 目标文件夹 ID；根目录为 `/`
   *
   * Id of the target folder; `/` for the root
   */
  target_directory: string;
}

/** The `data` that `move_group_file` (移动群文件 / Move group file) answers with. */
export interface MoveGroupFileResult {
  /**
   * QQ 返回的说明文字
   *
   * The message QQ answered with
   */
  msg: string;
}

/** Parameters of `ocr_image` (图片 OCR / Image OCR). */
export interface OcrImageParams {
  /**
   * 图片 ID（收到的图片消息段的 `file`）
   *
   * The picture's ID (the `file` of a received image segment)
   */
  image: string;
}

/** The `data` that `ocr_image` (图片 OCR / Image OCR) answers with. */
export type OcrImageResult = OcrResult;

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
export interface RenameGroupFileFolderResult {
  /**
   * QQ 返回的说明文字
   *
   * The message QQ answered with
   */
  msg: string;
}

/** Parameters of `send_forward_msg` (发送合并转发消息 / Send a forward message). */
export interface SendForwardMsgParams {
  /**
   * 转发节点：`node` 消息段的数组（Lagrange.OneBot 的 OneBotForward.cs 是列表，不收字符串）
   *
   * The forward nodes: an array of `node` segments (Lagrange.OneBot's OneBotForward.cs takes a list, not a string)
   */
  messages: ForwardNode[];
}

/** The `data` that `send_forward_msg` (发送合并转发消息 / Send a forward message) answers with. */
export type SendForwardMsgResult = string;

/** Parameters of `send_group_ai_record` (发送群 AI 语音 / Send an AI voice message to a group). */
export interface SendGroupAiRecordParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * AI 语音角色 ID（`character_id`）
   *
   * AI voice character id (`character_id`)
   */
  character: string;
  /**
   * 要转成语音的文字
   *
   * The text to speak
   */
  text: string;
  /**
   * 聊天类型：1 为语音，2 为唱歌
   *
   * Chat type: 1 for speech, 2 for singing
   * @format int32
   * @defaultValue 1
   */
  chat_type?: number;
}

/** The `data` that `send_group_ai_record` (发送群 AI 语音 / Send an AI voice message to a group) answers with. */
export interface SendGroupAiRecordResult {
  /**
   * 消息 ID；NapCat 无法取得，恒为 0
   *
   * Message id; NapCat cannot obtain it and always returns 0
   * @format int32
   */
  message_id: number;
}

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

/** Parameters of `send_group_forward_msg` (发送合并转发（群聊） / Send forward to group). */
export interface SendGroupForwardMsgParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 转发节点
   *
   * The forward nodes
   */
  messages: ForwardNode[];
}

/** The `data` that `send_group_forward_msg` (发送合并转发（群聊） / Send forward to group) answers with. */
export interface SendGroupForwardMsgResult {
  /**
   * 消息 ID
   *
   * Message ID
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
   * 要发送的内容；也可为单个消息段
   *
   * What to send; a single segment is accepted too
   */
  message: Message | SendSegment;
  /**
   * 为 `true` 时把内容当作纯文本，不解析其中的 CQ 码；仅当 `message` 为字符串时生效。
   *
   * When `true`, the content is sent as plain text without parsing CQ codes; only matters when `message` is a string.
   * @defaultValue false
   */
  auto_escape?: boolean;
  /**
   * 消息样式（气泡、字体等）
   *
   * The message style (bubble, font, ...)
   */
  message_style?: LagrangeMessageStyle;
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
   * 要发送的内容；也可为单个消息段
   *
   * What to send; a single segment is accepted too
   */
  message: Message | SendSegment;
  /**
   * 为 `true` 时把内容当作纯文本，不解析其中的 CQ 码；仅当 `message` 为字符串时生效。
   *
   * When `true`, the content is sent as plain text without parsing CQ codes; only matters when `message` is a string.
   * @defaultValue false
   */
  auto_escape?: boolean;
  /**
   * 消息样式（气泡、字体等）
   *
   * The message style (bubble, font, ...)
   */
  message_style?: LagrangeMessageStyle;
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

/** Parameters of `send_poke` (发送戳一戳 / Send a poke). */
export interface SendPokeParams {
  /**
   * 私聊对象，或群聊中被戳的成员（未给 `target_id` 时）
   *
   * The private-chat peer, or the member poked in a group (when `target_id` is absent)
   */
  user_id: number | string;
  /**
   * 群号；省略时为私聊戳一戳
   *
   * Group number; omit for a private poke
   */
  group_id?: number | string;
  /**
   * 被戳的人；省略时为 `user_id`
   *
   * Who is poked; `user_id` when omitted
   */
  target_id?: number | string;
}

/** The `data` that `send_poke` (发送戳一戳 / Send a poke) answers with. */
export type SendPokeResult = null;

/** Parameters of `send_private_forward_msg` (发送合并转发（好友） / Send forward to friend). */
export interface SendPrivateForwardMsgParams {
  /**
   * 好友 QQ 号
   *
   * The friend's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 转发节点
   *
   * The forward nodes
   */
  messages: ForwardNode[];
}

/** The `data` that `send_private_forward_msg` (发送合并转发（好友） / Send forward to friend) answers with. */
export interface SendPrivateForwardMsgResult {
  /**
   * 消息 ID
   *
   * Message ID
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
   * 要发送的内容；也可为单个消息段
   *
   * What to send; a single segment is accepted too
   */
  message: Message | SendSegment;
  /**
   * 为 `true` 时把内容当作纯文本，不解析其中的 CQ 码；仅当 `message` 为字符串时生效。
   *
   * When `true`, the content is sent as plain text without parsing CQ codes; only matters when `message` is a string.
   * @defaultValue false
   */
  auto_escape?: boolean;
  /**
   * 消息样式（气泡、字体等）
   *
   * The message style (bubble, font, ...)
   */
  message_style?: LagrangeMessageStyle;
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

/** Parameters of `set_essence_msg` (设置精华消息 / Set essence message). */
export interface SetEssenceMsgParams {
  /**
   * 消息 ID
   *
   * Message ID
   * @format int32
   */
  message_id: number;
}

/** The `data` that `set_essence_msg` (设置精华消息 / Set essence message) answers with. */
export type SetEssenceMsgResult = null;

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
   * @defaultValue false
   */
  enable?: boolean;
}

/** The `data` that `set_group_admin` (群组设置管理员 / Set group administrator) answers with. */
export type SetGroupAdminResult = null;

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
   * @defaultValue 0
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
   * @defaultValue 0
   */
  enable?: number;
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

/** Parameters of `set_group_portrait` (设置群头像 / Set group avatar). */
export interface SetGroupPortraitParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 图片文件（路径、URL 或 base64）
   *
   * The picture (path, URL or base64)
   */
  file: string;
}

/** The `data` that `set_group_portrait` (设置群头像 / Set group avatar) answers with. */
export type SetGroupPortraitResult = null;

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
   * @defaultValue false
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
export type SetRestartParams = Record<string, never>;

/** The `data` that `set_restart` (重启 OneBot 实现 / Restart the implementation) answers with. */
export type SetRestartResult = null;

/** Parameters of `upload_group_file` (上传群文件 / Upload group file). */
export interface UploadGroupFileParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * 本地文件路径
   *
   * Local file path
   */
  file: string;
  /**
   * 在群文件中保存的文件名；省略时沿用原文件名
   *
   * The name to store it under; the file's own name when omitted
   */
  name?: string;
  /**
   * 目标文件夹 ID；省略为根目录
   *
   * Target folder ID; omitted means the root
   */
  folder?: string;
}

/** The `data` that `upload_group_file` (上传群文件 / Upload group file) answers with. */
export type UploadGroupFileResult = null;

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

/** Parameters of `upload_private_file` (上传私聊文件 / Upload private file). */
export interface UploadPrivateFileParams {
  /**
   * 对方 QQ 号
   *
   * The peer's QQ number
   * @format int64
   */
  user_id: number;
  /**
   * 本地文件路径
   *
   * Local file path
   */
  file: string;
  /**
   * 文件名；省略时沿用原文件名
   *
   * File name; the file's own name when omitted
   */
  name?: string;
}

/** The `data` that `upload_private_file` (上传私聊文件 / Upload private file) answers with. */
export type UploadPrivateFileResult = null;

/** Every action by the name sent on the wire (aliases included), with its params and result types and the call variants it has. */
export interface ActionMap {
  /**
   * 加入好友表情接龙 / Join an emoji chain in a private chat
   *
   * 隐藏 API：跟随私聊中的一条表情消息“+1”，即用同一个表情接龙。`message_id` 指向被接龙的消息，`emoji_id` 为表情 ID。
   *
   * Hidden API: "+1" a face message in a private chat, that is, join its emoji chain with the same face. `message_id` is the message being chained and `emoji_id` the face ID.
   *
   * Support:
   * - Lagrange.OneBot: yes — 失败时 `retcode` 为 -1。 On failure `retcode` is -1.
   */
  '.join_friend_emoji_chain': {
    params: JoinFriendEmojiChainParams;
    result: JoinFriendEmojiChainResult;
    variants: never;
  };
  /**
   * 加入群聊表情接龙 / Join an emoji chain in a group
   *
   * 隐藏 API：跟随群里的一条表情消息“+1”，即用同一个表情接龙。`message_id` 指向被接龙的消息，`emoji_id` 为表情 ID。
   *
   * Hidden API: "+1" a face message in a group, that is, join its emoji chain with the same face. `message_id` is the message being chained and `emoji_id` the face ID.
   *
   * Support:
   * - Lagrange.OneBot: yes — 失败时 `retcode` 为 -1。 On failure `retcode` is -1.
   */
  '.join_group_emoji_chain': {
    params: JoinGroupEmojiChainParams;
    result: JoinGroupEmojiChainResult;
    variants: never;
  };
  /**
   * Another name for `ocr_image`.
   *
   * 实验阶段的旧名，go-cqhttp 表示以后只保留 `ocr_image`
   *
   * The name from its experimental days; go-cqhttp says only `ocr_image` will stay
   *
   * @deprecated
   */
  '.ocr_image': { params: OcrImageParams; result: OcrImageResult; variants: 'async' };
  /**
   * 发送自定义数据包 / Send a raw packet
   *
   * 通过 packet 后端向 QQ 服务器发送一个自定义的 SSO 数据包，按需等待并返回响应数据（十六进制）。仅供调试，误用可能导致账号风险。
   *
   * Send a raw SSO packet to the QQ servers through the packet backend and, if asked, wait for and return the answer (hex). For debugging only; misuse may put the account at risk.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 只响应 `.send_packet`：命令字参数名为 `command`，另有包类型 `type`，总是等待响应并返回包序号、响应数据与结果码； 这个动作的参数不经 Lagrange 的宽松读取（数字不能写成字符串），也不读 `sign`（Lagrange.OneBot 的 SendPacketOperation.cs 与 OneBotSendPacket.cs）。 Lagrange answers only to `.send_packet`: the command is `command`, there is a packet `type`, and it always waits, answering with the sequence number, the answer body and the result code; its parameters are not read leniently (numbers cannot be strings) and `sign` is not read (Lagrange.OneBot's SendPacketOperation.cs and OneBotSendPacket.cs).
   */
  '.send_packet': { params: SendPacketParams; result: SendPacketResult; variants: 'async' };
  /**
   * 删除群公告 / Delete group notice
   *
   * 删除一条群公告。需要登录号是管理员或群主。
   *
   * Delete a group notice. The bot must be an administrator or the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 也提供同名动作（DeleteGroupMemoOperation）。 Lagrange provides an action of this name too (DeleteGroupMemoOperation).
   */
  _del_group_notice: {
    params: DelGroupNoticeParams;
    result: DelGroupNoticeResult;
    variants: 'async';
  };
  /**
   * 获取群公告 / Get group notices
   *
   * 列出一个群的公告。
   *
   * List a group's notices.
   *
   * Support:
   * - Lagrange.OneBot: yes
   */
  _get_group_notice: {
    params: GetGroupNoticeParams;
    result: GetGroupNoticeResult;
    variants: 'async';
  };
  /**
   * 发送群公告 / Send group notice
   *
   * 在群里发布一条公告，可附一张图片。需要登录号是管理员或群主。
   *
   * Publish a notice in a group, optionally with a picture. The bot must be an administrator or the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不能发带图片的公告：`image` 非空时 SetGroupMemoOperation.cs 抛出 NotImplementedException，调用失败；`data` 直接是新公告的 ID 字符串，不包在对象中（Lagrange.OneBot 的 SetGroupMemoOperation.cs）。 Lagrange cannot publish a notice with a picture: a non-empty `image` makes SetGroupMemoOperation.cs throw NotImplementedException and the call fails; `data` is the new notice's ID as a bare string, not in an object (Lagrange.OneBot's SetGroupMemoOperation.cs).
   */
  _send_group_notice: {
    params: SendGroupNoticeParams;
    result: SendGroupNoticeResult;
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
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes
   */
  can_send_record: { params: CanSendRecordParams; result: CanSendRecordResult; variants: 'async' };
  /**
   * 创建群文件文件夹 / Create group folder
   *
   * 在群文件根目录中新建一个文件夹（只能建在根目录）。
   *
   * Create a folder in a group's files (only in the root folder).
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `parent_id`，总是建在根目录；不响应旧名 `set_group_file_folder`；响应数据是 QQ 返回的说明文字 `msg`，`retcode` 为 QQ 的结果码（Lagrange.OneBot 的 GroupFSOperations.cs）。 Lagrange does not read `parent_id` and always creates the folder in the root; it does not answer to the old name `set_group_file_folder`; the data is QQ's message `msg`, and `retcode` is QQ's result code (Lagrange.OneBot's GroupFSOperations.cs).
   */
  create_group_file_folder: {
    params: CreateGroupFileFolderParams;
    result: CreateGroupFileFolderResult;
    variants: 'async';
  };
  /**
   * 移出精华消息 / Remove essence message
   *
   * 把一条消息移出精华。需要登录号是管理员或群主。
   *
   * Take a message out of the essence messages. The bot must be an administrator or the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes
   */
  delete_essence_msg: {
    params: DeleteEssenceMsgParams;
    result: DeleteEssenceMsgResult;
    variants: 'async';
  };
  /**
   * 删除好友 / Delete friend
   *
   * 把一名好友从登录号的好友列表中删除。
   *
   * Remove a friend from the account's friend list.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 另读 `block`（是否同时拉黑）。 Lagrange also reads `block` (whether to block as well).
   */
  delete_friend: { params: DeleteFriendParams; result: DeleteFriendResult; variants: 'async' };
  /**
   * 删除群文件 / Delete group file
   *
   * 删除群文件中的一个文件。
   *
   * Delete a file from a group's files.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `busid`，不响应旧名 `del_group_file`；响应数据是 QQ 返回的说明文字 `msg`，`retcode` 为 QQ 的结果码 （Lagrange.OneBot 的 GroupFSOperations.cs）。 Lagrange does not read `busid` and does not answer to the old name `del_group_file`; the data is QQ's message `msg`, and `retcode` is QQ's result code (Lagrange.OneBot's GroupFSOperations.cs).
   */
  delete_group_file: {
    params: DeleteGroupFileParams;
    result: DeleteGroupFileResult;
    variants: 'async';
  };
  /**
   * 删除群文件文件夹 / Delete group folder
   *
   * 删除群文件中的一个文件夹。
   *
   * Delete a folder from a group's files.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 只响应 `delete_group_file_folder` 这个名称；响应数据是 QQ 返回的说明文字 `msg`，`retcode` 为 QQ 的结果码 （Lagrange.OneBot 的 GroupFSOperations.cs）。 Lagrange answers only to the name `delete_group_file_folder`; the data is QQ's message `msg`, and `retcode` is QQ's result code (Lagrange.OneBot's GroupFSOperations.cs).
   */
  delete_group_file_folder: {
    params: DeleteGroupFileFolderParams;
    result: DeleteGroupFileFolderResult;
    variants: 'async';
  };
  /**
   * 撤回消息 / Recall message
   *
   * 撤回一条消息。撤回他人的群消息需要登录号是管理员或群主。
   *
   * Recall (delete) a message. Recalling someone else's group message needs the bot to be an administrator or the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes
   */
  delete_msg: { params: DeleteMsgParams; result: DeleteMsgResult; variants: 'async' };
  /**
   * 获取收藏表情 / Get saved stickers
   *
   * 获取登录号收藏的自定义表情，结果是表情图片 URL 的数组。跨实现文档把它归为社区拓展。
   *
   * List the custom stickers the bot account has saved, as an array of image URLs. The cross-implementation page counts it as a community extension.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `count`，总是返回全部收藏表情。 Lagrange does not read `count`; it always answers with every saved sticker.
   */
  fetch_custom_face: {
    params: FetchCustomFaceParams;
    result: FetchCustomFaceResult;
    variants: 'async';
  };
  /**
   * 获取商城表情 key / Get market-face keys
   *
   * 按商城表情（`mface`）的表情 ID 取得发送它们所需的 key，按请求顺序返回字符串数组。有的文档把它写作 `get_mface_key`，但 Lagrange.OneBot 注册的动作名是 `fetch_mface_key`。
   *
   * Get the keys needed to send market faces (`mface`) from their emoji IDs; the answer is an array of strings in the order asked. Some documentation calls it `get_mface_key`, but the name Lagrange.OneBot registers is `fetch_mface_key`.
   *
   * Support:
   * - Lagrange.OneBot: yes — 取不到任何 key 时返回空数组且 `retcode` 为 -1；`emoji_ids` 缺失或为空时调用失败；不响应 `get_mface_key` （Lagrange.OneBot 的 FetchMFaceKeyOperation.cs）。 When no key can be fetched the answer is an empty array with `retcode` -1; a missing or empty `emoji_ids` fails the call; it does not answer to `get_mface_key` (Lagrange.OneBot's FetchMFaceKeyOperation.cs).
   */
  fetch_mface_key: { params: FetchMfaceKeyParams; result: FetchMfaceKeyResult; variants: never };
  /**
   * 私聊戳一戳 / Poke in a private chat
   *
   * 在私聊中戳一戳对方（或用 `target_id` 戳自己）。需要 NapCat 的 packet 后端。
   *
   * Poke a user in the private chat (or, with `target_id`, yourself). Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `friend_poke` 与 `send_poke` 是同一个处理器，读 `user_id`、`target_id` 与 `group_id`，给了 `group_id` 就改为在该群中戳（Lagrange.OneBot 的 FriendPokeOperation.cs 与 SendPokeOperation.cs）。 Lagrange's `friend_poke` is the `send_poke` handler, reading `user_id`, `target_id` and `group_id`; given a `group_id`, it pokes in that group instead (Lagrange.OneBot's FriendPokeOperation.cs and SendPokeOperation.cs).
   */
  friend_poke: { params: FriendPokeParams; result: FriendPokeResult; variants: 'async' };
  /**
   * 获取 AI 语音角色 / Get AI voice characters
   *
   * 获取一个群可用的 AI 语音角色，按分类分组。需要 NapCat 的 packet 后端。
   *
   * List the AI voice characters available in a group, by category. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `group_id` 可省略，默认为 42（Lagrange.OneBot 的 OneBotGetAiCharacters.cs）。 Lagrange's `group_id` may be omitted and defaults to 42 (Lagrange.OneBot's OneBotGetAiCharacters.cs).
   */
  get_ai_characters: {
    params: GetAiCharactersParams;
    result: GetAiCharactersResult;
    variants: 'async';
  };
  /**
   * AI 文字转语音 / AI text to speech
   *
   * 用 AI 语音角色把文字转成语音，返回语音文件的链接（不发送）。需要 NapCat 的 packet 后端。
   *
   * Turn text into speech with an AI voice character and return the audio link (without sending it). Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 另读 `chat_type`（默认 1）（Lagrange.OneBot 的 OneBotGetAiRecord.cs）。 Lagrange also reads `chat_type` (default 1) (Lagrange.OneBot's OneBotGetAiRecord.cs).
   */
  get_ai_record: { params: GetAiRecordParams; result: GetAiRecordResult; variants: 'async' };
  /**
   * 获取 Cookies / Get cookies
   *
   * 获取登录号在指定域名下的 Cookies，用于调用 QQ 的网页接口。
   *
   * Get the bot account's cookies for a domain, for calling QQ's web interfaces.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 要求给出 `domain`，省略时调用失败。 Lagrange requires `domain`; the call fails without it.
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
   * - Lagrange.OneBot: yes — Lagrange 要求给出 `domain`；`csrf_token` 是数字（其 Apifox 文档写成字符串是错误的）。 Lagrange requires `domain`; `csrf_token` is a number (its Apifox docs calling it a string are wrong).
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
   * - Lagrange.OneBot: yes — Lagrange 返回的 `token` 同样是数字；其 Apifox 文档写成字符串是错误的。 Lagrange's `token` is a number too; its Apifox docs calling it a string are wrong.
   */
  get_csrf_token: { params: GetCsrfTokenParams; result: GetCsrfTokenResult; variants: 'async' };
  /**
   * 获取精华消息列表 / Get essence messages
   *
   * 列出一个群的全部精华消息。
   *
   * List a group's essence messages.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的列表项另带消息内容 `content`（消息段数组）（Lagrange.OneBot 的 GetEssenceMessageListOperation.cs 与 OneBotEssenceMessage.cs）。 Lagrange's items also carry the content as `content`, an array of segments (Lagrange.OneBot's GetEssenceMessageListOperation.cs and OneBotEssenceMessage.cs).
   */
  get_essence_msg_list: {
    params: GetEssenceMsgListParams;
    result: GetEssenceMsgListResult;
    variants: 'async';
  };
  /**
   * 获取合并转发消息 / Get forwarded messages
   *
   * 取回一条合并转发消息的内容。按标准，`message` 是消息段数组，其中每个消息段都是 `node`（转发节点）。go-cqhttp 与标准不同：参数名首选 `message_id`（也接受 `id`），响应为 `messages` 数组，每项含 `content`、`sender` 与 `time`。
   *
   * Fetch what a forwarded-messages bundle holds. Per the standard, `message` is an array of segments, every one a `node` (forward node). go-cqhttp differs: it reads the ID from `message_id` first (and also accepts `id`), and answers with a `messages` array whose items hold `content`, `sender` and `time`.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 只读 `id`，结果同标准：`message` 是 `node` 消息段数组，从不是字符串（Lagrange.OneBot 的 GetForwardMsgOperation.cs）。 Lagrange reads only `id`; the result is the standard's: `message` is an array of `node` segments, never a string (Lagrange.OneBot's GetForwardMsgOperation.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 的列表项多出 `q_id` 与好友分组 `group`，且总是重新拉取好友列表。 Lagrange's items add `q_id` and the friend category `group`, and it always fetches the list afresh.
   */
  get_friend_list: { params: GetFriendListParams; result: GetFriendListResult; variants: 'async' };
  /**
   * 获取私聊历史消息 / Get private message history
   *
   * 获取与一名用户的私聊历史消息。省略 `message_seq`（或为 0）时取最新的 `count` 条，否则从该消息起取。
   *
   * Get the private message history with a user. Without `message_seq` (or with 0) it returns the latest `count` messages, otherwise it starts from that message.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 用 `message_id`（0 为最新一条）代替 `message_seq`，只读 `user_id`、`message_id` 与 `count`（默认 20）。 Lagrange takes `message_id` (0 for the latest) instead of `message_seq` and reads only `user_id`, `message_id` and `count` (default 20).
   */
  get_friend_msg_history: {
    params: GetFriendMsgHistoryParams;
    result: GetFriendMsgHistoryResult;
    variants: 'async';
  };
  /**
   * 获取群文件资源链接 / Get group file URL
   *
   * 取得一个群文件的下载链接。
   *
   * Get the download URL of a group file.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `busid`。 Lagrange does not read `busid`.
   */
  get_group_file_url: {
    params: GetGroupFileUrlParams;
    result: GetGroupFileUrlResult;
    variants: 'async';
  };
  /**
   * 获取群子目录文件列表 / Get group folder files
   *
   * 列出群文件中某个文件夹里的文件与文件夹。
   *
   * List the files and folders inside one folder of a group's files.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `folder_id` 可省略，省略时列出根目录；`files` 与 `folders` 总是数组，返回的 `busid` 恒为 0，文件夹的创建者名字在 `create_name` 而非 `creator_name` 中（Lagrange.OneBot 的 GroupFSOperations.cs 与 OneBotFolder.cs）。 Lagrange's `folder_id` may be omitted, which lists the root folder; `files` and `folders` are always arrays, the `busid` it returns is always 0, and a folder's creator name is in `create_name`, not `creator_name` (Lagrange.OneBot's GroupFSOperations.cs and OneBotFolder.cs).
   */
  get_group_files_by_folder: {
    params: GetGroupFilesByFolderParams;
    result: GetGroupFilesByFolderResult;
    variants: 'async';
  };
  /**
   * 获取群荣誉信息 / Get group honors
   *
   * 获取群的龙王、群聊之火等荣誉信息；结果只含所请求类型的字段。
   *
   * Get a group's honors, such as its most talkative member; the result holds only the fields of the requested type.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 从不填写 `performer_list`（群聊之火）：其字段映射中此项为空。 Lagrange never fills `performer_list`: its field mapping leaves that entry empty.
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
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes — Lagrange 多一个 `no_cache` 参数（Lagrange.OneBot 的 GetGroupListOperation.cs）。 Lagrange takes an extra `no_cache` parameter (Lagrange.OneBot's GetGroupListOperation.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 取不到性别、年龄与地区：`sex` 为空字符串，`age` 为 0，`area` 为空字符串；没有头衔时 `title` 为 `null`（Lagrange.OneBot 的 GetGroupMemberInfoOperation.cs）。 Lagrange cannot get the sex, age or region: `sex` is an empty string, `age` 0 and `area` empty; `title` is `null` when there is no title (Lagrange.OneBot's GetGroupMemberInfoOperation.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 多一个 `no_cache` 参数；列表项同其 `get_group_member_info` 的结果（`sex` 为空字符串等）。 Lagrange takes an extra `no_cache` parameter; items are shaped like its `get_group_member_info` result (`sex` an empty string and so on).
   */
  get_group_member_list: {
    params: GetGroupMemberListParams;
    result: GetGroupMemberListResult;
    variants: 'async';
  };
  /**
   * 获取群消息历史记录 / Get group message history
   *
   * 从某条消息起向前取回群里的历史消息（含该条），一次约 20 条；不给 `message_seq` 时从最新一条开始。
   *
   * Fetch a group's messages going back from a given one (included), about 20 at a time; without `message_seq` it starts from the latest one.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `message_seq`，而是以 `message_id`（0 为最新）为最后一条、取 `count` 条。 Lagrange does not read `message_seq`; it takes `count` messages ending at `message_id` (0 means the latest).
   */
  get_group_msg_history: {
    params: GetGroupMsgHistoryParams;
    result: GetGroupMsgHistoryResult;
    variants: 'async';
  };
  /**
   * 获取群请求列表 / Get group requests
   *
   * 列出登录号能看到的加群请求与入群邀请（包括被过滤的），每项的结构与加群请求事件相同。go-cqhttp 的相近动作是 `get_group_system_msg`。
   *
   * List the join requests and invitations the bot can see (filtered ones included), each shaped like the group request event. go-cqhttp's nearest action is `get_group_system_msg`.
   *
   * Support:
   * - Lagrange.OneBot: yes
   */
  get_group_requests: {
    params: GetGroupRequestsParams;
    result: GetGroupRequestsResult;
    variants: never;
  };
  /**
   * 获取群根目录文件列表 / Get group root files
   *
   * 列出群文件根目录中的文件与文件夹。
   *
   * List the files and folders in a group's root folder.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 用同一个处理器响应 `get_group_root_files` 与 `get_group_files_by_folder`，所以这里也读可选的 `folder_id`；不响应旧名 `get_group_file_list`；`files` 与 `folders` 总是数组，返回的 `busid` 恒为 0，文件夹的创建者名字在 `create_name` 而非 `creator_name` 中（Lagrange.OneBot 的 GroupFSOperations.cs 与 OneBotFolder.cs）。 Lagrange answers `get_group_root_files` and `get_group_files_by_folder` with one handler, so this one also reads an optional `folder_id`; it does not answer to the old name `get_group_file_list`; `files` and `folders` are always arrays, the `busid` it returns is always 0, and a folder's creator name is in `create_name`, not `creator_name` (Lagrange.OneBot's GroupFSOperations.cs and OneBotFolder.cs).
   */
  get_group_root_files: {
    params: GetGroupRootFilesParams;
    result: GetGroupRootFilesResult;
    variants: 'async';
  };
  /**
   * 获取登录号信息 / Get login information
   *
   * 获取当前登录的 QQ 号与昵称。
   *
   * Get the QQ number and nickname of the logged-in account.
   *
   * Support:
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes — Lagrange 的 `real_id` 与 `message_id` 取相同的值；`sender` 无论私聊群聊都只有 `user_id`、`nickname` 与 `sex`（恒为 `unknown`）；`message` 总是消息段数组（Lagrange.OneBot 的 GetMessageOperation.cs 与 OneBotGetMessageResponse.cs）。 Lagrange's `real_id` takes the same value as `message_id`; `sender` has only `user_id`, `nickname` and `sex` (always `unknown`), in groups too; `message` is always an array of segments (Lagrange.OneBot's GetMessageOperation.cs and OneBotGetMessageResponse.cs).
   */
  get_msg: { params: GetMsgParams; result: GetMsgResult; variants: 'async' };
  /**
   * 生成音乐分享卡片 / Make a music share card
   *
   * 借助腾讯文档的签名接口，为一条自定义音乐分享生成带签名的 Ark（JSON 卡片）字符串；之后可把它作为 `json` 消息段发送。
   *
   * Make a signed Ark (JSON card) string for a custom music share, through Tencent Docs' signing service; it can then be sent as a `json` segment.
   *
   * Support:
   * - Lagrange.OneBot: yes — 需要登录号能取得 `docs.qq.com` 的 Cookies；取不到腾讯文档的登录凭据时调用失败。载荷类中的 `sourceMsgId` 不被读取，卡片里恒写 `0`（Lagrange.OneBot 的 GetMusicArkOperation.cs）。 Needs the bot to obtain cookies for `docs.qq.com`; the call fails when no Tencent Docs login can be had. The payload class's `sourceMsgId` is never read: the card always says `0` (Lagrange.OneBot's GetMusicArkOperation.cs).
   */
  get_music_ark: { params: GetMusicArkParams; result: GetMusicArkResult; variants: never };
  /**
   * 获取私聊文件链接 / Get private file URL
   *
   * 获取私聊中收到的文件的下载链接。需要 NapCat 的 packet 后端。
   *
   * Get the download URL of a file received in a private chat. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的同名动作另需 `file_hash` 与 `user_id`；成功时总返回 `url`（Lagrange.OneBot 的 PrivateFSOperations.cs）。 Lagrange's action of this name also needs `file_hash` and `user_id`; on success it always returns `url` (Lagrange.OneBot's PrivateFSOperations.cs).
   */
  get_private_file_url: {
    params: GetPrivateFileUrlParams;
    result: GetPrivateFileUrlResult;
    variants: 'async';
  };
  /**
   * 获取 rkey / Get rkeys
   *
   * 获取下载图片等富媒体所需的 rkey（私聊与群聊各一个）。跨实现文档把它归为社区拓展。
   *
   * Get the rkeys needed to download images and other rich media (one for private chats, one for groups). The cross-implementation page counts it as a community extension.
   *
   * Support:
   * - Lagrange.OneBot: yes
   */
  get_rkey: { params: GetRkeyParams; result: GetRkeyResult; variants: 'async' };
  /**
   * 获取运行状态 / Get status
   *
   * 获取实现的运行状态。各实现附加的字段差别很大，判断状态时只应看 `online` 与 `good`。
   *
   * Get how the implementation is running. The fields implementations add differ widely; judge the status by `online` and `good` only.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 没有 `stat`，多出四个恒为 `true` 的遗留字段与 `memory`；`online`、`good` 也固定为 `true`。 Lagrange has no `stat` but adds four legacy fields that are always `true` and `memory`; `online` and `good` are fixed at `true` as well.
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
   * - Lagrange.OneBot: yes — Lagrange 也接受字符串形式的 `user_id`；结果多出 `q_id`、等级、头像、签名、状态、注册时间与会员信息（Lagrange.OneBot 的 GetStrangerInfoOperation.cs）。 Lagrange also accepts `user_id` as a string; its result adds `q_id`, the level, avatar, signature, status, registration time and memberships (Lagrange.OneBot's GetStrangerInfoOperation.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 多一个 `nt_protocol`，表示当前登录使用的协议类型。 Lagrange adds `nt_protocol`, the protocol the current login uses.
   */
  get_version_info: {
    params: GetVersionInfoParams;
    result: GetVersionInfoResult;
    variants: 'async';
  };
  /**
   * 群聊戳一戳 / Poke in a group
   *
   * 在群里戳一名成员。需要 NapCat 的 packet 后端。
   *
   * Poke a member in a group. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `group_poke` 与 `send_poke` 是同一个处理器，读 `user_id`、`target_id` 与 `group_id`：`group_id` 可省略，省略时为私聊戳一戳（Lagrange.OneBot 的 GroupPokeOperation.cs 与 SendPokeOperation.cs）。 Lagrange's `group_poke` is the `send_poke` handler, reading `user_id`, `target_id` and `group_id`: `group_id` may be omitted, which makes a private poke (Lagrange.OneBot's GroupPokeOperation.cs and SendPokeOperation.cs).
   */
  group_poke: { params: GroupPokeParams; result: GroupPokeResult; variants: 'async' };
  /**
   * 标记消息已读 / Mark message as read
   *
   * 把一条消息所在会话标记为已读。
   *
   * Mark the conversation a message belongs to as read, up to that message.
   *
   * Support:
   * - Lagrange.OneBot: yes
   */
  mark_msg_as_read: { params: MarkMsgAsReadParams; result: MarkMsgAsReadResult; variants: 'async' };
  /**
   * 移动群文件 / Move group file
   *
   * 把群文件移到另一个文件夹。需要 NapCat 的 packet 后端。
   *
   * Move a group file into another folder. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的文件夹参数名为 `parent_directory` 与 `target_directory`；响应数据是 QQ 返回的说明文字 `msg`， `retcode` 为 QQ 的结果码（Lagrange.OneBot 的 GroupFSOperations.cs 与 OneBotMoveFile.cs）。 Lagrange names the folder parameters `parent_directory` and `target_directory`; the data is QQ's message `msg`, and `retcode` is QQ's result code (Lagrange.OneBot's GroupFSOperations.cs and OneBotMoveFile.cs).
   */
  move_group_file: { params: MoveGroupFileParams; result: MoveGroupFileResult; variants: 'async' };
  /**
   * 图片 OCR / Image OCR
   *
   * 识别一张图片中的文字。go-cqhttp 只支持识别收到的图片。
   *
   * Recognise the text in a picture. go-cqhttp can only read pictures it has received.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `image` 可以是 URL、路径或 base64。 Lagrange's `image` may be a URL, a path or base64.
   */
  ocr_image: { params: OcrImageParams; result: OcrImageResult; variants: 'async' };
  /**
   * 重命名群文件夹 / Rename group folder
   *
   * 重命名群文件中的一个文件夹。
   *
   * Rename a folder in a group's files.
   *
   * Support:
   * - Lagrange.OneBot: yes — 见 Lagrange.OneBot 的 GroupFSOperations.cs 与 OneBotRenameFolder.cs。 See Lagrange.OneBot's GroupFSOperations.cs and OneBotRenameFolder.cs.
   */
  rename_group_file_folder: {
    params: RenameGroupFileFolderParams;
    result: RenameGroupFileFolderResult;
    variants: never;
  };
  /**
   * 发送合并转发消息 / Send a forward message
   *
   * 发送合并转发消息（聊天记录）到群聊或私聊，目标的确定方式同 `send_msg`。节点放在 `message`（或其别名 `messages`）中，只能由 `node` 消息段组成；`news`、`prompt`、`summary`、`source` 可以自定义卡片外观（需要 packet 后端）。
   *
   * Send a forward message (a chat record) to a group or a private chat, choosing the target as `send_msg` does. The nodes go in `message` (or its alias `messages`) and must be `node` segments only; `news`, `prompt`, `summary` and `source` customise the card (this needs the packet backend).
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的同名动作只上传合并转发而不发送，`data` 为 res_id 字符串，可用 `forward` 消息段再发送。 Lagrange's action of this name only uploads the forward without sending it; `data` is the res_id string, to be sent with a `forward` segment.
   */
  send_forward_msg: {
    params: SendForwardMsgParams;
    result: SendForwardMsgResult;
    variants: 'async';
  };
  /**
   * 发送群 AI 语音 / Send an AI voice message to a group
   *
   * 用 AI 语音角色把文字转成语音并发到群里。角色见 `get_ai_characters`。需要 NapCat 的 packet 后端。
   *
   * Turn text into speech with an AI voice character and send it to a group. See `get_ai_characters` for the characters. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 另读 `chat_type`（默认 1）（Lagrange.OneBot 的 SendGroupAiRecordOperation.cs 与 OneBotGetAiRecord.cs）。 Lagrange also reads `chat_type` (default 1) (Lagrange.OneBot's SendGroupAiRecordOperation.cs and OneBotGetAiRecord.cs).
   */
  send_group_ai_record: {
    params: SendGroupAiRecordParams;
    result: SendGroupAiRecordResult;
    variants: 'async';
  };
  /**
   * 调用群机器人回调 / Call a group bot's callback
   *
   * 向群内的 QQ 官方群机器人发送一次回调（如按下其消息上的按钮），`data_1`、`data_2` 为回调携带的数据。
   *
   * Send a callback to one of QQ's official group robots in a group (as when a button on its message is pressed); `data_1` and `data_2` are the data it carries.
   *
   * Support:
   * - Lagrange.OneBot: yes — 无论操作是否成功都返回 `ok` 与 `bot_id`。 Answers `ok` with the `bot_id` whether or not the operation succeeded.
   */
  send_group_bot_callback: {
    params: SendGroupBotCallbackParams;
    result: SendGroupBotCallbackResult;
    variants: never;
  };
  /**
   * 发送合并转发（群聊） / Send forward to group
   *
   * 把若干节点打包成一条合并转发消息发到群里。节点可以引用已有消息，也可以是自定义发送者与内容的节点； 自定义节点的 `content` 为节点数组时构成嵌套转发。
   *
   * Pack nodes into one forward message and send it to a group. A node may quote an existing message or be a custom node with its own sender and content; a custom node whose `content` is an array of nodes makes a nested forward.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的自定义节点以 `name` 与 `uin` 给出发送者；响应总是带 `forward_id`，没有 `res_id`（Lagrange.OneBot 的 SendGroupForwardOperation.cs 与 OneBotForwardResponse.cs）。 Lagrange's custom nodes give the sender as `name` and `uin`; the answer always carries `forward_id` and never `res_id` (Lagrange.OneBot's SendGroupForwardOperation.cs and OneBotForwardResponse.cs).
   */
  send_group_forward_msg: {
    params: SendGroupForwardMsgParams;
    result: SendGroupForwardMsgResult;
    variants: 'async' | 'rate_limited';
  };
  /**
   * 发送群消息 / Send group message
   *
   * 向一个群发送消息。
   *
   * Send a message to a group.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 另读可选的消息样式 `message_style`；`message` 也可以是单个消息段（Lagrange.OneBot 的 OneBotGroupMessage.cs）。 Lagrange also reads an optional message style, `message_style`, and `message` may also be a single segment (Lagrange.OneBot's OneBotGroupMessage.cs).
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
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes — Lagrange 另读可选的消息样式 `message_style`；`message` 也可以是单个消息段（Lagrange.OneBot 的 OneBotMessage.cs）。 Lagrange also reads an optional message style, `message_style`, and `message` may also be a single segment (Lagrange.OneBot's OneBotMessage.cs).
   */
  send_msg: { params: SendMsgParams; result: SendMsgResult; variants: 'async' | 'rate_limited' };
  /**
   * 发送戳一戳 / Send a poke
   *
   * 在群聊或私聊中戳一戳。给出 `group_id` 时在该群中戳，否则在与 `user_id` 的私聊中戳；被戳的人是 `target_id`，省略时为 `user_id`。需要 NapCat 的 packet 后端。
   *
   * Poke someone in a group or a private chat. With `group_id` it pokes in that group, otherwise in the private chat with `user_id`; the one poked is `target_id`, or `user_id` when that is omitted. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 中 `user_id` 必填；`target_id` 省略时戳 `user_id`；失败时 `retcode` 为 -1（Lagrange.OneBot 的 SendPokeOperation.cs）。 In Lagrange `user_id` is required; without `target_id` it pokes `user_id`; on failure `retcode` is -1 (Lagrange.OneBot's SendPokeOperation.cs).
   */
  send_poke: { params: SendPokeParams; result: SendPokeResult; variants: 'async' };
  /**
   * 发送合并转发（好友） / Send forward to friend
   *
   * 把若干节点打包成一条合并转发消息发给好友；节点的写法与群聊相同。
   *
   * Pack nodes into one forward message and send it to a friend; nodes are written as for groups.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的自定义节点以 `name` 与 `uin` 给出发送者；响应总是带 `forward_id`，没有 `res_id`（Lagrange.OneBot 的 SendPrivateForwardOperation.cs 与 OneBotForwardResponse.cs）。 Lagrange's custom nodes give the sender as `name` and `uin`; the answer always carries `forward_id` and never `res_id` (Lagrange.OneBot's SendPrivateForwardOperation.cs and OneBotForwardResponse.cs).
   */
  send_private_forward_msg: {
    params: SendPrivateForwardMsgParams;
    result: SendPrivateForwardMsgResult;
    variants: 'async' | 'rate_limited';
  };
  /**
   * 发送私聊消息 / Send private message
   *
   * 向一名 QQ 用户发送私聊消息。
   *
   * Send a private message to a QQ user.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 另读可选的消息样式 `message_style`；`message` 也可以是单个消息段（Lagrange.OneBot 的 OneBotPrivateMessage.cs）。 Lagrange also reads an optional message style, `message_style`, and `message` may also be a single segment (Lagrange.OneBot's OneBotPrivateMessage.cs).
   */
  send_private_msg: {
    params: SendPrivateMsgParams;
    result: SendPrivateMsgResult;
    variants: 'async' | 'rate_limited';
  };
  /**
   * 设置精华消息 / Set essence message
   *
   * 把一条群消息设为精华。需要登录号是管理员或群主。
   *
   * Make a group message an essence message. The bot must be an administrator or the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes
   */
  set_essence_msg: { params: SetEssenceMsgParams; result: SetEssenceMsgResult; variants: 'async' };
  /**
   * 处理加好友请求 / Handle friend request
   *
   * 同意或拒绝一条加好友请求。`flag` 取自对应的请求事件。
   *
   * Approve or reject a friend request. `flag` comes from the request event.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 只读取 `flag` 与 `approve`，不会设置备注。 Lagrange reads only `flag` and `approve`; no remark is set.
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
   * - Lagrange.OneBot: yes — Lagrange 不读取 `sub_type`/`type`，请求的种类编码在 `flag` 中。 Lagrange reads neither `sub_type` nor `type`; the kind of request is encoded in the `flag`.
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
   * - Lagrange.OneBot: yes — Lagrange 中 `enable` 的默认值是 `false`：省略它会取消管理员。 In Lagrange `enable` defaults to `false`: leaving it out revokes the role.
   */
  set_group_admin: { params: SetGroupAdminParams; result: SetGroupAdminResult; variants: 'async' };
  /**
   * 群组单人禁言 / Mute group member
   *
   * 禁言一名群成员，或解除其禁言。
   *
   * Mute a group member, or unmute them.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 中 `duration` 的默认值是 0：省略它会解除禁言，而不是禁言 30 分钟。 In Lagrange `duration` defaults to 0: leaving it out unmutes instead of muting for 30 minutes.
   */
  set_group_ban: { params: SetGroupBanParams; result: SetGroupBanResult; variants: 'async' };
  /**
   * 设置群 Bot 发言状态 / Set a group bot's status
   *
   * 设置一个 QQ 官方群机器人（以其 QQ 号 `bot_id` 指明）在群中的发言状态，即开启或关闭它。
   *
   * Set whether one of QQ's official group robots (named by its QQ number `bot_id`) may speak in a group, that is, turn it on or off.
   *
   * Support:
   * - Lagrange.OneBot: yes — 无论操作是否成功都返回 `ok` 与 `bot_id`。 Answers `ok` with the `bot_id` whether or not the operation succeeded.
   */
  set_group_bot_status: {
    params: SetGroupBotStatusParams;
    result: SetGroupBotStatusResult;
    variants: never;
  };
  /**
   * 设置群名片 / Set group card
   *
   * 设置一名成员的群名片（群备注）。
   *
   * Set a member's group card (their display name in the group).
   *
   * Support:
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes — Lagrange 不读 `is_dismiss`，总是直接退群（Lagrange.OneBot 的 SetGroupLeaveOperation.cs）。 Lagrange does not read `is_dismiss` and always just leaves (Lagrange.OneBot's SetGroupLeaveOperation.cs).
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
   * - Lagrange.OneBot: yes
   */
  set_group_name: { params: SetGroupNameParams; result: SetGroupNameResult; variants: 'async' };
  /**
   * 设置群头像 / Set group avatar
   *
   * 更换群头像。`file` 可以是 `file://` 绝对路径、网络 URL 或 `base64://` 数据。go-cqhttp 提醒：登录一段时间后该动作可能因 Cookie 失效而失败。
   *
   * Change a group's avatar. `file` may be a `file://` absolute path, a network URL or `base64://` data. go-cqhttp warns that it may stop working some time after login, when the cookie expires.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `cache`，不响应旧名 `set_group_head`；失败时 `retcode` 为 1（Lagrange.OneBot 的 SetGroupPortraitOperation.cs）。 Lagrange does not read `cache` and does not answer to the old name `set_group_head`; on failure `retcode` is 1 (Lagrange.OneBot's SetGroupPortraitOperation.cs).
   */
  set_group_portrait: {
    params: SetGroupPortraitParams;
    result: SetGroupPortraitResult;
    variants: 'async';
  };
  /**
   * 设置群消息表情回应 / Set a reaction on a group message
   *
   * 给一条群消息加上或撤下一个表情回应（QQ 的“贴表情”）。`code` 是 QQ 表情的 ID，以字符串给出。NapCat 没有这个动作，相近的功能是它自己的 `set_msg_emoji_like`。
   *
   * Add a reaction (QQ's "sticker on a message") to a group message, or take it back. `code` is the QQ face ID, given as a string. NapCat lacks this action; its nearest equivalent is its own `set_msg_emoji_like`.
   *
   * Support:
   * - Lagrange.OneBot: yes — 失败时 `retcode` 为 1。 On failure `retcode` is 1.
   */
  set_group_reaction: {
    params: SetGroupReactionParams;
    result: SetGroupReactionResult;
    variants: never;
  };
  /**
   * 设置群组专属头衔 / Set special title
   *
   * 为一名成员设置专属头衔。需要登录号是群主。
   *
   * Give a member a special title. The bot must be the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `duration`（Lagrange.OneBot 的 SetGroupSpecialTitleOperation.cs）。 Lagrange does not read `duration` (Lagrange.OneBot's SetGroupSpecialTitleOperation.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 中 `enable` 的默认值是 `false`：省略它会解除全员禁言。 In Lagrange `enable` defaults to `false`: leaving it out lifts the mute.
   */
  set_group_whole_ban: {
    params: SetGroupWholeBanParams;
    result: SetGroupWholeBanResult;
    variants: 'async';
  };
  /**
   * 设置 QQ 头像 / Set QQ avatar
   *
   * 把登录号的头像换成指定的图片。`file` 支持本地路径、网络 URL 与 base64。跨实现文档把它归为社区拓展：NapCat 与 Lagrange 都以同一名称实现。
   *
   * Change the bot account's avatar to the given image. `file` takes a local path, a web URL or base64 data. The cross-implementation page counts it as a community extension: NapCat and Lagrange both implement it under this name.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的响应中 `status` 为空字符串，成败只能看 `retcode`（0 成功，1 失败）。 Lagrange answers with an empty `status`; only `retcode` tells success (0) from failure (1).
   */
  set_qq_avatar: { params: SetQqAvatarParams; result: SetQqAvatarResult; variants: 'async' };
  /**
   * 重启 OneBot 实现 / Restart the implementation
   *
   * 重启 OneBot 实现。重启会连同 API 服务一起中断当前请求，因此重启总是异步进行，响应的 `status` 为 `async`。
   *
   * Restart the OneBot implementation. Restarting takes the API service down with it and would cut off the current request, so it always happens asynchronously and the answer's `status` is `async`.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读取 `delay`，立即停止并重新启动服务主机；响应是 `ok` 而不是 `async`。 Lagrange ignores `delay` and stops and restarts its service host at once; it answers `ok`, not `async`.
   */
  set_restart: { params: SetRestartParams; result: SetRestartResult; variants: 'async' };
  /**
   * 上传群文件 / Upload group file
   *
   * 把一个本地文件上传到群文件，不给 `folder` 时放在根目录。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Upload a local file to a group's files, into the root folder unless `folder` is given. Only local files can be uploaded; download a network file with `download_file` first.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `name` 可省略（沿用原文件名）；响应没有数据（Lagrange.OneBot 的 UploadGroupFileOperation.cs）。 Lagrange's `name` may be omitted (the file's own name is kept); the answer has no data (Lagrange.OneBot's UploadGroupFileOperation.cs).
   */
  upload_group_file: {
    params: UploadGroupFileParams;
    result: UploadGroupFileResult;
    variants: 'async';
  };
  /**
   * 上传图片 / Upload image
   *
   * 把一张图片上传到 QQ 的图片服务器（不发送消息），返回其下载链接。`file` 支持本地路径、网络 URL 与 `base64://`。
   *
   * Upload an image to QQ's image servers without sending a message, and get its download URL. `file` takes a local path, a web URL or `base64://` data.
   *
   * Support:
   * - Lagrange.OneBot: yes — 上传失败时 Lagrange 仍返回 `retcode` 0，`status` 为 `image upload fail`，`data` 是一张占位图的 `data:image/png;base64,...` URL，调用方应检查 `status`。 When the upload fails Lagrange still answers `retcode` 0, with `status` set to `image upload fail` and `data` a `data:image/png;base64,...` URL of a placeholder image; callers should check `status`.
   */
  upload_image: { params: UploadImageParams; result: UploadImageResult; variants: never };
  /**
   * 上传私聊文件 / Upload private file
   *
   * 把一个本地文件发给好友。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Send a local file to a friend. Only local files can be sent; download a network file with `download_file` first.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `name` 可省略（沿用原文件名）（Lagrange.OneBot 的 UploadPrivateFileOperation.cs）。 Lagrange's `name` may be omitted (the file's own name is kept) (Lagrange.OneBot's UploadPrivateFileOperation.cs).
   */
  upload_private_file: {
    params: UploadPrivateFileParams;
    result: UploadPrivateFileResult;
    variants: 'async';
  };
}

export type ActionName = keyof ActionMap;
export type ActionParams<A extends ActionName> = ActionMap[A]['params'];
export type ActionResult<A extends ActionName> = ActionMap[A]['result'];

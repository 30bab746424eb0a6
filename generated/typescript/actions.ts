/**
 * Generated from the OneBot 11 spec (spec/, 23 files) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

import type { Event } from './events.js';
import type {
  Anonymous,
  AtAllRemain,
  ChannelFeed,
  ChannelInfo,
  Credentials,
  Device,
  EssenceMessage,
  ForwardNode,
  ForwardSendResult,
  FriendInfo,
  GroupFile,
  GroupFileList,
  GroupFileSystemInfo,
  GroupFolder,
  GroupHonorInfo,
  GroupInfo,
  GroupMemberInfo,
  GroupNotice,
  GroupSystemMessages,
  GuildInfo,
  GuildMemberList,
  GuildMemberProfile,
  GuildMessage,
  GuildMeta,
  GuildRole,
  GuildServiceProfile,
  HonorType,
  LoginInfo,
  Message,
  MessageDetail,
  MessageHistory,
  ModelShowVariant,
  OcrResult,
  QidianAccountInfo,
  ReceivedMessage,
  Status,
  StrangerInfo,
  UnidirectionalFriend,
  VersionInfo,
  VipInfo,
} from './types.js';

/** Parameters of `.get_word_slices` (获取中文分词 / Get Chinese word segmentation). */
export interface GetWordSlicesParams {
  /**
   * 要分词的内容
   *
   * The text to split
   */
  content: string;
}

/** The `data` that `.get_word_slices` (获取中文分词 / Get Chinese word segmentation) answers with. */
export interface GetWordSlicesResult {
  /**
   * 切分出的词
   *
   * The words
   */
  slices: string[];
}

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

/** Parameters of `_get_model_show` (获取在线机型 / Get device model variants). */
export interface GetModelShowParams {
  /**
   * 机型名称
   *
   * Model name
   */
  model: string;
}

/** The `data` that `_get_model_show` (获取在线机型 / Get device model variants) answers with. */
export interface GetModelShowResult {
  /**
   * 可选的展示名称
   *
   * Names that may be shown
   */
  variants: ModelShowVariant[];
}

/** Parameters of `_get_vip_info` (获取会员信息 / Get VIP information). */
export interface GetVipInfoParams {
  /**
   * QQ 号
   *
   * QQ number
   * @format int64
   */
  user_id: number;
}

/** The `data` that `_get_vip_info` (获取会员信息 / Get VIP information) answers with. */
export type GetVipInfoResult = VipInfo;

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
  /**
   * 公告图片（路径、URL 或 base64）
   *
   * A picture (path, URL or base64)
   */
  image?: string;
}

/** The `data` that `_send_group_notice` (发送群公告 / Send group notice) answers with. */
export interface SendGroupNoticeResult {
  /**
   * 新公告的 ID
   *
   * The new notice's ID
   */
  notice_id: string;
}

/** Parameters of `_set_model_show` (设置在线机型 / Set device model shown). */
export interface SetModelShowParams {
  /**
   * 机型名称
   *
   * Model name
   */
  model: string;
  /**
   * 要展示的名称，取自 `_get_model_show`
   *
   * The name to show, from `_get_model_show`
   */
  model_show: string;
}

/** The `data` that `_set_model_show` (设置在线机型 / Set device model shown) answers with. */
export type SetModelShowResult = null;

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

/** Parameters of `check_url_safely` (检查链接安全性 / Check URL safety). */
export interface CheckUrlSafelyParams {
  /**
   * 要检查的链接
   *
   * The link to check
   */
  url: string;
}

/** The `data` that `check_url_safely` (检查链接安全性 / Check URL safety) answers with. */
export interface CheckUrlSafelyResult {
  /**
   * 安全等级
   *
   * Safety level
   */
  level: 1 | 2 | 3;
}

/** Parameters of `clean_cache` (清理缓存 / Clean cache). */
export type CleanCacheParams = Record<string, never>;

/** The `data` that `clean_cache` (清理缓存 / Clean cache) answers with. */
export type CleanCacheResult = null;

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
  /**
   * 父目录 ID，只能为 `/`
   *
   * Parent folder ID; can only be `/`
   */
  parent_id?: string;
}

/** The `data` that `create_group_file_folder` (创建群文件文件夹 / Create group folder) answers with. */
export type CreateGroupFileFolderResult = null;

/** Parameters of `create_guild_role` (创建频道角色 / Create guild role). */
export interface CreateGuildRoleParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 角色名称
   *
   * Role name
   */
  name: string;
  /**
   * ARGB 颜色值（数字；文档写作字符串，数字字符串也被接受）
   *
   * ARGB colour (a number; the docs say string, and numeric strings are accepted too)
   * @format int64
   */
  color: number;
  /**
   * 是否单独展示（含义未公开）
   *
   * Whether it is shown separately (meaning undocumented)
   * @defaultValue false
   */
  independent?: boolean;
  /**
   * 创建后立即授予该角色的成员 ID
   *
   * Member IDs to grant the role right away
   */
  initial_users?: string[];
}

/** The `data` that `create_guild_role` (创建频道角色 / Create guild role) answers with. */
export interface CreateGuildRoleResult {
  /**
   * 新角色的 ID（文档写作 int64，实际以字符串返回）
   *
   * The new role's ID (documented as int64; returned as a string)
   */
  role_id: string;
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
  /**
   * 文件类型，取自 `GroupFile`
   *
   * The file type, from a `GroupFile`
   * @format int32
   */
  busid: number;
}

/** The `data` that `delete_group_file` (删除群文件 / Delete group file) answers with. */
export type DeleteGroupFileResult = null;

/** Parameters of `delete_group_folder` (删除群文件文件夹 / Delete group folder). */
export interface DeleteGroupFolderParams {
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

/** The `data` that `delete_group_folder` (删除群文件文件夹 / Delete group folder) answers with. */
export type DeleteGroupFolderResult = null;

/** Parameters of `delete_guild_role` (删除频道角色 / Delete guild role). */
export interface DeleteGuildRoleParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 角色 ID
   *
   * Role ID
   */
  role_id: string;
}

/** The `data` that `delete_guild_role` (删除频道角色 / Delete guild role) answers with. */
export type DeleteGuildRoleResult = null;

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

/** Parameters of `delete_unidirectional_friend` (删除单向好友 / Delete one-way friend). */
export interface DeleteUnidirectionalFriendParams {
  /**
   * 单向好友的 QQ 号
   *
   * The one-way friend's QQ number
   * @format int64
   */
  user_id: number;
}

/** The `data` that `delete_unidirectional_friend` (删除单向好友 / Delete one-way friend) answers with. */
export type DeleteUnidirectionalFriendResult = null;

/** Parameters of `download_file` (下载文件到缓存目录 / Download file to cache). */
export interface DownloadFileParams {
  /**
   * 下载地址
   *
   * The URL
   */
  url: string;
  /**
   * 下载线程数
   *
   * Number of download threads
   * @format int32
   */
  thread_count?: number;
  /**
   * 自定义请求头：`名=值` 字符串的数组，或以 `\r\n` 分隔的单个字符串
   *
   * Custom request headers: an array of `Name=value` strings, or one string separated by `\r\n`
   */
  headers?: string | string[];
}

/** The `data` that `download_file` (下载文件到缓存目录 / Download file to cache) answers with. */
export interface DownloadFileResult {
  /**
   * 下载后文件的绝对路径
   *
   * Absolute path of the downloaded file
   */
  file: string;
}

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
export type GetEssenceMsgListResult = EssenceMessage[];

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

/** Parameters of `get_group_at_all_remain` (获取群 @全体成员 剩余次数 / Get remaining @everyone mentions). */
export interface GetGroupAtAllRemainParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
}

/** The `data` that `get_group_at_all_remain` (获取群 @全体成员 剩余次数 / Get remaining @everyone mentions) answers with. */
export type GetGroupAtAllRemainResult = AtAllRemain;

/** Parameters of `get_group_file_system_info` (获取群文件系统信息 / Get group file system information). */
export interface GetGroupFileSystemInfoParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
}

/** The `data` that `get_group_file_system_info` (获取群文件系统信息 / Get group file system information) answers with. */
export type GetGroupFileSystemInfoResult = GroupFileSystemInfo;

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
  /**
   * 文件类型，取自 `GroupFile`
   *
   * The file type, from a `GroupFile`
   * @format int32
   */
  busid: number;
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
   * 文件夹 ID，取自 `GroupFolder`
   *
   * The folder ID, from a `GroupFolder`
   */
  folder_id: string;
}

/** The `data` that `get_group_files_by_folder` (获取群子目录文件列表 / Get group folder files) answers with. */
export type GetGroupFilesByFolderResult = GroupFileList;

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
   * 起始消息序号（`get_msg` 结果中的 `message_seq`）；省略或为 0 时从最新一条开始
   *
   * The starting message's sequence number (`message_seq` in `get_msg`'s result); omitted or 0 starts from the latest
   * @format int64
   */
  message_seq?: number;
}

/** The `data` that `get_group_msg_history` (获取群消息历史记录 / Get group message history) answers with. */
export type GetGroupMsgHistoryResult = MessageHistory;

/** Parameters of `get_group_root_files` (获取群根目录文件列表 / Get group root files). */
export interface GetGroupRootFilesParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
}

/** The `data` that `get_group_root_files` (获取群根目录文件列表 / Get group root files) answers with. */
export type GetGroupRootFilesResult = GroupFileList;

/** Parameters of `get_group_system_msg` (获取群系统消息 / Get group system messages). */
export type GetGroupSystemMsgParams = Record<string, never>;

/** The `data` that `get_group_system_msg` (获取群系统消息 / Get group system messages) answers with. */
export type GetGroupSystemMsgResult = GroupSystemMessages;

/** Parameters of `get_guild_channel_list` (获取子频道列表 / Get channel list). */
export interface GetGuildChannelListParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 是否刷新后再返回
   *
   * Whether to refresh before answering
   * @defaultValue false
   */
  no_cache?: boolean;
}

/** The `data` that `get_guild_channel_list` (获取子频道列表 / Get channel list) answers with. */
export type GetGuildChannelListResult = ChannelInfo[];

/** Parameters of `get_guild_list` (获取频道列表 / Get guild list). */
export type GetGuildListParams = Record<string, never>;

/** The `data` that `get_guild_list` (获取频道列表 / Get guild list) answers with. */
export type GetGuildListResult = GuildInfo[];

/** Parameters of `get_guild_member_list` (获取频道成员列表 / Get guild members). */
export interface GetGuildMemberListParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 翻页 token；省略为第一页
   *
   * Page token; omitted means the first page
   */
  next_token?: string;
}

/** The `data` that `get_guild_member_list` (获取频道成员列表 / Get guild members) answers with. */
export type GetGuildMemberListResult = GuildMemberList;

/** Parameters of `get_guild_member_profile` (单独获取频道成员信息 / Get guild member profile). */
export interface GetGuildMemberProfileParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 成员 ID（tiny_id）
   *
   * The member's ID (tiny_id)
   */
  user_id: string;
}

/** The `data` that `get_guild_member_profile` (单独获取频道成员信息 / Get guild member profile) answers with. */
export type GetGuildMemberProfileResult = GuildMemberProfile;

/** Parameters of `get_guild_meta_by_guest` (通过访客获取频道元数据 / Get guild metadata as guest). */
export interface GetGuildMetaByGuestParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
}

/** The `data` that `get_guild_meta_by_guest` (通过访客获取频道元数据 / Get guild metadata as guest) answers with. */
export type GetGuildMetaByGuestResult = GuildMeta;

/** Parameters of `get_guild_msg` (获取频道消息 / Get guild message). */
export interface GetGuildMsgParams {
  /**
   * 频道消息 ID
   *
   * Guild message ID
   */
  message_id: string;
  /**
   * 是否不使用缓存（从服务器重新拉取）
   *
   * Whether to skip the cache and fetch from the server
   * @defaultValue false
   */
  no_cache?: boolean;
}

/** The `data` that `get_guild_msg` (获取频道消息 / Get guild message) answers with. */
export type GetGuildMsgResult = GuildMessage;

/** Parameters of `get_guild_roles` (获取频道角色列表 / Get guild roles). */
export interface GetGuildRolesParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
}

/** The `data` that `get_guild_roles` (获取频道角色列表 / Get guild roles) answers with. */
export type GetGuildRolesResult = GuildRole[];

/** Parameters of `get_guild_service_profile` (获取频道系统内 BOT 的资料 / Get guild service profile). */
export type GetGuildServiceProfileParams = Record<string, never>;

/** The `data` that `get_guild_service_profile` (获取频道系统内 BOT 的资料 / Get guild service profile) answers with. */
export type GetGuildServiceProfileResult = GuildServiceProfile;

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

/** Parameters of `get_online_clients` (获取当前账号在线客户端列表 / Get online clients). */
export interface GetOnlineClientsParams {
  /**
   * 是否刷新后再返回
   *
   * Whether to refresh before answering
   * @defaultValue false
   */
  no_cache?: boolean;
}

/** The `data` that `get_online_clients` (获取当前账号在线客户端列表 / Get online clients) answers with. */
export interface GetOnlineClientsResult {
  /**
   * 在线客户端
   *
   * Online clients
   */
  clients: Device[];
}

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

/** Parameters of `get_supported_actions` (获取支持的动作列表 / Get supported actions). */
export type GetSupportedActionsParams = Record<string, never>;

/** The `data` that `get_supported_actions` (获取支持的动作列表 / Get supported actions) answers with. */
export type GetSupportedActionsResult = string[];

/** Parameters of `get_topic_channel_feeds` (获取话题频道帖子 / Get topic channel posts). */
export interface GetTopicChannelFeedsParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 子频道 ID（须为话题子频道）
   *
   * Channel ID (must be a topic channel)
   */
  channel_id: string;
}

/** The `data` that `get_topic_channel_feeds` (获取话题频道帖子 / Get topic channel posts) answers with. */
export type GetTopicChannelFeedsResult = ChannelFeed[];

/** Parameters of `get_unidirectional_friend_list` (获取单向好友列表 / Get one-way friends). */
export type GetUnidirectionalFriendListParams = Record<string, never>;

/** The `data` that `get_unidirectional_friend_list` (获取单向好友列表 / Get one-way friends) answers with. */
export type GetUnidirectionalFriendListResult = UnidirectionalFriend[];

/** Parameters of `get_version_info` (获取版本信息 / Get version information). */
export type GetVersionInfoParams = Record<string, never>;

/** The `data` that `get_version_info` (获取版本信息 / Get version information) answers with. */
export type GetVersionInfoResult = VersionInfo;

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

/** Parameters of `qidian_get_account_info` (获取企点账号信息 / Get Qidian account). */
export type QidianGetAccountInfoParams = Record<string, never>;

/** The `data` that `qidian_get_account_info` (获取企点账号信息 / Get Qidian account) answers with. */
export type QidianGetAccountInfoResult = QidianAccountInfo;

/** Parameters of `reload_event_filter` (重载事件过滤器 / Reload event filter). */
export interface ReloadEventFilterParams {
  /**
   * 事件过滤器文件
   *
   * The event filter file
   */
  file: string;
}

/** The `data` that `reload_event_filter` (重载事件过滤器 / Reload event filter) answers with. */
export type ReloadEventFilterResult = null;

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
export type SendGroupForwardMsgResult = ForwardSendResult;

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

/** Parameters of `send_group_sign` (群打卡 / Group check-in). */
export interface SendGroupSignParams {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
}

/** The `data` that `send_group_sign` (群打卡 / Group check-in) answers with. */
export type SendGroupSignResult = null;

/** Parameters of `send_guild_channel_msg` (发送信息到子频道 / Send channel message). */
export interface SendGuildChannelMsgParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 子频道 ID
   *
   * Channel ID
   */
  channel_id: string;
  /**
   * 要发送的内容
   *
   * The content
   */
  message: Message;
  /**
   * 只在 `message` 为字符串时有效：是否按纯文本发送
   *
   * Only for a string `message`: whether to send it as plain text
   * @defaultValue false
   */
  auto_escape?: boolean;
}

/** The `data` that `send_guild_channel_msg` (发送信息到子频道 / Send channel message) answers with. */
export interface SendGuildChannelMsgResult {
  /**
   * 频道消息 ID
   *
   * Guild message ID
   */
  message_id: string;
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
export type SendPrivateForwardMsgResult = ForwardSendResult;

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
  /**
   * 通过网络 URL 取图时是否使用缓存，`1` 使用、`0` 不用
   *
   * Whether a cached copy may be used for a network URL: `1` yes, `0` no
   * @defaultValue 1
   */
  cache?: number | string;
}

/** The `data` that `set_group_portrait` (设置群头像 / Set group avatar) answers with. */
export type SetGroupPortraitResult = null;

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

/** Parameters of `set_guild_member_role` (设置用户在频道中的角色 / Set members' guild role). */
export interface SetGuildMemberRoleParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * `true` 授予，`false` 收回
   *
   * `true` grants, `false` takes away
   * @defaultValue false
   */
  set?: boolean;
  /**
   * 角色 ID
   *
   * Role ID
   */
  role_id: string;
  /**
   * 成员 ID
   *
   * Member IDs
   */
  users: string[];
}

/** The `data` that `set_guild_member_role` (设置用户在频道中的角色 / Set members' guild role) answers with. */
export type SetGuildMemberRoleResult = null;

/** Parameters of `set_qq_profile` (设置登录号资料 / Set account profile). */
export interface SetQqProfileParams {
  /**
   * 昵称
   *
   * Nickname
   */
  nickname?: string;
  /**
   * 公司
   *
   * Company
   */
  company?: string;
  /**
   * 邮箱
   *
   * Email
   */
  email?: string;
  /**
   * 学校
   *
   * College
   */
  college?: string;
  /**
   * 个人说明（签名）
   *
   * Personal note (signature)
   */
  personal_note?: string;
}

/** The `data` that `set_qq_profile` (设置登录号资料 / Set account profile) answers with. */
export type SetQqProfileResult = null;

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

/** Parameters of `update_guild_role` (修改频道角色 / Update guild role). */
export interface UpdateGuildRoleParams {
  /**
   * 频道 ID
   *
   * Guild ID
   */
  guild_id: string;
  /**
   * 角色 ID
   *
   * Role ID
   */
  role_id: string;
  /**
   * 新名称
   *
   * New name
   */
  name: string;
  /**
   * ARGB 颜色值（数字；数字字符串也被接受）
   *
   * ARGB colour (a number; numeric strings are accepted too)
   * @format int64
   */
  color: number;
  /**
   * 是否单独展示。参数名的拼写就是 go-cqhttp 实际读取的 `indepedent`；文档写作 `independent`，但该名不被读取
   *
   * Whether it is shown separately. The misspelling is the name go-cqhttp actually reads; the docs say `independent`, which is not read
   * @defaultValue false
   */
  indepedent?: boolean;
}

/** The `data` that `update_guild_role` (修改频道角色 / Update guild role) answers with. */
export type UpdateGuildRoleResult = null;

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
   * 在群文件中保存的文件名
   *
   * The name to store it under
   */
  name: string;
  /**
   * 目标文件夹 ID；省略为根目录
   *
   * Target folder ID; omitted means the root
   */
  folder?: string;
}

/** The `data` that `upload_group_file` (上传群文件 / Upload group file) answers with. */
export type UploadGroupFileResult = null;

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
   * 文件名
   *
   * File name
   */
  name: string;
}

/** The `data` that `upload_private_file` (上传私聊文件 / Upload private file) answers with. */
export type UploadPrivateFileResult = null;

/** Every action by the name sent on the wire (aliases included), with its params and result types. */
export interface ActionMap {
  /**
   * 获取中文分词 / Get Chinese word segmentation
   *
   * 把一段中文切分成词。这是隐藏动作，供框架与 SDK 内部使用，不建议直接调用。
   *
   * Split Chinese text into words. A hidden action meant for frameworks and SDKs, not for direct use.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 的动作名表中列有此名，但没有对应的处理类。 NapCat's action name list has the name, but no handler implements it.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  '.get_word_slices': { params: GetWordSlicesParams; result: GetWordSlicesResult };
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
  '.ocr_image': { params: OcrImageParams; result: OcrImageResult };
  /**
   * 删除群公告 / Delete group notice
   *
   * 删除一条群公告。需要登录号是管理员或群主。
   *
   * Delete a group notice. The bot must be an administrator or the owner.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 只在较新的版本中提供，文档未列出。 Only in newer versions; not in the docs.
   * - NapCat: yes (adds or retypes `group_id`; answers with a different result) — NapCat 接受字符串群号，响应为 NT 的原始结果。 NapCat accepts string group numbers and answers with NT's raw result.
   * - Lagrange.OneBot: yes
   */
  _del_group_notice: { params: DelGroupNoticeParams; result: DelGroupNoticeResult };
  /**
   * 获取群公告 / Get group notices
   *
   * 列出一个群的公告。
   *
   * List a group's notices.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 接受字符串群号；列表项另有 `settings`（及部分版本的 `read_num` 等），图片同时以 `message.images` 与旧键 `message.image` 给出。 NapCat accepts string group numbers; items add `settings` (and `read_num` and others in some versions), and pictures are given both as `message.images` and under the old key `message.image`.
   * - Lagrange.OneBot: yes
   */
  _get_group_notice: { params: GetGroupNoticeParams; result: GetGroupNoticeResult };
  /**
   * 获取在线机型 / Get device model variants
   *
   * 查询某一机型可用于展示的在线机型名称。
   *
   * Look up the model names that may be shown as the online device for a model.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (answers with a different result) — NapCat 仅为兼容：`data` 是数组，恒为 `[{ variants: { model_show: 'napcat', need_pay: false } }]`。 NapCat keeps it for compatibility only: `data` is an array, always `[{ variants: { model_show: 'napcat', need_pay: false } }]`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  _get_model_show: { params: GetModelShowParams; result: GetModelShowResult };
  /**
   * 获取会员信息 / Get VIP information
   *
   * 取回一名用户的 QQ 等级与会员信息。
   *
   * Fetch a user's QQ level and VIP information.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 只存在于早期版本（文档种子 003 与 v1.0 的预发布版）；之后的版本已移除。 Only in early versions (seed 003 and the v1.0 pre-releases); removed since.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   *
   * @deprecated 已从较新版本的 go-cqhttp 移除（其当前源码与文档都没有此项），没有替代动作。
   */
  _get_vip_info: { params: GetVipInfoParams; result: GetVipInfoResult };
  /**
   * 发送群公告 / Send group notice
   *
   * 在群里发布一条公告，可附一张图片。需要登录号是管理员或群主。
   *
   * Publish a notice in a group, optionally with a picture. The bot must be an administrator or the owner.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — go-cqhttp 文档称该动作没有响应数据，但其实现返回新公告的 `notice_id`；早期版本（文档种子 003）不读 `image`。 go-cqhttp's docs say it answers with no data, but the implementation returns the new notice's `notice_id`; early versions (seed 003) do not read `image`.
   * - NapCat: yes (adds or retypes `group_id`, `pinned`, `type`, `confirm_required`, `is_show_edit_card`, `tip_window_type`; answers with a different result) — NapCat 接受字符串群号，另可设置置顶、类型与确认选项；`data` 为 `null`，不返回公告 ID。 NapCat accepts string group numbers and adds pinning, type and confirmation options; `data` is `null`, with no notice ID.
   * - Lagrange.OneBot: yes
   */
  _send_group_notice: { params: SendGroupNoticeParams; result: SendGroupNoticeResult };
  /**
   * 设置在线机型 / Set device model shown
   *
   * 设置登录号对好友展示的在线机型。
   *
   * Set the device model that friends see the account online with.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes — NapCat 仅为兼容：接受调用但不做任何事。 NapCat keeps it for compatibility only: it accepts the call and does nothing.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  _set_model_show: { params: SetModelShowParams; result: SetModelShowResult };
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
   */
  can_send_record: { params: CanSendRecordParams; result: CanSendRecordResult };
  /**
   * 检查链接安全性 / Check URL safety
   *
   * 查询 QQ 对一个链接的安全评级。
   *
   * Ask QQ how safe it rates a link.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes — NapCat 仅为兼容：不做检查，恒返回 `level` 1。 NapCat keeps it for compatibility only: it checks nothing and always answers `level` 1.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  check_url_safely: { params: CheckUrlSafelyParams; result: CheckUrlSafelyResult };
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
  clean_cache: { params: CleanCacheParams; result: CleanCacheResult };
  /**
   * 创建群文件文件夹 / Create group folder
   *
   * 在群文件根目录中新建一个文件夹（只能建在根目录）。
   *
   * Create a folder in a group's files (only in the root folder).
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `name`, `folder_name`; without `parent_id`; answers with a different result) — NapCat 接受字符串群号，`folder_name` 与 `name` 同义，不读 `parent_id`；响应为 NT 的原始结果。 NapCat accepts string group numbers, takes `folder_name` as a synonym of `name`, ignores `parent_id` and answers with NT's raw result.
   * - Lagrange.OneBot: yes — Lagrange 总是建在根目录。 Lagrange always creates it in the root folder.
   */
  create_group_file_folder: {
    params: CreateGroupFileFolderParams;
    result: CreateGroupFileFolderResult;
  };
  /**
   * 创建频道角色 / Create guild role
   *
   * 在频道中新建一个角色，可同时授予若干成员。
   *
   * Create a role in a guild, optionally granting it to some members at once.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 文档称 `initial_users` 也可以是单个字符串，但实现只读取数组。 The docs say `initial_users` may be a single string, but the implementation reads arrays only.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  create_guild_role: { params: CreateGuildRoleParams; result: CreateGuildRoleResult };
  /**
   * 移出精华消息 / Remove essence message
   *
   * 把一条消息移出精华。需要登录号是管理员或群主。
   *
   * Take a message out of the essence messages. The bot must be an administrator or the owner.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `message_id`; answers with a different result) — NapCat 接受字符串消息 ID，响应为 NT 的原始结果。 NapCat accepts string message IDs and answers with NT's raw result.
   * - Lagrange.OneBot: yes
   */
  delete_essence_msg: { params: DeleteEssenceMsgParams; result: DeleteEssenceMsgResult };
  /**
   * 删除好友 / Delete friend
   *
   * 把一名好友从登录号的好友列表中删除。
   *
   * Remove a friend from the account's friend list.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes (adds or retypes `id`) — 早期版本（文档种子 003）的参数名为 `id`；当前版本同时接受 `user_id` 与 `id`。 Early versions (seed 003) called the parameter `id`; current versions accept both `user_id` and `id`.
   * - NapCat: yes (adds or retypes `user_id`, `friend_id`, `temp_block`, `temp_both_del`; answers with a different result) — NapCat 也接受 `friend_id`（同 `user_id`）与字符串 ID，并可选择拉黑或双向删除；响应为 NT 的原始结果。 NapCat also accepts `friend_id` (same as `user_id`) and string IDs, and can block or delete both ways; it answers with NT's raw result.
   * - Lagrange.OneBot: yes (adds or retypes `block`) — Lagrange 另读 `block`（是否同时拉黑）。 Lagrange also reads `block` (whether to block as well).
   */
  delete_friend: { params: DeleteFriendParams; result: DeleteFriendResult };
  /**
   * 删除群文件 / Delete group file
   *
   * 删除群文件中的一个文件。
   *
   * Delete a file from a group's files.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — go-cqhttp 也接受 `bus_id` 作为 `busid`。 go-cqhttp also accepts `bus_id` for `busid`.
   * - NapCat: yes (adds or retypes `group_id`; without `busid`; answers with a different result) — NapCat 不需要 `busid`，接受字符串群号；响应为 NT 的原始结果。 NapCat needs no `busid`, accepts string group numbers and answers with NT's raw result.
   * - Lagrange.OneBot: yes (without `busid`) — Lagrange 不读 `busid`。 Lagrange does not read `busid`.
   */
  delete_group_file: { params: DeleteGroupFileParams; result: DeleteGroupFileResult };
  /**
   * 删除群文件文件夹 / Delete group folder
   *
   * 删除群文件中的一个文件夹。
   *
   * Delete a folder from a group's files.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `folder_id`, `folder`; answers with a different result) — NapCat 接受字符串群号，`folder` 与 `folder_id` 同义；响应为 NT 的原始结果。 NapCat accepts string group numbers, takes `folder` as a synonym of `folder_id` and answers with NT's raw result.
   * - Lagrange.OneBot: yes
   */
  delete_group_folder: { params: DeleteGroupFolderParams; result: DeleteGroupFolderResult };
  /**
   * 删除频道角色 / Delete guild role
   *
   * 删除频道中的一个角色。
   *
   * Delete a role from a guild.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  delete_guild_role: { params: DeleteGuildRoleParams; result: DeleteGuildRoleResult };
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
  delete_msg: { params: DeleteMsgParams; result: DeleteMsgResult };
  /**
   * 删除单向好友 / Delete one-way friend
   *
   * 从单向好友列表中删除一名用户。
   *
   * Remove a user from the one-way friend list.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 的动作表中此项被注释掉，未实现。 NapCat has it commented out in its action list: not implemented.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  delete_unidirectional_friend: {
    params: DeleteUnidirectionalFriendParams;
    result: DeleteUnidirectionalFriendResult;
  };
  /**
   * 下载文件到缓存目录 / Download file to cache
   *
   * 把网络文件下载到实现的缓存目录并返回其绝对路径，该路径可直接用于发送图片、语音等。调用会等到下载完成才返回， 下载大文件时注意超时。
   *
   * Download a network file into the implementation's cache directory and return its absolute path, which can be used directly to send pictures, voice and the like. The call returns only when the download is done, so mind timeouts for large files.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `url`, `base64`, `name`; without `thread_count`) — NapCat 不读 `thread_count`；也可用 `base64` 代替 `url`，并用 `name` 指定文件名（省略时以文件 MD5 命名）。 NapCat ignores `thread_count`; it also takes `base64` instead of `url`, and `name` for the file name (the file's MD5 when omitted).
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  download_file: { params: DownloadFileParams; result: DownloadFileResult };
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
   */
  get_csrf_token: { params: GetCsrfTokenParams; result: GetCsrfTokenResult };
  /**
   * 获取精华消息列表 / Get essence messages
   *
   * 列出一个群的全部精华消息。
   *
   * List a group's essence messages.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 接受字符串群号；列表项另有 `msg_seq`、`msg_random` 与消息内容 `content`（消息段数组），没有 `sender_time`。 NapCat accepts string group numbers; its items add `msg_seq`, `msg_random` and the content `content` (an array of segments), and have no `sender_time`.
   * - Lagrange.OneBot: yes — Lagrange 的列表项另带消息内容 `content`。 Lagrange's items also carry the content as `content`.
   */
  get_essence_msg_list: { params: GetEssenceMsgListParams; result: GetEssenceMsgListResult };
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
   */
  get_friend_list: { params: GetFriendListParams; result: GetFriendListResult };
  /**
   * 获取群 @全体成员 剩余次数 / Get remaining @everyone mentions
   *
   * 查询登录号今天在一个群里还能 @全体成员 几次。
   *
   * Find out how many more times today the bot may mention everyone in a group.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 接受字符串群号。 NapCat accepts string group numbers.
   * - Lagrange.OneBot: yes — 未见于 Lagrange 的文档，但其源码中有此动作。 Not in Lagrange's docs, but its source has it.
   */
  get_group_at_all_remain: { params: GetGroupAtAllRemainParams; result: GetGroupAtAllRemainResult };
  /**
   * 获取群文件系统信息 / Get group file system information
   *
   * 查询一个群的文件数量与空间用量。
   *
   * Find out how many files a group has and how much space they take.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 接受字符串群号。 NapCat accepts string group numbers.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  get_group_file_system_info: {
    params: GetGroupFileSystemInfoParams;
    result: GetGroupFileSystemInfoResult;
  };
  /**
   * 获取群文件资源链接 / Get group file URL
   *
   * 取得一个群文件的下载链接。
   *
   * Get the download URL of a group file.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — go-cqhttp 也接受 `bus_id` 作为 `busid`。 go-cqhttp also accepts `bus_id` for `busid`.
   * - NapCat: yes (adds or retypes `group_id`; without `busid`) — NapCat 不需要 `busid`，接受字符串群号。 NapCat needs no `busid` and accepts string group numbers.
   * - Lagrange.OneBot: yes (without `busid`) — Lagrange 不读 `busid`。 Lagrange does not read `busid`.
   */
  get_group_file_url: { params: GetGroupFileUrlParams; result: GetGroupFileUrlResult };
  /**
   * 获取群子目录文件列表 / Get group folder files
   *
   * 列出群文件中某个文件夹里的文件与文件夹。
   *
   * List the files and folders inside one folder of a group's files.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `folder_id`, `folder`, `file_count`) — NapCat 接受字符串群号，`folder` 与 `folder_id` 同义，一次最多返回 `file_count` 项。 NapCat accepts string group numbers, takes `folder` as a synonym of `folder_id` and returns at most `file_count` entries.
   * - Lagrange.OneBot: yes — Lagrange 返回的 `busid` 恒为 0。 The `busid` Lagrange returns is always 0.
   */
  get_group_files_by_folder: {
    params: GetGroupFilesByFolderParams;
    result: GetGroupFilesByFolderResult;
  };
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
   */
  get_group_member_list: { params: GetGroupMemberListParams; result: GetGroupMemberListResult };
  /**
   * 获取群消息历史记录 / Get group message history
   *
   * 从某条消息起向前取回群里的历史消息（含该条），一次约 20 条；不给 `message_seq` 时从最新一条开始。
   *
   * Fetch a group's messages going back from a given one (included), about 20 at a time; without `message_seq` it starts from the latest one.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 文档称返回起始序号之前的 19 条；实现请求的是序号区间 [message_seq − 19, message_seq]，即最多 20 条。 The docs say it returns the 19 messages before the starting one; the implementation asks for the sequence range [message_seq − 19, message_seq], so up to 20.
   * - NapCat: yes (adds or retypes `group_id`, `message_seq`, `count`, `reverse_order`, `reverseOrder`, `disable_get_url`, `parse_mult_msg`, `quick_reply`) — NapCat 的 `message_seq` 实际按消息 ID 解析（0 或省略为最新），ID 可为字符串；另有数量、顺序与解析选项。 NapCat reads `message_seq` as a message ID (0 or omitted means the latest), which may be a string; it adds count, order and parsing options.
   * - Lagrange.OneBot: yes (adds or retypes `message_id`, `count`; without `message_seq`) — Lagrange 不读 `message_seq`，而是以 `message_id`（0 为最新）为最后一条、取 `count` 条。 Lagrange does not read `message_seq`; it takes `count` messages ending at `message_id` (0 means the latest).
   */
  get_group_msg_history: { params: GetGroupMsgHistoryParams; result: GetGroupMsgHistoryResult };
  /**
   * 获取群根目录文件列表 / Get group root files
   *
   * 列出群文件根目录中的文件与文件夹。
   *
   * List the files and folders in a group's root folder.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `file_count`) — NapCat 接受字符串群号，一次最多返回 `file_count` 项。 NapCat accepts string group numbers and returns at most `file_count` entries.
   * - Lagrange.OneBot: yes — Lagrange 返回的 `busid` 恒为 0。 The `busid` Lagrange returns is always 0.
   */
  get_group_root_files: { params: GetGroupRootFilesParams; result: GetGroupRootFilesResult };
  /**
   * 获取群系统消息 / Get group system messages
   *
   * 取回登录号收到的加群请求与入群邀请，包括已处理的。
   *
   * Fetch the requests to join and the invitations the account has received, handled ones included.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — v0.9.40 以前的版本取不到被过滤的系统消息。 Versions before v0.9.40 miss filtered system messages.
   * - NapCat: yes (adds or retypes `count`) — NapCat 可用 `count` 指定条数（默认 50）；两类请求的列表项字段相同（另有 `requester_nick`）， 邀请列表同时以 `invited_requests` 与旧键 `InvitedRequest` 给出，列表为空时是 `[]` 而不是 `null`。 NapCat takes `count` (default 50); both kinds of items share one shape (with an extra `requester_nick`), invitations are given both as `invited_requests` and under the old key `InvitedRequest`, and an empty list is `[]`, not `null`.
   * - Lagrange.OneBot: no — Lagrange 没有这个动作，同类功能是其自有的 `get_group_requests`（结构不同）。 Lagrange has no such action; its own `get_group_requests` does the like with another shape.
   */
  get_group_system_msg: { params: GetGroupSystemMsgParams; result: GetGroupSystemMsgResult };
  /**
   * 获取子频道列表 / Get channel list
   *
   * 列出一个频道中的子频道。
   *
   * List the channels of a guild.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  get_guild_channel_list: { params: GetGuildChannelListParams; result: GetGuildChannelListResult };
  /**
   * 获取频道列表 / Get guild list
   *
   * 列出登录号已加入的频道。
   *
   * List the guilds the bot has joined.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 文档称未加入任何频道时返回 `null`，实现返回空数组；文档把 `guild_display_id` 写作 int64，实现以字符串返回。 The docs say it answers `null` when no guild has been joined; the implementation answers an empty array. The docs give `guild_display_id` as int64; it is returned as a string.
   * - NapCat: yes (answers with a different result) — NapCat 仅保留动作名，未实现：`data` 恒为 `null`。 NapCat keeps only the name and does not implement it: `data` is always `null`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  get_guild_list: { params: GetGuildListParams; result: GetGuildListResult };
  /**
   * 获取频道成员列表 / Get guild members
   *
   * 分页列出频道成员：不给 `next_token` 时取第一页，之后传入上一页返回的 `next_token`。频道人数可能上万， 尽量改用 `get_guild_member_profile` 查询单个成员。
   *
   * List a guild's members page by page: without `next_token` you get the first page, then pass the `next_token` of the previous page. Guilds can have tens of thousands of members, so prefer `get_guild_member_profile` for single members.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — `next_token` 只在 10 分钟内有效，且只能用于同一个频道。 A `next_token` is valid for 10 minutes, and only for the same guild.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  get_guild_member_list: { params: GetGuildMemberListParams; result: GetGuildMemberListResult };
  /**
   * 单独获取频道成员信息 / Get guild member profile
   *
   * 取得一名频道成员的资料与其全部角色。
   *
   * Get one guild member's profile with all their roles.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  get_guild_member_profile: {
    params: GetGuildMemberProfileParams;
    result: GetGuildMemberProfileResult;
  };
  /**
   * 通过访客获取频道元数据 / Get guild metadata as guest
   *
   * 以访客身份取得一个频道的元数据，不要求已加入。
   *
   * Get a guild's metadata as a guest, without having joined it.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  get_guild_meta_by_guest: { params: GetGuildMetaByGuestParams; result: GetGuildMetaByGuestResult };
  /**
   * 获取频道消息 / Get guild message
   *
   * 取回一条频道消息。私信（direct）消息目前只返回来源信息，不含内容。
   *
   * Fetch a guild message. Direct messages currently come back with their source only, without content.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  get_guild_msg: { params: GetGuildMsgParams; result: GetGuildMsgResult };
  /**
   * 获取频道角色列表 / Get guild roles
   *
   * 列出一个频道的全部角色（身份组）。
   *
   * List a guild's roles.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  get_guild_roles: { params: GetGuildRolesParams; result: GetGuildRolesResult };
  /**
   * 获取频道系统内 BOT 的资料 / Get guild service profile
   *
   * 取得登录号在频道系统中的昵称、ID 与头像。
   *
   * Get the bot's nickname, ID and avatar in the guild service.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (answers with a different result) — NapCat 仅保留动作名，未实现：`data` 恒为 `null`。 NapCat keeps only the name and does not implement it: `data` is always `null`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  get_guild_service_profile: {
    params: GetGuildServiceProfileParams;
    result: GetGuildServiceProfileResult;
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
   */
  get_msg: { params: GetMsgParams; result: GetMsgResult };
  /**
   * 获取当前账号在线客户端列表 / Get online clients
   *
   * 列出登录号当前在线的其他客户端（手机、电脑等）。
   *
   * List the account's other clients that are online now (phone, PC and so on).
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (without `no_cache`; answers with a different result) — 仅为兼容而保留：不读参数，`data` 恒为空数组（而不是带 `clients` 的对象）。 Kept for compatibility only: it reads no parameters and `data` is always an empty array (not an object with `clients`).
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  get_online_clients: { params: GetOnlineClientsParams; result: GetOnlineClientsResult };
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
  get_record: { params: GetRecordParams; result: GetRecordResult };
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
   */
  get_stranger_info: { params: GetStrangerInfoParams; result: GetStrangerInfoResult };
  /**
   * 获取支持的动作列表 / Get supported actions
   *
   * 列出实现支持的全部动作名。
   *
   * List the names of every action the implementation supports.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 见于较新版本的 go-cqhttp 源码，文档未列出。 In the source of newer go-cqhttp versions, not in its docs.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  get_supported_actions: { params: GetSupportedActionsParams; result: GetSupportedActionsResult };
  /**
   * 获取话题频道帖子 / Get topic channel posts
   *
   * 列出一个话题（主题）子频道中的帖子。
   *
   * List the posts in a topic channel.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  get_topic_channel_feeds: {
    params: GetTopicChannelFeedsParams;
    result: GetTopicChannelFeedsResult;
  };
  /**
   * 获取单向好友列表 / Get one-way friends
   *
   * 列出只有对方把登录号加为好友（单向）的用户。
   *
   * List the users who have the account as a friend without being its friend (one-way).
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (answers with a different result) — NapCat 的列表项字段不同：`uin`、`uid`、`nick_name`、`age`、`source`。 NapCat's items have other fields: `uin`, `uid`, `nick_name`, `age`, `source`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  get_unidirectional_friend_list: {
    params: GetUnidirectionalFriendListParams;
    result: GetUnidirectionalFriendListResult;
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
  get_version_info: { params: GetVersionInfoParams; result: GetVersionInfoResult };
  /**
   * 标记消息已读 / Mark message as read
   *
   * 把一条消息所在会话标记为已读。
   *
   * Mark the conversation a message belongs to as read, up to that message.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `message_id`, `user_id`, `group_id`) — NapCat 也可不给 `message_id`，改用 `user_id`（私聊）或 `group_id`（群聊）指明会话；三者都接受字符串。 NapCat may instead name the conversation by `user_id` (private) or `group_id` (group) without `message_id`; all three accept strings.
   * - Lagrange.OneBot: yes
   */
  mark_msg_as_read: { params: MarkMsgAsReadParams; result: MarkMsgAsReadResult };
  /**
   * 图片 OCR / Image OCR
   *
   * 识别一张图片中的文字。go-cqhttp 只支持识别收到的图片。
   *
   * Recognise the text in a picture. go-cqhttp can only read pictures it has received.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (answers with a different result) — NapCat 的 `image` 可以是路径、URL 或 base64；`data` 是逐行的数组，每行给出文本、四个顶点坐标 （`pt1`–`pt4`，坐标为字符串）与逐字拆分 `charBox`。 NapCat's `image` may be a path, a URL or base64; `data` is an array of lines, each with its text, four corners (`pt1`–`pt4`, coordinates as strings) and a per-character `charBox`.
   * - Lagrange.OneBot: yes — Lagrange 的 `image` 可以是 URL、路径或 base64。 Lagrange's `image` may be a URL, a path or base64.
   */
  ocr_image: { params: OcrImageParams; result: OcrImageResult };
  /**
   * 获取企点账号信息 / Get Qidian account
   *
   * 取回企点账号的信息；只有用企点协议登录时可用，否则失败。
   *
   * Fetch the Qidian account's information; only available when logged in with the Qidian protocol, and fails otherwise.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 的动作表中此项被注释掉，未实现。 NapCat has it commented out in its action list: not implemented.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  qidian_get_account_info: {
    params: QidianGetAccountInfoParams;
    result: QidianGetAccountInfoResult;
  };
  /**
   * 重载事件过滤器 / Reload event filter
   *
   * 从文件重新读取事件过滤规则。
   *
   * Read the event filter rules from a file again.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 早期版本（文档种子 003）不带参数，重载配置中的过滤器；当前版本读取 `file` 指定的文件。 Early versions (seed 003) took no parameters and reloaded the configured filter; current versions read the file that `file` names.
   * - NapCat: no — NapCat 的动作表中此项被注释掉，未实现。 NapCat has it commented out in its action list: not implemented.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  reload_event_filter: { params: ReloadEventFilterParams; result: ReloadEventFilterResult };
  /**
   * 发送合并转发（群聊） / Send forward to group
   *
   * 把若干节点打包成一条合并转发消息发到群里。节点可以引用已有消息，也可以是自定义发送者与内容的节点； 自定义节点的 `content` 为节点数组时构成嵌套转发。
   *
   * Pack nodes into one forward message and send it to a group. A node may quote an existing message or be a custom node with its own sender and content; a custom node whose `content` is an array of nodes makes a nested forward.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — go-cqhttp 文档把 `message_id` 写作 int64，实际返回 int32 的全局消息 ID；早期版本（文档种子 003）写作 string 且不返回 `forward_id`。 go-cqhttp's docs give `message_id` as int64; it returns the int32 global message ID. Early versions (seed 003) called it a string and returned no `forward_id`.
   * - NapCat: yes (adds or retypes `group_id`, `news`, `prompt`, `summary`, `source`; answers with a different result) — NapCat 接受字符串 ID，并可用 `news`、`prompt`、`summary`、`source` 自定义转发卡片的外显； 响应中转发 ID 名为 `res_id`。 NapCat accepts string IDs and lets `news`, `prompt`, `summary` and `source` customise the forward card's preview; the forward ID in its answer is named `res_id`.
   * - Lagrange.OneBot: yes — Lagrange 的自定义节点以 `name` 与 `uin` 给出发送者。 Lagrange's custom nodes give the sender as `name` and `uin`.
   */
  send_group_forward_msg: { params: SendGroupForwardMsgParams; result: SendGroupForwardMsgResult };
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
  send_group_msg: { params: SendGroupMsgParams; result: SendGroupMsgResult };
  /**
   * 群打卡 / Group check-in
   *
   * 以登录号在群里打卡。
   *
   * Check in to a group as the bot.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 接受字符串群号；同一功能另有名称 `set_group_sign`。 NapCat accepts string group numbers; it also offers the same as `set_group_sign`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  send_group_sign: { params: SendGroupSignParams; result: SendGroupSignResult };
  /**
   * 发送信息到子频道 / Send channel message
   *
   * 向一个文字子频道发送消息。
   *
   * Send a message to a text channel.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  send_guild_channel_msg: { params: SendGuildChannelMsgParams; result: SendGuildChannelMsgResult };
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
   */
  send_msg: { params: SendMsgParams; result: SendMsgResult };
  /**
   * 发送合并转发（好友） / Send forward to friend
   *
   * 把若干节点打包成一条合并转发消息发给好友；节点的写法与群聊相同。
   *
   * Pack nodes into one forward message and send it to a friend; nodes are written as for groups.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — go-cqhttp 文档把 `message_id` 写作 int64，实际返回 int32 的全局消息 ID。 go-cqhttp's docs give `message_id` as int64; it returns the int32 global message ID.
   * - NapCat: yes (adds or retypes `user_id`; answers with a different result) — NapCat 接受字符串 ID；响应中转发 ID 名为 `res_id`。 NapCat accepts string IDs; the forward ID in its answer is named `res_id`.
   * - Lagrange.OneBot: yes — Lagrange 的自定义节点以 `name` 与 `uin` 给出发送者。 Lagrange's custom nodes give the sender as `name` and `uin`.
   */
  send_private_forward_msg: {
    params: SendPrivateForwardMsgParams;
    result: SendPrivateForwardMsgResult;
  };
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
  send_private_msg: { params: SendPrivateMsgParams; result: SendPrivateMsgResult };
  /**
   * 设置精华消息 / Set essence message
   *
   * 把一条群消息设为精华。需要登录号是管理员或群主。
   *
   * Make a group message an essence message. The bot must be an administrator or the owner.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `message_id`; answers with a different result) — NapCat 接受字符串消息 ID，响应为 NT 的原始结果。 NapCat accepts string message IDs and answers with NT's raw result.
   * - Lagrange.OneBot: yes
   */
  set_essence_msg: { params: SetEssenceMsgParams; result: SetEssenceMsgResult };
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
   */
  set_group_ban: { params: SetGroupBanParams; result: SetGroupBanResult };
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
   */
  set_group_name: { params: SetGroupNameParams; result: SetGroupNameResult };
  /**
   * 设置群头像 / Set group avatar
   *
   * 更换群头像。`file` 可以是 `file://` 绝对路径、网络 URL 或 `base64://` 数据。go-cqhttp 提醒：登录一段时间后该动作可能因 Cookie 失效而失败。
   *
   * Change a group's avatar. `file` may be a `file://` absolute path, a network URL or `base64://` data. go-cqhttp warns that it may stop working some time after login, when the cookie expires.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`; without `cache`; answers with a different result) — NapCat 不读 `cache`，接受字符串群号，响应为 NT 的原始结果。 NapCat does not read `cache`, accepts string group numbers and answers with NT's raw result.
   * - Lagrange.OneBot: yes (without `cache`) — Lagrange 不读 `cache`；失败时 `retcode` 为 1。 Lagrange does not read `cache`; on failure `retcode` is 1.
   */
  set_group_portrait: { params: SetGroupPortraitParams; result: SetGroupPortraitResult };
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
  set_group_whole_ban: { params: SetGroupWholeBanParams; result: SetGroupWholeBanResult };
  /**
   * 设置用户在频道中的角色 / Set members' guild role
   *
   * 授予或收回若干成员的某个频道角色。
   *
   * Grant a guild role to some members, or take it away.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 文档称 `users` 也可以是单个字符串，但实现只读取数组；文档把 `role_id` 误述为频道 ID。 The docs say `users` may be a single string, but the implementation reads arrays only; the docs also mislabel `role_id` as a guild ID.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  set_guild_member_role: { params: SetGuildMemberRoleParams; result: SetGuildMemberRoleResult };
  /**
   * 设置登录号资料 / Set account profile
   *
   * 修改登录号的资料；只修改给出的字段。
   *
   * Change the logged-in account's profile; only the fields given are changed.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `nickname`, `sex`; without `company`, `email`, `college`; answers with a different result) — NapCat 只读 `nickname`（必填）、`personal_note` 与 `sex`（0 未知、1 男、2 女）；未给的字段沿用原资料。 响应为 NT 的原始结果。 NapCat reads only `nickname` (required), `personal_note` and `sex` (0 unknown, 1 male, 2 female); fields not given keep their old values. It answers with NT's raw result.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  set_qq_profile: { params: SetQqProfileParams; result: SetQqProfileResult };
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
  set_restart: { params: SetRestartParams; result: SetRestartResult };
  /**
   * 修改频道角色 / Update guild role
   *
   * 修改一个频道角色的名称、颜色与展示方式。
   *
   * Change a guild role's name, colour and display.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 文档中的参数名是 `independent`，而 go-cqhttp 的实现读取拼错的 `indepedent`；这里按实现记录。 The docs call the parameter `independent`, but go-cqhttp's implementation reads the misspelt `indepedent`; this spec follows the implementation.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  update_guild_role: { params: UpdateGuildRoleParams; result: UpdateGuildRoleResult };
  /**
   * 上传群文件 / Upload group file
   *
   * 把一个本地文件上传到群文件，不给 `folder` 时放在根目录。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Upload a local file to a group's files, into the root folder unless `folder` is given. Only local files can be uploaded; download a network file with `download_file` first.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `folder_id`, `upload_file`; answers with a different result) — NapCat 的 `file` 也可以是 URL 或 base64；接受字符串群号，`folder_id` 与 `folder` 同义， `upload_file` 为 `false` 时只发送不上传；响应给出新文件的 `file_id`。 NapCat's `file` may also be a URL or base64; it accepts string group numbers, takes `folder_id` as a synonym of `folder`, sends without uploading when `upload_file` is `false`, and answers with the new file's `file_id`.
   * - Lagrange.OneBot: yes — Lagrange 的 `name` 可省略（沿用原文件名）。 Lagrange's `name` may be omitted (the file's own name is kept).
   */
  upload_group_file: { params: UploadGroupFileParams; result: UploadGroupFileResult };
  /**
   * 上传私聊文件 / Upload private file
   *
   * 把一个本地文件发给好友。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Send a local file to a friend. Only local files can be sent; download a network file with `download_file` first.
   *
   * Support:
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `user_id`, `upload_file`; answers with a different result) — NapCat 的 `file` 也可以是 URL 或 base64；接受字符串 QQ 号，也可发给非好友的群临时会话；响应给出新文件的 `file_id`。 NapCat's `file` may also be a URL or base64; it accepts string QQ numbers, can send to non-friends through a group temporary chat, and answers with the new file's `file_id`.
   * - Lagrange.OneBot: yes
   */
  upload_private_file: { params: UploadPrivateFileParams; result: UploadPrivateFileResult };
}

export type ActionName = keyof ActionMap;
export type ActionParams<A extends ActionName> = ActionMap[A]['params'];
export type ActionResult<A extends ActionName> = ActionMap[A]['result'];

/**
 * Generated from the OneBot 11 spec (spec/, narrowed to go-cqhttp) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * Do not edit by hand: change the spec and generate again.
 */

import type { Event } from './events.js';
import type {
  AtAllRemain,
  ChannelFeed,
  ChannelInfo,
  Device,
  EssenceMessage,
  ForwardNode,
  FriendInfo,
  GoCqhttpForwardMessage,
  GoCqhttpForwardSendResult,
  GoCqhttpGroupMemberInfo,
  GoCqhttpImageInfo,
  GoCqhttpMessageDetail,
  GoCqhttpStatus,
  GoCqhttpStrangerInfo,
  GoCqhttpVersionInfo,
  GroupFileList,
  GroupFileSystemInfo,
  GroupHonorInfo,
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
  MessageHistory,
  ModelShowVariant,
  OcrResult,
  QidianAccountInfo,
  QuickOperationContext,
  UnidirectionalFriend,
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
   * 父目录 ID，只能为 `/`；go-cqhttp 原样转交，不代为填写
   *
   * Parent folder ID; can only be `/`; go-cqhttp passes it on as given and fills in nothing
   */
  parent_id: string;
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
  /**
   * `user_id` 的旧名
   *
   * Older name of `user_id`
   * @format int64
   * @deprecated 使用 `user_id` Use `user_id`
   */
  id?: number;
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
  /**
   * 同 `busid`，在没有 `busid` 时读取
   *
   * The same as `busid`, read when `busid` is absent
   * @format int32
   */
  bus_id?: number;
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
   * 合并转发 ID；与 `message_id` 二选一
   *
   * The forward ID; give this or `message_id`
   */
  id?: string;
  /**
   * 合并转发 ID（首选的参数名）
   *
   * The forward ID (the preferred name)
   */
  message_id?: string;
}

/** The `data` that `get_forward_msg` (获取合并转发消息 / Get forwarded messages) answers with. */
export interface GetForwardMsgResult {
  /**
   * 转发的消息列表
   *
   * The forwarded messages
   */
  messages: GoCqhttpForwardMessage[];
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
  /**
   * 同 `busid`，在没有 `busid` 时读取
   *
   * The same as `busid`, read when `busid` is absent
   * @format int32
   */
  bus_id?: number;
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
export interface GetGroupInfoResult {
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
   * 群备注；仅当登录号不在群中时返回
   *
   * Group memo; only when the bot is not in the group
   */
  group_memo?: string;
  /**
   * 建群时间（Unix 时间戳，秒）
   *
   * When the group was created (Unix seconds)
   * @format int64
   */
  group_create_time: number;
  /**
   * 群等级
   *
   * Group level
   * @format int32
   */
  group_level: number;
  /**
   * 成员数
   *
   * Number of members
   * @format int32
   */
  member_count: number;
  /**
   * 群容量
   *
   * Capacity
   * @format int32
   */
  max_member_count: number;
}

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
export type GetGroupListResult = {
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
   * 建群时间（Unix 时间戳，秒）
   *
   * When the group was created (Unix seconds)
   * @format int64
   */
  group_create_time: number;
  /**
   * 群等级
   *
   * Group level
   * @format int32
   */
  group_level: number;
  /**
   * 成员数
   *
   * Number of members
   * @format int32
   */
  member_count: number;
  /**
   * 群容量
   *
   * Capacity
   * @format int32
   */
  max_member_count: number;
}[];

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
export type GetGroupMemberInfoResult = GoCqhttpGroupMemberInfo;

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
export type GetGroupMemberListResult = GoCqhttpGroupMemberInfo[];

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
export type GetImageResult = GoCqhttpImageInfo;

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
export type GetMsgResult = GoCqhttpMessageDetail;

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

/** Parameters of `get_status` (获取运行状态 / Get status). */
export type GetStatusParams = Record<string, never>;

/** The `data` that `get_status` (获取运行状态 / Get status) answers with. */
export type GetStatusResult = GoCqhttpStatus;

/** Parameters of `get_stranger_info` (获取陌生人信息 / Get stranger information). */
export interface GetStrangerInfoParams {
  /**
   * QQ 号
   *
   * QQ number
   * @format int64
   */
  user_id: number;
}

/** The `data` that `get_stranger_info` (获取陌生人信息 / Get stranger information) answers with. */
export type GetStrangerInfoResult = GoCqhttpStrangerInfo;

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

/** Parameters of `get_updates` (获取事件（HTTP 长轮询） / Get events (HTTP long polling)). */
export interface GetUpdatesParams {
  /**
   * 最长等待秒数；超时返回空数组，省略或为 0 时一直等待
   *
   * The longest wait in seconds, after which the answer is an empty array; omitted or 0 waits for ever
   * @format int64
   */
  timeout?: number;
  /**
   * 最多取出的事件数；省略或不大于 0 时取出全部
   *
   * The most events to take; omitted or not above 0 takes them all
   * @format int64
   */
  limit?: number;
}

/** The `data` that `get_updates` (获取事件（HTTP 长轮询） / Get events (HTTP long polling)) answers with. */
export type GetUpdatesResult = Event[];

/** Parameters of `get_version_info` (获取版本信息 / Get version information). */
export type GetVersionInfoParams = Record<string, never>;

/** The `data` that `get_version_info` (获取版本信息 / Get version information) answers with. */
export type GetVersionInfoResult = GoCqhttpVersionInfo;

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

/** Parameters of `send_forward_msg` (发送合并转发消息 / Send a forward message). */
export interface SendForwardMsgParams {
  /**
   * 消息类型；省略时按给出的 `*_id` 判断
   *
   * Message type; inferred from the `*_id` given when omitted
   */
  message_type?: 'private' | 'group';
  /**
   * 对方 QQ 号（私聊时）
   *
   * The user's QQ number (private)
   */
  user_id?: number | string;
  /**
   * 群号（群聊时）
   *
   * Group number (group)
   */
  group_id?: number | string;
  /**
   * 转发节点：`node` 消息段的数组，或单个节点
   *
   * The forward nodes: an array of `node` segments, or one node
   */
  messages: ForwardNode[] | ForwardNode;
}

/** The `data` that `send_forward_msg` (发送合并转发消息 / Send a forward message) answers with. */
export type SendForwardMsgResult = GoCqhttpForwardSendResult;

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
export type SendGroupForwardMsgResult = GoCqhttpForwardSendResult;

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
export type SendPrivateForwardMsgResult = GoCqhttpForwardSendResult;

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
  /**
   * 发起临时会话的来源群号
   *
   * The group to start a temporary chat through
   * @format int64
   */
  group_id?: number;
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
   * 要禁言的匿名用户；go-cqhttp 只读其中的 `flag`
   *
   * The anonymous user to mute; go-cqhttp reads only its `flag`
   */
  anonymous?: {
    /**
     * 匿名用户的 flag
     *
     * The anonymous user's flag
     */
    flag: string;
  };
  /**
   * 要禁言的匿名用户的 flag，取自群消息事件
   *
   * The flag of the anonymous user to mute, taken from the group message event
   */
  anonymous_flag?: string;
  /**
   * 禁言时长（秒）；go-cqhttp 没有默认值
   *
   * Mute duration in seconds; go-cqhttp has no default
   * @format int32
   */
  duration: number;
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
  /**
   * 踢人说明（未写入文档）
   *
   * A note for the kick (undocumented)
   */
  message?: string;
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

/** Every action by the name sent on the wire (aliases included), with its params and result types and the call variants it has. */
export interface ActionMap {
  /**
   * 获取中文分词 / Get Chinese word segmentation
   *
   * 把一段中文切分成词。这是隐藏动作，供框架与 SDK 内部使用，不建议直接调用。
   *
   * Split Chinese text into words. A hidden action meant for frameworks and SDKs, not for direct use.
   *
   * Support:
   * - go-cqhttp: yes
   */
  '.get_word_slices': {
    params: GetWordSlicesParams;
    result: GetWordSlicesResult;
    variants: 'async';
  };
  /**
   * 对事件执行快速操作 / Run a quick operation on an event
   *
   * 隐藏 API：对一个事件执行快速操作，效果与在 HTTP POST 上报的响应中给出快速操作相同。隐藏 API 以点号开头，供 SDK 与框架内部使用，一般用户不应直接调用。
   *
   * Hidden API: run a quick operation on an event, with the same effect as answering an HTTP POST report with that operation. Hidden APIs start with a dot and are meant for SDKs and frameworks; ordinary users should not call them.
   *
   * Support:
   * - go-cqhttp: yes
   */
  '.handle_quick_operation': {
    params: HandleQuickOperationParams;
    result: HandleQuickOperationResult;
    variants: 'async';
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
   * 删除群公告 / Delete group notice
   *
   * 删除一条群公告。需要登录号是管理员或群主。
   *
   * Delete a group notice. The bot must be an administrator or the owner.
   *
   * Support:
   * - go-cqhttp: yes — 只在较新的版本中提供，文档未列出。 Only in newer versions; not in the docs.
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
   * - go-cqhttp: yes
   */
  _get_group_notice: {
    params: GetGroupNoticeParams;
    result: GetGroupNoticeResult;
    variants: 'async';
  };
  /**
   * 获取在线机型 / Get device model variants
   *
   * 查询某一机型可用于展示的在线机型名称。
   *
   * Look up the model names that may be shown as the online device for a model.
   *
   * Support:
   * - go-cqhttp: yes
   */
  _get_model_show: { params: GetModelShowParams; result: GetModelShowResult; variants: 'async' };
  /**
   * 发送群公告 / Send group notice
   *
   * 在群里发布一条公告，可附一张图片。需要登录号是管理员或群主。
   *
   * Publish a notice in a group, optionally with a picture. The bot must be an administrator or the owner.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 文档称该动作没有响应数据，但其实现（coolq/api.go 的 CQSetGroupMemo）返回新公告的 `notice_id`；`image` 自 v1.0.0-beta4 起读取。 go-cqhttp's docs say it answers with no data, but its implementation (CQSetGroupMemo in coolq/api.go) returns the new notice's `notice_id`; `image` is read since v1.0.0-beta4.
   */
  _send_group_notice: {
    params: SendGroupNoticeParams;
    result: SendGroupNoticeResult;
    variants: 'async';
  };
  /**
   * 设置在线机型 / Set device model shown
   *
   * 设置登录号对好友展示的在线机型。
   *
   * Set the device model that friends see the account online with.
   *
   * Support:
   * - go-cqhttp: yes
   */
  _set_model_show: { params: SetModelShowParams; result: SetModelShowResult; variants: 'async' };
  /**
   * 检查是否可以发送图片 / Check whether images can be sent
   *
   * 询问实现当前能否发送图片。
   *
   * Ask whether the implementation can send images.
   *
   * Support:
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes
   */
  can_send_record: { params: CanSendRecordParams; result: CanSendRecordResult; variants: 'async' };
  /**
   * 检查链接安全性 / Check URL safety
   *
   * 查询 QQ 对一个链接的安全评级。
   *
   * Ask QQ how safe it rates a link.
   *
   * Support:
   * - go-cqhttp: yes
   */
  check_url_safely: {
    params: CheckUrlSafelyParams;
    result: CheckUrlSafelyResult;
    variants: 'async';
  };
  /**
   * 创建群文件文件夹 / Create group folder
   *
   * 在群文件根目录中新建一个文件夹（只能建在根目录）。
   *
   * Create a folder in a group's files (only in the root folder).
   *
   * Support:
   * - go-cqhttp: yes
   */
  create_group_file_folder: {
    params: CreateGroupFileFolderParams;
    result: CreateGroupFileFolderResult;
    variants: 'async';
  };
  /**
   * 创建频道角色 / Create guild role
   *
   * 在频道中新建一个角色，可同时授予若干成员。
   *
   * Create a role in a guild, optionally granting it to some members at once.
   *
   * Support:
   * - go-cqhttp: yes — 文档称 `initial_users` 也可以是单个字符串，但实现只读取数组。 The docs say `initial_users` may be a single string, but the implementation reads arrays only.
   */
  create_guild_role: {
    params: CreateGuildRoleParams;
    result: CreateGuildRoleResult;
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes — go-cqhttp 早期的文档把参数写作 `id`；当前版本（modules/api/api.go 读 `[user_id,id].0`）先读 `user_id`，没有时读 `id`。 go-cqhttp's early documentation calls the parameter `id`; current versions (modules/api/api.go reads `[user_id,id].0`) read `user_id`, or `id` when it is absent.
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
   * - go-cqhttp: yes — go-cqhttp 读 `[busid,bus_id].0`：先读 `busid`，没有时读 `bus_id`（modules/api/api.go）。 go-cqhttp reads `[busid,bus_id].0`: `busid`, or `bus_id` when it is absent (modules/api/api.go).
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
   * - go-cqhttp: yes — go-cqhttp 只响应 `delete_group_folder` 这个名称（modules/api/api.go 的路由）。 go-cqhttp answers only to the name `delete_group_folder` (the router in modules/api/api.go).
   */
  delete_group_folder: {
    params: DeleteGroupFolderParams;
    result: DeleteGroupFolderResult;
    variants: 'async';
  };
  /**
   * 删除频道角色 / Delete guild role
   *
   * 删除频道中的一个角色。
   *
   * Delete a role from a guild.
   *
   * Support:
   * - go-cqhttp: yes
   */
  delete_guild_role: {
    params: DeleteGuildRoleParams;
    result: DeleteGuildRoleResult;
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
   * - go-cqhttp: yes
   */
  delete_msg: { params: DeleteMsgParams; result: DeleteMsgResult; variants: 'async' };
  /**
   * 删除单向好友 / Delete one-way friend
   *
   * 从单向好友列表中删除一名用户。
   *
   * Remove a user from the one-way friend list.
   *
   * Support:
   * - go-cqhttp: yes
   */
  delete_unidirectional_friend: {
    params: DeleteUnidirectionalFriendParams;
    result: DeleteUnidirectionalFriendResult;
    variants: 'async';
  };
  /**
   * 下载文件到缓存目录 / Download file to cache
   *
   * 把网络文件下载到实现的缓存目录并返回其绝对路径，该路径可直接用于发送图片、语音等。调用会等到下载完成才返回， 下载大文件时注意超时。
   *
   * Download a network file into the implementation's cache directory and return its absolute path, which can be used directly to send pictures, voice and the like. The call returns only when the download is done, so mind timeouts for large files.
   *
   * Support:
   * - go-cqhttp: yes
   */
  download_file: { params: DownloadFileParams; result: DownloadFileResult; variants: 'async' };
  /**
   * 获取精华消息列表 / Get essence messages
   *
   * 列出一个群的全部精华消息。
   *
   * List a group's essence messages.
   *
   * Support:
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes — go-cqhttp 先读 `message_id`，其次 `id`（两者给一个即可）；结果是 `messages` 数组，每项含 `content`、`sender` 与 `time`。 go-cqhttp reads `message_id` first and `id` second (one is enough); the result is a `messages` array whose items hold `content`, `sender` and `time`.
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
   * - go-cqhttp: yes
   */
  get_friend_list: { params: GetFriendListParams; result: GetFriendListResult; variants: 'async' };
  /**
   * 获取群 @全体成员 剩余次数 / Get remaining @everyone mentions
   *
   * 查询登录号今天在一个群里还能 @全体成员 几次。
   *
   * Find out how many more times today the bot may mention everyone in a group.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_group_at_all_remain: {
    params: GetGroupAtAllRemainParams;
    result: GetGroupAtAllRemainResult;
    variants: 'async';
  };
  /**
   * 获取群文件系统信息 / Get group file system information
   *
   * 查询一个群的文件数量与空间用量。
   *
   * Find out how many files a group has and how much space they take.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_group_file_system_info: {
    params: GetGroupFileSystemInfoParams;
    result: GetGroupFileSystemInfoResult;
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
   * - go-cqhttp: yes — go-cqhttp 读 `[busid,bus_id].0`：先读 `busid`，没有时读 `bus_id`（modules/api/api.go）。 go-cqhttp reads `[busid,bus_id].0`: `busid`, or `bus_id` when it is absent (modules/api/api.go).
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes — go-cqhttp 的结果多出 `group_create_time`、`group_level`；登录号不在群中时（按群号搜索得到），另有 `group_memo`，而这两项与成员数均为 0（coolq/api.go 的 CQGetGroupInfo）。 go-cqhttp's result adds `group_create_time` and `group_level`; when the bot is not in the group (found by searching for the number), it also has `group_memo`, and these two and the member counts are 0 (CQGetGroupInfo in coolq/api.go).
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
   * - go-cqhttp: yes — go-cqhttp 多一个 `no_cache` 参数；列表项另有 `group_create_time` 与 `group_level`（coolq/api.go 的 CQGetGroupList）。 go-cqhttp takes an extra `no_cache` parameter; its items also have `group_create_time` and `group_level` (CQGetGroupList in coolq/api.go).
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
   * - go-cqhttp: yes — go-cqhttp 的结果多一个 `shut_up_timestamp`（禁言到期时间）。 go-cqhttp's result adds `shut_up_timestamp` (when the member's mute ends).
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
   * - go-cqhttp: yes — go-cqhttp 多一个 `no_cache` 参数；列表项同其 `get_group_member_info` 的结果，多一个 `shut_up_timestamp`（coolq/converter.go 的 convertGroupMemberInfo）。 go-cqhttp takes an extra `no_cache` parameter; items are shaped like its `get_group_member_info` result, with `shut_up_timestamp` added (convertGroupMemberInfo in coolq/converter.go).
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
   * - go-cqhttp: yes — 文档称返回起始序号之前的 19 条；实现请求的是序号区间 [message_seq − 19, message_seq]，即最多 20 条。 The docs say it returns the 19 messages before the starting one; the implementation asks for the sequence range [message_seq − 19, message_seq], so up to 20.
   */
  get_group_msg_history: {
    params: GetGroupMsgHistoryParams;
    result: GetGroupMsgHistoryResult;
    variants: 'async';
  };
  /**
   * 获取群根目录文件列表 / Get group root files
   *
   * 列出群文件根目录中的文件与文件夹。
   *
   * List the files and folders in a group's root folder.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_group_root_files: {
    params: GetGroupRootFilesParams;
    result: GetGroupRootFilesResult;
    variants: 'async';
  };
  /**
   * 获取群系统消息 / Get group system messages
   *
   * 取回登录号收到的加群请求与入群邀请，包括已处理的。
   *
   * Fetch the requests to join and the invitations the account has received, handled ones included.
   *
   * Support:
   * - go-cqhttp: yes — v0.9.40 以前的版本取不到被过滤的系统消息。 Versions before v0.9.40 miss filtered system messages.
   */
  get_group_system_msg: {
    params: GetGroupSystemMsgParams;
    result: GetGroupSystemMsgResult;
    variants: 'async';
  };
  /**
   * 获取子频道列表 / Get channel list
   *
   * 列出一个频道中的子频道。
   *
   * List the channels of a guild.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_guild_channel_list: {
    params: GetGuildChannelListParams;
    result: GetGuildChannelListResult;
    variants: 'async';
  };
  /**
   * 获取频道列表 / Get guild list
   *
   * 列出登录号已加入的频道。
   *
   * List the guilds the bot has joined.
   *
   * Support:
   * - go-cqhttp: yes — 文档称未加入任何频道时返回 `null`，实现返回空数组；文档把 `guild_display_id` 写作 int64，实现以字符串返回。 The docs say it answers `null` when no guild has been joined; the implementation answers an empty array. The docs give `guild_display_id` as int64; it is returned as a string.
   */
  get_guild_list: { params: GetGuildListParams; result: GetGuildListResult; variants: 'async' };
  /**
   * 获取频道成员列表 / Get guild members
   *
   * 分页列出频道成员：不给 `next_token` 时取第一页，之后传入上一页返回的 `next_token`。频道人数可能上万， 尽量改用 `get_guild_member_profile` 查询单个成员。
   *
   * List a guild's members page by page: without `next_token` you get the first page, then pass the `next_token` of the previous page. Guilds can have tens of thousands of members, so prefer `get_guild_member_profile` for single members.
   *
   * Support:
   * - go-cqhttp: yes — `next_token` 只在 10 分钟内有效，且只能用于同一个频道。 A `next_token` is valid for 10 minutes, and only for the same guild.
   */
  get_guild_member_list: {
    params: GetGuildMemberListParams;
    result: GetGuildMemberListResult;
    variants: 'async';
  };
  /**
   * 单独获取频道成员信息 / Get guild member profile
   *
   * 取得一名频道成员的资料与其全部角色。
   *
   * Get one guild member's profile with all their roles.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_guild_member_profile: {
    params: GetGuildMemberProfileParams;
    result: GetGuildMemberProfileResult;
    variants: 'async';
  };
  /**
   * 通过访客获取频道元数据 / Get guild metadata as guest
   *
   * 以访客身份取得一个频道的元数据，不要求已加入。
   *
   * Get a guild's metadata as a guest, without having joined it.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_guild_meta_by_guest: {
    params: GetGuildMetaByGuestParams;
    result: GetGuildMetaByGuestResult;
    variants: 'async';
  };
  /**
   * 获取频道消息 / Get guild message
   *
   * 取回一条频道消息。私信（direct）消息目前只返回来源信息，不含内容。
   *
   * Fetch a guild message. Direct messages currently come back with their source only, without content.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_guild_msg: { params: GetGuildMsgParams; result: GetGuildMsgResult; variants: 'async' };
  /**
   * 获取频道角色列表 / Get guild roles
   *
   * 列出一个频道的全部角色（身份组）。
   *
   * List a guild's roles.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_guild_roles: { params: GetGuildRolesParams; result: GetGuildRolesResult; variants: 'async' };
  /**
   * 获取频道系统内 BOT 的资料 / Get guild service profile
   *
   * 取得登录号在频道系统中的昵称、ID 与头像。
   *
   * Get the bot's nickname, ID and avatar in the guild service.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_guild_service_profile: {
    params: GetGuildServiceProfileParams;
    result: GetGuildServiceProfileResult;
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
   * - go-cqhttp: yes — go-cqhttp 的结果在本地路径 `file` 之外，还有图片源文件的大小、原文件名与下载地址。 go-cqhttp's result has, besides the local path `file`, the source image's size, original name and download URL.
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes — go-cqhttp 的结果多出 `group`、`group_id`（群消息时）、`message_seq` 等字段，`sender` 只有 `nickname` 与 `user_id`。 go-cqhttp's result adds `group`, `group_id` (for group messages), `message_seq` and more; `sender` has only `nickname` and `user_id`.
   */
  get_msg: { params: GetMsgParams; result: GetMsgResult; variants: 'async' };
  /**
   * 获取当前账号在线客户端列表 / Get online clients
   *
   * 列出登录号当前在线的其他客户端（手机、电脑等）。
   *
   * List the account's other clients that are online now (phone, PC and so on).
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_online_clients: {
    params: GetOnlineClientsParams;
    result: GetOnlineClientsResult;
    variants: 'async';
  };
  /**
   * 获取运行状态 / Get status
   *
   * 获取实现的运行状态。各实现附加的字段差别很大，判断状态时只应看 `online` 与 `good`。
   *
   * Get how the implementation is running. The fields implementations add differ widely; judge the status by `online` and `good` only.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 另有四个固定的 CQHTTP 遗留字段（`plugins_good` 恒为 `null`，其余恒为 `true`），`stat` 为详细的运行统计（coolq/api.go 的 CQGetStatus）。 go-cqhttp adds four fixed CQHTTP legacy fields (`plugins_good` is always `null`, the others always `true`), and `stat` holds detailed statistics (CQGetStatus in coolq/api.go).
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
   * - go-cqhttp: yes — go-cqhttp 的路由只读取 `user_id`，文档列出的 `no_cache` 实际不起作用；结果多出 `qid`、`level`、`login_days`。 go-cqhttp's router reads only `user_id`; the `no_cache` its docs list has no effect. The result adds `qid`, `level` and `login_days`.
   */
  get_stranger_info: {
    params: GetStrangerInfoParams;
    result: GetStrangerInfoResult;
    variants: 'async';
  };
  /**
   * 获取支持的动作列表 / Get supported actions
   *
   * 列出实现支持的全部动作名。
   *
   * List the names of every action the implementation supports.
   *
   * Support:
   * - go-cqhttp: yes — 见于较新版本的 go-cqhttp 源码，文档未列出。 In the source of newer go-cqhttp versions, not in its docs.
   */
  get_supported_actions: {
    params: GetSupportedActionsParams;
    result: GetSupportedActionsResult;
    variants: 'async';
  };
  /**
   * 获取话题频道帖子 / Get topic channel posts
   *
   * 列出一个话题（主题）子频道中的帖子。
   *
   * List the posts in a topic channel.
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_topic_channel_feeds: {
    params: GetTopicChannelFeedsParams;
    result: GetTopicChannelFeedsResult;
    variants: 'async';
  };
  /**
   * 获取单向好友列表 / Get one-way friends
   *
   * 列出只有对方把登录号加为好友（单向）的用户。
   *
   * List the users who have the account as a friend without being its friend (one-way).
   *
   * Support:
   * - go-cqhttp: yes
   */
  get_unidirectional_friend_list: {
    params: GetUnidirectionalFriendListParams;
    result: GetUnidirectionalFriendListResult;
    variants: 'async';
  };
  /**
   * 获取事件（HTTP 长轮询） / Get events (HTTP long polling)
   *
   * 取出排队等待的事件，队列为空时等待新事件。只有在 HTTP 服务器配置了长轮询时才有这个动作；其余时候事件照常推送。
   *
   * Take the queued events, waiting for one when the queue is empty. The action exists only when the HTTP server is configured for long polling; otherwise events are pushed as usual.
   *
   * Support:
   * - go-cqhttp: yes — 由 server/middlewares.go 的长轮询中间件应答，只在 HTTP 服务器开启 `long-polling` 时安装（v1.0.0-beta5 起）。 Answered by the long-polling middleware in server/middlewares.go, installed only when the HTTP server enables `long-polling` (since v1.0.0-beta5).
   */
  get_updates: { params: GetUpdatesParams; result: GetUpdatesResult; variants: 'async' };
  /**
   * 获取版本信息 / Get version information
   *
   * 获取实现的名称、版本及其实现的 OneBot 标准版本。
   *
   * Get the implementation's name and version, and the OneBot version it implements.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 另附大量字段，多为兼容 CQHTTP 的固定值（coolq/api.go 的 CQGetVersionInfo）；v1.2.0 起固定为 `true` 的字段名是 `go_cqhttp`，之前是 `go-cqhttp`。 go-cqhttp adds many fields, most of them fixed values for CQHTTP compatibility (CQGetVersionInfo in coolq/api.go); the field that is always `true` is named `go_cqhttp` since v1.2.0 and `go-cqhttp` before.
   */
  get_version_info: {
    params: GetVersionInfoParams;
    result: GetVersionInfoResult;
    variants: 'async';
  };
  /**
   * 标记消息已读 / Mark message as read
   *
   * 把一条消息所在会话标记为已读。
   *
   * Mark the conversation a message belongs to as read, up to that message.
   *
   * Support:
   * - go-cqhttp: yes
   */
  mark_msg_as_read: { params: MarkMsgAsReadParams; result: MarkMsgAsReadResult; variants: 'async' };
  /**
   * 图片 OCR / Image OCR
   *
   * 识别一张图片中的文字。go-cqhttp 只支持识别收到的图片。
   *
   * Recognise the text in a picture. go-cqhttp can only read pictures it has received.
   *
   * Support:
   * - go-cqhttp: yes
   */
  ocr_image: { params: OcrImageParams; result: OcrImageResult; variants: 'async' };
  /**
   * 获取企点账号信息 / Get Qidian account
   *
   * 取回企点账号的信息；只有用企点协议登录时可用，否则失败。
   *
   * Fetch the Qidian account's information; only available when logged in with the Qidian protocol, and fails otherwise.
   *
   * Support:
   * - go-cqhttp: yes
   */
  qidian_get_account_info: {
    params: QidianGetAccountInfoParams;
    result: QidianGetAccountInfoResult;
    variants: 'async';
  };
  /**
   * 重载事件过滤器 / Reload event filter
   *
   * 从文件重新读取事件过滤规则。
   *
   * Read the event filter rules from a file again.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 早期的文档中此动作不带参数，重载配置中的过滤器；当前版本（modules/api/api.go）读取 `file` 指定的文件。 go-cqhttp's early documentation has this action take no parameters and reload the configured filter; current versions (modules/api/api.go) read the file that `file` names.
   */
  reload_event_filter: {
    params: ReloadEventFilterParams;
    result: ReloadEventFilterResult;
    variants: 'async';
  };
  /**
   * 发送合并转发消息 / Send a forward message
   *
   * 发送合并转发消息（聊天记录）到群聊或私聊，目标的确定方式同 `send_msg`。节点放在 `message`（或其别名 `messages`）中，只能由 `node` 消息段组成；`news`、`prompt`、`summary`、`source` 可以自定义卡片外观（需要 packet 后端）。
   *
   * Send a forward message (a chat record) to a group or a private chat, choosing the target as `send_msg` does. The nodes go in `message` (or its alias `messages`) and must be `node` segments only; `news`, `prompt`, `summary` and `source` customise the card (this needs the packet backend).
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的路由（modules/api/api.go，仅 OneBot 11）有这个动作：`message_type` 为 `group` 时发到群，为 `private` 或给了 `user_id` 时发给好友，否则给了 `group_id` 时发到群；只读 `messages`，不读 `message`、`auto_escape`、`timeout` 与卡片外观参数。响应没有 `res_id`。 go-cqhttp's router (modules/api/api.go, OneBot 11 only) has this action: it sends to the group when `message_type` is `group`, to the user when it is `private` or `user_id` is given, and otherwise to `group_id`. It reads only `messages`, not `message`, `auto_escape`, `timeout` or the card parameters. Its answer has no `res_id`.
   */
  send_forward_msg: {
    params: SendForwardMsgParams;
    result: SendForwardMsgResult;
    variants: 'async';
  };
  /**
   * 发送合并转发（群聊） / Send forward to group
   *
   * 把若干节点打包成一条合并转发消息发到群里。节点可以引用已有消息，也可以是自定义发送者与内容的节点； 自定义节点的 `content` 为节点数组时构成嵌套转发。
   *
   * Pack nodes into one forward message and send it to a group. A node may quote an existing message or be a custom node with its own sender and content; a custom node whose `content` is an array of nodes makes a nested forward.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 文档把 `message_id` 写作 int64，实际返回 int32 的全局消息 ID（coolq/api.go）；`forward_id` 自 v1.0.0-rc4 起返回，没有 `res_id`。go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp's docs give `message_id` as int64; it returns the int32 global message ID (coolq/api.go). `forward_id` is returned since v1.0.0-rc4; there is no `res_id`. go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
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
   * - go-cqhttp: yes — go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
   */
  send_group_msg: {
    params: SendGroupMsgParams;
    result: SendGroupMsgResult;
    variants: 'async' | 'rate_limited';
  };
  /**
   * 群打卡 / Group check-in
   *
   * 以登录号在群里打卡。
   *
   * Check in to a group as the bot.
   *
   * Support:
   * - go-cqhttp: yes
   */
  send_group_sign: { params: SendGroupSignParams; result: SendGroupSignResult; variants: 'async' };
  /**
   * 发送信息到子频道 / Send channel message
   *
   * 向一个文字子频道发送消息。
   *
   * Send a message to a text channel.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
   */
  send_guild_channel_msg: {
    params: SendGuildChannelMsgParams;
    result: SendGuildChannelMsgResult;
    variants: 'async' | 'rate_limited';
  };
  /**
   * 发送消息 / Send message
   *
   * 发送私聊或群消息。`message_type` 决定发往何处；省略时，实现根据给出的是 `user_id` 还是 `group_id` 来判断。
   *
   * Send a private or a group message. `message_type` says where it goes; when it is left out, the implementation decides by whether `user_id` or `group_id` was given.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
   */
  send_msg: { params: SendMsgParams; result: SendMsgResult; variants: 'async' | 'rate_limited' };
  /**
   * 发送合并转发（好友） / Send forward to friend
   *
   * 把若干节点打包成一条合并转发消息发给好友；节点的写法与群聊相同。
   *
   * Pack nodes into one forward message and send it to a friend; nodes are written as for groups.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 文档把 `message_id` 写作 int64，实际返回 int32 的全局消息 ID（coolq/api.go）；`forward_id` 自 v1.0.0-rc4 起返回，没有 `res_id`。go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp's docs give `message_id` as int64; it returns the int32 global message ID (coolq/api.go). `forward_id` is returned since v1.0.0-rc4; there is no `res_id`. go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
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
   * - go-cqhttp: yes — go-cqhttp 多一个可选的 `group_id`：向非好友发起临时会话时，给出对方所在的群（登录号须为该群管理员或群主）。go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp takes an optional `group_id`, the group a temporary chat with a non-friend goes through (the bot must be an administrator or the owner there). go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes — go-cqhttp 的文档列出了 `remark`，但其路由只读取 `flag` 与 `approve`，备注不会被设置。 go-cqhttp's docs list `remark`, but its router reads only `flag` and `approve`; no remark is set.
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes — go-cqhttp 的路由（modules/api/api.go）有这个动作，`enable` 缺省为 `true`；QQ 已取消群匿名，调用实际上已无效果。 go-cqhttp's router (modules/api/api.go) has this action, with `enable` defaulting to `true`; QQ has dropped anonymous chat, so the call no longer has an effect.
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
   * - go-cqhttp: yes — go-cqhttp 从 `anonymous_flag` 或 `anonymous.flag` 读取 flag（只用 `anonymous` 的 `flag`），不读单独的 `flag`；`duration` 没有默认值，缺省时读作 0（modules/api/api.go）。QQ 已取消群匿名功能，此动作实际上已无法生效。 go-cqhttp reads the flag from `anonymous_flag` or `anonymous.flag` (only the `flag` of `anonymous` is used), not from a bare `flag`; `duration` has no default and reads as 0 when absent (modules/api/api.go). QQ has dropped anonymous group chat, so the action no longer has any effect.
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes — go-cqhttp 的路由还读取一个未写入文档的 `message` 参数，作为踢人时附带的说明。 go-cqhttp's router also reads an undocumented `message` parameter, a note sent with the kick.
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
   * - go-cqhttp: yes — go-cqhttp 的文档列出了 `is_dismiss`，但其路由只读取 `group_id`。 go-cqhttp's docs list `is_dismiss`, but its router reads only `group_id`.
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
   * - go-cqhttp: yes
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
   * - go-cqhttp: yes
   */
  set_group_portrait: {
    params: SetGroupPortraitParams;
    result: SetGroupPortraitResult;
    variants: 'async';
  };
  /**
   * 设置群组专属头衔 / Set special title
   *
   * 为一名成员设置专属头衔。需要登录号是群主。
   *
   * Give a member a special title. The bot must be the owner.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的文档列出了 `duration`，但其路由不读取它。 go-cqhttp's docs list `duration`, but its router does not read it.
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
   * - go-cqhttp: yes
   */
  set_group_whole_ban: {
    params: SetGroupWholeBanParams;
    result: SetGroupWholeBanResult;
    variants: 'async';
  };
  /**
   * 设置用户在频道中的角色 / Set members' guild role
   *
   * 授予或收回若干成员的某个频道角色。
   *
   * Grant a guild role to some members, or take it away.
   *
   * Support:
   * - go-cqhttp: yes — 文档称 `users` 也可以是单个字符串，但实现只读取数组；文档把 `role_id` 误述为频道 ID。 The docs say `users` may be a single string, but the implementation reads arrays only; the docs also mislabel `role_id` as a guild ID.
   */
  set_guild_member_role: {
    params: SetGuildMemberRoleParams;
    result: SetGuildMemberRoleResult;
    variants: 'async';
  };
  /**
   * 设置登录号资料 / Set account profile
   *
   * 修改登录号的资料；只修改给出的字段。
   *
   * Change the logged-in account's profile; only the fields given are changed.
   *
   * Support:
   * - go-cqhttp: yes
   */
  set_qq_profile: { params: SetQqProfileParams; result: SetQqProfileResult; variants: 'async' };
  /**
   * 修改频道角色 / Update guild role
   *
   * 修改一个频道角色的名称、颜色与展示方式。
   *
   * Change a guild role's name, colour and display.
   *
   * Support:
   * - go-cqhttp: yes — 文档中的参数名是 `independent`，而 go-cqhttp 的实现读取拼错的 `indepedent`；这里按实现记录。 The docs call the parameter `independent`, but go-cqhttp's implementation reads the misspelt `indepedent`; this spec follows the implementation.
   */
  update_guild_role: {
    params: UpdateGuildRoleParams;
    result: UpdateGuildRoleResult;
    variants: 'async';
  };
  /**
   * 上传群文件 / Upload group file
   *
   * 把一个本地文件上传到群文件，不给 `folder` 时放在根目录。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Upload a local file to a group's files, into the root folder unless `folder` is given. Only local files can be uploaded; download a network file with `download_file` first.
   *
   * Support:
   * - go-cqhttp: yes
   */
  upload_group_file: {
    params: UploadGroupFileParams;
    result: UploadGroupFileResult;
    variants: 'async';
  };
  /**
   * 上传私聊文件 / Upload private file
   *
   * 把一个本地文件发给好友。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Send a local file to a friend. Only local files can be sent; download a network file with `download_file` first.
   *
   * Support:
   * - go-cqhttp: yes
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

/**
 * Generated from the OneBot 11 spec (spec/, narrowed to napcat) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - napcat: NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c (2026-08-14)
 * Do not edit by hand: change the spec and generate again.
 */

import type { Event } from './events.js';
import type {
  AiCharacterCategory,
  AtAllRemain,
  DoubtFriendRequest,
  EmojiLikePage,
  FileOperationResult,
  ForwardNews,
  FriendCategory,
  GroupFile,
  GroupFolder,
  GroupNotifyRequest,
  HonorMember,
  HonorType,
  InputStatusType,
  LoginInfo,
  ModelShowVariant,
  NapCatEssenceMessage,
  NapCatForwardMessage,
  NapCatFriendInfo,
  NapCatGroupInfo,
  NapCatGroupMemberInfo,
  NapCatGroupNotice,
  NapCatGroupSystemMessages,
  NapCatMediaFile,
  NapCatMessage,
  NapCatMessageDetail,
  NapCatRefusal,
  NapCatSendMessage,
  NapCatSendResult,
  NapCatStrangerInfo,
  NcRkey,
  NtResult,
  OnlineExtStatus,
  OnlineStatus,
  ProfileLikeInfo,
  QuickOperationContext,
  RecentContact,
  RecommendContactArk,
  Rkey,
  RobotUinRange,
  StreamDownloadPacket,
  StreamUploadStatus,
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

/** Parameters of `_del_group_notice` (删除群公告 / Delete group notice). */
export interface DelGroupNoticeParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 公告 ID，取自 `_get_group_notice`
   *
   * The notice ID, from `_get_group_notice`
   */
  notice_id: string;
}

/** The `data` that `_del_group_notice` (删除群公告 / Delete group notice) answers with. */
export interface DelGroupNoticeResult {
  /**
   * 结果码，0 为成功
   *
   * Result code; 0 on success
   * @format int32
   */
  result: number;
  /**
   * 错误信息
   *
   * Error message
   */
  errMsg: string;
}

/** Parameters of `_get_group_notice` (获取群公告 / Get group notices). */
export interface GetGroupNoticeParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `_get_group_notice` (获取群公告 / Get group notices) answers with. */
export type GetGroupNoticeResult = NapCatGroupNotice[];

/** Parameters of `_get_model_show` (获取在线机型 / Get device model variants). */
export interface GetModelShowParams {
  /**
   * 机型名称（NapCat 不使用）
   *
   * Model name (NapCat does not use it)
   */
  model?: string;
}

/** The `data` that `_get_model_show` (获取在线机型 / Get device model variants) answers with. */
export type GetModelShowResult = {
  /**
   * 唯一的展示名称
   *
   * The one name shown
   */
  variants: ModelShowVariant;
}[];

/** Parameters of `_mark_all_as_read` (设置所有消息已读 / Mark all messages as read). */
export type MarkAllAsReadParams = Record<string, never>;

/** The `data` that `_mark_all_as_read` (设置所有消息已读 / Mark all messages as read) answers with. */
export type MarkAllAsReadResult = null;

/** Parameters of `_send_group_notice` (发送群公告 / Send group notice). */
export interface SendGroupNoticeParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
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
  /**
   * 是否置顶（0/1）
   *
   * Whether to pin it (0/1)
   * @defaultValue 0
   */
  pinned?: number | string;
  /**
   * 公告类型
   *
   * Notice type
   * @defaultValue 1
   */
  type?: number | string;
  /**
   * 是否需要群成员确认（0/1）
   *
   * Whether members must confirm it (0/1)
   * @defaultValue 1
   */
  confirm_required?: number | string;
  /**
   * 是否引导修改群名片（0/1）
   *
   * Whether to prompt members to edit their card (0/1)
   * @defaultValue 0
   */
  is_show_edit_card?: number | string;
  /**
   * 弹窗类型
   *
   * Pop-up type
   * @defaultValue 0
   */
  tip_window_type?: number | string;
}

/** The `data` that `_send_group_notice` (发送群公告 / Send group notice) answers with. */
export type SendGroupNoticeResult = null;

/** Parameters of `_set_model_show` (设置在线机型 / Set device model shown). */
export type SetModelShowParams = Record<string, never>;

/** The `data` that `_set_model_show` (设置在线机型 / Set device model shown) answers with. */
export type SetModelShowResult = null;

/** Parameters of `add_custom_face` (添加收藏表情 / Add a favorite sticker). */
export interface AddCustomFaceParams {
  /**
   * 本地文件路径
   *
   * Local file path
   */
  file: string;
  /**
   * 表情 ID；省略时为空
   *
   * Sticker id; empty when omitted
   */
  emoji_id?: number | string;
  /**
   * 表情包 ID；省略时为 0
   *
   * Sticker pack id; 0 when omitted
   */
  package_id?: number | string;
  /**
   * 文件名；省略时取路径的文件名
   *
   * File name; taken from the path when omitted
   */
  file_name?: string;
  /**
   * 文件大小；省略时读取文件
   *
   * File size; read from the file when omitted
   */
  file_size?: number | string;
  /**
   * 文件 MD5；省略时计算
   *
   * File MD5; computed when omitted
   */
  md5?: string;
  /**
   * 是否商城表情
   *
   * Whether it is a store sticker
   * @defaultValue false
   */
  is_mark_face?: boolean;
  /**
   * 是否原图
   *
   * Whether to keep the original image
   * @defaultValue true
   */
  is_origin?: boolean;
}

/** The `data` that `add_custom_face` (添加收藏表情 / Add a favorite sticker) answers with. */
export type AddCustomFaceResult = unknown;

/** Parameters of `bot_exit` (退出 NapCat / Exit NapCat). */
export type BotExitParams = Record<string, never>;

/** The `data` that `bot_exit` (退出 NapCat / Exit NapCat) answers with. */
export type BotExitResult = null;

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

/** Parameters of `cancel_group_album_media_like` (取消点赞群相册媒体 / Unlike group album media). */
export interface CancelGroupAlbumMediaLikeParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 相册 ID
   *
   * Album id
   */
  album_id: string;
  /**
   * 上传批次 ID
   *
   * Upload batch id
   */
  batch_id: string;
  /**
   * 媒体 ID；对整次上传时省略
   *
   * Media id; omit for the whole upload
   */
  lloc?: string;
}

/** The `data` that `cancel_group_album_media_like` (取消点赞群相册媒体 / Unlike group album media) answers with. */
export type CancelGroupAlbumMediaLikeResult = unknown;

/** Parameters of `cancel_group_todo` (取消群待办 / Cancel group to-do). */
export interface CancelGroupTodoParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 待办消息的 ID
   *
   * Id of the to-do message
   */
  message_id?: number | string;
  /**
   * 待办消息的序号
   *
   * Sequence number of the to-do message
   */
  message_seq?: number | string;
}

/** The `data` that `cancel_group_todo` (取消群待办 / Cancel group to-do) answers with. */
export type CancelGroupTodoResult = null;

/** Parameters of `cancel_online_file` (取消在线文件 / Cancel an online file). */
export interface CancelOnlineFileParams {
  /**
   * 对方 QQ 号
   *
   * The user's QQ number
   */
  user_id: number | string;
  /**
   * 在线文件消息的 ID
   *
   * Id of the online-file message
   */
  msg_id: string;
}

/** The `data` that `cancel_online_file` (取消在线文件 / Cancel an online file) answers with. */
export type CancelOnlineFileResult = unknown;

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
   * 恒为 1（安全）
   *
   * Always 1 (safe)
   */
  level: 1;
}

/** Parameters of `clean_cache` (清理缓存 / Clean cache). */
export type CleanCacheParams = Record<string, never>;

/** The `data` that `clean_cache` (清理缓存 / Clean cache) answers with. */
export type CleanCacheResult = null;

/** Parameters of `clean_stream_temp_file` (清理流式传输临时文件 / Clean up streaming temporary files). */
export type CleanStreamTempFileParams = Record<string, never>;

/** The `data` that `clean_stream_temp_file` (清理流式传输临时文件 / Clean up streaming temporary files) answers with. */
export type CleanStreamTempFileResult = null;

/** Parameters of `click_inline_keyboard_button` (点击消息按钮 / Click a message button). */
export interface ClickInlineKeyboardButtonParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 机器人的 AppID
   *
   * The bot's AppID
   */
  bot_appid: string;
  /**
   * 按钮 ID
   *
   * Button id
   * @defaultValue ""
   */
  button_id?: string;
  /**
   * 按钮的回调数据
   *
   * The button's callback data
   * @defaultValue ""
   */
  callback_data?: string;
  /**
   * 按钮所在消息的序号
   *
   * Sequence number of the message with the button
   * @defaultValue "10086"
   */
  msg_seq?: string;
}

/** The `data` that `click_inline_keyboard_button` (点击消息按钮 / Click a message button) answers with. */
export interface ClickInlineKeyboardButtonResult {
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
   * 状态
   *
   * Status
   * @format int32
   */
  status?: number;
  /**
   * 机器人返回的提示文字
   *
   * The bot's prompt text
   */
  promptText: string;
  /**
   * 提示类型
   *
   * Prompt type
   * @format int32
   */
  promptType: number;
  /**
   * 提示图标
   *
   * Prompt icon
   * @format int32
   */
  promptIcon: number;
}

/** Parameters of `complete_group_todo` (完成群待办 / Complete group to-do). */
export interface CompleteGroupTodoParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 待办消息的 ID
   *
   * Id of the to-do message
   */
  message_id?: number | string;
  /**
   * 待办消息的序号
   *
   * Sequence number of the to-do message
   */
  message_seq?: number | string;
}

/** The `data` that `complete_group_todo` (完成群待办 / Complete group to-do) answers with. */
export type CompleteGroupTodoResult = null;

/** Parameters of `create_collection` (创建收藏 / Create a favorite). */
export interface CreateCollectionParams {
  /**
   * 收藏的内容
   *
   * The content
   */
  rawData: string;
  /**
   * 摘要（标题）
   *
   * Summary (title)
   */
  brief: string;
}

/** The `data` that `create_collection` (创建收藏 / Create a favorite) answers with. */
export type CreateCollectionResult = NtResult;

/** Parameters of `create_flash_task` (创建闪传任务 / Create a flash transfer task). */
export interface CreateFlashTaskParams {
  /**
   * 一个或多个本地文件路径
   *
   * One or more local file paths
   */
  files: string | string[];
  /**
   * 任务名称
   *
   * Task name
   */
  name?: string;
  /**
   * 缩略图路径；省略时自动生成
   *
   * Thumbnail path; made automatically when omitted
   */
  thumb_path?: string;
}

/** The `data` that `create_flash_task` (创建闪传任务 / Create a flash transfer task) answers with. */
export type CreateFlashTaskResult = unknown;

/** Parameters of `create_group_file_folder` (创建群文件文件夹 / Create group folder). */
export interface CreateGroupFileFolderParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 文件夹名称
   *
   * Folder name
   */
  name?: string;
  /**
   * 同 `name`
   *
   * Same as `name`
   */
  folder_name?: string;
}

/** The `data` that `create_group_file_folder` (创建群文件文件夹 / Create group folder) answers with. */
export interface CreateGroupFileFolderResult {
  /**
   * QQ NT 的操作结果（原始数据）
   *
   * QQ NT's outcome (raw data)
   */
  result: Record<string, unknown>;
  /**
   * 新建的文件夹（原始数据）
   *
   * The new folder (raw data)
   */
  groupItem: Record<string, unknown>;
}

/** Parameters of `del_group_album_media` (删除群相册媒体 / Delete media from a group album). */
export interface DelGroupAlbumMediaParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 相册 ID
   *
   * Album id
   */
  album_id: string;
  /**
   * 媒体 ID（lloc）
   *
   * Media id (lloc)
   */
  lloc: string;
}

/** The `data` that `del_group_album_media` (删除群相册媒体 / Delete media from a group album) answers with. */
export type DelGroupAlbumMediaResult = unknown;

/** Parameters of `delete_custom_face` (删除收藏表情 / Delete favorite stickers). */
export interface DeleteCustomFaceParams {
  /**
   * 一个或多个 `resId`
   *
   * One or more `resId`s
   */
  res_id?: string | string[];
  /**
   * 同 `res_id`（QQ 内部接口的名称）
   *
   * The same as `res_id` (the name of QQ's internal call)
   */
  id?: string | string[];
  /**
   * `resId` 列表
   *
   * A list of `resId`s
   */
  ids?: string[];
  /**
   * 不起作用：按 MD5 无法删除，仅为提示而保留
   *
   * Has no effect - stickers cannot be deleted by MD5; kept only as a hint
   */
  md5?: string | string[];
}

/** The `data` that `delete_custom_face` (删除收藏表情 / Delete favorite stickers) answers with. */
export type DeleteCustomFaceResult = unknown;

/** Parameters of `delete_essence_msg` (移出精华消息 / Remove essence message). */
export interface DeleteEssenceMsgParams {
  /**
   * 消息 ID；不给时须给出后三个参数
   *
   * Message ID; without it the next three are needed
   */
  message_id?: number | string;
  /**
   * 群号
   *
   * Group number
   */
  group_id?: number | string;
  /**
   * 消息序号
   *
   * Message sequence number
   */
  msg_seq?: number | string;
  /**
   * 消息随机数
   *
   * Message random
   */
  msg_random?: number | string;
}

/** The `data` that `delete_essence_msg` (移出精华消息 / Remove essence message) answers with. */
export type DeleteEssenceMsgResult = unknown;

/** Parameters of `delete_friend` (删除好友 / Delete friend). */
export interface DeleteFriendParams {
  /**
   * 好友 QQ 号
   *
   * The friend's QQ number
   */
  user_id?: number | string;
  /**
   * 同 `user_id`
   *
   * Same as `user_id`
   */
  friend_id?: number | string;
  /**
   * 是否同时拉黑
   *
   * Whether to block as well
   */
  temp_block?: boolean;
  /**
   * 是否双向删除
   *
   * Whether to delete on both sides
   */
  temp_both_del?: boolean;
}

/** The `data` that `delete_friend` (删除好友 / Delete friend) answers with. */
export type DeleteFriendResult = NtResult | NapCatRefusal;

/** Parameters of `delete_group_file` (删除群文件 / Delete group file). */
export interface DeleteGroupFileParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 文件 ID，取自 `GroupFile`
   *
   * The file ID, from a `GroupFile`
   */
  file_id: string;
}

/** The `data` that `delete_group_file` (删除群文件 / Delete group file) answers with. */
export type DeleteGroupFileResult = unknown;

/** Parameters of `delete_group_folder` (删除群文件文件夹 / Delete group folder). */
export interface DeleteGroupFolderParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 文件夹 ID
   *
   * Folder ID
   */
  folder_id?: string;
  /**
   * 同 `folder_id`
   *
   * Same as `folder_id`
   */
  folder?: string;
}

/** The `data` that `delete_group_folder` (删除群文件文件夹 / Delete group folder) answers with. */
export type DeleteGroupFolderResult = unknown;

/** Parameters of `delete_msg` (撤回消息 / Recall message). */
export interface DeleteMsgParams {
  /**
   * 要撤回的消息 ID（也可为字符串）
   *
   * ID of the message to recall (a string is accepted too)
   */
  message_id: number | string;
}

/** The `data` that `delete_msg` (撤回消息 / Recall message) answers with. */
export type DeleteMsgResult = null;

/** Parameters of `delete_qzone_msg` (删除 QQ 空间说说 / Delete a Qzone post). */
export interface DeleteQzoneMsgParams {
  /**
   * 说说的 tid（`send_qzone_msg` 的结果）
   *
   * The post's tid (from `send_qzone_msg`)
   */
  tid: string;
}

/** The `data` that `delete_qzone_msg` (删除 QQ 空间说说 / Delete a Qzone post) answers with. */
export type DeleteQzoneMsgResult = null;

/** Parameters of `do_group_album_comment` (评论群相册媒体 / Comment on group album media). */
export interface DoGroupAlbumCommentParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 相册 ID
   *
   * Album id
   */
  album_id: string;
  /**
   * 媒体 ID（lloc）
   *
   * Media id (lloc)
   */
  lloc: string;
  /**
   * 评论内容
   *
   * Comment text
   */
  content: string;
}

/** The `data` that `do_group_album_comment` (评论群相册媒体 / Comment on group album media) answers with. */
export type DoGroupAlbumCommentResult = unknown;

/** Parameters of `download_file` (下载文件到缓存目录 / Download file to cache). */
export interface DownloadFileParams {
  /**
   * 下载地址；与 `base64` 二选一
   *
   * The URL; give this or `base64`
   */
  url?: string;
  /**
   * 自定义请求头：`名=值` 字符串的数组，或以 `\r\n` 分隔的单个字符串
   *
   * Custom request headers: an array of `Name=value` strings, or one string separated by `\r\n`
   */
  headers?: string | string[];
  /**
   * 文件内容的 base64；与 `url` 二选一
   *
   * The file content in base64; give this or `url`
   */
  base64?: string;
  /**
   * 保存的文件名
   *
   * File name to save as
   */
  name?: string;
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

/** Parameters of `download_file_image_stream` (流式下载图片 / Download an image as a stream). */
export interface DownloadFileImageStreamParams {
  /**
   * 图片文件 ID 或 URL；与 `file_id` 二选一
   *
   * Image file id or URL; this or `file_id`
   */
  file?: string;
  /**
   * 文件 ID
   *
   * File id
   */
  file_id?: string;
  /**
   * 分片大小（字节）
   *
   * Chunk size (bytes)
   * @format int32
   * @defaultValue 65536
   */
  chunk_size?: number;
}

/** The `data` that `download_file_image_stream` (流式下载图片 / Download an image as a stream) answers with. */
export type DownloadFileImageStreamResult = StreamDownloadPacket;

/** Parameters of `download_file_record_stream` (流式下载语音 / Download a voice file as a stream). */
export interface DownloadFileRecordStreamParams {
  /**
   * 语音文件 ID；与 `file_id` 二选一
   *
   * Voice file id; this or `file_id`
   */
  file?: string;
  /**
   * 文件 ID
   *
   * File id
   */
  file_id?: string;
  /**
   * 分片大小（字节）
   *
   * Chunk size (bytes)
   * @format int32
   * @defaultValue 65536
   */
  chunk_size?: number;
  /**
   * 转换后的格式；省略时不转换
   *
   * Format to convert to; no conversion when omitted
   */
  out_format?: 'mp3' | 'amr' | 'wma' | 'm4a' | 'spx' | 'ogg' | 'wav' | 'flac';
}

/** The `data` that `download_file_record_stream` (流式下载语音 / Download a voice file as a stream) answers with. */
export type DownloadFileRecordStreamResult = StreamDownloadPacket;

/** Parameters of `download_file_stream` (流式下载文件 / Download a file as a stream). */
export interface DownloadFileStreamParams {
  /**
   * 文件 ID、文件名或 URL；与 `file_id` 二选一
   *
   * File id, name or URL; this or `file_id`
   */
  file?: string;
  /**
   * 文件 ID
   *
   * File id
   */
  file_id?: string;
  /**
   * 分片大小（字节）
   *
   * Chunk size (bytes)
   * @format int32
   * @defaultValue 65536
   */
  chunk_size?: number;
}

/** The `data` that `download_file_stream` (流式下载文件 / Download a file as a stream) answers with. */
export type DownloadFileStreamResult = StreamDownloadPacket;

/** Parameters of `download_fileset` (下载文件集 / Download a file set). */
export interface DownloadFilesetParams {
  /**
   * 文件集 ID
   *
   * File set id
   */
  fileset_id: string;
}

/** The `data` that `download_fileset` (下载文件集 / Download a file set) answers with. */
export type DownloadFilesetResult = unknown;

/** Parameters of `fetch_custom_face` (获取收藏表情 / Get saved stickers). */
export interface FetchCustomFaceParams {
  /**
   * 最多获取的数量（也可为字符串）
   *
   * The most to fetch (a string is accepted too)
   * @defaultValue 48
   */
  count?: number | string;
}

/** The `data` that `fetch_custom_face` (获取收藏表情 / Get saved stickers) answers with. */
export type FetchCustomFaceResult = string[];

/** Parameters of `fetch_custom_face_detail` (获取收藏表情详情 / Get favorite sticker details). */
export interface FetchCustomFaceDetailParams {
  /**
   * 获取数量
   *
   * How many
   * @defaultValue 48
   */
  count?: number | string;
}

/** The `data` that `fetch_custom_face_detail` (获取收藏表情详情 / Get favorite sticker details) answers with. */
export type FetchCustomFaceDetailResult = Record<string, unknown>[];

/** Parameters of `fetch_emoji_like` (获取消息表情回应详情 / Get emoji reactions of a message). */
export interface FetchEmojiLikeParams {
  /**
   * 消息 ID
   *
   * Message id
   */
  message_id: number | string;
  /**
   * 表情 ID
   *
   * Emoji id
   */
  emojiId: number | string;
  /**
   * 表情类型：1 为 QQ 表情，2 为 emoji
   *
   * Emoji type: 1 for a QQ face, 2 for an emoji
   */
  emojiType: number | string;
  /**
   * 每页数量
   *
   * Page size
   * @defaultValue 20
   */
  count?: number | string;
  /**
   * 翻页 cookie；第一页为空
   *
   * Paging cookie; empty for the first page
   * @defaultValue ""
   */
  cookie?: string;
}

/** The `data` that `fetch_emoji_like` (获取消息表情回应详情 / Get emoji reactions of a message) answers with. */
export type FetchEmojiLikeResult = EmojiLikePage;

/** Parameters of `fetch_ptt_text` (语音转文字 / Speech to text). */
export interface FetchPttTextParams {
  /**
   * 语音消息的 ID
   *
   * Id of the voice message
   */
  message_id: number | string;
}

/** The `data` that `fetch_ptt_text` (语音转文字 / Speech to text) answers with. */
export interface FetchPttTextResult {
  /**
   * 识别出的文字
   *
   * The recognised text
   */
  text: string;
}

/** Parameters of `forward_friend_single_msg` (转发单条消息到私聊 / Forward a message to a private chat). */
export interface ForwardFriendSingleMsgParams {
  /**
   * 要转发的消息 ID
   *
   * Id of the message to forward
   */
  message_id: number | string;
  /**
   * 目标 QQ 号；省略时转发到 `group_id` 的群
   *
   * Target QQ number; without it the message goes to the group `group_id`
   */
  user_id?: number | string;
  /**
   * 目标群号，只在没有 `user_id` 时使用
   *
   * Target group, used only without `user_id`
   */
  group_id?: number | string;
}

/** The `data` that `forward_friend_single_msg` (转发单条消息到私聊 / Forward a message to a private chat) answers with. */
export type ForwardFriendSingleMsgResult = null;

/** Parameters of `forward_group_single_msg` (转发单条消息到群 / Forward a message to a group). */
export interface ForwardGroupSingleMsgParams {
  /**
   * 要转发的消息 ID
   *
   * Id of the message to forward
   */
  message_id: number | string;
  /**
   * 目标群号；给出 `user_id` 时可以省略
   *
   * Target group; may be left out when `user_id` is given
   */
  group_id?: number | string;
  /**
   * 给出时改为转发到该用户的私聊
   *
   * When given, the message goes to this user's private chat instead
   */
  user_id?: number | string;
}

/** The `data` that `forward_group_single_msg` (转发单条消息到群 / Forward a message to a group) answers with. */
export type ForwardGroupSingleMsgResult = null;

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
   */
  group_id: number | string;
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
}

/** The `data` that `get_ai_record` (AI 文字转语音 / AI text to speech) answers with. */
export type GetAiRecordResult = string;

/** Parameters of `get_clientkey` (获取 clientkey / Get clientkey). */
export type GetClientkeyParams = Record<string, never>;

/** The `data` that `get_clientkey` (获取 clientkey / Get clientkey) answers with. */
export interface GetClientkeyResult {
  /**
   * clientkey；取不到时缺省
   *
   * The clientkey; absent when it cannot be fetched
   */
  clientkey?: string;
}

/** Parameters of `get_collection_list` (获取收藏列表 / Get favorites). */
export interface GetCollectionListParams {
  /**
   * 收藏分类 ID
   *
   * Category id
   */
  category: number | string;
  /**
   * 获取数量
   *
   * How many items
   * @defaultValue "50"
   */
  count?: number | string;
}

/** The `data` that `get_collection_list` (获取收藏列表 / Get favorites) answers with. */
export interface GetCollectionListResult {
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
   * 收藏列表
   *
   * The favorites
   */
  collectionSearchList: {
    /**
     * 收藏条目（原始数据）
     *
     * Items (raw data)
     */
    collectionItemList: Record<string, unknown>[];
    /**
     * 是否还有更多
     *
     * Whether there are more
     */
    hasMore: boolean;
    /**
     * 翻页时间戳
     *
     * Paging timestamp
     */
    bottomTimeStamp: string;
  };
}

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
  /**
   * CSRF Token（bkn），取不到 skey 时为空字符串
   *
   * The CSRF token (bkn); empty when there is no skey
   */
  bkn: string;
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
export interface GetCredentialsResult {
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
  token: number;
}

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

/** Parameters of `get_doubt_friends_add_request` (获取被过滤的好友申请 / Get filtered friend requests). */
export interface GetDoubtFriendsAddRequestParams {
  /**
   * 最多返回的条数
   *
   * The most requests to return
   * @format int32
   * @defaultValue 50
   */
  count?: number;
}

/** The `data` that `get_doubt_friends_add_request` (获取被过滤的好友申请 / Get filtered friend requests) answers with. */
export type GetDoubtFriendsAddRequestResult = DoubtFriendRequest[];

/** Parameters of `get_emoji_likes` (获取消息表情回应列表 / List emoji reactions of a message). */
export interface GetEmojiLikesParams {
  /**
   * 消息 ID（短 ID 或长 ID）
   *
   * Message id (short or long)
   */
  message_id: number | string;
  /**
   * 群号；使用长 ID 时必填
   *
   * Group number; required with a long id
   */
  group_id?: number | string;
  /**
   * 表情 ID
   *
   * Emoji id
   */
  emoji_id: string;
  /**
   * 表情类型；省略时按 `emoji_id` 长度推断（不超过 3 位为 1，否则为 2）
   *
   * Emoji type; when omitted it is inferred from the length of `emoji_id` (1 for up to 3 digits, else 2)
   */
  emoji_type?: string;
  /**
   * 最多返回的人数；0 表示全部
   *
   * The most users to return; 0 for all
   * @format int32
   * @defaultValue 0
   */
  count?: number;
}

/** The `data` that `get_emoji_likes` (获取消息表情回应列表 / List emoji reactions of a message) answers with. */
export interface GetEmojiLikesResult {
  /**
   * 回应者
   *
   * Reactors
   */
  emoji_like_list: {
    /**
     * 回应者 QQ 号
     *
     * Reactor's QQ number
     */
    user_id: string;
    /**
     * 昵称
     *
     * Nickname
     */
    nick_name: string;
  }[];
}

/** Parameters of `get_essence_msg_list` (获取精华消息列表 / Get essence messages). */
export interface GetEssenceMsgListParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `get_essence_msg_list` (获取精华消息列表 / Get essence messages) answers with. */
export type GetEssenceMsgListResult = NapCatEssenceMessage[];

/** Parameters of `get_file` (获取文件 / Get a file). */
export interface GetFileParams {
  /**
   * 文件 ID；与 `file` 二选一
   *
   * File id; this or `file`
   */
  file_id?: string;
  /**
   * 文件 ID 或文件名；与 `file_id` 二选一（两者都给时以 `file` 为准）
   *
   * File id or name; this or `file_id` (`file` wins when both are given)
   */
  file?: string;
}

/** The `data` that `get_file` (获取文件 / Get a file) answers with. */
export interface GetFileResult {
  /**
   * 本地路径
   *
   * Local path
   */
  file?: string;
  /**
   * 下载 URL；取不到时为本地路径
   *
   * Download URL; the local path when there is none
   */
  url?: string;
  /**
   * 文件大小（字节，字符串）
   *
   * Size in bytes (a string)
   */
  file_size?: string;
  /**
   * 文件名
   *
   * File name
   */
  file_name?: string;
  /**
   * Base64 内容（需开启相应选项）
   *
   * Base64 content (when the option is on)
   */
  base64?: string;
}

/** Parameters of `get_fileset_id` (由分享码获取文件集 ID / Get a file set id from a share code). */
export interface GetFilesetIdParams {
  /**
   * 分享码或分享链接
   *
   * Share code or share link
   */
  share_code: string;
}

/** The `data` that `get_fileset_id` (由分享码获取文件集 ID / Get a file set id from a share code) answers with. */
export interface GetFilesetIdResult {
  /**
   * 文件集 ID
   *
   * The file set id
   */
  fileset_id: string;
}

/** Parameters of `get_fileset_info` (获取文件集信息 / Get file set information). */
export interface GetFilesetInfoParams {
  /**
   * 文件集 ID
   *
   * File set id
   */
  fileset_id: string;
}

/** The `data` that `get_fileset_info` (获取文件集信息 / Get file set information) answers with. */
export type GetFilesetInfoResult = unknown;

/** Parameters of `get_flash_file_list` (获取闪传文件列表 / List the files of a flash transfer). */
export interface GetFlashFileListParams {
  /**
   * 文件集 ID
   *
   * File set id
   */
  fileset_id: string;
}

/** The `data` that `get_flash_file_list` (获取闪传文件列表 / List the files of a flash transfer) answers with. */
export type GetFlashFileListResult = unknown;

/** Parameters of `get_flash_file_url` (获取闪传文件链接 / Get a flash transfer file URL). */
export interface GetFlashFileUrlParams {
  /**
   * 文件集 ID
   *
   * File set id
   */
  fileset_id: string;
  /**
   * 文件名
   *
   * File name
   */
  file_name?: string;
  /**
   * 文件序号（从 0 开始）
   *
   * File index (from 0)
   * @format int32
   */
  file_index?: number;
}

/** The `data` that `get_flash_file_url` (获取闪传文件链接 / Get a flash transfer file URL) answers with. */
export type GetFlashFileUrlResult = unknown;

/** Parameters of `get_forward_msg` (获取合并转发消息 / Get forwarded messages). */
export interface GetForwardMsgParams {
  /**
   * 合并转发 ID；与 `message_id` 二选一
   *
   * The forward ID; give this or `message_id`
   */
  id?: string;
  /**
   * 合并转发 ID；与 `id` 二选一
   *
   * The forward ID; give this or `id`
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
  messages: NapCatForwardMessage[];
}

/** Parameters of `get_friend_list` (获取好友列表 / Get friend list). */
export interface GetFriendListParams {
  /**
   * 是否跳过缓存；也接受字符串 `'true'`
   *
   * Whether to skip the cache; the string `'true'` works too
   * @defaultValue false
   */
  no_cache?: boolean | string;
}

/** The `data` that `get_friend_list` (获取好友列表 / Get friend list) answers with. */
export type GetFriendListResult = NapCatFriendInfo[];

/** Parameters of `get_friend_msg_history` (获取私聊历史消息 / Get private message history). */
export interface GetFriendMsgHistoryParams {
  /**
   * 对方 QQ 号
   *
   * The user's QQ number
   */
  user_id: number | string;
  /**
   * 起始消息的 ID 或序号；省略或为 0 表示从最新开始
   *
   * Id or sequence number of the message to start from; omitted or 0 starts from the latest
   */
  message_seq?: number | string;
  /**
   * 消息条数
   *
   * How many messages
   * @format int32
   * @defaultValue 20
   */
  count?: number;
  /**
   * 是否倒序
   *
   * Whether to reverse the order
   * @defaultValue false
   */
  reverse_order?: boolean;
  /**
   * `reverse_order` 的旧名称，仍被接受
   *
   * The old name of `reverse_order`, still accepted
   * @defaultValue false
   */
  reverseOrder?: boolean;
  /**
   * 不为图片等资源获取下载链接（更快）
   *
   * Skip fetching download URLs for images and other media (faster)
   * @defaultValue false
   */
  disable_get_url?: boolean;
  /**
   * 是否展开合并转发消息
   *
   * Whether to expand forwarded messages
   * @defaultValue true
   */
  parse_mult_msg?: boolean;
  /**
   * 保留参数
   *
   * Reserved
   * @defaultValue false
   */
  quick_reply?: boolean;
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

/** Parameters of `get_friends_with_category` (获取分组好友列表 / Get friends by category). */
export type GetFriendsWithCategoryParams = Record<string, never>;

/** The `data` that `get_friends_with_category` (获取分组好友列表 / Get friends by category) answers with. */
export type GetFriendsWithCategoryResult = FriendCategory[];

/** Parameters of `get_group_album_media_list` (获取群相册媒体列表 / List media in a group album). */
export interface GetGroupAlbumMediaListParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 相册 ID
   *
   * Album id
   */
  album_id: string;
  /**
   * 翻页信息；第一页为空
   *
   * Paging information; empty for the first page
   * @defaultValue ""
   */
  attach_info?: string;
}

/** The `data` that `get_group_album_media_list` (获取群相册媒体列表 / List media in a group album) answers with. */
export type GetGroupAlbumMediaListResult = unknown;

/** Parameters of `get_group_at_all_remain` (获取群 @全体成员 剩余次数 / Get remaining @everyone mentions). */
export interface GetGroupAtAllRemainParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `get_group_at_all_remain` (获取群 @全体成员 剩余次数 / Get remaining @everyone mentions) answers with. */
export type GetGroupAtAllRemainResult = AtAllRemain;

/** Parameters of `get_group_detail_info` (获取群详细信息 / Get group details). */
export interface GetGroupDetailInfoParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `get_group_detail_info` (获取群详细信息 / Get group details) answers with. */
export interface GetGroupDetailInfoResult {
  [key: string]: unknown;
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
   * 成员数
   *
   * Members
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
  /**
   * 全员禁言：-1 为开启，0 为关闭
   *
   * Whole-group mute: -1 on, 0 off
   * @format int32
   */
  group_all_shut: number;
  /**
   * 群备注（当前恒为空字符串）
   *
   * Group remark (currently always empty)
   */
  group_remark: string;
}

/** Parameters of `get_group_file_system_info` (获取群文件系统信息 / Get group file system information). */
export interface GetGroupFileSystemInfoParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `get_group_file_system_info` (获取群文件系统信息 / Get group file system information) answers with. */
export interface GetGroupFileSystemInfoResult {
  /**
   * 文件总数
   *
   * Number of files
   * @format int32
   */
  file_count: number;
  /**
   * 文件数上限，恒为 10000
   *
   * Maximum number of files, always 10000
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
}

/** Parameters of `get_group_file_url` (获取群文件资源链接 / Get group file URL). */
export interface GetGroupFileUrlParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
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
   */
  group_id: number | string;
  /**
   * 文件夹 ID
   *
   * Folder ID
   */
  folder_id?: string;
  /**
   * 同 `folder_id`
   *
   * Same as `folder_id`
   */
  folder?: string;
  /**
   * 最多返回的项数
   *
   * The most entries to return
   * @defaultValue 50
   */
  file_count?: number | string;
}

/** The `data` that `get_group_files_by_folder` (获取群子目录文件列表 / Get group folder files) answers with. */
export interface GetGroupFilesByFolderResult {
  /**
   * 文件列表；没有时为 `[]`
   *
   * Files; `[]` when there are none
   */
  files: GroupFile[];
  /**
   * 恒为 `[]`：NapCat 不列出子文件夹
   *
   * Always `[]`: NapCat does not list subfolders
   */
  folders: GroupFolder[];
}

/** Parameters of `get_group_honor_info` (获取群荣誉信息 / Get group honors). */
export interface GetGroupHonorInfoParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * 要获取的荣誉类型，默认全部
   *
   * Which honor to get; all by default
   * @defaultValue "all"
   */
  type?: HonorType;
}

/** The `data` that `get_group_honor_info` (获取群荣誉信息 / Get group honors) answers with. */
export interface GetGroupHonorInfoResult {
  /**
   * 群号
   *
   * Group number
   * @format int64
   */
  group_id: number;
  /**
   * `talkative_list` 的第一项；没有龙王时为空对象
   *
   * The first entry of `talkative_list`; an empty object when there is none
   */
  current_talkative: {
    /**
     * QQ 号
     *
     * QQ number
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
     * 头像 URL
     *
     * Avatar URL
     */
    avatar?: string;
    /**
     * 荣誉的说明文字
     *
     * Text describing the honor
     */
    description?: string;
  };
  /**
   * 历史龙王；未请求时为空
   *
   * Past most talkative members; empty when not asked for
   */
  talkative_list: HonorMember[];
  /**
   * 群聊之火；未请求时为空
   *
   * Performers; empty when not asked for
   */
  performer_list: HonorMember[];
  /**
   * 群聊炽焰；未请求时为空
   *
   * Legends; empty when not asked for
   */
  legend_list: HonorMember[];
  /**
   * 快乐之源；未请求时为空
   *
   * Sources of joy; empty when not asked for
   */
  emotion_list: HonorMember[];
  /**
   * 冒尖小春笋；NapCat 恒为空
   *
   * Strong newbies; always empty in NapCat
   */
  strong_newbie_list: HonorMember[];
}

/** Parameters of `get_group_ignore_add_request` (获取被过滤的加群请求 / Get filtered join requests). */
export type GetGroupIgnoreAddRequestParams = Record<string, never>;

/** The `data` that `get_group_ignore_add_request` (获取被过滤的加群请求 / Get filtered join requests) answers with. */
export type GetGroupIgnoreAddRequestResult = GroupNotifyRequest[];

/** Parameters of `get_group_ignored_notifies` (获取群过滤系统消息 / Get filtered group notifications). */
export type GetGroupIgnoredNotifiesParams = Record<string, never>;

/** The `data` that `get_group_ignored_notifies` (获取群过滤系统消息 / Get filtered group notifications) answers with. */
export interface GetGroupIgnoredNotifiesResult {
  /**
   * 邀请登录号入群的请求
   *
   * Invitations for the bot to join
   */
  invited_requests: GroupNotifyRequest[];
  /**
   * 与 `invited_requests` 相同（旧字段名）
   *
   * The same as `invited_requests` (old field name)
   */
  InvitedRequest: GroupNotifyRequest[];
  /**
   * 加群申请
   *
   * Join requests
   */
  join_requests: GroupNotifyRequest[];
}

/** Parameters of `get_group_info` (获取群信息 / Get group information). */
export interface GetGroupInfoParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
}

/** The `data` that `get_group_info` (获取群信息 / Get group information) answers with. */
export type GetGroupInfoResult = NapCatGroupInfo;

/** Parameters of `get_group_info_ex` (获取群扩展信息 / Get extended group information). */
export interface GetGroupInfoExParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `get_group_info_ex` (获取群扩展信息 / Get extended group information) answers with. */
export interface GetGroupInfoExResult {
  [key: string]: unknown;
  /**
   * 群号
   *
   * Group number
   */
  groupCode: string;
  /**
   * 结果码
   *
   * Result code
   * @format int32
   */
  resultCode: number;
  /**
   * 扩展信息（原始字段，如 `groupOwnerId`、`essentialMsgSwitch` 等）
   *
   * Extended information (raw fields such as `groupOwnerId`, `essentialMsgSwitch`)
   */
  extInfo: Record<string, unknown>;
}

/** Parameters of `get_group_list` (获取群列表 / Get group list). */
export interface GetGroupListParams {
  /**
   * 是否跳过缓存；也接受字符串 `'true'`
   *
   * Whether to skip the cache; the string `'true'` works too
   * @defaultValue false
   */
  no_cache?: boolean | string;
}

/** The `data` that `get_group_list` (获取群列表 / Get group list) answers with. */
export type GetGroupListResult = NapCatGroupInfo[];

/** Parameters of `get_group_member_info` (获取群成员信息 / Get group member information). */
export interface GetGroupMemberInfoParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * QQ 号（也可为字符串）
   *
   * QQ number (a string is accepted too)
   */
  user_id: number | string;
  /**
   * 是否跳过缓存；也接受字符串 `'true'` / `'false'`
   *
   * Whether to skip the cache; the strings `'true'` / `'false'` work too
   * @defaultValue true
   */
  no_cache?: boolean | string;
}

/** The `data` that `get_group_member_info` (获取群成员信息 / Get group member information) answers with. */
export type GetGroupMemberInfoResult = NapCatGroupMemberInfo;

/** Parameters of `get_group_member_list` (获取群成员列表 / Get group member list). */
export interface GetGroupMemberListParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * 是否跳过缓存；也接受字符串 `'true'`
   *
   * Whether to skip the cache; the string `'true'` works too
   * @defaultValue false
   */
  no_cache?: boolean | string;
}

/** The `data` that `get_group_member_list` (获取群成员列表 / Get group member list) answers with. */
export type GetGroupMemberListResult = NapCatGroupMemberInfo[];

/** Parameters of `get_group_msg_history` (获取群消息历史记录 / Get group message history). */
export interface GetGroupMsgHistoryParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 起始消息的消息 ID；0 或省略为最新
   *
   * The starting message ID; 0 or omitted means the latest
   */
  message_seq?: number | string;
  /**
   * 获取条数
   *
   * How many messages
   * @format int32
   * @defaultValue 20
   */
  count?: number;
  /**
   * 是否倒序
   *
   * Whether to reverse the order
   * @defaultValue false
   */
  reverse_order?: boolean;
  /**
   * `reverse_order` 的旧名
   *
   * Older name of `reverse_order`
   * @defaultValue false
   * @deprecated 使用 `reverse_order` Use `reverse_order`
   */
  reverseOrder?: boolean;
  /**
   * 是否不获取媒体链接
   *
   * Whether to skip fetching media URLs
   * @defaultValue false
   */
  disable_get_url?: boolean;
  /**
   * 是否解析合并转发内容
   *
   * Whether to parse forward contents
   * @defaultValue true
   */
  parse_mult_msg?: boolean;
  /**
   * 是否附带快速回复信息
   *
   * Whether to include quick-reply data
   * @defaultValue false
   */
  quick_reply?: boolean;
}

/** The `data` that `get_group_msg_history` (获取群消息历史记录 / Get group message history) answers with. */
export interface GetGroupMsgHistoryResult {
  /**
   * 消息列表
   *
   * The messages
   */
  messages: NapCatMessage[];
}

/** Parameters of `get_group_root_files` (获取群根目录文件列表 / Get group root files). */
export interface GetGroupRootFilesParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 最多返回的项数
   *
   * The most entries to return
   * @defaultValue 50
   */
  file_count?: number | string;
}

/** The `data` that `get_group_root_files` (获取群根目录文件列表 / Get group root files) answers with. */
export interface GetGroupRootFilesResult {
  /**
   * 文件列表；没有时为 `[]`
   *
   * Files; `[]` when there are none
   */
  files: GroupFile[];
  /**
   * 文件夹列表；没有时为 `[]`
   *
   * Folders; `[]` when there are none
   */
  folders: GroupFolder[];
}

/** Parameters of `get_group_shut_list` (获取群禁言列表 / Get muted members). */
export interface GetGroupShutListParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `get_group_shut_list` (获取群禁言列表 / Get muted members) answers with. */
export type GetGroupShutListResult = Record<string, unknown>[];

/** Parameters of `get_group_signed_list` (获取群今日打卡列表 / Get today's group check-ins). */
export interface GetGroupSignedListParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `get_group_signed_list` (获取群今日打卡列表 / Get today's group check-ins) answers with. */
export type GetGroupSignedListResult = {
  /**
   * 打卡者 QQ 号
   *
   * QQ number of the member
   * @format int64
   */
  user_id: number;
  /**
   * 打卡者群昵称
   *
   * The member's name in the group
   */
  nick: string;
  /**
   * 打卡时间（秒）
   *
   * Check-in time (Unix seconds)
   * @format int64
   */
  time: number;
  /**
   * 打卡名次（从 1 开始）
   *
   * Rank (from 1)
   * @format int32
   */
  rank: number;
}[];

/** Parameters of `get_group_system_msg` (获取群系统消息 / Get group system messages). */
export interface GetGroupSystemMsgParams {
  /**
   * 获取条数
   *
   * How many to fetch
   * @defaultValue 50
   */
  count?: number | string;
}

/** The `data` that `get_group_system_msg` (获取群系统消息 / Get group system messages) answers with. */
export type GetGroupSystemMsgResult = NapCatGroupSystemMessages;

/** Parameters of `get_guild_list` (获取频道列表 / Get guild list). */
export type GetGuildListParams = Record<string, never>;

/** The `data` that `get_guild_list` (获取频道列表 / Get guild list) answers with. */
export type GetGuildListResult = null;

/** Parameters of `get_guild_service_profile` (获取频道系统内 BOT 的资料 / Get guild service profile). */
export type GetGuildServiceProfileParams = Record<string, never>;

/** The `data` that `get_guild_service_profile` (获取频道系统内 BOT 的资料 / Get guild service profile) answers with. */
export type GetGuildServiceProfileResult = null;

/** Parameters of `get_image` (获取图片 / Get image). */
export interface GetImageParams {
  /**
   * 文件名或路径；与 `file_id` 二选一
   *
   * The file name or path; give this or `file_id`
   */
  file?: string;
  /**
   * 文件 ID；与 `file` 二选一
   *
   * The file ID; give this or `file`
   */
  file_id?: string;
}

/** The `data` that `get_image` (获取图片 / Get image) answers with. */
export type GetImageResult = NapCatMediaFile;

/** Parameters of `get_login_info` (获取登录号信息 / Get login information). */
export type GetLoginInfoParams = Record<string, never>;

/** The `data` that `get_login_info` (获取登录号信息 / Get login information) answers with. */
export type GetLoginInfoResult = LoginInfo;

/** Parameters of `get_mini_app_ark` (生成小程序卡片 / Make a mini-program card). */
export interface GetMiniAppArkParams {
  /**
   * 内置模板；给出时无需 `appId` 等小程序参数
   *
   * Built-in template; when given, `appId` and the other mini-program parameters are not needed
   */
  type?: 'bili' | 'weibo';
  /**
   * 标题
   *
   * Title
   */
  title: string;
  /**
   * 描述
   *
   * Description
   */
  desc: string;
  /**
   * 预览图 URL
   *
   * Preview image URL
   */
  picUrl: string;
  /**
   * 小程序内跳转路径
   *
   * Path to open inside the mini program
   */
  jumpUrl: string;
  /**
   * 网页版链接
   *
   * Web link
   */
  webUrl?: string;
  /**
   * 图标 URL（不用模板时必填）
   *
   * Icon URL (required without a template)
   */
  iconUrl?: string;
  /**
   * 小程序 AppID（不用模板时必填）
   *
   * Mini-program AppID (required without a template)
   */
  appId?: string;
  /**
   * 场景 ID（不用模板时必填）
   *
   * Scene id (required without a template)
   */
  scene?: string;
  /**
   * 模板类型（不用模板时必填）
   *
   * Template type (required without a template)
   */
  templateType?: string;
  /**
   * 业务类型（不用模板时必填）
   *
   * Business type (required without a template)
   */
  businessType?: string;
  /**
   * 版本类型（不用模板时必填）
   *
   * Version type (required without a template)
   */
  verType?: string;
  /**
   * 分享类型（不用模板时必填）
   *
   * Share type (required without a template)
   */
  shareType?: string;
  /**
   * 版本 ID（不用模板时必填）
   *
   * Version id (required without a template)
   */
  versionId?: string;
  /**
   * SDK ID（不用模板时必填）
   *
   * SDK id (required without a template)
   */
  sdkId?: string;
  /**
   * 是否带分享票据（不用模板时必填）
   *
   * Whether to carry a share ticket (required without a template)
   */
  withShareTicket?: string;
  /**
   * 为 `'true'` 时返回原始 Ark 数据，否则返回可直接发送的卡片
   *
   * `'true'` returns the raw Ark data; otherwise a card ready to send
   */
  rawArkData?: string;
}

/** The `data` that `get_mini_app_ark` (生成小程序卡片 / Make a mini-program card) answers with. */
export interface GetMiniAppArkResult {
  /**
   * 卡片（Ark 对象）
   *
   * The card (an Ark object)
   */
  data: unknown;
}

/** Parameters of `get_msg` (获取消息 / Get message). */
export interface GetMsgParams {
  /**
   * 消息 ID（也可为字符串）
   *
   * Message ID (a string is accepted too)
   */
  message_id: number | string;
}

/** The `data` that `get_msg` (获取消息 / Get message) answers with. */
export type GetMsgResult = NapCatMessageDetail;

/** Parameters of `get_online_clients` (获取当前账号在线客户端列表 / Get online clients). */
export type GetOnlineClientsParams = Record<string, never>;

/** The `data` that `get_online_clients` (获取当前账号在线客户端列表 / Get online clients) answers with. */
export type GetOnlineClientsResult = unknown[];

/** Parameters of `get_online_file_msg` (获取在线文件消息 / Get online file messages). */
export interface GetOnlineFileMsgParams {
  /**
   * 对方 QQ 号
   *
   * The user's QQ number
   */
  user_id: number | string;
}

/** The `data` that `get_online_file_msg` (获取在线文件消息 / Get online file messages) answers with. */
export type GetOnlineFileMsgResult = unknown;

/** Parameters of `get_private_file_url` (获取私聊文件链接 / Get private file URL). */
export interface GetPrivateFileUrlParams {
  /**
   * 文件 ID（文件消息段的 `file_id`）
   *
   * File id (the `file_id` of the file segment)
   */
  file_id: string;
}

/** The `data` that `get_private_file_url` (获取私聊文件链接 / Get private file URL) answers with. */
export interface GetPrivateFileUrlResult {
  /**
   * 下载链接
   *
   * Download URL
   */
  url?: string;
}

/** Parameters of `get_profile_like` (获取资料点赞 / Get profile likes). */
export interface GetProfileLikeParams {
  /**
   * 要查询的用户；省略时为登录号自己
   *
   * The user to ask about; the bot itself when omitted
   */
  user_id?: number | string;
  /**
   * 起始位置
   *
   * Offset
   * @defaultValue 0
   */
  start?: number | string;
  /**
   * 返回的用户数
   *
   * How many users to return
   * @defaultValue 10
   */
  count?: number | string;
}

/** The `data` that `get_profile_like` (获取资料点赞 / Get profile likes) answers with. */
export type GetProfileLikeResult = ProfileLikeInfo;

/** Parameters of `get_qun_album_list` (获取群相册列表 / List group albums). */
export interface GetQunAlbumListParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 翻页信息：上一页结果中的 `attach_info`；第一页为空
   *
   * Paging token: the previous page's `attach_info`; empty for the first page
   * @defaultValue ""
   */
  attach_info?: string;
}

/** The `data` that `get_qun_album_list` (获取群相册列表 / List group albums) answers with. */
export interface GetQunAlbumListResult {
  /**
   * 相册列表（QQ 原始数据）
   *
   * The albums (raw QQ data)
   */
  album_list: Record<string, unknown>[];
  /**
   * 取下一页时传入的翻页信息
   *
   * The paging token for the next page
   */
  attach_info: string;
  /**
   * 是否还有更多
   *
   * Whether there are more
   */
  has_more: boolean;
}

/** Parameters of `get_recent_contact` (获取最近会话 / Get recent conversations). */
export interface GetRecentContactParams {
  /**
   * 返回的会话数
   *
   * How many conversations to return
   * @defaultValue 10
   */
  count?: number | string;
}

/** The `data` that `get_recent_contact` (获取最近会话 / Get recent conversations) answers with. */
export type GetRecentContactResult = RecentContact[];

/** Parameters of `get_record` (获取语音 / Get voice record). */
export interface GetRecordParams {
  /**
   * 文件名或路径；与 `file_id` 二选一
   *
   * The file name or path; give this or `file_id`
   */
  file?: string;
  /**
   * 目标格式
   *
   * The format to convert to
   */
  out_format: 'mp3' | 'amr' | 'wma' | 'm4a' | 'spx' | 'ogg' | 'wav' | 'flac';
  /**
   * 文件 ID；与 `file` 二选一
   *
   * The file ID; give this or `file`
   */
  file_id?: string;
}

/** The `data` that `get_record` (获取语音 / Get voice record) answers with. */
export type GetRecordResult = NapCatMediaFile;

/** Parameters of `get_rkey` (获取 rkey / Get rkeys). */
export type GetRkeyParams = Record<string, never>;

/** The `data` that `get_rkey` (获取 rkey / Get rkeys) answers with. */
export type GetRkeyResult = Rkey[];

/** Parameters of `get_rkey_server` (获取 rkey 服务信息 / Get rkeys (rkey server format)). */
export type GetRkeyServerParams = Record<string, never>;

/** The `data` that `get_rkey_server` (获取 rkey 服务信息 / Get rkeys (rkey server format)) answers with. */
export interface GetRkeyServerResult {
  /**
   * 私聊图片 rkey
   *
   * rkey for private-chat images
   */
  private_rkey?: string;
  /**
   * 群聊图片 rkey
   *
   * rkey for group images
   */
  group_rkey?: string;
  /**
   * 过期时间（秒）
   *
   * Expiry time (Unix seconds)
   * @format int64
   */
  expired_time?: number;
  /**
   * 服务名，恒为 `NapCat 4`
   *
   * Server name, always `NapCat 4`
   */
  name: string;
}

/** Parameters of `get_robot_uin_range` (获取官方机器人号段 / Get official bot account ranges). */
export type GetRobotUinRangeParams = Record<string, never>;

/** The `data` that `get_robot_uin_range` (获取官方机器人号段 / Get official bot account ranges) answers with. */
export type GetRobotUinRangeResult = RobotUinRange[];

/** Parameters of `get_share_link` (获取闪传分享链接 / Get a flash transfer share link). */
export interface GetShareLinkParams {
  /**
   * 文件集 ID
   *
   * File set id
   */
  fileset_id: string;
}

/** The `data` that `get_share_link` (获取闪传分享链接 / Get a flash transfer share link) answers with. */
export type GetShareLinkResult = unknown;

/** Parameters of `get_status` (获取运行状态 / Get status). */
export type GetStatusParams = Record<string, never>;

/** The `data` that `get_status` (获取运行状态 / Get status) answers with. */
export interface GetStatusResult {
  /**
   * QQ 是否在线
   *
   * Whether QQ is online
   */
  online: boolean;
  /**
   * 恒为 `true`
   *
   * Always `true`
   */
  good: boolean;
  /**
   * 统计信息（恒为空对象）
   *
   * Statistics (always an empty object)
   */
  stat: Record<string, unknown>;
}

/** Parameters of `get_stranger_info` (获取陌生人信息 / Get stranger information). */
export interface GetStrangerInfoParams {
  /**
   * QQ 号（也可为字符串）
   *
   * QQ number (a string is accepted too)
   */
  user_id: number | string;
  /**
   * 是否跳过缓存；也接受字符串 `'true'`
   *
   * Whether to skip the cache; the string `'true'` works too
   * @defaultValue false
   */
  no_cache?: boolean | string;
}

/** The `data` that `get_stranger_info` (获取陌生人信息 / Get stranger information) answers with. */
export type GetStrangerInfoResult = NapCatStrangerInfo;

/** Parameters of `get_unidirectional_friend_list` (获取单向好友列表 / Get one-way friends). */
export type GetUnidirectionalFriendListParams = Record<string, never>;

/** The `data` that `get_unidirectional_friend_list` (获取单向好友列表 / Get one-way friends) answers with. */
export type GetUnidirectionalFriendListResult = {
  /**
   * QQ 号
   *
   * QQ number
   * @format int64
   */
  uin: number;
  /**
   * NT 的用户 UID
   *
   * NT's user UID
   */
  uid: string;
  /**
   * 昵称
   *
   * Nickname
   */
  nick_name: string;
  /**
   * 年龄
   *
   * Age
   * @format int32
   */
  age: number;
  /**
   * 添加来源
   *
   * Where the friend came from
   */
  source: string;
}[];

/** Parameters of `get_version_info` (获取版本信息 / Get version information). */
export type GetVersionInfoParams = Record<string, never>;

/** The `data` that `get_version_info` (获取版本信息 / Get version information) answers with. */
export type GetVersionInfoResult = VersionInfo;

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

/** Parameters of `mark_group_msg_as_read` (设置群聊已读 / Mark group chat as read). */
export interface MarkGroupMsgAsReadParams {
  /**
   * 群号；给出 `message_id` 或 `user_id` 时可以省略
   *
   * Group number; may be left out when `message_id` or `user_id` is given
   */
  group_id?: number | string;
  /**
   * 改为按这条消息所在的会话标记
   *
   * Mark the conversation of this message instead
   */
  message_id?: number | string;
  /**
   * 改为标记与此人的私聊
   *
   * Mark the private chat with this user instead
   */
  user_id?: number | string;
}

/** The `data` that `mark_group_msg_as_read` (设置群聊已读 / Mark group chat as read) answers with. */
export type MarkGroupMsgAsReadResult = null;

/** Parameters of `mark_msg_as_read` (标记消息已读 / Mark message as read). */
export interface MarkMsgAsReadParams {
  /**
   * 消息 ID
   *
   * Message ID
   */
  message_id?: number | string;
  /**
   * 私聊对象 QQ 号
   *
   * Private chat peer
   */
  user_id?: number | string;
  /**
   * 群号
   *
   * Group number
   */
  group_id?: number | string;
}

/** The `data` that `mark_msg_as_read` (标记消息已读 / Mark message as read) answers with. */
export type MarkMsgAsReadResult = null;

/** Parameters of `mark_private_msg_as_read` (设置私聊已读 / Mark private chat as read). */
export interface MarkPrivateMsgAsReadParams {
  /**
   * 对方 QQ 号；给出 `message_id` 或 `group_id` 时可以省略
   *
   * The user's QQ number; may be left out when `message_id` or `group_id` is given
   */
  user_id?: number | string;
  /**
   * 改为按这条消息所在的会话标记
   *
   * Mark the conversation of this message instead
   */
  message_id?: number | string;
  /**
   * 改为标记这个群
   *
   * Mark this group instead
   */
  group_id?: number | string;
}

/** The `data` that `mark_private_msg_as_read` (设置私聊已读 / Mark private chat as read) answers with. */
export type MarkPrivateMsgAsReadResult = null;

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
  current_parent_directory: string;
  /**
   * 目标文件夹 ID；根目录为 `/`
   *
   * Id of the target folder; `/` for the root
   */
  target_parent_directory: string;
}

/** The `data` that `move_group_file` (移动群文件 / Move group file) answers with. */
export type MoveGroupFileResult = FileOperationResult;

/** Parameters of `nc_get_packet_status` (获取 packet 后端状态 / Get packet backend status). */
export type NcGetPacketStatusParams = Record<string, never>;

/** The `data` that `nc_get_packet_status` (获取 packet 后端状态 / Get packet backend status) answers with. */
export type NcGetPacketStatusResult = null;

/** Parameters of `nc_get_rkey` (获取 rkey（NapCat） / Get rkeys (NapCat)). */
export type NcGetRkeyParams = Record<string, never>;

/** The `data` that `nc_get_rkey` (获取 rkey（NapCat） / Get rkeys (NapCat)) answers with. */
export type NcGetRkeyResult = NcRkey[];

/** Parameters of `nc_get_user_status` (获取用户在线状态 / Get user online status). */
export interface NcGetUserStatusParams {
  /**
   * 要查询的 QQ 号
   *
   * The QQ number to ask about
   */
  user_id: number | string;
}

/** The `data` that `nc_get_user_status` (获取用户在线状态 / Get user online status) answers with. */
export interface NcGetUserStatusResult {
  /**
   * 在线状态，取值同 `OnlineStatus`
   *
   * Online status, with the values of `OnlineStatus`
   * @format int32
   */
  status: number;
  /**
   * 扩展状态，取值同 `OnlineExtStatus`
   *
   * Extended status, with the values of `OnlineExtStatus`
   * @format int32
   */
  ext_status: number;
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
export type OcrImageResult = {
  /**
   * 该行文本
   *
   * The line's text
   */
  text: string;
  /**
   * 顶点坐标 `x`、`y`
   *
   * A corner, `x` and `y`
   */
  pt1: Record<string, string>;
  /**
   * 顶点坐标 `x`、`y`
   *
   * A corner, `x` and `y`
   */
  pt2: Record<string, string>;
  /**
   * 顶点坐标 `x`、`y`
   *
   * A corner, `x` and `y`
   */
  pt3: Record<string, string>;
  /**
   * 顶点坐标 `x`、`y`
   *
   * A corner, `x` and `y`
   */
  pt4: Record<string, string>;
  /**
   * 逐字的文本与坐标
   *
   * Each character with its box
   */
  charBox: unknown[];
}[];

/** Parameters of `receive_online_file` (接收在线文件 / Receive an online file). */
export interface ReceiveOnlineFileParams {
  /**
   * 对方 QQ 号
   *
   * The user's QQ number
   */
  user_id: number | string;
  /**
   * 在线文件消息的 ID
   *
   * Id of the online-file message
   */
  msg_id: string;
  /**
   * 文件元素 ID
   *
   * File element id
   */
  element_id: string;
}

/** The `data` that `receive_online_file` (接收在线文件 / Receive an online file) answers with. */
export type ReceiveOnlineFileResult = unknown;

/** Parameters of `refuse_online_file` (拒绝在线文件 / Refuse an online file). */
export interface RefuseOnlineFileParams {
  /**
   * 对方 QQ 号
   *
   * The user's QQ number
   */
  user_id: number | string;
  /**
   * 在线文件消息的 ID
   *
   * Id of the online-file message
   */
  msg_id: string;
  /**
   * 文件元素 ID
   *
   * File element id
   */
  element_id: string;
}

/** The `data` that `refuse_online_file` (拒绝在线文件 / Refuse an online file) answers with. */
export type RefuseOnlineFileResult = unknown;

/** Parameters of `rename_group_file` (重命名群文件 / Rename group file). */
export interface RenameGroupFileParams {
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
   * 文件所在的文件夹 ID；根目录为 `/`
   *
   * Id of the folder it is in; `/` for the root
   */
  current_parent_directory: string;
  /**
   * 新文件名
   *
   * The new name
   */
  new_name: string;
}

/** The `data` that `rename_group_file` (重命名群文件 / Rename group file) answers with. */
export type RenameGroupFileResult = FileOperationResult;

/** Parameters of `send_ark_share` (获取推荐好友或群聊卡片 / Get a contact recommendation card). */
export interface SendArkShareParams {
  /**
   * 要推荐的用户，与 `group_id` 二选一
   *
   * The user to recommend; this or `group_id`
   */
  user_id?: number | string;
  /**
   * 要推荐的群，与 `user_id` 二选一
   *
   * The group to recommend; this or `user_id`
   */
  group_id?: number | string;
  /**
   * 对方手机号（推荐好友时可选）
   *
   * The user's phone number (optional, friend cards only)
   * @defaultValue ""
   */
  phone_number?: string;
}

/** The `data` that `send_ark_share` (获取推荐好友或群聊卡片 / Get a contact recommendation card) answers with. */
export type SendArkShareResult = RecommendContactArk;

/** Parameters of `send_flash_msg` (发送闪传消息 / Send a flash transfer message). */
export interface SendFlashMsgParams {
  /**
   * 文件集 ID
   *
   * File set id
   */
  fileset_id: string;
  /**
   * 接收者 QQ 号；与 `group_id` 二选一
   *
   * Recipient QQ number; this or `group_id`
   */
  user_id?: number | string;
  /**
   * 群号；与 `user_id` 二选一
   *
   * Group number; this or `user_id`
   */
  group_id?: number | string;
}

/** The `data` that `send_flash_msg` (发送闪传消息 / Send a flash transfer message) answers with. */
export type SendFlashMsgResult = unknown;

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
   * 转发节点，只能是 `node` 消息段；与 `messages` 给出其一
   *
   * The forward nodes, `node` segments only; give this or `messages`
   */
  message?: NapCatSendMessage;
  /**
   * `message` 的别名；两者都给时以它为准
   *
   * An alias of `message`; wins when both are given
   */
  messages?: NapCatSendMessage;
  /**
   * 内容为字符串时是否不解析 CQ 码
   *
   * Whether not to parse CQ codes when the content is a string
   * @defaultValue false
   */
  auto_escape?: boolean | string;
  /**
   * 卡片上显示的预览行
   *
   * Preview lines shown on the card
   */
  news?: ForwardNews[];
  /**
   * 会话列表中的外显文字
   *
   * Text shown in the conversation list
   */
  prompt?: string;
  /**
   * 卡片底部文字，如“查看 3 条转发消息”
   *
   * Footer text of the card, e.g. "view 3 forwarded messages"
   */
  summary?: string;
  /**
   * 卡片标题
   *
   * Card title
   */
  source?: string;
  /**
   * 发送超时（毫秒），代替 NapCat 按内容估算的值
   *
   * Send timeout in milliseconds, instead of the one NapCat estimates from the content
   * @format int32
   */
  timeout?: number;
}

/** The `data` that `send_forward_msg` (发送合并转发消息 / Send a forward message) answers with. */
export type SendForwardMsgResult = NapCatSendResult;

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

/** Parameters of `send_group_ark_share` (获取推荐群聊卡片 / Get a group recommendation card). */
export interface SendGroupArkShareParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `send_group_ark_share` (获取推荐群聊卡片 / Get a group recommendation card) answers with. */
export type SendGroupArkShareResult = string;

/** Parameters of `send_group_forward_msg` (发送合并转发（群聊） / Send forward to group). */
export interface SendGroupForwardMsgParams {
  /**
   * 群号（也可为字符串）；`message_type` 为 `private` 时可省略
   *
   * Group number (a string is accepted too); may be left out when `message_type` is `private`
   */
  group_id?: number | string;
  /**
   * `message` 的别名；两者都给时以它为准
   *
   * An alias of `message`; wins when both are given
   */
  messages?: NapCatSendMessage;
  /**
   * 为 `private` 时改发给 `user_id` 的私聊
   *
   * With `private`, the forward goes to the private chat of `user_id` instead
   */
  message_type?: 'private' | 'group';
  /**
   * `message_type` 为 `private` 时的收件人
   *
   * The recipient when `message_type` is `private`
   */
  user_id?: number | string;
  /**
   * 转发节点（`node` 消息段）；与 `messages` 给出其一
   *
   * The forward nodes (`node` segments); give this or `messages`
   */
  message?: NapCatSendMessage;
  /**
   * 为 `true`（或字符串 `'true'`）时把字符串内容当作纯文本
   *
   * When `true` (or the string `'true'`), a string message is sent as plain text
   * @defaultValue false
   */
  auto_escape?: boolean | string;
  /**
   * 合并转发卡片上的预览行（只在发送合并转发时有效，需要 packet 后端）
   *
   * Preview lines on the forward card (forwards only; needs the packet backend)
   */
  news?: ForwardNews[];
  /**
   * 合并转发在会话列表中的外显文字
   *
   * The forward's text in the conversation list
   */
  prompt?: string;
  /**
   * 合并转发卡片底部文字
   *
   * Footer text of the forward card
   */
  summary?: string;
  /**
   * 合并转发卡片标题
   *
   * Title of the forward card
   */
  source?: string;
  /**
   * 发送超时（毫秒），代替 NapCat 按内容估算的值
   *
   * Send timeout in milliseconds, instead of the one NapCat estimates from the content
   * @format int32
   */
  timeout?: number;
}

/** The `data` that `send_group_forward_msg` (发送合并转发（群聊） / Send forward to group) answers with. */
export type SendGroupForwardMsgResult = NapCatSendResult;

/** Parameters of `send_group_msg` (发送群消息 / Send group message). */
export interface SendGroupMsgParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * 要发送的内容；也可为单个消息段
   *
   * What to send; a single segment is accepted too
   */
  message: NapCatSendMessage;
  /**
   * 为 `true`（或字符串 `'true'`）时把字符串内容当作纯文本
   *
   * When `true` (or the string `'true'`), a string message is sent as plain text
   * @defaultValue false
   */
  auto_escape?: boolean | string;
  /**
   * 合并转发卡片上的预览行（只在发送合并转发时有效，需要 packet 后端）
   *
   * Preview lines on the forward card (forwards only; needs the packet backend)
   */
  news?: ForwardNews[];
  /**
   * 合并转发在会话列表中的外显文字
   *
   * The forward's text in the conversation list
   */
  prompt?: string;
  /**
   * 合并转发卡片底部文字
   *
   * Footer text of the forward card
   */
  summary?: string;
  /**
   * 合并转发卡片标题
   *
   * Title of the forward card
   */
  source?: string;
  /**
   * 发送超时（毫秒），代替 NapCat 按内容估算的值
   *
   * Send timeout in milliseconds, instead of the one NapCat estimates from the content
   * @format int32
   */
  timeout?: number;
}

/** The `data` that `send_group_msg` (发送群消息 / Send group message) answers with. */
export type SendGroupMsgResult = NapCatSendResult;

/** Parameters of `send_group_sign` (群打卡 / Group check-in). */
export interface SendGroupSignParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `send_group_sign` (群打卡 / Group check-in) answers with. */
export type SendGroupSignResult = null;

/** Parameters of `send_like` (发送好友赞 / Send likes). */
export interface SendLikeParams {
  /**
   * 好友的 QQ 号（也可为字符串）
   *
   * QQ number of the friend (a string is accepted too)
   */
  user_id: number | string;
  /**
   * 赞的次数（也可为字符串）
   *
   * How many likes (a string is accepted too)
   * @defaultValue 1
   */
  times?: number | string;
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
   * 接收者的 QQ 号，私聊时需要（也可为字符串）
   *
   * QQ number of the recipient; needed for private messages (a string is accepted too)
   */
  user_id?: number | string;
  /**
   * 群号，群聊时需要（也可为字符串）
   *
   * Group number; needed for group messages (a string is accepted too)
   */
  group_id?: number | string;
  /**
   * 要发送的内容；也可为单个消息段
   *
   * What to send; a single segment is accepted too
   */
  message: NapCatSendMessage;
  /**
   * 为 `true`（或字符串 `'true'`）时把字符串内容当作纯文本
   *
   * When `true` (or the string `'true'`), a string message is sent as plain text
   * @defaultValue false
   */
  auto_escape?: boolean | string;
  /**
   * 合并转发卡片上的预览行（只在发送合并转发时有效，需要 packet 后端）
   *
   * Preview lines on the forward card (forwards only; needs the packet backend)
   */
  news?: ForwardNews[];
  /**
   * 合并转发在会话列表中的外显文字
   *
   * The forward's text in the conversation list
   */
  prompt?: string;
  /**
   * 合并转发卡片底部文字
   *
   * Footer text of the forward card
   */
  summary?: string;
  /**
   * 合并转发卡片标题
   *
   * Title of the forward card
   */
  source?: string;
  /**
   * 发送超时（毫秒），代替 NapCat 按内容估算的值
   *
   * Send timeout in milliseconds, instead of the one NapCat estimates from the content
   * @format int32
   */
  timeout?: number;
}

/** The `data` that `send_msg` (发送消息 / Send message) answers with. */
export type SendMsgResult = NapCatSendResult;

/** Parameters of `send_online_file` (发送在线文件 / Send an online file). */
export interface SendOnlineFileParams {
  /**
   * 对方 QQ 号
   *
   * The user's QQ number
   */
  user_id: number | string;
  /**
   * 本地文件路径
   *
   * Local file path
   */
  file_path: string;
  /**
   * 显示的文件名
   *
   * File name to show
   */
  file_name?: string;
}

/** The `data` that `send_online_file` (发送在线文件 / Send an online file) answers with. */
export type SendOnlineFileResult = unknown;

/** Parameters of `send_online_folder` (发送在线文件夹 / Send an online folder). */
export interface SendOnlineFolderParams {
  /**
   * 对方 QQ 号
   *
   * The user's QQ number
   */
  user_id: number | string;
  /**
   * 本地文件夹路径
   *
   * Local folder path
   */
  folder_path: string;
  /**
   * 显示的文件夹名
   *
   * Folder name to show
   */
  folder_name?: string;
}

/** The `data` that `send_online_folder` (发送在线文件夹 / Send an online folder) answers with. */
export type SendOnlineFolderResult = unknown;

/** Parameters of `send_packet` (发送自定义数据包 / Send a raw packet). */
export interface SendPacketParams {
  /**
   * 命令字（如 `OidbSvcTrpcTcp.0xfe1_2`）
   *
   * Command (e.g. `OidbSvcTrpcTcp.0xfe1_2`)
   */
  cmd: string;
  /**
   * 数据包内容（十六进制）
   *
   * Packet body (hex)
   */
  data: string;
  /**
   * 是否等待并返回响应
   *
   * Whether to wait for and return the answer
   * @defaultValue true
   */
  rsp?: boolean | string;
}

/** The `data` that `send_packet` (发送自定义数据包 / Send a raw packet) answers with. */
export type SendPacketResult = string | null;

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
   * 对方 QQ 号（也可为字符串）；`message_type` 为 `group` 时可省略
   *
   * The recipient's QQ number (a string is accepted too); may be left out when `message_type` is `group`
   */
  user_id?: number | string;
  /**
   * `message` 的别名；两者都给时以它为准
   *
   * An alias of `message`; wins when both are given
   */
  messages?: NapCatSendMessage;
  /**
   * 向非好友发起临时会话的来源群号；`message_type` 为 `group` 时为目标群
   *
   * The group a temporary chat with a non-friend goes through; the target group when `message_type` is `group`
   */
  group_id?: number | string;
  /**
   * 为 `group` 时改发到 `group_id` 的群
   *
   * With `group`, the forward goes to the group `group_id` instead
   */
  message_type?: 'private' | 'group';
  /**
   * 转发节点（`node` 消息段）；与 `messages` 给出其一
   *
   * The forward nodes (`node` segments); give this or `messages`
   */
  message?: NapCatSendMessage;
  /**
   * 为 `true`（或字符串 `'true'`）时把字符串内容当作纯文本
   *
   * When `true` (or the string `'true'`), a string message is sent as plain text
   * @defaultValue false
   */
  auto_escape?: boolean | string;
  /**
   * 合并转发卡片上的预览行（只在发送合并转发时有效，需要 packet 后端）
   *
   * Preview lines on the forward card (forwards only; needs the packet backend)
   */
  news?: ForwardNews[];
  /**
   * 合并转发在会话列表中的外显文字
   *
   * The forward's text in the conversation list
   */
  prompt?: string;
  /**
   * 合并转发卡片底部文字
   *
   * Footer text of the forward card
   */
  summary?: string;
  /**
   * 合并转发卡片标题
   *
   * Title of the forward card
   */
  source?: string;
  /**
   * 发送超时（毫秒），代替 NapCat 按内容估算的值
   *
   * Send timeout in milliseconds, instead of the one NapCat estimates from the content
   * @format int32
   */
  timeout?: number;
}

/** The `data` that `send_private_forward_msg` (发送合并转发（好友） / Send forward to friend) answers with. */
export type SendPrivateForwardMsgResult = NapCatSendResult;

/** Parameters of `send_private_msg` (发送私聊消息 / Send private message). */
export interface SendPrivateMsgParams {
  /**
   * 接收者的 QQ 号（也可为字符串）
   *
   * QQ number of the recipient (a string is accepted too)
   */
  user_id: number | string;
  /**
   * 要发送的内容；也可为单个消息段
   *
   * What to send; a single segment is accepted too
   */
  message: NapCatSendMessage;
  /**
   * 为 `true`（或字符串 `'true'`）时把字符串内容当作纯文本
   *
   * When `true` (or the string `'true'`), a string message is sent as plain text
   * @defaultValue false
   */
  auto_escape?: boolean | string;
  /**
   * 向非好友发起临时会话的来源群号
   *
   * The group a temporary chat with a non-friend goes through
   */
  group_id?: number | string;
  /**
   * 合并转发卡片上的预览行（只在发送合并转发时有效，需要 packet 后端）
   *
   * Preview lines on the forward card (forwards only; needs the packet backend)
   */
  news?: ForwardNews[];
  /**
   * 合并转发在会话列表中的外显文字
   *
   * The forward's text in the conversation list
   */
  prompt?: string;
  /**
   * 合并转发卡片底部文字
   *
   * Footer text of the forward card
   */
  summary?: string;
  /**
   * 合并转发卡片标题
   *
   * Title of the forward card
   */
  source?: string;
  /**
   * 发送超时（毫秒），代替 NapCat 按内容估算的值
   *
   * Send timeout in milliseconds, instead of the one NapCat estimates from the content
   * @format int32
   */
  timeout?: number;
}

/** The `data` that `send_private_msg` (发送私聊消息 / Send private message) answers with. */
export type SendPrivateMsgResult = NapCatSendResult;

/** Parameters of `send_qzone_msg` (发表 QQ 空间说说 / Post to Qzone). */
export interface SendQzoneMsgParams {
  /**
   * 说说正文
   *
   * The text of the post
   */
  content: string;
  /**
   * 图片，每项为 `file://` 路径、`http(s)://` 链接或 `base64://` 数据；NapCat 会先上传
   *
   * Images, each a `file://` path, an `http(s)://` URL or `base64://` data; NapCat uploads them first
   */
  images?: string[];
  /**
   * 谁能看到：1 所有人，4 好友，16 部分好友（`target_uins`），64 仅自己，128 部分好友不可见（`target_uins`）；其他值使动作失败
   *
   * Who can see it: 1 everyone, 4 friends, 16 some friends (`target_uins`), 64 only the bot, 128 all friends except some (`target_uins`); other values make the action fail
   * @defaultValue 1
   */
  ugc_right?: number | string;
  /**
   * `ugc_right` 为 16 或 128 时权限作用的 QQ 号，此时必填
   *
   * The QQ numbers `ugc_right` 16 or 128 applies to; required in that case
   */
  target_uins?: (number | string)[];
}

/** The `data` that `send_qzone_msg` (发表 QQ 空间说说 / Post to Qzone) answers with. */
export interface SendQzoneMsgResult {
  /**
   * 说说的 tid，可用于 `delete_qzone_msg`
   *
   * The post's tid, for `delete_qzone_msg`
   */
  tid: string;
}

/** Parameters of `set_custom_face_desc` (修改收藏表情描述 / Change a favorite sticker's description). */
export interface SetCustomFaceDescParams {
  /**
   * 表情 ID
   *
   * Sticker id
   */
  emoji_id: number | string;
  /**
   * 资源 ID（`resId`）
   *
   * Resource id (`resId`)
   */
  res_id: string;
  /**
   * 表情 MD5
   *
   * Sticker MD5
   */
  md5: string;
  /**
   * 新的描述
   *
   * The new description
   */
  desc: string;
}

/** The `data` that `set_custom_face_desc` (修改收藏表情描述 / Change a favorite sticker's description) answers with. */
export type SetCustomFaceDescResult = unknown;

/** Parameters of `set_diy_online_status` (设置自定义在线状态 / Set custom online status). */
export interface SetDiyOnlineStatusParams {
  /**
   * 表情图标 ID（QQ 表情的 QSid）
   *
   * Icon id (the QSid of a QQ face)
   */
  face_id: number | string;
  /**
   * 图标类型
   *
   * Icon type
   * @defaultValue "1"
   */
  face_type?: number | string;
  /**
   * 状态文字
   *
   * Status text
   * @defaultValue " "
   */
  wording?: string;
}

/** The `data` that `set_diy_online_status` (设置自定义在线状态 / Set custom online status) answers with. */
export type SetDiyOnlineStatusResult = string;

/** Parameters of `set_doubt_friends_add_request` (处理被过滤的好友申请 / Handle a filtered friend request). */
export interface SetDoubtFriendsAddRequestParams {
  /**
   * 请求标识，取自 `get_doubt_friends_add_request`
   *
   * Request flag, from `get_doubt_friends_add_request`
   */
  flag: string;
  /**
   * 保留参数，不起作用：无论取值如何都会同意
   *
   * Reserved and ignored; the request is accepted whatever it says
   * @defaultValue true
   */
  approve?: boolean;
}

/** The `data` that `set_doubt_friends_add_request` (处理被过滤的好友申请 / Handle a filtered friend request) answers with. */
export type SetDoubtFriendsAddRequestResult = null;

/** Parameters of `set_essence_msg` (设置精华消息 / Set essence message). */
export interface SetEssenceMsgParams {
  /**
   * 消息 ID
   *
   * Message ID
   */
  message_id: number | string;
}

/** The `data` that `set_essence_msg` (设置精华消息 / Set essence message) answers with. */
export type SetEssenceMsgResult = unknown;

/** Parameters of `set_friend_add_request` (处理加好友请求 / Handle friend request). */
export interface SetFriendAddRequestParams {
  /**
   * 请求的 flag，取自请求事件
   *
   * The request's flag, taken from the request event
   */
  flag: string;
  /**
   * 是否同意；字符串 `'false'` 表示拒绝
   *
   * Whether to approve; the string `'false'` rejects
   * @defaultValue true
   */
  approve?: boolean | string;
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

/** Parameters of `set_friend_remark` (设置好友备注 / Set friend remark). */
export interface SetFriendRemarkParams {
  /**
   * 好友的 QQ 号
   *
   * The friend's QQ number
   */
  user_id: number | string;
  /**
   * 新的备注名
   *
   * The new remark
   */
  remark: string;
}

/** The `data` that `set_friend_remark` (设置好友备注 / Set friend remark) answers with. */
export type SetFriendRemarkResult = null;

/** Parameters of `set_group_add_option` (设置加群方式 / Set how people join). */
export interface SetGroupAddOptionParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 加群方式（QQ 的 `addOption` 值）
   *
   * Join method (QQ's `addOption` value)
   * @format int32
   */
  add_type: number;
  /**
   * 验证问题
   *
   * Question
   */
  group_question?: string;
  /**
   * 验证答案
   *
   * Answer
   */
  group_answer?: string;
}

/** The `data` that `set_group_add_option` (设置加群方式 / Set how people join) answers with. */
export type SetGroupAddOptionResult = null;

/** Parameters of `set_group_add_request` (处理加群请求／邀请 / Handle group join request or invitation). */
export interface SetGroupAddRequestParams {
  /**
   * 请求的 flag（也可为数字）
   *
   * The request's flag (a number is accepted too)
   */
  flag: string | number;
  /**
   * 是否同意；字符串 `'false'` 表示拒绝
   *
   * Whether to approve; the string `'false'` rejects
   * @defaultValue true
   */
  approve?: boolean | string;
  /**
   * 拒绝的理由，仅在拒绝时有效
   *
   * Why it is rejected; only used when rejecting
   * @defaultValue " "
   */
  reason?: string | null;
  /**
   * 查找请求时检索的最近群通知条数
   *
   * How many recent group notifications to search for the request
   * @format int32
   * @defaultValue 100
   */
  count?: number;
}

/** The `data` that `set_group_add_request` (处理加群请求／邀请 / Handle group join request or invitation) answers with. */
export type SetGroupAddRequestResult = null;

/** Parameters of `set_group_admin` (群组设置管理员 / Set group administrator). */
export interface SetGroupAdminParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * QQ 号（也可为字符串）
   *
   * QQ number (a string is accepted too)
   */
  user_id: number | string;
  /**
   * `true`（或 `'true'`）设为管理员，其他取消
   *
   * `true` (or `'true'`) grants, anything else revokes
   * @defaultValue false
   */
  enable?: boolean | string;
}

/** The `data` that `set_group_admin` (群组设置管理员 / Set group administrator) answers with. */
export type SetGroupAdminResult = null;

/** Parameters of `set_group_album_media_like` (点赞群相册媒体 / Like group album media). */
export interface SetGroupAlbumMediaLikeParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 相册 ID
   *
   * Album id
   */
  album_id: string;
  /**
   * 上传批次 ID
   *
   * Upload batch id
   */
  batch_id: string;
  /**
   * 媒体 ID；对整次上传点赞时省略
   *
   * Media id; omit to like the whole upload
   */
  lloc?: string;
}

/** The `data` that `set_group_album_media_like` (点赞群相册媒体 / Like group album media) answers with. */
export type SetGroupAlbumMediaLikeResult = unknown;

/** Parameters of `set_group_ban` (群组单人禁言 / Mute group member). */
export interface SetGroupBanParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * QQ 号（也可为字符串）
   *
   * QQ number (a string is accepted too)
   */
  user_id: number | string;
  /**
   * 禁言时长（秒）；0 或省略表示解除禁言
   *
   * How long to mute (seconds); 0 or leaving it out unmutes
   * @defaultValue 0
   */
  duration?: number | string;
}

/** The `data` that `set_group_ban` (群组单人禁言 / Mute group member) answers with. */
export type SetGroupBanResult = null;

/** Parameters of `set_group_card` (设置群名片 / Set group card). */
export interface SetGroupCardParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * QQ 号（也可为字符串）
   *
   * QQ number (a string is accepted too)
   */
  user_id: number | string;
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
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * QQ 号（也可为字符串）
   *
   * QQ number (a string is accepted too)
   */
  user_id: number | string;
  /**
   * 是否拒绝此人以后的加群请求；也接受字符串
   *
   * Whether to refuse this person's future requests to join; strings work too
   * @defaultValue false
   */
  reject_add_request?: boolean | string;
}

/** The `data` that `set_group_kick` (群组踢人 / Kick group member) answers with. */
export type SetGroupKickResult = null;

/** Parameters of `set_group_kick_members` (批量踢出群成员 / Kick several members). */
export interface SetGroupKickMembersParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 要踢出的成员的 QQ 号列表
   *
   * QQ numbers of the members to kick
   */
  user_id: (number | string)[];
  /**
   * 是否拒绝这些人以后的加群请求
   *
   * Whether to refuse their future requests to join
   * @defaultValue false
   */
  reject_add_request?: boolean | string;
}

/** The `data` that `set_group_kick_members` (批量踢出群成员 / Kick several members) answers with. */
export type SetGroupKickMembersResult = null;

/** Parameters of `set_group_leave` (退出群组 / Leave group). */
export interface SetGroupLeaveParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
}

/** The `data` that `set_group_leave` (退出群组 / Leave group) answers with. */
export type SetGroupLeaveResult = null;

/** Parameters of `set_group_member_invite_policy` (设置群成员邀请策略 / Set member invite policy). */
export interface SetGroupMemberInvitePolicyParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 邀请策略
   *
   * The invite policy
   */
  policy: 'disabled' | 'require_approval' | 'no_approval' | 'no_approval_under_100';
}

/** The `data` that `set_group_member_invite_policy` (设置群成员邀请策略 / Set member invite policy) answers with. */
export type SetGroupMemberInvitePolicyResult = null;

/** Parameters of `set_group_member_permissions` (设置群成员功能权限 / Set member permissions). */
export interface SetGroupMemberPermissionsParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 是否允许成员上传群相册
   *
   * Whether members may upload to the group album
   */
  allow_member_upload_album?: boolean;
  /**
   * 是否允许成员发起临时会话
   *
   * Whether members may start temporary chats
   */
  allow_member_temporary_session?: boolean;
  /**
   * 是否允许成员发起新的群聊
   *
   * Whether members may create new groups
   */
  allow_member_create_group?: boolean;
}

/** The `data` that `set_group_member_permissions` (设置群成员功能权限 / Set member permissions) answers with. */
export type SetGroupMemberPermissionsResult = null;

/** Parameters of `set_group_name` (设置群名 / Set group name). */
export interface SetGroupNameParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * 新群名
   *
   * The new name
   */
  group_name: string;
}

/** The `data` that `set_group_name` (设置群名 / Set group name) answers with. */
export type SetGroupNameResult = null;

/** Parameters of `set_group_new_member_history_visibility` (设置新成员可见历史消息 / Set history visibility for new members). */
export interface SetGroupNewMemberHistoryVisibilityParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 新成员能否看到最近聊天记录
   *
   * Whether new members can see the recent history
   */
  visible: boolean;
}

/** The `data` that `set_group_new_member_history_visibility` (设置新成员可见历史消息 / Set history visibility for new members) answers with. */
export type SetGroupNewMemberHistoryVisibilityResult = null;

/** Parameters of `set_group_portrait` (设置群头像 / Set group avatar). */
export interface SetGroupPortraitParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 图片文件（路径、URL 或 base64）
   *
   * The picture (path, URL or base64)
   */
  file: string;
}

/** The `data` that `set_group_portrait` (设置群头像 / Set group avatar) answers with. */
export interface SetGroupPortraitResult {
  /**
   * NT 的结果码，成功时为 0
   *
   * NT's result code, 0 on success
   * @format int32
   */
  result: number;
  /**
   * 错误信息
   *
   * Error message
   */
  errMsg: string;
}

/** Parameters of `set_group_remark` (设置群备注 / Set group remark). */
export interface SetGroupRemarkParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 新的备注；空字符串清除备注
   *
   * The new remark; an empty string clears it
   */
  remark: string;
}

/** The `data` that `set_group_remark` (设置群备注 / Set group remark) answers with. */
export type SetGroupRemarkResult = null;

/** Parameters of `set_group_robot_add_option` (设置群机器人加入选项 / Set bot-joining options). */
export interface SetGroupRobotAddOptionParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 机器人加入开关
   *
   * Bot joining switch
   * @format int32
   */
  robot_member_switch?: number;
  /**
   * 机器人加入审核开关
   *
   * Bot joining approval switch
   * @format int32
   */
  robot_member_examine?: number;
}

/** The `data` that `set_group_robot_add_option` (设置群机器人加入选项 / Set bot-joining options) answers with. */
export type SetGroupRobotAddOptionResult = null;

/** Parameters of `set_group_search` (设置群搜索 / Set group search options). */
export interface SetGroupSearchParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * QQ 的 `noCodeFingerOpenFlag` 开关
   *
   * QQ's `noCodeFingerOpenFlag` switch
   * @format int32
   */
  no_code_finger_open?: number;
  /**
   * QQ 的 `noFingerOpenFlag` 开关
   *
   * QQ's `noFingerOpenFlag` switch
   * @format int32
   */
  no_finger_open?: number;
}

/** The `data` that `set_group_search` (设置群搜索 / Set group search options) answers with. */
export type SetGroupSearchResult = null;

/** Parameters of `set_group_sign` (群打卡 / Group check-in). */
export interface SetGroupSignParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
}

/** The `data` that `set_group_sign` (群打卡 / Group check-in) answers with. */
export type SetGroupSignResult = null;

/** Parameters of `set_group_special_title` (设置群组专属头衔 / Set special title). */
export interface SetGroupSpecialTitleParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * QQ 号（也可为字符串）
   *
   * QQ number (a string is accepted too)
   */
  user_id: number | string;
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

/** Parameters of `set_group_todo` (设置群待办 / Set group to-do). */
export interface SetGroupTodoParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 消息 ID（短 ID 或长 ID）
   *
   * Message id (short or long)
   */
  message_id?: number | string;
  /**
   * 消息序号；给出时不再查 `message_id`
   *
   * Message sequence number; when given, `message_id` is not looked up
   */
  message_seq?: number | string;
}

/** The `data` that `set_group_todo` (设置群待办 / Set group to-do) answers with. */
export type SetGroupTodoResult = null;

/** Parameters of `set_group_whole_ban` (群组全员禁言 / Mute whole group). */
export interface SetGroupWholeBanParams {
  /**
   * 群号（也可为字符串）
   *
   * Group number (a string is accepted too)
   */
  group_id: number | string;
  /**
   * `true` 开启，`false` 关闭；也接受字符串
   *
   * `true` mutes everyone, `false` lifts it; strings work too
   * @defaultValue true
   */
  enable?: boolean | string;
}

/** The `data` that `set_group_whole_ban` (群组全员禁言 / Mute whole group) answers with. */
export type SetGroupWholeBanResult = null;

/** Parameters of `set_input_status` (设置输入状态 / Set input status). */
export interface SetInputStatusParams {
  /**
   * 对方 QQ 号
   *
   * The user's QQ number
   */
  user_id: number | string;
  /**
   * 显示的状态
   *
   * The status to show
   */
  event_type: InputStatusType;
}

/** The `data` that `set_input_status` (设置输入状态 / Set input status) answers with. */
export type SetInputStatusResult = NtResult;

/** Parameters of `set_msg_emoji_like` (设置消息表情回应 / React to a message with an emoji). */
export interface SetMsgEmojiLikeParams {
  /**
   * 消息 ID
   *
   * Message id
   */
  message_id: number | string;
  /**
   * 表情 ID（QQ 表情 ID 或 emoji 码点）
   *
   * Emoji id (a QQ face id or an emoji code point)
   */
  emoji_id: number | string;
  /**
   * `true` 贴上，`false` 取消
   *
   * `true` adds the reaction, `false` removes it
   * @defaultValue true
   */
  set?: boolean | string;
}

/** The `data` that `set_msg_emoji_like` (设置消息表情回应 / React to a message with an emoji) answers with. */
export type SetMsgEmojiLikeResult = NtResult;

/** Parameters of `set_online_status` (设置在线状态 / Set online status). */
export interface SetOnlineStatusParams {
  /**
   * 在线状态
   *
   * Online status
   */
  status: OnlineStatus | string;
  /**
   * 扩展状态；无个性状态时为 0
   *
   * Extended status; 0 for none
   */
  ext_status: OnlineExtStatus | string;
  /**
   * 电量（0–100），仅“我的电量”状态使用，其余填 0
   *
   * Battery level (0-100), used only by the battery status; 0 otherwise
   */
  battery_status: number | string;
}

/** The `data` that `set_online_status` (设置在线状态 / Set online status) answers with. */
export type SetOnlineStatusResult = null;

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

/** Parameters of `set_qq_profile` (设置登录号资料 / Set account profile). */
export interface SetQqProfileParams {
  /**
   * 昵称
   *
   * Nickname
   */
  nickname: string;
  /**
   * 个人说明（签名）
   *
   * Personal note (signature)
   */
  personal_note?: string;
  /**
   * 性别：0 未知、1 男、2 女
   *
   * Sex: 0 unknown, 1 male, 2 female
   */
  sex?: number | string;
}

/** The `data` that `set_qq_profile` (设置登录号资料 / Set account profile) answers with. */
export interface SetQqProfileResult {
  /**
   * 结果码，0 为成功
   *
   * Result code; 0 on success
   * @format int32
   */
  result: number;
  /**
   * 错误信息
   *
   * Error message
   */
  errMsg: string;
}

/** Parameters of `set_restart` (重启 OneBot 实现 / Restart the implementation). */
export type SetRestartParams = Record<string, never>;

/** The `data` that `set_restart` (重启 OneBot 实现 / Restart the implementation) answers with. */
export type SetRestartResult = null;

/** Parameters of `set_self_longnick` (设置个性签名 / Set signature). */
export interface SetSelfLongnickParams {
  /**
   * 新的个性签名
   *
   * The new signature
   */
  longNick: string;
}

/** The `data` that `set_self_longnick` (设置个性签名 / Set signature) answers with. */
export type SetSelfLongnickResult = NtResult;

/** Parameters of `test_download_stream` (测试流式传输 / Test streaming). */
export interface TestDownloadStreamParams {
  /**
   * 是否以错误结束
   *
   * Whether to end with an error
   * @defaultValue false
   */
  error?: boolean;
}

/** The `data` that `test_download_stream` (测试流式传输 / Test streaming) answers with. */
export type TestDownloadStreamResult = StreamDownloadPacket;

/** Parameters of `trans_group_file` (转存为永久文件 / Make a group file permanent). */
export interface TransGroupFileParams {
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
}

/** The `data` that `trans_group_file` (转存为永久文件 / Make a group file permanent) answers with. */
export type TransGroupFileResult = FileOperationResult;

/** Parameters of `translate_en2zh` (英译中 / Translate English to Chinese). */
export interface TranslateEn2zhParams {
  /**
   * 要翻译的英文单词
   *
   * The English words
   */
  words: string[];
}

/** The `data` that `translate_en2zh` (英译中 / Translate English to Chinese) answers with. */
export interface TranslateEn2zhResult {
  /**
   * 对应的中文，顺序与输入一致
   *
   * The Chinese translations, in the order of the input
   */
  words: string[];
}

/** Parameters of `upload_file_stream` (分片上传文件 / Upload a file in chunks). */
export interface UploadFileStreamParams {
  /**
   * 流 ID，由调用方生成
   *
   * Stream id, chosen by the caller
   */
  stream_id: string;
  /**
   * 分片数据（Base64）
   *
   * Chunk data (Base64)
   */
  chunk_data?: string;
  /**
   * 分片序号（从 0 开始）
   *
   * Chunk index (from 0)
   * @format int32
   */
  chunk_index?: number;
  /**
   * 分片总数；新建流时必填
   *
   * Total chunks; required for a new stream
   * @format int32
   */
  total_chunks?: number;
  /**
   * 文件总大小；不超过 10 MB 时在内存中合并
   *
   * Total size; files up to 10 MB are assembled in memory
   * @format int64
   */
  file_size?: number;
  /**
   * 期望的 SHA-256，合并后校验
   *
   * Expected SHA-256, checked after assembly
   */
  expected_sha256?: string;
  /**
   * 要求立即合并
   *
   * Assemble now
   */
  is_complete?: boolean;
  /**
   * 文件名
   *
   * File name
   */
  filename?: string;
  /**
   * 清除此流（调用以失败告终）
   *
   * Drop this stream (the call then fails)
   */
  reset?: boolean;
  /**
   * 只查询流的状态
   *
   * Only report the stream's state
   */
  verify_only?: boolean;
  /**
   * 合并后的文件保留多久（毫秒）；0 为不删除
   *
   * How long the assembled file is kept (milliseconds); 0 keeps it
   * @format int64
   * @defaultValue 300000
   */
  file_retention?: number;
}

/** The `data` that `upload_file_stream` (分片上传文件 / Upload a file in chunks) answers with. */
export type UploadFileStreamResult = StreamUploadStatus;

/** Parameters of `upload_group_file` (上传群文件 / Upload group file). */
export interface UploadGroupFileParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
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
  /**
   * 同 `folder`
   *
   * Same as `folder`
   */
  folder_id?: string;
  /**
   * 是否执行上传
   *
   * Whether to upload
   * @defaultValue true
   */
  upload_file?: boolean;
}

/** The `data` that `upload_group_file` (上传群文件 / Upload group file) answers with. */
export interface UploadGroupFileResult {
  /**
   * 新文件的 ID
   *
   * The new file's ID
   */
  file_id: string | null;
}

/** Parameters of `upload_image_to_qun_album` (上传图片到群相册 / Upload an image to a group album). */
export interface UploadImageToQunAlbumParams {
  /**
   * 群号
   *
   * Group number
   */
  group_id: number | string;
  /**
   * 相册 ID
   *
   * Album id
   */
  album_id: string;
  /**
   * 相册名称
   *
   * Album name
   */
  album_name: string;
  /**
   * 图片：本地路径、URL 或 `base64://`
   *
   * The image: a local path, URL or `base64://`
   */
  file: string;
}

/** The `data` that `upload_image_to_qun_album` (上传图片到群相册 / Upload an image to a group album) answers with. */
export type UploadImageToQunAlbumResult = null;

/** Parameters of `upload_private_file` (上传私聊文件 / Upload private file). */
export interface UploadPrivateFileParams {
  /**
   * 对方 QQ 号
   *
   * The peer's QQ number
   */
  user_id: number | string;
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
  /**
   * 是否执行上传
   *
   * Whether to upload
   * @defaultValue true
   */
  upload_file?: boolean;
}

/** The `data` that `upload_private_file` (上传私聊文件 / Upload private file) answers with. */
export interface UploadPrivateFileResult {
  /**
   * 新文件的 ID
   *
   * The new file's ID
   */
  file_id: string | null;
}

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
   * - NapCat: yes
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
   * Another name for `send_packet`.
   *
   * Lagrange.OneBot 的名称（它只响应这个名称，参数与结果不同）
   *
   * The name Lagrange.OneBot uses (the only one it answers to, with other parameters and result)
   */
  '.send_packet': { params: SendPacketParams; result: SendPacketResult; variants: 'async' };
  /**
   * Another name for `send_group_ark_share`.
   *
   * 旧名称，NapCat 仍接受，源码中已标为弃用。
   *
   * The old name, still accepted and marked deprecated in the source.
   *
   * @deprecated
   */
  ArkShareGroup: {
    params: SendGroupArkShareParams;
    result: SendGroupArkShareResult;
    variants: 'async';
  };
  /**
   * Another name for `send_ark_share`.
   *
   * 旧名称，NapCat 仍注册，router.ts 中已标为弃用。NapCat 的旧文档以此名记录，并把手机号参数写作 `phoneNumber`；ShareContact.ts 读取的是 `phone_number`。
   *
   * The old name, still registered and marked deprecated in NapCat's router.ts. NapCat's older docs use this name and spell the phone parameter `phoneNumber`; ShareContact.ts reads `phone_number`.
   *
   * @deprecated
   */
  ArkSharePeer: { params: SendArkShareParams; result: SendArkShareResult; variants: 'async' };
  /**
   * 删除群公告 / Delete group notice
   *
   * 删除一条群公告。需要登录号是管理员或群主。
   *
   * Delete a group notice. The bot must be an administrator or the owner.
   *
   * Support:
   * - NapCat: yes — NapCat 接受字符串群号，响应为 NT 的原始结果。 NapCat accepts string group numbers and answers with NT's raw result.
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
   * - NapCat: yes — NapCat 的 GetGroupNotice.ts 接受字符串群号；列表项另有 `settings` 与 `read_num`，图片同时以 `message.images` 与旧键 `message.image` 给出。 NapCat's GetGroupNotice.ts accepts string group numbers; items add `settings` and `read_num`, and pictures are given both as `message.images` and under the old key `message.image`.
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
   * - NapCat: yes — NapCat 的 GoCQHTTPGetModelShow.ts 仅为兼容：`model` 可省略，`data` 是数组，恒为 `[{ variants: { model_show: 'napcat', need_pay: false } }]`。 NapCat's GoCQHTTPGetModelShow.ts is there for compatibility only: `model` may be left out and `data` is an array, always `[{ variants: { model_show: 'napcat', need_pay: false } }]`.
   */
  _get_model_show: { params: GetModelShowParams; result: GetModelShowResult; variants: 'async' };
  /**
   * 设置所有消息已读 / Mark all messages as read
   *
   * 把所有会话标记为已读。
   *
   * Mark every conversation as read.
   *
   * Support:
   * - NapCat: yes
   */
  _mark_all_as_read: {
    params: MarkAllAsReadParams;
    result: MarkAllAsReadResult;
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
   * - NapCat: yes — NapCat 接受字符串群号，另可设置置顶、类型与确认选项；`data` 为 `null`，不返回公告 ID。 NapCat accepts string group numbers and adds pinning, type and confirmation options; `data` is `null`, with no notice ID.
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
   * - NapCat: yes — NapCat 的 GoCQHTTPSetModelShow.ts 仅为兼容：不读取任何参数，也不做任何事。 NapCat's GoCQHTTPSetModelShow.ts is there for compatibility only: it reads no parameters and does nothing.
   */
  _set_model_show: { params: SetModelShowParams; result: SetModelShowResult; variants: 'async' };
  /**
   * 添加收藏表情 / Add a favorite sticker
   *
   * 把一个本地图片文件添加到登录号的收藏表情。未给出的文件名、大小与 MD5 由 NapCat 从文件读取。
   *
   * Add a local image file to the bot account's favorite stickers. NapCat reads the file name, size and MD5 from the file when they are not given.
   *
   * Support:
   * - NapCat: yes — NapCat 的 CustomFace.ts；只见于较新的 NapCat 版本。 NapCat's CustomFace.ts; recent NapCat versions only.
   */
  add_custom_face: { params: AddCustomFaceParams; result: AddCustomFaceResult; variants: 'async' };
  /**
   * 退出 NapCat / Exit NapCat
   *
   * 立即结束 NapCat 进程（登录号随之下线），通常收不到响应。
   *
   * End the NapCat process at once (the account goes offline with it); usually no answer arrives.
   *
   * Support:
   * - NapCat: yes
   */
  bot_exit: { params: BotExitParams; result: BotExitResult; variants: 'async' };
  /**
   * 检查是否可以发送图片 / Check whether images can be sent
   *
   * 询问实现当前能否发送图片。
   *
   * Ask whether the implementation can send images.
   *
   * Support:
   * - NapCat: yes
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
   * - NapCat: yes
   */
  can_send_record: { params: CanSendRecordParams; result: CanSendRecordResult; variants: 'async' };
  /**
   * 取消点赞群相册媒体 / Unlike group album media
   *
   * 取消对群相册上传（或其中一张媒体）的点赞。参数同 `set_group_album_media_like`。
   *
   * Take back a like on a group album upload (or one medium of it). The parameters are those of `set_group_album_media_like`.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetGroupAlbumMediaLike.ts；只见于较新的 NapCat 版本。 NapCat's SetGroupAlbumMediaLike.ts; recent NapCat versions only.
   */
  cancel_group_album_media_like: {
    params: CancelGroupAlbumMediaLikeParams;
    result: CancelGroupAlbumMediaLikeResult;
    variants: 'async';
  };
  /**
   * 取消群待办 / Cancel group to-do
   *
   * 取消群待办。参数同 `set_group_todo`。
   *
   * Cancel a group to-do. The parameters are those of `set_group_todo`.
   *
   * Support:
   * - NapCat: yes — NapCat 的 CancelGroupTodo.ts；只见于较新的 NapCat 版本。 NapCat's CancelGroupTodo.ts; recent NapCat versions only.
   */
  cancel_group_todo: {
    params: CancelGroupTodoParams;
    result: CancelGroupTodoResult;
    variants: 'async';
  };
  /**
   * 取消在线文件 / Cancel an online file
   *
   * 取消自己发出的在线文件。
   *
   * Cancel an online file the bot sent.
   *
   * Support:
   * - NapCat: yes — NapCat 的 CancelOnlineFile.ts；只见于较新的 NapCat 版本。 NapCat's CancelOnlineFile.ts; recent NapCat versions only.
   */
  cancel_online_file: {
    params: CancelOnlineFileParams;
    result: CancelOnlineFileResult;
    variants: 'async';
  };
  /**
   * 检查链接安全性 / Check URL safety
   *
   * 查询 QQ 对一个链接的安全评级。
   *
   * Ask QQ how safe it rates a link.
   *
   * Support:
   * - NapCat: yes — NapCat 仅为兼容：不做检查，恒返回 `level` 1（NapCat 的 GoCQHTTPCheckUrlSafely.ts）。 NapCat keeps it for compatibility only: it checks nothing and always answers `level` 1 (NapCat's GoCQHTTPCheckUrlSafely.ts).
   */
  check_url_safely: {
    params: CheckUrlSafelyParams;
    result: CheckUrlSafelyResult;
    variants: 'async';
  };
  /**
   * 清理缓存 / Clean cache
   *
   * 清理实现积攒的缓存文件。
   *
   * Delete the cache files the implementation has piled up.
   *
   * Support:
   * - NapCat: yes
   */
  clean_cache: { params: CleanCacheParams; result: CleanCacheResult; variants: 'async' };
  /**
   * 清理流式传输临时文件 / Clean up streaming temporary files
   *
   * 删除 NapCat 临时目录中的所有文件（包括分片上传得到的文件）。
   *
   * Delete every file in NapCat's temporary folder (chunked uploads included).
   *
   * Support:
   * - NapCat: yes — NapCat 的 CleanStreamTempFile.ts；只见于较新的 NapCat 版本。 NapCat's CleanStreamTempFile.ts; recent NapCat versions only.
   */
  clean_stream_temp_file: {
    params: CleanStreamTempFileParams;
    result: CleanStreamTempFileResult;
    variants: 'async';
  };
  /**
   * 点击消息按钮 / Click a message button
   *
   * 点击 QQ 官方机器人在群里发出的消息上的按钮（回调按钮）。
   *
   * Click a (callback) button on a message an official QQ bot sent in a group.
   *
   * Support:
   * - NapCat: yes — NapCat 的 ClickInlineKeyboardButton.ts 中只有 `group_id` 与 `bot_appid` 必填，其余参数有默认值。 In NapCat's ClickInlineKeyboardButton.ts only `group_id` and `bot_appid` are required; the other parameters have defaults.
   */
  click_inline_keyboard_button: {
    params: ClickInlineKeyboardButtonParams;
    result: ClickInlineKeyboardButtonResult;
    variants: 'async';
  };
  /**
   * 完成群待办 / Complete group to-do
   *
   * 把群待办标为已完成。参数同 `set_group_todo`。
   *
   * Mark a group to-do as done. The parameters are those of `set_group_todo`.
   *
   * Support:
   * - NapCat: yes — NapCat 的 CompleteGroupTodo.ts；只见于较新的 NapCat 版本。 NapCat's CompleteGroupTodo.ts; recent NapCat versions only.
   */
  complete_group_todo: {
    params: CompleteGroupTodoParams;
    result: CompleteGroupTodoResult;
    variants: 'async';
  };
  /**
   * 创建收藏 / Create a favorite
   *
   * 以登录号身份在 QQ 收藏中新建一条文本收藏。
   *
   * Add a text item to the bot account's QQ favorites.
   *
   * Support:
   * - NapCat: yes
   */
  create_collection: {
    params: CreateCollectionParams;
    result: CreateCollectionResult;
    variants: 'async';
  };
  /**
   * 创建闪传任务 / Create a flash transfer task
   *
   * 用本地文件创建 QQ 闪传上传任务，得到文件集（fileset）。单个图片或视频会自动生成缩略图。
   *
   * Create a QQ flash-transfer upload task from local files, giving a file set (fileset). A single image or video gets a thumbnail made for it.
   *
   * Support:
   * - NapCat: yes — NapCat 的 CreateFlashTask.ts；只见于较新的 NapCat 版本，依赖 QQ 的闪传功能。 NapCat's CreateFlashTask.ts; recent NapCat versions only; relies on QQ's flash transfer.
   */
  create_flash_task: {
    params: CreateFlashTaskParams;
    result: CreateFlashTaskResult;
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
   * - NapCat: yes — NapCat 的 CreateGroupFileFolder.ts 接受字符串群号，`folder_name` 与 `name` 同义，不读 `parent_id`；响应是 QQ NT 的原始结果（`result` 与新文件夹 `groupItem`）。 NapCat's CreateGroupFileFolder.ts accepts string group numbers, takes `folder_name` as a synonym of `name`, ignores `parent_id` and answers with QQ NT's raw result (`result` and the new folder as `groupItem`).
   */
  create_group_file_folder: {
    params: CreateGroupFileFolderParams;
    result: CreateGroupFileFolderResult;
    variants: 'async';
  };
  /**
   * 删除群相册媒体 / Delete media from a group album
   *
   * 删除群相册中的一张照片或一段视频。
   *
   * Delete one photo or video from a group album.
   *
   * Support:
   * - NapCat: yes
   */
  del_group_album_media: {
    params: DelGroupAlbumMediaParams;
    result: DelGroupAlbumMediaResult;
    variants: 'async';
  };
  /**
   * 删除收藏表情 / Delete favorite stickers
   *
   * 删除一个或多个收藏表情。用 `fetch_custom_face_detail` 返回的 `resId` 指明表情（`res_id`、`id` 或 `ids`，按 `ids`、`res_id`、`id` 的顺序取第一个给出的）；不能直接按 MD5 删除。
   *
   * Delete one or more favorite stickers, named by the `resId` from `fetch_custom_face_detail` (in `res_id`, `id` or `ids`; the first given of `ids`, `res_id`, `id` is used). Stickers cannot be deleted by MD5 directly.
   *
   * Support:
   * - NapCat: yes — NapCat 的 CustomFace.ts；只见于较新的 NapCat 版本。三个 ID 参数都缺时失败。 NapCat's CustomFace.ts; recent NapCat versions only. Fails when all three id parameters are missing.
   */
  delete_custom_face: {
    params: DeleteCustomFaceParams;
    result: DeleteCustomFaceResult;
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
   * - NapCat: yes — NapCat 的 DelEssenceMsg.ts 接受字符串消息 ID，也可以不给 `message_id` 而同时给出 `group_id`、`msg_seq`、`msg_random`（见 `get_essence_msg_list`）来指明消息；三者齐全时优先使用它们。响应为 QQ 的原始结果。 NapCat's DelEssenceMsg.ts accepts string message IDs, and can name the message by `group_id`, `msg_seq` and `msg_random` together (see `get_essence_msg_list`) instead of `message_id`; when all three are given they win. It answers with QQ's raw result.
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
   * - NapCat: yes — NapCat 也接受 `friend_id`（同 `user_id`）与字符串 ID，并可选择拉黑或双向删除；响应为 NT 的原始结果。找不到该用户或对方不是好友时不报错，而是回答 `{ valid: false, message }`（NapCat 的 GoCQHTTPDeleteFriend.ts）。 NapCat also accepts `friend_id` (same as `user_id`) and string IDs, and can block or delete both ways; it answers with NT's raw result. When the user cannot be found or is not a friend, it does not fail but answers `{ valid: false, message }` (NapCat's GoCQHTTPDeleteFriend.ts).
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
   * - NapCat: yes — NapCat 不需要 `busid`，接受字符串群号；响应为 NT 的原始结果。 NapCat needs no `busid`, accepts string group numbers and answers with NT's raw result.
   */
  delete_group_file: {
    params: DeleteGroupFileParams;
    result: DeleteGroupFileResult;
    variants: 'async';
  };
  /**
   * Another name for `delete_group_folder`.
   *
   * Lagrange.OneBot 的名称（它只响应这个名称）
   *
   * The name Lagrange.OneBot uses (the only one it answers to)
   */
  delete_group_file_folder: {
    params: DeleteGroupFolderParams;
    result: DeleteGroupFolderResult;
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
   * - NapCat: yes — NapCat 接受字符串群号，`folder` 与 `folder_id` 同义；响应为 NT 的原始结果。 NapCat accepts string group numbers, takes `folder` as a synonym of `folder_id` and answers with NT's raw result.
   */
  delete_group_folder: {
    params: DeleteGroupFolderParams;
    result: DeleteGroupFolderResult;
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
   * - NapCat: yes — NapCat 也接受字符串形式的 `message_id`。 NapCat also accepts `message_id` as a string.
   */
  delete_msg: { params: DeleteMsgParams; result: DeleteMsgResult; variants: 'async' };
  /**
   * 删除 QQ 空间说说 / Delete a Qzone post
   *
   * 按 tid 删除登录号的一条 QQ 空间说说。
   *
   * Delete one of the bot account's Qzone posts by its tid.
   *
   * Support:
   * - NapCat: yes — NapCat 的 DeleteQzoneMsg.ts。 NapCat's DeleteQzoneMsg.ts.
   */
  delete_qzone_msg: {
    params: DeleteQzoneMsgParams;
    result: DeleteQzoneMsgResult;
    variants: 'async';
  };
  /**
   * 评论群相册媒体 / Comment on group album media
   *
   * 对群相册中的一张媒体发表文字评论。
   *
   * Post a text comment on one medium in a group album.
   *
   * Support:
   * - NapCat: yes
   */
  do_group_album_comment: {
    params: DoGroupAlbumCommentParams;
    result: DoGroupAlbumCommentResult;
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
   * - NapCat: yes — NapCat 不读 `thread_count`；也可用 `base64` 代替 `url`，并用 `name` 指定文件名（省略时以文件 MD5 命名）。 NapCat ignores `thread_count`; it also takes `base64` instead of `url`, and `name` for the file name (the file's MD5 when omitted).
   */
  download_file: { params: DownloadFileParams; result: DownloadFileResult; variants: 'async' };
  /**
   * 流式下载图片 / Download an image as a stream
   *
   * 与 `download_file_stream` 相同，但第一个 `file_info` 包还带有图片的宽高。
   *
   * Like `download_file_stream`, but the first `file_info` packet also carries the image size.
   *
   * Support:
   * - NapCat: yes — NapCat 的 DownloadFileImageStream.ts；只见于较新的 NapCat 版本。 NapCat's DownloadFileImageStream.ts; recent NapCat versions only.
   */
  download_file_image_stream: {
    params: DownloadFileImageStreamParams;
    result: DownloadFileImageStreamResult;
    variants: 'async';
  };
  /**
   * 流式下载语音 / Download a voice file as a stream
   *
   * 与 `download_file_stream` 相同，但可先把语音转成 `out_format` 指定的格式（需要 ffmpeg）。
   *
   * Like `download_file_stream`, but can first convert the voice to `out_format` (needs ffmpeg).
   *
   * Support:
   * - NapCat: yes — NapCat 的 DownloadFileRecordStream.ts；只见于较新的 NapCat 版本。 NapCat's DownloadFileRecordStream.ts; recent NapCat versions only.
   */
  download_file_record_stream: {
    params: DownloadFileRecordStreamParams;
    result: DownloadFileRecordStreamResult;
    variants: 'async';
  };
  /**
   * 流式下载文件 / Download a file as a stream
   *
   * 把一个文件（文件 ID、文件名或 URL）以 Base64 分片的形式流式发回调用方：对同一个请求先后发出若干个包，见 `StreamDownloadPacket`。适合在 WebSocket 上取回大文件。
   *
   * Stream a file (by file id, name or URL) back to the caller as Base64 chunks: one request gets several packets, see `StreamDownloadPacket`. Meant for fetching large files over WebSocket.
   *
   * Support:
   * - NapCat: yes — NapCat 的 DownloadFileStream.ts；只见于较新的 NapCat 版本。 NapCat's DownloadFileStream.ts; recent NapCat versions only.
   */
  download_file_stream: {
    params: DownloadFileStreamParams;
    result: DownloadFileStreamResult;
    variants: 'async';
  };
  /**
   * 下载文件集 / Download a file set
   *
   * 把整个闪传文件集下载到 NapCat 的默认下载目录。
   *
   * Download a whole flash-transfer file set into NapCat's default download folder.
   *
   * Support:
   * - NapCat: yes — NapCat 的 DownloadFileset.ts；只见于较新的 NapCat 版本。 NapCat's DownloadFileset.ts; recent NapCat versions only.
   */
  download_fileset: {
    params: DownloadFilesetParams;
    result: DownloadFilesetResult;
    variants: 'async';
  };
  /**
   * 获取收藏表情 / Get saved stickers
   *
   * 获取登录号收藏的自定义表情，结果是表情图片 URL 的数组。跨实现文档把它归为社区拓展。
   *
   * List the custom stickers the bot account has saved, as an array of image URLs. The cross-implementation page counts it as a community extension.
   *
   * Support:
   * - NapCat: yes — NapCat 的 FetchCustomFace.ts 也接受字符串形式的 `count`。 NapCat's FetchCustomFace.ts also accepts `count` as a string.
   */
  fetch_custom_face: {
    params: FetchCustomFaceParams;
    result: FetchCustomFaceResult;
    variants: 'async';
  };
  /**
   * 获取收藏表情详情 / Get favorite sticker details
   *
   * 获取登录号收藏的表情的详细信息（QQ 原始数据，含删除与修改描述时要用的 `resId`、`md5` 等）。与只返回 URL 的 `fetch_custom_face` 相对。
   *
   * Get the details of the bot account's favorite stickers (raw QQ data, with the `resId`, `md5` and other fields that deleting one or changing its description needs), where `fetch_custom_face` returns only URLs.
   *
   * Support:
   * - NapCat: yes — NapCat 的 CustomFace.ts；只见于较新的 NapCat 版本。 NapCat's CustomFace.ts; recent NapCat versions only.
   */
  fetch_custom_face_detail: {
    params: FetchCustomFaceDetailParams;
    result: FetchCustomFaceDetailResult;
    variants: 'async';
  };
  /**
   * 获取消息表情回应详情 / Get emoji reactions of a message
   *
   * 分页获取对一条消息贴了某个表情的人。用返回的 `cookie` 取下一页。
   *
   * Get, page by page, who reacted to a message with one emoji. Pass the returned `cookie` to get the next page.
   *
   * Support:
   * - NapCat: yes — NapCat 的 FetchEmojiLike.ts。 NapCat's FetchEmojiLike.ts.
   */
  fetch_emoji_like: {
    params: FetchEmojiLikeParams;
    result: FetchEmojiLikeResult;
    variants: 'async';
  };
  /**
   * 语音转文字 / Speech to text
   *
   * 获取一条语音消息的转文字结果。
   *
   * Get the text transcription of a voice message.
   *
   * Support:
   * - NapCat: yes — NapCat 的 FetchPttText.ts；只见于较新的 NapCat 版本。 NapCat's FetchPttText.ts; recent NapCat versions only.
   */
  fetch_ptt_text: { params: FetchPttTextParams; result: FetchPttTextResult; variants: 'async' };
  /**
   * 转发单条消息到私聊 / Forward a message to a private chat
   *
   * 把一条已有消息原样转发（非合并转发）给一名用户。
   *
   * Forward one existing message as it is (not as a chat record) to a user.
   *
   * Support:
   * - NapCat: yes — 与 `forward_group_single_msg` 共用 NapCat 的 ForwardSingleMsg.ts：给了 `user_id` 就转发到私聊，否则转发到 `group_id` 的群。 Shares NapCat's ForwardSingleMsg.ts with `forward_group_single_msg`: with `user_id` the message goes to that private chat, otherwise to the group `group_id`.
   */
  forward_friend_single_msg: {
    params: ForwardFriendSingleMsgParams;
    result: ForwardFriendSingleMsgResult;
    variants: 'async';
  };
  /**
   * 转发单条消息到群 / Forward a message to a group
   *
   * 把一条已有消息原样转发（非合并转发）到一个群。
   *
   * Forward one existing message as it is (not as a chat record) to a group.
   *
   * Support:
   * - NapCat: yes — 与 `forward_friend_single_msg` 共用 NapCat 的 ForwardSingleMsg.ts：若同时给了 `user_id`，会改为转发到该用户的私聊。 Shares NapCat's ForwardSingleMsg.ts with `forward_friend_single_msg`: if `user_id` is also given, the message goes to that user's private chat instead.
   */
  forward_group_single_msg: {
    params: ForwardGroupSingleMsgParams;
    result: ForwardGroupSingleMsgResult;
    variants: 'async';
  };
  /**
   * 私聊戳一戳 / Poke in a private chat
   *
   * 在私聊中戳一戳对方（或用 `target_id` 戳自己）。需要 NapCat 的 packet 后端。
   *
   * Poke a user in the private chat (or, with `target_id`, yourself). Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes — 与 `send_poke` 共用同一处理：若给了 `group_id`，会改为在该群中戳。 Shares one handler with `send_poke`; given a `group_id`, it pokes in that group instead.
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
   * - NapCat: yes — NapCat 的 GetAiCharacters.ts 中 `chat_type` 默认为 1（语音）。 In NapCat's GetAiCharacters.ts `chat_type` defaults to 1 (speech).
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
   * - NapCat: yes — NapCat 的 GetAiRecord.ts 以链接字符串本身作为 `data`，而不是包在对象中。 NapCat's GetAiRecord.ts answers with the link string itself as `data`, not wrapped in an object.
   */
  get_ai_record: { params: GetAiRecordParams; result: GetAiRecordResult; variants: 'async' };
  /**
   * 获取 clientkey / Get clientkey
   *
   * 获取登录号当前的 clientkey，可用于登录 QQ 的网页服务。请妥善保管：它等同于登录凭证。
   *
   * Get the bot account's current clientkey, used to sign in to QQ web services. Guard it: it is as good as a login credential.
   *
   * Support:
   * - NapCat: yes
   */
  get_clientkey: { params: GetClientkeyParams; result: GetClientkeyResult; variants: 'async' };
  /**
   * 获取收藏列表 / Get favorites
   *
   * 获取登录号 QQ 收藏中的条目（QQ 原始数据）。
   *
   * Get items from the bot account's QQ favorites (raw QQ data).
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetCollectionList.ts 把 QQ 的原始结果原样返回；NapCat 的文档把本动作归入“bug”一类，即已知工作不正常。 NapCat's GetCollectionList.ts passes QQ's raw result on as it is; NapCat's docs file this action under "bug", i.e. known not to work properly.
   */
  get_collection_list: {
    params: GetCollectionListParams;
    result: GetCollectionListResult;
    variants: 'async';
  };
  /**
   * 获取 Cookies / Get cookies
   *
   * 获取登录号在指定域名下的 Cookies，用于调用 QQ 的网页接口。
   *
   * Get the bot account's cookies for a domain, for calling QQ's web interfaces.
   *
   * Support:
   * - NapCat: yes — NapCat 要求给出 `domain`；结果多一个 `bkn`（由 skey 算出的 CSRF Token，字符串）。 NapCat requires `domain`; the result adds `bkn` (the CSRF token computed from the skey, as a string).
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
   * - NapCat: yes — NapCat 要求给出 `domain`，且 CSRF Token 的字段名是 `token` 而不是 `csrf_token`。 NapCat requires `domain`, and names the CSRF token field `token` instead of `csrf_token`.
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
   * - NapCat: yes
   */
  get_csrf_token: { params: GetCsrfTokenParams; result: GetCsrfTokenResult; variants: 'async' };
  /**
   * 获取被过滤的好友申请 / Get filtered friend requests
   *
   * 获取 QQ 判定为可疑而过滤掉的好友申请。
   *
   * Get the friend requests that QQ judged suspicious and filtered out.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetDoubtFriendsAddRequest.ts 中 `count` 默认为 50。 In NapCat's GetDoubtFriendsAddRequest.ts `count` defaults to 50.
   */
  get_doubt_friends_add_request: {
    params: GetDoubtFriendsAddRequestParams;
    result: GetDoubtFriendsAddRequestResult;
    variants: 'async';
  };
  /**
   * 获取消息表情回应列表 / List emoji reactions of a message
   *
   * 获取对一条消息贴了某个表情的用户列表。`message_id` 可以是 NapCat 的短 ID，也可以是长 ID（此时须给出 `group_id`）。
   *
   * List the users who reacted to a message with one emoji. `message_id` may be NapCat's short id or a long id (which then needs `group_id`).
   *
   * Support:
   * - NapCat: yes
   */
  get_emoji_likes: { params: GetEmojiLikesParams; result: GetEmojiLikesResult; variants: 'async' };
  /**
   * 获取精华消息列表 / Get essence messages
   *
   * 列出一个群的全部精华消息。
   *
   * List a group's essence messages.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetGroupEssence.ts 接受字符串群号；列表项另有 `msg_seq`、`msg_random` 与消息内容 `content`（消息段数组），没有 `sender_time`。 NapCat's GetGroupEssence.ts accepts string group numbers; its items add `msg_seq`, `msg_random` and the content `content` (an array of segments), and have no `sender_time`.
   */
  get_essence_msg_list: {
    params: GetEssenceMsgListParams;
    result: GetEssenceMsgListResult;
    variants: 'async';
  };
  /**
   * 获取文件 / Get a file
   *
   * 按文件 ID（消息段中的 `file` 或 `file_id`）下载一个文件（图片、语音、视频或文件）到本地缓存，并返回其路径与信息。开启了 NapCat 的“本地文件转 URL”选项时还会返回 Base64 内容。
   *
   * Download a file (image, voice, video or file) by its id (the `file` or `file_id` of a segment) to the local cache and return its path and details. With NapCat's "local file to URL" option on, the Base64 content is returned too.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetFile.ts 既接受 `file_id` 也接受 `file`。 NapCat's GetFile.ts takes either `file_id` or `file`.
   */
  get_file: { params: GetFileParams; result: GetFileResult; variants: 'async' };
  /**
   * 由分享码获取文件集 ID / Get a file set id from a share code
   *
   * 由闪传分享码或分享链接得到文件集 ID。
   *
   * Turn a flash-transfer share code or share link into a file set id.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetFilesetIdByCode.ts；只见于较新的 NapCat 版本。 NapCat's GetFilesetIdByCode.ts; recent NapCat versions only.
   */
  get_fileset_id: { params: GetFilesetIdParams; result: GetFilesetIdResult; variants: 'async' };
  /**
   * 获取文件集信息 / Get file set information
   *
   * 获取一个闪传文件集的信息（QQ 原始数据）。
   *
   * Get the details of a flash-transfer file set (raw QQ data).
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetFilesetInfo.ts；只见于较新的 NapCat 版本。 NapCat's GetFilesetInfo.ts; recent NapCat versions only.
   */
  get_fileset_info: {
    params: GetFilesetInfoParams;
    result: GetFilesetInfoResult;
    variants: 'async';
  };
  /**
   * 获取闪传文件列表 / List the files of a flash transfer
   *
   * 列出一个闪传文件集中的文件（QQ 原始数据）。
   *
   * List the files in a flash-transfer file set (raw QQ data).
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetFlashFileList.ts；只见于较新的 NapCat 版本。 NapCat's GetFlashFileList.ts; recent NapCat versions only.
   */
  get_flash_file_list: {
    params: GetFlashFileListParams;
    result: GetFlashFileListResult;
    variants: 'async';
  };
  /**
   * 获取闪传文件链接 / Get a flash transfer file URL
   *
   * 获取闪传文件集中一个文件的下载链接；用 `file_name` 或 `file_index`（从 0 开始）指明文件。
   *
   * Get the download URL of one file in a flash-transfer file set, named by `file_name` or `file_index` (from 0).
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetFlashFileUrl.ts；只见于较新的 NapCat 版本。 NapCat's GetFlashFileUrl.ts; recent NapCat versions only.
   */
  get_flash_file_url: {
    params: GetFlashFileUrlParams;
    result: GetFlashFileUrlResult;
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
   * - NapCat: yes — NapCat 读 `message_id` 或 `id`（两者给一个即可）；结果是 `messages` 数组，每项是完整的消息结构，内容放在 `content` 中。 NapCat reads `message_id` or `id` (one is enough); the result is a `messages` array of full message objects whose content is in `content`.
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
   * - NapCat: yes — NapCat 的 GetFriendList.ts 多一个 `no_cache` 参数；列表项还带有生日、电话、邮箱、分组等资料字段。 NapCat's GetFriendList.ts takes an extra `no_cache` parameter; the items also carry profile fields such as the birthday, phone, email and category.
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
   * - NapCat: yes — NapCat 的 GetFriendMsgHistory.ts 以 `reverse_order` 为参数名，仍接受旧名 `reverseOrder`。 NapCat's GetFriendMsgHistory.ts names the parameter `reverse_order` and still accepts the old name `reverseOrder`.
   */
  get_friend_msg_history: {
    params: GetFriendMsgHistoryParams;
    result: GetFriendMsgHistoryResult;
    variants: 'async';
  };
  /**
   * 获取分组好友列表 / Get friends by category
   *
   * 按好友分组返回好友列表，每个分组带有分组信息与其中的好友。
   *
   * List friends by category; each category comes with its details and its friends.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetFriendWithCategory.ts 不读取任何参数（旧文档的请求示例带有 `no_cache`，它不起作用）。 NapCat's GetFriendWithCategory.ts reads no parameters (the `no_cache` in an older docs example has no effect).
   */
  get_friends_with_category: {
    params: GetFriendsWithCategoryParams;
    result: GetFriendsWithCategoryResult;
    variants: 'async';
  };
  /**
   * 获取群相册媒体列表 / List media in a group album
   *
   * 分页获取群相册中的照片与视频，结果为 QQ 的原始数据；用其中的 `attach_info` 取下一页。
   *
   * Page through the photos and videos of a group album; the result is QQ's raw data, and its `attach_info` gets the next page.
   *
   * Support:
   * - NapCat: yes
   */
  get_group_album_media_list: {
    params: GetGroupAlbumMediaListParams;
    result: GetGroupAlbumMediaListResult;
    variants: 'async';
  };
  /**
   * 获取群 @全体成员 剩余次数 / Get remaining @everyone mentions
   *
   * 查询登录号今天在一个群里还能 @全体成员 几次。
   *
   * Find out how many more times today the bot may mention everyone in a group.
   *
   * Support:
   * - NapCat: yes — NapCat 接受字符串群号。 NapCat accepts string group numbers.
   */
  get_group_at_all_remain: {
    params: GetGroupAtAllRemainParams;
    result: GetGroupAtAllRemainResult;
    variants: 'async';
  };
  /**
   * 获取群详细信息 / Get group details
   *
   * 获取群的详细信息。包含标准群信息的字段，另有全员禁言状态；NapCat 还会原样附上 QQ 返回的其他字段。
   *
   * Get a group's details: the standard group fields plus whether everyone is muted; NapCat also passes on QQ's other fields as they are.
   *
   * Support:
   * - NapCat: yes — 当前源码在结果中展开了 QQ 的原始群详情字段，`group_remark` 恒为空。 The current source spreads QQ's raw group-detail fields into the result, and `group_remark` is always empty.
   */
  get_group_detail_info: {
    params: GetGroupDetailInfoParams;
    result: GetGroupDetailInfoResult;
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
   * - NapCat: yes — NapCat 接受字符串群号；回答中没有 `group_id`，`limit_count` 恒为 10000（NapCat 的 GetGroupFileSystemInfo.ts）。 NapCat accepts string group numbers; its answer has no `group_id`, and `limit_count` is always 10000 (NapCat's GetGroupFileSystemInfo.ts).
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
   * - NapCat: yes — NapCat 不需要 `busid`，接受字符串群号。 NapCat needs no `busid` and accepts string group numbers.
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
   * - NapCat: yes — NapCat 接受字符串群号，`folder` 与 `folder_id` 同义，一次最多返回 `file_count` 项。 NapCat accepts string group numbers, takes `folder` as a synonym of `folder_id` and returns at most `file_count` entries.
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
   * - NapCat: yes — NapCat 也接受字符串形式的 `group_id`；`type` 可以省略，默认为 `all`。回答总含全部字段，未请求的列表为空；`current_talkative` 是 `talkative_list` 的第一项（没有 `day_count`），没有时为空对象（NapCat 的 napcat-core/apis/webapi.ts 中的 getGroupHonorInfo）。 NapCat also accepts `group_id` as a string; `type` may be left out and defaults to `all`. The answer always has every field, the lists not asked for being empty; `current_talkative` is the first entry of `talkative_list` (without `day_count`), or an empty object when there is none (getGroupHonorInfo in NapCat's napcat-core/apis/webapi.ts).
   */
  get_group_honor_info: {
    params: GetGroupHonorInfoParams;
    result: GetGroupHonorInfoResult;
    variants: 'async';
  };
  /**
   * 获取被过滤的加群请求 / Get filtered join requests
   *
   * 获取被 QQ 过滤的加群申请。
   *
   * Get the requests to join groups that QQ filtered out.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetGroupAddRequest.ts；NapCat 的文档把本动作归入“bug”一类。其结果也包含在 `get_group_ignored_notifies` 的 `join_requests` 里。 NapCat's GetGroupAddRequest.ts; NapCat's docs file this action under "bug". Its result is also part of `join_requests` in `get_group_ignored_notifies`.
   */
  get_group_ignore_add_request: {
    params: GetGroupIgnoreAddRequestParams;
    result: GetGroupIgnoreAddRequestResult;
    variants: 'async';
  };
  /**
   * 获取群过滤系统消息 / Get filtered group notifications
   *
   * 获取被 QQ 过滤的群系统消息：加群邀请与加群申请。
   *
   * Get the group system notifications that QQ filtered out: invitations and join requests.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetSystemMsg.ts 以 `InvitedRequest` 与 go-cqhttp 的字段名 `invited_requests` 两个名称返回同一列表。 NapCat's GetSystemMsg.ts returns the invitations under both `InvitedRequest` and go-cqhttp's name `invited_requests`.
   */
  get_group_ignored_notifies: {
    params: GetGroupIgnoredNotifiesParams;
    result: GetGroupIgnoredNotifiesResult;
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
   * - NapCat: yes — NapCat 的 GetGroupInfo.ts 也接受字符串形式的 `group_id`，不读取 `no_cache`；结果还带有全员禁言状态与群备注。 NapCat's GetGroupInfo.ts also accepts `group_id` as a string and ignores `no_cache`; the result also carries the mute-all state and the group remark.
   */
  get_group_info: { params: GetGroupInfoParams; result: GetGroupInfoResult; variants: 'async' };
  /**
   * 获取群扩展信息 / Get extended group information
   *
   * 获取 QQ 的群扩展信息（`groupExtInfo`），字段为 QQ NT 的原始名称，未经整理。
   *
   * Get QQ's extended group information (`groupExtInfo`), with QQ NT's raw field names, untouched.
   *
   * Support:
   * - NapCat: yes
   */
  get_group_info_ex: {
    params: GetGroupInfoExParams;
    result: GetGroupInfoExResult;
    variants: 'async';
  };
  /**
   * 获取群列表 / Get group list
   *
   * 获取登录号加入的所有群。
   *
   * List every group the bot is in.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetGroupList.ts 多一个 `no_cache` 参数；列表项还带有全员禁言状态与群备注。 NapCat's GetGroupList.ts takes an extra `no_cache` parameter; the items also carry the mute-all state and the group remark.
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
   * - NapCat: yes — NapCat 的 GetGroupMemberInfo.ts 也接受字符串形式的 ID；`no_cache` 默认为 `true`（省略时不用缓存）；结果还带有 QQ 等级、机器人标记与禁言截止时间。 NapCat's GetGroupMemberInfo.ts also accepts the IDs as strings; `no_cache` defaults to `true` (leaving it out skips the cache); the result also carries the QQ level, the bot flag and the end of a mute.
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
   * - NapCat: yes — NapCat 的 GetGroupMemberList.ts 也接受字符串形式的 `group_id`，并多一个 `no_cache` 参数；列表项还带有 QQ 等级、机器人标记与禁言截止时间。取不到真实值时，`join_time` 与 `last_sent_time` 会被填为当前时间。 NapCat's GetGroupMemberList.ts also accepts `group_id` as a string and takes an extra `no_cache` parameter; the items also carry the QQ level, the bot flag and the end of a mute. When the real values cannot be had, `join_time` and `last_sent_time` are filled with the current time.
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
   * - NapCat: yes — NapCat 的 `message_seq` 实际按消息 ID 解析（0 或省略为最新），ID 可为字符串；另有数量、顺序与解析选项。 NapCat reads `message_seq` as a message ID (0 or omitted means the latest), which may be a string; it adds count, order and parsing options.
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
   * - NapCat: yes — NapCat 接受字符串群号，一次最多返回 `file_count` 项；列表为空时是 `[]` 而不是 `null`（NapCat 的 GetGroupRootFiles.ts）。 NapCat accepts string group numbers and returns at most `file_count` entries; an empty list is `[]`, not `null` (NapCat's GetGroupRootFiles.ts).
   */
  get_group_root_files: {
    params: GetGroupRootFilesParams;
    result: GetGroupRootFilesResult;
    variants: 'async';
  };
  /**
   * 获取群禁言列表 / Get muted members
   *
   * 获取群内正被禁言的成员。每项是 QQ NT 的原始成员信息（如 `uin`、`nick`、`shutUpTime`），未经整理。
   *
   * List the members currently muted. Each item is QQ NT's raw member record (`uin`, `nick`, `shutUpTime`, ...), untouched.
   *
   * Support:
   * - NapCat: yes
   */
  get_group_shut_list: {
    params: GetGroupShutListParams;
    result: GetGroupShutListResult;
    variants: 'async';
  };
  /**
   * 获取群今日打卡列表 / Get today's group check-ins
   *
   * 获取群里今天已打卡的成员及其打卡时间与名次。
   *
   * List the members who checked in to a group today, with their time and rank.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetGroupSignedList.ts；只见于较新的 NapCat 版本。 NapCat's GetGroupSignedList.ts; recent NapCat versions only.
   */
  get_group_signed_list: {
    params: GetGroupSignedListParams;
    result: GetGroupSignedListResult;
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
   * - NapCat: yes — NapCat 可用 `count` 指定条数（默认 50）；两类请求的列表项字段相同（另有 `requester_nick`）， 邀请列表同时以 `invited_requests` 与旧键 `InvitedRequest` 给出，列表为空时是 `[]` 而不是 `null`。 NapCat takes `count` (default 50); both kinds of items share one shape (with an extra `requester_nick`), invitations are given both as `invited_requests` and under the old key `InvitedRequest`, and an empty list is `[]`, not `null`.
   */
  get_group_system_msg: {
    params: GetGroupSystemMsgParams;
    result: GetGroupSystemMsgResult;
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
   * - NapCat: yes — NapCat 仅保留动作名，未实现：`data` 恒为 `null`。 NapCat keeps only the name and does not implement it: `data` is always `null`.
   */
  get_guild_list: { params: GetGuildListParams; result: GetGuildListResult; variants: 'async' };
  /**
   * 获取频道系统内 BOT 的资料 / Get guild service profile
   *
   * 取得登录号在频道系统中的昵称、ID 与头像。
   *
   * Get the bot's nickname, ID and avatar in the guild service.
   *
   * Support:
   * - NapCat: yes — NapCat 仅保留动作名，未实现：`data` 恒为 `null`。 NapCat keeps only the name and does not implement it: `data` is always `null`.
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
   * - NapCat: yes — NapCat 可以用 `file` 或 `file_id` 指明图片（二选一），返回 URL、大小、文件名，可能还有 base64 内容。 NapCat names the image by `file` or `file_id` (either one) and answers with its URL, size, name and possibly its content in base64.
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
   * - NapCat: yes
   */
  get_login_info: { params: GetLoginInfoParams; result: GetLoginInfoResult; variants: 'async' };
  /**
   * 生成小程序卡片 / Make a mini-program card
   *
   * 生成一张 QQ 小程序分享卡片（Ark）。可以用内置模板（`type` 为 `bili` 或 `weibo`），也可以给出完整的小程序参数；得到的卡片可以作为 `json` 消息段发送。需要 NapCat 的 packet 后端。
   *
   * Make a QQ mini-program share card (Ark), either from a built-in template (`type` `bili` or `weibo`) or from full mini-program parameters; the card can be sent as a `json` segment. Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetMiniAppArk.ts 把卡片包在 `data.data` 里，而不是直接放在 `data` 中。 NapCat's GetMiniAppArk.ts wraps the card in `data.data` rather than putting it directly in `data`.
   */
  get_mini_app_ark: { params: GetMiniAppArkParams; result: GetMiniAppArkResult; variants: 'async' };
  /**
   * 获取消息 / Get message
   *
   * 按消息 ID 取回一条消息的内容与发送者。
   *
   * Fetch a message, with its sender, by its ID.
   *
   * Support:
   * - NapCat: yes — NapCat 也接受字符串形式的 `message_id`；结果是完整的消息事件结构，其中 `message_seq` 与 `real_id` 都等于 `message_id`。 NapCat also accepts `message_id` as a string; the result is the full message event, in which `message_seq` and `real_id` both equal `message_id`.
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
   * - NapCat: yes — 仅为兼容而保留：不读参数，`data` 恒为空数组（而不是带 `clients` 的对象）。 Kept for compatibility only: it reads no parameters and `data` is always an empty array (not an object with `clients`).
   */
  get_online_clients: {
    params: GetOnlineClientsParams;
    result: GetOnlineClientsResult;
    variants: 'async';
  };
  /**
   * 获取在线文件消息 / Get online file messages
   *
   * 获取与一名好友之间的在线文件消息（QQ 原始数据），其中的消息 ID 与元素 ID 用于接收、拒绝或取消。
   *
   * Get the online-file messages with a friend (raw QQ data); their message and element ids are used to receive, refuse or cancel.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetOnlineFileMessages.ts；只见于较新的 NapCat 版本。 NapCat's GetOnlineFileMessages.ts; recent NapCat versions only.
   */
  get_online_file_msg: {
    params: GetOnlineFileMsgParams;
    result: GetOnlineFileMsgResult;
    variants: 'async';
  };
  /**
   * 获取私聊文件链接 / Get private file URL
   *
   * 获取私聊中收到的文件的下载链接。需要 NapCat 的 packet 后端。
   *
   * Get the download URL of a file received in a private chat. Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes
   */
  get_private_file_url: {
    params: GetPrivateFileUrlParams;
    result: GetPrivateFileUrlResult;
    variants: 'async';
  };
  /**
   * 获取资料点赞 / Get profile likes
   *
   * 获取资料卡点赞信息：谁赞过（`voteInfo`）与赞过谁（`favoriteInfo`）。不给 `user_id` 时查询登录号自己。
   *
   * Get profile likes: who liked the profile (`voteInfo`) and whom it liked (`favoriteInfo`). Without `user_id` it asks about the bot account itself.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetProfileLike.ts 读取 `user_id`、`start`、`count`（后两者也可为字符串），结果分为 `favoriteInfo` 与 `voteInfo`。 NapCat's GetProfileLike.ts reads `user_id`, `start` and `count` (the last two may be strings) and splits the result into `favoriteInfo` and `voteInfo`.
   */
  get_profile_like: {
    params: GetProfileLikeParams;
    result: GetProfileLikeResult;
    variants: 'async';
  };
  /**
   * 获取群相册列表 / List group albums
   *
   * 获取群相册列表。每项是 QQ 返回的原始相册信息（含相册 ID `album_id`、名称等）。
   *
   * List a group's albums. Each item is QQ's raw album record (album id `album_id`, name, ...).
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetQunAlbumList.ts。 NapCat's GetQunAlbumList.ts.
   */
  get_qun_album_list: {
    params: GetQunAlbumListParams;
    result: GetQunAlbumListResult;
    variants: 'async';
  };
  /**
   * 获取最近会话 / Get recent conversations
   *
   * 获取最近会话列表（私聊与群聊），每个会话带有其最新一条消息。
   *
   * List the recent conversations (private and group), each with its latest message.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetRecentContact.ts 返回最近会话列表（NapCat 的旧文档误把标题写成“获取私聊历史记录”）；`peerUin` 是字符串，`count` 也可以是字符串。 NapCat's GetRecentContact.ts returns the recent conversations (an older NapCat doc mistitles it "get private message history"); `peerUin` is a string, and `count` may also be a string.
   */
  get_recent_contact: {
    params: GetRecentContactParams;
    result: GetRecentContactResult;
    variants: 'async';
  };
  /**
   * 获取语音 / Get voice record
   *
   * 把收到的语音文件转换为指定格式，返回转换后的本地路径。通常需要实现所在的机器装有 ffmpeg。
   *
   * Convert a received voice file to the given format and return the converted file's local path. This usually needs ffmpeg on the implementation's machine.
   *
   * Support:
   * - NapCat: yes — NapCat 可以用 `file` 或 `file_id` 指明语音（二选一），返回 URL、大小、文件名，可能还有 base64 内容。 NapCat names the record by `file` or `file_id` (either one) and answers with its URL, size, name and possibly its content in base64.
   */
  get_record: { params: GetRecordParams; result: GetRecordResult; variants: 'async' };
  /**
   * 获取 rkey / Get rkeys
   *
   * 获取下载图片等富媒体所需的 rkey（私聊与群聊各一个）。跨实现文档把它归为社区拓展。
   *
   * Get the rkeys needed to download images and other rich media (one for private chats, one for groups). The cross-implementation page counts it as a community extension.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetRkeyEx.ts 直接以数组作为 `data`（不包在 `rkeys` 中）。需要 NapCat 的 packet 后端。 NapCat's GetRkeyEx.ts answers with the array itself as `data` (not wrapped in `rkeys`). Needs NapCat's packet backend.
   */
  get_rkey: { params: GetRkeyParams; result: GetRkeyResult; variants: 'async' };
  /**
   * 获取 rkey 服务信息 / Get rkeys (rkey server format)
   *
   * 以 rkey 服务的格式返回当前的私聊与群聊图片 rkey 及其过期时间。NapCat 会缓存结果直到过期。需要 NapCat 的 packet 后端。
   *
   * Return the current private and group image rkeys and their expiry time in the format of an rkey server. NapCat caches the answer until it expires. Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes
   */
  get_rkey_server: { params: GetRkeyServerParams; result: GetRkeyServerResult; variants: 'async' };
  /**
   * 获取官方机器人号段 / Get official bot account ranges
   *
   * 获取 QQ 官方机器人所用的 QQ 号段，可用来判断消息是否来自官方机器人。
   *
   * Get the QQ number ranges used by official QQ bots, to tell whether a message comes from one.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetRobotUinRange.ts 原样返回 QQ 的结果，`minUin`、`maxUin` 是字符串。 NapCat's GetRobotUinRange.ts passes QQ's answer on as it is; `minUin` and `maxUin` are strings.
   */
  get_robot_uin_range: {
    params: GetRobotUinRangeParams;
    result: GetRobotUinRangeResult;
    variants: 'async';
  };
  /**
   * 获取闪传分享链接 / Get a flash transfer share link
   *
   * 获取一个闪传文件集的分享链接。
   *
   * Get the share link of a flash-transfer file set.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetShareLink.ts；只见于较新的 NapCat 版本。 NapCat's GetShareLink.ts; recent NapCat versions only.
   */
  get_share_link: { params: GetShareLinkParams; result: GetShareLinkResult; variants: 'async' };
  /**
   * 获取运行状态 / Get status
   *
   * 获取实现的运行状态。各实现附加的字段差别很大，判断状态时只应看 `online` 与 `good`。
   *
   * Get how the implementation is running. The fields implementations add differ widely; judge the status by `online` and `good` only.
   *
   * Support:
   * - NapCat: yes — NapCat 的 GetStatus.ts 中 `good` 恒为 `true`，`stat` 恒为空对象。 In NapCat's GetStatus.ts `good` is always `true` and `stat` is always an empty object.
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
   * - NapCat: yes — NapCat 也接受字符串形式的 `user_id`；结果是包含 uid、等级、签名、会员等信息的扩展结构。 NapCat also accepts `user_id` as a string; the result is an extended shape with the uid, level, signature, membership and more.
   */
  get_stranger_info: {
    params: GetStrangerInfoParams;
    result: GetStrangerInfoResult;
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
   * - NapCat: yes — NapCat 的列表项字段不同：`uin`、`uid`、`nick_name`、`age`、`source`。 NapCat's items have other fields: `uin`, `uid`, `nick_name`, `age`, `source`.
   */
  get_unidirectional_friend_list: {
    params: GetUnidirectionalFriendListParams;
    result: GetUnidirectionalFriendListResult;
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
   * - NapCat: yes
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
   * - NapCat: yes — 与 `send_poke` 共用 NapCat 的 SendPoke.ts；NapCat 的旧文档把本动作列为弃用，但它仍在动作表中。 Shares NapCat's SendPoke.ts with `send_poke`; NapCat's older docs list it as deprecated, but it is still in the action table.
   */
  group_poke: { params: GroupPokeParams; result: GroupPokeResult; variants: 'async' };
  /**
   * 设置群聊已读 / Mark group chat as read
   *
   * 把一个群的会话标记为已读。
   *
   * Mark a group's conversation as read.
   *
   * Support:
   * - NapCat: yes — 与 `mark_private_msg_as_read` 共用同一处理，也接受 `message_id` 或 `user_id`，两者都优先于 `group_id`。 Shares one handler with `mark_private_msg_as_read`; it also takes `message_id` or `user_id`, both of which win over `group_id`.
   */
  mark_group_msg_as_read: {
    params: MarkGroupMsgAsReadParams;
    result: MarkGroupMsgAsReadResult;
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
   * - NapCat: yes — NapCat 也可不给 `message_id`，改用 `user_id`（私聊）或 `group_id`（群聊）指明会话；三者都接受字符串。 NapCat may instead name the conversation by `user_id` (private) or `group_id` (group) without `message_id`; all three accept strings.
   */
  mark_msg_as_read: { params: MarkMsgAsReadParams; result: MarkMsgAsReadResult; variants: 'async' };
  /**
   * 设置私聊已读 / Mark private chat as read
   *
   * 把与一名用户的私聊会话标记为已读。
   *
   * Mark the private conversation with a user as read.
   *
   * Support:
   * - NapCat: yes — 与 `mark_group_msg_as_read`、go-cqhttp 的 `mark_msg_as_read` 共用同一处理：也接受 `message_id` 或 `group_id`，按 `message_id`、`user_id`、`group_id` 的顺序确定会话（NapCat 的 MarkMsgAsRead.ts）。 Shares one handler with `mark_group_msg_as_read` and go-cqhttp's `mark_msg_as_read`: it also takes `message_id` or `group_id` and picks the conversation by `message_id`, then `user_id`, then `group_id` (NapCat's MarkMsgAsRead.ts).
   */
  mark_private_msg_as_read: {
    params: MarkPrivateMsgAsReadParams;
    result: MarkPrivateMsgAsReadResult;
    variants: 'async';
  };
  /**
   * 移动群文件 / Move group file
   *
   * 把群文件移到另一个文件夹。需要 NapCat 的 packet 后端。
   *
   * Move a group file into another folder. Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes
   */
  move_group_file: { params: MoveGroupFileParams; result: MoveGroupFileResult; variants: 'async' };
  /**
   * 获取 packet 后端状态 / Get packet backend status
   *
   * 检查 NapCat 的 packet 后端是否可用：可用时成功返回，不可用时失败并附上原因。许多拓展动作依赖它。
   *
   * Check whether NapCat's packet backend works: the call succeeds when it does and fails with the reason when it does not. Many extension actions depend on it.
   *
   * Support:
   * - NapCat: yes
   */
  nc_get_packet_status: {
    params: NcGetPacketStatusParams;
    result: NcGetPacketStatusResult;
    variants: 'async';
  };
  /**
   * 获取 rkey（NapCat） / Get rkeys (NapCat)
   *
   * 获取当前的图片下载 rkey（私聊与群聊各一个），把 `rkey` 拼到图片 URL 上即可下载。需要 NapCat 的 packet 后端。
   *
   * Get the current image download rkeys (one for private chats, one for groups); append `rkey` to an image URL to download it. Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes
   */
  nc_get_rkey: { params: NcGetRkeyParams; result: NcGetRkeyResult; variants: 'async' };
  /**
   * 获取用户在线状态 / Get user online status
   *
   * 获取任意用户的在线状态（`status`，见 `OnlineStatus`）与扩展状态（`ext_status`）。需要 NapCat 的 packet 后端。
   *
   * Get any user's online status (`status`, see `OnlineStatus`) and extended status (`ext_status`). Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes
   */
  nc_get_user_status: {
    params: NcGetUserStatusParams;
    result: NcGetUserStatusResult;
    variants: 'async';
  };
  /**
   * 图片 OCR / Image OCR
   *
   * 识别一张图片中的文字。go-cqhttp 只支持识别收到的图片。
   *
   * Recognise the text in a picture. go-cqhttp can only read pictures it has received.
   *
   * Support:
   * - NapCat: yes — NapCat 的 `image` 可以是路径、URL 或 base64；`data` 是逐行的数组，每行给出文本、四个顶点坐标 （`pt1`–`pt4`，坐标为字符串）与逐字拆分 `charBox`。 NapCat's `image` may be a path, a URL or base64; `data` is an array of lines, each with its text, four corners (`pt1`–`pt4`, coordinates as strings) and a per-character `charBox`.
   */
  ocr_image: { params: OcrImageParams; result: OcrImageResult; variants: 'async' };
  /**
   * 接收在线文件 / Receive an online file
   *
   * 接收好友发来的在线文件（或文件夹），保存到默认下载目录。
   *
   * Accept an online file (or folder) from a friend into the default download folder.
   *
   * Support:
   * - NapCat: yes — NapCat 的 ReceiveOnlineFile.ts；只见于较新的 NapCat 版本。 NapCat's ReceiveOnlineFile.ts; recent NapCat versions only.
   */
  receive_online_file: {
    params: ReceiveOnlineFileParams;
    result: ReceiveOnlineFileResult;
    variants: 'async';
  };
  /**
   * 拒绝在线文件 / Refuse an online file
   *
   * 拒绝好友发来的在线文件。
   *
   * Refuse an online file from a friend.
   *
   * Support:
   * - NapCat: yes — NapCat 的 RefuseOnlineFile.ts；只见于较新的 NapCat 版本。 NapCat's RefuseOnlineFile.ts; recent NapCat versions only.
   */
  refuse_online_file: {
    params: RefuseOnlineFileParams;
    result: RefuseOnlineFileResult;
    variants: 'async';
  };
  /**
   * 重命名群文件 / Rename group file
   *
   * 重命名一个群文件。需要 NapCat 的 packet 后端。
   *
   * Rename a group file. Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes
   */
  rename_group_file: {
    params: RenameGroupFileParams;
    result: RenameGroupFileResult;
    variants: 'async';
  };
  /**
   * 获取推荐好友或群聊卡片 / Get a contact recommendation card
   *
   * 生成推荐好友或推荐群聊的名片卡片（Ark JSON），可作为 `json` 消息段发送。给出 `group_id` 时生成群名片，否则用 `user_id`（可加 `phone_number`）生成好友名片；两者都给时以 `group_id` 为准。
   *
   * Make a card recommending a friend or a group (Ark JSON), sendable as a `json` segment. With `group_id` it makes a group card, otherwise a friend card from `user_id` (and optionally `phone_number`); `group_id` wins when both are given.
   *
   * Support:
   * - NapCat: yes
   */
  send_ark_share: { params: SendArkShareParams; result: SendArkShareResult; variants: 'async' };
  /**
   * 发送闪传消息 / Send a flash transfer message
   *
   * 把一个闪传文件集作为消息发到群或私聊；给出 `group_id` 时发到群，否则发给 `user_id`。
   *
   * Send a flash-transfer file set as a message to a group or a private chat; with `group_id` it goes to the group, otherwise to `user_id`.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SendFlashMsg.ts；只见于较新的 NapCat 版本。 NapCat's SendFlashMsg.ts; recent NapCat versions only.
   */
  send_flash_msg: { params: SendFlashMsgParams; result: SendFlashMsgResult; variants: 'async' };
  /**
   * 发送合并转发消息 / Send a forward message
   *
   * 发送合并转发消息（聊天记录）到群聊或私聊，目标的确定方式同 `send_msg`。节点放在 `message`（或其别名 `messages`）中，只能由 `node` 消息段组成；`news`、`prompt`、`summary`、`source` 可以自定义卡片外观（需要 packet 后端）。
   *
   * Send a forward message (a chat record) to a group or a private chat, choosing the target as `send_msg` does. The nodes go in `message` (or its alias `messages`) and must be `node` segments only; `news`, `prompt`, `summary` and `source` customise the card (this needs the packet backend).
   *
   * Support:
   * - NapCat: yes — NapCat 的 SendForwardMsg.ts：`messages` 存在时取代 `message`；`news`、`prompt`、`summary`、`source` 都可省略。回答中的 `forward_id` 与 `res_id` 相同，为兼容 go-cqhttp 而提供。 NapCat's SendForwardMsg.ts: `messages`, when present, replaces `message`; `news`, `prompt`, `summary` and `source` may all be left out. The answer's `forward_id` equals `res_id` and is there for go-cqhttp compatibility.
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
   * - NapCat: yes — NapCat 的 SendGroupAiRecord.ts 取不到所发消息的 ID，`message_id` 恒为数字 0。 NapCat's SendGroupAiRecord.ts cannot obtain the sent message's ID; `message_id` is always the number 0.
   */
  send_group_ai_record: {
    params: SendGroupAiRecordParams;
    result: SendGroupAiRecordResult;
    variants: 'async';
  };
  /**
   * 获取推荐群聊卡片 / Get a group recommendation card
   *
   * 生成一个群的分享卡片，结果是 Ark JSON 字符串，可作为 `json` 消息段发送。
   *
   * Make a share card for a group; the result is an Ark JSON string, sendable as a `json` segment.
   *
   * Support:
   * - NapCat: yes — NapCat 的 ShareContact.ts 以卡片 JSON 字符串本身作为 `data`。（NapCat 的更早文档用过 `ArkShareGroupEx` 这个名称，当前的 router.ts 不再注册它。） NapCat's ShareContact.ts answers with the card JSON string itself as `data`. (Older NapCat docs used the name `ArkShareGroupEx`, which the current router.ts no longer registers.)
   */
  send_group_ark_share: {
    params: SendGroupArkShareParams;
    result: SendGroupArkShareResult;
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
   * - NapCat: yes — NapCat 的 SendForwardMsg.ts 建在 `send_msg` 的处理之上：读取 `message`（`messages` 为其别名，两者都给时以 `messages` 为准），接受字符串 ID；`news`、`prompt`、`summary`、`source` 自定义卡片外显（需要 packet 后端），`timeout` 自定义发送超时。回答中转发 ID 以 `res_id` 与 `forward_id` 两个名称给出。它不改写 `message_type`：为 `private` 时改发给 `user_id` 的私聊，此时可省略 `group_id`。 NapCat's SendForwardMsg.ts builds on its `send_msg` handler: it reads `message` (with `messages` as an alias that wins when both are given) and accepts string IDs; `news`, `prompt`, `summary` and `source` customise the card (this needs the packet backend) and `timeout` sets the send timeout. The answer gives the forward ID as both `res_id` and `forward_id`. It leaves `message_type` as given: with `private` the forward goes to the private chat of `user_id` instead, and `group_id` may be left out.
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
   * - NapCat: yes — NapCat 的 SendMsg.ts 也接受字符串 ID 与单个消息段。发送合并转发时可用 `news`、`prompt`、`summary`、`source` 自定义卡片，回答另带 `res_id` 与 `forward_id`；`timeout` 自定义发送超时。 NapCat's SendMsg.ts also accepts string IDs and a single segment. When the message is a forward, `news`, `prompt`, `summary` and `source` customise the card and the answer also carries `res_id` and `forward_id`; `timeout` sets the send timeout.
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
   * - NapCat: yes — NapCat 接受字符串群号；同一功能另有名称 `set_group_sign`。 NapCat accepts string group numbers; it also offers the same as `set_group_sign`.
   */
  send_group_sign: { params: SendGroupSignParams; result: SendGroupSignResult; variants: 'async' };
  /**
   * 发送好友赞 / Send likes
   *
   * 给好友的资料卡点赞。每位好友每天最多 10 次。
   *
   * Like a friend's profile card. Each friend can be liked at most 10 times a day.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SendLike.ts 也接受字符串形式的 `user_id` 与 `times`。 NapCat's SendLike.ts also accepts `user_id` and `times` as strings.
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
   * - NapCat: yes — NapCat 的 SendMsg.ts 也接受字符串 ID 与单个消息段；私聊时同时给出 `group_id` 会经该群向非好友发起临时会话。发送合并转发时可用 `news`、`prompt`、`summary`、`source` 自定义卡片，回答另带 `res_id` 与 `forward_id`；`timeout` 自定义发送超时。 NapCat's SendMsg.ts also accepts string IDs and a single segment; a private message that also gives `group_id` starts a temporary chat with a non-friend through that group. When the message is a forward, `news`, `prompt`, `summary` and `source` customise the card and the answer also carries `res_id` and `forward_id`; `timeout` sets the send timeout.
   */
  send_msg: { params: SendMsgParams; result: SendMsgResult; variants: 'async' | 'rate_limited' };
  /**
   * 发送在线文件 / Send an online file
   *
   * 以“在线文件”方式（对方在线接收，不经服务器中转存储）把本地文件发给好友。只用于私聊。
   *
   * Send a local file to a friend as an "online file" (received live, not stored on the server). Private chats only.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SendOnlineFile.ts；只见于较新的 NapCat 版本。 NapCat's SendOnlineFile.ts; recent NapCat versions only.
   */
  send_online_file: {
    params: SendOnlineFileParams;
    result: SendOnlineFileResult;
    variants: 'async';
  };
  /**
   * 发送在线文件夹 / Send an online folder
   *
   * 以在线文件方式把一个本地文件夹发给好友。只用于私聊。
   *
   * Send a local folder to a friend as online files. Private chats only.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SendOnlineFolder.ts；只见于较新的 NapCat 版本。 NapCat's SendOnlineFolder.ts; recent NapCat versions only.
   */
  send_online_folder: {
    params: SendOnlineFolderParams;
    result: SendOnlineFolderResult;
    variants: 'async';
  };
  /**
   * 发送自定义数据包 / Send a raw packet
   *
   * 通过 packet 后端向 QQ 服务器发送一个自定义的 SSO 数据包，按需等待并返回响应数据（十六进制）。仅供调试，误用可能导致账号风险。
   *
   * Send a raw SSO packet to the QQ servers through the packet backend and, if asked, wait for and return the answer (hex). For debugging only; misuse may put the account at risk.
   *
   * Support:
   * - NapCat: yes — 参数取自 NapCat 的 SendPacket.ts。 The parameters are those of NapCat's SendPacket.ts.
   */
  send_packet: { params: SendPacketParams; result: SendPacketResult; variants: 'async' };
  /**
   * 发送戳一戳 / Send a poke
   *
   * 在群聊或私聊中戳一戳。给出 `group_id` 时在该群中戳，否则在与 `user_id` 的私聊中戳；被戳的人是 `target_id`，省略时为 `user_id`。需要 NapCat 的 packet 后端。
   *
   * Poke someone in a group or a private chat. With `group_id` it pokes in that group, otherwise in the private chat with `user_id`; the one poked is `target_id`, or `user_id` when that is omitted. Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes — NapCat 的源码中三个参数都是可选的，但 `user_id` 与 `group_id` 都缺时报错；群聊中只给 `group_id` 与 `target_id` 也可以。 In NapCat's source all three parameters are optional, but it fails when both `user_id` and `group_id` are missing; in a group, `group_id` with `target_id` is enough.
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
   * - NapCat: yes — NapCat 的 SendForwardMsg.ts 建在 `send_msg` 的处理之上：读取 `message`（`messages` 为其别名，两者都给时以 `messages` 为准），接受字符串 ID；`news`、`prompt`、`summary`、`source` 自定义卡片外显（需要 packet 后端），`timeout` 自定义发送超时。回答中转发 ID 以 `res_id` 与 `forward_id` 两个名称给出。它不改写 `message_type`：为 `group` 时改发到 `group_id` 的群，此时可省略 `user_id`。 NapCat's SendForwardMsg.ts builds on its `send_msg` handler: it reads `message` (with `messages` as an alias that wins when both are given) and accepts string IDs; `news`, `prompt`, `summary` and `source` customise the card (this needs the packet backend) and `timeout` sets the send timeout. The answer gives the forward ID as both `res_id` and `forward_id`. It leaves `message_type` as given: with `group` the forward goes to the group `group_id` instead, and `user_id` may be left out.
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
   * - NapCat: yes — NapCat 的 SendMsg.ts 也接受字符串 ID 与单个消息段；可选的 `group_id` 给出向非好友发起临时会话的来源群。发送合并转发时可用 `news`、`prompt`、`summary`、`source` 自定义卡片，回答另带 `res_id` 与 `forward_id`；`timeout` 自定义发送超时。 NapCat's SendMsg.ts also accepts string IDs and a single segment; the optional `group_id` names the group a temporary chat with a non-friend goes through. When the message is a forward, `news`, `prompt`, `summary` and `source` customise the card and the answer also carries `res_id` and `forward_id`; `timeout` sets the send timeout.
   */
  send_private_msg: {
    params: SendPrivateMsgParams;
    result: SendPrivateMsgResult;
    variants: 'async' | 'rate_limited';
  };
  /**
   * 发表 QQ 空间说说 / Post to Qzone
   *
   * 以登录号在 QQ 空间发表一条说说，可以带图片并设置谁能看到。
   *
   * Post a Qzone status as the bot account, optionally with images and with a choice of who can see it.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SendQzoneMsg.ts。 NapCat's SendQzoneMsg.ts.
   */
  send_qzone_msg: { params: SendQzoneMsgParams; result: SendQzoneMsgResult; variants: 'async' };
  /**
   * 修改收藏表情描述 / Change a favorite sticker's description
   *
   * 修改一个收藏表情的描述文字。各 ID 取自 `fetch_custom_face_detail`。
   *
   * Change a favorite sticker's description. Take the ids from `fetch_custom_face_detail`.
   *
   * Support:
   * - NapCat: yes — NapCat 的 CustomFace.ts；只见于较新的 NapCat 版本。 NapCat's CustomFace.ts; recent NapCat versions only.
   */
  set_custom_face_desc: {
    params: SetCustomFaceDescParams;
    result: SetCustomFaceDescResult;
    variants: 'async';
  };
  /**
   * 设置自定义在线状态 / Set custom online status
   *
   * 设置带表情图标和文字的自定义在线状态。成功时返回 QQ 的错误信息字符串（通常为空）。
   *
   * Set a custom online status with an emoji icon and text. On success it answers with QQ's error message string (usually empty).
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetDiyOnlineStatus.ts 中 `face_type` 默认为 `'1'`，`wording` 默认为一个空格。 In NapCat's SetDiyOnlineStatus.ts `face_type` defaults to `'1'` and `wording` to a single space.
   */
  set_diy_online_status: {
    params: SetDiyOnlineStatusParams;
    result: SetDiyOnlineStatusResult;
    variants: 'async';
  };
  /**
   * 处理被过滤的好友申请 / Handle a filtered friend request
   *
   * 同意一条被过滤的好友申请。NapCat 无法拒绝此类申请：调用即同意。
   *
   * Accept a filtered friend request. NapCat cannot refuse such a request; calling this accepts it.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetDoubtFriendsAddRequest.ts 中 `approve` 默认为 `true` 且不被使用：调用总是同意（NapCat 的文档称它自 4.7.43 起无效）。 In NapCat's SetDoubtFriendsAddRequest.ts `approve` defaults to `true` and is not used: the call always accepts (NapCat's docs say it has had no effect since 4.7.43).
   */
  set_doubt_friends_add_request: {
    params: SetDoubtFriendsAddRequestParams;
    result: SetDoubtFriendsAddRequestResult;
    variants: 'async';
  };
  /**
   * 设置精华消息 / Set essence message
   *
   * 把一条群消息设为精华。需要登录号是管理员或群主。
   *
   * Make a group message an essence message. The bot must be an administrator or the owner.
   *
   * Support:
   * - NapCat: yes — NapCat 接受字符串消息 ID，响应为 NT 的原始结果。 NapCat accepts string message IDs and answers with NT's raw result.
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
   * - NapCat: yes — NapCat 的 SetFriendAddRequest.ts 也接受字符串形式的 `approve`（只有 `'false'` 表示拒绝）。 NapCat's SetFriendAddRequest.ts also accepts `approve` as a string (only `'false'` rejects).
   */
  set_friend_add_request: {
    params: SetFriendAddRequestParams;
    result: SetFriendAddRequestResult;
    variants: 'async';
  };
  /**
   * 设置好友备注 / Set friend remark
   *
   * 设置一名好友的备注名。对方不是好友时失败。
   *
   * Set a friend's remark. Fails when the user is not a friend.
   *
   * Support:
   * - NapCat: yes
   */
  set_friend_remark: {
    params: SetFriendRemarkParams;
    result: SetFriendRemarkResult;
    variants: 'async';
  };
  /**
   * 设置加群方式 / Set how people join
   *
   * 设置群的加群验证方式，需要时附上验证问题与答案。
   *
   * Set how people may join the group, with a question and answer where the method needs them.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetGroupAddOption.ts 把 `add_type` 定义为数字。 NapCat's SetGroupAddOption.ts defines `add_type` as a number.
   */
  set_group_add_option: {
    params: SetGroupAddOptionParams;
    result: SetGroupAddOptionResult;
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
   * - NapCat: yes — NapCat 的 SetGroupAddRequest.ts 不读取 `sub_type`/`type`，请求的种类由 `flag` 本身确定；`flag` 也可为数字，`approve` 也可为字符串（只有 `'false'` 表示拒绝）。拒绝理由默认为一个空格。多一个 `count`：在最近多少条群通知中查找该请求。 NapCat's SetGroupAddRequest.ts reads neither `sub_type` nor `type`; the kind of request is known from the `flag` itself, which may also be a number, and `approve` may also be a string (only `'false'` rejects). The rejection reason defaults to a single space. It takes an extra `count`: how many recent group notifications to search for the request.
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
   * - NapCat: yes — NapCat 的 SetGroupAdmin.ts 也接受字符串形式的 ID 与 `enable`；省略 `enable` 时按 `false` 处理，即取消管理员。 NapCat's SetGroupAdmin.ts also accepts the IDs and `enable` as strings; a missing `enable` counts as `false`, which revokes the role.
   */
  set_group_admin: { params: SetGroupAdminParams; result: SetGroupAdminResult; variants: 'async' };
  /**
   * 点赞群相册媒体 / Like group album media
   *
   * 给群相册中的一次上传（或其中一张媒体）点赞。
   *
   * Like one upload in a group album (or one medium of it).
   *
   * Support:
   * - NapCat: yes
   */
  set_group_album_media_like: {
    params: SetGroupAlbumMediaLikeParams;
    result: SetGroupAlbumMediaLikeResult;
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
   * - NapCat: yes — NapCat 也接受字符串形式的 ID 与时长。NapCat 的 SetGroupBan.ts 中 `duration` 的默认值是 0：省略它会解除禁言，而不是禁言 30 分钟。 NapCat also accepts the IDs and the duration as strings. In NapCat's SetGroupBan.ts `duration` defaults to 0: leaving it out unmutes instead of muting for 30 minutes.
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
   * - NapCat: yes — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
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
   * - NapCat: yes — NapCat 的 SetGroupKick.ts 也接受字符串形式的 ID 与 `reject_add_request`（`'true'`）。 NapCat's SetGroupKick.ts also accepts the IDs and `reject_add_request` as strings (`'true'`).
   */
  set_group_kick: { params: SetGroupKickParams; result: SetGroupKickResult; variants: 'async' };
  /**
   * 批量踢出群成员 / Kick several members
   *
   * 一次把多名成员移出群。需要登录号是管理员或群主。
   *
   * Remove several members from a group at once. The bot must be an administrator or the owner.
   *
   * Support:
   * - NapCat: yes
   */
  set_group_kick_members: {
    params: SetGroupKickMembersParams;
    result: SetGroupKickMembersResult;
    variants: 'async';
  };
  /**
   * 退出群组 / Leave group
   *
   * 登录号退出群。登录号是群主时，只有 `is_dismiss` 为 `true` 才会解散该群。
   *
   * Make the bot leave a group. When the bot is the owner, the group is dismissed only if `is_dismiss` is `true`.
   *
   * Support:
   * - NapCat: yes — NapCat 也接受字符串形式的 `group_id`；它接受 `is_dismiss` 但并不使用，总是直接退群。 NapCat also accepts `group_id` as a string; it accepts `is_dismiss` but does not use it and always just leaves.
   */
  set_group_leave: { params: SetGroupLeaveParams; result: SetGroupLeaveResult; variants: 'async' };
  /**
   * 设置群成员邀请策略 / Set member invite policy
   *
   * 设置群成员能否邀请好友入群，以及邀请是否需要管理员审核。需要登录号是管理员或群主。
   *
   * Set whether members may invite friends into the group and whether an invitation needs an administrator's approval. The bot must be an administrator or the owner.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetGroupMemberInvitePolicy.ts。QQ 拒绝修改时动作失败。 NapCat's SetGroupMemberInvitePolicy.ts. The action fails when QQ refuses the change.
   */
  set_group_member_invite_policy: {
    params: SetGroupMemberInvitePolicyParams;
    result: SetGroupMemberInvitePolicyResult;
    variants: 'async';
  };
  /**
   * 设置群成员功能权限 / Set member permissions
   *
   * 设置群成员能否上传群相册、发起临时会话、发起新群聊；没有给出的项目保持不变，但至少要给出一项。
   *
   * Set whether members may upload to the group album, start temporary chats and create new groups; settings left out stay as they are, but at least one must be given.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetGroupMemberPermissions.ts：三项都没有给出时动作失败。 NapCat's SetGroupMemberPermissions.ts: the action fails when none of the three is given.
   */
  set_group_member_permissions: {
    params: SetGroupMemberPermissionsParams;
    result: SetGroupMemberPermissionsResult;
    variants: 'async';
  };
  /**
   * 设置群名 / Set group name
   *
   * 修改群名称。
   *
   * Rename a group.
   *
   * Support:
   * - NapCat: yes — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   */
  set_group_name: { params: SetGroupNameParams; result: SetGroupNameResult; variants: 'async' };
  /**
   * 设置新成员可见历史消息 / Set history visibility for new members
   *
   * 设置新入群的成员默认能否看到最近的聊天记录。
   *
   * Set whether members who join from now on can see the recent chat history by default.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetGroupNewMemberHistoryVisibility.ts。 NapCat's SetGroupNewMemberHistoryVisibility.ts.
   */
  set_group_new_member_history_visibility: {
    params: SetGroupNewMemberHistoryVisibilityParams;
    result: SetGroupNewMemberHistoryVisibilityResult;
    variants: 'async';
  };
  /**
   * 设置群头像 / Set group avatar
   *
   * 更换群头像。`file` 可以是 `file://` 绝对路径、网络 URL 或 `base64://` 数据。go-cqhttp 提醒：登录一段时间后该动作可能因 Cookie 失效而失败。
   *
   * Change a group's avatar. `file` may be a `file://` absolute path, a network URL or `base64://` data. go-cqhttp warns that it may stop working some time after login, when the cookie expires.
   *
   * Support:
   * - NapCat: yes — NapCat 不读 `cache`，接受字符串群号，响应为 NT 的结果码（转为数字）与错误信息；结果码不为 0 时动作失败，所以成功时 `result` 总是 0（NapCat 的 SetGroupPortrait.ts）。 NapCat does not read `cache`, accepts string group numbers and answers with NT's result code (as a number) and error message; a non-zero code fails the action, so on success `result` is always 0 (NapCat's SetGroupPortrait.ts).
   */
  set_group_portrait: {
    params: SetGroupPortraitParams;
    result: SetGroupPortraitResult;
    variants: 'async';
  };
  /**
   * 设置群备注 / Set group remark
   *
   * 设置登录号给一个群的备注名（只有自己可见）。
   *
   * Set the bot account's private remark for a group (visible only to itself).
   *
   * Support:
   * - NapCat: yes
   */
  set_group_remark: {
    params: SetGroupRemarkParams;
    result: SetGroupRemarkResult;
    variants: 'async';
  };
  /**
   * 设置群机器人加入选项 / Set bot-joining options
   *
   * 设置是否允许把 QQ 官方机器人拉进群，以及是否需要审核。
   *
   * Set whether official QQ bots may be added to the group and whether that needs approval.
   *
   * Support:
   * - NapCat: yes
   */
  set_group_robot_add_option: {
    params: SetGroupRobotAddOptionParams;
    result: SetGroupRobotAddOptionResult;
    variants: 'async';
  };
  /**
   * 设置群搜索 / Set group search options
   *
   * 设置群能否被搜索到。两个开关直接传给 QQ NT 的同名设置，NapCat 的源码与文档都没有说明其具体含义与取值。
   *
   * Set whether the group can be found by search. Both switches go straight to the QQ NT settings of the same name; neither NapCat's source nor its docs say exactly what they mean or which values they take.
   *
   * Support:
   * - NapCat: yes
   */
  set_group_search: {
    params: SetGroupSearchParams;
    result: SetGroupSearchResult;
    variants: 'async';
  };
  /**
   * 群打卡 / Group check-in
   *
   * 在群里打卡（签到）。需要 NapCat 的 packet 后端。
   *
   * Check in (sign in) to a group. Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes
   */
  set_group_sign: { params: SetGroupSignParams; result: SetGroupSignResult; variants: 'async' };
  /**
   * 设置群组专属头衔 / Set special title
   *
   * 为一名成员设置专属头衔。需要登录号是群主。
   *
   * Give a member a special title. The bot must be the owner.
   *
   * Support:
   * - NapCat: yes — NapCat 也接受字符串形式的 ID，不读取 `duration`。 NapCat also accepts the IDs as strings and does not read `duration`.
   */
  set_group_special_title: {
    params: SetGroupSpecialTitleParams;
    result: SetGroupSpecialTitleResult;
    variants: 'async';
  };
  /**
   * 设置群待办 / Set group to-do
   *
   * 把一条群消息设为群待办。用 `message_id` 或 `message_seq` 指明消息（后者优先）。需要 NapCat 的 packet 后端。
   *
   * Make a group message the group's to-do. Name the message by `message_id` or `message_seq` (the latter wins). Needs NapCat's packet backend.
   *
   * Support:
   * - NapCat: yes — 较早的版本要求 `message_id`；当前源码中两者都可选，但至少要给一个。 Earlier versions required `message_id`; in the current source both are optional, but one must be given.
   */
  set_group_todo: { params: SetGroupTodoParams; result: SetGroupTodoResult; variants: 'async' };
  /**
   * 群组全员禁言 / Mute whole group
   *
   * 开启或关闭全员禁言。
   *
   * Turn muting of the whole group on or off.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetGroupWholeBan.ts 也接受字符串形式的 ID 与 `enable`（只有 `'false'` 表示关闭）。 NapCat's SetGroupWholeBan.ts also accepts the ID and `enable` as strings (only `'false'` lifts it).
   */
  set_group_whole_ban: {
    params: SetGroupWholeBanParams;
    result: SetGroupWholeBanResult;
    variants: 'async';
  };
  /**
   * 设置输入状态 / Set input status
   *
   * 在与一名好友的私聊中显示“对方正在输入”或“对方正在说话”。
   *
   * Show "typing" or "speaking" in the private chat with a friend.
   *
   * Support:
   * - NapCat: yes
   */
  set_input_status: {
    params: SetInputStatusParams;
    result: SetInputStatusResult;
    variants: 'async';
  };
  /**
   * 设置消息表情回应 / React to a message with an emoji
   *
   * 给一条消息贴上（或取消）表情回应。
   *
   * Add (or remove) an emoji reaction on a message.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetMsgEmojiLike.ts 中 `set` 可省略，默认为 `true`，也接受字符串 `'true'`/`'false'`。 In NapCat's SetMsgEmojiLike.ts `set` may be omitted, defaults to `true`, and also takes the strings `'true'` / `'false'`.
   */
  set_msg_emoji_like: {
    params: SetMsgEmojiLikeParams;
    result: SetMsgEmojiLikeResult;
    variants: 'async';
  };
  /**
   * 设置在线状态 / Set online status
   *
   * 设置登录号的在线状态。`status` 取值见 `OnlineStatus`；个性状态（听歌中、学习中等）是 `status` 为 10 再加上对应的 `ext_status`，见 `OnlineExtStatus`；“我的电量”状态（`ext_status` 为 1000）的电量取自 `battery_status`。
   *
   * Set the bot account's online status. See `OnlineStatus` for `status`; a custom status (listening to music, studying, ...) is `status` 10 with the matching `ext_status`, see `OnlineExtStatus`; for the battery status (`ext_status` 1000) the level comes from `battery_status`.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetOnlineStatus.ts 也接受字符串形式的三个参数。NapCat 的旧文档把后两个参数写作 `extStatus`、`batteryStatus`，源码读取的是 `ext_status`、`battery_status`。 NapCat's SetOnlineStatus.ts also accepts the three parameters as strings. NapCat's older docs spell the last two `extStatus` and `batteryStatus`; the source reads `ext_status` and `battery_status`.
   */
  set_online_status: {
    params: SetOnlineStatusParams;
    result: SetOnlineStatusResult;
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
   * - NapCat: yes — NapCat 的 `file` 还接受 Data URL。 NapCat's `file` also takes a data URL.
   */
  set_qq_avatar: { params: SetQqAvatarParams; result: SetQqAvatarResult; variants: 'async' };
  /**
   * 设置登录号资料 / Set account profile
   *
   * 修改登录号的资料；只修改给出的字段。
   *
   * Change the logged-in account's profile; only the fields given are changed.
   *
   * Support:
   * - NapCat: yes — NapCat 只读 `nickname`（必填）、`personal_note` 与 `sex`（0 未知、1 男、2 女）；未给的字段沿用原资料。 响应为 NT 的原始结果。 NapCat reads only `nickname` (required), `personal_note` and `sex` (0 unknown, 1 male, 2 female); fields not given keep their old values. It answers with NT's raw result.
   */
  set_qq_profile: { params: SetQqProfileParams; result: SetQqProfileResult; variants: 'async' };
  /**
   * 重启 OneBot 实现 / Restart the implementation
   *
   * 重启 OneBot 实现。重启会连同 API 服务一起中断当前请求，因此重启总是异步进行，响应的 `status` 为 `async`。
   *
   * Restart the OneBot implementation. Restarting takes the API service down with it and would cut off the current request, so it always happens asynchronously and the answer's `status` is `async`.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetRestart.ts 不读取 `delay`，通过 WebUI 请求重启整个进程；请求被接受后回答 `ok`（`data` 为 `null`），重启失败时报错。 NapCat's SetRestart.ts ignores `delay` and asks its WebUI to restart the whole process; it answers `ok` (with `data` `null`) once the restart is accepted and fails if the restart fails.
   */
  set_restart: { params: SetRestartParams; result: SetRestartResult; variants: 'async' };
  /**
   * 设置个性签名 / Set signature
   *
   * 设置登录号的个性签名。
   *
   * Set the bot account's personal signature.
   *
   * Support:
   * - NapCat: yes — NapCat 的 SetLongNick.ts 只有 `longNick` 一个参数。 NapCat's SetLongNick.ts has the single parameter `longNick`.
   */
  set_self_longnick: {
    params: SetSelfLongnickParams;
    result: SetSelfLongnickResult;
    variants: 'async';
  };
  /**
   * 测试流式传输 / Test streaming
   *
   * 测试流式响应：发出 10 个 `data_chunk` 包后以一个 `data_complete` 包结束；`error` 为 `true` 时改为报错结束。
   *
   * Tests streamed answers: ten `data_chunk` packets, then one `data_complete`; with `error` `true` it ends in a failure instead.
   *
   * Support:
   * - NapCat: yes — NapCat 的 TestStreamDownload.ts；只见于较新的 NapCat 版本，供测试客户端的流式处理。 NapCat's TestStreamDownload.ts; recent NapCat versions only; for testing a client's stream handling.
   */
  test_download_stream: {
    params: TestDownloadStreamParams;
    result: TestDownloadStreamResult;
    variants: 'async';
  };
  /**
   * 转存为永久文件 / Make a group file permanent
   *
   * 把临时群文件转存为永久文件。
   *
   * Turn a temporary group file into a permanent one.
   *
   * Support:
   * - NapCat: yes
   */
  trans_group_file: {
    params: TransGroupFileParams;
    result: TransGroupFileResult;
    variants: 'async';
  };
  /**
   * 英译中 / Translate English to Chinese
   *
   * 用 QQ 的翻译服务把英文单词逐个译成中文，结果与输入一一对应。
   *
   * Translate English words into Chinese one by one with QQ's translation service; the results match the input in order.
   *
   * Support:
   * - NapCat: yes
   */
  translate_en2zh: {
    params: TranslateEn2zhParams;
    result: TranslateEn2zhResult;
    variants: 'async';
  };
  /**
   * 分片上传文件 / Upload a file in chunks
   *
   * 把文件分成 Base64 分片上传到 NapCat 的临时目录，得到可在其他动作中使用的本地路径。同一个 `stream_id` 的第一次调用须给出 `total_chunks`；每次调用上传一个分片（`chunk_data` 与 `chunk_index`），收齐后或给出 `is_complete` 时合并。响应中 `stream` 字段为 `stream-action`。流 10 分钟无活动即被清理。
   *
   * Upload a file as Base64 chunks into NapCat's temporary folder, getting a local path to use in other actions. The first call for a `stream_id` must give `total_chunks`; each call uploads one chunk (`chunk_data` and `chunk_index`), and the file is assembled once all have arrived or when `is_complete` is given. The envelope's `stream` field is `stream-action`. A stream idle for 10 minutes is dropped.
   *
   * Support:
   * - NapCat: yes — NapCat 的 UploadFileStream.ts；只见于较新的 NapCat 版本。 NapCat's UploadFileStream.ts; recent NapCat versions only.
   */
  upload_file_stream: {
    params: UploadFileStreamParams;
    result: UploadFileStreamResult;
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
   * - NapCat: yes — NapCat 的 `file` 也可以是 URL 或 base64；接受字符串群号，`folder_id` 与 `folder` 同义， `upload_file` 为 `false` 时只发送不上传；响应给出新文件的 `file_id`。 NapCat's `file` may also be a URL or base64; it accepts string group numbers, takes `folder_id` as a synonym of `folder`, sends without uploading when `upload_file` is `false`, and answers with the new file's `file_id`.
   */
  upload_group_file: {
    params: UploadGroupFileParams;
    result: UploadGroupFileResult;
    variants: 'async';
  };
  /**
   * 上传图片到群相册 / Upload an image to a group album
   *
   * 把一张图片（本地路径、URL 或 Base64）上传到群相册。
   *
   * Upload an image (a local path, URL or Base64) to a group album.
   *
   * Support:
   * - NapCat: yes
   */
  upload_image_to_qun_album: {
    params: UploadImageToQunAlbumParams;
    result: UploadImageToQunAlbumResult;
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
   * - NapCat: yes — NapCat 的 `file` 也可以是 URL 或 base64；接受字符串 QQ 号，也可发给非好友的群临时会话；响应给出新文件的 `file_id`。 NapCat's `file` may also be a URL or base64; it accepts string QQ numbers, can send to non-friends through a group temporary chat, and answers with the new file's `file_id`.
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

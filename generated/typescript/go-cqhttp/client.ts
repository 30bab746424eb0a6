/**
 * Generated from the OneBot 11 spec (spec/, narrowed to go-cqhttp) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * Do not edit by hand: change the spec and generate again.
 */

import {
  ClientBase,
  type CallOptions,
  type ClientOptions,
  type Transport,
} from '../../../runtime/index.js';
import type {
  ActionMap,
  CanSendImageParams,
  CanSendImageResult,
  CanSendRecordParams,
  CanSendRecordResult,
  CheckUrlSafelyParams,
  CheckUrlSafelyResult,
  CreateGroupFileFolderParams,
  CreateGroupFileFolderResult,
  CreateGuildRoleParams,
  CreateGuildRoleResult,
  DelGroupNoticeParams,
  DelGroupNoticeResult,
  DeleteEssenceMsgParams,
  DeleteEssenceMsgResult,
  DeleteFriendParams,
  DeleteFriendResult,
  DeleteGroupFileParams,
  DeleteGroupFileResult,
  DeleteGroupFolderParams,
  DeleteGroupFolderResult,
  DeleteGuildRoleParams,
  DeleteGuildRoleResult,
  DeleteMsgParams,
  DeleteMsgResult,
  DeleteUnidirectionalFriendParams,
  DeleteUnidirectionalFriendResult,
  DownloadFileParams,
  DownloadFileResult,
  GetEssenceMsgListParams,
  GetEssenceMsgListResult,
  GetForwardMsgParams,
  GetForwardMsgResult,
  GetFriendListParams,
  GetFriendListResult,
  GetGroupAtAllRemainParams,
  GetGroupAtAllRemainResult,
  GetGroupFileSystemInfoParams,
  GetGroupFileSystemInfoResult,
  GetGroupFileUrlParams,
  GetGroupFileUrlResult,
  GetGroupFilesByFolderParams,
  GetGroupFilesByFolderResult,
  GetGroupHonorInfoParams,
  GetGroupHonorInfoResult,
  GetGroupInfoParams,
  GetGroupInfoResult,
  GetGroupListParams,
  GetGroupListResult,
  GetGroupMemberInfoParams,
  GetGroupMemberInfoResult,
  GetGroupMemberListParams,
  GetGroupMemberListResult,
  GetGroupMsgHistoryParams,
  GetGroupMsgHistoryResult,
  GetGroupNoticeParams,
  GetGroupNoticeResult,
  GetGroupRootFilesParams,
  GetGroupRootFilesResult,
  GetGroupSystemMsgParams,
  GetGroupSystemMsgResult,
  GetGuildChannelListParams,
  GetGuildChannelListResult,
  GetGuildListParams,
  GetGuildListResult,
  GetGuildMemberListParams,
  GetGuildMemberListResult,
  GetGuildMemberProfileParams,
  GetGuildMemberProfileResult,
  GetGuildMetaByGuestParams,
  GetGuildMetaByGuestResult,
  GetGuildMsgParams,
  GetGuildMsgResult,
  GetGuildRolesParams,
  GetGuildRolesResult,
  GetGuildServiceProfileParams,
  GetGuildServiceProfileResult,
  GetImageParams,
  GetImageResult,
  GetLoginInfoParams,
  GetLoginInfoResult,
  GetModelShowParams,
  GetModelShowResult,
  GetMsgParams,
  GetMsgResult,
  GetOnlineClientsParams,
  GetOnlineClientsResult,
  GetStatusParams,
  GetStatusResult,
  GetStrangerInfoParams,
  GetStrangerInfoResult,
  GetSupportedActionsParams,
  GetSupportedActionsResult,
  GetTopicChannelFeedsParams,
  GetTopicChannelFeedsResult,
  GetUnidirectionalFriendListParams,
  GetUnidirectionalFriendListResult,
  GetUpdatesParams,
  GetUpdatesResult,
  GetVersionInfoParams,
  GetVersionInfoResult,
  GetWordSlicesParams,
  GetWordSlicesResult,
  HandleQuickOperationParams,
  HandleQuickOperationResult,
  MarkMsgAsReadParams,
  MarkMsgAsReadResult,
  OcrImageParams,
  OcrImageResult,
  QidianGetAccountInfoParams,
  QidianGetAccountInfoResult,
  ReloadEventFilterParams,
  ReloadEventFilterResult,
  SendForwardMsgParams,
  SendForwardMsgResult,
  SendGroupForwardMsgParams,
  SendGroupForwardMsgResult,
  SendGroupMsgParams,
  SendGroupMsgResult,
  SendGroupNoticeParams,
  SendGroupNoticeResult,
  SendGroupSignParams,
  SendGroupSignResult,
  SendGuildChannelMsgParams,
  SendGuildChannelMsgResult,
  SendMsgParams,
  SendMsgResult,
  SendPrivateForwardMsgParams,
  SendPrivateForwardMsgResult,
  SendPrivateMsgParams,
  SendPrivateMsgResult,
  SetEssenceMsgParams,
  SetEssenceMsgResult,
  SetFriendAddRequestParams,
  SetFriendAddRequestResult,
  SetGroupAddRequestParams,
  SetGroupAddRequestResult,
  SetGroupAdminParams,
  SetGroupAdminResult,
  SetGroupAnonymousBanParams,
  SetGroupAnonymousBanResult,
  SetGroupAnonymousParams,
  SetGroupAnonymousResult,
  SetGroupBanParams,
  SetGroupBanResult,
  SetGroupCardParams,
  SetGroupCardResult,
  SetGroupKickParams,
  SetGroupKickResult,
  SetGroupLeaveParams,
  SetGroupLeaveResult,
  SetGroupNameParams,
  SetGroupNameResult,
  SetGroupPortraitParams,
  SetGroupPortraitResult,
  SetGroupSpecialTitleParams,
  SetGroupSpecialTitleResult,
  SetGroupWholeBanParams,
  SetGroupWholeBanResult,
  SetGuildMemberRoleParams,
  SetGuildMemberRoleResult,
  SetModelShowParams,
  SetModelShowResult,
  SetQqProfileParams,
  SetQqProfileResult,
  UpdateGuildRoleParams,
  UpdateGuildRoleResult,
  UploadGroupFileParams,
  UploadGroupFileResult,
  UploadPrivateFileParams,
  UploadPrivateFileResult,
} from './actions.js';
import { eventCatalog, type EventMap, type QuickOperationMap } from './events.js';

/**
 * A typed OneBot 11 client: one method per action, each resolving with the action's `data`.
 * Failures reject with `ActionFailedError` (with `retcode`), `TransportError` or `TimeoutError`.
 *
 * @example
 * const bot = new OneBotClient(new HttpTransport({ baseUrl: 'http://127.0.0.1:3000', accessToken }));
 * const { user_id } = await bot.get_login_info();
 */
export class OneBotClient extends ClientBase<ActionMap, EventMap, QuickOperationMap> {
  constructor(transport: Transport, options?: ClientOptions) {
    super(transport, options, eventCatalog);
  }

  /**
   * 获取中文分词 / Get Chinese word segmentation
   *
   * 把一段中文切分成词。这是隐藏动作，供框架与 SDK 内部使用，不建议直接调用。
   *
   * Split Chinese text into words. A hidden action meant for frameworks and SDKs, not for direct use.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_word_slices({ content: '今天天气真好' });
   * // result: { slices: ['今天', '天气', '真好'] }
   */
  public get_word_slices(
    params: GetWordSlicesParams,
    options?: CallOptions,
  ): Promise<GetWordSlicesResult> {
    return this.call('.get_word_slices', params, options);
  }

  /**
   * 对事件执行快速操作 / Run a quick operation on an event
   *
   * 隐藏 API：对一个事件执行快速操作，效果与在 HTTP POST 上报的响应中给出快速操作相同。隐藏 API 以点号开头，供 SDK 与框架内部使用，一般用户不应直接调用。
   *
   * Hidden API: run a quick operation on an event, with the same effect as answering an HTTP POST report with that operation. Hidden APIs start with a dot and are meant for SDKs and frameworks; ordinary users should not call them.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.handle_quick_operation({ context: { time: 1700000000, self_id: 3141592653, post_type: 'message', message_type: 'group', sub_type: 'normal', message_id: 2065812349, group_id: 987654321, user_id: 1234567890, anonymous: null, message: '你这个笨蛋', raw_message: '你这个笨蛋', font: 0, sender: { user_id: 1234567890, nickname: '小明', card: '技术部-小明', sex: 'male', age: 20, area: '上海', level: '12', role: 'member', title: '' } }, operation: { reply: '请不要说脏话', ban: true, ban_duration: 600 } });
   */
  public handle_quick_operation(
    params: HandleQuickOperationParams,
    options?: CallOptions,
  ): Promise<HandleQuickOperationResult> {
    return this.call('.handle_quick_operation', params, options);
  }

  /**
   * 删除群公告 / Delete group notice
   *
   * 删除一条群公告。需要登录号是管理员或群主。
   *
   * Delete a group notice. The bot must be an administrator or the owner.
   *
   * Support:
   * - go-cqhttp: yes — 只在较新的版本中提供，文档未列出。 Only in newer versions; not in the docs.
   *
   * @example
   * await bot._del_group_notice({ group_id: 987654321, notice_id: '1b7ccb3a0000000018f5a06526b40c00' });
   */
  public _del_group_notice(
    params: DelGroupNoticeParams,
    options?: CallOptions,
  ): Promise<DelGroupNoticeResult> {
    return this.call('_del_group_notice', params, options);
  }

  /**
   * 获取群公告 / Get group notices
   *
   * 列出一个群的公告。
   *
   * List a group's notices.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot._get_group_notice({ group_id: 987654321 });
   * // result: [{ notice_id: '1b7ccb3a0000000018f5a06526b40c00', sender_id: 1234567890, publish_time: 1700000000, message: { text: '本周六早上八点集合出发。', images: [{ height: '1080', width: '1920', id: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d' }] } }]
   */
  public _get_group_notice(
    params: GetGroupNoticeParams,
    options?: CallOptions,
  ): Promise<GetGroupNoticeResult> {
    return this.call('_get_group_notice', params, options);
  }

  /**
   * 获取在线机型 / Get device model variants
   *
   * 查询某一机型可用于展示的在线机型名称。
   *
   * Look up the model names that may be shown as the online device for a model.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot._get_model_show({ model: 'iPhone14,3' });
   * // result: { variants: [{ model_show: 'iPhone 13 Pro Max', need_pay: false }] }
   */
  public _get_model_show(
    params: GetModelShowParams,
    options?: CallOptions,
  ): Promise<GetModelShowResult> {
    return this.call('_get_model_show', params, options);
  }

  /**
   * 发送群公告 / Send group notice
   *
   * 在群里发布一条公告，可附一张图片。需要登录号是管理员或群主。
   *
   * Publish a notice in a group, optionally with a picture. The bot must be an administrator or the owner.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 文档称该动作没有响应数据，但其实现（coolq/api.go 的 CQSetGroupMemo）返回新公告的 `notice_id`；`image` 自 v1.0.0-beta4 起读取。 go-cqhttp's docs say it answers with no data, but its implementation (CQSetGroupMemo in coolq/api.go) returns the new notice's `notice_id`; `image` is read since v1.0.0-beta4.
   *
   * @example
   * const result = await bot._send_group_notice({ group_id: 987654321, content: '本周六早上八点集合出发。' });
   * // result: { notice_id: '1b7ccb3a0000000018f5a06526b40c00' }
   */
  public _send_group_notice(
    params: SendGroupNoticeParams,
    options?: CallOptions,
  ): Promise<SendGroupNoticeResult> {
    return this.call('_send_group_notice', params, options);
  }

  /**
   * 设置在线机型 / Set device model shown
   *
   * 设置登录号对好友展示的在线机型。
   *
   * Set the device model that friends see the account online with.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot._set_model_show({ model: 'iPhone14,3', model_show: 'iPhone 13 Pro Max' });
   */
  public _set_model_show(
    params: SetModelShowParams,
    options?: CallOptions,
  ): Promise<SetModelShowResult> {
    return this.call('_set_model_show', params, options);
  }

  /**
   * 检查是否可以发送图片 / Check whether images can be sent
   *
   * 询问实现当前能否发送图片。
   *
   * Ask whether the implementation can send images.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.can_send_image();
   * // result: { yes: true }
   */
  public can_send_image(
    params?: CanSendImageParams,
    options?: CallOptions,
  ): Promise<CanSendImageResult> {
    return this.call('can_send_image', params, options);
  }

  /**
   * 检查是否可以发送语音 / Check whether voice records can be sent
   *
   * 询问实现当前能否发送语音。
   *
   * Ask whether the implementation can send voice records.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.can_send_record();
   * // result: { yes: false }
   */
  public can_send_record(
    params?: CanSendRecordParams,
    options?: CallOptions,
  ): Promise<CanSendRecordResult> {
    return this.call('can_send_record', params, options);
  }

  /**
   * 检查链接安全性 / Check URL safety
   *
   * 查询 QQ 对一个链接的安全评级。
   *
   * Ask QQ how safe it rates a link.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.check_url_safely({ url: 'https://example.com' });
   * // result: { level: 1 }
   */
  public check_url_safely(
    params: CheckUrlSafelyParams,
    options?: CallOptions,
  ): Promise<CheckUrlSafelyResult> {
    return this.call('check_url_safely', params, options);
  }

  /**
   * 创建群文件文件夹 / Create group folder
   *
   * 在群文件根目录中新建一个文件夹（只能建在根目录）。
   *
   * Create a folder in a group's files (only in the root folder).
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.create_group_file_folder({ group_id: 987654321, name: '相册', parent_id: '/' });
   */
  public create_group_file_folder(
    params: CreateGroupFileFolderParams,
    options?: CallOptions,
  ): Promise<CreateGroupFileFolderResult> {
    return this.call('create_group_file_folder', params, options);
  }

  /**
   * 创建频道角色 / Create guild role
   *
   * 在频道中新建一个角色，可同时授予若干成员。
   *
   * Create a role in a guild, optionally granting it to some members at once.
   *
   * Support:
   * - go-cqhttp: yes — 文档称 `initial_users` 也可以是单个字符串，但实现只读取数组。 The docs say `initial_users` may be a single string, but the implementation reads arrays only.
   *
   * @example
   * const result = await bot.create_guild_role({ guild_id: '54321098765432100', name: '向导', color: 4294927682, initial_users: ['144115218677563301'] });
   * // result: { role_id: '10001' }
   */
  public create_guild_role(
    params: CreateGuildRoleParams,
    options?: CallOptions,
  ): Promise<CreateGuildRoleResult> {
    return this.call('create_guild_role', params, options);
  }

  /**
   * 移出精华消息 / Remove essence message
   *
   * 把一条消息移出精华。需要登录号是管理员或群主。
   *
   * Take a message out of the essence messages. The bot must be an administrator or the owner.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.delete_essence_msg({ message_id: 1234567 });
   */
  public delete_essence_msg(
    params: DeleteEssenceMsgParams,
    options?: CallOptions,
  ): Promise<DeleteEssenceMsgResult> {
    return this.call('delete_essence_msg', params, options);
  }

  /**
   * 删除好友 / Delete friend
   *
   * 把一名好友从登录号的好友列表中删除。
   *
   * Remove a friend from the account's friend list.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 早期的文档把参数写作 `id`；当前版本（modules/api/api.go 读 `[user_id,id].0`）先读 `user_id`，没有时读 `id`。 go-cqhttp's early documentation calls the parameter `id`; current versions (modules/api/api.go reads `[user_id,id].0`) read `user_id`, or `id` when it is absent.
   *
   * @example
   * await bot.delete_friend({ user_id: 1234567890 });
   */
  public delete_friend(
    params: DeleteFriendParams,
    options?: CallOptions,
  ): Promise<DeleteFriendResult> {
    return this.call('delete_friend', params, options);
  }

  /**
   * 删除群文件 / Delete group file
   *
   * 删除群文件中的一个文件。
   *
   * Delete a file from a group's files.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 读 `[busid,bus_id].0`：先读 `busid`，没有时读 `bus_id`（modules/api/api.go）。 go-cqhttp reads `[busid,bus_id].0`: `busid`, or `bus_id` when it is absent (modules/api/api.go).
   *
   * @example
   * await bot.delete_group_file({ group_id: 987654321, file_id: '/3b0c1e6a-9f2d-11ee-8c90-0242ac120002', busid: 102 });
   */
  public delete_group_file(
    params: DeleteGroupFileParams,
    options?: CallOptions,
  ): Promise<DeleteGroupFileResult> {
    return this.call('delete_group_file', params, options);
  }

  /**
   * 删除群文件文件夹 / Delete group folder
   *
   * 删除群文件中的一个文件夹。
   *
   * Delete a folder from a group's files.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 只响应 `delete_group_folder` 这个名称（modules/api/api.go 的路由）。 go-cqhttp answers only to the name `delete_group_folder` (the router in modules/api/api.go).
   *
   * @example
   * await bot.delete_group_folder({ group_id: 987654321, folder_id: '/a1b2c3d4-0000-0000-0000-000000000000' });
   */
  public delete_group_folder(
    params: DeleteGroupFolderParams,
    options?: CallOptions,
  ): Promise<DeleteGroupFolderResult> {
    return this.call('delete_group_folder', params, options);
  }

  /**
   * 删除频道角色 / Delete guild role
   *
   * 删除频道中的一个角色。
   *
   * Delete a role from a guild.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.delete_guild_role({ guild_id: '54321098765432100', role_id: '10001' });
   */
  public delete_guild_role(
    params: DeleteGuildRoleParams,
    options?: CallOptions,
  ): Promise<DeleteGuildRoleResult> {
    return this.call('delete_guild_role', params, options);
  }

  /**
   * 撤回消息 / Recall message
   *
   * 撤回一条消息。撤回他人的群消息需要登录号是管理员或群主。
   *
   * Recall (delete) a message. Recalling someone else's group message needs the bot to be an administrator or the owner.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.delete_msg({ message_id: 1840573212 });
   */
  public delete_msg(params: DeleteMsgParams, options?: CallOptions): Promise<DeleteMsgResult> {
    return this.call('delete_msg', params, options);
  }

  /**
   * 删除单向好友 / Delete one-way friend
   *
   * 从单向好友列表中删除一名用户。
   *
   * Remove a user from the one-way friend list.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.delete_unidirectional_friend({ user_id: 1234567890 });
   */
  public delete_unidirectional_friend(
    params: DeleteUnidirectionalFriendParams,
    options?: CallOptions,
  ): Promise<DeleteUnidirectionalFriendResult> {
    return this.call('delete_unidirectional_friend', params, options);
  }

  /**
   * 下载文件到缓存目录 / Download file to cache
   *
   * 把网络文件下载到实现的缓存目录并返回其绝对路径，该路径可直接用于发送图片、语音等。调用会等到下载完成才返回， 下载大文件时注意超时。
   *
   * Download a network file into the implementation's cache directory and return its absolute path, which can be used directly to send pictures, voice and the like. The call returns only when the download is done, so mind timeouts for large files.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.download_file({ url: 'https://example.com/pic.png', thread_count: 2, headers: ['User-Agent=Mozilla/5.0', 'Referer=https://example.com'] });
   * // result: { file: '/home/bot/go-cqhttp/data/cache/5d41402abc4b2a76b9719d911017c592.cache' }
   */
  public download_file(
    params: DownloadFileParams,
    options?: CallOptions,
  ): Promise<DownloadFileResult> {
    return this.call('download_file', params, options);
  }

  /**
   * 获取精华消息列表 / Get essence messages
   *
   * 列出一个群的全部精华消息。
   *
   * List a group's essence messages.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_essence_msg_list({ group_id: 987654321 });
   * // result: [{ sender_id: 1234567890, sender_nick: '小明', sender_time: 1700000000, operator_id: 10001, operator_nick: '管理员', operator_time: 1700000600, message_id: 1234567 }]
   */
  public get_essence_msg_list(
    params: GetEssenceMsgListParams,
    options?: CallOptions,
  ): Promise<GetEssenceMsgListResult> {
    return this.call('get_essence_msg_list', params, options);
  }

  /**
   * 获取合并转发消息 / Get forwarded messages
   *
   * 取回一条合并转发消息的内容。按标准，`message` 是消息段数组，其中每个消息段都是 `node`（转发节点）。go-cqhttp 与标准不同：参数名首选 `message_id`（也接受 `id`），响应为 `messages` 数组，每项含 `content`、`sender` 与 `time`。
   *
   * Fetch what a forwarded-messages bundle holds. Per the standard, `message` is an array of segments, every one a `node` (forward node). go-cqhttp differs: it reads the ID from `message_id` first (and also accepts `id`), and answers with a `messages` array whose items hold `content`, `sender` and `time`.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 先读 `message_id`，其次 `id`（两者给一个即可）；结果是 `messages` 数组，每项含 `content`、`sender` 与 `time`。 go-cqhttp reads `message_id` first and `id` second (one is enough); the result is a `messages` array whose items hold `content`, `sender` and `time`.
   *
   * @example
   * await bot.get_forward_msg({ id: 'Mm8y6G9k5bQzE1xRk3nP2ZsWvA7tLcJd' });
   */
  public get_forward_msg(
    params?: GetForwardMsgParams,
    options?: CallOptions,
  ): Promise<GetForwardMsgResult> {
    return this.call('get_forward_msg', params, options);
  }

  /**
   * 获取好友列表 / Get friend list
   *
   * 获取登录号的全部好友。
   *
   * List every friend of the bot account.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_friend_list();
   * // result: [{ user_id: 1234567890, nickname: '小明', remark: '明哥' }, { user_id: 2345678901, nickname: '小红', remark: '' }]
   */
  public get_friend_list(
    params?: GetFriendListParams,
    options?: CallOptions,
  ): Promise<GetFriendListResult> {
    return this.call('get_friend_list', params, options);
  }

  /**
   * 获取群 @全体成员 剩余次数 / Get remaining @everyone mentions
   *
   * 查询登录号今天在一个群里还能 @全体成员 几次。
   *
   * Find out how many more times today the bot may mention everyone in a group.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_group_at_all_remain({ group_id: 987654321 });
   * // result: { can_at_all: true, remain_at_all_count_for_group: 18, remain_at_all_count_for_uin: 9 }
   */
  public get_group_at_all_remain(
    params: GetGroupAtAllRemainParams,
    options?: CallOptions,
  ): Promise<GetGroupAtAllRemainResult> {
    return this.call('get_group_at_all_remain', params, options);
  }

  /**
   * 获取群文件系统信息 / Get group file system information
   *
   * 查询一个群的文件数量与空间用量。
   *
   * Find out how many files a group has and how much space they take.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_group_file_system_info({ group_id: 987654321 });
   * // result: { file_count: 128, limit_count: 10000, used_space: 1073741824, total_space: 10737418240 }
   */
  public get_group_file_system_info(
    params: GetGroupFileSystemInfoParams,
    options?: CallOptions,
  ): Promise<GetGroupFileSystemInfoResult> {
    return this.call('get_group_file_system_info', params, options);
  }

  /**
   * 获取群文件资源链接 / Get group file URL
   *
   * 取得一个群文件的下载链接。
   *
   * Get the download URL of a group file.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 读 `[busid,bus_id].0`：先读 `busid`，没有时读 `bus_id`（modules/api/api.go）。 go-cqhttp reads `[busid,bus_id].0`: `busid`, or `bus_id` when it is absent (modules/api/api.go).
   *
   * @example
   * const result = await bot.get_group_file_url({ group_id: 987654321, file_id: '/3b0c1e6a-9f2d-11ee-8c90-0242ac120002', busid: 102 });
   * // result: { url: 'https://example.com/ftn_handler/0123456789abcdef/?fname=report.pdf' }
   */
  public get_group_file_url(
    params: GetGroupFileUrlParams,
    options?: CallOptions,
  ): Promise<GetGroupFileUrlResult> {
    return this.call('get_group_file_url', params, options);
  }

  /**
   * 获取群子目录文件列表 / Get group folder files
   *
   * 列出群文件中某个文件夹里的文件与文件夹。
   *
   * List the files and folders inside one folder of a group's files.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.get_group_files_by_folder({ group_id: 987654321, folder_id: '/a1b2c3d4-0000-0000-0000-000000000000' });
   */
  public get_group_files_by_folder(
    params: GetGroupFilesByFolderParams,
    options?: CallOptions,
  ): Promise<GetGroupFilesByFolderResult> {
    return this.call('get_group_files_by_folder', params, options);
  }

  /**
   * 获取群荣誉信息 / Get group honors
   *
   * 获取群的龙王、群聊之火等荣誉信息；结果只含所请求类型的字段。
   *
   * Get a group's honors, such as its most talkative member; the result holds only the fields of the requested type.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.get_group_honor_info({ group_id: 987654321, type: 'talkative' });
   */
  public get_group_honor_info(
    params: GetGroupHonorInfoParams,
    options?: CallOptions,
  ): Promise<GetGroupHonorInfoResult> {
    return this.call('get_group_honor_info', params, options);
  }

  /**
   * 获取群信息 / Get group information
   *
   * 获取一个群的基本信息。
   *
   * Get the basic information of a group.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的结果多出 `group_create_time`、`group_level`；登录号不在群中时（按群号搜索得到），另有 `group_memo`，而这两项与成员数均为 0（coolq/api.go 的 CQGetGroupInfo）。 go-cqhttp's result adds `group_create_time` and `group_level`; when the bot is not in the group (found by searching for the number), it also has `group_memo`, and these two and the member counts are 0 (CQGetGroupInfo in coolq/api.go).
   *
   * @example
   * await bot.get_group_info({ group_id: 987654321 });
   */
  public get_group_info(
    params: GetGroupInfoParams,
    options?: CallOptions,
  ): Promise<GetGroupInfoResult> {
    return this.call('get_group_info', params, options);
  }

  /**
   * 获取群列表 / Get group list
   *
   * 获取登录号加入的所有群。
   *
   * List every group the bot is in.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 多一个 `no_cache` 参数；列表项另有 `group_create_time` 与 `group_level`（coolq/api.go 的 CQGetGroupList）。 go-cqhttp takes an extra `no_cache` parameter; its items also have `group_create_time` and `group_level` (CQGetGroupList in coolq/api.go).
   *
   * @example
   * const result = await bot.get_group_list({ no_cache: true });
   * // result: [{ group_id: 987654321, group_name: '周末爬山小分队', group_create_time: 1600000000, group_level: 1, member_count: 128, max_member_count: 500 }]
   */
  public get_group_list(
    params?: GetGroupListParams,
    options?: CallOptions,
  ): Promise<GetGroupListResult> {
    return this.call('get_group_list', params, options);
  }

  /**
   * 获取群成员信息 / Get group member information
   *
   * 获取一名群成员的资料。
   *
   * Get the profile of one group member.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的结果多一个 `shut_up_timestamp`（禁言到期时间）。 go-cqhttp's result adds `shut_up_timestamp` (when the member's mute ends).
   *
   * @example
   * await bot.get_group_member_info({ group_id: 987654321, user_id: 1234567890 });
   */
  public get_group_member_info(
    params: GetGroupMemberInfoParams,
    options?: CallOptions,
  ): Promise<GetGroupMemberInfoResult> {
    return this.call('get_group_member_info', params, options);
  }

  /**
   * 获取群成员列表 / Get group member list
   *
   * 获取一个群的全部成员。列表项与 `get_group_member_info` 的结果结构相同，但部分字段（如 `area` 与 `title`）在列表中可能取不到，需要时应单独获取。
   *
   * List every member of a group. Items have the shape of `get_group_member_info`'s result, but some fields (such as `area` and `title`) may be unavailable in the list; fetch the member on its own when they matter.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 多一个 `no_cache` 参数；列表项同其 `get_group_member_info` 的结果，多一个 `shut_up_timestamp`（coolq/converter.go 的 convertGroupMemberInfo）。 go-cqhttp takes an extra `no_cache` parameter; items are shaped like its `get_group_member_info` result, with `shut_up_timestamp` added (convertGroupMemberInfo in coolq/converter.go).
   *
   * @example
   * await bot.get_group_member_list({ group_id: 987654321 });
   */
  public get_group_member_list(
    params: GetGroupMemberListParams,
    options?: CallOptions,
  ): Promise<GetGroupMemberListResult> {
    return this.call('get_group_member_list', params, options);
  }

  /**
   * 获取群消息历史记录 / Get group message history
   *
   * 从某条消息起向前取回群里的历史消息（含该条），一次约 20 条；不给 `message_seq` 时从最新一条开始。
   *
   * Fetch a group's messages going back from a given one (included), about 20 at a time; without `message_seq` it starts from the latest one.
   *
   * Support:
   * - go-cqhttp: yes — 文档称返回起始序号之前的 19 条；实现请求的是序号区间 [message_seq − 19, message_seq]，即最多 20 条。 The docs say it returns the 19 messages before the starting one; the implementation asks for the sequence range [message_seq − 19, message_seq], so up to 20.
   *
   * @example
   * await bot.get_group_msg_history({ group_id: 987654321 });
   */
  public get_group_msg_history(
    params: GetGroupMsgHistoryParams,
    options?: CallOptions,
  ): Promise<GetGroupMsgHistoryResult> {
    return this.call('get_group_msg_history', params, options);
  }

  /**
   * 获取群根目录文件列表 / Get group root files
   *
   * 列出群文件根目录中的文件与文件夹。
   *
   * List the files and folders in a group's root folder.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.get_group_root_files({ group_id: 987654321 });
   */
  public get_group_root_files(
    params: GetGroupRootFilesParams,
    options?: CallOptions,
  ): Promise<GetGroupRootFilesResult> {
    return this.call('get_group_root_files', params, options);
  }

  /**
   * 获取群系统消息 / Get group system messages
   *
   * 取回登录号收到的加群请求与入群邀请，包括已处理的。
   *
   * Fetch the requests to join and the invitations the account has received, handled ones included.
   *
   * Support:
   * - go-cqhttp: yes — v0.9.40 以前的版本取不到被过滤的系统消息。 Versions before v0.9.40 miss filtered system messages.
   *
   * @example
   * const result = await bot.get_group_system_msg();
   * // result: { invited_requests: [{ request_id: 1729175034613589, invitor_uin: 1234567890, invitor_nick: '小明', group_id: 987654321, group_name: '周末爬山小分队', checked: false, actor: 0 }], join_requests: null }
   */
  public get_group_system_msg(
    params?: GetGroupSystemMsgParams,
    options?: CallOptions,
  ): Promise<GetGroupSystemMsgResult> {
    return this.call('get_group_system_msg', params, options);
  }

  /**
   * 获取子频道列表 / Get channel list
   *
   * 列出一个频道中的子频道。
   *
   * List the channels of a guild.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.get_guild_channel_list({ guild_id: '54321098765432100' });
   */
  public get_guild_channel_list(
    params: GetGuildChannelListParams,
    options?: CallOptions,
  ): Promise<GetGuildChannelListResult> {
    return this.call('get_guild_channel_list', params, options);
  }

  /**
   * 获取频道列表 / Get guild list
   *
   * 列出登录号已加入的频道。
   *
   * List the guilds the bot has joined.
   *
   * Support:
   * - go-cqhttp: yes — 文档称未加入任何频道时返回 `null`，实现返回空数组；文档把 `guild_display_id` 写作 int64，实现以字符串返回。 The docs say it answers `null` when no guild has been joined; the implementation answers an empty array. The docs give `guild_display_id` as int64; it is returned as a string.
   *
   * @example
   * const result = await bot.get_guild_list();
   * // result: [{ guild_id: '54321098765432100', guild_name: '爬山爱好者', guild_display_id: '78901234' }]
   */
  public get_guild_list(
    params?: GetGuildListParams,
    options?: CallOptions,
  ): Promise<GetGuildListResult> {
    return this.call('get_guild_list', params, options);
  }

  /**
   * 获取频道成员列表 / Get guild members
   *
   * 分页列出频道成员：不给 `next_token` 时取第一页，之后传入上一页返回的 `next_token`。频道人数可能上万， 尽量改用 `get_guild_member_profile` 查询单个成员。
   *
   * List a guild's members page by page: without `next_token` you get the first page, then pass the `next_token` of the previous page. Guilds can have tens of thousands of members, so prefer `get_guild_member_profile` for single members.
   *
   * Support:
   * - go-cqhttp: yes — `next_token` 只在 10 分钟内有效，且只能用于同一个频道。 A `next_token` is valid for 10 minutes, and only for the same guild.
   *
   * @example
   * const result = await bot.get_guild_member_list({ guild_id: '54321098765432100' });
   * // result: { members: [{ tiny_id: '144115218677563301', title: '', nickname: '小明', role_id: '4', role_name: '频道主' }], finished: false, next_token: 'AAABjK3cZzFhYmNkZQ==' }
   */
  public get_guild_member_list(
    params: GetGuildMemberListParams,
    options?: CallOptions,
  ): Promise<GetGuildMemberListResult> {
    return this.call('get_guild_member_list', params, options);
  }

  /**
   * 单独获取频道成员信息 / Get guild member profile
   *
   * 取得一名频道成员的资料与其全部角色。
   *
   * Get one guild member's profile with all their roles.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_guild_member_profile({ guild_id: '54321098765432100', user_id: '144115218677563301' });
   * // result: { tiny_id: '144115218677563301', nickname: '小明', avatar_url: 'https://example.com/avatar.jpg', join_time: 1640000000, roles: [{ role_id: '4', role_name: '频道主' }] }
   */
  public get_guild_member_profile(
    params: GetGuildMemberProfileParams,
    options?: CallOptions,
  ): Promise<GetGuildMemberProfileResult> {
    return this.call('get_guild_member_profile', params, options);
  }

  /**
   * 通过访客获取频道元数据 / Get guild metadata as guest
   *
   * 以访客身份取得一个频道的元数据，不要求已加入。
   *
   * Get a guild's metadata as a guest, without having joined it.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_guild_meta_by_guest({ guild_id: '54321098765432100' });
   * // result: { guild_id: '54321098765432100', guild_name: '爬山爱好者', guild_profile: '一起去爬山', create_time: 1640000000, max_member_count: 3000, max_robot_count: 15, max_admin_count: 50, member_count: 320, owner_id: '144115218677563301' }
   */
  public get_guild_meta_by_guest(
    params: GetGuildMetaByGuestParams,
    options?: CallOptions,
  ): Promise<GetGuildMetaByGuestResult> {
    return this.call('get_guild_meta_by_guest', params, options);
  }

  /**
   * 获取频道消息 / Get guild message
   *
   * 取回一条频道消息。私信（direct）消息目前只返回来源信息，不含内容。
   *
   * Fetch a guild message. Direct messages currently come back with their source only, without content.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.get_guild_msg({ message_id: 'BAC3HLRYvXdY7ABGNuQ6yYmEAAAAAA==' });
   */
  public get_guild_msg(
    params: GetGuildMsgParams,
    options?: CallOptions,
  ): Promise<GetGuildMsgResult> {
    return this.call('get_guild_msg', params, options);
  }

  /**
   * 获取频道角色列表 / Get guild roles
   *
   * 列出一个频道的全部角色（身份组）。
   *
   * List a guild's roles.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_guild_roles({ guild_id: '54321098765432100' });
   * // result: [{ role_id: '10001', role_name: '向导', argb_color: 4294927682, independent: false, member_count: 3, max_count: 50, owned: false, disabled: false }]
   */
  public get_guild_roles(
    params: GetGuildRolesParams,
    options?: CallOptions,
  ): Promise<GetGuildRolesResult> {
    return this.call('get_guild_roles', params, options);
  }

  /**
   * 获取频道系统内 BOT 的资料 / Get guild service profile
   *
   * 取得登录号在频道系统中的昵称、ID 与头像。
   *
   * Get the bot's nickname, ID and avatar in the guild service.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_guild_service_profile();
   * // result: { nickname: '小助手', tiny_id: '144115218677563300', avatar_url: 'https://example.com/avatar.jpg' }
   */
  public get_guild_service_profile(
    params?: GetGuildServiceProfileParams,
    options?: CallOptions,
  ): Promise<GetGuildServiceProfileResult> {
    return this.call('get_guild_service_profile', params, options);
  }

  /**
   * 获取图片 / Get image
   *
   * 下载收到的图片，返回其本地路径。
   *
   * Download a received image and return its local path.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的结果在本地路径 `file` 之外，还有图片源文件的大小、原文件名与下载地址。 go-cqhttp's result has, besides the local path `file`, the source image's size, original name and download URL.
   *
   * @example
   * await bot.get_image({ file: '6B4DE3DFD1BD271E3297859D41C530F5.jpg' });
   */
  public get_image(params: GetImageParams, options?: CallOptions): Promise<GetImageResult> {
    return this.call('get_image', params, options);
  }

  /**
   * 获取登录号信息 / Get login information
   *
   * 获取当前登录的 QQ 号与昵称。
   *
   * Get the QQ number and nickname of the logged-in account.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_login_info();
   * // result: { user_id: 3141592653, nickname: '小助手' }
   */
  public get_login_info(
    params?: GetLoginInfoParams,
    options?: CallOptions,
  ): Promise<GetLoginInfoResult> {
    return this.call('get_login_info', params, options);
  }

  /**
   * 获取消息 / Get message
   *
   * 按消息 ID 取回一条消息的内容与发送者。
   *
   * Fetch a message, with its sender, by its ID.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的结果多出 `group`、`group_id`（群消息时）、`message_seq` 等字段，`sender` 只有 `nickname` 与 `user_id`。 go-cqhttp's result adds `group`, `group_id` (for group messages), `message_seq` and more; `sender` has only `nickname` and `user_id`.
   *
   * @example
   * await bot.get_msg({ message_id: 1840573212 });
   */
  public get_msg(params: GetMsgParams, options?: CallOptions): Promise<GetMsgResult> {
    return this.call('get_msg', params, options);
  }

  /**
   * 获取当前账号在线客户端列表 / Get online clients
   *
   * 列出登录号当前在线的其他客户端（手机、电脑等）。
   *
   * List the account's other clients that are online now (phone, PC and so on).
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_online_clients({ no_cache: true });
   * // result: { clients: [{ app_id: 537151682, device_name: '我的电脑', device_kind: 'Windows' }] }
   */
  public get_online_clients(
    params?: GetOnlineClientsParams,
    options?: CallOptions,
  ): Promise<GetOnlineClientsResult> {
    return this.call('get_online_clients', params, options);
  }

  /**
   * 获取运行状态 / Get status
   *
   * 获取实现的运行状态。各实现附加的字段差别很大，判断状态时只应看 `online` 与 `good`。
   *
   * Get how the implementation is running. The fields implementations add differ widely; judge the status by `online` and `good` only.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 另有四个固定的 CQHTTP 遗留字段（`plugins_good` 恒为 `null`，其余恒为 `true`），`stat` 为详细的运行统计（coolq/api.go 的 CQGetStatus）。 go-cqhttp adds four fixed CQHTTP legacy fields (`plugins_good` is always `null`, the others always `true`), and `stat` holds detailed statistics (CQGetStatus in coolq/api.go).
   *
   * @example
   * await bot.get_status();
   */
  public get_status(params?: GetStatusParams, options?: CallOptions): Promise<GetStatusResult> {
    return this.call('get_status', params, options);
  }

  /**
   * 获取陌生人信息 / Get stranger information
   *
   * 获取任意 QQ 用户的公开资料。
   *
   * Get the public profile of any QQ user.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的路由只读取 `user_id`，文档列出的 `no_cache` 实际不起作用；结果多出 `qid`、`level`、`login_days`。 go-cqhttp's router reads only `user_id`; the `no_cache` its docs list has no effect. The result adds `qid`, `level` and `login_days`.
   *
   * @example
   * const result = await bot.get_stranger_info({ user_id: 1234567890 });
   * // result: { user_id: 1234567890, nickname: '小明', sex: 'male', age: 20, qid: 'xiaoming', level: 32, login_days: 7, sign: '今天也要开心', vip_level: 0 }
   */
  public get_stranger_info(
    params: GetStrangerInfoParams,
    options?: CallOptions,
  ): Promise<GetStrangerInfoResult> {
    return this.call('get_stranger_info', params, options);
  }

  /**
   * 获取支持的动作列表 / Get supported actions
   *
   * 列出实现支持的全部动作名。
   *
   * List the names of every action the implementation supports.
   *
   * Support:
   * - go-cqhttp: yes — 见于较新版本的 go-cqhttp 源码，文档未列出。 In the source of newer go-cqhttp versions, not in its docs.
   *
   * @example
   * const result = await bot.get_supported_actions();
   * // result: ['send_private_msg', 'send_group_msg', 'get_login_info', 'ocr_image']
   */
  public get_supported_actions(
    params?: GetSupportedActionsParams,
    options?: CallOptions,
  ): Promise<GetSupportedActionsResult> {
    return this.call('get_supported_actions', params, options);
  }

  /**
   * 获取话题频道帖子 / Get topic channel posts
   *
   * 列出一个话题（主题）子频道中的帖子。
   *
   * List the posts in a topic channel.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.get_topic_channel_feeds({ guild_id: '54321098765432100', channel_id: '7654321' });
   */
  public get_topic_channel_feeds(
    params: GetTopicChannelFeedsParams,
    options?: CallOptions,
  ): Promise<GetTopicChannelFeedsResult> {
    return this.call('get_topic_channel_feeds', params, options);
  }

  /**
   * 获取单向好友列表 / Get one-way friends
   *
   * 列出只有对方把登录号加为好友（单向）的用户。
   *
   * List the users who have the account as a friend without being its friend (one-way).
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.get_unidirectional_friend_list();
   * // result: [{ user_id: 1234567890, nickname: '路人甲', source: '群聊' }]
   */
  public get_unidirectional_friend_list(
    params?: GetUnidirectionalFriendListParams,
    options?: CallOptions,
  ): Promise<GetUnidirectionalFriendListResult> {
    return this.call('get_unidirectional_friend_list', params, options);
  }

  /**
   * 获取事件（HTTP 长轮询） / Get events (HTTP long polling)
   *
   * 取出排队等待的事件，队列为空时等待新事件。只有在 HTTP 服务器配置了长轮询时才有这个动作；其余时候事件照常推送。
   *
   * Take the queued events, waiting for one when the queue is empty. The action exists only when the HTTP server is configured for long polling; otherwise events are pushed as usual.
   *
   * Support:
   * - go-cqhttp: yes — 由 server/middlewares.go 的长轮询中间件应答，只在 HTTP 服务器开启 `long-polling` 时安装（v1.0.0-beta5 起）。 Answered by the long-polling middleware in server/middlewares.go, installed only when the HTTP server enables `long-polling` (since v1.0.0-beta5).
   *
   * @example
   * const result = await bot.get_updates({ timeout: 30, limit: 10 });
   * // result: [{ time: 1700000000, self_id: 10001, post_type: 'notice', notice_type: 'friend_add', user_id: 10001000 }]
   */
  public get_updates(params?: GetUpdatesParams, options?: CallOptions): Promise<GetUpdatesResult> {
    return this.call('get_updates', params, options);
  }

  /**
   * 获取版本信息 / Get version information
   *
   * 获取实现的名称、版本及其实现的 OneBot 标准版本。
   *
   * Get the implementation's name and version, and the OneBot version it implements.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 另附大量字段，多为兼容 CQHTTP 的固定值（coolq/api.go 的 CQGetVersionInfo）；v1.2.0 起固定为 `true` 的字段名是 `go_cqhttp`，之前是 `go-cqhttp`。 go-cqhttp adds many fields, most of them fixed values for CQHTTP compatibility (CQGetVersionInfo in coolq/api.go); the field that is always `true` is named `go_cqhttp` since v1.2.0 and `go-cqhttp` before.
   *
   * @example
   * await bot.get_version_info();
   */
  public get_version_info(
    params?: GetVersionInfoParams,
    options?: CallOptions,
  ): Promise<GetVersionInfoResult> {
    return this.call('get_version_info', params, options);
  }

  /**
   * 标记消息已读 / Mark message as read
   *
   * 把一条消息所在会话标记为已读。
   *
   * Mark the conversation a message belongs to as read, up to that message.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.mark_msg_as_read({ message_id: 1234567 });
   */
  public mark_msg_as_read(
    params: MarkMsgAsReadParams,
    options?: CallOptions,
  ): Promise<MarkMsgAsReadResult> {
    return this.call('mark_msg_as_read', params, options);
  }

  /**
   * 图片 OCR / Image OCR
   *
   * 识别一张图片中的文字。go-cqhttp 只支持识别收到的图片。
   *
   * Recognise the text in a picture. go-cqhttp can only read pictures it has received.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.ocr_image({ image: '6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d.image' });
   * // result: { language: 'zh', texts: [{ text: '周末爬山', confidence: 98, coordinates: [{ x: 10, y: 12 }, { x: 210, y: 12 }, { x: 210, y: 60 }, { x: 10, y: 60 }] }] }
   */
  public ocr_image(params: OcrImageParams, options?: CallOptions): Promise<OcrImageResult> {
    return this.call('ocr_image', params, options);
  }

  /**
   * 获取企点账号信息 / Get Qidian account
   *
   * 取回企点账号的信息；只有用企点协议登录时可用，否则失败。
   *
   * Fetch the Qidian account's information; only available when logged in with the Qidian protocol, and fails otherwise.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * const result = await bot.qidian_get_account_info();
   * // result: { master_id: 2852199999, ext_name: '某某客服', create_time: 1595294844 }
   */
  public qidian_get_account_info(
    params?: QidianGetAccountInfoParams,
    options?: CallOptions,
  ): Promise<QidianGetAccountInfoResult> {
    return this.call('qidian_get_account_info', params, options);
  }

  /**
   * 重载事件过滤器 / Reload event filter
   *
   * 从文件重新读取事件过滤规则。
   *
   * Read the event filter rules from a file again.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 早期的文档中此动作不带参数，重载配置中的过滤器；当前版本（modules/api/api.go）读取 `file` 指定的文件。 go-cqhttp's early documentation has this action take no parameters and reload the configured filter; current versions (modules/api/api.go) read the file that `file` names.
   *
   * @example
   * await bot.reload_event_filter({ file: 'filter.json' });
   */
  public reload_event_filter(
    params: ReloadEventFilterParams,
    options?: CallOptions,
  ): Promise<ReloadEventFilterResult> {
    return this.call('reload_event_filter', params, options);
  }

  /**
   * 发送合并转发消息 / Send a forward message
   *
   * 发送合并转发消息（聊天记录）到群聊或私聊，目标的确定方式同 `send_msg`。节点放在 `message`（或其别名 `messages`）中，只能由 `node` 消息段组成；`news`、`prompt`、`summary`、`source` 可以自定义卡片外观（需要 packet 后端）。
   *
   * Send a forward message (a chat record) to a group or a private chat, choosing the target as `send_msg` does. The nodes go in `message` (or its alias `messages`) and must be `node` segments only; `news`, `prompt`, `summary` and `source` customise the card (this needs the packet backend).
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的路由（modules/api/api.go，仅 OneBot 11）有这个动作：`message_type` 为 `group` 时发到群，为 `private` 或给了 `user_id` 时发给好友，否则给了 `group_id` 时发到群；只读 `messages`，不读 `message`、`auto_escape`、`timeout` 与卡片外观参数。响应没有 `res_id`。 go-cqhttp's router (modules/api/api.go, OneBot 11 only) has this action: it sends to the group when `message_type` is `group`, to the user when it is `private` or `user_id` is given, and otherwise to `group_id`. It reads only `messages`, not `message`, `auto_escape`, `timeout` or the card parameters. Its answer has no `res_id`.
   *
   * @example
   * const result = await bot.send_forward_msg({ message_type: 'private', user_id: 1234567890, messages: [{ type: 'node', data: { user_id: '1234567890', nickname: '小明', content: [{ type: 'text', data: { text: '周六早上八点集合' } }] } }] });
   * // result: { message_id: 1235, forward_id: 'MmQ1ZGY0YjQtZDM3Ny00NWZh' }
   */
  public send_forward_msg(
    params: SendForwardMsgParams,
    options?: CallOptions,
  ): Promise<SendForwardMsgResult> {
    return this.call('send_forward_msg', params, options);
  }

  /**
   * 发送合并转发（群聊） / Send forward to group
   *
   * 把若干节点打包成一条合并转发消息发到群里。节点可以引用已有消息，也可以是自定义发送者与内容的节点； 自定义节点的 `content` 为节点数组时构成嵌套转发。
   *
   * Pack nodes into one forward message and send it to a group. A node may quote an existing message or be a custom node with its own sender and content; a custom node whose `content` is an array of nodes makes a nested forward.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 文档把 `message_id` 写作 int64，实际返回 int32 的全局消息 ID（coolq/api.go）；`forward_id` 自 v1.0.0-rc4 起返回，没有 `res_id`。go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp's docs give `message_id` as int64; it returns the int32 global message ID (coolq/api.go). `forward_id` is returned since v1.0.0-rc4; there is no `res_id`. go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
   *
   * @example
   * const result = await bot.send_group_forward_msg({ group_id: 987654321, messages: [{ type: 'node', data: { user_id: 10001000, nickname: '小明', content: '早上好' } }, { type: 'node', data: { user_id: 10002000, nickname: '小红', content: [{ type: 'text', data: { text: '早！' } }] } }] });
   * // result: { message_id: 1234567, forward_id: 'Gi7cmH5MV1gIxkZ5vQ1q0+3Vc4X8Tq2' }
   */
  public send_group_forward_msg(
    params: SendGroupForwardMsgParams,
    options?: CallOptions,
  ): Promise<SendGroupForwardMsgResult> {
    return this.call('send_group_forward_msg', params, options);
  }

  /**
   * 发送群消息 / Send group message
   *
   * 向一个群发送消息。
   *
   * Send a message to a group.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
   *
   * @example
   * const result = await bot.send_group_msg({ group_id: 987654321, message: [{ type: 'at', data: { qq: '1234567890' } }, { type: 'text', data: { text: ' 会议改到下午三点。' } }] });
   * // result: { message_id: 2065812347 }
   */
  public send_group_msg(
    params: SendGroupMsgParams,
    options?: CallOptions,
  ): Promise<SendGroupMsgResult> {
    return this.call('send_group_msg', params, options);
  }

  /**
   * 群打卡 / Group check-in
   *
   * 以登录号在群里打卡。
   *
   * Check in to a group as the bot.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.send_group_sign({ group_id: 987654321 });
   */
  public send_group_sign(
    params: SendGroupSignParams,
    options?: CallOptions,
  ): Promise<SendGroupSignResult> {
    return this.call('send_group_sign', params, options);
  }

  /**
   * 发送信息到子频道 / Send channel message
   *
   * 向一个文字子频道发送消息。
   *
   * Send a message to a text channel.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
   *
   * @example
   * const result = await bot.send_guild_channel_msg({ guild_id: '54321098765432100', channel_id: '1234567', message: '大家早上好' });
   * // result: { message_id: 'BAC3HLRYvXdY7ABGNuQ6yYmEAAAAAA==' }
   */
  public send_guild_channel_msg(
    params: SendGuildChannelMsgParams,
    options?: CallOptions,
  ): Promise<SendGuildChannelMsgResult> {
    return this.call('send_guild_channel_msg', params, options);
  }

  /**
   * 发送消息 / Send message
   *
   * 发送私聊或群消息。`message_type` 决定发往何处；省略时，实现根据给出的是 `user_id` 还是 `group_id` 来判断。
   *
   * Send a private or a group message. `message_type` says where it goes; when it is left out, the implementation decides by whether `user_id` or `group_id` was given.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
   *
   * @example
   * const result = await bot.send_msg({ message_type: 'group', group_id: 987654321, message: '大家好' });
   * // result: { message_id: 2065812348 }
   */
  public send_msg(params: SendMsgParams, options?: CallOptions): Promise<SendMsgResult> {
    return this.call('send_msg', params, options);
  }

  /**
   * 发送合并转发（好友） / Send forward to friend
   *
   * 把若干节点打包成一条合并转发消息发给好友；节点的写法与群聊相同。
   *
   * Pack nodes into one forward message and send it to a friend; nodes are written as for groups.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 文档把 `message_id` 写作 int64，实际返回 int32 的全局消息 ID（coolq/api.go）；`forward_id` 自 v1.0.0-rc4 起返回，没有 `res_id`。go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp's docs give `message_id` as int64; it returns the int32 global message ID (coolq/api.go). `forward_id` is returned since v1.0.0-rc4; there is no `res_id`. go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
   *
   * @example
   * const result = await bot.send_private_forward_msg({ user_id: 1234567890, messages: [{ type: 'node', data: { user_id: 10001000, nickname: '小明', content: '[CQ:face,id=178]晚安' } }] });
   * // result: { message_id: 7654321, forward_id: 'Vb3nQ8xLm2Pz5tRk9Hw1cYf6Ds0aJe4' }
   */
  public send_private_forward_msg(
    params: SendPrivateForwardMsgParams,
    options?: CallOptions,
  ): Promise<SendPrivateForwardMsgResult> {
    return this.call('send_private_forward_msg', params, options);
  }

  /**
   * 发送私聊消息 / Send private message
   *
   * 向一名 QQ 用户发送私聊消息。
   *
   * Send a private message to a QQ user.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 多一个可选的 `group_id`：向非好友发起临时会话时，给出对方所在的群（登录号须为该群管理员或群主）。go-cqhttp 不路由 `_rate_limited` 后缀（server/http.go 与 server/websocket.go 只去掉 `_async`），限速由服务器的 `rate-limit` 配置对所有调用统一施加；`_async` 调用也同步执行并返回完整结果。 go-cqhttp takes an optional `group_id`, the group a temporary chat with a non-friend goes through (the bot must be an administrator or the owner there). go-cqhttp does not route the `_rate_limited` suffix (server/http.go and server/websocket.go strip only `_async`); rate limiting is the server's `rate-limit` setting, applied to every call; an `_async` call is still run synchronously and answered in full.
   *
   * @example
   * const result = await bot.send_private_msg({ user_id: 1234567890, message: '晚上好[CQ:face,id=178]' });
   * // result: { message_id: 1840573212 }
   */
  public send_private_msg(
    params: SendPrivateMsgParams,
    options?: CallOptions,
  ): Promise<SendPrivateMsgResult> {
    return this.call('send_private_msg', params, options);
  }

  /**
   * 设置精华消息 / Set essence message
   *
   * 把一条群消息设为精华。需要登录号是管理员或群主。
   *
   * Make a group message an essence message. The bot must be an administrator or the owner.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.set_essence_msg({ message_id: 1234567 });
   */
  public set_essence_msg(
    params: SetEssenceMsgParams,
    options?: CallOptions,
  ): Promise<SetEssenceMsgResult> {
    return this.call('set_essence_msg', params, options);
  }

  /**
   * 处理加好友请求 / Handle friend request
   *
   * 同意或拒绝一条加好友请求。`flag` 取自对应的请求事件。
   *
   * Approve or reject a friend request. `flag` comes from the request event.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的文档列出了 `remark`，但其路由只读取 `flag` 与 `approve`，备注不会被设置。 go-cqhttp's docs list `remark`, but its router reads only `flag` and `approve`; no remark is set.
   *
   * @example
   * await bot.set_friend_add_request({ flag: '1700000555555555', approve: true });
   */
  public set_friend_add_request(
    params: SetFriendAddRequestParams,
    options?: CallOptions,
  ): Promise<SetFriendAddRequestResult> {
    return this.call('set_friend_add_request', params, options);
  }

  /**
   * 处理加群请求／邀请 / Handle group join request or invitation
   *
   * 同意或拒绝一条加群请求，或别人邀请登录号入群的邀请。`flag` 与 `sub_type` 取自对应的请求事件。
   *
   * Approve or reject a request to join a group, or an invitation for the bot to join one. `flag` and `sub_type` come from the request event.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.set_group_add_request({ flag: '1700000123456789', sub_type: 'add', approve: true });
   */
  public set_group_add_request(
    params: SetGroupAddRequestParams,
    options?: CallOptions,
  ): Promise<SetGroupAddRequestResult> {
    return this.call('set_group_add_request', params, options);
  }

  /**
   * 群组设置管理员 / Set group administrator
   *
   * 设置或取消一名成员的管理员身份。需要登录号是群主。
   *
   * Make a member an administrator, or revoke it. The bot must be the owner.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.set_group_admin({ group_id: 987654321, user_id: 1234567890, enable: true });
   */
  public set_group_admin(
    params: SetGroupAdminParams,
    options?: CallOptions,
  ): Promise<SetGroupAdminResult> {
    return this.call('set_group_admin', params, options);
  }

  /**
   * 群组匿名 / Set group anonymous chat
   *
   * 允许或禁止群内匿名聊天。
   *
   * Allow or forbid anonymous chat in a group.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的路由（modules/api/api.go）有这个动作，`enable` 缺省为 `true`；QQ 已取消群匿名，调用实际上已无效果。 go-cqhttp's router (modules/api/api.go) has this action, with `enable` defaulting to `true`; QQ has dropped anonymous chat, so the call no longer has an effect.
   *
   * @example
   * await bot.set_group_anonymous({ group_id: 987654321, enable: false });
   */
  public set_group_anonymous(
    params: SetGroupAnonymousParams,
    options?: CallOptions,
  ): Promise<SetGroupAnonymousResult> {
    return this.call('set_group_anonymous', params, options);
  }

  /**
   * 群组匿名用户禁言 / Mute anonymous group member
   *
   * 禁言一名匿名发言的用户。用 `anonymous`（群消息事件中的 `anonymous` 对象）或 `anonymous_flag` 指明对象，给出其一即可；两者都给时以 `anonymous` 为准。匿名用户的禁言无法解除。
   *
   * Mute a user who spoke anonymously. Name them by `anonymous` (the `anonymous` object of the group message event) or by `anonymous_flag`; one is enough, and `anonymous` wins when both are given. A mute on an anonymous user cannot be lifted.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 从 `anonymous_flag` 或 `anonymous.flag` 读取 flag（只用 `anonymous` 的 `flag`），不读单独的 `flag`；`duration` 没有默认值，缺省时读作 0（modules/api/api.go）。QQ 已取消群匿名功能，此动作实际上已无法生效。 go-cqhttp reads the flag from `anonymous_flag` or `anonymous.flag` (only the `flag` of `anonymous` is used), not from a bare `flag`; `duration` has no default and reads as 0 when absent (modules/api/api.go). QQ has dropped anonymous group chat, so the action no longer has any effect.
   *
   * @example
   * await bot.set_group_anonymous_ban({ group_id: 987654321, anonymous_flag: 'AAECAwQFBgcICQ|葡萄', duration: 3600 });
   */
  public set_group_anonymous_ban(
    params: SetGroupAnonymousBanParams,
    options?: CallOptions,
  ): Promise<SetGroupAnonymousBanResult> {
    return this.call('set_group_anonymous_ban', params, options);
  }

  /**
   * 群组单人禁言 / Mute group member
   *
   * 禁言一名群成员，或解除其禁言。
   *
   * Mute a group member, or unmute them.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.set_group_ban({ group_id: 987654321, user_id: 1234567890, duration: 600 });
   */
  public set_group_ban(
    params: SetGroupBanParams,
    options?: CallOptions,
  ): Promise<SetGroupBanResult> {
    return this.call('set_group_ban', params, options);
  }

  /**
   * 设置群名片 / Set group card
   *
   * 设置一名成员的群名片（群备注）。
   *
   * Set a member's group card (their display name in the group).
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.set_group_card({ group_id: 987654321, user_id: 1234567890, card: '技术部-小明' });
   */
  public set_group_card(
    params: SetGroupCardParams,
    options?: CallOptions,
  ): Promise<SetGroupCardResult> {
    return this.call('set_group_card', params, options);
  }

  /**
   * 群组踢人 / Kick group member
   *
   * 把一名成员移出群。需要登录号是管理员或群主。
   *
   * Remove a member from a group. The bot must be an administrator or the owner.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的路由还读取一个未写入文档的 `message` 参数，作为踢人时附带的说明。 go-cqhttp's router also reads an undocumented `message` parameter, a note sent with the kick.
   *
   * @example
   * await bot.set_group_kick({ group_id: 987654321, user_id: 1234567890, reject_add_request: true });
   */
  public set_group_kick(
    params: SetGroupKickParams,
    options?: CallOptions,
  ): Promise<SetGroupKickResult> {
    return this.call('set_group_kick', params, options);
  }

  /**
   * 退出群组 / Leave group
   *
   * 登录号退出群。登录号是群主时，只有 `is_dismiss` 为 `true` 才会解散该群。
   *
   * Make the bot leave a group. When the bot is the owner, the group is dismissed only if `is_dismiss` is `true`.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的文档列出了 `is_dismiss`，但其路由只读取 `group_id`。 go-cqhttp's docs list `is_dismiss`, but its router reads only `group_id`.
   *
   * @example
   * await bot.set_group_leave({ group_id: 987654321 });
   */
  public set_group_leave(
    params: SetGroupLeaveParams,
    options?: CallOptions,
  ): Promise<SetGroupLeaveResult> {
    return this.call('set_group_leave', params, options);
  }

  /**
   * 设置群名 / Set group name
   *
   * 修改群名称。
   *
   * Rename a group.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.set_group_name({ group_id: 987654321, group_name: '周末爬山小分队' });
   */
  public set_group_name(
    params: SetGroupNameParams,
    options?: CallOptions,
  ): Promise<SetGroupNameResult> {
    return this.call('set_group_name', params, options);
  }

  /**
   * 设置群头像 / Set group avatar
   *
   * 更换群头像。`file` 可以是 `file://` 绝对路径、网络 URL 或 `base64://` 数据。go-cqhttp 提醒：登录一段时间后该动作可能因 Cookie 失效而失败。
   *
   * Change a group's avatar. `file` may be a `file://` absolute path, a network URL or `base64://` data. go-cqhttp warns that it may stop working some time after login, when the cookie expires.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.set_group_portrait({ group_id: 987654321, file: 'https://example.com/avatar.png', cache: 0 });
   */
  public set_group_portrait(
    params: SetGroupPortraitParams,
    options?: CallOptions,
  ): Promise<SetGroupPortraitResult> {
    return this.call('set_group_portrait', params, options);
  }

  /**
   * 设置群组专属头衔 / Set special title
   *
   * 为一名成员设置专属头衔。需要登录号是群主。
   *
   * Give a member a special title. The bot must be the owner.
   *
   * Support:
   * - go-cqhttp: yes — go-cqhttp 的文档列出了 `duration`，但其路由不读取它。 go-cqhttp's docs list `duration`, but its router does not read it.
   *
   * @example
   * await bot.set_group_special_title({ group_id: 987654321, user_id: 1234567890, special_title: '摸鱼大师' });
   */
  public set_group_special_title(
    params: SetGroupSpecialTitleParams,
    options?: CallOptions,
  ): Promise<SetGroupSpecialTitleResult> {
    return this.call('set_group_special_title', params, options);
  }

  /**
   * 群组全员禁言 / Mute whole group
   *
   * 开启或关闭全员禁言。
   *
   * Turn muting of the whole group on or off.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.set_group_whole_ban({ group_id: 987654321, enable: false });
   */
  public set_group_whole_ban(
    params: SetGroupWholeBanParams,
    options?: CallOptions,
  ): Promise<SetGroupWholeBanResult> {
    return this.call('set_group_whole_ban', params, options);
  }

  /**
   * 设置用户在频道中的角色 / Set members' guild role
   *
   * 授予或收回若干成员的某个频道角色。
   *
   * Grant a guild role to some members, or take it away.
   *
   * Support:
   * - go-cqhttp: yes — 文档称 `users` 也可以是单个字符串，但实现只读取数组；文档把 `role_id` 误述为频道 ID。 The docs say `users` may be a single string, but the implementation reads arrays only; the docs also mislabel `role_id` as a guild ID.
   *
   * @example
   * await bot.set_guild_member_role({ guild_id: '54321098765432100', set: true, role_id: '10001', users: ['144115218677563301'] });
   */
  public set_guild_member_role(
    params: SetGuildMemberRoleParams,
    options?: CallOptions,
  ): Promise<SetGuildMemberRoleResult> {
    return this.call('set_guild_member_role', params, options);
  }

  /**
   * 设置登录号资料 / Set account profile
   *
   * 修改登录号的资料；只修改给出的字段。
   *
   * Change the logged-in account's profile; only the fields given are changed.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.set_qq_profile({ nickname: '小助手', personal_note: '有事请留言' });
   */
  public set_qq_profile(
    params?: SetQqProfileParams,
    options?: CallOptions,
  ): Promise<SetQqProfileResult> {
    return this.call('set_qq_profile', params, options);
  }

  /**
   * 修改频道角色 / Update guild role
   *
   * 修改一个频道角色的名称、颜色与展示方式。
   *
   * Change a guild role's name, colour and display.
   *
   * Support:
   * - go-cqhttp: yes — 文档中的参数名是 `independent`，而 go-cqhttp 的实现读取拼错的 `indepedent`；这里按实现记录。 The docs call the parameter `independent`, but go-cqhttp's implementation reads the misspelt `indepedent`; this spec follows the implementation.
   *
   * @example
   * await bot.update_guild_role({ guild_id: '54321098765432100', role_id: '10001', name: '资深向导', color: 4294927682, indepedent: false });
   */
  public update_guild_role(
    params: UpdateGuildRoleParams,
    options?: CallOptions,
  ): Promise<UpdateGuildRoleResult> {
    return this.call('update_guild_role', params, options);
  }

  /**
   * 上传群文件 / Upload group file
   *
   * 把一个本地文件上传到群文件，不给 `folder` 时放在根目录。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Upload a local file to a group's files, into the root folder unless `folder` is given. Only local files can be uploaded; download a network file with `download_file` first.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.upload_group_file({ group_id: 987654321, file: '/home/bot/files/report.pdf', name: '活动报告.pdf' });
   */
  public upload_group_file(
    params: UploadGroupFileParams,
    options?: CallOptions,
  ): Promise<UploadGroupFileResult> {
    return this.call('upload_group_file', params, options);
  }

  /**
   * 上传私聊文件 / Upload private file
   *
   * 把一个本地文件发给好友。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Send a local file to a friend. Only local files can be sent; download a network file with `download_file` first.
   *
   * Support:
   * - go-cqhttp: yes
   *
   * @example
   * await bot.upload_private_file({ user_id: 1234567890, file: '/home/bot/files/photo.zip', name: '照片.zip' });
   */
  public upload_private_file(
    params: UploadPrivateFileParams,
    options?: CallOptions,
  ): Promise<UploadPrivateFileResult> {
    return this.call('upload_private_file', params, options);
  }
}

/**
 * Generated from the OneBot 11 spec (spec/, 23 files) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

import { ClientBase, type CallOptions } from '../../runtime/index.js';
import type {
  ActionMap,
  CanSendImageParams,
  CanSendImageResult,
  CanSendRecordParams,
  CanSendRecordResult,
  CheckUrlSafelyParams,
  CheckUrlSafelyResult,
  CleanCacheParams,
  CleanCacheResult,
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
  GetCookiesParams,
  GetCookiesResult,
  GetCredentialsParams,
  GetCredentialsResult,
  GetCsrfTokenParams,
  GetCsrfTokenResult,
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
  GetRecordParams,
  GetRecordResult,
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
  GetVersionInfoParams,
  GetVersionInfoResult,
  GetVipInfoParams,
  GetVipInfoResult,
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
  SendLikeParams,
  SendLikeResult,
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
  SetRestartParams,
  SetRestartResult,
  UpdateGuildRoleParams,
  UpdateGuildRoleResult,
  UploadGroupFileParams,
  UploadGroupFileResult,
  UploadPrivateFileParams,
  UploadPrivateFileResult,
} from './actions.js';

/**
 * A typed OneBot 11 client: one method per action, each resolving with the action's `data`.
 * Failures reject with `ActionFailedError` (with `retcode`), `TransportError` or `TimeoutError`.
 *
 * @example
 * const bot = new OneBotClient(new HttpTransport({ baseUrl: 'http://127.0.0.1:3000', accessToken }));
 * const { user_id } = await bot.get_login_info();
 */
export class OneBotClient extends ClientBase<ActionMap> {
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 只在较新的版本中提供，文档未列出。 Only in newer versions; not in the docs.
   * - NapCat: yes (adds or retypes `group_id`; answers with a different result) — NapCat 接受字符串群号，响应为 NT 的原始结果。 NapCat accepts string group numbers and answers with NT's raw result.
   * - Lagrange.OneBot: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 接受字符串群号；列表项另有 `settings`（及部分版本的 `read_num` 等），图片同时以 `message.images` 与旧键 `message.image` 给出。 NapCat accepts string group numbers; items add `settings` (and `read_num` and others in some versions), and pictures are given both as `message.images` and under the old key `message.image`.
   * - Lagrange.OneBot: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (answers with a different result) — NapCat 仅为兼容：`data` 是数组，恒为 `[{ variants: { model_show: 'napcat', need_pay: false } }]`。 NapCat keeps it for compatibility only: `data` is an array, always `[{ variants: { model_show: 'napcat', need_pay: false } }]`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  public _get_model_show(
    params: GetModelShowParams,
    options?: CallOptions,
  ): Promise<GetModelShowResult> {
    return this.call('_get_model_show', params, options);
  }

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
  public _get_vip_info(params: GetVipInfoParams, options?: CallOptions): Promise<GetVipInfoResult> {
    return this.call('_get_vip_info', params, options);
  }

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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes — NapCat 仅为兼容：接受调用但不做任何事。 NapCat keeps it for compatibility only: it accepts the call and does nothing.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes — NapCat 仅为兼容：不做检查，恒返回 `level` 1。 NapCat keeps it for compatibility only: it checks nothing and always answers `level` 1.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  public check_url_safely(
    params: CheckUrlSafelyParams,
    options?: CallOptions,
  ): Promise<CheckUrlSafelyResult> {
    return this.call('check_url_safely', params, options);
  }

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
  public clean_cache(params?: CleanCacheParams, options?: CallOptions): Promise<CleanCacheResult> {
    return this.call('clean_cache', params, options);
  }

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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 文档称 `initial_users` 也可以是单个字符串，但实现只读取数组。 The docs say `initial_users` may be a single string, but the implementation reads arrays only.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `message_id`; answers with a different result) — NapCat 接受字符串消息 ID，响应为 NT 的原始结果。 NapCat accepts string message IDs and answers with NT's raw result.
   * - Lagrange.OneBot: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes (adds or retypes `id`) — 早期版本（文档种子 003）的参数名为 `id`；当前版本同时接受 `user_id` 与 `id`。 Early versions (seed 003) called the parameter `id`; current versions accept both `user_id` and `id`.
   * - NapCat: yes (adds or retypes `user_id`, `friend_id`, `temp_block`, `temp_both_del`; answers with a different result) — NapCat 也接受 `friend_id`（同 `user_id`）与字符串 ID，并可选择拉黑或双向删除；响应为 NT 的原始结果。 NapCat also accepts `friend_id` (same as `user_id`) and string IDs, and can block or delete both ways; it answers with NT's raw result.
   * - Lagrange.OneBot: yes (adds or retypes `block`) — Lagrange 另读 `block`（是否同时拉黑）。 Lagrange also reads `block` (whether to block as well).
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — go-cqhttp 也接受 `bus_id` 作为 `busid`。 go-cqhttp also accepts `bus_id` for `busid`.
   * - NapCat: yes (adds or retypes `group_id`; without `busid`; answers with a different result) — NapCat 不需要 `busid`，接受字符串群号；响应为 NT 的原始结果。 NapCat needs no `busid`, accepts string group numbers and answers with NT's raw result.
   * - Lagrange.OneBot: yes (without `busid`) — Lagrange 不读 `busid`。 Lagrange does not read `busid`.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `folder_id`, `folder`; answers with a different result) — NapCat 接受字符串群号，`folder` 与 `folder_id` 同义；响应为 NT 的原始结果。 NapCat accepts string group numbers, takes `folder` as a synonym of `folder_id` and answers with NT's raw result.
   * - Lagrange.OneBot: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 的动作表中此项被注释掉，未实现。 NapCat has it commented out in its action list: not implemented.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `url`, `base64`, `name`; without `thread_count`) — NapCat 不读 `thread_count`；也可用 `base64` 代替 `url`，并用 `name` 指定文件名（省略时以文件 MD5 命名）。 NapCat ignores `thread_count`; it also takes `base64` instead of `url`, and `name` for the file name (the file's MD5 when omitted).
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  public download_file(
    params: DownloadFileParams,
    options?: CallOptions,
  ): Promise<DownloadFileResult> {
    return this.call('download_file', params, options);
  }

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
  public get_cookies(params?: GetCookiesParams, options?: CallOptions): Promise<GetCookiesResult> {
    return this.call('get_cookies', params, options);
  }

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
  public get_credentials(
    params?: GetCredentialsParams,
    options?: CallOptions,
  ): Promise<GetCredentialsResult> {
    return this.call('get_credentials', params, options);
  }

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
  public get_csrf_token(
    params?: GetCsrfTokenParams,
    options?: CallOptions,
  ): Promise<GetCsrfTokenResult> {
    return this.call('get_csrf_token', params, options);
  }

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
   * - OneBot 11 standard: yes
   */
  public get_forward_msg(
    params: GetForwardMsgParams,
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 接受字符串群号。 NapCat accepts string group numbers.
   * - Lagrange.OneBot: yes — 未见于 Lagrange 的文档，但其源码中有此动作。 Not in Lagrange's docs, but its source has it.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 接受字符串群号。 NapCat accepts string group numbers.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — go-cqhttp 也接受 `bus_id` 作为 `busid`。 go-cqhttp also accepts `bus_id` for `busid`.
   * - NapCat: yes (adds or retypes `group_id`; without `busid`) — NapCat 不需要 `busid`，接受字符串群号。 NapCat needs no `busid` and accepts string group numbers.
   * - Lagrange.OneBot: yes (without `busid`) — Lagrange 不读 `busid`。 Lagrange does not read `busid`.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `folder_id`, `folder`, `file_count`) — NapCat 接受字符串群号，`folder` 与 `folder_id` 同义，一次最多返回 `file_count` 项。 NapCat accepts string group numbers, takes `folder` as a synonym of `folder_id` and returns at most `file_count` entries.
   * - Lagrange.OneBot: yes — Lagrange 返回的 `busid` 恒为 0。 The `busid` Lagrange returns is always 0.
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 文档称返回起始序号之前的 19 条；实现请求的是序号区间 [message_seq − 19, message_seq]，即最多 20 条。 The docs say it returns the 19 messages before the starting one; the implementation asks for the sequence range [message_seq − 19, message_seq], so up to 20.
   * - NapCat: yes (adds or retypes `group_id`, `message_seq`, `count`, `reverse_order`, `reverseOrder`, `disable_get_url`, `parse_mult_msg`, `quick_reply`) — NapCat 的 `message_seq` 实际按消息 ID 解析（0 或省略为最新），ID 可为字符串；另有数量、顺序与解析选项。 NapCat reads `message_seq` as a message ID (0 or omitted means the latest), which may be a string; it adds count, order and parsing options.
   * - Lagrange.OneBot: yes (adds or retypes `message_id`, `count`; without `message_seq`) — Lagrange 不读 `message_seq`，而是以 `message_id`（0 为最新）为最后一条、取 `count` 条。 Lagrange does not read `message_seq`; it takes `count` messages ending at `message_id` (0 means the latest).
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `file_count`) — NapCat 接受字符串群号，一次最多返回 `file_count` 项。 NapCat accepts string group numbers and returns at most `file_count` entries.
   * - Lagrange.OneBot: yes — Lagrange 返回的 `busid` 恒为 0。 The `busid` Lagrange returns is always 0.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — v0.9.40 以前的版本取不到被过滤的系统消息。 Versions before v0.9.40 miss filtered system messages.
   * - NapCat: yes (adds or retypes `count`) — NapCat 可用 `count` 指定条数（默认 50）；两类请求的列表项字段相同（另有 `requester_nick`）， 邀请列表同时以 `invited_requests` 与旧键 `InvitedRequest` 给出，列表为空时是 `[]` 而不是 `null`。 NapCat takes `count` (default 50); both kinds of items share one shape (with an extra `requester_nick`), invitations are given both as `invited_requests` and under the old key `InvitedRequest`, and an empty list is `[]`, not `null`.
   * - Lagrange.OneBot: no — Lagrange 没有这个动作，同类功能是其自有的 `get_group_requests`（结构不同）。 Lagrange has no such action; its own `get_group_requests` does the like with another shape.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 文档称未加入任何频道时返回 `null`，实现返回空数组；文档把 `guild_display_id` 写作 int64，实现以字符串返回。 The docs say it answers `null` when no guild has been joined; the implementation answers an empty array. The docs give `guild_display_id` as int64; it is returned as a string.
   * - NapCat: yes (answers with a different result) — NapCat 仅保留动作名，未实现：`data` 恒为 `null`。 NapCat keeps only the name and does not implement it: `data` is always `null`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — `next_token` 只在 10 分钟内有效，且只能用于同一个频道。 A `next_token` is valid for 10 minutes, and only for the same guild.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (answers with a different result) — NapCat 仅保留动作名，未实现：`data` 恒为 `null`。 NapCat keeps only the name and does not implement it: `data` is always `null`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (without `no_cache`; answers with a different result) — 仅为兼容而保留：不读参数，`data` 恒为空数组（而不是带 `clients` 的对象）。 Kept for compatibility only: it reads no parameters and `data` is always an empty array (not an object with `clients`).
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  public get_online_clients(
    params?: GetOnlineClientsParams,
    options?: CallOptions,
  ): Promise<GetOnlineClientsResult> {
    return this.call('get_online_clients', params, options);
  }

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
  public get_record(params: GetRecordParams, options?: CallOptions): Promise<GetRecordResult> {
    return this.call('get_record', params, options);
  }

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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 见于较新版本的 go-cqhttp 源码，文档未列出。 In the source of newer go-cqhttp versions, not in its docs.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (answers with a different result) — NapCat 的列表项字段不同：`uin`、`uid`、`nick_name`、`age`、`source`。 NapCat's items have other fields: `uin`, `uid`, `nick_name`, `age`, `source`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  public get_unidirectional_friend_list(
    params?: GetUnidirectionalFriendListParams,
    options?: CallOptions,
  ): Promise<GetUnidirectionalFriendListResult> {
    return this.call('get_unidirectional_friend_list', params, options);
  }

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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `message_id`, `user_id`, `group_id`) — NapCat 也可不给 `message_id`，改用 `user_id`（私聊）或 `group_id`（群聊）指明会话；三者都接受字符串。 NapCat may instead name the conversation by `user_id` (private) or `group_id` (group) without `message_id`; all three accept strings.
   * - Lagrange.OneBot: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (answers with a different result) — NapCat 的 `image` 可以是路径、URL 或 base64；`data` 是逐行的数组，每行给出文本、四个顶点坐标 （`pt1`–`pt4`，坐标为字符串）与逐字拆分 `charBox`。 NapCat's `image` may be a path, a URL or base64; `data` is an array of lines, each with its text, four corners (`pt1`–`pt4`, coordinates as strings) and a per-character `charBox`.
   * - Lagrange.OneBot: yes — Lagrange 的 `image` 可以是 URL、路径或 base64。 Lagrange's `image` may be a URL, a path or base64.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 的动作表中此项被注释掉，未实现。 NapCat has it commented out in its action list: not implemented.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 早期版本（文档种子 003）不带参数，重载配置中的过滤器；当前版本读取 `file` 指定的文件。 Early versions (seed 003) took no parameters and reloaded the configured filter; current versions read the file that `file` names.
   * - NapCat: no — NapCat 的动作表中此项被注释掉，未实现。 NapCat has it commented out in its action list: not implemented.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  public reload_event_filter(
    params: ReloadEventFilterParams,
    options?: CallOptions,
  ): Promise<ReloadEventFilterResult> {
    return this.call('reload_event_filter', params, options);
  }

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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 接受字符串群号；同一功能另有名称 `set_group_sign`。 NapCat accepts string group numbers; it also offers the same as `set_group_sign`.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
   */
  public send_guild_channel_msg(
    params: SendGuildChannelMsgParams,
    options?: CallOptions,
  ): Promise<SendGuildChannelMsgResult> {
    return this.call('send_guild_channel_msg', params, options);
  }

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
  public send_like(params: SendLikeParams, options?: CallOptions): Promise<SendLikeResult> {
    return this.call('send_like', params, options);
  }

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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — go-cqhttp 文档把 `message_id` 写作 int64，实际返回 int32 的全局消息 ID。 go-cqhttp's docs give `message_id` as int64; it returns the int32 global message ID.
   * - NapCat: yes (adds or retypes `user_id`; answers with a different result) — NapCat 接受字符串 ID；响应中转发 ID 名为 `res_id`。 NapCat accepts string IDs; the forward ID in its answer is named `res_id`.
   * - Lagrange.OneBot: yes — Lagrange 的自定义节点以 `name` 与 `uin` 给出发送者。 Lagrange's custom nodes give the sender as `name` and `uin`.
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `message_id`; answers with a different result) — NapCat 接受字符串消息 ID，响应为 NT 的原始结果。 NapCat accepts string message IDs and answers with NT's raw result.
   * - Lagrange.OneBot: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`; without `cache`; answers with a different result) — NapCat 不读 `cache`，接受字符串群号，响应为 NT 的原始结果。 NapCat does not read `cache`, accepts string group numbers and answers with NT's raw result.
   * - Lagrange.OneBot: yes (without `cache`) — Lagrange 不读 `cache`；失败时 `retcode` 为 1。 Lagrange does not read `cache`; on failure `retcode` is 1.
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes — 文档称 `users` 也可以是单个字符串，但实现只读取数组；文档把 `role_id` 误述为频道 ID。 The docs say `users` may be a single string, but the implementation reads arrays only; the docs also mislabel `role_id` as a guild ID.
   * - NapCat: no — NapCat 没有这个动作。 NapCat has no such action.
   * - Lagrange.OneBot: no — Lagrange.OneBot 不支持频道。 Lagrange.OneBot does not support guilds.
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `nickname`, `sex`; without `company`, `email`, `college`; answers with a different result) — NapCat 只读 `nickname`（必填）、`personal_note` 与 `sex`（0 未知、1 男、2 女）；未给的字段沿用原资料。 响应为 NT 的原始结果。 NapCat reads only `nickname` (required), `personal_note` and `sex` (0 unknown, 1 male, 2 female); fields not given keep their old values. It answers with NT's raw result.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有这个动作。 Lagrange.OneBot has no such action.
   */
  public set_qq_profile(
    params?: SetQqProfileParams,
    options?: CallOptions,
  ): Promise<SetQqProfileResult> {
    return this.call('set_qq_profile', params, options);
  }

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
  public set_restart(params?: SetRestartParams, options?: CallOptions): Promise<SetRestartResult> {
    return this.call('set_restart', params, options);
  }

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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `folder_id`, `upload_file`; answers with a different result) — NapCat 的 `file` 也可以是 URL 或 base64；接受字符串群号，`folder_id` 与 `folder` 同义， `upload_file` 为 `false` 时只发送不上传；响应给出新文件的 `file_id`。 NapCat's `file` may also be a URL or base64; it accepts string group numbers, takes `folder_id` as a synonym of `folder`, sends without uploading when `upload_file` is `false`, and answers with the new file's `file_id`.
   * - Lagrange.OneBot: yes — Lagrange 的 `name` 可省略（沿用原文件名）。 Lagrange's `name` may be omitted (the file's own name is kept).
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
   * - OneBot 11 standard: no
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `user_id`, `upload_file`; answers with a different result) — NapCat 的 `file` 也可以是 URL 或 base64；接受字符串 QQ 号，也可发给非好友的群临时会话；响应给出新文件的 `file_id`。 NapCat's `file` may also be a URL or base64; it accepts string QQ numbers, can send to non-friends through a group temporary chat, and answers with the new file's `file_id`.
   * - Lagrange.OneBot: yes
   */
  public upload_private_file(
    params: UploadPrivateFileParams,
    options?: CallOptions,
  ): Promise<UploadPrivateFileResult> {
    return this.call('upload_private_file', params, options);
  }
}

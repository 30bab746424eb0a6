/**
 * Generated from the OneBot 11 spec (spec/, 20 files) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

import { ClientBase, type CallOptions } from '../../runtime/index.js';
import type {
  ActionMap,
  CanSendImageParams,
  CanSendImageResult,
  CanSendRecordParams,
  CanSendRecordResult,
  CleanCacheParams,
  CleanCacheResult,
  DeleteMsgParams,
  DeleteMsgResult,
  FetchMfaceKeyParams,
  FetchMfaceKeyResult,
  GetCookiesParams,
  GetCookiesResult,
  GetCredentialsParams,
  GetCredentialsResult,
  GetCsrfTokenParams,
  GetCsrfTokenResult,
  GetForwardMsgParams,
  GetForwardMsgResult,
  GetFriendListParams,
  GetFriendListResult,
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
  GetGroupRequestsParams,
  GetGroupRequestsResult,
  GetImageParams,
  GetImageResult,
  GetLoginInfoParams,
  GetLoginInfoResult,
  GetMsgParams,
  GetMsgResult,
  GetMusicArkParams,
  GetMusicArkResult,
  GetRecordParams,
  GetRecordResult,
  GetSkeyParams,
  GetSkeyResult,
  GetStatusParams,
  GetStatusResult,
  GetStrangerInfoParams,
  GetStrangerInfoResult,
  GetVersionInfoParams,
  GetVersionInfoResult,
  HandleQuickOperationParams,
  HandleQuickOperationResult,
  JoinFriendEmojiChainParams,
  JoinFriendEmojiChainResult,
  JoinGroupEmojiChainParams,
  JoinGroupEmojiChainResult,
  RenameGroupFileFolderParams,
  RenameGroupFileFolderResult,
  SendGroupBotCallbackParams,
  SendGroupBotCallbackResult,
  SendGroupMsgParams,
  SendGroupMsgResult,
  SendLikeParams,
  SendLikeResult,
  SendMsgParams,
  SendMsgResult,
  SendMsgWithGroupParams,
  SendMsgWithGroupResult,
  SendMsgWithGroupSeqParams,
  SendMsgWithGroupSeqResult,
  SendPrivateMsgParams,
  SendPrivateMsgResult,
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
  SetGroupBotStatusParams,
  SetGroupBotStatusResult,
  SetGroupCardParams,
  SetGroupCardResult,
  SetGroupKickParams,
  SetGroupKickResult,
  SetGroupLeaveParams,
  SetGroupLeaveResult,
  SetGroupNameParams,
  SetGroupNameResult,
  SetGroupReactionParams,
  SetGroupReactionResult,
  SetGroupSpecialTitleParams,
  SetGroupSpecialTitleResult,
  SetGroupWholeBanParams,
  SetGroupWholeBanResult,
  SetQqAvatarParams,
  SetQqAvatarResult,
  SetRestartParams,
  SetRestartResult,
  UploadImageParams,
  UploadImageResult,
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
  public handle_quick_operation(
    params: HandleQuickOperationParams,
    options?: CallOptions,
  ): Promise<HandleQuickOperationResult> {
    return this.call('.handle_quick_operation', params, options);
  }

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
  public join_friend_emoji_chain(
    params: JoinFriendEmojiChainParams,
    options?: CallOptions,
  ): Promise<JoinFriendEmojiChainResult> {
    return this.call('.join_friend_emoji_chain', params, options);
  }

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
  public join_group_emoji_chain(
    params: JoinGroupEmojiChainParams,
    options?: CallOptions,
  ): Promise<JoinGroupEmojiChainResult> {
    return this.call('.join_group_emoji_chain', params, options);
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
   * - go-cqhttp: yes
   * - NapCat: yes
   * - Lagrange.OneBot: yes
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
   * - go-cqhttp: yes
   * - NapCat: yes
   * - Lagrange.OneBot: yes
   */
  public can_send_record(
    params?: CanSendRecordParams,
    options?: CallOptions,
  ): Promise<CanSendRecordResult> {
    return this.call('can_send_record', params, options);
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
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
   */
  public clean_cache(params?: CleanCacheParams, options?: CallOptions): Promise<CleanCacheResult> {
    return this.call('clean_cache', params, options);
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `message_id`) — NapCat 也接受字符串形式的 `message_id`。 NapCat also accepts `message_id` as a string.
   * - Lagrange.OneBot: yes
   */
  public delete_msg(params: DeleteMsgParams, options?: CallOptions): Promise<DeleteMsgResult> {
    return this.call('delete_msg', params, options);
  }

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
  public fetch_mface_key(
    params: FetchMfaceKeyParams,
    options?: CallOptions,
  ): Promise<FetchMfaceKeyResult> {
    return this.call('fetch_mface_key', params, options);
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
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes (adds or retypes `domain`; answers with a different result) — NapCat 要求给出 `domain`；结果多一个 `bkn`（由 skey 算出的 CSRF Token，字符串）。 NapCat requires `domain`; the result adds `bkn` (the CSRF token computed from the skey, as a string).
   * - Lagrange.OneBot: yes (adds or retypes `domain`) — Lagrange 要求给出 `domain`，省略时调用失败。 Lagrange requires `domain`; the call fails without it.
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
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes (adds or retypes `domain`; answers with a different result) — NapCat 要求给出 `domain`，且 CSRF Token 的字段名是 `token` 而不是 `csrf_token`。 NapCat requires `domain`, and names the CSRF token field `token` instead of `csrf_token`.
   * - Lagrange.OneBot: yes (adds or retypes `domain`) — Lagrange 要求给出 `domain`；`csrf_token` 是数字（其 Apifox 文档写成字符串是错误的）。 Lagrange requires `domain`; `csrf_token` is a number (its Apifox docs calling it a string are wrong).
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
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes
   * - Lagrange.OneBot: yes — Lagrange 返回的 `token` 同样是数字；其 Apifox 文档写成字符串是错误的。 Lagrange's `token` is a number too; its Apifox docs calling it a string are wrong.
   */
  public get_csrf_token(
    params?: GetCsrfTokenParams,
    options?: CallOptions,
  ): Promise<GetCsrfTokenResult> {
    return this.call('get_csrf_token', params, options);
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
   * - go-cqhttp: yes (adds or retypes `id`, `message_id`; answers with a different result) — go-cqhttp 先读 `message_id`，其次 `id`（两者给一个即可）；结果是 `messages` 数组，每项含 `content`、`sender` 与 `time`。 go-cqhttp reads `message_id` first and `id` second (one is enough); the result is a `messages` array whose items hold `content`, `sender` and `time`.
   * - NapCat: yes (adds or retypes `id`, `message_id`; answers with a different result) — NapCat 读 `message_id` 或 `id`（两者给一个即可）；结果是 `messages` 数组，每项是完整的消息结构，内容放在 `content` 中。 NapCat reads `message_id` or `id` (one is enough); the result is a `messages` array of full message objects whose content is in `content`.
   * - Lagrange.OneBot: yes — Lagrange 只读 `id`，结果同标准：`message` 是 `node` 消息段数组。 Lagrange reads only `id`; the result is the standard's: `message` is an array of `node` segments.
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `no_cache`) — NapCat 多一个 `no_cache` 参数；列表项还带有 NapCat 自己的扩展字段。 NapCat takes an extra `no_cache` parameter; the items carry NapCat's own extra fields as well.
   * - Lagrange.OneBot: yes (answers with a different result) — Lagrange 的列表项多出 `q_id` 与好友分组 `group`，且总是重新拉取好友列表。 Lagrange's items add `q_id` and the friend category `group`, and it always fetches the list afresh.
   */
  public get_friend_list(
    params?: GetFriendListParams,
    options?: CallOptions,
  ): Promise<GetFriendListResult> {
    return this.call('get_friend_list', params, options);
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `type`, `group_id`) — NapCat 也接受字符串形式的 `group_id`；`type` 可以省略，默认为 `all`。 NapCat also accepts `group_id` as a string; `type` may be left out and defaults to `all`.
   * - Lagrange.OneBot: yes — Lagrange 从不填写 `performer_list`（群聊之火）：其字段映射中此项为空。 Lagrange never fills `performer_list`: its field mapping leaves that entry empty.
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
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 的结果多出 `group_memo`、`group_create_time`、`group_level`；登录号不在群中时，这几项与成员数均为 0。 go-cqhttp's result adds `group_memo`, `group_create_time` and `group_level`; when the bot is not in the group, these and the member counts are 0.
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 也接受字符串形式的 `group_id`；结果还带有 NapCat 自己的扩展字段。 NapCat also accepts `group_id` as a string; the result carries NapCat's own extra fields as well.
   * - Lagrange.OneBot: yes
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
   * - go-cqhttp: yes (adds or retypes `no_cache`) — go-cqhttp 多一个 `no_cache` 参数；列表项与其 `get_group_info` 的结果相同。 go-cqhttp takes an extra `no_cache` parameter; the items are shaped like its `get_group_info` result.
   * - NapCat: yes (adds or retypes `no_cache`) — NapCat 多一个 `no_cache` 参数。 NapCat takes an extra `no_cache` parameter.
   * - Lagrange.OneBot: yes
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
   * - go-cqhttp: yes — go-cqhttp 的结果多一个 `shut_up_timestamp`（禁言到期时间）。 go-cqhttp's result adds `shut_up_timestamp` (when the member's mute ends).
   * - NapCat: yes (adds or retypes `group_id`, `user_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes (answers with a different result) — Lagrange 取不到性别、年龄、地区与头衔：`sex` 为空字符串，`age` 为 0，`area`、`title` 为空字符串。 Lagrange cannot get the sex, age, region or title: `sex` is an empty string, `age` 0, `area` and `title` empty.
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
   * - go-cqhttp: yes (adds or retypes `no_cache`) — go-cqhttp 多一个 `no_cache` 参数。 go-cqhttp takes an extra `no_cache` parameter.
   * - NapCat: yes (adds or retypes `group_id`, `no_cache`) — NapCat 也接受字符串形式的 `group_id`，并多一个 `no_cache` 参数。取不到真实值时，`join_time` 与 `last_sent_time` 会被填为当前时间。 NapCat also accepts `group_id` as a string and takes an extra `no_cache` parameter. When the real values cannot be had, `join_time` and `last_sent_time` are filled with the current time.
   * - Lagrange.OneBot: yes (adds or retypes `no_cache`; answers with a different result) — Lagrange 多一个 `no_cache` 参数；列表项同其 `get_group_member_info` 的结果（`sex` 为空字符串等）。 Lagrange takes an extra `no_cache` parameter; items are shaped like its `get_group_member_info` result (`sex` an empty string and so on).
   */
  public get_group_member_list(
    params: GetGroupMemberListParams,
    options?: CallOptions,
  ): Promise<GetGroupMemberListResult> {
    return this.call('get_group_member_list', params, options);
  }

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
  public get_group_requests(
    params?: GetGroupRequestsParams,
    options?: CallOptions,
  ): Promise<GetGroupRequestsResult> {
    return this.call('get_group_requests', params, options);
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
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 的结果在本地路径 `file` 之外，还有图片源文件的大小、原文件名与下载地址。 go-cqhttp's result has, besides the local path `file`, the source image's size, original name and download URL.
   * - NapCat: yes (adds or retypes `file`, `file_id`; answers with a different result) — NapCat 可以用 `file` 或 `file_id` 指明图片（二选一），返回 URL、大小、文件名，可能还有 base64 内容。 NapCat names the image by `file` or `file_id` (either one) and answers with its URL, size, name and possibly its content in base64.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
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
   * - go-cqhttp: yes
   * - NapCat: yes
   * - Lagrange.OneBot: yes
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
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 的结果多出 `group`、`group_id`（群消息时）、`message_seq` 等字段，`sender` 只有 `nickname` 与 `user_id`。 go-cqhttp's result adds `group`, `group_id` (for group messages), `message_seq` and more; `sender` has only `nickname` and `user_id`.
   * - NapCat: yes (adds or retypes `message_id`; answers with a different result) — NapCat 也接受字符串形式的 `message_id`；结果是完整的消息事件结构，其中 `message_seq` 与 `real_id` 都等于 `message_id`。 NapCat also accepts `message_id` as a string; the result is the full message event, in which `message_seq` and `real_id` both equal `message_id`.
   * - Lagrange.OneBot: yes — Lagrange 的结果与标准相同；`real_id` 与 `message_id` 取相同的值。 Lagrange's result has the standard shape; `real_id` takes the same value as `message_id`.
   */
  public get_msg(params: GetMsgParams, options?: CallOptions): Promise<GetMsgResult> {
    return this.call('get_msg', params, options);
  }

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
  public get_music_ark(
    params?: GetMusicArkParams,
    options?: CallOptions,
  ): Promise<GetMusicArkResult> {
    return this.call('get_music_ark', params, options);
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
   * - go-cqhttp: no — go-cqhttp 的文档注明该 API 未被支持，其路由中也没有它。 go-cqhttp's docs say this API is not supported, and its router does not have it.
   * - NapCat: yes (adds or retypes `file`, `file_id`; answers with a different result) — NapCat 可以用 `file` 或 `file_id` 指明语音（二选一），返回 URL、大小、文件名，可能还有 base64 内容。 NapCat names the record by `file` or `file_id` (either one) and answers with its URL, size, name and possibly its content in base64.
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
   */
  public get_record(params: GetRecordParams, options?: CallOptions): Promise<GetRecordResult> {
    return this.call('get_record', params, options);
  }

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
  public get_skey(params?: GetSkeyParams, options?: CallOptions): Promise<GetSkeyResult> {
    return this.call('get_skey', params, options);
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
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 另有四个恒为 `true` 的 CQHTTP 遗留字段，`stat` 为详细的运行统计。 go-cqhttp adds four CQHTTP legacy fields that are always `true`, and `stat` holds detailed statistics.
   * - NapCat: yes — NapCat 的 `good` 固定为 `true`，`stat` 可能是空对象。 NapCat's `good` is always `true`, and `stat` may be an empty object.
   * - Lagrange.OneBot: yes (answers with a different result) — Lagrange 没有 `stat`，多出四个恒为 `true` 的遗留字段与 `memory`；`online`、`good` 也固定为 `true`。 Lagrange has no `stat` but adds four legacy fields that are always `true` and `memory`; `online` and `good` are fixed at `true` as well.
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
   * - go-cqhttp: yes (without `no_cache`; answers with a different result) — go-cqhttp 的路由只读取 `user_id`，文档列出的 `no_cache` 实际不起作用；结果多出 `qid`、`level`、`login_days`。 go-cqhttp's router reads only `user_id`; the `no_cache` its docs list has no effect. The result adds `qid`, `level` and `login_days`.
   * - NapCat: yes (adds or retypes `user_id`; answers with a different result) — NapCat 也接受字符串形式的 `user_id`；结果是包含 uid、等级、签名、会员等信息的扩展结构。 NapCat also accepts `user_id` as a string; the result is an extended shape with the uid, level, signature, membership and more.
   * - Lagrange.OneBot: yes (adds or retypes `user_id`; answers with a different result) — Lagrange 也接受字符串形式的 `user_id`；结果多出 `q_id` 与 `level`。 Lagrange also accepts `user_id` as a string; its result adds `q_id` and `level`.
   */
  public get_stranger_info(
    params: GetStrangerInfoParams,
    options?: CallOptions,
  ): Promise<GetStrangerInfoResult> {
    return this.call('get_stranger_info', params, options);
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
   * - go-cqhttp: yes (answers with a different result) — go-cqhttp 另附大量字段，多为兼容 CQHTTP 的固定值。 go-cqhttp adds many fields, most of them fixed values for CQHTTP compatibility.
   * - NapCat: yes
   * - Lagrange.OneBot: yes (answers with a different result) — Lagrange 多一个 `nt_protocol`，表示当前登录使用的协议类型。 Lagrange adds `nt_protocol`, the protocol the current login uses.
   */
  public get_version_info(
    params?: GetVersionInfoParams,
    options?: CallOptions,
  ): Promise<GetVersionInfoResult> {
    return this.call('get_version_info', params, options);
  }

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
  public rename_group_file_folder(
    params: RenameGroupFileFolderParams,
    options?: CallOptions,
  ): Promise<RenameGroupFileFolderResult> {
    return this.call('rename_group_file_folder', params, options);
  }

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
  public send_group_bot_callback(
    params: SendGroupBotCallbackParams,
    options?: CallOptions,
  ): Promise<SendGroupBotCallbackResult> {
    return this.call('send_group_bot_callback', params, options);
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 也接受字符串形式的 `group_id`。 NapCat also accepts `group_id` as a string.
   * - Lagrange.OneBot: yes
   */
  public send_group_msg(
    params: SendGroupMsgParams,
    options?: CallOptions,
  ): Promise<SendGroupMsgResult> {
    return this.call('send_group_msg', params, options);
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
   * - go-cqhttp: no — go-cqhttp 的 API 路由中没有这个动作。 go-cqhttp's API router has no such action.
   * - NapCat: yes (adds or retypes `user_id`) — NapCat 也接受字符串形式的 `user_id`。 NapCat also accepts `user_id` as a string.
   * - Lagrange.OneBot: yes
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `user_id`, `group_id`) — NapCat 也接受字符串形式的 `user_id` 与 `group_id`。 NapCat also accepts `user_id` and `group_id` as strings.
   * - Lagrange.OneBot: yes
   */
  public send_msg(params: SendMsgParams, options?: CallOptions): Promise<SendMsgResult> {
    return this.call('send_msg', params, options);
  }

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
  public send_msg_with_group(
    params: SendMsgWithGroupParams,
    options?: CallOptions,
  ): Promise<SendMsgWithGroupResult> {
    return this.call('send_msg_with_group', params, options);
  }

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
  public send_msg_with_group_seq(
    params: SendMsgWithGroupSeqParams,
    options?: CallOptions,
  ): Promise<SendMsgWithGroupSeqResult> {
    return this.call('send_msg_with_group_seq', params, options);
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
   * - go-cqhttp: yes (adds or retypes `group_id`) — go-cqhttp 多一个可选的 `group_id`：向非好友发起临时会话时，给出对方所在的群（登录号须为该群管理员或群主）。 go-cqhttp takes an optional `group_id`, the group a temporary chat with a non-friend goes through (the bot must be an administrator or the owner there).
   * - NapCat: yes (adds or retypes `user_id`) — NapCat 也接受字符串形式的 `user_id`。 NapCat also accepts `user_id` as a string.
   * - Lagrange.OneBot: yes
   */
  public send_private_msg(
    params: SendPrivateMsgParams,
    options?: CallOptions,
  ): Promise<SendPrivateMsgResult> {
    return this.call('send_private_msg', params, options);
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
   * - go-cqhttp: yes (without `remark`) — go-cqhttp 的文档列出了 `remark`，但其路由只读取 `flag` 与 `approve`，备注不会被设置。 go-cqhttp's docs list `remark`, but its router reads only `flag` and `approve`; no remark is set.
   * - NapCat: yes
   * - Lagrange.OneBot: yes (without `remark`) — Lagrange 只读取 `flag` 与 `approve`，不会设置备注。 Lagrange reads only `flag` and `approve`; no remark is set.
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `flag`, `count`; without `sub_type`, `type`) — NapCat 不读取 `sub_type`/`type`，请求的种类由 `flag` 本身确定；`flag` 也可为数字。多一个 `count`：在最近多少条群通知中查找该请求。 NapCat reads neither `sub_type` nor `type`; the kind of request is known from the `flag` itself, which may also be a number. It takes an extra `count`: how many recent group notifications to search for the request.
   * - Lagrange.OneBot: yes (without `sub_type`, `type`) — Lagrange 不读取 `sub_type`/`type`，请求的种类编码在 `flag` 中。 Lagrange reads neither `sub_type` nor `type`; the kind of request is encoded in the `flag`.
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `enable`, `group_id`, `user_id`) — NapCat 也接受字符串形式的 ID；省略 `enable` 时按 `false` 处理，即取消管理员。 NapCat also accepts the IDs as strings; a missing `enable` counts as `false`, which revokes the role.
   * - Lagrange.OneBot: yes (adds or retypes `enable`) — Lagrange 中 `enable` 的默认值是 `false`：省略它会取消管理员。 In Lagrange `enable` defaults to `false`: leaving it out revokes the role.
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
   * - go-cqhttp: no — go-cqhttp 的文档列出了它，但其 API 路由中没有这个动作（QQ 也已取消群匿名）。 go-cqhttp's docs list it, but its API router has no such action (and QQ has dropped anonymous chat).
   * - NapCat: no — NapCat 的动作表中此项被注释掉（QQ NT 没有群匿名）。 NapCat's action table has this entry commented out (QQ NT has no anonymous chat).
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
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
   * - go-cqhttp: yes (without `flag`) — go-cqhttp 从 `anonymous_flag` 或 `anonymous.flag` 读取 flag，不读单独的 `flag`。QQ 已取消群匿名功能，此动作实际上已无法生效。 go-cqhttp reads the flag from `anonymous_flag` or `anonymous.flag`, not from a bare `flag`. QQ has dropped anonymous group chat, so the action no longer has any effect.
   * - NapCat: no — NapCat 的动作表中此项被注释掉（QQ NT 没有群匿名）。 NapCat's action table has this entry commented out (QQ NT has no anonymous chat).
   * - Lagrange.OneBot: no — Lagrange.OneBot 没有实现这个动作（其 README 标明未支持）。 Lagrange.OneBot does not implement this action (its README marks it unsupported).
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `user_id`, `duration`) — NapCat 也接受字符串形式的 ID；`duration` 是必填的，没有默认值。 NapCat also accepts the IDs as strings; `duration` is required and has no default.
   * - Lagrange.OneBot: yes (adds or retypes `duration`) — Lagrange 中 `duration` 的默认值是 0：省略它会解除禁言，而不是禁言 30 分钟。 In Lagrange `duration` defaults to 0: leaving it out unmutes instead of muting for 30 minutes.
   */
  public set_group_ban(
    params: SetGroupBanParams,
    options?: CallOptions,
  ): Promise<SetGroupBanResult> {
    return this.call('set_group_ban', params, options);
  }

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
  public set_group_bot_status(
    params: SetGroupBotStatusParams,
    options?: CallOptions,
  ): Promise<SetGroupBotStatusResult> {
    return this.call('set_group_bot_status', params, options);
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`, `user_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes
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
   * - go-cqhttp: yes (adds or retypes `message`) — go-cqhttp 的路由还读取一个未写入文档的 `message` 参数，作为踢人时附带的说明。 go-cqhttp's router also reads an undocumented `message` parameter, a note sent with the kick.
   * - NapCat: yes (adds or retypes `group_id`, `user_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes
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
   * - go-cqhttp: yes (without `is_dismiss`) — go-cqhttp 的文档列出了 `is_dismiss`，但其路由只读取 `group_id`。 go-cqhttp's docs list `is_dismiss`, but its router reads only `group_id`.
   * - NapCat: yes (adds or retypes `group_id`; without `is_dismiss`) — NapCat 也接受字符串形式的 `group_id`；它接受 `is_dismiss` 但并不使用，总是直接退群。 NapCat also accepts `group_id` as a string; it accepts `is_dismiss` but does not use it and always just leaves.
   * - Lagrange.OneBot: yes
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes
   */
  public set_group_name(
    params: SetGroupNameParams,
    options?: CallOptions,
  ): Promise<SetGroupNameResult> {
    return this.call('set_group_name', params, options);
  }

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
  public set_group_reaction(
    params: SetGroupReactionParams,
    options?: CallOptions,
  ): Promise<SetGroupReactionResult> {
    return this.call('set_group_reaction', params, options);
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
   * - go-cqhttp: yes (without `duration`) — go-cqhttp 的文档列出了 `duration`，但其路由不读取它。 go-cqhttp's docs list `duration`, but its router does not read it.
   * - NapCat: yes (adds or retypes `group_id`, `user_id`; without `duration`) — NapCat 也接受字符串形式的 ID，不读取 `duration`。 NapCat also accepts the IDs as strings and does not read `duration`.
   * - Lagrange.OneBot: yes (adds or retypes `duration`) — Lagrange 中 `duration` 的默认值是 0 而不是 -1。 In Lagrange `duration` defaults to 0, not -1.
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
   * - go-cqhttp: yes
   * - NapCat: yes (adds or retypes `group_id`) — NapCat 也接受字符串形式的 ID。 NapCat also accepts the IDs as strings.
   * - Lagrange.OneBot: yes (adds or retypes `enable`) — Lagrange 中 `enable` 的默认值是 `false`：省略它会解除全员禁言。 In Lagrange `enable` defaults to `false`: leaving it out lifts the mute.
   */
  public set_group_whole_ban(
    params: SetGroupWholeBanParams,
    options?: CallOptions,
  ): Promise<SetGroupWholeBanResult> {
    return this.call('set_group_whole_ban', params, options);
  }

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
  public set_qq_avatar(
    params: SetQqAvatarParams,
    options?: CallOptions,
  ): Promise<SetQqAvatarResult> {
    return this.call('set_qq_avatar', params, options);
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
   * - go-cqhttp: no — go-cqhttp 自 1.0.0 起由于技术原因移除了此 API，目前没有恢复的计划。 go-cqhttp removed this API in 1.0.0 for technical reasons and has no plan to bring it back.
   * - NapCat: no — NapCat 早期版本曾实现（快速登录重启），当前的动作表中此项被注释掉，文档也未列出。 Early NapCat versions had it (a restart with quick login); the current action table has it commented out and the docs do not list it.
   * - Lagrange.OneBot: yes (without `delay`) — Lagrange 不读取 `delay`，立即停止并重新启动服务主机；响应是 `ok` 而不是 `async`。 Lagrange ignores `delay` and stops and restarts its service host at once; it answers `ok`, not `async`.
   */
  public set_restart(params?: SetRestartParams, options?: CallOptions): Promise<SetRestartResult> {
    return this.call('set_restart', params, options);
  }

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
  public upload_image(
    params: UploadImageParams,
    options?: CallOptions,
  ): Promise<UploadImageResult> {
    return this.call('upload_image', params, options);
  }
}

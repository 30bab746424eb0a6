/**
 * Generated from the OneBot 11 spec (spec/, narrowed to lagrange) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
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
  CreateGroupFileFolderParams,
  CreateGroupFileFolderResult,
  DelGroupNoticeParams,
  DelGroupNoticeResult,
  DeleteEssenceMsgParams,
  DeleteEssenceMsgResult,
  DeleteFriendParams,
  DeleteFriendResult,
  DeleteGroupFileFolderParams,
  DeleteGroupFileFolderResult,
  DeleteGroupFileParams,
  DeleteGroupFileResult,
  DeleteMsgParams,
  DeleteMsgResult,
  FetchCustomFaceParams,
  FetchCustomFaceResult,
  FetchMfaceKeyParams,
  FetchMfaceKeyResult,
  FriendPokeParams,
  FriendPokeResult,
  GetAiCharactersParams,
  GetAiCharactersResult,
  GetAiRecordParams,
  GetAiRecordResult,
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
  GetFriendMsgHistoryParams,
  GetFriendMsgHistoryResult,
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
  GetGroupRequestsParams,
  GetGroupRequestsResult,
  GetGroupRootFilesParams,
  GetGroupRootFilesResult,
  GetLoginInfoParams,
  GetLoginInfoResult,
  GetMsgParams,
  GetMsgResult,
  GetMusicArkParams,
  GetMusicArkResult,
  GetPrivateFileUrlParams,
  GetPrivateFileUrlResult,
  GetRkeyParams,
  GetRkeyResult,
  GetStatusParams,
  GetStatusResult,
  GetStrangerInfoParams,
  GetStrangerInfoResult,
  GetVersionInfoParams,
  GetVersionInfoResult,
  GroupPokeParams,
  GroupPokeResult,
  JoinFriendEmojiChainParams,
  JoinFriendEmojiChainResult,
  JoinGroupEmojiChainParams,
  JoinGroupEmojiChainResult,
  MarkMsgAsReadParams,
  MarkMsgAsReadResult,
  MoveGroupFileParams,
  MoveGroupFileResult,
  OcrImageParams,
  OcrImageResult,
  RenameGroupFileFolderParams,
  RenameGroupFileFolderResult,
  SendForwardMsgParams,
  SendForwardMsgResult,
  SendGroupAiRecordParams,
  SendGroupAiRecordResult,
  SendGroupBotCallbackParams,
  SendGroupBotCallbackResult,
  SendGroupForwardMsgParams,
  SendGroupForwardMsgResult,
  SendGroupMsgParams,
  SendGroupMsgResult,
  SendGroupNoticeParams,
  SendGroupNoticeResult,
  SendLikeParams,
  SendLikeResult,
  SendMsgParams,
  SendMsgResult,
  SendPacketParams,
  SendPacketResult,
  SendPokeParams,
  SendPokeResult,
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
  SetGroupPortraitParams,
  SetGroupPortraitResult,
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
  UploadGroupFileParams,
  UploadGroupFileResult,
  UploadImageParams,
  UploadImageResult,
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
   * 加入好友表情接龙 / Join an emoji chain in a private chat
   *
   * 隐藏 API：跟随私聊中的一条表情消息“+1”，即用同一个表情接龙。`message_id` 指向被接龙的消息，`emoji_id` 为表情 ID。
   *
   * Hidden API: "+1" a face message in a private chat, that is, join its emoji chain with the same face. `message_id` is the message being chained and `emoji_id` the face ID.
   *
   * Support:
   * - Lagrange.OneBot: yes — 失败时 `retcode` 为 -1。 On failure `retcode` is -1.
   *
   * @example
   * await bot.join_friend_emoji_chain({ user_id: 1234567890, message_id: 1840573212, emoji_id: 178 });
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
   * - Lagrange.OneBot: yes — 失败时 `retcode` 为 -1。 On failure `retcode` is -1.
   *
   * @example
   * await bot.join_group_emoji_chain({ group_id: 987654321, message_id: 2065812347, emoji_id: 178 });
   */
  public join_group_emoji_chain(
    params: JoinGroupEmojiChainParams,
    options?: CallOptions,
  ): Promise<JoinGroupEmojiChainResult> {
    return this.call('.join_group_emoji_chain', params, options);
  }

  /**
   * 发送自定义数据包 / Send a raw packet
   *
   * 通过 packet 后端向 QQ 服务器发送一个自定义的 SSO 数据包，按需等待并返回响应数据（十六进制）。仅供调试，误用可能导致账号风险。
   *
   * Send a raw SSO packet to the QQ servers through the packet backend and, if asked, wait for and return the answer (hex). For debugging only; misuse may put the account at risk.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 只响应 `.send_packet`：命令字参数名为 `command`，另有包类型 `type`，总是等待响应并返回包序号、响应数据与结果码； 这个动作的参数不经 Lagrange 的宽松读取（数字不能写成字符串），也不读 `sign`（Lagrange.OneBot 的 SendPacketOperation.cs 与 OneBotSendPacket.cs）。 Lagrange answers only to `.send_packet`: the command is `command`, there is a packet `type`, and it always waits, answering with the sequence number, the answer body and the result code; its parameters are not read leniently (numbers cannot be strings) and `sign` is not read (Lagrange.OneBot's SendPacketOperation.cs and OneBotSendPacket.cs).
   *
   * @example
   * const result = await bot.send_packet({ command: 'OidbSvcTrpcTcp.0xfe1_2', data: '0a0208011201', type: 12 });
   * // result: { sequence: 12345, result: '0a06080110001a00', retcode: 0, extra: null }
   */
  public send_packet(params: SendPacketParams, options?: CallOptions): Promise<SendPacketResult> {
    return this.call('.send_packet', params, options);
  }

  /**
   * 删除群公告 / Delete group notice
   *
   * 删除一条群公告。需要登录号是管理员或群主。
   *
   * Delete a group notice. The bot must be an administrator or the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 也提供同名动作（DeleteGroupMemoOperation）。 Lagrange provides an action of this name too (DeleteGroupMemoOperation).
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
   * - Lagrange.OneBot: yes
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
   * 发送群公告 / Send group notice
   *
   * 在群里发布一条公告，可附一张图片。需要登录号是管理员或群主。
   *
   * Publish a notice in a group, optionally with a picture. The bot must be an administrator or the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不能发带图片的公告：`image` 非空时 SetGroupMemoOperation.cs 抛出 NotImplementedException，调用失败；`data` 直接是新公告的 ID 字符串，不包在对象中（Lagrange.OneBot 的 SetGroupMemoOperation.cs）。 Lagrange cannot publish a notice with a picture: a non-empty `image` makes SetGroupMemoOperation.cs throw NotImplementedException and the call fails; `data` is the new notice's ID as a bare string, not in an object (Lagrange.OneBot's SetGroupMemoOperation.cs).
   *
   * @example
   * await bot._send_group_notice({ group_id: 987654321, content: '本周六早上八点集合出发。' });
   */
  public _send_group_notice(
    params: SendGroupNoticeParams,
    options?: CallOptions,
  ): Promise<SendGroupNoticeResult> {
    return this.call('_send_group_notice', params, options);
  }

  /**
   * 检查是否可以发送图片 / Check whether images can be sent
   *
   * 询问实现当前能否发送图片。
   *
   * Ask whether the implementation can send images.
   *
   * Support:
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes
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
   * 创建群文件文件夹 / Create group folder
   *
   * 在群文件根目录中新建一个文件夹（只能建在根目录）。
   *
   * Create a folder in a group's files (only in the root folder).
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `parent_id`，总是建在根目录；不响应旧名 `set_group_file_folder`；响应数据是 QQ 返回的说明文字 `msg`，`retcode` 为 QQ 的结果码（Lagrange.OneBot 的 GroupFSOperations.cs）。 Lagrange does not read `parent_id` and always creates the folder in the root; it does not answer to the old name `set_group_file_folder`; the data is QQ's message `msg`, and `retcode` is QQ's result code (Lagrange.OneBot's GroupFSOperations.cs).
   *
   * @example
   * const result = await bot.create_group_file_folder({ group_id: 987654321, name: '相册' });
   * // result: { msg: '' }
   */
  public create_group_file_folder(
    params: CreateGroupFileFolderParams,
    options?: CallOptions,
  ): Promise<CreateGroupFileFolderResult> {
    return this.call('create_group_file_folder', params, options);
  }

  /**
   * 移出精华消息 / Remove essence message
   *
   * 把一条消息移出精华。需要登录号是管理员或群主。
   *
   * Take a message out of the essence messages. The bot must be an administrator or the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes — Lagrange 另读 `block`（是否同时拉黑）。 Lagrange also reads `block` (whether to block as well).
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
   * - Lagrange.OneBot: yes — Lagrange 不读 `busid`，不响应旧名 `del_group_file`；响应数据是 QQ 返回的说明文字 `msg`，`retcode` 为 QQ 的结果码 （Lagrange.OneBot 的 GroupFSOperations.cs）。 Lagrange does not read `busid` and does not answer to the old name `del_group_file`; the data is QQ's message `msg`, and `retcode` is QQ's result code (Lagrange.OneBot's GroupFSOperations.cs).
   *
   * @example
   * await bot.delete_group_file({ group_id: 987654321, file_id: '/3b0c1e6a-9f2d-11ee-8c90-0242ac120002' });
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
   * - Lagrange.OneBot: yes — Lagrange 只响应 `delete_group_file_folder` 这个名称；响应数据是 QQ 返回的说明文字 `msg`，`retcode` 为 QQ 的结果码 （Lagrange.OneBot 的 GroupFSOperations.cs）。 Lagrange answers only to the name `delete_group_file_folder`; the data is QQ's message `msg`, and `retcode` is QQ's result code (Lagrange.OneBot's GroupFSOperations.cs).
   *
   * @example
   * await bot.delete_group_file_folder({ group_id: 987654321, folder_id: '/a1b2c3d4-0000-0000-0000-000000000000' });
   */
  public delete_group_file_folder(
    params: DeleteGroupFileFolderParams,
    options?: CallOptions,
  ): Promise<DeleteGroupFileFolderResult> {
    return this.call('delete_group_file_folder', params, options);
  }

  /**
   * 撤回消息 / Recall message
   *
   * 撤回一条消息。撤回他人的群消息需要登录号是管理员或群主。
   *
   * Recall (delete) a message. Recalling someone else's group message needs the bot to be an administrator or the owner.
   *
   * Support:
   * - Lagrange.OneBot: yes
   *
   * @example
   * await bot.delete_msg({ message_id: 1840573212 });
   */
  public delete_msg(params: DeleteMsgParams, options?: CallOptions): Promise<DeleteMsgResult> {
    return this.call('delete_msg', params, options);
  }

  /**
   * 获取收藏表情 / Get saved stickers
   *
   * 获取登录号收藏的自定义表情，结果是表情图片 URL 的数组。跨实现文档把它归为社区拓展。
   *
   * List the custom stickers the bot account has saved, as an array of image URLs. The cross-implementation page counts it as a community extension.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `count`，总是返回全部收藏表情。 Lagrange does not read `count`; it always answers with every saved sticker.
   *
   * @example
   * const result = await bot.fetch_custom_face();
   * // result: ['https://p.qpic.cn/qq_expression/10001000/10001000_0_0_0_A1B2C3/0', 'https://p.qpic.cn/qq_expression/10001000/10001000_0_0_0_D4E5F6/0']
   */
  public fetch_custom_face(
    params?: FetchCustomFaceParams,
    options?: CallOptions,
  ): Promise<FetchCustomFaceResult> {
    return this.call('fetch_custom_face', params, options);
  }

  /**
   * 获取商城表情 key / Get market-face keys
   *
   * 按商城表情（`mface`）的表情 ID 取得发送它们所需的 key，按请求顺序返回字符串数组。有的文档把它写作 `get_mface_key`，但 Lagrange.OneBot 注册的动作名是 `fetch_mface_key`。
   *
   * Get the keys needed to send market faces (`mface`) from their emoji IDs; the answer is an array of strings in the order asked. Some documentation calls it `get_mface_key`, but the name Lagrange.OneBot registers is `fetch_mface_key`.
   *
   * Support:
   * - Lagrange.OneBot: yes — 取不到任何 key 时返回空数组且 `retcode` 为 -1；`emoji_ids` 缺失或为空时调用失败；不响应 `get_mface_key` （Lagrange.OneBot 的 FetchMFaceKeyOperation.cs）。 When no key can be fetched the answer is an empty array with `retcode` -1; a missing or empty `emoji_ids` fails the call; it does not answer to `get_mface_key` (Lagrange.OneBot's FetchMFaceKeyOperation.cs).
   *
   * @example
   * const result = await bot.fetch_mface_key({ emoji_ids: ['a3d6cf4a5b8c2f0e9d1a7b6c5e4f3a2b'] });
   * // result: ['7f1e2d3c4b5a6978']
   */
  public fetch_mface_key(
    params: FetchMfaceKeyParams,
    options?: CallOptions,
  ): Promise<FetchMfaceKeyResult> {
    return this.call('fetch_mface_key', params, options);
  }

  /**
   * 私聊戳一戳 / Poke in a private chat
   *
   * 在私聊中戳一戳对方（或用 `target_id` 戳自己）。需要 NapCat 的 packet 后端。
   *
   * Poke a user in the private chat (or, with `target_id`, yourself). Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `friend_poke` 与 `send_poke` 是同一个处理器，读 `user_id`、`target_id` 与 `group_id`，给了 `group_id` 就改为在该群中戳（Lagrange.OneBot 的 FriendPokeOperation.cs 与 SendPokeOperation.cs）。 Lagrange's `friend_poke` is the `send_poke` handler, reading `user_id`, `target_id` and `group_id`; given a `group_id`, it pokes in that group instead (Lagrange.OneBot's FriendPokeOperation.cs and SendPokeOperation.cs).
   *
   * @example
   * await bot.friend_poke({ user_id: 1234567890 });
   */
  public friend_poke(params: FriendPokeParams, options?: CallOptions): Promise<FriendPokeResult> {
    return this.call('friend_poke', params, options);
  }

  /**
   * 获取 AI 语音角色 / Get AI voice characters
   *
   * 获取一个群可用的 AI 语音角色，按分类分组。需要 NapCat 的 packet 后端。
   *
   * List the AI voice characters available in a group, by category. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `group_id` 可省略，默认为 42（Lagrange.OneBot 的 OneBotGetAiCharacters.cs）。 Lagrange's `group_id` may be omitted and defaults to 42 (Lagrange.OneBot's OneBotGetAiCharacters.cs).
   *
   * @example
   * const result = await bot.get_ai_characters({ group_id: 987654321 });
   * // result: [{ type: '推荐', characters: [{ character_id: 'lucy-voice-suxinjiejie', character_name: '酥心御姐', preview_url: 'https://example.com/preview/suxinjiejie.mp3' }] }]
   */
  public get_ai_characters(
    params?: GetAiCharactersParams,
    options?: CallOptions,
  ): Promise<GetAiCharactersResult> {
    return this.call('get_ai_characters', params, options);
  }

  /**
   * AI 文字转语音 / AI text to speech
   *
   * 用 AI 语音角色把文字转成语音，返回语音文件的链接（不发送）。需要 NapCat 的 packet 后端。
   *
   * Turn text into speech with an AI voice character and return the audio link (without sending it). Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 另读 `chat_type`（默认 1）（Lagrange.OneBot 的 OneBotGetAiRecord.cs）。 Lagrange also reads `chat_type` (default 1) (Lagrange.OneBot's OneBotGetAiRecord.cs).
   *
   * @example
   * const result = await bot.get_ai_record({ group_id: 987654321, character: 'lucy-voice-suxinjiejie', text: '大家早上好' });
   * // result: 'https://grouptalk.c2c.qq.com/record/abcdef.silk'
   */
  public get_ai_record(
    params: GetAiRecordParams,
    options?: CallOptions,
  ): Promise<GetAiRecordResult> {
    return this.call('get_ai_record', params, options);
  }

  /**
   * 获取 Cookies / Get cookies
   *
   * 获取登录号在指定域名下的 Cookies，用于调用 QQ 的网页接口。
   *
   * Get the bot account's cookies for a domain, for calling QQ's web interfaces.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 要求给出 `domain`，省略时调用失败。 Lagrange requires `domain`; the call fails without it.
   *
   * @example
   * const result = await bot.get_cookies({ domain: 'qun.qq.com' });
   * // result: { cookies: 'uin=o3141592653; skey=@AbCdEfGhI; p_uin=o3141592653; p_skey=Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE' }
   */
  public get_cookies(params: GetCookiesParams, options?: CallOptions): Promise<GetCookiesResult> {
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
   * - Lagrange.OneBot: yes — Lagrange 要求给出 `domain`；`csrf_token` 是数字（其 Apifox 文档写成字符串是错误的）。 Lagrange requires `domain`; `csrf_token` is a number (its Apifox docs calling it a string are wrong).
   *
   * @example
   * const result = await bot.get_credentials({ domain: 'qun.qq.com' });
   * // result: { cookies: 'uin=o3141592653; skey=@AbCdEfGhI; p_uin=o3141592653; p_skey=Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE', csrf_token: 1928374650 }
   */
  public get_credentials(
    params: GetCredentialsParams,
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
   * - Lagrange.OneBot: yes — Lagrange 返回的 `token` 同样是数字；其 Apifox 文档写成字符串是错误的。 Lagrange's `token` is a number too; its Apifox docs calling it a string are wrong.
   *
   * @example
   * const result = await bot.get_csrf_token();
   * // result: { token: 1928374650 }
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
   * - Lagrange.OneBot: yes — Lagrange 的列表项另带消息内容 `content`（消息段数组）（Lagrange.OneBot 的 GetEssenceMessageListOperation.cs 与 OneBotEssenceMessage.cs）。 Lagrange's items also carry the content as `content`, an array of segments (Lagrange.OneBot's GetEssenceMessageListOperation.cs and OneBotEssenceMessage.cs).
   *
   * @example
   * await bot.get_essence_msg_list({ group_id: 987654321 });
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
   * - Lagrange.OneBot: yes — Lagrange 只读 `id`，结果同标准：`message` 是 `node` 消息段数组，从不是字符串（Lagrange.OneBot 的 GetForwardMsgOperation.cs）。 Lagrange reads only `id`; the result is the standard's: `message` is an array of `node` segments, never a string (Lagrange.OneBot's GetForwardMsgOperation.cs).
   *
   * @example
   * const result = await bot.get_forward_msg({ id: 'Mm8y6G9k5bQzE1xRk3nP2ZsWvA7tLcJd' });
   * // result: { message: [{ type: 'node', data: { user_id: '1234567890', nickname: '小明', content: '明天见' } }, { type: 'node', data: { user_id: '2345678901', nickname: '小红', content: '好的' } }] }
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
   * - Lagrange.OneBot: yes — Lagrange 的列表项多出 `q_id` 与好友分组 `group`，且总是重新拉取好友列表。 Lagrange's items add `q_id` and the friend category `group`, and it always fetches the list afresh.
   *
   * @example
   * const result = await bot.get_friend_list();
   * // result: [{ user_id: 1234567890, q_id: 'xiaoming', nickname: '小明', remark: '明哥', group: { group_id: 0, group_name: '我的好友' } }, { user_id: 2345678901, q_id: null, nickname: '小红', remark: '', group: { group_id: 1, group_name: '爬山群' } }]
   */
  public get_friend_list(
    params?: GetFriendListParams,
    options?: CallOptions,
  ): Promise<GetFriendListResult> {
    return this.call('get_friend_list', params, options);
  }

  /**
   * 获取私聊历史消息 / Get private message history
   *
   * 获取与一名用户的私聊历史消息。省略 `message_seq`（或为 0）时取最新的 `count` 条，否则从该消息起取。
   *
   * Get the private message history with a user. Without `message_seq` (or with 0) it returns the latest `count` messages, otherwise it starts from that message.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 用 `message_id`（0 为最新一条）代替 `message_seq`，只读 `user_id`、`message_id` 与 `count`（默认 20）。 Lagrange takes `message_id` (0 for the latest) instead of `message_seq` and reads only `user_id`, `message_id` and `count` (default 20).
   *
   * @example
   * await bot.get_friend_msg_history({ user_id: 1234567890, count: 1 });
   */
  public get_friend_msg_history(
    params: GetFriendMsgHistoryParams,
    options?: CallOptions,
  ): Promise<GetFriendMsgHistoryResult> {
    return this.call('get_friend_msg_history', params, options);
  }

  /**
   * 获取群文件资源链接 / Get group file URL
   *
   * 取得一个群文件的下载链接。
   *
   * Get the download URL of a group file.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 不读 `busid`。 Lagrange does not read `busid`.
   *
   * @example
   * const result = await bot.get_group_file_url();
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
   * - Lagrange.OneBot: yes — Lagrange 的 `folder_id` 可省略，省略时列出根目录；`files` 与 `folders` 总是数组，返回的 `busid` 恒为 0，文件夹的创建者名字在 `create_name` 而非 `creator_name` 中（Lagrange.OneBot 的 GroupFSOperations.cs 与 OneBotFolder.cs）。 Lagrange's `folder_id` may be omitted, which lists the root folder; `files` and `folders` are always arrays, the `busid` it returns is always 0, and a folder's creator name is in `create_name`, not `creator_name` (Lagrange.OneBot's GroupFSOperations.cs and OneBotFolder.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 从不填写 `performer_list`（群聊之火）：其字段映射中此项为空。 Lagrange never fills `performer_list`: its field mapping leaves that entry empty.
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
   * - Lagrange.OneBot: yes
   *
   * @example
   * const result = await bot.get_group_info({ group_id: 987654321 });
   * // result: { group_id: 987654321, group_name: '周末爬山小分队', member_count: 128, max_member_count: 500 }
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
   * - Lagrange.OneBot: yes — Lagrange 多一个 `no_cache` 参数（Lagrange.OneBot 的 GetGroupListOperation.cs）。 Lagrange takes an extra `no_cache` parameter (Lagrange.OneBot's GetGroupListOperation.cs).
   *
   * @example
   * const result = await bot.get_group_list();
   * // result: [{ group_id: 987654321, group_name: '周末爬山小分队', member_count: 128, max_member_count: 500 }, { group_id: 876543210, group_name: '读书会', member_count: 42, max_member_count: 200 }]
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
   * - Lagrange.OneBot: yes — Lagrange 取不到性别、年龄与地区：`sex` 为空字符串，`age` 为 0，`area` 为空字符串；没有头衔时 `title` 为 `null`（Lagrange.OneBot 的 GetGroupMemberInfoOperation.cs）。 Lagrange cannot get the sex, age or region: `sex` is an empty string, `age` 0 and `area` empty; `title` is `null` when there is no title (Lagrange.OneBot's GetGroupMemberInfoOperation.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 多一个 `no_cache` 参数；列表项同其 `get_group_member_info` 的结果（`sex` 为空字符串等）。 Lagrange takes an extra `no_cache` parameter; items are shaped like its `get_group_member_info` result (`sex` an empty string and so on).
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
   * - Lagrange.OneBot: yes — Lagrange 不读 `message_seq`，而是以 `message_id`（0 为最新）为最后一条、取 `count` 条。 Lagrange does not read `message_seq`; it takes `count` messages ending at `message_id` (0 means the latest).
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
   * 获取群请求列表 / Get group requests
   *
   * 列出登录号能看到的加群请求与入群邀请（包括被过滤的），每项的结构与加群请求事件相同。go-cqhttp 的相近动作是 `get_group_system_msg`。
   *
   * List the join requests and invitations the bot can see (filtered ones included), each shaped like the group request event. go-cqhttp's nearest action is `get_group_system_msg`.
   *
   * Support:
   * - Lagrange.OneBot: yes
   *
   * @example
   * const result = await bot.get_group_requests();
   * // result: [{ time: 1700000500, self_id: 3141592653, post_type: 'request', request_type: 'group', sub_type: 'add', user_id: 1234567890, group_id: 987654321, invitor_id: 0, comment: '我是小明的同事', flag: '31544-987654321-1-0' }]
   */
  public get_group_requests(
    params?: GetGroupRequestsParams,
    options?: CallOptions,
  ): Promise<GetGroupRequestsResult> {
    return this.call('get_group_requests', params, options);
  }

  /**
   * 获取群根目录文件列表 / Get group root files
   *
   * 列出群文件根目录中的文件与文件夹。
   *
   * List the files and folders in a group's root folder.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 用同一个处理器响应 `get_group_root_files` 与 `get_group_files_by_folder`，所以这里也读可选的 `folder_id`；不响应旧名 `get_group_file_list`；`files` 与 `folders` 总是数组，返回的 `busid` 恒为 0，文件夹的创建者名字在 `create_name` 而非 `creator_name` 中（Lagrange.OneBot 的 GroupFSOperations.cs 与 OneBotFolder.cs）。 Lagrange answers `get_group_root_files` and `get_group_files_by_folder` with one handler, so this one also reads an optional `folder_id`; it does not answer to the old name `get_group_file_list`; `files` and `folders` are always arrays, the `busid` it returns is always 0, and a folder's creator name is in `create_name`, not `creator_name` (Lagrange.OneBot's GroupFSOperations.cs and OneBotFolder.cs).
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
   * 获取登录号信息 / Get login information
   *
   * 获取当前登录的 QQ 号与昵称。
   *
   * Get the QQ number and nickname of the logged-in account.
   *
   * Support:
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes — Lagrange 的 `real_id` 与 `message_id` 取相同的值；`sender` 无论私聊群聊都只有 `user_id`、`nickname` 与 `sex`（恒为 `unknown`）；`message` 总是消息段数组（Lagrange.OneBot 的 GetMessageOperation.cs 与 OneBotGetMessageResponse.cs）。 Lagrange's `real_id` takes the same value as `message_id`; `sender` has only `user_id`, `nickname` and `sex` (always `unknown`), in groups too; `message` is always an array of segments (Lagrange.OneBot's GetMessageOperation.cs and OneBotGetMessageResponse.cs).
   *
   * @example
   * await bot.get_msg({ message_id: 1840573212 });
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
   * - Lagrange.OneBot: yes — 需要登录号能取得 `docs.qq.com` 的 Cookies；取不到腾讯文档的登录凭据时调用失败。载荷类中的 `sourceMsgId` 不被读取，卡片里恒写 `0`（Lagrange.OneBot 的 GetMusicArkOperation.cs）。 Needs the bot to obtain cookies for `docs.qq.com`; the call fails when no Tencent Docs login can be had. The payload class's `sourceMsgId` is never read: the card always says `0` (Lagrange.OneBot's GetMusicArkOperation.cs).
   *
   * @example
   * const result = await bot.get_music_ark({ title: '晴天', desc: '周杰伦', jumpUrl: 'https://y.qq.com/n/ryqq/songDetail/0039MnYb0qxYhV', musicUrl: 'https://example.com/music/qingtian.mp3', preview: 'https://example.com/music/qingtian.jpg', tag: 'QQ音乐' });
   * // result: '{"app":"com.tencent.tdoc.qqpush","view":"music","prompt":"[分享]晴天","meta":{"music":{"title":"晴天","desc":"周杰伦","tag":"QQ音乐"}},"config":{"token":"a1b2c3d4e5f6"}}'
   */
  public get_music_ark(
    params?: GetMusicArkParams,
    options?: CallOptions,
  ): Promise<GetMusicArkResult> {
    return this.call('get_music_ark', params, options);
  }

  /**
   * 获取私聊文件链接 / Get private file URL
   *
   * 获取私聊中收到的文件的下载链接。需要 NapCat 的 packet 后端。
   *
   * Get the download URL of a file received in a private chat. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的同名动作另需 `file_hash` 与 `user_id`；成功时总返回 `url`（Lagrange.OneBot 的 PrivateFSOperations.cs）。 Lagrange's action of this name also needs `file_hash` and `user_id`; on success it always returns `url` (Lagrange.OneBot's PrivateFSOperations.cs).
   *
   * @example
   * const result = await bot.get_private_file_url();
   * // result: { url: 'https://njc-download.ftn.qq.com/ftn_handler/abcdef' }
   */
  public get_private_file_url(
    params: GetPrivateFileUrlParams,
    options?: CallOptions,
  ): Promise<GetPrivateFileUrlResult> {
    return this.call('get_private_file_url', params, options);
  }

  /**
   * 获取 rkey / Get rkeys
   *
   * 获取下载图片等富媒体所需的 rkey（私聊与群聊各一个）。跨实现文档把它归为社区拓展。
   *
   * Get the rkeys needed to download images and other rich media (one for private chats, one for groups). The cross-implementation page counts it as a community extension.
   *
   * Support:
   * - Lagrange.OneBot: yes
   *
   * @example
   * await bot.get_rkey();
   */
  public get_rkey(params?: GetRkeyParams, options?: CallOptions): Promise<GetRkeyResult> {
    return this.call('get_rkey', params, options);
  }

  /**
   * 获取运行状态 / Get status
   *
   * 获取实现的运行状态。各实现附加的字段差别很大，判断状态时只应看 `online` 与 `good`。
   *
   * Get how the implementation is running. The fields implementations add differ widely; judge the status by `online` and `good` only.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 没有 `stat`，多出四个恒为 `true` 的遗留字段与 `memory`；`online`、`good` 也固定为 `true`。 Lagrange has no `stat` but adds four legacy fields that are always `true` and `memory`; `online` and `good` are fixed at `true` as well.
   *
   * @example
   * const result = await bot.get_status();
   * // result: { app_initialized: true, app_enabled: true, plugins_good: true, app_good: true, online: true, good: true, memory: 48234496 }
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
   * - Lagrange.OneBot: yes — Lagrange 也接受字符串形式的 `user_id`；结果多出 `q_id`、等级、头像、签名、状态、注册时间与会员信息（Lagrange.OneBot 的 GetStrangerInfoOperation.cs）。 Lagrange also accepts `user_id` as a string; its result adds `q_id`, the level, avatar, signature, status, registration time and memberships (Lagrange.OneBot's GetStrangerInfoOperation.cs).
   *
   * @example
   * await bot.get_stranger_info({ user_id: 1234567890, no_cache: true });
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
   * - Lagrange.OneBot: yes — Lagrange 多一个 `nt_protocol`，表示当前登录使用的协议类型。 Lagrange adds `nt_protocol`, the protocol the current login uses.
   *
   * @example
   * const result = await bot.get_version_info();
   * // result: { app_name: 'Lagrange.OneBot', app_version: '0.0.3', protocol_version: 'v11', nt_protocol: 'Linux | 3.2.10-25765' }
   */
  public get_version_info(
    params?: GetVersionInfoParams,
    options?: CallOptions,
  ): Promise<GetVersionInfoResult> {
    return this.call('get_version_info', params, options);
  }

  /**
   * 群聊戳一戳 / Poke in a group
   *
   * 在群里戳一名成员。需要 NapCat 的 packet 后端。
   *
   * Poke a member in a group. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `group_poke` 与 `send_poke` 是同一个处理器，读 `user_id`、`target_id` 与 `group_id`：`group_id` 可省略，省略时为私聊戳一戳（Lagrange.OneBot 的 GroupPokeOperation.cs 与 SendPokeOperation.cs）。 Lagrange's `group_poke` is the `send_poke` handler, reading `user_id`, `target_id` and `group_id`: `group_id` may be omitted, which makes a private poke (Lagrange.OneBot's GroupPokeOperation.cs and SendPokeOperation.cs).
   *
   * @example
   * await bot.group_poke({ group_id: 987654321, user_id: 1234567890 });
   */
  public group_poke(params: GroupPokeParams, options?: CallOptions): Promise<GroupPokeResult> {
    return this.call('group_poke', params, options);
  }

  /**
   * 标记消息已读 / Mark message as read
   *
   * 把一条消息所在会话标记为已读。
   *
   * Mark the conversation a message belongs to as read, up to that message.
   *
   * Support:
   * - Lagrange.OneBot: yes
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
   * 移动群文件 / Move group file
   *
   * 把群文件移到另一个文件夹。需要 NapCat 的 packet 后端。
   *
   * Move a group file into another folder. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的文件夹参数名为 `parent_directory` 与 `target_directory`；响应数据是 QQ 返回的说明文字 `msg`， `retcode` 为 QQ 的结果码（Lagrange.OneBot 的 GroupFSOperations.cs 与 OneBotMoveFile.cs）。 Lagrange names the folder parameters `parent_directory` and `target_directory`; the data is QQ's message `msg`, and `retcode` is QQ's result code (Lagrange.OneBot's GroupFSOperations.cs and OneBotMoveFile.cs).
   *
   * @example
   * const result = await bot.move_group_file({ group_id: 987654321, file_id: '/ee87348e-ce79-4e77-8a4a-c9e81f2edb17', parent_directory: '/', target_directory: '/ca0f1860-6362-4777-bc50-9f31993c6877' });
   * // result: { msg: '' }
   */
  public move_group_file(
    params: MoveGroupFileParams,
    options?: CallOptions,
  ): Promise<MoveGroupFileResult> {
    return this.call('move_group_file', params, options);
  }

  /**
   * 图片 OCR / Image OCR
   *
   * 识别一张图片中的文字。go-cqhttp 只支持识别收到的图片。
   *
   * Recognise the text in a picture. go-cqhttp can only read pictures it has received.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `image` 可以是 URL、路径或 base64。 Lagrange's `image` may be a URL, a path or base64.
   *
   * @example
   * const result = await bot.ocr_image({ image: '6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d.image' });
   * // result: { language: 'zh', texts: [{ text: '周末爬山', confidence: 98, coordinates: [{ x: 10, y: 12 }, { x: 210, y: 12 }, { x: 210, y: 60 }, { x: 10, y: 60 }] }] }
   */
  public ocr_image(params: OcrImageParams, options?: CallOptions): Promise<OcrImageResult> {
    return this.call('ocr_image', params, options);
  }

  /**
   * 重命名群文件夹 / Rename group folder
   *
   * 重命名群文件中的一个文件夹。
   *
   * Rename a folder in a group's files.
   *
   * Support:
   * - Lagrange.OneBot: yes — 见 Lagrange.OneBot 的 GroupFSOperations.cs 与 OneBotRenameFolder.cs。 See Lagrange.OneBot's GroupFSOperations.cs and OneBotRenameFolder.cs.
   *
   * @example
   * const result = await bot.rename_group_file_folder({ group_id: 987654321, folder_id: '/a1b2c3d4-e5f6-7890-abcd-ef1234567890', new_folder_name: '会议纪要' });
   * // result: { msg: '' }
   */
  public rename_group_file_folder(
    params: RenameGroupFileFolderParams,
    options?: CallOptions,
  ): Promise<RenameGroupFileFolderResult> {
    return this.call('rename_group_file_folder', params, options);
  }

  /**
   * 发送合并转发消息 / Send a forward message
   *
   * 发送合并转发消息（聊天记录）到群聊或私聊，目标的确定方式同 `send_msg`。节点放在 `message`（或其别名 `messages`）中，只能由 `node` 消息段组成；`news`、`prompt`、`summary`、`source` 可以自定义卡片外观（需要 packet 后端）。
   *
   * Send a forward message (a chat record) to a group or a private chat, choosing the target as `send_msg` does. The nodes go in `message` (or its alias `messages`) and must be `node` segments only; `news`, `prompt`, `summary` and `source` customise the card (this needs the packet backend).
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的同名动作只上传合并转发而不发送，`data` 为 res_id 字符串，可用 `forward` 消息段再发送。 Lagrange's action of this name only uploads the forward without sending it; `data` is the res_id string, to be sent with a `forward` segment.
   *
   * @example
   * const result = await bot.send_forward_msg({ messages: [{ type: 'node', data: { user_id: '1234567890', nickname: '小明', content: [{ type: 'text', data: { text: '周六早上八点集合' } }] } }] });
   * // result: 'MmQ1ZGY0YjQtZDM3Ny00NWZh'
   */
  public send_forward_msg(
    params: SendForwardMsgParams,
    options?: CallOptions,
  ): Promise<SendForwardMsgResult> {
    return this.call('send_forward_msg', params, options);
  }

  /**
   * 发送群 AI 语音 / Send an AI voice message to a group
   *
   * 用 AI 语音角色把文字转成语音并发到群里。角色见 `get_ai_characters`。需要 NapCat 的 packet 后端。
   *
   * Turn text into speech with an AI voice character and send it to a group. See `get_ai_characters` for the characters. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 另读 `chat_type`（默认 1）（Lagrange.OneBot 的 SendGroupAiRecordOperation.cs 与 OneBotGetAiRecord.cs）。 Lagrange also reads `chat_type` (default 1) (Lagrange.OneBot's SendGroupAiRecordOperation.cs and OneBotGetAiRecord.cs).
   *
   * @example
   * const result = await bot.send_group_ai_record({ group_id: 987654321, character: 'lucy-voice-suxinjiejie', text: '大家早上好' });
   * // result: { message_id: 0 }
   */
  public send_group_ai_record(
    params: SendGroupAiRecordParams,
    options?: CallOptions,
  ): Promise<SendGroupAiRecordResult> {
    return this.call('send_group_ai_record', params, options);
  }

  /**
   * 调用群机器人回调 / Call a group bot's callback
   *
   * 向群内的 QQ 官方群机器人发送一次回调（如按下其消息上的按钮），`data_1`、`data_2` 为回调携带的数据。
   *
   * Send a callback to one of QQ's official group robots in a group (as when a button on its message is pressed); `data_1` and `data_2` are the data it carries.
   *
   * Support:
   * - Lagrange.OneBot: yes — 无论操作是否成功都返回 `ok` 与 `bot_id`。 Answers `ok` with the `bot_id` whether or not the operation succeeded.
   *
   * @example
   * const result = await bot.send_group_bot_callback({ group_id: 987654321, bot_id: 3889000001, data_1: '111', data_2: '222' });
   * // result: 3889000001
   */
  public send_group_bot_callback(
    params: SendGroupBotCallbackParams,
    options?: CallOptions,
  ): Promise<SendGroupBotCallbackResult> {
    return this.call('send_group_bot_callback', params, options);
  }

  /**
   * 发送合并转发（群聊） / Send forward to group
   *
   * 把若干节点打包成一条合并转发消息发到群里。节点可以引用已有消息，也可以是自定义发送者与内容的节点； 自定义节点的 `content` 为节点数组时构成嵌套转发。
   *
   * Pack nodes into one forward message and send it to a group. A node may quote an existing message or be a custom node with its own sender and content; a custom node whose `content` is an array of nodes makes a nested forward.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的自定义节点以 `name` 与 `uin` 给出发送者；响应总是带 `forward_id`，没有 `res_id`（Lagrange.OneBot 的 SendGroupForwardOperation.cs 与 OneBotForwardResponse.cs）。 Lagrange's custom nodes give the sender as `name` and `uin`; the answer always carries `forward_id` and never `res_id` (Lagrange.OneBot's SendGroupForwardOperation.cs and OneBotForwardResponse.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 另读可选的消息样式 `message_style`；`message` 也可以是单个消息段（Lagrange.OneBot 的 OneBotGroupMessage.cs）。 Lagrange also reads an optional message style, `message_style`, and `message` may also be a single segment (Lagrange.OneBot's OneBotGroupMessage.cs).
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
   * 发送好友赞 / Send likes
   *
   * 给好友的资料卡点赞。每位好友每天最多 10 次。
   *
   * Like a friend's profile card. Each friend can be liked at most 10 times a day.
   *
   * Support:
   * - Lagrange.OneBot: yes
   *
   * @example
   * await bot.send_like({ user_id: 1234567890, times: 10 });
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
   * - Lagrange.OneBot: yes — Lagrange 另读可选的消息样式 `message_style`；`message` 也可以是单个消息段（Lagrange.OneBot 的 OneBotMessage.cs）。 Lagrange also reads an optional message style, `message_style`, and `message` may also be a single segment (Lagrange.OneBot's OneBotMessage.cs).
   *
   * @example
   * const result = await bot.send_msg({ message_type: 'group', group_id: 987654321, message: '大家好' });
   * // result: { message_id: 2065812348 }
   */
  public send_msg(params: SendMsgParams, options?: CallOptions): Promise<SendMsgResult> {
    return this.call('send_msg', params, options);
  }

  /**
   * 发送戳一戳 / Send a poke
   *
   * 在群聊或私聊中戳一戳。给出 `group_id` 时在该群中戳，否则在与 `user_id` 的私聊中戳；被戳的人是 `target_id`，省略时为 `user_id`。需要 NapCat 的 packet 后端。
   *
   * Poke someone in a group or a private chat. With `group_id` it pokes in that group, otherwise in the private chat with `user_id`; the one poked is `target_id`, or `user_id` when that is omitted. Needs NapCat's packet backend.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 中 `user_id` 必填；`target_id` 省略时戳 `user_id`；失败时 `retcode` 为 -1（Lagrange.OneBot 的 SendPokeOperation.cs）。 In Lagrange `user_id` is required; without `target_id` it pokes `user_id`; on failure `retcode` is -1 (Lagrange.OneBot's SendPokeOperation.cs).
   *
   * @example
   * await bot.send_poke({ group_id: 987654321, user_id: 1234567890 });
   */
  public send_poke(params: SendPokeParams, options?: CallOptions): Promise<SendPokeResult> {
    return this.call('send_poke', params, options);
  }

  /**
   * 发送合并转发（好友） / Send forward to friend
   *
   * 把若干节点打包成一条合并转发消息发给好友；节点的写法与群聊相同。
   *
   * Pack nodes into one forward message and send it to a friend; nodes are written as for groups.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的自定义节点以 `name` 与 `uin` 给出发送者；响应总是带 `forward_id`，没有 `res_id`（Lagrange.OneBot 的 SendPrivateForwardOperation.cs 与 OneBotForwardResponse.cs）。 Lagrange's custom nodes give the sender as `name` and `uin`; the answer always carries `forward_id` and never `res_id` (Lagrange.OneBot's SendPrivateForwardOperation.cs and OneBotForwardResponse.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 另读可选的消息样式 `message_style`；`message` 也可以是单个消息段（Lagrange.OneBot 的 OneBotPrivateMessage.cs）。 Lagrange also reads an optional message style, `message_style`, and `message` may also be a single segment (Lagrange.OneBot's OneBotPrivateMessage.cs).
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
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes — Lagrange 只读取 `flag` 与 `approve`，不会设置备注。 Lagrange reads only `flag` and `approve`; no remark is set.
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
   * - Lagrange.OneBot: yes — Lagrange 不读取 `sub_type`/`type`，请求的种类编码在 `flag` 中。 Lagrange reads neither `sub_type` nor `type`; the kind of request is encoded in the `flag`.
   *
   * @example
   * await bot.set_group_add_request({ flag: '1700000987654321', approve: false, reason: '暂不加入其他群' });
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
   * - Lagrange.OneBot: yes — Lagrange 中 `enable` 的默认值是 `false`：省略它会取消管理员。 In Lagrange `enable` defaults to `false`: leaving it out revokes the role.
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
   * 群组单人禁言 / Mute group member
   *
   * 禁言一名群成员，或解除其禁言。
   *
   * Mute a group member, or unmute them.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 中 `duration` 的默认值是 0：省略它会解除禁言，而不是禁言 30 分钟。 In Lagrange `duration` defaults to 0: leaving it out unmutes instead of muting for 30 minutes.
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
   * 设置群 Bot 发言状态 / Set a group bot's status
   *
   * 设置一个 QQ 官方群机器人（以其 QQ 号 `bot_id` 指明）在群中的发言状态，即开启或关闭它。
   *
   * Set whether one of QQ's official group robots (named by its QQ number `bot_id`) may speak in a group, that is, turn it on or off.
   *
   * Support:
   * - Lagrange.OneBot: yes — 无论操作是否成功都返回 `ok` 与 `bot_id`。 Answers `ok` with the `bot_id` whether or not the operation succeeded.
   *
   * @example
   * const result = await bot.set_group_bot_status({ group_id: 987654321, bot_id: 3889000001, enable: 1 });
   * // result: 3889000001
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
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes — Lagrange 不读 `is_dismiss`，总是直接退群（Lagrange.OneBot 的 SetGroupLeaveOperation.cs）。 Lagrange does not read `is_dismiss` and always just leaves (Lagrange.OneBot's SetGroupLeaveOperation.cs).
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
   * - Lagrange.OneBot: yes
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
   * - Lagrange.OneBot: yes — Lagrange 不读 `cache`，不响应旧名 `set_group_head`；失败时 `retcode` 为 1（Lagrange.OneBot 的 SetGroupPortraitOperation.cs）。 Lagrange does not read `cache` and does not answer to the old name `set_group_head`; on failure `retcode` is 1 (Lagrange.OneBot's SetGroupPortraitOperation.cs).
   *
   * @example
   * await bot.set_group_portrait({ group_id: 987654321, file: 'https://example.com/avatar.png' });
   */
  public set_group_portrait(
    params: SetGroupPortraitParams,
    options?: CallOptions,
  ): Promise<SetGroupPortraitResult> {
    return this.call('set_group_portrait', params, options);
  }

  /**
   * 设置群消息表情回应 / Set a reaction on a group message
   *
   * 给一条群消息加上或撤下一个表情回应（QQ 的“贴表情”）。`code` 是 QQ 表情的 ID，以字符串给出。NapCat 没有这个动作，相近的功能是它自己的 `set_msg_emoji_like`。
   *
   * Add a reaction (QQ's "sticker on a message") to a group message, or take it back. `code` is the QQ face ID, given as a string. NapCat lacks this action; its nearest equivalent is its own `set_msg_emoji_like`.
   *
   * Support:
   * - Lagrange.OneBot: yes — 失败时 `retcode` 为 1。 On failure `retcode` is 1.
   *
   * @example
   * await bot.set_group_reaction({ group_id: 987654321, message_id: 2065812347, code: '76' });
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
   * - Lagrange.OneBot: yes — Lagrange 不读 `duration`（Lagrange.OneBot 的 SetGroupSpecialTitleOperation.cs）。 Lagrange does not read `duration` (Lagrange.OneBot's SetGroupSpecialTitleOperation.cs).
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
   * - Lagrange.OneBot: yes — Lagrange 中 `enable` 的默认值是 `false`：省略它会解除全员禁言。 In Lagrange `enable` defaults to `false`: leaving it out lifts the mute.
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
   * 设置 QQ 头像 / Set QQ avatar
   *
   * 把登录号的头像换成指定的图片。`file` 支持本地路径、网络 URL 与 base64。跨实现文档把它归为社区拓展：NapCat 与 Lagrange 都以同一名称实现。
   *
   * Change the bot account's avatar to the given image. `file` takes a local path, a web URL or base64 data. The cross-implementation page counts it as a community extension: NapCat and Lagrange both implement it under this name.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的响应中 `status` 为空字符串，成败只能看 `retcode`（0 成功，1 失败）。 Lagrange answers with an empty `status`; only `retcode` tells success (0) from failure (1).
   *
   * @example
   * await bot.set_qq_avatar({ file: 'https://example.com/avatar.png' });
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
   * - Lagrange.OneBot: yes — Lagrange 不读取 `delay`，立即停止并重新启动服务主机；响应是 `ok` 而不是 `async`。 Lagrange ignores `delay` and stops and restarts its service host at once; it answers `ok`, not `async`.
   *
   * @example
   * await bot.set_restart();
   */
  public set_restart(params?: SetRestartParams, options?: CallOptions): Promise<SetRestartResult> {
    return this.call('set_restart', params, options);
  }

  /**
   * 上传群文件 / Upload group file
   *
   * 把一个本地文件上传到群文件，不给 `folder` 时放在根目录。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Upload a local file to a group's files, into the root folder unless `folder` is given. Only local files can be uploaded; download a network file with `download_file` first.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `name` 可省略（沿用原文件名）；响应没有数据（Lagrange.OneBot 的 UploadGroupFileOperation.cs）。 Lagrange's `name` may be omitted (the file's own name is kept); the answer has no data (Lagrange.OneBot's UploadGroupFileOperation.cs).
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
   * 上传图片 / Upload image
   *
   * 把一张图片上传到 QQ 的图片服务器（不发送消息），返回其下载链接。`file` 支持本地路径、网络 URL 与 `base64://`。
   *
   * Upload an image to QQ's image servers without sending a message, and get its download URL. `file` takes a local path, a web URL or `base64://` data.
   *
   * Support:
   * - Lagrange.OneBot: yes — 上传失败时 Lagrange 仍返回 `retcode` 0，`status` 为 `image upload fail`，`data` 是一张占位图的 `data:image/png;base64,...` URL，调用方应检查 `status`。 When the upload fails Lagrange still answers `retcode` 0, with `status` set to `image upload fail` and `data` a `data:image/png;base64,...` URL of a placeholder image; callers should check `status`.
   *
   * @example
   * const result = await bot.upload_image({ file: 'https://example.com/cat.png' });
   * // result: 'https://multimedia.nt.qq.com.cn/download?appid=1407&fileid=CgoxMjM0NTY3ODkwEhQ&rkey=CAQSKAB6JWENi5LM'
   */
  public upload_image(
    params: UploadImageParams,
    options?: CallOptions,
  ): Promise<UploadImageResult> {
    return this.call('upload_image', params, options);
  }

  /**
   * 上传私聊文件 / Upload private file
   *
   * 把一个本地文件发给好友。只能上传本地文件；网络文件请先用 `download_file` 下载。
   *
   * Send a local file to a friend. Only local files can be sent; download a network file with `download_file` first.
   *
   * Support:
   * - Lagrange.OneBot: yes — Lagrange 的 `name` 可省略（沿用原文件名）（Lagrange.OneBot 的 UploadPrivateFileOperation.cs）。 Lagrange's `name` may be omitted (the file's own name is kept) (Lagrange.OneBot's UploadPrivateFileOperation.cs).
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

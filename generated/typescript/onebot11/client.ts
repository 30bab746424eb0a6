/**
 * Generated from the OneBot 11 spec (spec/, narrowed to onebot11) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - onebot11: botuniverse/onebot-11@d4456ee706f9ada9c2dfde56a2bcfc69752600e4 (2022-08-12)
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
  CleanCacheParams,
  CleanCacheResult,
  DeleteMsgParams,
  DeleteMsgResult,
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
  GetImageParams,
  GetImageResult,
  GetLoginInfoParams,
  GetLoginInfoResult,
  GetMsgParams,
  GetMsgResult,
  GetRecordParams,
  GetRecordResult,
  GetStatusParams,
  GetStatusResult,
  GetStrangerInfoParams,
  GetStrangerInfoResult,
  GetVersionInfoParams,
  GetVersionInfoResult,
  HandleQuickOperationParams,
  HandleQuickOperationResult,
  SendGroupMsgParams,
  SendGroupMsgResult,
  SendLikeParams,
  SendLikeResult,
  SendMsgParams,
  SendMsgResult,
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
  SetGroupCardParams,
  SetGroupCardResult,
  SetGroupKickParams,
  SetGroupKickResult,
  SetGroupLeaveParams,
  SetGroupLeaveResult,
  SetGroupNameParams,
  SetGroupNameResult,
  SetGroupSpecialTitleParams,
  SetGroupSpecialTitleResult,
  SetGroupWholeBanParams,
  SetGroupWholeBanResult,
  SetRestartParams,
  SetRestartResult,
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
   * 对事件执行快速操作 / Run a quick operation on an event
   *
   * 隐藏 API：对一个事件执行快速操作，效果与在 HTTP POST 上报的响应中给出快速操作相同。隐藏 API 以点号开头，供 SDK 与框架内部使用，一般用户不应直接调用。
   *
   * Hidden API: run a quick operation on an event, with the same effect as answering an HTTP POST report with that operation. Hidden APIs start with a dot and are meant for SDKs and frameworks; ordinary users should not call them.
   *
   * Support:
   * - OneBot 11 standard: yes
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
   * 检查是否可以发送图片 / Check whether images can be sent
   *
   * 询问实现当前能否发送图片。
   *
   * Ask whether the implementation can send images.
   *
   * Support:
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * 清理缓存 / Clean cache
   *
   * 清理实现积攒的缓存文件。
   *
   * Delete the cache files the implementation has piled up.
   *
   * Support:
   * - OneBot 11 standard: yes
   *
   * @example
   * await bot.clean_cache();
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
   *
   * @example
   * await bot.delete_msg({ message_id: 1840573212 });
   */
  public delete_msg(params: DeleteMsgParams, options?: CallOptions): Promise<DeleteMsgResult> {
    return this.call('delete_msg', params, options);
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
   *
   * @example
   * const result = await bot.get_cookies({ domain: 'qun.qq.com' });
   * // result: { cookies: 'uin=o3141592653; skey=@AbCdEfGhI; p_uin=o3141592653; p_skey=Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE' }
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
   *
   * @example
   * const result = await bot.get_credentials({ domain: 'qun.qq.com' });
   * // result: { cookies: 'uin=o3141592653; skey=@AbCdEfGhI; p_uin=o3141592653; p_skey=Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE', csrf_token: 1928374650 }
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
   * 获取合并转发消息 / Get forwarded messages
   *
   * 取回一条合并转发消息的内容。按标准，`message` 是消息段数组，其中每个消息段都是 `node`（转发节点）。go-cqhttp 与标准不同：参数名首选 `message_id`（也接受 `id`），响应为 `messages` 数组，每项含 `content`、`sender` 与 `time`。
   *
   * Fetch what a forwarded-messages bundle holds. Per the standard, `message` is an array of segments, every one a `node` (forward node). go-cqhttp differs: it reads the ID from `message_id` first (and also accepts `id`), and answers with a `messages` array whose items hold `content`, `sender` and `time`.
   *
   * Support:
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * 获取群荣誉信息 / Get group honors
   *
   * 获取群的龙王、群聊之火等荣誉信息；结果只含所请求类型的字段。
   *
   * Get a group's honors, such as its most talkative member; the result holds only the fields of the requested type.
   *
   * Support:
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * 获取图片 / Get image
   *
   * 下载收到的图片，返回其本地路径。
   *
   * Download a received image and return its local path.
   *
   * Support:
   * - OneBot 11 standard: yes
   *
   * @example
   * const result = await bot.get_image({ file: '6B4DE3DFD1BD271E3297859D41C530F5.jpg' });
   * // result: { file: '/home/bot/onebot/data/image/6B4DE3DFD1BD271E3297859D41C530F5.jpg' }
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
   * - OneBot 11 standard: yes
   *
   * @example
   * const result = await bot.get_msg({ message_id: 1840573212 });
   * // result: { time: 1700000000, message_type: 'private', message_id: 1840573212, real_id: 27541, sender: { user_id: 1234567890, nickname: '小明', sex: 'male', age: 20 }, message: [{ type: 'text', data: { text: '晚上好' } }] }
   */
  public get_msg(params: GetMsgParams, options?: CallOptions): Promise<GetMsgResult> {
    return this.call('get_msg', params, options);
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
   *
   * @example
   * const result = await bot.get_record({ file: '0B38145AA44505000B38145AA4450500.silk', out_format: 'mp3' });
   * // result: { file: '/home/bot/onebot/data/record/0B38145AA44505000B38145AA4450500.mp3' }
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
   *
   * @example
   * const result = await bot.get_status();
   * // result: { online: true, good: true }
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
   *
   * @example
   * const result = await bot.get_stranger_info({ user_id: 1234567890, no_cache: true });
   * // result: { user_id: 1234567890, nickname: '小明', sex: 'male', age: 20 }
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
   *
   * @example
   * const result = await bot.get_version_info();
   * // result: { app_name: 'mirai-native', app_version: '1.2.3', protocol_version: 'v11' }
   */
  public get_version_info(
    params?: GetVersionInfoParams,
    options?: CallOptions,
  ): Promise<GetVersionInfoResult> {
    return this.call('get_version_info', params, options);
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
   *
   * @example
   * const result = await bot.send_msg({ message_type: 'group', group_id: 987654321, message: '大家好' });
   * // result: { message_id: 2065812348 }
   */
  public send_msg(params: SendMsgParams, options?: CallOptions): Promise<SendMsgResult> {
    return this.call('send_msg', params, options);
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
   * 处理加好友请求 / Handle friend request
   *
   * 同意或拒绝一条加好友请求。`flag` 取自对应的请求事件。
   *
   * Approve or reject a friend request. `flag` comes from the request event.
   *
   * Support:
   * - OneBot 11 standard: yes
   *
   * @example
   * await bot.set_friend_add_request({ flag: '1700000555555555', approve: true, remark: '爬山群-小明' });
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * 设置群组专属头衔 / Set special title
   *
   * 为一名成员设置专属头衔。需要登录号是群主。
   *
   * Give a member a special title. The bot must be the owner.
   *
   * Support:
   * - OneBot 11 standard: yes
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
   * - OneBot 11 standard: yes
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
   * 重启 OneBot 实现 / Restart the implementation
   *
   * 重启 OneBot 实现。重启会连同 API 服务一起中断当前请求，因此重启总是异步进行，响应的 `status` 为 `async`。
   *
   * Restart the OneBot implementation. Restarting takes the API service down with it and would cut off the current request, so it always happens asynchronously and the answer's `status` is `async`.
   *
   * Support:
   * - OneBot 11 standard: yes
   *
   * @example
   * await bot.set_restart({ delay: 2000 });
   */
  public set_restart(params?: SetRestartParams, options?: CallOptions): Promise<SetRestartResult> {
    return this.call('set_restart', params, options);
  }
}

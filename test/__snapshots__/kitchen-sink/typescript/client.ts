/**
 * Generated from the Demo 1 spec (spec/) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

import {
  ClientBase,
  type CallOptions,
  type ClientOptions,
  type Transport,
} from '../../../../runtime/index.js';
import type {
  ActionMap,
  DoNothingParams,
  DoNothingResult,
  GetCountParams,
  GetCountResult,
  GetPeopleParams,
  GetPeopleResult,
  SendGroupMsgParams,
  SendGroupMsgResult,
} from './actions.js';
import { eventCatalog, type EventMap, type QuickOperationMap } from './events.js';

/**
 * A typed Demo 1 client: one method per action, each resolving with the action's `data`.
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
   * 什么都不做 / Do nothing
   *
   * Support:
   * - Standard: yes
   * - Ext: no — 未实现
   *
   * @deprecated 不再需要 No longer needed
   */
  public do_nothing(params?: DoNothingParams, options?: CallOptions): Promise<DoNothingResult> {
    return this.call('.do_nothing', params, options);
  }

  /**
   * 计数 / Count
   *
   * Support:
   * - Standard: no
   * - Ext: yes
   *
   * @example
   * const result = await bot.get_count();
   * // result: 3
   */
  public get_count(params?: GetCountParams, options?: CallOptions): Promise<GetCountResult> {
    return this.call('get_count', params, options);
  }

  /**
   * 获取人员 / Get people
   *
   * Support:
   * - Standard: no
   * - Ext: yes
   *
   * @example
   * const result = await bot.get_people();
   * // result: [{ user_id: 1, nickname: 'a', tags: ['x'], remark: null }]
   */
  public get_people(params?: GetPeopleParams, options?: CallOptions): Promise<GetPeopleResult> {
    return this.call('get_people', params, options);
  }

  /**
   * 发送群消息 / Send a group message
   *
   * 向群发送消息。
   *
   * Sends a message to a group.
   *
   * Support:
   * - Standard: yes
   * - Ext: yes (since 2.0) (adds or retypes `group_id`, `reply_to`; without `mode`; answers with a different result) — Ext 也接受字符串群号 Ext also takes the group id as a string
   *
   * @example
   * const result = await bot.send_group_msg({ group_id: 123, message: 'hello' });
   * // result: { message_id: 1 }
   */
  public send_group_msg(
    params: SendGroupMsgParams,
    options?: CallOptions,
  ): Promise<SendGroupMsgResult> {
    return this.call('send_group_msg', params, options);
  }
}

/**
 * Generated from the Demo 1 spec (spec/, narrowed to ext) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

import {
  ClientBase,
  type CallOptions,
  type ClientOptions,
  type Transport,
} from '../../../../../runtime/index.js';
import type {
  ActionMap,
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
   * 计数 / Count
   *
   * Support:
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
   * - Ext: yes (since 2.0) — Ext 也接受字符串群号 Ext also takes the group id as a string
   *
   * @example
   * await bot.send_group_msg({ group_id: 123, message: 'hello' });
   */
  public send_group_msg(
    params: SendGroupMsgParams,
    options?: CallOptions,
  ): Promise<SendGroupMsgResult> {
    return this.call('send_group_msg', params, options);
  }
}

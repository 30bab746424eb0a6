/**
 * Generated from the Demo 1 spec (spec/, narrowed to std) by `pnpm generate`.
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
  DoNothingParams,
  DoNothingResult,
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
   *
   * @deprecated 不再需要 No longer needed
   */
  public do_nothing(params?: DoNothingParams, options?: CallOptions): Promise<DoNothingResult> {
    return this.call('.do_nothing', params, options);
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

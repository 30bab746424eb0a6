/**
 * Generated from the Demo 1 spec (spec/, narrowed to std) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

import type { IdOrName, Labels, Message, OldThing } from './types.js';

/** Parameters of `.do_nothing` (什么都不做 / Do nothing). */
export interface DoNothingParams {
  labels?: Labels;
  who?: IdOrName;
  old?: OldThing;
  inline?: {
    /** @format int32 */
    a: number;
    b?: string[];
  };
  items?: {
    k: string;
  }[];
  literal?: 'x' | 1 | true;
  /**
   * @defaultValue ""
   * @deprecated 不再读取
   */
  note?: string;
}

/** The `data` that `.do_nothing` (什么都不做 / Do nothing) answers with. */
export type DoNothingResult = null;

/** Parameters of `send_group_msg` (发送群消息 / Send a group message). */
export interface SendGroupMsgParams {
  /**
   * 群号
   * @format int64
   */
  group_id: number;
  /** 内容 */
  message: Message;
  /**
   * 作为纯文本发送
   * @defaultValue false
   */
  auto_escape?: boolean;
  /** 模式 */
  mode?: 'fast' | 'safe';
}

/** The `data` that `send_group_msg` (发送群消息 / Send a group message) answers with. */
export interface SendGroupMsgResult {
  /**
   * 消息 ID
   * @format int32
   */
  message_id: number;
}

/** Every action by the name sent on the wire (aliases included), with its params and result types and the call variants it has. */
export interface ActionMap {
  /**
   * 什么都不做 / Do nothing
   *
   * Support:
   * - Standard: yes
   *
   * @deprecated 不再需要 No longer needed
   */
  '.do_nothing': { params: DoNothingParams; result: DoNothingResult; variants: 'async' };
  /**
   * 发送群消息 / Send a group message
   *
   * 向群发送消息。
   *
   * Sends a message to a group.
   *
   * Support:
   * - Standard: yes
   */
  send_group_msg: {
    params: SendGroupMsgParams;
    result: SendGroupMsgResult;
    variants: 'async' | 'rate_limited';
  };
}

export type ActionName = keyof ActionMap;
export type ActionParams<A extends ActionName> = ActionMap[A]['params'];
export type ActionResult<A extends ActionName> = ActionMap[A]['result'];

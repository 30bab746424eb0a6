/**
 * Generated from the Demo 1 spec (spec/, narrowed to ext) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

import type { Message, Person } from './types.js';

/** Parameters of `get_count` (计数 / Count). */
export type GetCountParams = Record<string, never>;

/** The `data` that `get_count` (计数 / Count) answers with. */
export type GetCountResult = number;

/** Parameters of `get_people` (获取人员 / Get people). */
export interface GetPeopleParams {
  /** @defaultValue false */
  no_cache?: boolean;
}

/** The `data` that `get_people` (获取人员 / Get people) answers with. */
export type GetPeopleResult = Person[];

/** Parameters of `send_group_msg` (发送群消息 / Send a group message). */
export interface SendGroupMsgParams {
  /** 群号 */
  group_id: number | string;
  /** 内容 */
  message: Message;
  /**
   * 作为纯文本发送
   * @defaultValue false
   */
  auto_escape?: boolean;
  /**
   * 回复的消息
   * @format int32
   */
  reply_to?: number;
}

/** The `data` that `send_group_msg` (发送群消息 / Send a group message) answers with. */
export interface SendGroupMsgResult {
  /** @format int64 */
  message_id: number;
  /** @format int64 */
  seq: number;
}

/** Every action by the name sent on the wire (aliases included), with its params and result types and the call variants it has. */
export interface ActionMap {
  /**
   * 计数 / Count
   *
   * Support:
   * - Ext: yes
   */
  get_count: { params: GetCountParams; result: GetCountResult; variants: 'async' };
  /**
   * 获取人员 / Get people
   *
   * Support:
   * - Ext: yes
   */
  get_people: { params: GetPeopleParams; result: GetPeopleResult; variants: 'async' };
  /**
   * Another name for `send_group_msg`.
   *
   * 旧名称
   *
   * @deprecated 请用新名称
   */
  send_group_message: {
    params: SendGroupMsgParams;
    result: SendGroupMsgResult;
    variants: 'async' | 'rate_limited';
  };
  /**
   * 发送群消息 / Send a group message
   *
   * 向群发送消息。
   *
   * Sends a message to a group.
   *
   * Support:
   * - Ext: yes (since 2.0) — Ext 也接受字符串群号 Ext also takes the group id as a string
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

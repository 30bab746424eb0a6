/**
 * Generated from the Demo 1 spec (spec/) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

import type { IdOrName, Labels, Message, OldThing, Person } from './types.js';

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
   * - Ext: no — 未实现
   *
   * @deprecated 不再需要 No longer needed
   */
  '.do_nothing': { params: DoNothingParams; result: DoNothingResult; variants: 'async' };
  /**
   * 计数 / Count
   *
   * Support:
   * - Standard: no
   * - Ext: yes
   */
  get_count: { params: GetCountParams; result: GetCountResult; variants: 'async' };
  /**
   * 获取人员 / Get people
   *
   * Support:
   * - Standard: no
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
   * - Standard: yes
   * - Ext: yes (since 2.0) (adds or retypes `group_id`, `reply_to`; without `mode`; answers with a different result) — Ext 也接受字符串群号 Ext also takes the group id as a string
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

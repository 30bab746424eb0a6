/**
 * Generated from the Demo 1 spec (spec/, narrowed to std) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

import type { ReceiveSegment, SendSegment } from './segments.js';

export type IdOrName = number | string;

/** 带额外键的对象 */
export interface Labels {
  [key: string]: string;
  main: string;
}

/** 消息 / Message */
export type Message = string | SendSegment[];

/** @deprecated 请用 Person */
export interface OldThing {
  /** @format int64 */
  id: number;
}

/**
 * 人 / Person
 *
 * 一个人
 */
export interface Person {
  /**
   * QQ 号
   * @format int64
   */
  user_id: number;
  nickname: string;
  sex?: Sex;
  /** 标签 */
  tags: string[];
  extra?: Record<string, number>;
  remark: string | null;
  status?: Status;
}

export type ReceivedMessage = string | ReceiveSegment[];

/**
 * 性别
 *
 * - `"male"`: 男 / Male
 * - `"female"`: 女 / Female
 */
export type Sex = 'male' | 'female' | 'unknown';

/**
 * 在线状态
 *
 * - `10`: 在线
 * - `30`: 离开 — 暂时离开
 */
export type Status = 10 | 30;

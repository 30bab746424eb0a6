/**
 * Generated from the OneBot 11 spec (spec/, narrowed to go-cqhttp) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * Do not edit by hand: change the spec and generate again.
 */

/**
 * go-cqhttp's SDK: only the actions, segments and events go-cqhttp supports, with its own parameter
 * and result shapes, the typed client over the shared runtime, and the segment builders.
 */
export * from '../../../runtime/index.js';
export * from './protocol.js';
export * from './types.js';
export * from './segments.js';
export * from './events.js';
export * from './actions.js';
export { OneBotClient } from './client.js';
export * from './segment-builders.js';

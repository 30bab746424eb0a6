/**
 * Generated from the Demo 1 spec (spec/, narrowed to std) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

/**
 * Standard's SDK: only the actions, segments and events Standard supports, with its own parameter
 * and result shapes, the typed client over the shared runtime, and the segment builders.
 */
export * from '../../../../../runtime/index.js';
export * from './protocol.js';
export * from './types.js';
export * from './segments.js';
export * from './events.js';
export * from './actions.js';
export { OneBotClient } from './client.js';
export * from './segment-builders.js';

/**
 * Generated from the Demo 1 spec (spec/, narrowed to ext) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

/**
 * Ext's SDK: only the actions, segments and events Ext supports, with its own parameter
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

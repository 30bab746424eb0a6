/**
 * Generated from the OneBot 11 spec (spec/, narrowed to napcat) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - napcat: NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c (2026-08-14)
 * Do not edit by hand: change the spec and generate again.
 */

/**
 * NapCat's SDK: only the actions, segments and events NapCat supports, with its own parameter
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

/**
 * Generated from the OneBot 11 spec (spec/, narrowed to lagrange) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
 * Do not edit by hand: change the spec and generate again.
 */

/**
 * Lagrange.OneBot's SDK: only the actions, segments and events Lagrange.OneBot supports, with its own parameter
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

/**
 * Generated from the Demo 1 spec (spec/, 5 files) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

export * from './protocol.js';
export * from './types.js';
export * from './segments.js';
export * from './events.js';
export * from './actions.js';

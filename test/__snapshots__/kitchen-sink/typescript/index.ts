/**
 * Generated from the Demo 1 spec (spec/) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

export * from './protocol.js';
export * from './types.js';
export * from './segments.js';
export * from './events.js';
export * from './actions.js';

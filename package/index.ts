/**
 * The entry point of the npm package: the generated client and types, and the runtime they sit
 * on. The layout under dist/ mirrors the repository (runtime/, generated/typescript/), so the
 * generated client's relative import of the runtime is the same in both.
 */
export * from '../runtime/index.js';
export * from '../generated/typescript/index.js';
export { OneBotClient } from '../generated/typescript/client.js';
export * from '../generated/typescript/segment-builders.js';

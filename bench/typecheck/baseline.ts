/**
 * The type-check benchmark's baseline: no library, only what every consumer checks as well (the
 * standard library's and @types/node's declarations), so the time above it is each library's own.
 */
export const baseline = true;

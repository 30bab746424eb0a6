/**
 * Generated from the Demo 1 spec (spec/, narrowed to ext) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

/**
 * 信封
 *
 * @typeParam T - the type of `data`, the action's result
 */
export interface Envelope<T = unknown> {
  status: 'ok' | 'async' | 'failed';
  /** @format int32 */
  retcode: number;
  data: T;
  message?: string;
  echo?: unknown;
}

/** Return codes and their meaning. Implementations may answer with other codes; any non-zero code other than `async` is a failure. */
export const Retcode = {
  /**
   * 成功
   *
   * Defined by std.
   */
  ok: 0,
  /** 不存在 — Not found */
  not_found: 1404,
} as const;
export type Retcode = (typeof Retcode)[keyof typeof Retcode];

/** The implementations whose support this spec records. */
export type ImplementationId = 'ext';

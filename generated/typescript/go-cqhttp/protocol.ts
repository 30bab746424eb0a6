/**
 * Generated from the OneBot 11 spec (spec/, narrowed to go-cqhttp) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * Do not edit by hand: change the spec and generate again.
 */

/**
 * 每个动作的响应都包在这个信封里；各动作的响应数据在 `data` 中。
 *
 * Every action answers inside this envelope; the action's own result is in `data`.
 *
 * @typeParam T - the type of `data`, the action's result
 */
export interface Envelope<T = unknown> {
  /**
   * 执行状态
   *
   * Outcome of the call
   */
  status: 'ok' | 'async' | 'failed';
  /**
   * 返回码，见返回码表
   *
   * Return code; see the return code table
   * @format int32
   */
  retcode: number;
  /**
   * 响应数据，见各动作
   *
   * The action's result; see each action
   */
  data: T;
  /**
   * 失败时的错误信息。go-cqhttp 写作 `msg`，NapCat 写作 `message`。
   *
   * The error message on failure. go-cqhttp spells it `msg`; NapCat spells it `message`.
   */
  message?: string;
  /**
   * 面向用户的错误描述（拓展）
   *
   * A user-facing description of the error (extension)
   */
  wording?: string;
  /**
   * 请求中的 `echo` 原样返回（WebSocket），用于匹配请求与响应。
   *
   * The request's `echo`, returned as it was (WebSocket), to match answers to calls.
   */
  echo?: unknown;
}

/** Return codes and their meaning. Implementations may answer with other codes; any non-zero code other than `async` is a failure. */
export const Retcode = {
  /**
   * 操作成功 — The action succeeded
   *
   * Defined by onebot11.
   */
  ok: 0,
  /**
   * 已进入异步执行，结果未知 — The action was queued for asynchronous execution; its outcome is unknown
   *
   * Defined by onebot11.
   */
  async: 1,
  /**
   * 参数缺失或无效（go-cqhttp 的默认失败码） — A parameter is missing or invalid (go-cqhttp's default failure code)
   *
   * Defined by go-cqhttp.
   */
  bad_param: 100,
  /**
   * 操作失败，或（HTTP 下）动作不存在：NapCat 经 HTTP 调用时的失败码（NapCat 的 OneBotAction.ts 与 network/http-server.ts） — The action failed, or (over HTTP) there is no such action: NapCat's failure code for HTTP calls (NapCat's OneBotAction.ts and network/http-server.ts)
   *
   * Defined by napcat.
   */
  napcat_failed: 200,
  /**
   * 参数未通过校验：NapCat 经 HTTP 调用时的参数错误码（经 WebSocket 时为 1400） — A parameter failed validation: NapCat's code for it in HTTP calls (1400 over WebSocket)
   *
   * Defined by napcat.
   */
  napcat_bad_params: 400,
  /**
   * 操作失败：NapCat 经 WebSocket（及 HTTP 服务的 WebSocket 通道）调用时的失败码（NapCat 的 OneBotAction.ts） — The action failed: NapCat's failure code for WebSocket calls, including the HTTP server's WebSocket channel (NapCat's OneBotAction.ts)
   *
   * Defined by napcat.
   */
  napcat_ws_failed: 1200,
  /**
   * 请求格式错误或参数无效（对应 HTTP 400） — The request is malformed or a parameter is invalid (HTTP 400)
   *
   * Defined by onebot11.
   */
  bad_request: 1400,
  /**
   * 未提供 access token（对应 HTTP 401） — No access token was given (HTTP 401)
   *
   * Defined by onebot11.
   */
  unauthorized: 1401,
  /**
   * access token 不符（对应 HTTP 403） — The access token is wrong (HTTP 403)
   *
   * Defined by onebot11.
   */
  forbidden: 1403,
  /**
   * 动作不存在（对应 HTTP 404） — No such action (HTTP 404)
   *
   * Defined by onebot11.
   */
  not_found: 1404,
} as const;
export type Retcode = (typeof Retcode)[keyof typeof Retcode];

/** The implementations whose support this spec records. */
export type ImplementationId = 'go-cqhttp';

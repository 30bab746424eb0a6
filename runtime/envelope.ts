/** Reading the response envelope: the result on success, a typed error otherwise. */
import { ActionFailedError, TransportError } from './errors.js';

export interface RawEnvelope {
  status?: unknown;
  retcode?: unknown;
  data?: unknown;
  message?: unknown;
  msg?: unknown;
  wording?: unknown;
  echo?: unknown;
}

/**
 * The error text of a failed envelope. Implementations disagree on its key: go-cqhttp writes
 * `msg`, NapCat `message`, and both may add a user-facing `wording`.
 */
export function errorText(envelope: RawEnvelope): string {
  for (const key of ['message', 'msg', 'wording'] as const) {
    const value = envelope[key];
    if (typeof value === 'string' && value.length) return value;
  }
  return '';
}

/** Returns `data` when the call succeeded (or was accepted asynchronously); throws otherwise. */
export function unwrap<T>(action: string, body: unknown): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new TransportError(`${action}: the answer is not a response envelope`, action, { code: 'malformed' });
  }
  const envelope = body as RawEnvelope;
  const retcode = typeof envelope.retcode === 'number' ? envelope.retcode : Number.NaN;
  if (Number.isNaN(retcode)) throw new TransportError(`${action}: the answer has no numeric retcode`, action, { code: 'malformed' });
  const ok = (envelope.status === 'ok' && retcode === 0) || (envelope.status === 'async' && retcode === 1);
  if (!ok) {
    throw new ActionFailedError(action, retcode, errorText(envelope), typeof envelope.wording === 'string' ? envelope.wording : undefined);
  }
  return (envelope.data ?? null) as T;
}

/**
 * What the forward and reverse WebSocket transports share: OneBot 11 frames. A call goes out as
 * `{action, params, echo}`; an answer is an envelope carrying the same `echo`; an event is any
 * frame with a `post_type` (answers never have one), and may arrive on the same connection. A
 * failure envelope without an echo answers no call in particular: it is about the connection
 * (NapCat sends `retcode` 1403 with a null echo when the token is wrong, then closes).
 */
import { WebSocket, type RawData } from 'ws';
import { TransportError } from '../errors.js';
import type { RawEnvelope } from '../envelope.js';
import type { PendingCalls } from '../pending-calls.js';
import type { EventListener } from '../transport.js';
import { asError } from '../listeners.js';

/**
 * Routes one incoming frame to the call it answers or to the event listeners; a failure envelope
 * without an echo goes to `connectionFailed`; other problems go to `report`.
 */
export function routeFrame(
  data: RawData,
  pending: PendingCalls,
  listeners: ReadonlySet<EventListener>,
  report: (error: Error) => void,
  connectionFailed: (envelope: RawEnvelope) => void,
): void {
  let frame: unknown;
  try {
    frame = JSON.parse(data.toString());
  } catch (error) {
    report(new TransportError('a frame that is not JSON was dropped', undefined, { cause: error, code: 'malformed' }));
    return;
  }
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) {
    report(new TransportError('a frame that is not a JSON object was dropped', undefined, { code: 'malformed' }));
    return;
  }
  const record = frame as Record<string, unknown>;
  if (typeof record.post_type === 'string') {
    deliver(record, listeners, report);
    return;
  }
  if (!pending.resolve(record.echo, record)) {
    if (
      (record.echo === null || record.echo === undefined) &&
      (record.status === 'failed' || (typeof record.retcode === 'number' && record.retcode !== 0 && record.retcode !== 1))
    ) {
      connectionFailed(record);
      return;
    }
    report(new TransportError(`an answer with an unknown echo (${JSON.stringify(record.echo) ?? 'none'}) was dropped`, undefined, { code: 'malformed' }));
  }
}

/** Calls every listener; one that throws or rejects is reported and never stops the others. */
export function deliver(event: Record<string, unknown>, listeners: ReadonlySet<EventListener>, report: (error: Error) => void): void {
  for (const listener of listeners) {
    try {
      const result = listener(event);
      if (result instanceof Promise) result.catch((error: unknown) => report(asError(error)));
    } catch (error) {
      report(asError(error));
    }
  }
}

/** Closes a socket politely, and forcibly if the peer does not answer within a second. */
export function closeSocket(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => socket.terminate(), 1_000);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
    else socket.close(1000);
  });
}

/** Whether a socket error is `ws` refusing a frame larger than `maxPayload`. */
export function isTooLarge(error: Error | undefined): boolean {
  return (error as { code?: string } | undefined)?.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
}

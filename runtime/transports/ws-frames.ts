/**
 * What the forward and reverse WebSocket transports share: OneBot 11 frames. A call goes out as
 * `{action, params, echo}`; an answer is an envelope carrying the same `echo`; an event is any
 * frame with a `post_type` (answers never have one), and may arrive on the same connection.
 */
import type { RawData, WebSocket } from 'ws';
import { TransportError } from '../errors.js';
import type { PendingCalls } from '../pending-calls.js';
import type { EventListener } from '../transport.js';
import { asError } from '../listeners.js';

/** Sends a call on an open socket and returns the promise of its envelope. */
export function sendCall(socket: WebSocket, pending: PendingCalls, action: string, params: object, timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
  const { echo, promise } = pending.add(action, timeoutMs, signal);
  socket.send(JSON.stringify({ action, params, echo }));
  return promise;
}

/** Routes one incoming frame to the call it answers or to the event listeners; problems go to `report`. */
export function routeFrame(data: RawData, pending: PendingCalls, listeners: ReadonlySet<EventListener>, report: (error: Error) => void): void {
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

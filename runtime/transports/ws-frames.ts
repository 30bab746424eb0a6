/**
 * What the forward and reverse WebSocket transports share: OneBot 11 frames. A call goes out as
 * `{action, params, echo}`; an answer is an envelope carrying the same `echo`; an event is any
 * frame with a `post_type` (answers never have one), and may arrive on the same connection.
 */
import { WebSocket, type RawData } from 'ws';
import { TransportError } from '../errors.js';
import type { PendingCalls } from '../pending-calls.js';
import type { EventListener } from '../transport.js';
import { asError } from '../listeners.js';

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

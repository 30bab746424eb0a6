/**
 * Calls sent on a connection and waiting for the answer with their `echo`.
 *
 * One timer serves every call: it is set for the earliest deadline and, when it fires, expires
 * what is due and sets itself for the next. With the usual single timeout per client a new call's
 * deadline is never the earliest, so adding and settling a call touch no timer at all; that keeps
 * the per-call cost close to a bare socket's. The timer is unref'd (it never keeps the process
 * alive; the connection does) and stays set when the last call settles, so one call at a time
 * does not arm and clear a timer per call; it fires at most once more, finding nothing, unless
 * `failAll` (on close) clears it first.
 */
import { TimeoutError, TransportError } from './errors.js';

interface Pending {
  action: string;
  resolve: (envelope: unknown) => void;
  reject: (error: Error) => void;
  deadline: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

export class PendingCalls {
  private readonly calls = new Map<number, Pending>();
  private nextEcho = 1;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  get size(): number {
    return this.calls.size;
  }

  /** Registers a call; the promise settles with its envelope, a rejection, or a `TimeoutError`. */
  add(action: string, timeoutMs: number, signal?: AbortSignal): { echo: number; promise: Promise<unknown> } {
    const echo = this.nextEcho++;
    if (this.nextEcho > Number.MAX_SAFE_INTEGER) this.nextEcho = 1;
    const promise = new Promise<unknown>((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      const call: Pending = { action, resolve, reject, deadline, timeoutMs, signal, onAbort: undefined };
      if (signal) {
        if (signal.aborted) return reject(new TransportError(`${action}: aborted`, action, { cause: signal.reason, code: 'aborted' }));
        call.onAbort = () => this.fail(echo, new TransportError(`${action}: aborted`, action, { cause: signal.reason, code: 'aborted' }));
        signal.addEventListener('abort', call.onAbort, { once: true });
      }
      this.calls.set(echo, call);
      if (deadline < this.timerAt) this.schedule(deadline);
    });
    return { echo, promise };
  }

  has(echo: number): boolean {
    return this.calls.has(echo);
  }

  /** Resolves the call with this echo; false when no call has it (a late or foreign answer). */
  resolve(echo: unknown, envelope: unknown): boolean {
    // Implementations echo what they were given, but some turn numbers into strings.
    const key = typeof echo === 'number' ? echo : typeof echo === 'string' ? Number(echo) : Number.NaN;
    const call = this.take(key);
    if (!call) return false;
    call.resolve(envelope);
    return true;
  }

  /** Rejects one call (e.g. its frame could not be sent). */
  fail(echo: number, error: Error): void {
    this.take(echo)?.reject(error);
  }

  /** Rejects every call, e.g. when the connection drops, and clears the timer. */
  failAll(error: (action: string) => Error): void {
    const calls = [...this.calls.values()];
    this.calls.clear();
    this.clearTimer();
    for (const call of calls) {
      this.detach(call);
      call.reject(error(call.action));
    }
  }

  private take(echo: number): Pending | undefined {
    const call = this.calls.get(echo);
    if (!call) return undefined;
    this.calls.delete(echo);
    this.detach(call);
    return call;
  }

  private detach(call: Pending): void {
    if (call.onAbort) call.signal!.removeEventListener('abort', call.onAbort);
  }

  private schedule(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.expire(), Math.max(0, at - Date.now())).unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private expire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = Date.now();
    let next = Infinity;
    const expired: Pending[] = [];
    for (const [echo, call] of this.calls) {
      if (call.deadline <= now) {
        this.calls.delete(echo);
        expired.push(call);
      } else if (call.deadline < next) next = call.deadline;
    }
    if (next < Infinity) this.schedule(next);
    for (const call of expired) {
      this.detach(call);
      call.reject(new TimeoutError(call.action, call.timeoutMs));
    }
  }
}

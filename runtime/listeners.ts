/** Small helpers shared by the transports and the client: listener sets and error coercion. */

export function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

/** A small typed set of listeners. */
export class Listeners<T extends unknown[]> {
  private readonly set = new Set<(...args: T) => void>();
  add(listener: (...args: T) => void): () => void {
    this.set.add(listener);
    return () => void this.set.delete(listener);
  }
  emit(...args: T): void {
    for (const listener of this.set) listener(...args);
  }
  get size(): number {
    return this.set.size;
  }
}

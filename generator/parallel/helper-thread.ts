/**
 * A second thread for the generator (the machine has two cores or more): it loads the spec while
 * the main thread imports the emitters, and formats half of the output while the main thread
 * formats the rest. Results are the same as doing everything in order; only the wall time differs.
 */
import { Worker } from 'node:worker_threads';
import type { EmittedFile } from '../emit/emitted-file.js';
import type { LoadResult } from '../load/index.js';

export type HelperRequest =
  | { id: number; task: 'load'; specDir: string; cwd: string }
  | { id: number; task: 'format'; files: EmittedFile[] };

export type HelperResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class HelperThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    this.worker = new Worker(new URL('./boot.mjs', import.meta.url), {
      workerData: { entry: new URL(`./helper-worker${ext}`, import.meta.url).href },
    });
    this.worker.on('message', (response: HelperResponse) => {
      const pending = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (response.ok) pending?.resolve(response.result);
      else pending?.reject(new Error(`the helper thread failed: ${response.error}`));
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`the helper thread exited with code ${code}`)));
  }

  load(specDir: string, cwd = process.cwd()): Promise<LoadResult> {
    return this.request({ task: 'load', specDir, cwd }) as Promise<LoadResult>;
  }

  format(files: EmittedFile[]): Promise<EmittedFile[]> {
    return this.request({ task: 'format', files }) as Promise<EmittedFile[]>;
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }

  private request(body: DistributiveOmit<HelperRequest, 'id'>): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id });
    });
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

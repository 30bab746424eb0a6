/**
 * The helper thread: loads the spec and formats files, so that the main thread can import the
 * emitters (ts-morph is slow to load) and emit at the same time. Every task is a plain function
 * call whose result is structured-cloned back.
 */
import { parentPort } from 'node:worker_threads';
import { loadSpec } from '../load/index.js';
import { formatAll } from '../write/format.js';
import type { HelperRequest, HelperResponse } from './helper-thread.js';

const port = parentPort!;

port.on('message', async (request: HelperRequest) => {
  let response: HelperResponse;
  try {
    const result = request.task === 'load' ? await loadSpec(request.specDir, request.cwd) : await formatAll(request.files);
    response = { id: request.id, ok: true, result };
  } catch (error) {
    response = { id: request.id, ok: false, error: (error as Error).stack ?? String(error) };
  }
  port.postMessage(response);
});

// Warm prettier up while the spec is loading or the main thread is emitting.
void import('prettier');

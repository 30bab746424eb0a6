// Entry of the helper thread. Worker threads do not inherit tsx's loader, so when the generator
// runs from TypeScript sources this registers it before importing the real worker module.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);

/**
 * `pnpm bench:conform`: what the conformance proxy costs. Bare `ws` calls (100 in flight) straight
 * to the loopback peer, side by side with the same calls through `pnpm conform proxy` checking
 * them against the onebot11 profile; then a long run through the proxy with the heap measured
 * before and after, to show its memory does not grow with traffic.
 */
import { WebSocket } from 'ws';
import { ConformProxy } from '../conform/proxy.js';
import { loadSpec } from '../generator/load/index.js';
import { compare, fmt, root, startPeer, table } from './lib.js';

async function bareClient(url: string) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const waiting = new Map<number, () => void>();
  let echo = 0;
  socket.on('message', (raw) => {
    const frame = JSON.parse(raw.toString()) as { echo: number };
    waiting.get(frame.echo)?.();
    waiting.delete(frame.echo);
  });
  return {
    call: () =>
      new Promise<void>((resolve) => {
        const id = ++echo;
        waiting.set(id, resolve);
        socket.send(JSON.stringify({ action: 'get_status', params: {}, echo: id }));
      }),
    close: () => socket.close(),
  };
}

const { model } = await loadSpec(`${root}/spec`);
if (!model) throw new Error('the spec does not load');
const peer = await startPeer();
const proxy = await ConformProxy.start({ model, implementation: 'onebot11', upstream: `ws://127.0.0.1:${peer.port}` });
const direct = await bareClient(`ws://127.0.0.1:${peer.port}`);
const proxied = await bareClient(proxy.wsUrl);

const ROUNDS = 11;
const r = await compare({ direct: direct.call, 'through the proxy': proxied.call }, 5_000, 100, ROUNDS);
const rows = [['path', 'calls/s', 'p50 µs', 'p99 µs', 'calls/s vs direct']];
for (const [name, x] of Object.entries(r)) rows.push([name, fmt(x.callsPerSecond), fmt(x.p50), fmt(x.p99), `${fmt(x.ratio * 100, 1)} %`]);
console.log(`forward WebSocket, loopback, peer in its own process, 100 calls in flight (medians of ${ROUNDS} alternating rounds)\n`);
console.log(table(rows));

const LONG = 500_000;
global.gc?.();
const before = process.memoryUsage().heapUsed;
for (let done = 0; done < LONG; done += 10_000) await Promise.all(Array.from({ length: 10_000 }, () => proxied.call()));
global.gc?.();
const after = process.memoryUsage().heapUsed;
const summary = proxy.report().summary;
console.log(
  `\n${fmt(LONG)} more calls through the proxy (${fmt(summary.frames.bot + summary.frames.implementation)} frames checked in all): heap ${fmt(before / 2 ** 20, 1)} MiB before, ${fmt(after / 2 ** 20, 1)} MiB after${global.gc ? '' : ' (run with --expose-gc for exact numbers)'}; ${summary.findings.length} distinct finding(s) kept`,
);
direct.close();
proxied.close();
await proxy.close();
peer.stop();

/**
 * `pnpm bench:ws`: calls per second and p50/p99 latency of the generated client over forward
 * WebSocket, with 1 and 100 calls in flight, side by side with a bare `ws` client that matches
 * echoes by hand, against the same loopback peer in its own process.
 */
import { WebSocket } from 'ws';
import { OneBotClient } from '../generated/typescript/client.js';
import { WsForwardTransport } from '../runtime/index.js';
import { compare, fmt, startPeer, table } from './lib.js';

/** The least a hand-written client does: a counter for echoes, a map of resolvers, JSON both ways. */
async function bareClient(url: string) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const waiting = new Map<number, (data: unknown) => void>();
  let echo = 0;
  socket.on('message', (raw) => {
    const frame = JSON.parse(raw.toString()) as { echo: number; data: unknown };
    const resolve = waiting.get(frame.echo);
    if (resolve) {
      waiting.delete(frame.echo);
      resolve(frame.data);
    }
  });
  return {
    call: (action: string, params: object) =>
      new Promise<unknown>((resolve) => {
        const id = ++echo;
        waiting.set(id, resolve);
        socket.send(JSON.stringify({ action, params, echo: id }));
      }),
    close: () => socket.close(),
  };
}

const ROUNDS = 21;
const peer = await startPeer();
const url = `ws://127.0.0.1:${peer.port}`;
const transport = new WsForwardTransport({ url, reconnect: false });
await transport.ready();
const bot = new OneBotClient(transport);
const bare = await bareClient(url);

const rows = [['in flight', 'client', 'calls/s', 'p50 µs', 'p99 µs', 'calls/s vs bare']];
for (const [inFlight, total] of [
  [1, 2_000],
  [100, 5_000],
] as const) {
  const r = await compare({ 'bare ws': () => bare.call('get_status', {}), OneBotClient: () => bot.get_status() }, total, inFlight, ROUNDS);
  const ours = r.OneBotClient!;
  const base = r['bare ws']!;
  rows.push([String(inFlight), 'OneBotClient', fmt(ours.callsPerSecond), fmt(ours.p50), fmt(ours.p99), `${fmt(ours.ratio * 100, 1)} %`]);
  rows.push([String(inFlight), 'bare ws', fmt(base.callsPerSecond), fmt(base.p50), fmt(base.p99), '100 %']);
}
console.log(
  `forward WebSocket, loopback, peer in its own process (medians of ${ROUNDS} alternating rounds; the ratio is the median of the per-round ratios)\n`,
);
console.log(table(rows));
await bot.close();
bare.close();
peer.stop();

/**
 * `pnpm bench:http`: calls per second of the generated client over HTTP side by side with bare
 * `fetch` posting the same JSON, against the same loopback peer in its own process.
 */
import { OneBotClient } from '../generated/typescript/client.js';
import { HttpTransport } from '../runtime/index.js';
import { compare, fmt, startPeer, table } from './lib.js';

const ROUNDS = 15;
const peer = await startPeer();
const baseUrl = `http://127.0.0.1:${peer.port}`;
const bot = new OneBotClient(new HttpTransport({ baseUrl }));
const bare = async () => {
  const response = await fetch(`${baseUrl}/get_status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return ((await response.json()) as { data: unknown }).data;
};

const rows = [['in flight', 'client', 'calls/s', 'p50 µs', 'p99 µs', 'calls/s vs fetch']];
for (const [inFlight, total] of [
  [1, 1_000],
  [10, 1_000],
] as const) {
  const r = await compare({ 'bare fetch': bare, OneBotClient: () => bot.get_status() }, total, inFlight, ROUNDS);
  const ours = r.OneBotClient!;
  const base = r['bare fetch']!;
  rows.push([String(inFlight), 'OneBotClient', fmt(ours.callsPerSecond), fmt(ours.p50), fmt(ours.p99), `${fmt(ours.ratio * 100, 1)} %`]);
  rows.push([String(inFlight), 'bare fetch', fmt(base.callsPerSecond), fmt(base.p50), fmt(base.p99), '100 %']);
}
console.log(`HTTP, loopback, peer in its own process (medians of ${ROUNDS} alternating rounds; the ratio is the median of the per-round ratios)\n`);
console.log(table(rows));
peer.stop();

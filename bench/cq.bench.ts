/**
 * `pnpm bench:cq`: CQ code parse and stringify throughput in MB/s on a generated 1 MB corpus,
 * as one long string and as many short messages. The corpus is the same on every run (seeded).
 */
import { parse, stringify, type CQSegment } from '../runtime/cq-code.js';
import { fmt, median, table } from './lib.js';

/** A small seeded generator (mulberry32), so every run measures the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(11);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const words = ['hello', '你好', '世界', 'OneBot', '[not a code]', 'a&b', 'x,y', '表情😀', 'https://example.com/?a=1&b=2', ' ', '\n'];

function message(): CQSegment[] {
  const out: CQSegment[] = [];
  const n = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.55) out.push({ type: 'text', data: { text: Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(words)).join('') } });
    else if (r < 0.7) out.push({ type: 'face', data: { id: String(Math.floor(rand() * 300)) } });
    else if (r < 0.85) out.push({ type: 'at', data: { qq: String(10_000 + Math.floor(rand() * 1e8)) } });
    else out.push({ type: 'image', data: { file: `${Math.floor(rand() * 1e9).toString(16)}.image`, url: 'https://example.com/i?x=1,y=[2]&z=3' } });
  }
  // Merge neighbouring text so the corpus is what parse would return.
  const merged: typeof out = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (s.type === 'text' && last?.type === 'text') last.data.text = String(last.data.text) + String(s.data.text);
    else merged.push(s);
  }
  return merged;
}

const messages: string[] = [];
let size = 0;
while (size < 1 << 20) {
  const text = stringify(message());
  messages.push(text);
  size += Buffer.byteLength(text);
}
const long = messages.join('');
const longSegments = parse(long);
const shortSegments = messages.map(parse);
const MB = Buffer.byteLength(long) / (1 << 20);

/** Steady-state throughput: warm the JIT up first, then the median of `runs` timed runs. */
function measure(work: () => void, runs = 15): number {
  for (let i = 0; i < 10; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return MB / median(times);
}

let sink = 0;
const rows = [['corpus', 'parse MB/s', 'stringify MB/s']];
rows.push([
  `one ${fmt(MB, 2)} MB string`,
  fmt(
    measure(() => void (sink += parse(long).length)),
    1,
  ),
  fmt(
    measure(() => void (sink += stringify(longSegments).length)),
    1,
  ),
]);
rows.push([
  `${fmt(messages.length)} messages (avg ${fmt((MB * (1 << 20)) / messages.length)} B)`,
  fmt(
    measure(() => messages.forEach((m) => (sink += parse(m).length))),
    1,
  ),
  fmt(
    measure(() => shortSegments.forEach((s) => (sink += stringify(s).length))),
    1,
  ),
]);
console.log(`CQ code codec, ${fmt(MB, 2)} MB generated corpus (after 10 warm-up runs, median of 15, MB of CQ text per second)\n`);
console.log(table(rows));
if (sink < 0) console.log(sink);

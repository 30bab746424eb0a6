/** Shared by the benchmark scripts: the peer process, timing loops, statistics and a table printer. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(import.meta.url), '../..');

/** Starts bench/echo-server.ts in its own process and resolves with its port. */
export async function startPeer(): Promise<{ port: number; child: ChildProcess; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'bench/echo-server.ts')], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolvePort, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', (chunk: Buffer) => resolvePort(Number(chunk.toString().trim())));
  });
  return { port, child, stop: () => child.stdin!.end() };
}

export interface RunResult {
  callsPerSecond: number;
  p50: number;
  p99: number;
}

/** Runs `total` calls with `inFlight` of them outstanding at any time; latencies in microseconds. */
export async function run(call: () => Promise<unknown>, total: number, inFlight: number): Promise<RunResult> {
  const latencies = new Float64Array(total);
  let started = 0;
  const worker = async () => {
    while (started < total) {
      const i = started++;
      const t0 = process.hrtime.bigint();
      await call();
      latencies[i] = Number(process.hrtime.bigint() - t0) / 1e3;
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  latencies.sort();
  return { callsPerSecond: total / seconds, p50: latencies[Math.floor(total * 0.5)]!, p99: latencies[Math.floor(total * 0.99)]! };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Alternates the contenders round by round so that machine noise hits both alike; medians per
 * metric, and for each contender the median over rounds of its throughput relative to the first
 * contender's in the same round (a paired ratio shrugs off load that drifts between rounds).
 */
export async function compare(
  contenders: Record<string, () => Promise<unknown>>,
  total: number,
  inFlight: number,
  rounds: number,
): Promise<Record<string, RunResult & { ratio: number }>> {
  const results: Record<string, RunResult[]> = {};
  const names = Object.keys(contenders);
  for (const name of names) await run(contenders[name]!, Math.min(total, 2_000), inFlight); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) (results[name] ??= []).push(await run(contenders[name]!, total, inFlight));
  }
  const base = results[names[0]!]!;
  return Object.fromEntries(
    names.map((name) => {
      const rs = results[name]!;
      return [
        name,
        {
          callsPerSecond: median(rs.map((x) => x.callsPerSecond)),
          p50: median(rs.map((x) => x.p50)),
          p99: median(rs.map((x) => x.p99)),
          ratio: median(rs.map((x, i) => x.callsPerSecond / base[i]!.callsPerSecond)),
        },
      ];
    }),
  );
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * `pnpm bench`: times `pnpm generate` (all four artifacts) side by side with openapi-typescript
 * generating types alone from the OpenAPI document we emit, and reports the ratio.
 *
 * Both run as fresh processes, the way people run them, alternating so that machine noise hits
 * both alike. Output goes to a temporary folder; generated/ is not touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const out = mkdtempSync(join(tmpdir(), 'onebot-bench-'));

const bin = (name: string) => join(root, 'node_modules/.bin', name);
const ours = [bin('tsx'), [join(root, 'generator/cli/generate.ts'), '--out', join(out, 'generated')]] as const;
const reference = [bin('openapi-typescript'), [join(root, 'generated/openapi/onebot11.json'), '-o', join(out, 'openapi-typescript.ts')]] as const;

function time([command, args]: readonly [string, readonly string[]]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// One warm-up each (disk cache, tsx's transform cache), then alternate.
time(ours);
time(reference);
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < runs; i++) {
  a.push(time(ours));
  b.push(time(reference));
}
rmSync(out, { recursive: true, force: true });

const row = (name: string, xs: number[]) =>
  `${name.padEnd(52)} median ${median(xs).toFixed(0).padStart(5)} ms   min ${Math.min(...xs).toFixed(0).padStart(5)} ms   max ${Math.max(...xs).toFixed(0).padStart(5)} ms`;
console.log(`${runs} runs each, alternating, as fresh processes`);
console.log(row('pnpm generate (types, client, OpenAPI, docs)', a));
console.log(row('openapi-typescript (types only, from our OpenAPI)', b));
console.log(`ratio (ours / openapi-typescript): ${(median(a) / median(b)).toFixed(2)}`);

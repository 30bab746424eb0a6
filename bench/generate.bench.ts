/**
 * `pnpm bench generate`: times `pnpm generate` (all four artifacts) side by side with
 * openapi-typescript generating types alone from the OpenAPI document we emit, and reports ratios
 * for three kinds of run:
 * - cold: `--no-cache`, everything loaded, emitted and formatted from scratch;
 * - after an edit: one spec file changed since the last run, so the run is full but prettier's
 *   results for the files that did not change are reused;
 * - unchanged: no input changed since the last run, so the last output is reused.
 *
 * Every run is a fresh process, the way people run them, alternating so that machine noise hits
 * both alike. It works on a copy of the spec in a temporary folder; generated/ is not touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const out = mkdtempSync(join(tmpdir(), 'onebot-bench-'));

const bin = (name: string) => join(root, 'node_modules/.bin', name);
const spec = join(out, 'spec');
cpSync(join(root, 'spec'), spec, { recursive: true });
const generate = (...extra: string[]) => [bin('tsx'), [join(root, 'generator/cli/generate.ts'), '--spec', spec, '--out', join(out, 'generated'), ...extra]] as const;
const cold = generate('--no-cache');
const unchanged = generate();
// A real edit: one description in one file changes, alternating between two versions.
const edited = join(spec, 'actions/onebot11/message.yaml');
const original = readFileSync(edited, 'utf8');
let flip = false;
const edit = () => {
  flip = !flip;
  writeFileSync(edited, flip ? original.replace('发送私聊消息', '发送私聊消息（基准测试）') : original);
};
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
time(unchanged);
time(reference);
const results = { cold: [] as number[], edited: [] as number[], unchanged: [] as number[], reference: [] as number[] };
for (let i = 0; i < runs; i++) {
  results.cold.push(time(cold));
  edit();
  results.edited.push(time(unchanged));
  results.unchanged.push(time(unchanged));
  results.reference.push(time(reference));
}
rmSync(out, { recursive: true, force: true });

const row = (name: string, xs: number[]) =>
  `${name.padEnd(58)} median ${median(xs).toFixed(0).padStart(6)} ms   min ${Math.min(...xs).toFixed(0).padStart(6)} ms   max ${Math.max(...xs).toFixed(0).padStart(6)} ms`;
const ratio = (xs: number[]) => (median(xs) / median(results.reference)).toFixed(2);
console.log(`${runs} runs each, alternating, as fresh processes`);
console.log(row('pnpm generate, cold (--no-cache)', results.cold));
console.log(row('pnpm generate, after a one-file spec edit', results.edited));
console.log(row('pnpm generate, nothing changed', results.unchanged));
console.log(row('openapi-typescript (types only, from our OpenAPI)', results.reference));
console.log(`ratio to openapi-typescript: cold ${ratio(results.cold)}, after an edit ${ratio(results.edited)}, unchanged ${ratio(results.unchanged)}`);

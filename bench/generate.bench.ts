/**
 * `pnpm bench generate`: times `pnpm generate` (all four artifacts) side by side with
 * openapi-typescript generating types alone from the OpenAPI document we emit, and reports ratios
 * for three kinds of run:
 * - cold: `--no-cache`, everything loaded, emitted and formatted from scratch;
 * - after an edit: one spec file changed since the last run, so the run is full but prettier's
 *   results for the files that did not change are reused;
 * - unchanged: no input changed since the last run, so the last output is reused;
 * - check: `--check --no-cache`, what CI runs after a change;
 * - 10×: cold, on a synthetic spec ten times the size (bench/synthetic-spec.ts), for how the time
 *   grows with the spec (the goal: at most ten times as long), with openapi-typescript on that
 *   spec's OpenAPI beside it.
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
import { multiplySpec } from './synthetic-spec.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'large-runs': { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const largeRuns = Number(values['large-runs']);
const out = mkdtempSync(join(tmpdir(), 'onebot-bench-'));

const bin = (name: string) => join(root, 'node_modules/.bin', name);
const spec = join(out, 'spec');
cpSync(join(root, 'spec'), spec, { recursive: true });
const generateFrom = (specDir: string, outDir: string, ...extra: string[]) =>
  [bin('tsx'), [join(root, 'generator/cli/generate.ts'), '--spec', specDir, '--out', outDir, ...extra]] as const;
const generate = (...extra: string[]) => generateFrom(spec, join(out, 'generated'), ...extra);
const cold = generate('--no-cache');
const unchanged = generate();
const check = generate('--check', '--no-cache');
const largeSpec = join(out, 'spec-10x');
multiplySpec(join(root, 'spec'), largeSpec, 10);
const largeCold = generateFrom(largeSpec, join(out, 'generated-10x'), '--no-cache');
const openapiTypescript = (document: string) => [bin('openapi-typescript'), [document, '-o', join(out, 'openapi-typescript.ts')]] as const;
// A real edit: one description in one file changes, alternating between two versions.
const edited = join(spec, 'actions/onebot11/message.yaml');
const original = readFileSync(edited, 'utf8');
let flip = false;
const edit = () => {
  flip = !flip;
  writeFileSync(edited, flip ? original.replace('发送私聊消息', '发送私聊消息（基准测试）') : original);
};
const reference = openapiTypescript(join(root, 'generated/openapi/onebot11.json'));
const largeReference = openapiTypescript(join(out, 'generated-10x/openapi/onebot11.json'));

function time([command, args]: readonly [string, readonly string[]], ok = [0]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!ok.includes(result.status ?? -1)) throw new Error(`${command} failed:\n${result.stderr}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// One warm-up each (disk cache, tsx's transform cache), then alternate.
time(unchanged);
time(reference);
const results = { cold: [] as number[], edited: [] as number[], unchanged: [] as number[], check: [] as number[], reference: [] as number[], large: [] as number[], largeReference: [] as number[] };
for (let i = 0; i < runs; i++) {
  results.cold.push(time(cold));
  edit();
  // The edit makes the output stale: --check exits 1, as it should.
  results.check.push(time(check, [0, 1]));
  results.edited.push(time(unchanged));
  results.unchanged.push(time(unchanged));
  results.reference.push(time(reference));
}
for (let i = 0; i < largeRuns; i++) {
  results.large.push(time(largeCold));
  results.largeReference.push(time(largeReference));
}
rmSync(out, { recursive: true, force: true });

const row = (name: string, xs: number[]) =>
  `${name.padEnd(58)} median ${median(xs).toFixed(0).padStart(6)} ms   min ${Math.min(...xs).toFixed(0).padStart(6)} ms   max ${Math.max(...xs).toFixed(0).padStart(6)} ms`;
const ratio = (xs: number[], to = results.reference) => (median(xs) / median(to)).toFixed(2);
console.log(`${runs} runs each (${largeRuns} of the 10× spec), alternating, as fresh processes`);
console.log(row('pnpm generate, cold (--no-cache)', results.cold));
console.log(row('pnpm generate --check, cold, after an edit', results.check));
console.log(row('pnpm generate, after a one-file spec edit', results.edited));
console.log(row('pnpm generate, nothing changed', results.unchanged));
console.log(row('openapi-typescript (types only, from our OpenAPI)', results.reference));
console.log(row('pnpm generate, cold, 10× spec', results.large));
console.log(row('openapi-typescript, 10× spec', results.largeReference));
console.log(
  `ratio to openapi-typescript: cold ${ratio(results.cold)}, --check ${ratio(results.check)}, after an edit ${ratio(results.edited)}, unchanged ${ratio(results.unchanged)}, cold 10× ${ratio(results.large, results.largeReference)}`,
);
console.log(`growth with a 10× spec (goal: at most 10): pnpm generate ${ratio(results.large, results.cold)}, openapi-typescript ${ratio(results.largeReference, results.reference)}`);

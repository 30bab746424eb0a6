/**
 * `pnpm bench:generate`: times `pnpm generate` (every artifact, both languages of docs) side by
 * side with openapi-typescript generating types alone from the OpenAPI document we emit, and
 * reports ratios for each kind of run:
 * - cold: `--no-cache`, everything loaded, checked, emitted and written from scratch;
 * - check: `--check --no-cache` after a spec edit, what CI runs after a change (it exits 1);
 * - after an edit: one spec file changed since the last run (the output cache misses, so the run is full);
 * - unchanged: no input changed since the last run, so the last output is reused;
 * - cold, the generator's bundle rebuilt: what the first run after a change to the generator pays
 *   (scripts/run.mjs compiles the generator into one file again);
 * - 10×: cold, on a synthetic spec ten times the size (bench/synthetic-spec.ts), for how the time
 *   grows with the spec (the goal: at most ten times as long), with openapi-typescript on that
 *   spec's OpenAPI beside it.
 *
 * `pnpm generate` is run as package.json's script runs it (without pnpm's own start-up, as
 * openapi-typescript is run from its bin). Every run is a fresh process; each round runs every
 * kind once and openapi-typescript once, alternating their order, and a ratio is the median over
 * the rounds of the round's own ratio, which shrugs off load that drifts while the benchmark runs.
 * It works on a copy of the spec in a temporary folder; generated/ is not touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './lib.js';
import { multiplySpec } from './synthetic-spec.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'large-runs': { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const largeRuns = Number(values['large-runs']);
const out = mkdtempSync(join(tmpdir(), 'onebot-bench-'));

type Command = readonly [string, readonly string[]];
const bin = (name: string) => join(root, 'node_modules/.bin', name);
// `node scripts/run.mjs generator/cli/generate.ts`, as `pnpm generate` runs it.
const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.generate!.split(' ');
if (script[0] !== 'node') throw new Error(`the generate script is no longer 'node ...': ${script.join(' ')}`);
const spec = join(out, 'spec');
cpSync(join(root, 'spec'), spec, { recursive: true });
const generateFrom = (specDir: string, outDir: string, ...extra: string[]): Command => [
  process.execPath,
  [...script.slice(1), '--spec', specDir, '--out', outDir, ...extra],
];
const generate = (...extra: string[]) => generateFrom(spec, join(out, 'generated'), ...extra);
const largeSpec = join(out, 'spec-10x');
multiplySpec(join(root, 'spec'), largeSpec, 10);
const openapiTypescript = (document: string): Command => [bin('openapi-typescript'), [document, '-o', join(out, 'openapi-typescript.ts')]];
const bundle = join(root, 'node_modules/.cache/onebot-spec/run');

// A real edit: one description in one file changes, alternating between two versions.
const edited = join(spec, 'actions/onebot11/message.yaml');
const original = readFileSync(edited, 'utf8');
let flip = false;
const edit = () => {
  flip = !flip;
  writeFileSync(edited, flip ? original.replace('发送私聊消息', '发送私聊消息（基准测试）') : original);
};

function time([command, args]: Command, ok = [0]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!ok.includes(result.status ?? -1)) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return ms;
}

interface Kind {
  name: string;
  run: () => number;
}
/** Runs each kind once a round, the reference among them, in an order that alternates; every time in ms. */
function rounds(count: number, reference: Kind, kinds: Kind[]): Record<string, number[]> {
  const times: Record<string, number[]> = Object.fromEntries([reference, ...kinds].map((k) => [k.name, []]));
  for (let i = 0; i < count; i++) {
    const order = i % 2 ? [...kinds, reference] : [reference, ...kinds];
    for (const kind of order) times[kind.name]!.push(kind.run());
  }
  return times;
}

// Warm-up: the output folder, the bundle, the disk cache.
time(generate());
time(openapiTypescript(join(out, 'generated/openapi/onebot11.json')));
const small = rounds(runs, { name: 'openapi-typescript', run: () => time(openapiTypescript(join(out, 'generated/openapi/onebot11.json'))) }, [
  { name: 'cold', run: () => time(generate('--no-cache')) },
  {
    name: 'check',
    run: () => {
      // The edit makes the output stale: --check exits 1, as it should.
      edit();
      return time(generate('--check', '--no-cache'), [0, 1]);
    },
  },
  { name: 'edited', run: () => time(generate()) },
  { name: 'unchanged', run: () => time(generate()) },
  {
    name: 'rebuilt',
    run: () => {
      rmSync(bundle, { recursive: true, force: true });
      return time(generate('--no-cache'));
    },
  },
]);
time(generateFrom(largeSpec, join(out, 'generated-10x'), '--no-cache'));
const large = rounds(largeRuns, { name: 'openapi-typescript', run: () => time(openapiTypescript(join(out, 'generated-10x/openapi/onebot11.json'))) }, [
  { name: 'cold', run: () => time(generateFrom(largeSpec, join(out, 'generated-10x'), '--no-cache')) },
]);
rmSync(out, { recursive: true, force: true });

const paired = (xs: number[], to: number[]) => median(xs.map((x, i) => x / to[i]!));
const row = (name: string, xs: number[], to: number[]) =>
  `${name.padEnd(62)} median ${median(xs).toFixed(0).padStart(6)} ms   min ${Math.min(...xs)
    .toFixed(0)
    .padStart(6)}   max ${Math.max(...xs)
    .toFixed(0)
    .padStart(6)}   ratio ${paired(xs, to).toFixed(2)}`;
const ref = small['openapi-typescript']!;
console.log(`${runs} rounds (${largeRuns} of the 10× spec), every run a fresh process; ratio: the median of each round's ratio to openapi-typescript`);
console.log(row('openapi-typescript (types only, from our OpenAPI)', ref, ref));
console.log(row('pnpm generate, cold (--no-cache)', small.cold!, ref));
console.log(row('pnpm generate --check, cold, after an edit', small.check!, ref));
console.log(row('pnpm generate, after a one-file spec edit', small.edited!, ref));
console.log(row('pnpm generate, nothing changed', small.unchanged!, ref));
console.log(row('pnpm generate, cold, the generator bundle rebuilt', small.rebuilt!, ref));
console.log(row('openapi-typescript, 10× spec', large['openapi-typescript']!, large['openapi-typescript']!));
console.log(row('pnpm generate, cold, 10× spec', large.cold!, large['openapi-typescript']!));
const growth = (big: number[], base: number[]) => (median(big) / median(base)).toFixed(2);
console.log(
  `growth with a 10× spec (goal: at most 10): pnpm generate ${growth(large.cold!, small.cold!)}, openapi-typescript ${growth(large['openapi-typescript']!, ref)}`,
);

/**
 * `pnpm bench:typecheck`: how long `tsc` takes to check a bot of twenty calls written against this
 * package's `onebot-spec/napcat`, side by side with the same bot written against node-napcat-ts
 * (bench/typecheck/). Both are checked as a user's project checks them: strict, NodeNext,
 * `skipLibCheck: false`, so each library's declarations are checked too. Ours resolves
 * `onebot-spec/napcat` through the package's exports to the built declarations in `dist/` (the
 * bench builds it first when it is missing or older than its sources), as an installed copy does.
 *
 * Every check is a fresh `tsc` process, the contenders alternating (the order reversed every other
 * round); it reports the median wall time, tsc's own check time, and the ratio ours / theirs, of
 * the whole time and of the time above a baseline that checks no library (the standard library
 * and @types/node, which every consumer checks too).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, median, root, table } from './lib.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs: expected a whole number of at least 1, got '${values.runs}'`);
  process.exit(2);
}

const contenders = {
  'onebot-spec/napcat': join(root, 'bench/typecheck/onebot-spec-consumer.ts'),
  'node-napcat-ts': join(root, 'bench/typecheck/node-napcat-ts-consumer.ts'),
  'baseline (no library)': join(root, 'bench/typecheck/baseline.ts'),
};
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const flags = [
  '--noEmit',
  '--strict',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--target',
  'es2022',
  '--lib',
  'es2023',
  '--types',
  'node',
  '--skipLibCheck',
  'false',
];

/** The actions a consumer calls (`bot.x(`, subscriptions left out): both must call the same twenty. */
const calls = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/\bbot\.(\w+)\(/g)].map((m) => m[1]!).filter((name) => name !== 'on'));
const [ours, theirs] = [contenders['onebot-spec/napcat'], contenders['node-napcat-ts']].map(calls) as [Set<string>, Set<string>];
const differ = [...ours].filter((a) => !theirs.has(a)).concat([...theirs].filter((a) => !ours.has(a)));
if (ours.size !== 20 || differ.length) {
  console.error(`the consumers must make the same twenty calls: ${ours.size} and ${theirs.size} calls, differing in ${differ.join(', ') || 'none'}`);
  process.exit(1);
}

/** The newest modification time of the files under `dir` (or of the file). */
function newest(path: string): number {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  return Math.max(0, ...(readdirSync(path, { recursive: true }) as string[]).map((f) => statSync(join(path, f)).mtimeMs));
}
const declarations = join(root, 'dist/generated/typescript/napcat/index.d.ts');
const sources = ['generated/typescript', 'runtime', 'package', 'tsconfig.build.json', 'tsconfig.json'].map((p) => newest(join(root, p)));
if (!existsSync(declarations) || statSync(declarations).mtimeMs < Math.max(...sources)) {
  console.log('building dist/ (pnpm build) ...');
  const built = spawnSync('pnpm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

interface Check {
  wallMs: number;
  checkMs: number;
  totalMs: number;
  types: number;
  files: number;
  lines: number;
}

/** One `tsc` process over one consumer; fails with tsc's output when the consumer does not compile. */
function check(file: string): Check {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [tsc, ...flags, '--extendedDiagnostics', file], { cwd: root, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    console.error(`tsc failed on ${file}:\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  const stat = (name: string) => Number(new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(result.stdout)?.[1] ?? Number.NaN);
  return {
    wallMs,
    checkMs: stat('Check time') * 1e3,
    totalMs: stat('Total time') * 1e3,
    types: stat('Types'),
    files: stat('Files'),
    lines: stat('Lines of Definitions'),
  };
}

const names = Object.keys(contenders) as (keyof typeof contenders)[];
for (const name of names) check(contenders[name]); // warm-up (disk cache), and proof that each compiles
const results: Record<string, Check[]> = {};
for (let r = 0; r < runs; r++) {
  for (const name of r % 2 ? [...names].reverse() : names) (results[name] ??= []).push(check(contenders[name]));
}

const [mine, other, base] = names.map((n) => results[n]!) as [Check[], Check[], Check[]];
const med = (xs: Check[], key: keyof Check) => median(xs.map((x) => x[key]));
const paired = (key: keyof Check) => median(mine.map((x, i) => x[key] / other[i]![key]));
/** Per round, the time above that round's baseline: each library's own share. */
const above = (xs: Check[], key: keyof Check) => xs.map((x, i) => x[key] - base[i]![key]);
console.log(`tsc ${flags.join(' ')}, ${runs} runs each, alternating, every run a fresh process; ${ours.size} calls in each consumer\n`);
console.log(
  table([
    ['consumer', 'wall ms (median)', 'min–max', 'tsc check ms', 'tsc total ms', 'total above baseline', 'files', 'declaration lines', 'types'],
    ...names.map((name) => {
      const xs = results[name]!;
      const walls = xs.map((x) => x.wallMs);
      const own = xs === base ? '' : fmt(median(above(xs, 'totalMs')));
      return [
        name,
        fmt(med(xs, 'wallMs')),
        `${fmt(Math.min(...walls))}–${fmt(Math.max(...walls))}`,
        fmt(med(xs, 'checkMs')),
        fmt(med(xs, 'totalMs')),
        own,
        fmt(xs[0]!.files),
        fmt(xs[0]!.lines),
        fmt(xs[0]!.types),
      ];
    }),
  ]),
);
console.log(
  `\nratio ours / theirs (median of per-round ratios): wall ${fmt(paired('wallMs'), 2)}, tsc check ${fmt(paired('checkMs'), 2)}, tsc total ${fmt(paired('totalMs'), 2)}`,
);
// Each library's own share is small beside the baseline, so it is given in ms: a ratio of two
// small differences says more about noise than about either library.
const own = (xs: Check[], key: keyof Check) => `${fmt(median(above(xs, key)))} ms`;
console.log(
  `time above the baseline (each library's own, median): wall ${own(mine, 'wallMs')} ours, ${own(other, 'wallMs')} theirs; tsc check ${own(mine, 'checkMs')} ours, ${own(other, 'checkMs')} theirs; tsc total ${own(mine, 'totalMs')} ours, ${own(other, 'totalMs')} theirs`,
);

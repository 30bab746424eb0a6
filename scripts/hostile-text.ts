/**
 * `pnpm hostile-text`: the larger run of test/hostile-text.test.ts. Where the test puts every
 * hostile construct into each place at once, this puts each construct on its own into every
 * place, and then very long strings (one accepted instance of every place, so the amount of text
 * stays bounded), one spec per run: generate, compile under --strict, import the client, build
 * the docs site, and check that no marker file was written. Each run is a process of its own,
 * `--jobs` at a time; prints one line per run as it ends, then the total; exits 1 if any run failed.
 *
 *   pnpm hostile-text [--only <n>|long]  run only the n-th construct (0-based), or the long strings
 *                     [--length <n>]     the length of the long strings (20000)
 *                     [--jobs <n>]       runs at once (2)
 */
import { execFile, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { hostileRun, markersLeft, payload, payloadPieces } from '../test/helpers/hostile-text.js';
import { ROOT } from '../test/helpers/paths.js';
import { typeCheck } from '../test/helpers/tsc.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, length: { type: 'string', default: '20000' }, jobs: { type: 'string', default: '2' } } });
const length = Number(values.length);
const jobs = Number(values.jobs);
for (const [option, n] of [
  ['length', length],
  ['jobs', jobs],
] as const) {
  if (!Number.isInteger(n) || n < 1) {
    console.error(`pnpm hostile-text: --${option}: '${values[option]}' is not a whole number from 1`);
    process.exit(3);
  }
}

interface Run {
  name: string;
  value: (id: string, markers: string) => string;
  acceptedPerPlace?: number;
}

const LONG = '\u202e{{ }}</script>';
const runs: Run[] = [
  ...payloadPieces('x', '/x').map((_, i) => ({ name: `construct-${i}`, value: (id: string, markers: string) => `H${id}H ${payloadPieces(id, markers)[i]}` })),
  {
    name: 'long',
    value: (id: string, markers: string) => `H${id}H ${payload(id, markers)} ${LONG.repeat(Math.ceil(length / LONG.length))}`,
    acceptedPerPlace: 1,
  },
];

async function check(run: Run): Promise<string[]> {
  const problems: string[] = [];
  // The long strings make spec files larger than the loader's default limit.
  const result = await hostileRun({
    name: run.name,
    value: run.value,
    build: true,
    generateArgs: ['--max-file-size', '256MB'],
    ...(run.acceptedPerPlace ? { acceptedPerPlace: run.acceptedPerPlace } : {}),
  });
  if (result.generate.code !== 0) return [`pnpm generate exited ${result.generate.code}: ${result.generate.output.slice(0, 500)}`];
  const dir = join(result.dir, 'out/typescript');
  // The family's files and each implementation's SDK in its folder (typescript/<implementation>/).
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join(dir, f));
  problems.push(...typeCheck(files).slice(0, 5));
  const script = `for (const f of ${JSON.stringify(files.map((f) => pathToFileURL(f).href))}) await import(f);`;
  await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, maxBuffer: 1 << 26 }).catch((e: unknown) =>
    problems.push(`importing the client failed: ${String(e).slice(0, 300)}`),
  );
  if (result.buildError) problems.push(`the docs site did not build: ${result.buildError.slice(0, 500)}`);
  const markers = markersLeft(result.markers);
  if (markers.length) problems.push(`code ran: ${markers.join(', ')}`);
  return problems;
}

/** One run in this process: prints its line, exits 1 if it failed. */
async function runOne(run: Run): Promise<never> {
  const started = Date.now();
  const problems = await check(run).catch((error: unknown) => [`the run failed: ${String(error).slice(0, 500)}`]);
  const cpu = process.cpuUsage();
  console.log(
    `${problems.length ? 'FAIL' : 'ok  '} ${run.name} (${((Date.now() - started) / 1000).toFixed(0)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU in this process)${problems.map((p) => `\n     ${p}`).join('')}`,
  );
  process.exit(problems.length ? 1 : 0);
}

/** Every run, each a child process, `jobs` at a time. */
async function runAll(): Promise<never> {
  const started = Date.now();
  const queue = [...runs];
  let failed = 0;
  const worker = async () => {
    for (let run = queue.shift(); run; run = queue.shift()) {
      const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--only', run.name, '--length', String(length)];
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
        child.on('exit', resolve);
      });
      if (code !== 0) failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, runs.length) }, worker));
  console.log(`${runs.length - failed} of ${runs.length} runs ok in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(failed ? 1 : 0);
}

if (values.only === undefined) await runAll();
const selected = runs.find((r, i) => String(i) === values.only || r.name === values.only);
if (!selected) {
  console.error(`pnpm hostile-text: --only: '${values.only}' is not one of 0..${runs.length - 2}, ${runs.map((r) => r.name).join(', ')}`);
  process.exit(3);
}
await runOne(selected);

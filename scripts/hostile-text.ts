/**
 * `pnpm hostile-text`: the larger run of test/hostile-text.test.ts. Where the test puts every
 * hostile construct into each place at once, this puts each construct on its own into every
 * place, and then very long strings, one spec (and one docs build, tens of seconds) per run:
 * generate, compile under --strict, import the client, build the docs site, and check that no
 * marker file was written. Prints one line per run; exits 1 if any run failed.
 *
 *   pnpm hostile-text [--only <n>]    run only the n-th construct (0-based), or `long`
 *                     [--length <n>]  the length of the long strings (20000)
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { hostileRun, markersLeft, payload, payloadPieces } from '../test/helpers/hostile-text.js';
import { ROOT } from '../test/helpers/paths.js';
import { typeCheck } from '../test/helpers/tsc.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, length: { type: 'string', default: '20000' } } });
const length = Number(values.length);

const runs: { name: string; value: (id: string, markers: string) => string }[] = [
  ...payloadPieces('x', '/x').map((_, i) => ({ name: `construct-${i}`, value: (id: string, markers: string) => `H${id}H ${payloadPieces(id, markers)[i]}` })),
  { name: 'long', value: (id: string, markers: string) => `H${id}H ${payload(id, markers)} ${'\u202e{{ }}</script>'.repeat(length / 16)}` },
];

async function check(run: (typeof runs)[number]): Promise<string[]> {
  const problems: string[] = [];
  // The long strings make spec files larger than the loader's default limit.
  const result = await hostileRun({ name: run.name, value: run.value, build: true, generateArgs: ['--max-file-size', '256MB'] });
  if (result.generate.code !== 0) return [`pnpm generate exited ${result.generate.code}: ${result.generate.output.slice(0, 500)}`];
  const dir = join(result.dir, 'out/typescript');
  const files = readdirSync(dir).map((f) => join(dir, f));
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


const selected = values.only === undefined ? runs : runs.filter((r, i) => String(i) === values.only || r.name === values.only);
if (!selected.length) {
  console.error(`--only takes 0..${runs.length - 2} or long`);
  process.exit(3);
}
let failed = 0;
for (const run of selected) {
  const started = Date.now();
  const problems = await check(run);
  failed += problems.length ? 1 : 0;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${run.name} (${((Date.now() - started) / 1000).toFixed(0)} s)${problems.map((p) => `\n     ${p}`).join('')}`);
}
process.exit(failed ? 1 : 0);

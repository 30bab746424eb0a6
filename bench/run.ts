/** `pnpm bench`: every benchmark, one after the other, each in a fresh process. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { root } from './lib.js';

const scripts = ['generate.bench.ts', 'ws.bench.ts', 'http.bench.ts', 'cq.bench.ts', 'import.bench.ts', 'conform.bench.ts', 'typecheck.bench.ts'];
const only = process.argv.slice(2);
let failed = false;
for (const script of scripts.filter((s) => !only.length || only.some((o) => s.startsWith(o)))) {
  console.log(`\n## ${script}\n`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(root, 'bench', script)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

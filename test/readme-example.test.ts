/**
 * README's "Adding an action" is followed as a contributor would: its YAML, added to a copy of the spec
 * in the file the README says, loads without a single diagnostic, so `pnpm generate --strict` passes.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../generator/load/index.js';
import { ROOT, SPEC_DIR, fromRoot } from './helpers/paths.js';

/** The YAML block of the README's "Adding an action", unindented. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(fromRoot('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Adding an action')).split('\n## ')[0]!;
  const block = /```yaml\n([\s\S]*?)\n\s*```/.exec(section)?.[1];
  if (!block) throw new Error('README\'s "Adding an action" has no YAML block');
  const indent = /^ */.exec(block)![0].length;
  return block
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n');
}

describe("README's example of adding an action", () => {
  let work: string | undefined;
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('loads without a diagnostic, as a new action in spec/actions/<origin>/', async () => {
    const yaml = await readmeExample();
    const name = /^(\w+):/.exec(yaml)![1]!;
    const origin = /^\s+origin: (\S+)$/m.exec(yaml)![1]!;
    work = await mkdtemp(join(tmpdir(), 'onebot-readme-'));
    const spec = join(work, 'spec');
    await cp(SPEC_DIR, spec, { recursive: true });
    // The action is in the spec already; the example is added under a name of its own.
    const added = `${name}_again`;
    await writeFile(join(spec, 'actions', origin, 'readme-example.yaml'), `actions:\n${yaml.replace(`${name}:`, `${added}:`).replace(/^/gm, '  ')}\n`);
    const before = await loadSpec(SPEC_DIR, ROOT);
    const after = await loadSpec(spec, work);
    expect(after.diagnostics.map((d) => d.message)).toEqual(before.diagnostics.map((d) => d.message));
    expect(after.model?.actions.some((a) => a.name === added)).toBe(true);
  });
});

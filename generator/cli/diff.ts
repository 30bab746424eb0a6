/**
 * `pnpm diff <old> <new> [--format text|markdown|json] [--fail-on breaking|warning|info]`
 *
 * Each side is a spec directory, `git:REV` (this repository's spec at a revision), a spec YAML
 * file, an OpenAPI 3 document or a widdershins Markdown export; every side is read into the model
 * and the models are compared with the rules in generator/diff/rules.ts.
 *
 * Exit codes: 0 no finding at or above --fail-on (always, without --fail-on); 1 findings at or
 * above --fail-on; 2 an input cannot be read; 3 bad usage or an unexpected failure.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatJson } from '../diff/format/json.js';
import { formatMarkdown } from '../diff/format/markdown.js';
import { formatText } from '../diff/format/text.js';
import { diffReport, failsAt, profileSide, type DiffReport } from '../diff/report.js';
import { SEVERITIES, type Severity } from '../diff/rules.js';
import { ImportError, loadSide } from '../import/index.js';
import type { Io } from './generate.js';
import { INPUT_OPTIONS, INPUT_USAGE, inputOptions } from './input-options.js';

const USAGE = `usage: pnpm diff <old> <new> [options]

  <old>, <new>            a spec directory, git:REV[:dir] (this repository's spec at a revision),
                          a spec YAML file, an OpenAPI 3.0/3.1 document, or a widdershins Markdown export
  --format <f>            text (default), markdown or json
  --fail-on <severity>    exit 1 if there is a finding this severe or worse: breaking, warning or info
  --out <file>            write the report to a file instead of standard output
  --title <text>          the Markdown report's heading
  --notes <file>          Markdown appended to the Markdown report under "Notes"
  --implementation <id>   the implementation an imported document describes (default: imported)
  --profile <id>          compare both sides as that implementation sees them: only what it supports,
                          with its parameter and result variants applied
${INPUT_USAGE}
  -h, --help              show this help

exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on, 2 an input cannot be read, 3 bad usage or an unexpected failure`;

const consoleIo: Io = { out: (l) => process.stdout.write(l.endsWith('\n') ? l : `${l}\n`), err: (l) => console.error(l) };

export interface DiffRun {
  code: number;
  report?: DiffReport;
}

export async function runDiff(argv: string[], io: Io = consoleIo): Promise<DiffRun> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        notes: { type: 'string' },
        implementation: { type: 'string', default: 'imported' },
        profile: { type: 'string' },
        ...INPUT_OPTIONS,
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return { code: 3 };
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return { code: 0 };
  }
  const failOn = values['fail-on'] as Severity | undefined;
  if (positionals.length !== 2 || !['text', 'markdown', 'json'].includes(values.format) || (failOn && !SEVERITIES.includes(failOn))) {
    io.err(USAGE);
    return { code: 3 };
  }
  const input = inputOptions(values);
  if ('error' in input) {
    io.err(input.error);
    return { code: 3 };
  }
  let report: DiffReport;
  let notes: string | undefined;
  try {
    const options = { implementation: values.implementation, ...input };
    let sides = await Promise.all(positionals.map((p) => loadSide(p, options)));
    if (values.profile) sides = sides.map((side) => profileSide(side, values.profile!));
    report = diffReport(sides[0]!, sides[1]!);
    if (values.notes) notes = await readFile(values.notes, 'utf8');
  } catch (error) {
    if (error instanceof ImportError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.err(`diff: ${(error as Error).message}`);
      return { code: 2 };
    }
    throw error;
  }
  const output =
    values.format === 'json'
      ? formatJson(report)
      : values.format === 'markdown'
        ? formatMarkdown(report, { ...(values.title ? { title: values.title } : {}), ...(notes ? { notes } : {}) })
        : formatText(report);
  if (values.out) await writeFile(values.out, output);
  else io.out(output);
  return { code: failOn && failsAt(report, failOn) ? 1 : 0, report };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runDiff(process.argv.slice(2)).then(
    ({ code }) => process.exit(code),
    (error) => {
      console.error(`diff failed unexpectedly: ${(error as Error).stack ?? String(error)}`);
      process.exit(3);
    },
  );
}

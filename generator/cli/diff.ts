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
import { formatJson } from '../diff/format/json.js';
import { formatMarkdown } from '../diff/format/markdown.js';
import { formatText } from '../diff/format/text.js';
import { diffReport, failsAt, profileSide, type DiffReport } from '../diff/report.js';
import { SEVERITIES, type Severity } from '../diff/rules.js';
import { ImportError, loadSide } from '../import/index.js';
import { helpText, parseCommand, reportUsage, runMain, UsageError, type CommandSpec } from './args.js';
import type { Io } from './generate.js';
import { INPUT_OPTIONS, inputOptions } from './input-options.js';

export const DIFF: CommandSpec = {
  command: 'pnpm diff',
  summary: 'What changed between two versions of the protocol, by the rules in generated/docs/diff-rules.md.',
  positionals: [
    {
      name: 'old',
      description:
        "a spec directory, git:REV[:dir] (this repository's spec at a revision), a spec YAML file, an OpenAPI 3.0/3.1 document, or a widdershins Markdown export",
    },
    { name: 'new', description: 'the same kinds as <old>' },
  ],
  options: {
    format: { type: 'string', value: '<format>', description: 'how the report is written', choices: ['text', 'markdown', 'json'], default: 'text' },
    'fail-on': { type: 'string', value: '<severity>', description: 'exit 1 if there is a finding this severe or worse', choices: SEVERITIES },
    out: { type: 'string', value: '<file>', description: 'write the report to a file instead of standard output' },
    title: { type: 'string', value: '<text>', description: "the Markdown report's heading" },
    notes: { type: 'string', value: '<file>', description: 'Markdown appended to the Markdown report under "Notes"' },
    implementation: {
      type: 'string',
      value: '<id>',
      description: "the implementation an imported document describes (default: --profile's id, else imported)",
    },
    profile: {
      type: 'string',
      value: '<id>',
      description: 'compare both sides as that implementation sees them: only what it supports, with its parameter and result variants applied',
    },
    ...INPUT_OPTIONS,
  },
  exitCodes: {
    0: 'nothing at or above --fail-on (always, without --fail-on)',
    1: 'findings at or above --fail-on',
    2: 'an input cannot be read',
    3: 'bad usage or an unexpected failure',
  },
  usageCode: 3,
};

const consoleIo: Io = { out: (l) => process.stdout.write(l.endsWith('\n') ? l : `${l}\n`), err: (l) => console.error(l) };

export interface DiffRun {
  code: number;
  report?: DiffReport;
}

export async function runDiff(argv: string[], io: Io = consoleIo): Promise<DiffRun> {
  try {
    return await diffCommand(argv, io);
  } catch (error) {
    return { code: reportUsage(DIFF, error, io.err) };
  }
}

async function diffCommand(argv: string[], io: Io): Promise<DiffRun> {
  const { values, positionals, help } = parseCommand(DIFF, argv);
  if (help) {
    io.out(helpText(DIFF));
    return { code: 0 };
  }
  const failOn = values['fail-on'] as Severity | undefined;
  const format = values.format as string;
  const profile = values.profile as string | undefined;
  // An imported document declares no implementations; with --profile it is read as describing that one.
  const implementation = (values.implementation as string | undefined) ?? profile ?? 'imported';
  const out = values.out as string | undefined;
  const title = values.title as string | undefined;
  const notesFile = values.notes as string | undefined;
  const input = inputOptions(values);
  if ('error' in input) throw new UsageError(input.error);
  let report: DiffReport;
  let notes: string | undefined;
  try {
    const options = { implementation, ...input };
    let sides = await Promise.all(positionals.map((p) => loadSide(p, options)));
    if (profile) sides = sides.map((side) => profileSide(side, profile));
    report = diffReport(sides[0]!, sides[1]!);
    if (notesFile) notes = await readFile(notesFile, 'utf8');
  } catch (error) {
    if (error instanceof ImportError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.err(`diff: ${(error as Error).message}`);
      return { code: 2 };
    }
    throw error;
  }
  const output =
    format === 'json'
      ? formatJson(report)
      : format === 'markdown'
        ? formatMarkdown(report, { ...(title ? { title } : {}), ...(notes ? { notes } : {}) })
        : formatText(report);
  if (out) await writeFile(out, output);
  else io.out(output);
  return { code: failOn && failsAt(report, failOn) ? 1 : 0, report };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runMain(DIFF, async () => (await runDiff(process.argv.slice(2))).code);
}

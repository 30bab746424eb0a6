/**
 * `pnpm upstream <napcat|go-cqhttp|lagrange> <checkout> [--format text|markdown|json] [--fail-on <severity>] [--out <file>]`
 *
 * Reads an implementation's own source checkout with its extractor (generator/upstream/), and
 * compares what the code declares with what the spec says of that implementation (its profile):
 * old is the spec, new is the code. Only what the code can describe is compared (see
 * generator/diff/coverage.ts); the extractor's notes list what it could not read.
 *
 * A finding the spec explains (the implementation's `disagreements`) is marked with its reason; an
 * explanation that matches nothing is stale.
 *
 * Exit codes, as `pnpm diff`: 0 no unexplained finding at or above --fail-on (always, without
 * --fail-on); 1 unexplained findings at or above --fail-on, or a stale explanation; 2 the spec cannot be read; 3 bad usage (an unknown
 * implementation, a directory that is not its checkout) or an unexpected failure.
 */
import { writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatJson } from '../diff/format/json.js';
import { formatMarkdown } from '../diff/format/markdown.js';
import { formatText } from '../diff/format/text.js';
import { diffReport, failsAt, profileSide, type DiffReport, type LoadedSide } from '../diff/report.js';
import { SEVERITIES, type Severity } from '../diff/rules.js';
import { ImportError, loadSide } from '../import/index.js';
import { explainReport } from '../upstream/explain.js';
import { NotACheckoutError, UPSTREAM_EXTRACTORS } from '../upstream/index.js';
import { helpText, parseCommand, reportUsage, runMain, UsageError, type CommandSpec } from './args.js';
import type { Io } from './generate.js';

const IMPLEMENTATIONS = Object.keys(UPSTREAM_EXTRACTORS) as (keyof typeof UPSTREAM_EXTRACTORS)[];

export const UPSTREAM: CommandSpec = {
  command: 'pnpm upstream',
  summary: "Compares what an implementation's source code declares with what the spec says of it (its profile).",
  positionals: [
    { name: 'implementation', description: 'the implementation whose source is read', choices: IMPLEMENTATIONS },
    { name: 'checkout', description: "a local checkout of that implementation's source repository" },
  ],
  options: {
    format: { type: 'string', value: '<format>', description: 'how the report is written', choices: ['text', 'markdown', 'json'], default: 'text' },
    'fail-on': {
      type: 'string',
      value: '<severity>',
      description: 'exit 1 if there is an unexplained disagreement this severe or worse, or a stale explanation',
      choices: SEVERITIES,
    },
    out: { type: 'string', value: '<file>', description: 'write the report to a file instead of standard output' },
    label: { type: 'string', value: '<text>', description: 'how the report names the checkout (default: its path), e.g. NapCatQQ@af07479' },
    spec: { type: 'string', value: '<dir>', description: 'the spec to compare with', default: 'spec' },
  },
  notes: [
    'old is what the spec says of the implementation, new is what its code declares.',
    "A finding the spec explains (the implementation's `disagreements`, spec/README.md) is shown with its reason and does not count for --fail-on.",
  ],
  exitCodes: {
    0: 'nothing unexplained at or above --fail-on and no stale explanation (always, without --fail-on)',
    1: 'unexplained disagreements at or above --fail-on, or a stale explanation',
    2: 'the spec cannot be read',
    3: 'bad usage (an unknown implementation, a directory that is not its checkout) or an unexpected failure',
  },
  usageCode: 3,
};

const consoleIo: Io = { out: (l) => process.stdout.write(l.endsWith('\n') ? l : `${l}\n`), err: (l) => console.error(l) };

export interface UpstreamRun {
  code: number;
  report?: DiffReport;
}

export async function runUpstream(argv: string[], io: Io = consoleIo): Promise<UpstreamRun> {
  try {
    return await upstreamCommand(argv, io);
  } catch (error) {
    return { code: reportUsage(UPSTREAM, error, io.err) };
  }
}

async function upstreamCommand(argv: string[], io: Io): Promise<UpstreamRun> {
  const { values, positionals, help } = parseCommand(UPSTREAM, argv);
  if (help) {
    io.out(helpText(UPSTREAM));
    return { code: 0 };
  }
  const failOn = values['fail-on'] as Severity | undefined;
  const [implementation, checkout] = positionals as [keyof typeof UPSTREAM_EXTRACTORS, string];
  if (!existsSync(checkout) || !statSync(checkout).isDirectory()) throw new UsageError(`<checkout>: ${checkout} is not a directory`);
  const format = values.format as string;
  const out = values.out as string | undefined;
  const label = values.label as string | undefined;
  const specDir = values.spec as string;

  const extractor = await UPSTREAM_EXTRACTORS[implementation]();
  let code: LoadedSide;
  try {
    const extract = await extractor.extract(checkout);
    code = { source: label ?? checkout, kind: 'code', model: extract.model, notes: extract.notes, ...(extract.coverage ? { coverage: extract.coverage } : {}) };
  } catch (error) {
    if (error instanceof NotACheckoutError) throw new UsageError(error.message);
    throw error;
  }
  let spec: LoadedSide;
  try {
    spec = profileSide(await loadSide(specDir), implementation);
  } catch (error) {
    if (error instanceof ImportError) {
      io.err(`upstream: ${(error as Error).message}`);
      return { code: 2 };
    }
    throw error;
  }
  const disagreements = spec.model.implementations.find((i) => i.id === implementation)?.disagreements ?? [];
  const report = explainReport(diffReport(spec, code), disagreements, checkout);
  const output =
    format === 'json'
      ? formatJson(report)
      : format === 'markdown'
        ? formatMarkdown(report, { title: `${implementation}: the spec against the source`, rulesLink: '../../generated/docs/diff-rules.md' })
        : formatText(report);
  if (out) await writeFile(out, output);
  else io.out(output);
  return { code: failOn && failsAt(report, failOn) ? 1 : 0, report };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runMain(UPSTREAM, async () => (await runUpstream(process.argv.slice(2))).code);
}

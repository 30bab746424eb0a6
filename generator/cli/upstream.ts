/**
 * `pnpm upstream <napcat|go-cqhttp|lagrange> <checkout> [--format text|markdown|json] [--fail-on <severity>] [--out <file>]`
 *
 * Reads an implementation's own source checkout with its extractor (generator/upstream/), and
 * compares what the code declares with what the spec says of that implementation (its profile):
 * old is the spec, new is the code. Only what the code can describe is compared (see
 * generator/diff/coverage.ts); the extractor's notes list what it could not read.
 *
 * Exit codes, as `pnpm diff`: 0 no finding at or above --fail-on (always, without --fail-on); 1
 * findings at or above --fail-on; 2 the spec cannot be read; 3 bad usage (an unknown
 * implementation, a directory that is not its checkout) or an unexpected failure.
 */
import { writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatJson } from '../diff/format/json.js';
import { formatMarkdown } from '../diff/format/markdown.js';
import { formatText } from '../diff/format/text.js';
import { diffReport, failsAt, profileSide, type DiffReport, type LoadedSide } from '../diff/report.js';
import { SEVERITIES, type Severity } from '../diff/rules.js';
import { ImportError, loadSide } from '../import/index.js';
import { NotACheckoutError, UPSTREAM_EXTRACTORS } from '../upstream/index.js';
import type { Io } from './generate.js';

const IMPLEMENTATIONS = Object.keys(UPSTREAM_EXTRACTORS) as (keyof typeof UPSTREAM_EXTRACTORS)[];

const USAGE = `usage: pnpm upstream <implementation> <checkout> [options]

  <implementation>        ${IMPLEMENTATIONS.join(', ')}
  <checkout>              a local checkout of that implementation's source repository
  --format <f>            text (default), markdown or json
  --fail-on <severity>    exit 1 if there is a disagreement this severe or worse: breaking, warning or info
  --out <file>            write the report to a file instead of standard output
  --label <text>          how the report names the checkout (default: its path), e.g. NapCatQQ@af07479
  --spec <dir>            the spec to compare with (default: spec)
  -h, --help              show this help

old is what the spec says of the implementation, new is what its code declares.
exit codes: 0 nothing at or above --fail-on, 1 disagreements at or above --fail-on, 2 the spec cannot be read, 3 bad usage or an unexpected failure`;

const consoleIo: Io = { out: (l) => process.stdout.write(l.endsWith('\n') ? l : `${l}\n`), err: (l) => console.error(l) };

export interface UpstreamRun {
  code: number;
  report?: DiffReport;
}

export async function runUpstream(argv: string[], io: Io = consoleIo): Promise<UpstreamRun> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
        out: { type: 'string' },
        spec: { type: 'string', default: 'spec' },
        label: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(`upstream: ${(error as Error).message} (pnpm upstream --help)`);
    return { code: 3 };
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return { code: 0 };
  }
  const usage = (message: string) => {
    io.err(`upstream: ${message} (pnpm upstream --help)`);
    return { code: 3 };
  };
  const failOn = values['fail-on'] as Severity | undefined;
  if (positionals.length !== 2) return usage('expected an implementation and a checkout directory');
  const [implementation, checkout] = positionals as [string, string];
  if (!(IMPLEMENTATIONS as string[]).includes(implementation)) return usage(`unknown implementation '${implementation}'; expected one of ${IMPLEMENTATIONS.join(', ')}`);
  if (!existsSync(checkout) || !statSync(checkout).isDirectory()) return usage(`${checkout} is not a directory`);
  if (!['text', 'markdown', 'json'].includes(values.format)) return usage(`unknown format '${values.format}'; expected text, markdown or json`);
  if (failOn && !SEVERITIES.includes(failOn)) return usage(`unknown severity '${failOn}'; expected ${SEVERITIES.join(', ')}`);

  const extractor = await UPSTREAM_EXTRACTORS[implementation as keyof typeof UPSTREAM_EXTRACTORS]();
  let code: LoadedSide;
  try {
    const extract = await extractor.extract(checkout);
    code = { source: values.label ?? checkout, kind: 'code', model: extract.model, notes: extract.notes, ...(extract.coverage ? { coverage: extract.coverage } : {}) };
  } catch (error) {
    if (error instanceof NotACheckoutError) return usage(error.message);
    throw error;
  }
  let spec: LoadedSide;
  try {
    spec = profileSide(await loadSide(values.spec), implementation);
  } catch (error) {
    if (error instanceof ImportError) {
      io.err(`upstream: ${(error as Error).message}`);
      return { code: 2 };
    }
    throw error;
  }
  const report = diffReport(spec, code);
  const output =
    values.format === 'json'
      ? formatJson(report)
      : values.format === 'markdown'
        ? formatMarkdown(report, { title: `${implementation}: the spec against the source`, rulesLink: '../../generated/docs/diff-rules.md' })
        : formatText(report);
  if (values.out) await writeFile(values.out, output);
  else io.out(output);
  return { code: failOn && failsAt(report, failOn) ? 1 : 0, report };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runUpstream(process.argv.slice(2)).then(
    ({ code }) => process.exit(code),
    (error) => {
      console.error(`upstream failed unexpectedly: ${(error as Error).stack ?? String(error)}`);
      process.exit(3);
    },
  );
}

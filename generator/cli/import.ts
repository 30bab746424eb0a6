/**
 * `pnpm run import <file> [--out file] [--implementation id]` (with `run`: `pnpm import` is pnpm's own
 * command for importing lockfiles)
 *
 * Reads an OpenAPI 3.0/3.1 document or a widdershins Markdown export into the model and writes it
 * as draft spec YAML (standard output unless --out). What could not be read is listed on
 * standard error. The draft is loaded again before it is written, so it is always valid spec.
 *
 * Exit codes: 0 written; 2 the input cannot be read; 3 bad usage or an unexpected failure.
 */
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../load/diagnostics.js';
import { loadSpecTexts } from '../load/index.js';
import { ImportError, loadSide } from '../import/index.js';
import { formatNote } from '../import/notes.js';
import { toSpecYaml } from '../import/to-spec-yaml.js';
import type { Io } from './generate.js';
import { INPUT_OPTIONS, INPUT_USAGE, inputOptions } from './input-options.js';

const USAGE = `usage: pnpm run import <file> [options]

  <file>                  an OpenAPI 3.0/3.1 document (JSON or YAML) or a widdershins Markdown export
  --out <file>            write the draft spec YAML there instead of standard output
  --implementation <id>   the implementation the document describes (default: imported)
  --format <f>            openapi or markdown, instead of telling from the content
${INPUT_USAGE}
  -h, --help              show this help

exit codes: 0 written, 2 the input cannot be read, 3 bad usage or an unexpected failure`;

const consoleIo: Io = { out: (l) => process.stdout.write(l.endsWith('\n') ? l : `${l}\n`), err: (l) => console.error(l) };

export async function runImport(argv: string[], io: Io = consoleIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        implementation: { type: 'string', default: 'imported' },
        format: { type: 'string' },
        ...INPUT_OPTIONS,
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 3;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || (values.format && !['openapi', 'markdown'].includes(values.format))) {
    io.err(USAGE);
    return 3;
  }
  const file = positionals[0]!;
  const input = inputOptions(values);
  if ('error' in input) {
    io.err(input.error);
    return 3;
  }
  let side;
  try {
    side = await loadSide(file, { implementation: values.implementation, ...input, ...(values.format ? { format: values.format as 'openapi' | 'markdown' } : {}) });
  } catch (error) {
    if (error instanceof ImportError) {
      io.err(`import: ${error.message}`);
      return 2;
    }
    throw error;
  }
  for (const note of side.notes) io.err(formatNote(file, note));
  const yaml = toSpecYaml(side.model, { header: `Draft spec imported from ${basename(file)} by \`pnpm run import\`; review it before merging into spec/.` });
  // The draft must load: anything else is a bug in the importer or the serializer.
  const check = loadSpecTexts([{ name: values.out ?? 'draft.yaml', text: yaml }]);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    for (const d of errors) io.err(formatDiagnostic(d));
    throw new Error(`the draft spec does not load (${errors.length} error(s))`);
  }
  if (values.out) await writeFile(values.out, yaml);
  else io.out(yaml);
  const m = side.model;
  io.err(`imported ${m.actions.length} actions, ${m.types.length} types, ${m.segments.length} segments, ${m.events.length} events from ${file} (${side.kind}); ${side.notes.length} note(s)`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runImport(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`import failed unexpectedly: ${(error as Error).stack ?? String(error)}`);
      process.exit(3);
    },
  );
}

/**
 * `pnpm run import <file> [--out file] [--implementation id] [--category-map file]` (with `run`: `pnpm import` is pnpm's own
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
import { existsSync } from 'node:fs';
import { formatDiagnostic } from '../load/diagnostics.js';
import { loadSpecTexts } from '../load/index.js';
import { ImportError, loadSide } from '../import/index.js';
import { readCategoryMap } from '../import/category-map.js';
import { formatNote } from '../import/notes.js';
import { toSpecYaml } from '../import/to-spec-yaml.js';
import { helpText, parseCommand, reportUsage, runMain, UsageError, type CommandSpec } from './args.js';
import type { Io } from './generate.js';
import { INPUT_OPTIONS, inputOptions } from './input-options.js';

export const IMPORT: CommandSpec = {
  command: 'pnpm run import',
  summary: 'Reads an OpenAPI document or a widdershins Markdown export as draft spec YAML, listing what it could not read.',
  positionals: [{ name: 'file', description: 'an OpenAPI 3.0/3.1 document (JSON or YAML) or a widdershins Markdown export' }],
  options: {
    out: { type: 'string', value: '<file>', description: 'write the draft spec YAML there instead of standard output' },
    implementation: { type: 'string', value: '<id>', description: 'the implementation the document describes', default: 'imported' },
    format: { type: 'string', value: '<format>', description: 'the kind of document, instead of telling from the content', choices: ['openapi', 'markdown'] },
    'category-map': {
      type: 'string',
      value: '<file>',
      description:
        "OpenAPI: a YAML file of `tag: category-id` lines saying which of the spec's categories each tag's actions go in, over the default map (NapCat's tags); the report lists where every tag went, and a tag in no map becomes a category of its own",
    },
    ...INPUT_OPTIONS,
  },
  exitCodes: { 0: 'written', 2: 'the input cannot be read', 3: 'bad usage or an unexpected failure' },
  usageCode: 3,
};

const consoleIo: Io = { out: (l) => process.stdout.write(l.endsWith('\n') ? l : `${l}\n`), err: (l) => console.error(l) };

export async function runImport(argv: string[], io: Io = consoleIo): Promise<number> {
  try {
    return await importCommand(argv, io);
  } catch (error) {
    return reportUsage(IMPORT, error, io.err);
  }
}

async function importCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals, help } = parseCommand(IMPORT, argv);
  if (help) {
    io.out(helpText(IMPORT));
    return 0;
  }
  const file = positionals[0]!;
  const format = values.format as 'openapi' | 'markdown' | undefined;
  const out = values.out as string | undefined;
  const input = inputOptions(values);
  if ('error' in input) throw new UsageError(input.error);
  if (!existsSync(file)) {
    io.err(`${IMPORT.command}: ${file}: no such file`);
    return 2;
  }
  const mapFile = values['category-map'] as string | undefined;
  let side;
  try {
    const categoryMap = mapFile === undefined ? undefined : await readCategoryMap(mapFile);
    side = await loadSide(file, {
      implementation: values.implementation as string,
      ...input,
      ...(format ? { format } : {}),
      ...(categoryMap ? { categoryMap, categoryMapFile: mapFile } : {}),
    });
  } catch (error) {
    if (error instanceof ImportError) {
      io.err(`import: ${error.message}`);
      return 2;
    }
    throw error;
  }
  for (const note of side.notes) io.err(formatNote(file, note));
  const yaml = toSpecYaml(side.model, { header: `Draft spec imported from ${basename(file)} by \`pnpm run import\`; review it before merging into spec/.` });
  // The draft must load: anything else is a bug in the importer or the serializer. Its lines are
  // those of a file that is not written, so the errors name it as such.
  const draftName = `(draft of ${basename(file)}, not written)`;
  const check = loadSpecTexts([{ name: draftName, text: yaml }]);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    for (const d of errors.slice(0, 20)) io.err(formatDiagnostic(d));
    io.err(
      `${IMPORT.command}: the draft read from ${file} is not valid spec (${errors.length} error(s)${errors.length > 20 ? ', the first 20 above' : ''}); nothing was written. This is a bug in the importer: please report it with the document.`,
    );
    return 3;
  }
  if (out) await writeFile(out, yaml);
  else io.out(yaml);
  const m = side.model;
  io.err(
    `imported ${m.actions.length} actions, ${m.types.length} types, ${m.segments.length} segments, ${m.events.length} events from ${file} (${side.kind}); ${side.notes.length} note(s)`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runMain(IMPORT, () => runImport(process.argv.slice(2)));
}

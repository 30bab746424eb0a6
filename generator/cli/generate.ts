/**
 * `pnpm generate [--check] [--strict] [--spec dir] [--out dir] ...`: every option and the exit
 * codes are declared in GENERATE below (and printed by --help).
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../load/diagnostics.js';
import { DEFAULT_LIMITS, parseSize } from '../load/limits.js';
import type { EmittedFile } from '../emit/emitted-file.js';
import type { Diagnostic } from '../load/diagnostics.js';
import { inputKey, readCachedRun, writeCachedRun, type CachedRun } from '../write/output-cache.js';
import { diffOutput, OutputError, withPartialManifest, writeOutput } from '../write/writer.js';
import { checkChoice, checkChoices, helpText, parseCommand, reportUsage, runMain, UsageError, type CommandSpec } from './args.js';
import { detectTerminal, paint, paintDiagnostic, PLAIN, StageTimer, type Terminal } from './terminal.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const CACHE_DIR = resolve(root, 'node_modules/.cache/onebot-spec');

export const GENERATE: CommandSpec = {
  command: 'pnpm generate',
  summary: 'Validates the spec and regenerates the output folder (TypeScript, OpenAPI, docs).',
  options: {
    check: { type: 'boolean', description: 'regenerate in memory and fail (exit 1) if any file in the output differs' },
    strict: { type: 'boolean', description: 'treat warnings as errors' },
    implementation: {
      type: 'string',
      value: '<id>',
      description: 'emit everything narrowed to one implementation (a profile): only what it supports, with its variants applied',
    },
    spec: { type: 'string', value: '<dir>', description: 'the spec directory (default: spec, in this repository)' },
    out: { type: 'string', value: '<dir>', description: 'the output directory (default: generated, in this repository)' },
    templates: { type: 'string', value: '<dir>', description: 'the templates directory (default: templates/docs, in this repository)' },
    'no-cache': {
      type: 'boolean',
      description: "do all the work again instead of reusing the last run's results (kept in node_modules/.cache/onebot-spec/, keyed by every input)",
    },
    runtime: {
      type: 'string',
      value: '<module>',
      description: 'the module the generated client imports the runtime from (default: the path from the output to runtime/index.js)',
    },
    'max-file-size': { type: 'string', value: '<size>', description: 'the largest spec file read, as bytes or with KB, MB, GB', default: '1MB' },
    'max-example-size': { type: 'string', value: '<size>', description: 'the largest example or default, as JSON', default: '64KB' },
    only: { type: 'string', value: '<names>', description: "run only the emitters named, separated by commas; the other emitters' files are left as they are" },
    verbose: {
      type: 'boolean',
      description: 'print the time of each stage (load, check, each emitter, format, write); on a terminal they are shown live anyway',
    },
  },
  exitCodes: {
    0: 'done (with --check: up to date)',
    1: 'the output is stale (--check)',
    2: 'the spec has errors (or warnings, with --strict); nothing was written',
    3: 'bad usage (a bad option, a missing folder, an output folder whose manifest or links lead outside it) or an unexpected failure',
  },
  usageCode: 3,
};

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** The implementation ids the spec declares, for --help; read from the model, never a fixed list. */
async function implementationIds(specDir: string): Promise<string[] | undefined> {
  const { loadSpec } = await import('../load/index.js');
  const { model } = await loadSpec(specDir);
  return model?.implementations.map((i) => i.id);
}

/** A folder the user named must exist: a missing one is bad usage, not a failure. */
function checkFolder(option: string, dir: string): void {
  if (!existsSync(dir)) throw new UsageError(`${option}: no such folder: ${dir}`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`${option}: not a folder: ${dir}`);
}

/** Runs the command; returns the exit code instead of exiting, so tests can call it in-process. */
export async function runGenerate(argv: string[], io: Io = consoleIo, terminal: Terminal = io === consoleIo ? detectTerminal() : PLAIN): Promise<number> {
  try {
    return await generateCommand(argv, io, terminal);
  } catch (error) {
    return reportUsage(GENERATE, error, io.err);
  }
}

async function generateCommand(argv: string[], io: Io, terminal: Terminal): Promise<number> {
  const console = { log: io.out, error: io.err };
  const p = paint(terminal);
  const parsed = parseCommand(GENERATE, argv);
  const v = parsed.values;
  const args = {
    check: v.check === true,
    strict: v.strict === true,
    verbose: v.verbose === true,
    cache: v['no-cache'] !== true,
    spec: resolve(typeof v.spec === 'string' ? v.spec : resolve(root, 'spec')),
    out: resolve(typeof v.out === 'string' ? v.out : resolve(root, 'generated')),
    templates: resolve(typeof v.templates === 'string' ? v.templates : resolve(root, 'templates/docs')),
    runtime: v.runtime as string | undefined,
    implementation: v.implementation as string | undefined,
    only: v.only as string | undefined,
    'max-file-size': parsed.values['max-file-size'] as string | undefined,
    'max-example-size': parsed.values['max-example-size'] as string | undefined,
  };
  if (parsed.help) {
    const ids = await implementationIds(args.spec).catch(() => undefined);
    const implementation = {
      ...GENERATE.options.implementation!,
      choices: ids,
      ...(ids
        ? {}
        : {
            description: `${GENERATE.options.implementation!.description} (the spec at ${relative(process.cwd(), args.spec) || '.'} cannot be read to list them)`,
          }),
    };
    const { EMITTERS } = await import('../emit/registry.js');
    const only = { ...GENERATE.options.only!, description: `${GENERATE.options.only!.description} (any of: ${EMITTERS.map((e) => e.name).join(', ')})` };
    console.log(helpText({ ...GENERATE, options: { ...GENERATE.options, implementation, only } }));
    return 0;
  }
  checkFolder('--spec', args.spec);
  checkFolder('--templates', args.templates);
  const limits = { ...DEFAULT_LIMITS };
  for (const [option, key] of [
    ['max-file-size', 'maxFileBytes'],
    ['max-example-size', 'maxExampleBytes'],
  ] as const) {
    const given = args[option];
    if (given === undefined) continue;
    const bytes = parseSize(given);
    if (bytes === undefined || bytes === 0)
      throw new UsageError(`--${option}: '${given}' is not a size; write bytes or a number with KB, MB or GB (for example 8MB)`);
    limits[key] = bytes;
  }
  // The registry loads every emitter, so it is only read here when --only asks for it.
  const selection = args.only !== undefined ? await selectOnly(args.only) : undefined;
  const started = performance.now();
  const timer = new StageTimer(terminal);
  const outDir = resolve(args.out);
  const options = {
    limits,
    specDir: resolve(args.spec),
    templatesDir: resolve(args.templates),
    runtimeModule: args.runtime ?? runtimeImport(outDir),
    strict: args.strict,
    ...(args.implementation !== undefined ? { implementation: args.implementation } : {}),
    ...(selection ? { only: selection.names } : {}),
  };
  // Everything the output depends on; the output folder and check mode only decide what is done
  // with it. Without the cache, nothing is looked up or kept, so no key is needed.
  const key = args.cache
    ? await inputKey(
        root,
        [options.specDir, options.templatesDir, resolve(root, 'generator'), resolve(root, 'runtime')],
        [resolve(root, 'package.json'), resolve(root, 'pnpm-lock.yaml')],
        { runtimeModule: options.runtimeModule, strict: options.strict, implementation: options.implementation ?? null, only: options.only ?? null, limits },
      )
    : undefined;
  const cached = key !== undefined ? await readCachedRun(resolve(CACHE_DIR, 'output.json'), key) : undefined;

  let files: EmittedFile[];
  let diagnostics: Diagnostic[];
  let counts: CachedRun['counts'];
  if (cached) {
    ({ files, diagnostics, counts } = cached);
  } else {
    const { generate } = await import('../pipeline.js');
    const result = await generate({
      ...options,
      ...(args.cache ? { cacheFile: resolve(CACHE_DIR, 'format.json') } : {}),
      onStage: (stage) => timer.start(stage),
    });
    timer.finish();
    timer.clear();
    if (result.unknownImplementation) checkChoice('--implementation', args.implementation!, result.unknownImplementation);
    diagnostics = result.load.diagnostics;
    const { model } = result;
    if (!model || result.files.length === 0) {
      for (const d of diagnostics) console.error(paintDiagnostic(formatDiagnostic(d), p));
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      console.error(`\n${errors} error(s), ${diagnostics.length - errors} warning(s); nothing was written.`);
      return 2;
    }
    files = result.files;
    counts = { actions: model.actions.length, types: model.types.length, segments: model.segments.length, events: model.events.length };
    if (key !== undefined) await writeCachedRun(resolve(CACHE_DIR, 'output.json'), { key, files, diagnostics, counts });
  }
  for (const d of diagnostics) console.error(paintDiagnostic(formatDiagnostic(d), p));
  let changes;
  timer.start('write');
  try {
    if (selection) files = await withPartialManifest(outDir, files, selection.owned);
    changes = await diffOutput(outDir, files, selection?.owned);
    if (!args.check) await writeOutput(outDir, files, changes);
  } catch (error) {
    timer.clear();
    if (!(error instanceof OutputError)) throw error;
    console.error(`${p.red('error')}: ${error.message}`);
    return 3;
  }
  timer.finish();
  timer.clear();
  if (args.verbose || terminal.progress)
    console.error(p.dim(cached ? `stages: reused the last run's output (${timer.summary()})` : `stages: ${timer.summary()}`));
  const result = { files, changes };
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const profile = args.implementation !== undefined ? ` (profile: ${args.implementation})` : '';
  const summary = `${counts.actions} actions, ${counts.types} types, ${counts.segments} segments, ${counts.events} events`;
  const where = relative(process.cwd(), outDir) || '.';
  if (args.check) {
    if (result.changes.length) {
      for (const c of result.changes) console.error(`  ${c.kind.padEnd(7)} ${where}/${c.path}`);
      console.error(`${where}/ is stale: ${result.changes.length} of ${result.files.length} files differ. Run \`pnpm generate\` and commit the result.`);
      return 1;
    }
    console.log(`${where}/ is up to date: ${result.files.length} files from ${summary} (checked in ${seconds}s)`);
    return 0;
  }
  console.log(
    `${p.green('generated')} ${result.files.length} files (${result.changes.length} changed) into ${where}/ from ${summary}${profile} in ${seconds}s`,
  );
  return 0;
}

/** The emitters `--only` names, checked against the registry, and which output files they own. */
async function selectOnly(value: string): Promise<{ names: string[]; owned: (path: string) => boolean }> {
  const { EMITTER_NAMES, ownerOf } = await import('../emit/registry.js');
  const names = checkChoices('--only', value, EMITTER_NAMES);
  return { names, owned: (path) => names.includes(ownerOf(path)?.name ?? '') };
}

/** The generated client imports the runtime relative to where it is written. */
function runtimeImport(outDir: string): string {
  const path = relative(resolve(outDir, 'typescript'), resolve(root, 'runtime/index.js')).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runMain(GENERATE, () => runGenerate(process.argv.slice(2)));
}

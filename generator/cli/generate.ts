/**
 * `pnpm generate [--check] [--strict] [--spec dir] [--out dir]`
 *
 * Exit codes: 0 done (or, with --check, up to date); 1 generated/ is stale (--check);
 * 2 the spec has errors (or warnings with --strict); 3 bad usage (an output folder whose manifest or
 * links lead outside it included) or an unexpected failure.
 */
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../load/diagnostics.js';
import { DEFAULT_LIMITS, parseSize } from '../load/limits.js';
import type { EmittedFile } from '../emit/emitted-file.js';
import type { Diagnostic } from '../load/diagnostics.js';
import { inputKey, readCachedRun, writeCachedRun, type CachedRun } from '../write/output-cache.js';
import { diffOutput, OutputError, writeOutput } from '../write/writer.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const CACHE_DIR = resolve(root, 'node_modules/.cache/onebot-spec');

const USAGE = `usage: pnpm generate [options]

  --check          regenerate in memory and fail (exit 1) if any file in the output differs
  --strict         treat warnings as errors
  --implementation <id>
                   emit everything narrowed to one implementation (a profile):
                   only what it supports, with its variants applied
  --spec <dir>     the spec directory (default: spec)
  --out <dir>      the output directory (default: generated)
  --templates <d>  the templates directory (default: templates/docs)
  --no-cache       do all the work again instead of reusing the last run's results
                   (kept in node_modules/.cache/onebot-spec/, keyed by every input)
  --runtime <mod>  the module the generated client imports the runtime from
                   (default: the path from the output to runtime/index.js)
  --max-file-size <size>     the largest spec file read (default: 1MB)
  --max-example-size <size>  the largest example or default, as JSON (default: 64KB)
  -h, --help       show this help`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** Runs the command; returns the exit code instead of exiting, so tests can call it in-process. */
export async function runGenerate(argv: string[], io: Io = consoleIo): Promise<number> {
  const console = { log: io.out, error: io.err };
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        spec: { type: 'string', default: resolve(root, 'spec') },
        out: { type: 'string', default: resolve(root, 'generated') },
        templates: { type: 'string', default: resolve(root, 'templates/docs') },
        runtime: { type: 'string' },
        implementation: { type: 'string' },
        'max-file-size': { type: 'string' },
        'max-example-size': { type: 'string' },
        cache: { type: 'boolean', default: true },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 3;
  }
  if (args['no-cache']) args.cache = false;
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const limits = { ...DEFAULT_LIMITS };
  for (const [option, key] of [['max-file-size', 'maxFileBytes'], ['max-example-size', 'maxExampleBytes']] as const) {
    const given = args[option];
    if (given === undefined) continue;
    const bytes = parseSize(given);
    if (bytes === undefined || bytes === 0) {
      console.error(`--${option}: '${given}' is not a size; write bytes or a number with KB, MB or GB (for example 8MB)`);
      return 3;
    }
    limits[key] = bytes;
  }
  const started = performance.now();
  const outDir = resolve(args.out);
  const options = {
    limits,
    specDir: resolve(args.spec),
    templatesDir: resolve(args.templates),
    runtimeModule: args.runtime ?? runtimeImport(outDir),
    strict: args.strict,
    ...(args.implementation !== undefined ? { implementation: args.implementation } : {}),
  };
  // Everything the output depends on; the output folder and check mode only decide what is done with it.
  const key = await inputKey(
    root,
    [options.specDir, options.templatesDir, resolve(root, 'generator'), resolve(root, 'runtime')],
    [resolve(root, 'package.json'), resolve(root, 'pnpm-lock.yaml')],
    { runtimeModule: options.runtimeModule, strict: options.strict, implementation: options.implementation ?? null, limits },
  );
  const cached = args.cache ? await readCachedRun(resolve(CACHE_DIR, 'output.json'), key) : undefined;

  let files: EmittedFile[];
  let diagnostics: Diagnostic[];
  let counts: CachedRun['counts'];
  if (cached) {
    ({ files, diagnostics, counts } = cached);
  } else {
    const { generate } = await import('../pipeline.js');
    const result = await generate({ ...options, ...(args.cache ? { cacheFile: resolve(CACHE_DIR, 'format.json') } : {}) });
    if (result.unknownImplementation) {
      console.error(`unknown implementation '${args.implementation}'; the spec has: ${result.unknownImplementation.join(', ')}`);
      return 3;
    }
    diagnostics = result.load.diagnostics;
    const { model } = result;
    if (!model || result.files.length === 0) {
      for (const d of diagnostics) console.error(formatDiagnostic(d));
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      console.error(`\n${errors} error(s), ${diagnostics.length - errors} warning(s); nothing was written.`);
      return 2;
    }
    files = result.files;
    counts = { actions: model.actions.length, types: model.types.length, segments: model.segments.length, events: model.events.length };
    if (args.cache) await writeCachedRun(resolve(CACHE_DIR, 'output.json'), { key, files, diagnostics, counts });
  }
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  let changes;
  try {
    changes = await diffOutput(outDir, files);
    if (!args.check) await writeOutput(outDir, files, changes);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    console.error(`error: ${error.message}`);
    return 3;
  }
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
  console.log(`generated ${result.files.length} files (${result.changes.length} changed) into ${where}/ from ${summary}${profile} in ${seconds}s`);
  return 0;
}

/** The generated client imports the runtime relative to where it is written. */
function runtimeImport(outDir: string): string {
  const path = relative(resolve(outDir, 'typescript'), resolve(root, 'runtime/index.js')).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runGenerate(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`generate failed unexpectedly: ${(error as Error).stack ?? String(error)}`);
      process.exit(3);
    },
  );
}

/**
 * Reading one side of a diff (or the input of `pnpm run import`) into the model, whatever it is: a
 * spec directory, a git revision of this repository's spec, a single spec YAML file, an OpenAPI
 * document, or an Apifox / widdershins Markdown export.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { formatDiagnostic, type Diagnostic } from '../load/diagnostics.js';
import { loadSpec, loadSpecTexts, type LoadResult } from '../load/index.js';
import { DEFAULT_LIMITS, type Limits } from '../load/limits.js';
import { readTextFile } from '../load/read-text.js';
import type { LoadedSide, SideKind } from '../diff/report.js';
import { ImportError, type ImportNote } from './notes.js';
import { importOpenApi } from './openapi.js';
import { importWiddershinsMarkdown, isWiddershinsMarkdown } from './widdershins-markdown.js';

export { ImportError } from './notes.js';

const run = promisify(execFile);

export interface SideOptions {
  /** The implementation a foreign document describes (default `imported`). */
  implementation?: string;
  /** The repository for `git:` sides (default: the one around the working directory). */
  cwd?: string;
  /** Force a format instead of guessing it from the content. */
  format?: 'spec' | 'openapi' | 'markdown';
  /** OpenAPI: also follow relative `$ref`s to files beside the document (never absolute paths or URLs). */
  allowRelativeRefs?: boolean;
  /** Input size limits; the defaults (generator/load/limits.ts) when omitted. */
  limits?: Limits;
  /** OpenAPI: tag → category id, over the default map (category-map.ts), and the file it came from. */
  categoryMap?: Record<string, string>;
  categoryMapFile?: string;
}

export async function loadSide(source: string, options: SideOptions = {}): Promise<LoadedSide> {
  const cwd = options.cwd ?? process.cwd();
  const draft = { implementation: options.implementation ?? 'imported', file: basename(source) };
  if (source.startsWith('git:')) return fromSpec(source, 'git', await loadGitSpec(source.slice(4), cwd, options.limits));
  let info;
  try {
    info = await stat(source);
  } catch {
    throw new ImportError(`${source}: no such file or directory (a git revision is written git:REV)`);
  }
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (info.isDirectory()) return fromSpec(source, 'spec', await loadSpec(source, cwd, limits));
  const read = await readTextFile(source, limits.maxInputBytes, '--max-input-size');
  if (read.problem) throw new ImportError(`${source}:${read.problem.line}:${read.problem.column}: ${read.problem.message} (${read.problem.hint})`);
  const { text } = read;
  const format = options.format ?? sniff(source, text);
  switch (format) {
    case 'spec':
      return fromSpec(source, 'spec', loadSpecTexts([{ name: relative(cwd, source) || source, text }], limits));
    case 'openapi': {
      const { model, notes, coverage } = await importOpenApi(source, {
        ...draft,
        allowRelativeRefs: options.allowRelativeRefs === true,
        limits,
        ...(options.categoryMap ? { categoryMap: options.categoryMap } : {}),
        ...(options.categoryMapFile ? { categoryMapFile: options.categoryMapFile } : {}),
      });
      return { source, kind: 'openapi', model, notes, coverage };
    }
    case 'markdown': {
      const { model, notes } = importWiddershinsMarkdown(text, draft);
      if (!model.actions.length) throw new ImportError(`${source}: no \`## POST …\` action sections found; is it a widdershins export?`);
      return { source, kind: 'markdown', model, notes };
    }
  }
}

/** What a file is, from its content (extensions lie: the seeds are `.txt`). */
export function sniff(path: string, text: string): 'spec' | 'openapi' | 'markdown' {
  const head = text.slice(0, 4000);
  if (/^\s*\{/.test(head) && /"openapi"\s*:/.test(head)) return 'openapi';
  if (/^openapi\s*:/m.test(head) || /^swagger\s*:/m.test(head) || /"swagger"\s*:/.test(head)) return 'openapi';
  if (isWiddershinsMarkdown(text)) return 'markdown';
  if (/\.ya?ml$/.test(path)) {
    try {
      const data = parseYaml(text) as Record<string, unknown> | null;
      if (data && typeof data === 'object' && ('protocol' in data || 'actions' in data)) return 'spec';
    } catch {
      // fall through to the error below
    }
  }
  throw new ImportError(`${path}: cannot tell what this is; expected a spec directory or YAML file, an OpenAPI 3 document, or a widdershins Markdown export`);
}

function fromSpec(source: string, kind: SideKind, result: LoadResult): LoadedSide {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.model || errors.length) {
    throw new ImportError(`${source}: the spec has ${errors.length} error(s):\n${errors.slice(0, 20).map(formatDiagnostic).join('\n')}`);
  }
  const notes: ImportNote[] = result.diagnostics.map((d: Diagnostic) => ({ severity: 'info', message: formatDiagnostic(d) }));
  return { source, kind, model: result.model, notes };
}

/** `REV` or `REV:dir`: the spec as committed at that revision, read with git into memory. */
async function loadGitSpec(spec: string, cwd: string, limits: Limits = DEFAULT_LIMITS): Promise<LoadResult> {
  const [rev, dir = 'spec'] = splitRevision(spec);
  let root: string;
  try {
    root = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
  } catch {
    throw new ImportError(`git:${spec}: ${cwd} is not inside a git repository`);
  }
  let listing: string;
  try {
    listing = (await run('git', ['ls-tree', '-r', '--name-only', rev, '--', `${dir}/`], { cwd: root, maxBuffer: 64 << 20 })).stdout;
  } catch (e) {
    throw new ImportError(`git:${spec}: unknown revision '${rev}' (${(e as { stderr?: string }).stderr?.trim() ?? (e as Error).message})`);
  }
  const paths = listing
    .split('\n')
    .filter((p) => /\.ya?ml$/.test(p))
    .sort();
  if (!paths.length) throw new ImportError(`git:${spec}: no .yaml files under ${dir}/ at ${rev}`);
  const texts = await Promise.all(
    paths.map(async (p) => ({ name: `${rev}:${p}`, text: (await run('git', ['show', `${rev}:${p}`], { cwd: root, maxBuffer: 64 << 20 })).stdout })),
  );
  return loadSpecTexts(texts, limits);
}

/** `v1.0.0` → [v1.0.0], `HEAD~3:spec` → [HEAD~3, spec]. */
function splitRevision(spec: string): [string, string?] {
  const i = spec.lastIndexOf(':');
  return i > 0 ? [spec.slice(0, i), spec.slice(i + 1).replace(/\/$/, '')] : [spec];
}

/**
 * go-cqhttp's extractor: reads a checkout of Mrs4s/go-cqhttp as text.
 * - actions: the generated router modules/api/api.go (names, aliases, parameters with gjson's
 *   accessors and defaults), joined with the coolq/ methods it calls (canonical names, optional
 *   parameters, `OK(...)` results), plus actions that server/ middleware answers (`get_updates`);
 * - segments: coolq/cqcode.go in both directions;
 * - events: the `dispatchEvent` calls in coolq/ and the JSON templates in server/.
 * The readers live in ./go-cqhttp/, one per concern.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { draftModel } from '../import/draft-model.js';
import { partKey, type Coverage } from '../diff/coverage.js';
import type { ImportNote } from '../import/notes.js';
import type { Model } from '../model/types.js';
import { NotACheckoutError, type UpstreamExtract, type UpstreamExtractor } from './extractor.js';
import { buildActions } from './go-cqhttp/actions.js';
import { buildEvents } from './go-cqhttp/events.js';
import { functionsOf, type GoFile } from './go-cqhttp/go-text.js';
import { readMiddlewareActions } from './go-cqhttp/middleware.js';
import { readRouter } from './go-cqhttp/router.js';
import { buildSegments } from './go-cqhttp/segments.js';

const ROUTER = 'modules/api/api.go';

export const extractor: UpstreamExtractor = {
  implementation: 'go-cqhttp',
  extract: extractGoCqhttp,
};

export async function extractGoCqhttp(checkout: string): Promise<UpstreamExtract> {
  const notes: ImportNote[] = [];
  const router = await goFile(checkout, ROUTER);
  if (!router) throw new NotACheckoutError(`${checkout} is not a go-cqhttp checkout: it has no ${ROUTER}`);
  const coolq = await goFiles(checkout, 'coolq');
  const server = await goFiles(checkout, 'server');
  const functions = coolq.flatMap(functionsOf);
  const others = (await goFilesUnder(checkout, ['global', 'internal'])).flatMap(functionsOf);
  const cqcode = functions.filter((f) => f.file.path === 'coolq/cqcode.go');
  const coolqApi = functions.filter((f) => f.file.path === 'coolq/api.go');

  const model: Model = draftModel({ implementation: 'go-cqhttp', implementationTitle: 'go-cqhttp', file: ROUTER }, 'go-cqhttp');
  const routed = [...readRouter(router, notes), ...server.flatMap((file) => readMiddlewareActions(file, notes))];
  const built = buildActions(routed, { router, functions, others }, model.categories, notes);
  model.actions = built.actions;
  model.segments = buildSegments(cqcode, coolqApi, notes);
  model.events = buildEvents(functions, server, notes);
  model.sources = [ROUTER, ...coolq.map((f) => f.path), ...server.map((f) => f.path)].sort();
  const coverage: Coverage = {
    actions: true,
    segments: true,
    events: true,
    // The router's case labels are the names it answers to; @route says which comes first.
    aliases: true,
    // Go's int and untyped constants do not say a JSON value's range, and MiraiGo's fields are not read.
    integerWidths: false,
    // gjson's Int() takes numeric strings, String() takes any value as its text, Bool() takes "1".
    convertsParameters: true,
    undeclared: new Set(built.unreadResults.map((name) => partKey({ kind: 'action', name }, 'result'))),
    untyped: new Set(),
    // any here is a value whose Go type is declared outside the files read (or raw JSON): not told.
    anyIsUntyped: true,
    // A string the code computes (a role from a switch, a segment value, which is text on the wire)
    // or reads with String() is not enumerated where it is produced or read.
    stringsUntold: true,
  };
  return { model, notes, coverage };
}

async function goFile(checkout: string, path: string): Promise<GoFile | undefined> {
  try {
    return { path, text: await readFile(join(checkout, path), 'utf8') };
  } catch {
    return undefined;
  }
}

/** The non-test Go files of several folders and their subfolders, sorted. */
async function goFilesUnder(checkout: string, folders: string[]): Promise<GoFile[]> {
  const files: GoFile[] = [];
  for (const folder of folders) {
    let entries: string[];
    try {
      entries = (await readdir(join(checkout, folder), { recursive: true })).map(String);
    } catch {
      continue;
    }
    for (const name of entries.filter((n) => n.endsWith('.go') && !n.endsWith('_test.go')).sort()) {
      const file = await goFile(checkout, `${folder}/${name.split(sep).join('/')}`);
      if (file) files.push(file);
    }
  }
  return files;
}

/** The non-test Go files of one folder, sorted. */
async function goFiles(checkout: string, folder: string): Promise<GoFile[]> {
  let names: string[];
  try {
    names = await readdir(join(checkout, folder));
  } catch {
    return [];
  }
  const files: GoFile[] = [];
  for (const name of names.filter((n) => n.endsWith('.go') && !n.endsWith('_test.go')).sort()) {
    const file = await goFile(checkout, `${folder}/${name}`);
    if (file) files.push(file);
  }
  return files;
}

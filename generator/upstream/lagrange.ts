/**
 * Lagrange.OneBot's extractor: reads the C# of `Lagrange.OneBot/` in a Lagrange.Core checkout (the
 * core library is not read: only what the OneBot layer routes is support) and builds a draft model
 * of its actions (lagrange/actions.ts), message segments (lagrange/segments.ts) and events
 * (lagrange/events.ts). Declarations are read by a small C# reader (lagrange/csharp.ts).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { FULL_COVERAGE, type Coverage } from '../diff/coverage.js';
import { draftModel } from '../import/draft-model.js';
import type { ImportNote } from '../import/notes.js';
import { NotACheckoutError, type UpstreamExtractor } from './extractor.js';
import { readActions } from './lagrange/actions.js';
import { parseFile, type ParsedFile } from './lagrange/csharp.js';
import { Declarations } from './lagrange/declarations.js';
import { readEvents } from './lagrange/events.js';
import { readSegments } from './lagrange/segments.js';

const PROJECT = 'Lagrange.OneBot';

export const extractor: UpstreamExtractor = {
  implementation: 'lagrange',
  async extract(checkout) {
    const root = path.join(checkout, PROJECT);
    if (!(await isDirectory(root))) throw new NotACheckoutError(`${checkout} is not a Lagrange.Core checkout: it has no ${PROJECT}/ folder`);
    const notes: ImportNote[] = [];
    const files: ParsedFile[] = [];
    for (const file of await csharpFiles(root)) {
      const parsed = parseFile(file, await readFile(file, 'utf8'));
      const relative = path.relative(checkout, file).split(path.sep).join('/');
      for (const problem of parsed.problems) notes.push({ severity: 'warning', file: relative, line: problem.line, message: problem.message });
      files.push(parsed);
    }
    const relative = (file: string) => path.relative(checkout, file).split(path.sep).join('/');
    const model = draftModel({ implementation: 'lagrange', implementationTitle: 'Lagrange.OneBot', file: PROJECT }, 'Lagrange.OneBot');
    const declarations = new Declarations(files, relative, notes);
    const stats = readActions(declarations, model);
    readSegments(declarations, model);
    readEvents(declarations, model);
    model.types = [...declarations.namedTypes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (stats.lenient.length) {
      notes.push({
        severity: 'info',
        message:
          `${stats.lenient.length} operations read their payload with SerializerOptions.DefaultOptions: numbers are also accepted as ` +
          `strings of digits (AllowReadingFromString) and booleans as the strings "true" / "false" (BooleanConverter); the model records the number and boolean types`,
      });
    }
    if (stats.strict.length) {
      notes.push({
        severity: 'info',
        message: `these operations read their payload with other options, so numbers must be numbers: ${stats.strict.join(', ')}`,
      });
    }
    notes.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
    const coverage: Coverage = {
      ...FULL_COVERAGE,
      // SerializerOptions.DefaultOptions (every operation but .send_packet, whose payload has no
      // number the spec gives as text) reads numbers from strings of digits and booleans from "true".
      convertsParameters: true,
      // any is what a handler passes on from a call into Lagrange.Core, or a JsonNode: not told.
      anyIsUntyped: true,
      // role, sex, message_type, sub_type are strings the code computes, not enumerated where built.
      stringsUntold: true,
    };
    return { model, notes, coverage };
  },
};

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** Every .cs file under `dir`, sorted, skipping build output. */
async function csharpFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'bin' && entry.name !== 'obj') out.push(...(await csharpFiles(full)));
    } else if (entry.name.endsWith('.cs')) out.push(full);
  }
  return out.sort();
}

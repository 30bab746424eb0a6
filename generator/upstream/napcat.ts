/**
 * NapCat's extractor: reads packages/napcat-onebot/ of a NapCatQQ checkout with the TypeScript
 * parser (the files under napcat/ read one concern each: actions, TypeBox schemas, segments,
 * events) and builds a draft model of what the code declares.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Coverage } from '../diff/coverage.js';
import { defaultCategory, draftModel } from '../import/draft-model.js';
import { NotACheckoutError, type UpstreamExtractor } from './extractor.js';
import { HANDLERS, readActions, ROUTER } from './napcat/actions.js';
import { readEvents } from './napcat/events.js';
import { readSegments, SEGMENT_UNION } from './napcat/segments.js';
import { SourceTree } from './napcat/source-tree.js';
import { TypeBoxReader } from './napcat/typebox.js';

export const extractor: UpstreamExtractor = {
  implementation: 'napcat',
  async extract(checkout) {
    for (const path of [ROUTER, HANDLERS]) {
      if (!existsSync(join(checkout, path))) throw new NotACheckoutError(`${checkout} is not a NapCatQQ checkout: it has no ${path}`);
    }
    const tree = new SourceTree(checkout);
    const model = draftModel({ implementation: 'napcat', implementationTitle: 'NapCat', file: 'packages/napcat-onebot' }, 'NapCat (source)');
    // NapCat's union of every segment schema is the spec's segment type of each direction.
    const readers = {
      params: new TypeBoxReader(tree, { named: { [SEGMENT_UNION]: 'SendSegment' } }),
      results: new TypeBoxReader(tree, { named: { [SEGMENT_UNION]: 'ReceiveSegment' } }),
    };
    const actions = readActions(tree, readers, defaultCategory(model.categories));
    const segments = readSegments(tree, new TypeBoxReader(tree));
    const events = readEvents(tree);
    model.actions = actions.actions;
    model.segments = segments.segments;
    model.events = events.events;
    const coverage: Coverage = {
      actions: true,
      segments: true,
      events: events.postTypes,
      // Names that share a handler are aliases here, but a name with a handler of its own is an action of its own.
      aliases: false,
      // TypeBox's Type.Number is any number; NapCat never says int32 or int64.
      integerWidths: false,
      // Value.Parse converts between numbers, strings and booleans before checking.
      convertsParameters: true,
      undeclared: new Set(actions.undeclared),
      untyped: new Set([...actions.untyped, ...segments.untyped, ...events.untyped]),
      // Type.Any and Type.Unknown say nothing of a value's type.
      anyIsUntyped: true,
    };
    return { model, notes: tree.notes, coverage };
  },
};

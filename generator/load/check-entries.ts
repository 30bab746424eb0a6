/**
 * Actions, segments and events each on their own: an origin that exists (and agrees with the
 * file's folder), titles and descriptions in both languages, a known category and call variants,
 * examples of known implementations, segment fields that go the segment's way.
 */
import type { Segment, SourceRef } from '../model/types.js';
import type { CheckContext } from './check.js';
import { suggest } from './diagnostics.js';
import type { Entry } from './merge.js';
import type { RawAction, RawEvent, RawSegment, RawText } from './raw-types.js';
import type { DataPath, SpecFile } from './spec-file.js';

export function checkEntries(c: CheckContext): void {
  const actions = new Map(c.model.actions.map((a) => [a.name, a]));
  const segments = new Map(c.model.segments.map((s) => [s.type, s]));
  for (const e of c.sections.entries('actions')) {
    checkCommon(c, e);
    checkAction(c, e);
    checkExampleImplementations(c, e, actions.get(e.key)!.examples);
  }
  for (const e of c.sections.entries('segments')) {
    checkCommon(c, e);
    const segment = segments.get(e.key)!;
    checkSegmentDirections(c, segment);
    checkExampleImplementations(c, e, segment.examples);
  }
  for (const e of c.sections.entries('events')) checkCommon(c, e);
}

/** An origin is declared; files are grouped by origin (spec/actions/<origin>/, spec/events/<origin>/, spec/segments/<origin>.yaml). */
export function checkOrigin({ model, report }: CheckContext, file: SpecFile, path: DataPath, origin: string): void {
  const origins = model.origins.map((o) => o.id);
  if (!origins.includes(origin)) {
    report.error(file.at(path), `unknown origin '${origin}'`, suggest(origin, origins, `declare it under origins: or use one of ${origins.join(', ')}`));
    return;
  }
  const name = file.name.split('\\').join('/');
  const folder = /(?:^|\/)(?:actions|events)\/([^/]+)\/[^/]+$/.exec(name)?.[1] ?? /(?:^|\/)segments\/([^/]+)\.ya?ml$/.exec(name)?.[1];
  if (folder !== undefined && folder !== origin) {
    report.warn(
      file.at(path),
      `origin '${origin}' disagrees with the file's place, which is for '${folder}'`,
      `move the entry to the files of '${origin}', or correct its origin`,
    );
  }
}

function checkCommon(c: CheckContext, e: Entry<RawAction | RawSegment | RawEvent>): void {
  checkOrigin(c, e.file, [...e.path, 'origin'], e.value.origin);
  checkLanguages(c, e.file, e.path, e.value);
}

/** Titles and descriptions are bilingual: a missing language shows untranslated in that language's docs. */
function checkLanguages({ report }: CheckContext, file: SpecFile, path: DataPath, v: { title: RawText; description?: RawText }): void {
  for (const key of ['title', 'description'] as const) {
    const raw = v[key];
    if (raw === undefined) continue;
    if (typeof raw === 'string') {
      report.warn(
        file.at([...path, key]),
        `\`${key}\` is a plain string, which is read as Chinese (zh) only; the English docs show it untranslated`,
        `write { zh: …, en: … }`,
      );
      continue;
    }
    const missing = (['zh', 'en'] as const).filter((lang) => !raw[lang]?.trim());
    if (missing.length === 1)
      report.warn(
        file.at([...path, key]),
        `\`${key}\` has no ${missing[0]}; the ${missing[0] === 'en' ? 'English' : 'Chinese'} docs show it untranslated`,
        `add ${missing[0]}: …`,
      );
  }
}

/** An action's category and call variants are declared. */
function checkAction({ model, report }: CheckContext, e: Entry<RawAction>): void {
  const v = e.value;
  const { file, path } = e;
  const categories = model.categories.map((c) => c.id);
  const category = v.category;
  if (!categories.includes(category)) {
    report.error(file.at([...path, 'category']), `unknown category '${category}'`, suggest(category, categories, `categories are: ${categories.join(', ')}`));
  }
  const variants = model.callVariants.map((cv) => cv.id);
  v.variants?.forEach((variant, i) => {
    if (!variants.includes(variant)) {
      report.error(file.at([...path, 'variants', i]), `unknown call variant '${variant}'`, suggest(variant, variants, `variants are: ${variants.join(', ')}`));
    }
  });
}

function checkExampleImplementations({ model, report }: CheckContext, e: Entry<unknown>, examples: { implementation?: string; source: SourceRef }[]): void {
  const implementations = model.implementations.map((i) => i.id);
  examples.forEach((x, i) => {
    if (x.implementation !== undefined && !implementations.includes(x.implementation)) {
      report.error(
        e.file.at([...e.path, 'examples', i, 'implementation']),
        `unknown implementation '${x.implementation}'`,
        suggest(x.implementation, implementations),
      );
    }
  });
}

/** A segment only sent has no receive-only field, and the other way round. */
function checkSegmentDirections({ report }: CheckContext, segment: Segment): void {
  const direction = segment.direction;
  for (const field of segment.fields) {
    if (direction !== 'both' && field.direction !== 'both' && field.direction !== direction) {
      report.error(
        field.source,
        `field '${field.name}' is ${field.direction}-only, but segment '${segment.type}' is only ${direction === 'send' ? 'sent' : 'received'}`,
        'remove the field or fix one of the directions',
      );
    }
  }
}

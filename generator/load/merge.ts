/**
 * The spec's files merged into one document: every section's entries, each with the file and path
 * it came from. An entry defined twice, or a single section in two files, is reported and the
 * first one kept. The files have the format's shape already (format-schema.ts), so their data is
 * read with the raw types.
 */
import type { SourceRef } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';
import type { RawRetcode, RawSpecFile } from './raw-types.js';
import type { DataPath, SpecFile } from './spec-file.js';

/** A spec file that has the format's shape, and its data. */
export interface ShapedFile {
  file: SpecFile;
  data: RawSpecFile;
}

/** One entry of a section, with the file and path it came from. */
export interface Entry<V> {
  key: string;
  value: V;
  file: SpecFile;
  path: DataPath;
}

/** Sections that map names to entries, spread over any number of files. */
export const MAP_SECTIONS = ['implementations', 'disagreements', 'origins', 'categories', 'transports', 'types', 'actions', 'segments', 'events'] as const;
export type MapSection = (typeof MAP_SECTIONS)[number];
/** Sections that appear once in the whole spec. */
export type SingleSection = 'protocol' | 'envelope' | 'authentication' | 'event_base';

/** What one entry of a section is: `RawAction` for `actions`. */
export type SectionEntry<S extends MapSection> = NonNullable<RawSpecFile[S]>[string];

export class Sections {
  readonly diagnostics: Diagnostic[] = [];
  readonly files: SpecFile[];
  private readonly maps: { [S in MapSection]: Entry<SectionEntry<S>>[] } = {
    implementations: [],
    disagreements: [],
    origins: [],
    categories: [],
    transports: [],
    types: [],
    actions: [],
    segments: [],
    events: [],
  };
  private readonly singles: { [S in SingleSection]?: Entry<NonNullable<RawSpecFile[S]>> } = {};
  /** The return codes, a list over all files. */
  readonly retcodes: Entry<RawRetcode>[] = [];

  constructor(shaped: ShapedFile[]) {
    this.files = shaped.map((s) => s.file);
    for (const { file, data } of shaped) {
      for (const section of MAP_SECTIONS) this.mergeMap(file, section, data[section]);
      const singles = this.singles;
      singles.protocol = this.keepFirst(file, 'protocol', data.protocol, singles.protocol);
      singles.envelope = this.keepFirst(file, 'envelope', data.envelope, singles.envelope);
      singles.authentication = this.keepFirst(file, 'authentication', data.authentication, singles.authentication);
      singles.event_base = this.keepFirst(file, 'event_base', data.event_base, singles.event_base);
      data.retcodes?.forEach((value, i) => this.retcodes.push({ key: String(i), value, file, path: ['retcodes', i] }));
    }
  }

  entries<S extends MapSection>(section: S): Entry<SectionEntry<S>>[] {
    return this.maps[section];
  }

  single<S extends SingleSection>(section: S): Entry<NonNullable<RawSpecFile[S]>> | undefined {
    return this.singles[section];
  }

  private error(at: SourceRef, message: string, hint: string): void {
    this.diagnostics.push({ ...at, severity: 'error', message, hint });
  }

  private mergeMap<S extends MapSection>(file: SpecFile, section: S, map: Record<string, SectionEntry<S>> | undefined): void {
    if (!map) return;
    const list = this.maps[section];
    for (const [key, value] of Object.entries(map)) {
      const earlier = list.find((e) => e.key === key);
      if (earlier) {
        const first = earlier.file.at(earlier.path, true);
        this.error(
          file.at([section, key], true),
          `${singular(section)} '${key}' is defined twice`,
          `it is also defined at ${first.file}:${first.line}:${first.column}; keep one`,
        );
        continue;
      }
      list.push({ key, value, file, path: [section, key] });
    }
  }

  /** The first of a single section's appearances; another one is reported. */
  private keepFirst<V>(file: SpecFile, section: SingleSection, value: V | undefined, earlier: Entry<V> | undefined): Entry<V> | undefined {
    if (value === undefined) return earlier;
    if (earlier) {
      const first = earlier.file.at(earlier.path, true);
      this.error(file.at([section], true), `the \`${section}\` section appears in two files`, `it is also at ${first.file}:${first.line}; keep one`);
      return earlier;
    }
    return { key: section, value, file, path: [section] };
  }
}

function singular(section: string): string {
  return { types: 'type', actions: 'action', segments: 'segment', events: 'event', categories: 'category' }[section] ?? section.replace(/s$/, '');
}

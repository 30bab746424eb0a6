/**
 * The spec's files merged into one document: every section's entries, each with the file and path
 * it came from. An entry defined twice, or a single section in two files, is reported and the
 * first one kept.
 */
import type { SourceRef } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';
import type { DataPath, SpecFile } from './spec-file.js';

type Raw = Record<string, unknown>;

/** One entry of a section, with the file and path it came from. */
export interface Entry {
  key: string;
  value: unknown;
  file: SpecFile;
  path: DataPath;
}

/** Sections that map names to entries, spread over any number of files. */
export const MAP_SECTIONS = ['implementations', 'disagreements', 'origins', 'categories', 'transports', 'types', 'actions', 'segments', 'events'] as const;
export type MapSection = (typeof MAP_SECTIONS)[number];
/** Sections that appear once in the whole spec. */
export const SINGLE_SECTIONS = ['protocol', 'envelope', 'authentication', 'event_base'] as const;
export type SingleSection = (typeof SINGLE_SECTIONS)[number];

export class Sections {
  readonly diagnostics: Diagnostic[] = [];
  private readonly maps = new Map<string, Entry[]>();
  private readonly singles = new Map<string, Entry>();
  /** The return codes, a list over all files. */
  readonly retcodes: Entry[] = [];

  constructor(readonly files: SpecFile[]) {
    for (const file of files) this.merge(file);
  }

  entries(section: MapSection): Entry[] {
    return this.maps.get(section) ?? [];
  }

  single(section: SingleSection): Entry | undefined {
    return this.singles.get(section);
  }

  private error(at: SourceRef, message: string, hint: string): void {
    this.diagnostics.push({ ...at, severity: 'error', message, hint });
  }

  private merge(file: SpecFile): void {
    const data = file.data as Raw | undefined | null;
    if (!data || typeof data !== 'object') return;
    for (const section of MAP_SECTIONS) {
      const map = data[section] as Raw | undefined;
      if (!map) continue;
      const list = this.maps.get(section) ?? [];
      for (const [key, value] of Object.entries(map)) {
        const earlier = list.find((e) => e.key === key);
        if (earlier) {
          const first = earlier.file.at(earlier.path, true);
          this.error(file.at([section, key], true), `${singular(section)} '${key}' is defined twice`, `it is also defined at ${first.file}:${first.line}:${first.column}; keep one`);
          continue;
        }
        list.push({ key, value, file, path: [section, key] });
      }
      this.maps.set(section, list);
    }
    for (const section of SINGLE_SECTIONS) {
      if (data[section] === undefined) continue;
      const earlier = this.singles.get(section);
      if (earlier) {
        const first = earlier.file.at(earlier.path, true);
        this.error(file.at([section], true), `the \`${section}\` section appears in two files`, `it is also at ${first.file}:${first.line}; keep one`);
        continue;
      }
      this.singles.set(section, { key: section, value: data[section], file, path: [section] });
    }
    if (Array.isArray(data.retcodes)) {
      data.retcodes.forEach((value, i) => this.retcodes.push({ key: String(i), value, file, path: ['retcodes', i] }));
    }
  }
}

function singular(section: string): string {
  return { types: 'type', actions: 'action', segments: 'segment', events: 'event', categories: 'category' }[section] ?? section.replace(/s$/, '');
}

/**
 * Events to push, as the mock CLI reads them from a file (`--events <file>`) or stdin
 * (`--events -`): a JSON array of entries, one entry, or one entry per line (JSON Lines). An entry
 * is either an event as the wire carries it (it has `post_type`; pushed as it is, custom ones
 * included) or `{ "event": "message.group", "fields": { ... } }`: the spec's example of that event
 * with `fields` over it.
 */
import { closest } from '../generator/load/diagnostics.js';
import type { EventMap } from '../generated/typescript/events.js';
import type { MockRawEvent } from './server.js';

export type EventEntry = { raw: MockRawEvent } | { name: keyof EventMap; fields: Record<string, unknown> };

/** What is wrong with one entry, or with the input, where it is (`events.json:3`). */
export class EventInputError extends Error {}

/** Reads one entry; `where` names it in an error (`events.json:3`, `events.json[2]`). */
export function readEntry(value: unknown, where: string, names: ReadonlySet<string>): EventEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new EventInputError(`${where}: an event is a JSON object, not ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
  const entry = value as Record<string, unknown>;
  if (typeof entry.post_type === 'string') return { raw: entry as MockRawEvent };
  if (typeof entry.event === 'string') {
    if (!names.has(entry.event)) throw new EventInputError(`${where}: '${entry.event}' is not the name of one event${suggest(entry.event, names)}`);
    const fields = entry.fields ?? {};
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
      throw new EventInputError(`${where}: "fields" is a JSON object of the event's fields`);
    return { name: entry.event as keyof EventMap, fields: fields as Record<string, unknown> };
  }
  throw new EventInputError(
    `${where}: an event has a "post_type" (pushed as it is) or an "event" name such as "message.group" (the spec's example, with "fields" over it)`,
  );
}

/** Every entry of a file's text: a JSON array, one JSON object, or JSON Lines. */
export function readEntries(text: string, file: string, names: ReadonlySet<string>): EventEntry[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    // Not one JSON value: JSON Lines, each line on its own, blank lines skipped.
    return text.split('\n').flatMap((line, i) => (line.trim() ? [readEntry(parseLine(line, `${file}:${i + 1}`), `${file}:${i + 1}`, names)] : []));
  }
  return Array.isArray(whole) ? whole.map((v, i) => readEntry(v, `${file}[${i}]`, names)) : [readEntry(whole, file, names)];
}

/** One line of JSON, or an error naming the line. */
export function parseLine(line: string, where: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new EventInputError(`${where}: not JSON (${(error as Error).message})`);
  }
}

function suggest(given: string, names: ReadonlySet<string>): string {
  const near = closest(given, names);
  return near ? `; did you mean ${near}?` : '';
}

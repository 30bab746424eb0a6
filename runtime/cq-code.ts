/**
 * The CQ code codec: the string form of a OneBot 11 message.
 *
 * Escaping follows the standard exactly: in text `&`, `[` and `]` become `&amp;`, `&#91;` and
 * `&#93;`; inside a parameter value `,` also becomes `&#44;`. Parsing is a single left-to-right
 * scan, so it runs in linear time, and unescaping happens after splitting, so text that merely
 * looks like an escaped CQ code stays text.
 */

/** A segment as it travels in array form. Values from a CQ string are always strings. */
export interface CQSegment {
  type: string;
  data: Record<string, unknown>;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '[': '&#91;', ']': '&#93;' };
const VALUE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, ',': '&#44;' };

/** Escapes text outside CQ codes. `&` is replaced first by construction: one pass over the input. */
export function escapeText(text: string): string {
  return text.replace(/[&[\]]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes a parameter value inside a CQ code. */
export function escapeValue(value: string): string {
  return value.replace(/[&[\],]/g, (c) => VALUE_ESCAPES[c]!);
}

const UNESCAPES: Record<string, string> = { '&amp;': '&', '&#91;': '[', '&#93;': ']', '&#44;': ',' };

/** Reverses `escapeText` / `escapeValue` in one pass, so `&amp;#91;` becomes `&#91;`, not `[`. */
export function unescape(text: string): string {
  return text.replace(/&(?:amp|#91|#93|#44);/g, (entity) => UNESCAPES[entity]!);
}

function stringifyValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}

/** What a segment type and a parameter name may be: the standard has no escape for them. */
const NAME = /^[\w.-]+$/;

/**
 * Turns segments into a CQ string. `text` segments become escaped text; others CQ codes.
 * Throws a `TypeError` on a type or key that cannot be written safely (`at,qq=all` as a type
 * would otherwise inject a parameter).
 */
export function stringify(segments: readonly CQSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (segment.type === 'text') {
      out += escapeText(stringifyValue(segment.data['text']));
      continue;
    }
    if (!NAME.test(segment.type)) throw new TypeError(`a segment type must be letters, digits, '_', '.' or '-': ${JSON.stringify(segment.type)}`);
    out += '[CQ:' + segment.type;
    for (const key of Object.keys(segment.data)) {
      const value = segment.data[key];
      if (value === undefined) continue;
      if (!NAME.test(key)) throw new TypeError(`a segment data key must be letters, digits, '_', '.' or '-': ${JSON.stringify(key)}`);
      out += ',' + key + '=' + escapeValue(stringifyValue(value));
    }
    out += ']';
  }
  return out;
}

/**
 * Parses a CQ string into segments. A `[` that does not open a well-formed `[CQ:type,...]` code
 * is kept as text, so malformed input never throws and never loses characters.
 */
export function parse(message: string): CQSegment[] {
  const segments: CQSegment[] = [];
  let textStart = 0;
  let i = 0;
  // The first `]` at or after the current `[CQ:`; kept across iterations so no stretch is rescanned.
  let close = -1;
  const pushText = (end: number) => {
    if (end > textStart) segments.push({ type: 'text', data: { text: unescape(message.slice(textStart, end)) } });
  };
  while (i < message.length) {
    const open = message.indexOf('[CQ:', i);
    if (open < 0) break;
    if (close < open) close = message.indexOf(']', open);
    if (close < 0) break;
    // A `[` inside a code is never legal (it is escaped), so a later `[CQ:` wins: resume there.
    const nextOpen = message.indexOf('[', open + 1);
    if (nextOpen >= 0 && nextOpen < close) {
      i = nextOpen;
      continue;
    }
    const segment = parseCode(message.slice(open + 4, close));
    if (segment) {
      pushText(open);
      segments.push(segment);
      textStart = close + 1;
    }
    i = close + 1;
  }
  pushText(message.length);
  return segments;
}

/** Parses the inside of `[CQ:...]`; undefined when it is not a well-formed code. */
function parseCode(body: string): CQSegment | undefined {
  const parts = body.split(',');
  const type = parts[0]!;
  if (!NAME.test(type)) return undefined;
  const data: Record<string, unknown> = {};
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!;
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    const key = part.slice(0, eq);
    // A key stringify could not write back makes the whole code text.
    if (!NAME.test(key)) return undefined;
    // Only the first `=` separates: a value may contain `=` (base64, URLs).
    const value = unescape(part.slice(eq + 1));
    // `__proto__` from the wire is a key like any other, never the object's prototype.
    if (key === '__proto__') Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
    else data[key] = value;
  }
  return { type, data };
}

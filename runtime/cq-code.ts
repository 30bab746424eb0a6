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

/** Escapes text outside CQ codes: `&`, `[` and `]`. One pass, so `&` is never escaped twice. */
export function escapeText(text: string): string {
  return escape(text, false);
}

/** Escapes a parameter value inside a CQ code: also `,`. */
export function escapeValue(value: string): string {
  return escape(value, true);
}

// Hand-written scans instead of `replace` with a callback: they run several times faster, and
// the codec sits on the path of every message.
function escape(text: string, comma: boolean): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let entity: string;
    if (c === 38) entity = '&amp;';
    else if (c === 91) entity = '&#91;';
    else if (c === 93) entity = '&#93;';
    else if (c === 44 && comma) entity = '&#44;';
    else continue;
    out += text.slice(last, i) + entity;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Reverses `escapeText` / `escapeValue` in one pass, so `&amp;#91;` becomes `&#91;`, not `[`. */
export function unescape(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    const plain = entityAt(text, amp);
    if (plain === undefined) {
      amp = text.indexOf('&', amp + 1);
      continue;
    }
    out += text.slice(last, amp) + plain;
    last = amp + 5; // every entity is five characters long
    amp = text.indexOf('&', last);
  }
  return out + text.slice(last);
}

/** The character the entity at `at` stands for: `&amp;`, `&#91;`, `&#93;` or `&#44;`. */
function entityAt(text: string, at: number): string | undefined {
  if (text.charCodeAt(at + 4) !== 59 /* ; */) return undefined;
  const c1 = text.charCodeAt(at + 1);
  const c2 = text.charCodeAt(at + 2);
  const c3 = text.charCodeAt(at + 3);
  if (c1 === 97 /* a */) return c2 === 109 /* m */ && c3 === 112 /* p */ ? '&' : undefined;
  if (c1 !== 35 /* # */) return undefined;
  if (c2 === 57 /* 9 */) return c3 === 49 /* 1 */ ? '[' : c3 === 51 /* 3 */ ? ']' : undefined;
  if (c2 === 52 /* 4 */) return c3 === 52 /* 4 */ ? ',' : undefined;
  return undefined;
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
      out += escapeText(stringifyValue(segment.data.text));
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
  let comma = body.indexOf(',');
  const type = comma < 0 ? body : body.slice(0, comma);
  if (!NAME.test(type)) return undefined;
  const data: Record<string, unknown> = {};
  while (comma >= 0) {
    const start = comma + 1;
    comma = body.indexOf(',', start);
    const end = comma < 0 ? body.length : comma;
    const eq = body.indexOf('=', start);
    if (eq < 0 || eq >= end || eq === start) return undefined;
    const key = body.slice(start, eq);
    // A key stringify could not write back makes the whole code text.
    if (!NAME.test(key)) return undefined;
    // Only the first `=` separates: a value may contain `=` (base64, URLs).
    const value = unescape(body.slice(eq + 1, end));
    // `__proto__` from the wire is a key like any other, never the object's prototype.
    if (key === '__proto__') Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
    else data[key] = value;
  }
  return { type, data };
}

/**
 * Property tests of the CQ code codec over thousands of generated cases with hostile text:
 * brackets, `&`, commas, `=`, entity look-alikes, `[CQ:` fragments, astral characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, parse, stringify, unescape, type CQSegment } from '../runtime/cq-code.js';

/** Characters chosen to break a naive codec, mixed with ordinary ones. */
const hostileUnit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('[', ']', '&', ',', '=', ':', ';', '#', 'C', 'Q', ' ', '\n', '\\') },
  { weight: 2, arbitrary: fc.constantFrom('&amp;', '&#91;', '&#93;', '&#44;', '&amp;#91;', '[CQ:', '[CQ:at,qq=all]', '&#91;CQ:face,id=1&#93;', ']]', '[[') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }) },
);
const hostile = (minLength = 0) => fc.string({ unit: hostileUnit, minLength, maxLength: 24 });
const name = fc.stringMatching(/^[A-Za-z0-9_.-]{1,10}$/);

const codeSegment: fc.Arbitrary<CQSegment> = fc.record({
  type: name.filter((t) => t !== 'text'),
  data: fc.dictionary(name, hostile(), { maxKeys: 4 }),
});
const textSegment: fc.Arbitrary<CQSegment> = hostile(1).map((text) => ({ type: 'text', data: { text } }));

/** Segments as parse returns them: no empty text, never two text segments in a row. */
const segments = fc.array(fc.oneof(codeSegment, textSegment), { maxLength: 12 }).map((list) => {
  const out: CQSegment[] = [];
  for (const segment of list) {
    const last = out.at(-1);
    if (segment.type === 'text' && last?.type === 'text') last.data.text = String(last.data.text) + String(segment.data.text);
    else out.push(structuredClone(segment));
  }
  return out;
});

const RUNS = 2_500;

describe('CQ code codec properties', () => {
  it('round-trips any segments: parse(stringify(s)) equals s', () => {
    fc.assert(
      fc.property(segments, (s) => {
        expect(parse(stringify(s))).toEqual(s);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lets text become a segment: escaped text parses to exactly that text', () => {
    fc.assert(
      fc.property(hostile(1), (text) => {
        expect(parse(escapeText(text))).toEqual([{ type: 'text', data: { text } }]);
      }),
      { numRuns: RUNS },
    );
  });

  it('parses any string without throwing, and its result round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: hostileUnit, maxLength: 60 }), (input) => {
        const parsed = parse(input);
        expect(parse(stringify(parsed))).toEqual(parsed);
        // Nothing is lost: a string without a code is one text segment, unescaped.
        if (!parsed.some((s) => s.type !== 'text')) expect(parsed).toEqual(input ? [{ type: 'text', data: { text: unescape(input) } }] : []);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps a CQ string as it is when it is already canonical', () => {
    fc.assert(
      fc.property(segments, (s) => {
        const text = stringify(s);
        expect(stringify(parse(text))).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses to write a type or key that would inject parameters', () => {
    expect(() => stringify([{ type: 'at,qq=all', data: {} }])).toThrow(TypeError);
    expect(() => stringify([{ type: 'face', data: { 'id=1,x': '2' } }])).toThrow(TypeError);
    expect(() => stringify([{ type: 'face]', data: {} }])).toThrow(TypeError);
  });

  it('keeps __proto__ from the wire as a plain key', () => {
    const [segment] = parse('[CQ:x,__proto__=1]');
    expect(Object.getPrototypeOf(segment!.data)).toBe(Object.prototype);
    expect(Object.keys(segment!.data)).toEqual(['__proto__']);
    expect(stringify([segment!])).toBe('[CQ:x,__proto__=1]');
  });

  it('parses long adversarial input in one pass (a 1 MB string of unclosed codes settles in the test timeout)', () => {
    const input = '[CQ:a,b=c'.repeat(110_000) + ']';
    const parsed = parse(input);
    expect(parsed.at(-1)).toEqual({ type: 'a', data: { b: 'c' } });
    const many = '[CQ:face,id=1]x'.repeat(70_000);
    expect(parse(many)).toHaveLength(140_000);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeText, escapeValue, parse, stringify, unescape } from '../runtime/cq-code.js';

describe('CQ code codec', () => {
  it('escapes text and values as the standard says', () => {
    expect(escapeText('a&b[c],d')).toBe('a&amp;b&#91;c&#93;,d');
    expect(escapeValue('a&b[c],d')).toBe('a&amp;b&#91;c&#93;&#44;d');
    expect(unescape('&amp;#91;')).toBe('&#91;');
  });

  it('parses codes between text and keeps `=` inside values', () => {
    expect(parse('hi [CQ:image,file=a.jpg,url=http://x/?a=1&#44;2] bye')).toEqual([
      { type: 'text', data: { text: 'hi ' } },
      { type: 'image', data: { file: 'a.jpg', url: 'http://x/?a=1,2' } },
      { type: 'text', data: { text: ' bye' } },
    ]);
  });

  it('keeps escaped look-alikes as text (no segment injection)', () => {
    const text = '&#91;CQ:at,qq=all&#93;';
    expect(parse(text)).toEqual([{ type: 'text', data: { text: '[CQ:at,qq=all]' } }]);
    expect(stringify(parse(text))).toBe(text);
  });

  it('keeps malformed codes as text', () => {
    expect(parse('[CQ:bad,novalue] [CQ:')).toEqual([{ type: 'text', data: { text: '[CQ:bad,novalue] [CQ:' } }]);
  });

  it('round-trips segments, unknown types included', () => {
    const segments = [
      { type: 'text', data: { text: 'a [b] & c, d' } },
      { type: 'future_thing', data: { k: 'v=1,[2]&' } },
      { type: 'shake', data: {} },
    ];
    expect(parse(stringify(segments))).toEqual(segments);
  });
});

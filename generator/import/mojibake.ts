/**
 * Repairing UTF-8 text that was decoded as Windows-1252 and saved again ("è¯·æ±‚" for "请求").
 * Each character is mapped back to its Windows-1252 byte and the bytes are decoded as UTF-8.
 *
 * Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined, so those bytes are gone from
 * such text, and a character that had one is short of a byte. Seed 002 shows that 0x8E (Ž),
 * 0x92 (’), 0x9E (ž) and 0xAD (the invisible soft hyphen) were lost the same way: each occurs
 * in UTF-8 Chinese as often as its neighbours, which are all there, yet none of them is. Where exactly one candidate fits (a valid, printable
 * character), it is restored; otherwise the character is marked with 〓 (the typesetter's mark
 * for a missing glyph) and its candidates are reported.
 */

/** Windows-1252's characters for 0x80–0x9F; undefined bytes are absent. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** The bytes such text loses. */
export const LOST_BYTES = [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x92, 0x9d, 0x9e, 0xad] as const;

export const UNREADABLE = '〓';

export interface Unrecovered {
  /** 1-based line of the repaired text. */
  line: number;
  /** Offset in the repaired text. */
  offset: number;
  /** Every character the lost bytes could have made. */
  candidates: string[];
}

export interface RepairResult {
  text: string;
  /** Characters that were short of a byte and restored because only one candidate fits. */
  restored: number;
  unrecovered: Unrecovered[];
}

/** Whether `text` looks like UTF-8 read as Windows-1252: many lead-byte letters followed by continuation-byte letters, and no CJK. */
export function looksLikeMojibake(text: string): boolean {
  const pairs =
    text.match(
      /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g,
    )?.length ?? 0;
  const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return pairs >= 10 && cjk < pairs / 10;
}

/** Maps the text back to bytes; characters Windows-1252 cannot hold are kept as their UTF-8 bytes. */
function toBytes(text: string): number[] {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x100) bytes.push(code);
    else if (CP1252_HIGH[code] !== undefined) bytes.push(CP1252_HIGH[code]!);
    else bytes.push(...encoder.encode(ch));
  }
  return bytes;
}

const isContinuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;

/** Decodes one complete sequence, or undefined when it is not valid UTF-8 (overlong, surrogate, out of range). */
function decodeSequence(bytes: number[]): string | undefined {
  // By hand: a TextDecoder per character made repairing a large export take seconds.
  const lead = bytes[0]!;
  const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
  if (need !== bytes.length - 1) return undefined;
  let code = lead & (0xff >> (need + 2));
  for (let i = 1; i < bytes.length; i++) {
    if ((bytes[i]! & 0xc0) !== 0x80) return undefined;
    code = (code << 6) | (bytes[i]! & 0x3f);
  }
  if (code < [0, 0x80, 0x800, 0x10000][need]! || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** Characters a repaired document plausibly holds: CJK, punctuation, Latin-1, symbols and emoji; not control characters. */
function plausible(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0xa0 && c <= 0x24f) ||
    (c >= 0x2000 && c <= 0x2bff) ||
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x1f300 && c <= 0x1faff)
  );
}

/** Every character a sequence short of `missing` continuation bytes could have been. */
function candidatesFor(lead: number, present: number[], need: number): string[] {
  const missing = need - present.length;
  const out = new Set<string>();
  const fill = (slots: (number | undefined)[], lostLeft: number, presentAt: number, pos: number, acc: number[]) => {
    if (pos === need) {
      if (lostLeft === 0 && presentAt === present.length) {
        const ch = decodeSequence([lead, ...acc]);
        if (ch && plausible(ch)) out.add(ch);
      }
      return;
    }
    if (presentAt < present.length) fill(slots, lostLeft, presentAt + 1, pos + 1, [...acc, present[presentAt]!]);
    if (lostLeft > 0) for (const b of LOST_BYTES) fill(slots, lostLeft - 1, presentAt, pos + 1, [...acc, b]);
  };
  fill([], missing, 0, 0, []);
  return [...out].sort();
}

/** Repairs the text as far as the bytes allow. Line breaks are ASCII, so line numbers stay the same. */
export function repairMojibake(text: string): RepairResult {
  const bytes = toBytes(text);
  let out = '';
  let line = 1;
  let restored = 0;
  const unrecovered: Unrecovered[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) {
      // A byte that cannot start a character: the text had a real Windows-1252 character here.
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const present: number[] = [];
    while (present.length < need && isContinuation(bytes[i + 1 + present.length])) present.push(bytes[i + 1 + present.length]!);
    if (present.length === need) {
      const ch = decodeSequence([b, ...present]);
      out += ch ?? String.fromCharCode(b, ...present);
    } else {
      const candidates = candidatesFor(b, present, need);
      if (candidates.length === 1) {
        out += candidates[0];
        restored++;
      } else {
        unrecovered.push({ line, offset: out.length, candidates });
        out += UNREADABLE;
      }
    }
    i += 1 + present.length;
  }
  return { text: out, restored, unrecovered };
}

/** Whether `text` (possibly with 〓 marks) could be `word`: each mark stands for any one character. */
export function couldBe(text: string, word: string): boolean {
  const a = [...text.trim()];
  const b = [...word];
  return a.length === b.length && a.every((c, i) => c === b[i] || c === UNREADABLE);
}

/**
 * Restores marked characters inside words known to be in the text (the exporter's own template
 * words, such as 请求参数 or 返回结果) when every mark's candidates admit the word's character.
 * A word of one character (否) is too weak a signal inside text, so it is used only where it
 * fills a whole table cell, as the exporter writes it.
 */
export function restoreKnownWords(result: RepairResult, words: readonly string[]): RepairResult {
  const chars = [...result.text];
  // Offsets in `unrecovered` are UTF-16 offsets; index the marks by code-point position instead.
  const marks = new Map<number, Unrecovered>();
  let utf16 = 0;
  const byOffset = new Map(result.unrecovered.map((u) => [u.offset, u]));
  chars.forEach((ch, i) => {
    const u = byOffset.get(utf16);
    if (u && ch === UNREADABLE) marks.set(i, u);
    utf16 += ch.length;
  });
  const resolved = new Set<number>();
  const markPositions = [...marks.keys()].sort((a, b) => a - b);
  const wholeCell = (i: number) => /\|[ \t]*$/.test(chars.slice(Math.max(0, i - 40), i).join('')) && /^[ \t]*\|/.test(chars.slice(i + 1, i + 41).join(''));
  for (const word of words) {
    const w = [...word];
    if (w.length === 1) {
      for (const [i, mark] of marks) {
        if (!resolved.has(i) && mark.candidates.includes(w[0]!) && wholeCell(i)) {
          chars[i] = w[0]!;
          resolved.add(i);
        }
      }
      continue;
    }
    // Only windows that hold a mark can change: visit those, in ascending order, once each.
    const positions: number[] = [];
    for (const m of markPositions) {
      for (let i = Math.max(m - w.length + 1, (positions[positions.length - 1] ?? -1) + 1, 0); i <= m && i + w.length <= chars.length; i++) positions.push(i);
    }
    for (const i of positions) {
      let hasMark = false;
      let hasLiteral = false;
      let fits = true;
      for (let j = 0; j < w.length && fits; j++) {
        const mark = marks.get(i + j);
        if (mark && !resolved.has(i + j)) {
          hasMark = true;
          fits = mark.candidates.includes(w[j]!);
        } else {
          hasLiteral ||= chars[i + j] === w[j];
          fits = chars[i + j] === w[j];
        }
      }
      if (!fits || !hasMark || !hasLiteral) continue;
      for (let j = 0; j < w.length; j++) {
        if (marks.has(i + j) && !resolved.has(i + j)) {
          chars[i + j] = w[j]!;
          resolved.add(i + j);
        }
      }
    }
  }
  const text = chars.join('');
  // Recompute the offsets of the marks that are left.
  const unrecovered: Unrecovered[] = [];
  let offset = 0;
  chars.forEach((ch, i) => {
    const mark = marks.get(i);
    if (mark && !resolved.has(i)) unrecovered.push({ ...mark, offset });
    offset += ch.length;
  });
  return { text, restored: result.restored + resolved.size, unrecovered };
}

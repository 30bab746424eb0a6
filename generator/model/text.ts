/** Picking and joining the two languages of a `Text`. */
import type { Text } from './types.js';

export type Language = 'zh' | 'en';

/** The text in `language`, falling back to the other one. */
export function pick(text: Text | undefined, language: Language = 'zh'): string | undefined {
  if (!text) return undefined;
  return language === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh);
}

/** Both languages, Chinese first, separated by a blank line (for JSDoc and OpenAPI). */
export function bilingual(text: Text | undefined): string | undefined {
  if (!text) return undefined;
  const parts = [text.zh, text.en].filter((p): p is string => !!p && p.trim().length > 0);
  return parts.length ? [...new Set(parts)].join('\n\n') : undefined;
}

/** `中文 / English` on one line, for titles. */
export function titleLine(text: Text | undefined): string | undefined {
  if (!text) return undefined;
  if (text.zh && text.en && text.zh !== text.en) return `${text.zh} / ${text.en}`;
  return text.zh ?? text.en;
}

/** Whether the text has Chinese characters: what tells the two languages apart when reading them back. */
export function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** A title written by `titleLine` (`中文 / English`) back into both languages; otherwise the one its characters say. */
export function splitTitleLine(title: string): Text {
  const parts = title.split(' / ');
  if (parts.length === 2 && hasChinese(parts[0]!) && !hasChinese(parts[1]!)) return { zh: parts[0]!.trim(), en: parts[1]!.trim() };
  return hasChinese(title) ? { zh: title } : { en: title };
}

/**
 * A description as both languages, as `bilingual` joins them (the Chinese paragraphs, a blank
 * line, the English ones): the trailing paragraphs without Chinese are the English. Text without
 * Chinese is English; anything else is read as Chinese.
 */
export function splitBilingual(value: unknown): Text | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const whole = value.trim();
  const paragraphs = whole.split('\n\n');
  if (!paragraphs.some(hasChinese)) return { en: whole };
  let at = paragraphs.length;
  while (at > 0 && !hasChinese(paragraphs[at - 1]!)) at--;
  if (at === paragraphs.length) return { zh: whole };
  return { zh: paragraphs.slice(0, at).join('\n\n').trim(), en: paragraphs.slice(at).join('\n\n').trim() };
}

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

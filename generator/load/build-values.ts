/** The spec's small values as the model has them: a bilingual text, a deprecation, an optional key. */
import type { Deprecation, Text } from '../model/types.js';

type Raw = Record<string, unknown>;

/** `{ key: value }` when value is defined, `{}` otherwise: keeps optional keys absent, not undefined. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A title or description: `{ zh, en }`, or a plain string, which is Chinese. */
export function text(raw: unknown): Text | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return { zh: raw.trim() };
  const v = raw as Raw;
  return { ...opt('zh', (v.zh as string | undefined)?.trim()), ...opt('en', (v.en as string | undefined)?.trim()) };
}

/** `deprecated: true`, or the reason as a text. */
export function deprecation(raw: unknown): Deprecation | undefined {
  if (raw === undefined || raw === false) return undefined;
  if (raw === true) return {};
  return { reason: text(raw)! };
}

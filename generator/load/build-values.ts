/** The spec's small values as the model has them: a bilingual text, a deprecation, an optional key. */
import type { Deprecation, Text } from '../model/types.js';
import type { RawDeprecation, RawText } from './raw-types.js';

/** `{ key: value }` when value is defined, `{}` otherwise: keeps optional keys absent, not undefined. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A title or description: `{ zh, en }`, or a plain string, which is Chinese. */
export function text(raw: RawText): Text;
export function text(raw: RawText | undefined): Text | undefined;
export function text(raw: RawText | undefined): Text | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') return { zh: raw.trim() };
  return { ...opt('zh', raw.zh?.trim()), ...opt('en', raw.en?.trim()) };
}

/** `deprecated: true`, or the reason as a text. */
export function deprecation(raw: RawDeprecation | undefined): Deprecation | undefined {
  if (raw === undefined || raw === false) return undefined;
  if (raw === true) return {};
  return { reason: text(raw) };
}

/** The options `pnpm run import` and `pnpm diff` share for reading foreign documents. */
import { DEFAULT_LIMITS, parseSize, type Limits } from '../load/limits.js';

export const INPUT_OPTIONS = {
  'allow-relative-refs': { type: 'boolean', default: false },
  'max-input-size': { type: 'string' },
} as const;

export const INPUT_USAGE = `  --allow-relative-refs   OpenAPI: also follow $refs to files beside the document (absolute
                          paths, file: and network URLs are never followed)
  --max-input-size <size> the largest document read (default: 32MB)`;

/** The parsed options as loadSide takes them, or the one line to print for a bad size. */
export function inputOptions(values: { 'allow-relative-refs'?: boolean; 'max-input-size'?: string }): { allowRelativeRefs: boolean; limits: Limits } | { error: string } {
  const limits = { ...DEFAULT_LIMITS };
  const given = values['max-input-size'];
  if (given !== undefined) {
    const bytes = parseSize(given);
    if (!bytes) return { error: `--max-input-size: '${given}' is not a size; write bytes or a number with KB, MB or GB (for example 64MB)` };
    limits.maxInputBytes = bytes;
    // A spec directory or YAML file given to the diff is held to the larger of the two limits.
    limits.maxFileBytes = Math.max(limits.maxFileBytes, bytes);
  }
  return { allowRelativeRefs: values['allow-relative-refs'] === true, limits };
}

/** The options `pnpm run import` and `pnpm diff` share for reading foreign documents. */
import { DEFAULT_LIMITS, parseSize, type Limits } from '../load/limits.js';
import type { OptionSpec } from './args.js';

export const INPUT_OPTIONS: Record<string, OptionSpec> = {
  'allow-relative-refs': {
    type: 'boolean',
    description: 'OpenAPI: also follow $refs to files beside the document (absolute paths, file: and network URLs are never followed)',
  },
  'max-input-size': { type: 'string', value: '<size>', description: 'the largest document read, as bytes or with KB, MB, GB (default: 32MB)' },
};

/** The parsed options as loadSide takes them, or the one line to print for a bad size. */
export function inputOptions(values: Record<string, string | boolean | undefined>): { allowRelativeRefs: boolean; limits: Limits } | { error: string } {
  const limits = { ...DEFAULT_LIMITS };
  const given = values['max-input-size'] as string | undefined;
  if (given !== undefined) {
    const bytes = parseSize(given);
    if (!bytes) return { error: `--max-input-size: '${given}' is not a size; write bytes or a number with KB, MB or GB (for example 64MB)` };
    limits.maxInputBytes = bytes;
    // A spec directory or YAML file given to the diff is held to the larger of the two limits.
    limits.maxFileBytes = Math.max(limits.maxFileBytes, bytes);
  }
  return { allowRelativeRefs: values['allow-relative-refs'] === true, limits };
}

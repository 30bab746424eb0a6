/**
 * How much input the tools accept before refusing it with a clear error. Each has a default
 * generous for real specs and documents (the largest spec file is about 50 KB, the largest example
 * a few hundred bytes) and a command-line option to raise it.
 */
export interface Limits {
  /** Bytes in one spec file (`pnpm generate --max-file-size`). */
  maxFileBytes: number;
  /** Bytes of one example or default, as JSON (`pnpm generate --max-example-size`). */
  maxExampleBytes: number;
  /** Bytes of a document given to `pnpm run import` or `pnpm diff` (`--max-input-size`). */
  maxInputBytes: number;
  /**
   * How far YAML aliases may expand (the `yaml` package's `maxAliasCount`): a few kilobytes of
   * nested aliases would otherwise expand to gigabytes ("billion laughs").
   */
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 1 << 20,
  maxExampleBytes: 64 << 10,
  maxInputBytes: 32 << 20,
  maxAliasCount: 100,
};

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1 << 10, kb: 1 << 10, m: 1 << 20, mb: 1 << 20, g: 1 << 30, gb: 1 << 30 };

/** `4096`, `64KB`, `8MB` (binary units) → bytes; undefined when it is not a size. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match && UNITS[match[2]!.toLowerCase()];
  return match && unit ? Math.floor(Number(match[1]) * unit) : undefined;
}

/** Bytes as people read them: `512 B`, `64 KB`, `4.5 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1 << 10) return `${bytes} B`;
  const [value, unit] = bytes < 1 << 20 ? [bytes / (1 << 10), 'KB'] : bytes < 1 << 30 ? [bytes / (1 << 20), 'MB'] : [bytes / (1 << 30), 'GB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

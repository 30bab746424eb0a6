/**
 * What `pnpm upstream` reads from an implementation's own source checkout. Each implementation has
 * one extractor in a file of its own (napcat.ts, go-cqhttp.ts, lagrange.ts) that reads the code the
 * way that implementation's language declares its API and builds a draft model with the importers'
 * helpers (../import/draft-model.ts). The command then compares that model with the implementation's
 * profile of the spec through the protocol diff.
 */
import type { Coverage } from '../diff/coverage.js';
import type { ImportNote } from '../import/notes.js';
import type { Model } from '../model/types.js';

export interface UpstreamExtract {
  /** What the code declares: actions (with aliases), parameters, results, segments, events. */
  model: Model;
  /** What the extractor saw but could not read, or read only in part: reported, never dropped. */
  notes: ImportNote[];
  /**
   * What the model can describe (code has no titles, may not tell int32 from int64, may not declare
   * every result); the comparison leaves the rest out. Everything, like a spec, when absent.
   */
  coverage?: Coverage;
}

/** The checkout is not what the extractor reads (a missing directory, another project). */
export class NotACheckoutError extends Error {}

export interface UpstreamExtractor {
  /** The implementation's id in spec/protocol.yaml. */
  implementation: 'napcat' | 'go-cqhttp' | 'lagrange';
  /** Reads a source checkout (a plain directory of the repository's files). */
  extract(checkout: string): Promise<UpstreamExtract>;
}

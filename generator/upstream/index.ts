/** The extractors `pnpm upstream` knows, by implementation id; each is loaded only when asked for. */
import type { UpstreamExtractor } from './extractor.js';

export type { UpstreamExtract, UpstreamExtractor } from './extractor.js';
export { NotACheckoutError } from './extractor.js';

export const UPSTREAM_EXTRACTORS: Record<UpstreamExtractor['implementation'], () => Promise<UpstreamExtractor>> = {
  napcat: async () => (await import('./napcat.js')).extractor,
  'go-cqhttp': async () => (await import('./go-cqhttp.js')).extractor,
  lagrange: async () => (await import('./lagrange.js')).extractor,
};

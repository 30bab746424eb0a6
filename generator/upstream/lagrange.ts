/** Placeholder until this implementation's extractor lands; it refuses to run rather than report nothing. */
import type { UpstreamExtractor } from './extractor.js';

export const extractor: UpstreamExtractor = {
  implementation: 'lagrange',
  extract: () => Promise.reject(new Error('the lagrange extractor is not written yet')),
};

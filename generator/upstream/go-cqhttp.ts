/** Placeholder until this implementation's extractor lands; it refuses to run rather than report nothing. */
import type { UpstreamExtractor } from './extractor.js';

export const extractor: UpstreamExtractor = {
  implementation: 'go-cqhttp',
  extract: () => Promise.reject(new Error('the go-cqhttp extractor is not written yet')),
};

/**
 * The model itself as JSON, for what runs without the generator: the mock implementation in the
 * npm package (`onebot-spec/mock`) serves it, where neither the YAML loader nor the spec files are.
 * Source positions are left out: they only point diagnostics back at the spec, and would change
 * the file on every unrelated edit of a spec file.
 */
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { headerText } from '../header.js';

export interface ModelEmitterOptions {
  dir: string;
}

/** Drops source positions (`{ file, line, column }`) and the model's list of spec files. */
function withoutPositions(key: string, value: unknown): unknown {
  if (key === 'sources' && Array.isArray(value)) return undefined;
  return isPosition(value) ? undefined : value;
}

function isPosition(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'file' in value && 'line' in value && 'column' in value;
}

export function emitModel(model: Model, options: ModelEmitterOptions): EmittedFile[] {
  const content = JSON.stringify({ $comment: headerText(model).split('\n'), model }, withoutPositions, 1) + '\n';
  return [{ path: `${options.dir}/model.json`, content }];
}

/**
 * Each implementation's TypeScript SDK, from its profile: its types, client, segment builders and
 * an entry point, in `typescript/<implementation>/` (the package's `onebot-spec/<implementation>`).
 * Only the whole family's model has them; a profile's own run does not nest.
 */
import { narrowModel } from '../../model/profile.js';
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { emitClient } from './client-emitter.js';
import { emitEntry } from './entry-emitter.js';
import { emitSegmentBuilders } from './segment-builders-emitter.js';
import { emitTypes } from './types-emitter.js';

export function emitImplementationSdks(model: Model, options: { dir: string; runtimeModule: string }): EmittedFile[] {
  if (model.profile !== undefined) return [];
  return model.implementations.flatMap((i) => emitImplementationSdk(narrowModel(model, i.id), `${options.dir}/${i.id}`, deeper(options.runtimeModule)));
}

function emitImplementationSdk(profile: Model, dir: string, runtimeModule: string): EmittedFile[] {
  return [
    ...emitTypes(profile, { dir, index: false }),
    ...emitClient(profile, { dir, runtimeModule }),
    ...emitSegmentBuilders(profile, { dir }),
    ...emitEntry(profile, { dir, runtimeModule }),
  ];
}

/** A relative module specifier as seen from one folder deeper; a package name stays as it is. */
function deeper(module: string): string {
  return module.startsWith('./') ? `.${module}` : module.startsWith('../') ? `../${module}` : module;
}

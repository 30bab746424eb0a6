/**
 * The entry point of one implementation's typed SDK (`onebot-spec/napcat`): its profile's types,
 * client and segment builders, and the runtime they sit on, from one module. The family-wide
 * entry is package/index.ts; this one is emitted next to the profile's files.
 */
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { tsComment } from '../escape.js';
import { generatedHeader } from '../header.js';
import { stringLiteral } from './printer.js';
import { TYPE_MODULES } from './types-emitter.js';

export interface EntryEmitterOptions {
  /** The module the runtime is imported from, relative to the emitted file. */
  runtimeModule: string;
  dir: string;
}

export function emitEntry(model: Model, options: EntryEmitterOptions): EmittedFile[] {
  const implementation = model.implementations[0];
  const title = tsComment(implementation?.title.en ?? implementation?.title.zh ?? model.profile ?? '');
  const doc = [
    '/**',
    ` * ${title}'s SDK: only the actions, segments and events ${title} supports, with its own parameter`,
    ' * and result shapes, the typed client over the shared runtime, and the segment builders.',
    ' */',
  ].join('\n');
  const lines = [
    `export * from ${stringLiteral(options.runtimeModule)};`,
    ...TYPE_MODULES.map((m) => `export * from ${stringLiteral(`./${m}.js`)};`),
    "export { OneBotClient } from './client.js';",
    "export * from './segment-builders.js';",
  ];
  return [{ path: `${options.dir}/index.ts`, content: `${generatedHeader(model, 'ts')}${doc}\n${lines.join('\n')}\n` }];
}

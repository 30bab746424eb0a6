/**
 * Every artifact `pnpm generate` writes, one registered emitter each: its name (for `--only`), the
 * files it owns in the output folder, the parts of the model it reads, and the function of the
 * model that emits them. Adding an output is adding an entry here; the pipeline, `--only`, the
 * tests' file lists and the README's list of outputs all follow from this table.
 */
import type { Model } from '../model/types.js';
import { emitDiffRules } from './docs/diff-rules-emitter.js';
import { emitDocs, loadTemplates } from './docs/docs-emitter.js';
import type { EmittedFile } from './emitted-file.js';
import { emitOpenApi } from './openapi/openapi-emitter.js';
import { emitSwaggerUi } from './openapi/swagger-ui-emitter.js';
import { emitModel } from './model/model-emitter.js';
import { emitClient } from './typescript/client-emitter.js';
import { emitImplementationSdks } from './typescript/implementation-sdk.js';
import { emitSegmentBuilders } from './typescript/segment-builders-emitter.js';
import { emitTypes } from './typescript/types-emitter.js';

/** What a run gives every emitter besides the model: inputs that are not the spec. */
export interface EmitContext {
  /** The folder of the docs' handlebars templates. */
  templatesDir: string;
  /** The runtime module as the generated client imports it. */
  runtimeModule: string;
}

export interface RegisteredEmitter {
  /** Its name for `pnpm generate --only`. */
  name: string;
  /** One line for `--help` and the README. */
  summary: string;
  /**
   * The paths it writes, relative to the output folder: exact paths or patterns (`*` for any name within a
   * folder, `**` and a slash for any folders). A path two emitters match belongs to the one that names it exactly.
   */
  owns: readonly string[];
  /** The parts of the model it reads; test/emitter-registry.test.ts proves it reads these and no other. */
  needs: readonly (keyof Model)[];
  emit: (model: Model, context: EmitContext) => EmittedFile[];
}

/** Every part of the model, for the outputs that carry all of it (each implementation's SDK, model.json). */
const WHOLE_MODEL = [
  'protocol',
  'implementations',
  'origins',
  'categories',
  'callVariants',
  'envelope',
  'retcodes',
  'transports',
  'authentication',
  'eventBase',
  'types',
  'actions',
  'segments',
  'events',
  'sources',
  'profile',
] as const satisfies readonly (keyof Model)[];

const OPENAPI_NEEDS = [
  'protocol',
  'implementations',
  'categories',
  'types',
  'actions',
  'segments',
  'events',
  'envelope',
  'authentication',
  'eventBase',
  'profile',
] as const;

export const EMITTERS: readonly RegisteredEmitter[] = [
  {
    name: 'typescript-types',
    summary: 'TypeScript types of the protocol, actions, events, segments and shared types',
    owns: ['typescript/index.ts', 'typescript/protocol.ts', 'typescript/types.ts', 'typescript/segments.ts', 'typescript/events.ts', 'typescript/actions.ts'],
    needs: ['protocol', 'implementations', 'types', 'actions', 'segments', 'events', 'envelope', 'retcodes', 'eventBase', 'profile'],
    emit: (model) => emitTypes(model, { dir: 'typescript' }),
  },
  {
    name: 'typescript-client',
    summary: 'the typed client: one method per action',
    owns: ['typescript/client.ts'],
    needs: ['protocol', 'implementations', 'actions', 'profile'],
    emit: (model, { runtimeModule }) => emitClient(model, { dir: 'typescript', runtimeModule }),
  },
  {
    name: 'segment-builders',
    summary: 'the `seg` builders, one per segment that can be sent',
    owns: ['typescript/segment-builders.ts'],
    needs: ['protocol', 'implementations', 'types', 'segments', 'profile'],
    emit: (model) => emitSegmentBuilders(model, { dir: 'typescript' }),
  },
  {
    name: 'implementation-sdks',
    summary: "each implementation's TypeScript SDK from its profile (types, client, builders, entry point), in `typescript/<implementation>/`",
    owns: ['typescript/*/*.ts'],
    needs: WHOLE_MODEL,
    emit: (model, { runtimeModule }) => emitImplementationSdks(model, { dir: 'typescript', runtimeModule }),
  },
  {
    name: 'openapi',
    summary: 'OpenAPI 3.1 and 3.0.3, as JSON and YAML',
    owns: ['openapi/onebot11.json', 'openapi/onebot11.yaml', 'openapi/onebot11.openapi-3.0.json', 'openapi/onebot11.openapi-3.0.yaml'],
    needs: OPENAPI_NEEDS,
    emit: (model) => emitOpenApi(model, { dir: 'openapi', name: 'onebot11' }),
  },
  {
    name: 'swagger-ui',
    summary: 'a Swagger UI page that works opened from disk, with its assets',
    owns: ['swagger-ui/*'],
    needs: OPENAPI_NEEDS,
    emit: (model) => emitSwaggerUi(model, { dir: 'swagger-ui' }),
  },
  {
    name: 'docs',
    summary: 'the bilingual VitePress site: overview, a page per category, segments, events, types, matrix',
    owns: ['docs/**/*.md', 'docs/.vitepress/config.mts', 'docs/.vitepress/theme/*'],
    needs: [...OPENAPI_NEEDS, 'origins', 'callVariants', 'retcodes', 'transports'],
    emit: (model, { templatesDir }) => emitDocs(model, { dir: 'docs', templatesDir }, loadTemplates(templatesDir)),
  },
  {
    name: 'diff-rules',
    summary: "the page listing `pnpm diff`'s rules and exit codes",
    owns: ['docs/diff-rules.md', 'docs/en/diff-rules.md'],
    needs: ['protocol', 'implementations', 'profile'],
    emit: (model) => emitDiffRules(model, { dir: 'docs' }),
  },
  {
    name: 'model',
    summary: 'the model as JSON, which the mock in the package serves',
    owns: ['model/model.json'],
    needs: WHOLE_MODEL,
    emit: (model) => emitModel(model, { dir: 'model' }),
  },
];

export const EMITTER_NAMES: readonly string[] = EMITTERS.map((e) => e.name);

const patterns = new Map<string, RegExp>();
function pattern(glob: string): RegExp {
  let re = patterns.get(glob);
  if (!re) {
    const body = glob
      .split(/(\*\*\/|\*)/)
      .map((part) => (part === '**/' ? '(?:[^/]+/)*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`);
    patterns.set(glob, re);
  }
  return re;
}

/** The emitter that owns `path` (relative to the output folder), or undefined for a file no emitter writes. */
export function ownerOf(path: string, emitters: readonly RegisteredEmitter[] = EMITTERS): RegisteredEmitter | undefined {
  return emitters.find((e) => e.owns.includes(path)) ?? emitters.find((e) => e.owns.some((glob) => pattern(glob).test(path)));
}

/** The emitters named, in the registry's order; an unknown name is the caller's to report (cli/args.ts checkChoice). */
export function selectEmitters(names?: readonly string[]): readonly RegisteredEmitter[] {
  return names ? EMITTERS.filter((e) => names.includes(e.name)) : EMITTERS;
}

/** Runs the emitters; a file outside what its emitter declares it owns is a bug in that emitter. */
export function runEmitters(
  model: Model,
  context: EmitContext,
  emitters: readonly RegisteredEmitter[] = EMITTERS,
  onEmitter?: (name: string) => void,
): EmittedFile[] {
  return emitters.flatMap((emitter) => {
    onEmitter?.(emitter.name);
    const files = emitter.emit(model, context);
    for (const file of files) {
      if (ownerOf(file.path) !== emitter)
        throw new Error(`the ${emitter.name} emitter wrote ${file.path}, which is not among the files it owns (${emitter.owns.join(', ')})`);
    }
    return files;
  });
}

/**
 * The typed client: one method per action, named as the action is on the wire, over the
 * hand-written runtime (runtime/). Built with ts-morph like the types.
 */
import { Scope, StructureKind, type ClassDeclarationStructure, type MethodDeclarationStructure, type OptionalKind, type Project } from 'ts-morph';
import { actionParamsName, actionResultName, methodName } from '../../model/naming.js';
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { tsComment, tsString } from '../escape.js';
import { generatedHeader } from '../header.js';
import { createProject, actionDoc } from './types-emitter.js';

export interface ClientEmitterOptions {
  /** The module the runtime is imported from, relative to the emitted file. */
  runtimeModule: string;
  dir: string;
}

export function emitClient(model: Model, project: Project = createProject(), options: ClientEmitterOptions): EmittedFile[] {
  const typeNames = model.actions.flatMap((a) => [actionParamsName(a), actionResultName(a)]);
  // Built as one structure and printed once (see FileBuilder in types-emitter.ts for why).
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: 'OneBotClient',
    isExported: true,
    extends: 'ClientBase<ActionMap, EventMap, QuickOperationMap>',
    docs: [
      [
        `A typed ${tsComment(`${model.protocol.name} ${model.protocol.version}`)} client: one method per action, each resolving with the action's \`data\`.`,
        'Failures reject with `ActionFailedError` (with `retcode`), `TransportError` or `TimeoutError`.',
        '',
        '@example',
        "const bot = new OneBotClient(new HttpTransport({ baseUrl: 'http://127.0.0.1:3000', accessToken }));",
        'const { user_id } = await bot.get_login_info();',
      ].join('\n'),
    ],
    ctors: [
      {
        parameters: [
          { name: 'transport', type: 'Transport' },
          { name: 'options', type: 'ClientOptions', hasQuestionToken: true },
        ],
        statements: 'super(transport, options, eventCatalog);',
      },
    ],
    methods: model.actions.map((action): OptionalKind<MethodDeclarationStructure> => ({
      name: methodName(action),
      scope: Scope.Public,
      docs: [actionDoc(model, action)],
      parameters: [
        { name: 'params', type: actionParamsName(action), hasQuestionToken: action.params.every((p) => !p.required) },
        { name: 'options', type: 'CallOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<${actionResultName(action)}>`,
      statements: `return this.call(${tsString(action.name)}, params, options);`,
    })),
  };
  const file = project.createSourceFile(
    'client.ts',
    {
      statements: [
        {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: options.runtimeModule,
          namedImports: ['ClientBase', ...['CallOptions', 'ClientOptions', 'Transport'].map((name) => ({ name, isTypeOnly: true }))],
        },
        { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './actions.js', namedImports: ['ActionMap', ...typeNames].sort() },
        {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: './events.js',
          namedImports: ['eventCatalog', { name: 'EventMap', isTypeOnly: true }, { name: 'QuickOperationMap', isTypeOnly: true }],
        },
        cls,
      ],
    },
    { overwrite: true },
  );
  return [{ path: `${options.dir}/client.ts`, content: generatedHeader(model, 'ts') + file.getFullText() }];
}

/**
 * The typed client: one method per action, named as the action is on the wire, over the
 * hand-written runtime (runtime/). Built as declarations (syntax.ts) like the types.
 */
import { actionParamsName, actionResultName, methodName } from '../../model/naming.js';
import { implementationTitle } from '../../model/queries.js';
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { tsComment } from '../escape.js';
import { generatedHeader } from '../header.js';
import { printStatements, stringLiteral } from './printer.js';
import { ref } from './syntax.js';
import { docOf, tsLiteral } from './type-text.js';
import { actionDoc } from './types-emitter.js';

/** A result longer than this is shown by its first item (a list) or left out of the example. */
const MAX_RESULT_TEXT = 240;

/**
 * `@example` from the action's first example: the call with its parameters and, when it is short,
 * what it resolves with. The family's client prefers examples every implementation's shape takes.
 */
function callExample(model: Model, action: Model['actions'][number]): string | undefined {
  const example = action.examples.find((e) => e.implementation === undefined) ?? action.examples[0];
  if (!example) return undefined;
  const params = example.params && Object.keys(example.params).length ? tsLiteral(example.params) : '';
  const call = `await bot.${methodName(action)}(${params});`;
  const lines = [
    example.implementation !== undefined && model.profile === undefined ? `// as ${implementationName(model, example.implementation)} takes it` : undefined,
  ];
  const result = example.result === undefined || example.result === null ? undefined : resultText(example.result);
  lines.push(result === undefined ? call : `const result = ${call}`, result === undefined ? undefined : `// result: ${result}`);
  return tsComment(['@example', ...lines.filter((l): l is string => l !== undefined)].join('\n')).replace(/^\\@example/, '@example');
}

function resultText(result: unknown): string | undefined {
  const whole = tsLiteral(result);
  if (whole.length <= MAX_RESULT_TEXT) return whole;
  if (Array.isArray(result) && result.length > 1) {
    const first = `[${tsLiteral(result[0])}, …]`;
    if (first.length <= MAX_RESULT_TEXT) return first;
  }
  return undefined;
}

function implementationName(model: Model, id: string): string {
  const title = implementationTitle(model, id);
  return title?.en ?? title?.zh ?? id;
}

export interface ClientEmitterOptions {
  /** The module the runtime is imported from, relative to the emitted file. */
  runtimeModule: string;
  dir: string;
}

export function emitClient(model: Model, options: ClientEmitterOptions): EmittedFile[] {
  const typeNames = model.actions.flatMap((a) => [actionParamsName(a), actionResultName(a)]);
  const printed = printStatements(generatedHeader(model, 'ts'), [
    {
      kind: 'import',
      names: [{ name: 'ClientBase' }, ...['CallOptions', 'ClientOptions', 'Transport'].map((name) => ({ name, typeOnly: true }))],
      from: options.runtimeModule,
    },
    { kind: 'import', typeOnly: true, names: ['ActionMap', ...typeNames].sort().map((name) => ({ name })), from: './actions.js' },
    {
      kind: 'import',
      names: [{ name: 'eventCatalog' }, { name: 'EventMap', typeOnly: true }, { name: 'QuickOperationMap', typeOnly: true }],
      from: './events.js',
    },
    {
      kind: 'class',
      name: 'OneBotClient',
      extends: 'ClientBase<ActionMap, EventMap, QuickOperationMap>',
      doc: [
        `A typed ${tsComment(`${model.protocol.name} ${model.protocol.version}`)} client: one method per action, each resolving with the action's \`data\`.`,
        'Failures reject with `ActionFailedError` (with `retcode`), `TransportError` or `TimeoutError`.',
        '',
        '@example',
        "const bot = new OneBotClient(new HttpTransport({ baseUrl: 'http://127.0.0.1:3000', accessToken }));",
        'const { user_id } = await bot.get_login_info();',
      ].join('\n'),
      code: ['constructor(transport: Transport, options?: ClientOptions) {', '  super(transport, options, eventCatalog);', '}'],
      methods: model.actions.map((action) => ({
        name: methodName(action),
        doc: docOf(actionDoc(model, action), callExample(model, action))!,
        params: [
          { name: 'params', type: ref(actionParamsName(action)), optional: action.params.every((p) => !p.required) },
          { name: 'options', type: ref('CallOptions'), optional: true },
        ],
        returns: ref('Promise', [ref(actionResultName(action))]),
        body: [`return this.call(${stringLiteral(action.name)}, params, options);`],
      })),
    },
  ]);
  return [{ path: `${options.dir}/client.ts`, content: printed.text, needsFormatting: printed.needsFormatting }];
}

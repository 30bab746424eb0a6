/**
 * OpenAPI 3.1 from the model: one `POST /{action}` per action, as OneBot's HTTP API does it.
 * Schemas come from the same SchemaBuilder the loader checks examples with.
 */
import { stringify as toYaml } from 'yaml';
import { SchemaBuilder, type JsonSchema } from '../../model/json-schema.js';
import { actionParamsName, actionResultName, methodName } from '../../model/naming.js';
import { bilingual, pick, titleLine } from '../../model/text.js';
import type { Action, Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { headerText } from '../header.js';

const REF = '#/components/schemas/';

export interface OpenApiOptions {
  dir: string;
  /** Base name of the emitted files. */
  name: string;
}

export function buildOpenApi(model: Model): JsonSchema {
  const schemas = new SchemaBuilder(model, { refPrefix: REF, closed: false, docs: true });
  const components: Record<string, JsonSchema> = {
    Envelope: {
      ...schemas.object(model.envelope.fields),
      description: bilingual(model.envelope.description),
    },
    ...schemas.definitions(),
  };
  const paths: Record<string, JsonSchema> = {};
  for (const action of model.actions) {
    components[actionParamsName(action)] = schemas.params(action);
    components[actionResultName(action)] = schemas.result(action);
    paths[`/${action.name}`] = { post: operation(model, action) };
  }
  const usedCategories = new Set(model.actions.map((a) => a.category));
  return {
    openapi: '3.1.0',
    info: {
      title: titleLine(model.protocol.title),
      version: model.protocol.version,
      description: [bilingual(model.protocol.description), headerText(model)].filter(Boolean).join('\n\n'),
    },
    ...(model.protocol.homepage ? { externalDocs: { url: model.protocol.homepage } } : {}),
    servers: [{ url: 'http://127.0.0.1:3000', description: 'A OneBot implementation running locally' }],
    security: [{ bearerAuth: [] }, { accessTokenQuery: [] }, {}],
    tags: model.categories
      .filter((c) => usedCategories.has(c.id))
      .map((c) => ({ name: c.id, description: titleLine(c.title) })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: bilingual(model.authentication) },
        accessTokenQuery: { type: 'apiKey', in: 'query', name: 'access_token', description: bilingual(model.authentication) },
      },
    },
  };
}

function operation(model: Model, action: Action): JsonSchema {
  const support: Record<string, string> = {};
  for (const s of action.support) support[s.implementation] = s.status;
  const supportLines = action.support
    .filter((s) => s.status !== 'unknown')
    .map((s) => `- ${titleLine(model.implementations.find((i) => i.id === s.implementation)?.title)}: ${s.status}${s.note ? ` — ${pick(s.note, 'zh')}` : ''}`);
  const requestExamples: Record<string, JsonSchema> = {};
  const responseExamples: Record<string, JsonSchema> = {};
  action.examples.forEach((example, i) => {
    const key = example.implementation ? `${example.implementation}-${i + 1}` : `example-${i + 1}`;
    const summary = pick(example.title) ?? `Example ${i + 1}`;
    if (example.params !== undefined) requestExamples[key] = { summary, value: example.params };
    if (example.result !== undefined) responseExamples[key] = { summary, value: { status: 'ok', retcode: 0, data: example.result, message: '', wording: '' } };
  });
  return {
    operationId: methodName(action),
    summary: titleLine(action.title),
    description: [bilingual(action.description), supportLines.length ? `**Support**\n\n${supportLines.join('\n')}` : undefined].filter(Boolean).join('\n\n') || undefined,
    tags: [action.category],
    ...(action.deprecated ? { deprecated: true } : {}),
    'x-onebot-origin': action.origin,
    'x-onebot-support': support,
    ...(action.aliases.length ? { 'x-onebot-aliases': action.aliases.map((a) => a.name) } : {}),
    requestBody: {
      required: action.params.some((p) => p.required),
      content: {
        'application/json': {
          schema: { $ref: REF + actionParamsName(action) },
          ...(Object.keys(requestExamples).length ? { examples: requestExamples } : {}),
        },
      },
    },
    responses: {
      '200': {
        description: 'The response envelope; `data` is this action\'s result.',
        content: {
          'application/json': {
            schema: {
              allOf: [{ $ref: `${REF}Envelope` }, { type: 'object', properties: { data: { $ref: REF + actionResultName(action) } } }],
            },
            ...(Object.keys(responseExamples).length ? { examples: responseExamples } : {}),
          },
        },
      },
      '401': { description: 'No access token was given.' },
      '403': { description: 'The access token is wrong.' },
      '404': { description: 'The implementation does not have this action.' },
    },
  };
}

/** Removes keys whose value is undefined, so the JSON and YAML are clean and stable. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, clean(v)]),
    );
  }
  return value;
}

export function emitOpenApi(model: Model, options: OpenApiOptions): EmittedFile[] {
  const document = clean(buildOpenApi(model));
  return [
    { path: `${options.dir}/${options.name}.json`, content: JSON.stringify(document, null, 2) + '\n' },
    {
      path: `${options.dir}/${options.name}.yaml`,
      content: headerText(model).split('\n').map((l) => `# ${l}`).join('\n') + '\n' + toYaml(document, { lineWidth: 0, aliasDuplicateObjects: false }),
    },
  ];
}

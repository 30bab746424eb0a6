/**
 * OpenAPI from the model: one `POST /{action}` per action, as OneBot's HTTP API does it.
 * Schemas come from the same SchemaBuilder the loader checks examples with.
 *
 * The document is 3.1; a 3.0.3 copy (downgrade.ts) is emitted beside it for older tools. Both
 * carry Apifox's extensions (folders, enum names, property order) and this project's own
 * `x-onebot-*` extensions; the names, description sections and example keys are the ones
 * model/openapi-conventions.ts writes down for the importer to read back.
 */
import { ValueChecker } from '../../model/check-value.js';
import { SchemaBuilder, type JsonSchema } from '../../model/json-schema.js';
import { implementationTitle, supportDifferences, supportsWithDifferences } from '../../model/queries.js';
import { actionParamsName, actionResultName, methodName } from '../../model/naming.js';
import {
  APIFOX,
  categoryTag,
  COMPONENTS,
  EXTENSION,
  EXTENSION_FIELDS_SECTION,
  exampleKey,
  exampleSummary,
  NO_DATA_EXAMPLE,
  NO_PARAMS_EXAMPLE,
  operationDescription,
  SCHEMA_REF,
} from '../../model/openapi-conventions.js';
import { bilingual, pick, titleLine } from '../../model/text.js';
import type { Action, Category, Model, Support, TypeNode } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { headerText } from '../header.js';
import { yamlText } from '../yaml-text.js';
import { toOpenApi30 } from './downgrade.js';

export interface OpenApiOptions {
  dir: string;
  /** Base name of the emitted files. */
  name: string;
}

/**
 * The servers tools send requests to: `pnpm mock` (mock/cli.ts listens on 5700 unless told, as
 * go-cqhttp's default config does, server/http.go) and an implementation on 3000 (the port of
 * NapCat's development config, packages/napcat-develop/config/onebot11.json).
 */
export const MOCK_SERVER = 'http://127.0.0.1:5700';
export const LOCAL_SERVER = 'http://127.0.0.1:3000';
/** Any other address, as server variables a tool (Swagger UI) lets the reader fill in. */
export const ANY_SERVER = 'http://{host}:{port}';

export function buildOpenApi(model: Model): JsonSchema {
  const schemas = new SchemaBuilder(model, { refPrefix: SCHEMA_REF, closed: false, docs: true, decorate: apifoxEnum });
  const checker = new ValueChecker(model);
  const components: Record<string, JsonSchema> = {
    [COMPONENTS.envelope]: schemas.named(COMPONENTS.envelope, {
      ...schemas.object(model.envelope.fields),
      description: bilingual(model.envelope.description),
    }),
    ...schemas.definitions(),
  };
  const paths: Record<string, JsonSchema> = {};
  for (const action of model.actions) {
    components[actionParamsName(action)] = schemas.named(actionParamsName(action), schemas.params(action));
    components[actionResultName(action)] = schemas.named(actionResultName(action), schemas.result(action));
    paths[`/${action.name}`] = { post: operation(model, action, checker) };
  }
  const usedCategories = new Set(model.actions.map((a) => a.category));
  return addPropertyOrders({
    openapi: '3.1.0',
    info: {
      title: titleLine(model.protocol.title),
      version: model.protocol.version,
      description: [bilingual(model.protocol.description), EXTENSION_FIELDS_SECTION, headerText(model)].filter(Boolean).join('\n\n'),
      ...verifiedExtension(model),
    },
    ...(model.protocol.homepage ? { externalDocs: { url: model.protocol.homepage } } : {}),
    servers: [
      { url: MOCK_SERVER, description: "`pnpm mock` (the mock implementation made from this spec) on its default port, which is also go-cqhttp's" },
      { url: LOCAL_SERVER, description: 'A OneBot implementation running locally (HTTP API) on port 3000' },
      {
        url: ANY_SERVER,
        description: "An implementation's HTTP API at any address: enter its host and port",
        // No description on the variables: swagger-parser's 3.1 schema refuses one there.
        variables: { host: { default: '127.0.0.1' }, port: { default: '5700' } },
      },
    ],
    security: [{ bearerAuth: [] }, { accessTokenQuery: [] }, {}],
    tags: model.categories.filter((c) => usedCategories.has(c.id)).map(categoryTag),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: bilingual(model.authentication) },
        accessTokenQuery: { type: 'apiKey', in: 'query', name: 'access_token', description: bilingual(model.authentication) },
      },
    },
  });
}

/** `x-onebot-verified`: each implementation's pinned source, keyed by its id; absent when none is recorded. */
function verifiedExtension(model: Model): JsonSchema {
  const verified = model.implementations.filter((i) => i.verified);
  return verified.length ? { [EXTENSION.verified]: Object.fromEntries(verified.map((i) => [i.id, { ...i.verified }])) } : {};
}

/** Apifox's folder path of a category: the Chinese titles from the top category down, `消息相关/发送群聊消息`. */
export function apifoxFolder(model: Model, categoryId: string): string {
  const path: Category[] = [];
  for (let c = model.categories.find((x) => x.id === categoryId); c; c = c.parent ? model.categories.find((x) => x.id === c!.parent) : undefined)
    path.unshift(c);
  return path.map((c) => pick(c.title, 'zh')).join('/');
}

/** Apifox shows an enum's values with a name and a description each. */
function apifoxEnum(node: TypeNode, schema: JsonSchema) {
  if (node.kind !== 'enum') return;
  schema[APIFOX.enum] = node.values.map((v) => ({
    value: v.value,
    name: v.name,
    description: [titleLine(v.title), bilingual(v.description)].filter(Boolean).join(' — '),
  }));
}

/**
 * Apifox sorts properties alphabetically unless told their order: every object schema gets
 * `x-apifox-orders`, the order the spec documents its fields in. Only schemas are visited, so
 * example values are never touched.
 */
function addPropertyOrders(doc: JsonSchema): JsonSchema {
  const visit = (schema: any) => {
    if (!schema || typeof schema !== 'object') return;
    if (schema.properties) {
      schema[APIFOX.orders] = Object.keys(schema.properties);
      Object.values(schema.properties).forEach(visit);
    }
    if (schema.items) visit(schema.items);
    if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties);
    for (const key of ['allOf', 'anyOf', 'oneOf']) (schema[key] ?? []).forEach(visit);
  };
  const d = doc as any;
  Object.values(d.components.schemas).forEach(visit);
  for (const item of Object.values(d.paths) as any[]) {
    for (const media of Object.values(item.post.requestBody?.content ?? {}) as any[]) visit(media.schema);
    for (const response of Object.values(item.post.responses) as any[]) for (const media of Object.values(response.content ?? {}) as any[]) visit(media.schema);
  }
  return doc;
}

const STATUS_MARK = { supported: '✅', unsupported: '❌', unknown: '❔' } as const;

/** How an implementation differs from the action as specified (supportDifferences), its note and since; undefined when there is nothing to say. */
function supportDetails(s: Support): JsonSchema | undefined {
  const d = supportDifferences(s);
  const details: JsonSchema = {};
  if (s.note) details.note = bilingual(s.note);
  if (s.since) details.since = s.since;
  if (d.changedFields.length) details.params = d.changedFields;
  if (d.removedFields.length) details.removedParams = d.removedFields;
  if (d.differentResult) details.differentResult = true;
  return Object.keys(details).length ? details : undefined;
}

function supportLine(model: Model, s: Support): string {
  const name = titleLine(implementationTitle(model, s.implementation)) ?? s.implementation;
  const d = supportDifferences(s);
  const code = (names: string[]) => names.map((n) => '`' + n + '`').join(', ');
  const differences = [
    s.since ? `since ${s.since}` : '',
    d.changedFields.length ? `parameters that differ: ${code(d.changedFields)}` : '',
    d.removedFields.length ? `parameters it does not read: ${code(d.removedFields)}` : '',
    d.differentResult ? 'answers with a different `data`' : '',
  ].filter(Boolean);
  const status = supportsWithDifferences(s) ? 'supported with differences' : s.status;
  const note = s.note ? ' ' + bilingual(s.note)!.replace(/\s*\n\s*/g, ' ') : '';
  return `- ${STATUS_MARK[s.status]} ${name} (\`${s.implementation}\`): ${status}${differences.length ? ' (' + differences.join('; ') + ')' : ''}.${note}`;
}

/** A successful call's response envelope around `data`. */
const okResponse = (data: unknown) => ({ status: 'ok', retcode: 0, data, message: '', wording: '' });

function operation(model: Model, action: Action, checker: ValueChecker): JsonSchema {
  const support: Record<string, string> = {};
  const details: Record<string, JsonSchema> = {};
  for (const s of action.support) {
    support[s.implementation] = s.status;
    const d = supportDetails(s);
    if (d) details[s.implementation] = d;
  }
  const supportLines = action.support.map((s) => supportLine(model, s));
  const requestExamples: Record<string, JsonSchema> = {};
  const responseExamples: Record<string, JsonSchema> = {};
  const variantExamples: Record<string, JsonSchema> = {};
  action.examples.forEach((example, i) => {
    const key = exampleKey(example.implementation, i);
    const summary = exampleSummary(pick(example.title), example.implementation, i);
    // An example of an implementation that the operation's schema (the action as specified) does not
    // describe, its own variant of the action or of a segment or event inside it, goes to an
    // extension (and into that implementation's profile) instead of the examples tools check
    // against the schema. General examples always fit: the loader checked them.
    const fits = (ok: boolean) => !example.implementation || ok;
    const paramsFit = fits(example.params === undefined || checker.object(example.params, action.params, undefined).length === 0);
    const resultFit = fits(
      example.result === undefined || (action.result === null ? example.result === null : checker.check(example.result, action.result).length === 0),
    );
    if (example.params !== undefined && paramsFit) requestExamples[key] = { summary, value: example.params };
    if (example.result !== undefined && resultFit) responseExamples[key] = { summary, value: okResponse(example.result) };
    if (!paramsFit || !resultFit) {
      variantExamples[key] = {
        implementation: example.implementation,
        summary,
        ...(example.params !== undefined ? { params: example.params } : {}),
        ...(example.result !== undefined ? { response: okResponse(example.result) } : {}),
      };
    }
  });
  // Tools show an empty request body for an action without parameters unless given one.
  if (!Object.keys(requestExamples).length && !action.params.some((p) => p.required)) {
    requestExamples[NO_PARAMS_EXAMPLE.key] = { summary: NO_PARAMS_EXAMPLE.summary, value: {} };
  }
  if (!Object.keys(responseExamples).length && action.result === null) {
    responseExamples[NO_DATA_EXAMPLE.key] = { summary: NO_DATA_EXAMPLE.summary, value: okResponse(null) };
  }
  return {
    operationId: methodName(action),
    summary: titleLine(action.title),
    description: operationDescription({ deprecated: action.deprecated, description: action.description, supportLines }),
    tags: [action.category],
    ...(action.deprecated ? { deprecated: true } : {}),
    [APIFOX.folder]: apifoxFolder(model, action.category),
    [EXTENSION.origin]: action.origin,
    [EXTENSION.support]: support,
    [EXTENSION.supportedBy]: action.support.filter((s) => s.status === 'supported').map((s) => s.implementation),
    ...(Object.keys(details).length ? { [EXTENSION.supportDetails]: details } : {}),
    ...(action.aliases.length ? { [EXTENSION.aliases]: action.aliases.map((a) => a.name) } : {}),
    ...(Object.keys(variantExamples).length ? { [EXTENSION.variantExamples]: variantExamples } : {}),
    requestBody: {
      required: action.params.some((p) => p.required),
      content: {
        'application/json': {
          schema: { $ref: SCHEMA_REF + actionParamsName(action) },
          ...(Object.keys(requestExamples).length ? { examples: requestExamples } : {}),
        },
      },
    },
    responses: {
      '200': {
        description: "The response envelope; `data` is this action's result.",
        content: {
          'application/json': {
            schema: {
              allOf: [{ $ref: SCHEMA_REF + COMPONENTS.envelope }, { type: 'object', properties: { data: { $ref: SCHEMA_REF + actionResultName(action) } } }],
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
export function clean(value: unknown): unknown {
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

function serialize(model: Model, document: unknown, path: string): EmittedFile[] {
  const comment =
    headerText(model)
      .split('\n')
      .map((l) => `# ${l}`)
      .join('\n') + '\n';
  return [
    { path: `${path}.json`, content: JSON.stringify(document, null, 2) + '\n' },
    { path: `${path}.yaml`, content: comment + yamlText(document) },
  ];
}

/** `<name>.json/.yaml` (OpenAPI 3.1) and `<name>.openapi-3.0.json/.yaml` (3.0.3). */
export function emitOpenApi(model: Model, options: OpenApiOptions): EmittedFile[] {
  const document = clean(buildOpenApi(model)) as JsonSchema;
  return [
    ...serialize(model, document, `${options.dir}/${options.name}`),
    ...serialize(model, toOpenApi30(document), `${options.dir}/${options.name}.openapi-3.0`),
  ];
}

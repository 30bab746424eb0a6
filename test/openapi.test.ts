/** The generated OpenAPI documents validate, lint clean, and say what the model says, for their consumers too. */
import SwaggerParser from '@apidevtools/swagger-parser';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { schema30 } from '../generator/emit/openapi/downgrade.js';
import { GENERATED_DIR, KITCHEN_SINK, ROOT, SPEC_DIR, fromRoot } from './helpers/paths.js';
import { loadModel } from './helpers/generate.js';

type Doc = { openapi: string; paths: Record<string, { post: Record<string, any> }>; components: { schemas: Record<string, any> }; servers: { url: string }[] };

const KS = fromRoot('test/__snapshots__/kitchen-sink/openapi');
const documents = [
  ['generated/openapi/onebot11.json', join(GENERATED_DIR, 'openapi/onebot11.json')],
  ['generated/openapi/onebot11.yaml', join(GENERATED_DIR, 'openapi/onebot11.yaml')],
  ['generated/openapi/onebot11.openapi-3.0.json', join(GENERATED_DIR, 'openapi/onebot11.openapi-3.0.json')],
  ['generated/openapi/onebot11.openapi-3.0.yaml', join(GENERATED_DIR, 'openapi/onebot11.openapi-3.0.yaml')],
  ['kitchen-sink 3.1', join(KS, 'onebot11.json')],
  ['kitchen-sink 3.0', join(KS, 'onebot11.openapi-3.0.json')],
] as const;

const read = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Doc;

describe('OpenAPI', () => {
  it.each(documents)('%s is valid according to swagger-parser', async (_, path) => {
    await expect(SwaggerParser.validate(path)).resolves.toBeTruthy();
  });

  it.each([['onebot11'], ['onebot11.openapi-3.0']])('the JSON and YAML documents of %s are the same document', async (name) => {
    const json = await read(join(GENERATED_DIR, `openapi/${name}.json`));
    const yaml = parseYaml(await readFile(join(GENERATED_DIR, `openapi/${name}.yaml`), 'utf8'));
    expect(yaml).toEqual(json);
  });

  it('has one POST operation per action, tagged by category, with unique operation ids', async () => {
    const model = await loadModel(SPEC_DIR);
    const doc = await read(join(GENERATED_DIR, 'openapi/onebot11.json'));
    expect(Object.keys(doc.paths).sort()).toEqual(model.actions.map((a) => `/${a.name}`).sort());
    const ids = Object.values(doc.paths).map((p) => p.post.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const action of model.actions) expect(doc.paths[`/${action.name}`]!.post.tags).toEqual([action.category]);
  });

  it('carries parameters, the envelope-wrapped result, examples, support and deprecation', async () => {
    await loadModel(KITCHEN_SINK);
    const doc = await read(join(KS, 'onebot11.json'));
    const op = doc.paths['/send_group_msg']!.post;
    expect(op['x-onebot-support']).toEqual({ std: 'supported', ext: 'supported' });
    expect(op['x-onebot-supported-by']).toEqual(['std', 'ext']);
    expect(op['x-onebot-support-details']).toEqual({
      ext: {
        note: 'Ext 也接受字符串群号\n\nExt also takes the group id as a string',
        since: '2.0',
        params: ['group_id', 'reply_to'],
        removedParams: ['mode'],
        differentResult: true,
      },
    });
    expect(op.description).toContain(
      '✅ Ext (`ext`): supported with differences (since 2.0; parameters that differ: `group_id`, `reply_to`; parameters it does not read: `mode`; answers with a different `data`).',
    );
    expect(op['x-onebot-aliases']).toEqual(['send_group_message']);
    expect(op.requestBody.content['application/json'].examples['example-1'].value).toEqual({ group_id: 123, message: 'hello' });
    // Ext's example has Ext's parameters, which the schema here does not describe: kept aside, not checked against it.
    expect(Object.keys(op.requestBody.content['application/json'].examples)).toEqual(['example-1']);
    expect(op['x-onebot-variant-examples']['ext-2']).toMatchObject({
      implementation: 'ext',
      params: { group_id: '123', reply_to: 2 },
      response: { data: { message_id: 1, seq: 9 } },
    });
    expect(op.responses['200'].content['application/json'].examples['example-1'].value.data).toEqual({ message_id: 1 });
    const params = doc.components.schemas.SendGroupMsgParams;
    expect(params.required).toEqual(['group_id', 'message']);
    expect(params.properties.auto_escape).toMatchObject({ type: 'boolean', default: false });
    expect(params.properties.group_id).toMatchObject({ type: 'integer', format: 'int64' });
    const deprecated = doc.paths['/.do_nothing']!.post;
    expect(deprecated.deprecated).toBe(true);
    expect(deprecated.description).toMatch(/^\*\*Deprecated\.\*\* 不再需要/);
    expect(doc.components.schemas.SendSegment.discriminator.mapping).toEqual({
      image: '#/components/schemas/ImageSendSegment',
      shake: '#/components/schemas/ShakeSegment',
      text: '#/components/schemas/TextSegment',
    });
  });

  it('carries what Apifox reads: folders, enum names, property order, a local server', async () => {
    const doc = await read(join(GENERATED_DIR, 'openapi/onebot11.json'));
    // `pnpm mock`'s default port first, so Swagger UI's "Try it out" reaches it as it starts; last,
    // any host and port, which Swagger UI lets the reader fill in.
    expect(doc.servers.map((s: { url: string }) => s.url)).toEqual(['http://127.0.0.1:5700', 'http://127.0.0.1:3000', 'http://{host}:{port}']);
    expect(doc.paths['/send_group_msg']!.post['x-apifox-folder']).toBe('消息相关/发送群聊消息');
    expect(doc.paths['/get_login_info']!.post['x-apifox-folder']).toBe('账号相关');
    const params = doc.components.schemas.SendGroupMsgParams;
    expect(params['x-apifox-orders']).toEqual(Object.keys(params.properties));
    const ks = await read(join(KS, 'onebot11.json'));
    const enumSchema = Object.values(ks.components.schemas).find((s) => s['x-apifox-enum']);
    expect(enumSchema['x-apifox-enum'].map((e: { value: unknown }) => e.value)).toEqual(enumSchema.enum);
    for (const e of enumSchema['x-apifox-enum']) expect(Object.keys(e)).toEqual(['value', 'name', 'description']);
  });

  it('titles every component schema, so tools show union members and results by name', async () => {
    for (const file of ['openapi/onebot11.json', 'openapi/onebot11.openapi-3.0.json']) {
      const doc = await read(join(GENERATED_DIR, file));
      const untitled = Object.entries(doc.components.schemas)
        .filter(([name, schema]) => schema.title !== name)
        .map(([name]) => name);
      expect(untitled, file).toEqual([]);
    }
    const doc = await read(join(GENERATED_DIR, 'openapi/onebot11.json'));
    // Each member of the segment and event unions is a reference to a titled schema.
    for (const union of ['SendSegment', 'ReceiveSegment', 'Event']) {
      const members = doc.components.schemas[union].oneOf as { $ref: string }[];
      expect(members.length, union).toBeGreaterThan(10);
      for (const m of members) expect(doc.components.schemas[m.$ref.replace('#/components/schemas/', '')].title, m.$ref).toMatch(/Segment$|Event$/);
    }
    const data = doc.paths['/send_group_msg']!.post.responses['200'].content['application/json'].schema.allOf[1].properties.data;
    expect(data).toEqual({ $ref: '#/components/schemas/SendGroupMsgResult' });
  });

  it('every operation of the 3.0 document is the 3.1 one, converted', async () => {
    const doc31 = await read(join(GENERATED_DIR, 'openapi/onebot11.json'));
    const doc30 = await read(join(GENERATED_DIR, 'openapi/onebot11.openapi-3.0.json'));
    expect(doc30.openapi).toBe('3.0.3');
    expect(Object.keys(doc30.paths)).toEqual(Object.keys(doc31.paths));
    expect(Object.keys(doc30.components.schemas)).toEqual(Object.keys(doc31.components.schemas));
    const text = JSON.stringify(doc30.components.schemas);
    expect(text).not.toMatch(/"const":|"type":"null"|"examples":\[/);
  });

  // `pnpm lint:openapi`: Redocly's recommended rules, as configured (with reasons) in redocly.yaml.
  it.each([['generated/openapi/onebot11.yaml'], ['generated/openapi/onebot11.openapi-3.0.yaml']])('%s lints clean under Redocly CLI', async (path) => {
    const { stdout, stderr } = await promisify(execFile)(fromRoot('node_modules/.bin/redocly'), ['lint', path, '--format=json'], {
      cwd: ROOT,
      timeout: 60_000,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((e: { stdout: string; stderr: string }) => e);
    const report = JSON.parse(stdout) as { totals: Record<string, number>; problems: { ruleId: string; message: string }[] };
    expect(
      report.problems.map((p) => `${p.ruleId}: ${p.message}`),
      stderr,
    ).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});

describe('OpenAPI 3.1 → 3.0.3 schemas', () => {
  const ref = { $ref: '#/components/schemas/Anonymous' };
  const NULL_ONLY = { type: 'object', nullable: true, enum: [null] };
  it.each([
    ['const → one-value enum', { type: 'string', const: 'x' }, { type: 'string', enum: ['x'] }],
    ['examples → example', { type: 'integer', examples: [1, 2] }, { type: 'integer', example: 1 }],
    ['null alone', { type: 'null' }, NULL_ONLY],
    ['T | null, T a type', { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'd' }, { type: 'string', nullable: true, description: 'd' }],
    ['enum | null lists null', { anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }] }, { type: 'string', enum: ['a', null], nullable: true }],
    ['ref | null', { anyOf: [ref, { type: 'null' }] }, { anyOf: [ref, NULL_ONLY] }],
    ['A | B | null', { anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] }, { anyOf: [{ type: 'string' }, { type: 'integer' }, NULL_ONLY] }],
    ['$ref with siblings', { ...ref, description: 'd', default: null }, { allOf: [ref], description: 'd', default: null }],
    [
      'nested in properties and items',
      { type: 'object', properties: { a: { type: 'array', items: { const: 1 } } } },
      { type: 'object', properties: { a: { type: 'array', items: { enum: [1] } } } },
    ],
    // Example values are data: a value that looks like a schema is left alone.
    ['example values untouched', { type: 'object', examples: [{ type: 'null', const: 1 }] }, { type: 'object', example: { type: 'null', const: 1 } }],
  ])('%s', (_, given, want) => {
    expect(schema30(given)).toEqual(want);
  });
});

/** The generated OpenAPI documents validate with swagger-parser and say what the model says. */
import SwaggerParser from '@apidevtools/swagger-parser';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, KITCHEN_SINK, SPEC_DIR, fromRoot } from './helpers/paths.js';
import { loadModel } from './helpers/generate.js';

type Doc = { paths: Record<string, { post: Record<string, any> }>; components: { schemas: Record<string, any> } };

const documents = [
  ['generated/openapi/onebot11.json', join(GENERATED_DIR, 'openapi/onebot11.json')],
  ['generated/openapi/onebot11.yaml', join(GENERATED_DIR, 'openapi/onebot11.yaml')],
  ['kitchen-sink json', fromRoot('test/__snapshots__/kitchen-sink/openapi/onebot11.json')],
] as const;

describe('OpenAPI', () => {
  it.each(documents)('%s is valid according to swagger-parser', async (_, path) => {
    await expect(SwaggerParser.validate(path)).resolves.toBeTruthy();
  });

  it('the JSON and YAML documents are the same document', async () => {
    const json = JSON.parse(await readFile(join(GENERATED_DIR, 'openapi/onebot11.json'), 'utf8'));
    const yaml = parseYaml(await readFile(join(GENERATED_DIR, 'openapi/onebot11.yaml'), 'utf8'));
    expect(yaml).toEqual(json);
  });

  it('has one POST operation per action, tagged by category, with unique operation ids', async () => {
    const model = await loadModel(SPEC_DIR);
    const doc = JSON.parse(await readFile(join(GENERATED_DIR, 'openapi/onebot11.json'), 'utf8')) as Doc;
    expect(Object.keys(doc.paths).sort()).toEqual(model.actions.map((a) => `/${a.name}`).sort());
    const ids = Object.values(doc.paths).map((p) => p.post.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const action of model.actions) expect(doc.paths[`/${action.name}`]!.post.tags).toEqual([action.category]);
  });

  it('carries parameters, the envelope-wrapped result, examples, support and deprecation', async () => {
    await loadModel(KITCHEN_SINK);
    const doc = JSON.parse(await readFile(fromRoot('test/__snapshots__/kitchen-sink/openapi/onebot11.json'), 'utf8')) as Doc;
    const op = doc.paths['/send_group_msg']!.post;
    expect(op['x-onebot-support']).toEqual({ std: 'supported', ext: 'supported' });
    expect(op['x-onebot-aliases']).toEqual(['send_group_message']);
    expect(op.requestBody.content['application/json'].examples['example-1'].value).toEqual({ group_id: 123, message: 'hello' });
    expect(op.responses['200'].content['application/json'].examples['example-1'].value.data).toEqual({ message_id: 1 });
    const params = doc.components.schemas.SendGroupMsgParams;
    expect(params.required).toEqual(['group_id', 'message']);
    expect(params.properties.auto_escape).toMatchObject({ type: 'boolean', default: false });
    expect(params.properties.group_id).toMatchObject({ type: 'integer', format: 'int64' });
    expect(doc.paths['/.do_nothing']!.post.deprecated).toBe(true);
    expect(doc.components.schemas.SendSegment.discriminator.mapping).toEqual({
      image: '#/components/schemas/ImageSendSegment',
      shake: '#/components/schemas/ShakeSegment',
      text: '#/components/schemas/TextSegment',
    });
  });
});

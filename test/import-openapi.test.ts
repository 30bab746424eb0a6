/**
 * The OpenAPI importer: the model → our OpenAPI (generator/emit/openapi) → import gives the same
 * model for everything OpenAPI can carry (see helpers/projection.ts), for the kitchen-sink fixture
 * and the real spec; plain OpenAPI 3.0 input; and bad input.
 */
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../generator/cli/import.js';
import { emitOpenApi } from '../generator/emit/openapi/openapi-emitter.js';
import { SPEC_CATEGORIES } from '../generator/import/category-map.js';
import { ImportError } from '../generator/import/notes.js';
import { importOpenApi } from '../generator/import/openapi.js';
import { toSpecYaml } from '../generator/import/to-spec-yaml.js';
import { loadSpecTexts } from '../generator/load/index.js';
import { loadModel } from './helpers/generate.js';
import { fromRoot, KITCHEN_SINK, SPEC_DIR } from './helpers/paths.js';
import { projection } from './helpers/projection.js';

const dir = await mkdtemp(join(tmpdir(), 'onebot-openapi-'));
const draft = { implementation: 'imported', file: 'openapi.json' };

describe('OpenAPI round trip', () => {
  it.each([
    ['the kitchen-sink fixture', KITCHEN_SINK],
    ['the real spec', SPEC_DIR],
  ])('%s: model → OpenAPI 3.1 and 3.0.3 → import → spec YAML → load is the same model', async (_, specDir) => {
    const model = await loadModel(specDir);
    const want = projection(model);
    const files = emitOpenApi(model, { dir: '', name: 'onebot11' });
    // The examples of an implementation that differ from the action as specified, which the
    // document keeps apart in x-onebot-variant-examples: the importer names every one it leaves out.
    const paths = JSON.parse(files[0]!.content).paths as Record<string, { post: Record<string, object | undefined> }>;
    const variantKeys = (name: string) => Object.keys(paths[`/${name}`]!.post['x-onebot-variant-examples'] ?? {});
    expect(files.map((f) => f.path.split('/').pop())).toEqual(['onebot11.json', 'onebot11.yaml', 'onebot11.openapi-3.0.json', 'onebot11.openapi-3.0.yaml']);
    for (const file of files) {
      const path = join(
        dir,
        file.path
          .split('/')
          .pop()!
          .replace('onebot11', specDir === SPEC_DIR ? 'spec' : 'ks'),
      );
      await writeFile(path, file.content);
      const { model: back, notes } = await importOpenApi(path, draft);
      for (const note of notes) {
        const left = /^examples of '([^']+)' not imported: \d+ implementation example\(s\) in x-onebot-variant-examples \(([^)]*)\)/.exec(note.message);
        const kept = /^example \d+ .*of '([^']+)' is (\S+)'s; it is kept as a general example/.exec(note.message);
        expect(left || kept, note.message).toBeTruthy();
        if (left) expect(left[2]!.split(', ')).toEqual(variantKeys(left[1]!));
      }
      // An implementation's example holding segments is kept as a general one (the document does
      // not say who supports which segment): the projection compares examples without their implementation.
      expect(projection(back)).toEqual(want);
      // The draft it writes loads again, as the same model.
      const reloaded = loadSpecTexts([{ name: 'draft.yaml', text: toSpecYaml(back) }]);
      expect(reloaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(projection(reloaded.model!)).toEqual(want);
    }
  });

  it('an imported model is valid spec YAML again', async () => {
    const model = await loadModel(KITCHEN_SINK);
    const path = join(dir, 'again.json');
    await writeFile(path, emitOpenApi(model, { dir: '', name: 'x' })[0]!.content);
    const { model: back } = await importOpenApi(path, draft);
    const reloaded = loadSpecTexts([{ name: 'draft.yaml', text: toSpecYaml(back) }]);
    expect(reloaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(projection(reloaded.model!)).toEqual(projection(back));
  });
});

describe('OpenAPI 3.0 input', () => {
  it('reads parameters, nullable, enums, refs and the data of the response', async () => {
    const path = join(dir, 'v30.yaml');
    await writeFile(
      path,
      `openapi: 3.0.3
info: { title: Some bot, version: '2' }
paths:
  /get_user:
    post:
      tags: [users]
      summary: Get a user
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [user_id]
              properties:
                user_id: { type: integer, format: int64 }
                mode: { type: string, enum: [fast, slow], default: fast }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  status: { type: string }
                  data: { $ref: '#/components/schemas/User' }
components:
  schemas:
    User:
      type: object
      required: [id]
      properties:
        id: { type: integer, format: int32 }
        nick: { type: string, nullable: true }
`,
    );
    const { model } = await importOpenApi(path, draft);
    const action = model.actions[0]!;
    expect(action.name).toBe('get_user');
    expect(action.category).toBe('users');
    expect(action.params.map((p) => [p.name, p.required, p.hasDefault])).toEqual([
      ['user_id', true, false],
      ['mode', false, true],
    ]);
    expect(action.params[1]!.type).toMatchObject({ kind: 'enum', values: [{ value: 'fast' }, { value: 'slow' }] });
    expect(action.result).toEqual({ kind: 'ref', name: 'User' });
    expect(model.types[0]!.type).toMatchObject({
      kind: 'object',
      fields: [
        { name: 'id', type: { kind: 'primitive', name: 'int32' }, required: true },
        { name: 'nick', type: { kind: 'union', variants: [{ name: 'string' }, { name: 'null' }] }, required: false },
      ],
    });
  });

  it('reads a request body that is one of several objects as their fields together, with a note', async () => {
    const path = join(dir, 'branches.json');
    const body = {
      anyOf: [
        { type: 'object', required: ['type', 'title'], properties: { type: { type: 'string', enum: ['bili'] }, title: { type: 'string' } } },
        { $ref: '#/components/schemas/Full' },
      ],
    };
    const full = {
      type: 'object',
      required: ['title', 'appId'],
      properties: { title: { type: 'string' }, appId: { type: 'integer' }, type: { type: 'integer' } },
    };
    await writeFile(
      path,
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'Cards', version: '1' },
        paths: { '/make_card': { post: { requestBody: { content: { 'application/json': { schema: body } } }, responses: {} } } },
        components: { schemas: { Full: full } },
      }),
    );
    const { model, notes } = await importOpenApi(path, draft);
    const params = model.actions[0]!.params;
    // title: required by both; type: by one only, and a string in one and an integer in the other; appId: in one only.
    expect(params.map((p) => [p.name, p.required])).toEqual([
      ['type', false],
      ['title', true],
      ['appId', false],
    ]);
    expect(params[0]!.type).toMatchObject({ kind: 'union', variants: [{ kind: 'enum' }, { kind: 'primitive', name: 'int64' }] });
    expect(notes.map((n) => n.message)).toContain(
      "the request body of 'make_card' is one of 2 objects; its parameters are their fields together, each required only where every one requires it",
    );
  });

  it('rejects Swagger 2 and invalid documents with an ImportError', async () => {
    const swagger = join(dir, 'swagger.json');
    await writeFile(swagger, JSON.stringify({ swagger: '2.0', info: { title: 'x', version: '1' }, paths: {} }));
    await expect(importOpenApi(swagger, draft)).rejects.toThrow(ImportError);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, JSON.stringify({ openapi: '3.1.0', info: { title: 'x' }, paths: { '/a': { post: { responses: 'nope' } } } }));
    await expect(importOpenApi(broken, draft)).rejects.toThrow(/not a valid OpenAPI document/);
  });
});

describe('untrusted documents', () => {
  async function runImportCli(...args: string[]) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runImport(args, { out: (l) => stdout.push(l), err: (l) => stderr.push(l) });
    return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  }

  /** A document whose one action answers a `Thing` whose `part` is the given schema. */
  const withPart = (part: object) =>
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'x', version: '1' },
      paths: {
        '/get_thing': {
          post: {
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { type: 'object', properties: { data: { $ref: '#/components/schemas/Thing' } } } } },
              },
            },
          },
        },
      },
      components: { schemas: { Thing: { type: 'object', properties: { part: part } } } },
    });

  let folder: string;
  let docs: string;
  let secret: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'onebot-openapi-refs-'));
    docs = join(folder, 'docs');
    await mkdir(docs);
    // What a reference must never bring into the draft: a file above the document's folder.
    secret = join(folder, 'secret.yaml');
    await writeFile(secret, 'type: object\nproperties:\n  SECRET_FROM_OUTSIDE: { type: string }\n');
    await writeFile(join(docs, 'part.yaml'), 'type: object\nproperties:\n  from_beside: { type: string }\n');
    await symlink(secret, join(docs, 'linked.yaml'));
  });

  it.each([
    ['a file: URL', () => `file://${secret}`, /only references inside the document are followed, never absolute paths or URLs/],
    ['an absolute path', () => secret, /only references inside the document are followed, never absolute paths or URLs/],
    ['a network URL', () => 'http://127.0.0.1:9/part.yaml', /only references inside the document are followed, never absolute paths or URLs/],
    ['a relative path out of the folder', () => '../secret.yaml', /it leads out of the document's folder/],
  ])('refuses %s, with or without --allow-relative-refs, and says so', async (name, refOf, why) => {
    const ref = refOf();
    const path = join(docs, `${name.replace(/\W+/g, '-')}.json`);
    await writeFile(path, withPart({ $ref: ref }));
    for (const flags of [[], ['--allow-relative-refs']]) {
      const result = await runImportCli(path, ...flags);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`warning: refused the reference ${JSON.stringify(ref)} at #/components/schemas/Thing/properties/part: `);
      expect(result.stderr).toMatch(why);
      expect(result.stdout).not.toContain('SECRET_FROM_OUTSIDE');
      expect(result.stdout).toMatch(/Thing:\n\s+fields:\n\s+part: \{ type: any, required: false \}/);
    }
  });

  it('follows a relative file beside the document only with --allow-relative-refs', async () => {
    const path = join(docs, 'relative.json');
    await writeFile(path, withPart({ $ref: 'part.yaml' }));
    const refused = await runImportCli(path);
    expect(refused.stderr).toMatch(/refused the reference "part\.yaml" .*: references to other files are followed only with --allow-relative-refs/);
    expect(refused.stdout).not.toContain('from_beside');
    const followed = await runImportCli(path, '--allow-relative-refs');
    expect(followed.code).toBe(0);
    expect(followed.stderr).not.toMatch(/refused/);
    expect(followed.stdout).toContain('from_beside');
  });

  it('refuses a relative file that is a link to outside the folder (exit 2), even with --allow-relative-refs', async () => {
    const path = join(docs, 'via-link.json');
    await writeFile(path, withPart({ $ref: 'linked.yaml' }));
    const result = await runImportCli(path, '--allow-relative-refs');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/a referenced file cannot be read: .*refused .*linked\.yaml: it is outside the document's folder/);
    expect(result.stdout).not.toContain('SECRET_FROM_OUTSIDE');
  });

  it('reads a reference cycle A → B → A as any, with a note, and the draft loads (no `A: A`)', async () => {
    const path = join(docs, 'cycle.json');
    await writeFile(
      path,
      withPart({ $ref: '#/components/schemas/A' }).replace(
        '"Thing":',
        '"A": { "$ref": "#/components/schemas/B" }, "B": { "$ref": "#/components/schemas/A" }, "Thing":',
      ),
    );
    const result = await runImportCli(path);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: schemas 'A', 'B' are references to each other \(A → B → A\), which describes no value; 'A' is read as any/);
    expect(result.stdout).toMatch(/^types:\n {2}A: any\n {2}B: A\n/m);
    expect(loadSpecTexts([{ name: 'draft.yaml', text: result.stdout }]).model).toBeDefined();
  });

  it('stops a YAML alias bomb at once, with its line and column (exit 2)', async () => {
    const path = join(docs, 'bomb.yaml');
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const bomb = levels.map((name, i) => `x-${name}: &${name} [${Array.from({ length: 9 }, () => (i ? `*${levels[i - 1]}` : '"lol"')).join(',')}]`);
    await writeFile(path, `openapi: 3.1.0\ninfo: { title: x, version: '1' }\npaths: {}\n${bomb.join('\n')}\n`);
    const result = await runImportCli(path);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bomb\.yaml:7:10: YAML: the alias \*c expands too far/);
  });

  it('refuses a document over --max-input-size and one that is not UTF-8, with where (exit 2)', async () => {
    const path = join(docs, 'big.json');
    await writeFile(path, withPart({ type: 'string', description: 'x'.repeat(3000) }));
    const big = await runImportCli(path, '--max-input-size', '2KB');
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/big\.json:1:1: this file is 3\.\d KB, more than the limit of 2 KB \(.*--max-input-size/);
    expect((await runImportCli(path)).code).toBe(0);
    const latin = join(docs, 'latin1.yaml');
    await writeFile(
      latin,
      Buffer.concat([Buffer.from("openapi: 3.1.0\ninfo: { title: 'caf"), Buffer.from([0xe9]), Buffer.from("', version: '1' }\npaths: {}\n")]),
    );
    const bad = await runImportCli(latin);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/latin1\.yaml:2:20: invalid UTF-8 \(byte 34: e9 27 2c 20\)/);
  });
});

describe("NapCat's own OpenAPI document (its napcat-schema package)", () => {
  const napcat = fromRoot('../shared/upstream/napcat-openapi-af07479.json');
  const cli = async (...args: string[]) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runImport(args, { out: (l) => stdout.push(l), err: (l) => stderr.push(l) });
    return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  };

  it("the spec's categories in the importer's map are those of spec/protocol.yaml", async () => {
    const model = await loadModel(SPEC_DIR);
    expect(SPEC_CATEGORIES.map((c) => ({ id: c.id, title: c.title, parent: c.parent }))).toEqual(
      model.categories.map((c) => ({ id: c.id, title: c.title, parent: c.parent })),
    );
  });

  it('imports into spec categories, with its examples, and reports every tag mapping and every example left out', async () => {
    const out = join(dir, 'napcat-draft.yaml');
    const result = await cli(napcat, '--implementation', 'napcat', '--out', out);
    expect(result.code).toBe(0);
    const draft = loadSpecTexts([{ name: 'napcat-draft.yaml', text: await readFile(out, 'utf8') }]);
    expect(draft.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const model = draft.model!;
    const send = model.actions.find((a) => a.name === 'send_group_msg')!;
    expect(send.category).toBe('group');
    // Its request and its success response example are one example of the spec.
    expect(send.examples).toMatchObject([{ params: { group_id: '123456', message: 'hello' }, result: { message_id: 123456 } }]);
    expect(model.actions.filter((a) => a.examples.length).length).toBeGreaterThan(150);
    expect(model.categories.map((c) => c.id)).toEqual(expect.arrayContaining(['message', 'group', 'account', 'file', 'system', 'guild']));
    expect(result.stderr).toContain(`info: tag "消息接口" → category 'message' (the default map)`);
    expect(result.stderr).toMatch(
      /warning: tag "Go-CQHTTP" → new category 'go_cqhttp': it is in no category map; .* add `Go-CQHTTP: <category>` to a file and import again with --category-map <file>/,
    );
    // Failure responses are not examples of an action, and say so once each.
    expect(result.stderr).toMatch(/info: the failure response example 'Error_1400' \(retcode 1400\) of every action \(175\) is not imported/);
    // An example that does not match NapCat's own schema is named with why.
    expect(result.stderr).toMatch(
      /warning: the result of example 1 \(.*\) of 'set_restart' not imported: it does not match the document's own schema: result: expected null/,
    );
    expect(result.stderr).not.toMatch(/examples: \[\]/);
  });

  it('takes a --category-map for the tags the default map leaves out, and refuses a bad one in one line', async () => {
    const map = join(dir, 'categories.yaml');
    await writeFile(map, 'Go-CQHTTP: other\n核心接口: message\n');
    const out = join(dir, 'napcat-mapped.yaml');
    const result = await cli(napcat, '--implementation', 'napcat', '--category-map', map, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`info: tag "Go-CQHTTP" → category 'other' (the map in ${map})`);
    expect(result.stderr).not.toContain('go_cqhttp');
    const model = loadSpecTexts([{ name: 'x.yaml', text: await readFile(out, 'utf8') }]).model!;
    expect(model.categories.map((c) => c.id)).not.toContain('go_cqhttp');
    await writeFile(map, 'Go-CQHTTP: Other Things\n');
    const bad = await cli(napcat, '--category-map', map);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')).toEqual([
      `import: ${map}: the category of tag "Go-CQHTTP" must be a category id (lower case, like \`message\` or \`message.group\`), not "Other Things"`,
    ]);
  });
});

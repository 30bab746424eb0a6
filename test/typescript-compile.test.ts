/** The generated TypeScript compiles under --strict, a typed consumer compiles, and a wrong one does not. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { postTypeUnionName } from '../generator/model/naming.js';
import { narrowModel } from '../generator/model/profile.js';
import type { Model } from '../generator/model/types.js';
import { loadModel } from './helpers/generate.js';
import { GENERATED_DIR, SPEC_DIR, fromRoot } from './helpers/paths.js';
import { compile, typeCheck } from './helpers/tsc.js';

const tsFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
/** Every .ts file under `dir`, in subfolders too (entry points per implementation). */
const tsFilesUnder = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));

describe('generated TypeScript', () => {
  it("compiles under --strict (the real spec and each implementation's SDK, with the runtime)", () => {
    const dir = join(GENERATED_DIR, 'typescript');
    const profiles = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(dir, d.name));
    expect(profiles.map((p) => p.slice(dir.length + 1)).sort()).toEqual(['go-cqhttp', 'lagrange', 'napcat', 'onebot11']);
    expect(typeCheck([...tsFiles(dir), ...profiles.flatMap(tsFiles), ...tsFiles(fromRoot('runtime'))])).toEqual([]);
  });

  it('compiles under --strict (the kitchen-sink fixture)', () => {
    const dir = fromRoot('test/__snapshots__/kitchen-sink/typescript');
    // With each implementation's SDK, which imports the runtime from its own folder.
    expect(typeCheck([...tsFiles(dir), ...tsFiles(join(dir, 'std')), ...tsFiles(join(dir, 'ext'))])).toEqual([]);
  });

  // Imports come from the types the emitter referred to while writing, so none is unused.
  it.each([
    ['the real spec', join(GENERATED_DIR, 'typescript')],
    ['the kitchen-sink fixture', fromRoot('test/__snapshots__/kitchen-sink/typescript')],
  ])('has no unused imports or declarations (noUnusedLocals, %s)', (_, dir) => {
    const unused = typeCheck(tsFilesUnder(dir), { noUnusedLocals: true, noUnusedParameters: true }).filter((e) => e.startsWith(dir));
    expect(unused).toEqual([]);
  });

  it('the unused-import check finds one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onebot-unused-'));
    await cp(join(GENERATED_DIR, 'typescript'), dir, { recursive: true });
    const actions = join(dir, 'actions.ts');
    await writeFile(actions, (await readFile(actions, 'utf8')).replace('import type {', 'import type {\n  SegmentType,\n'));
    // The copy's client cannot reach the runtime from there: only the unused-name diagnostics count.
    expect(typeCheck(tsFilesUnder(dir), { noUnusedLocals: true }).filter((e) => /TS61(33|92|96)/.test(e))).toEqual([
      expect.stringMatching(/actions\.ts:\d+:\d+: TS61(33|96): 'SegmentType' is declared but (its value is )?never (read|used)/),
    ]);
  });

  it('types a consumer that uses the client, events and segments correctly', () => {
    expect(typeCheck([fromRoot('test/fixtures/consumer/good.ts')])).toEqual([]);
  });

  it('rejects a consumer with a wrong parameter type, a missing parameter, an unknown action, a field the event lacks, a wrong quick operation, a variant the action lacks and a field one kind of an event lacks', () => {
    const errors = typeCheck([fromRoot('test/fixtures/consumer/wrong-param.ts')]).map((e) => e.replace(/^.*wrong-param\.ts:/, ''));
    expect(errors).toHaveLength(7);
    expect(errors[0]).toMatch(/^6:\d+: TS2322: Type 'string' is not assignable to type 'number'/);
    expect(errors[1]).toMatch(/^7:\d+: TS2345: .*Property 'message' is missing/s);
    expect(errors[2]).toMatch(/^8:\d+: TS2345: Argument of type '"no_such_action"' is not assignable/);
    expect(errors[3]).toMatch(/^9:\d+: TS2339: Property 'group_name' does not exist/);
    // At the wrong field of the quick operation (column 38, `approve`), not at `client.on(`.
    expect(errors[4]).toMatch(/^10:38: TS2322: Type 'string' is not assignable to type 'boolean \| undefined'/);
    expect(errors[5]).toMatch(/^11:\d+: TS2345: Argument of type '"get_login_info"' is not assignable/);
    expect(errors[6]).toMatch(/^12:\d+: TS2322: Type 'number \| undefined' is not assignable to type 'number'/);
  });

  it('types a bot written with the segment builders, message helpers, narrowed received segments and waitForConnection (skipLibCheck off)', () => {
    expect(typeCheck([fromRoot('test/fixtures/consumer/builders.ts')], { skipLibCheck: false })).toEqual([]);
  });

  it('reports wrong builder data at the wrong field', () => {
    const errors = typeCheck([fromRoot('test/fixtures/consumer/wrong-builder.ts')], { skipLibCheck: false }).map((e) => e.replace(/^.*wrong-builder\.ts:/, ''));
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^4:13: TS2322: Type 'number' is not assignable to type 'string'/);
    expect(errors[1]).toMatch(/^5:10: TS2322: Type 'boolean' is not assignable to type 'string \| number'/);
    expect(errors[2]).toMatch(/^6:16: TS2353: .*'no_such_field' does not exist/);
    expect(errors[3]).toMatch(/^7:\d+: TS2554: Expected 1 arguments, but got 0/);
  });
});

/** Errors of fixtures compiled as one program (strict, skipLibCheck off), by file, as `line:column: TScode: message`. */
function errorsByFixture(names: string[]): Map<string, string[]> {
  const { errors } = compile(
    names.map((n) => fromRoot(`test/fixtures/consumer/${n}`)),
    { skipLibCheck: false },
  );
  return new Map(names.map((n) => [n, errors.filter((e) => e.includes(`consumer/${n}:`)).map((e) => e.slice(e.indexOf(`${n}:`) + n.length + 1))]));
}

describe('the entry point of each implementation', () => {
  // One program for the four fixtures: compiling each entry point once is most of the time.
  const errors = errorsByFixture(['bot.ts', 'napcat.ts', 'napcat-bot.ts', 'wrong-napcat.ts', 'wrong-onebot11.ts']);

  it('compiles a complete bot of named handlers on the family entry point, without casts', () => {
    expect(errors.get('bot.ts')).toEqual([]);
  });

  it("compiles NapCat's code against NapCat's entry point: string ids, an image's summary, its own actions and events", () => {
    expect(errors.get('napcat.ts')).toEqual([]);
  });

  it("compiles a small NapCat bot (an image and a mention, several segments, a recall, the member list, pokes, friend requests, reconnects) on NapCat's entry point, without casts", () => {
    expect(errors.get('napcat-bot.ts')).toEqual([]);
    expect(readFileSync(fromRoot('test/fixtures/consumer/napcat-bot.ts'), 'utf8')).not.toMatch(/\bas (?!const\b)\w|\w!(?=[.,;)\]])|\bany\b/);
  });

  it("rejects against NapCat's entry point an action NapCat lacks, a field its image does not have, wrong builder data and a wrong quick-operation field, each at the wrong name", () => {
    const wrong = errors.get('wrong-napcat.ts')!;
    expect(wrong).toHaveLength(5);
    expect(wrong[0]).toMatch(/^5:11: TS2339: Property 'get_guild_channel_list' does not exist on type 'OneBotClient'/);
    expect(wrong[1]).toMatch(/^6:16: TS2345: Argument of type '"set_group_anonymous_ban"' is not assignable/);
    // At `cache`, the field NapCat's image lacks, and nowhere else in the literal.
    expect(wrong[2]).toMatch(/^7:76: TS2322: .*'cache' does not exist in type '\{ file: string;/s);
    expect(wrong[3]).toMatch(/^8:28: TS2322: Type 'number' is not assignable to type 'string'/);
    expect(wrong[4]).toMatch(/^9:49: TS2322: Type 'number' is not assignable to type 'string'/);
  });

  it("rejects against the standard's entry point what only NapCat takes", () => {
    const wrong = errors.get('wrong-onebot11.ts')!;
    expect(wrong).toHaveLength(3);
    expect(wrong[0]).toMatch(/^5:35: TS2322: Type 'string' is not assignable to type 'number'/);
    expect(wrong[1]).toMatch(/^6:28: TS2353: .*'summary' does not exist in type 'ImageSegmentInput'/);
    expect(wrong[2]).toMatch(/^7:11: TS2339: Property 'set_msg_emoji_like' does not exist on type 'OneBotClient'/);
  });
});

describe('named handlers, for every event of every entry point', async () => {
  const family = await loadModel(SPEC_DIR);
  const models = [family, ...family.implementations.map((i) => narrowModel(family, i.id))];
  const scratch = mkdtempSync(join(tmpdir(), 'onebot-named-handlers-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** Every exported event type (and post_type union) with the name it is delivered under, and what a hover shows there. */
  const named = (model: Model): [name: string, type: string, hover: string][] => [
    ...model.events.map((e): [string, string, string] => [e.discriminators.map((d) => d.value).join('.'), e.typeName, e.typeName]),
    ...model.eventBase.postTypes.flatMap((p): [string, string, string][] => {
      const members = model.events.filter((e) => e.discriminators[0]?.value === p.value);
      // A post_type of one event is that event's type (its union is an alias of it).
      return members.length ? [[p.value, postTypeUnionName(p), members.length > 1 ? postTypeUnionName(p) : members[0]!.typeName]] : [];
    }),
  ];
  // One file per entry point: a named handler typed by each event type, then an inline handler per name.
  const files = models.map((model) => {
    const entry = model.profile === undefined ? fromRoot('package/index.js') : join(GENERATED_DIR, 'typescript', model.profile, 'index.js');
    const pairs = named(model);
    const file = join(scratch, `${model.profile ?? 'family'}.ts`);
    const types = [...new Set(pairs.map(([, type]) => type))].sort();
    writeFileSync(
      file,
      [
        `import { HttpTransport, OneBotClient, type ${types.join(', type ')} } from ${JSON.stringify(entry)};`,
        "const bot = new OneBotClient(new HttpTransport({ baseUrl: 'http://127.0.0.1:3000' }));",
        ...pairs.map(([name, type], i) => `function on${i}(e: ${type}): void { void e; }\nbot.on(${JSON.stringify(name)}, on${i});`),
        ...pairs.map(([name]) => `bot.on(${JSON.stringify(name)}, (e) => void e);`),
      ].join('\n'),
    );
    return { name: model.profile ?? 'family', file, pairs };
  });
  const { program, errors } = compile(
    files.map((f) => f.file),
    { skipLibCheck: false },
  );

  it.each(files)('$name: each event type is a named handler for its name, and an inline handler hovers as that type', ({ file, pairs }) => {
    expect(pairs.length).toBeGreaterThan(10);
    expect(errors.filter((e) => e.startsWith(file))).toEqual([]);
    expect(inlineHandlerTypes(program, file)).toEqual(pairs.map(([, , hover]) => hover));
  });
});

/** The type TypeScript shows for the parameter of every inline arrow handler in a file. */
function inlineHandlerTypes(program: ts.Program, file: string): string[] {
  const checker = program.getTypeChecker();
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isArrowFunction(node) && node.parameters.length === 1) found.push(checker.typeToString(checker.getTypeAtLocation(node.parameters[0]!)));
    ts.forEachChild(node, visit);
  };
  visit(program.getSourceFile(file)!);
  return found;
}

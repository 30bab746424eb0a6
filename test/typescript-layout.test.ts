/**
 * The TypeScript is printed in its final layout by prettier's rules (generator/emit/typescript/
 * printer.ts) instead of being run through prettier. That is only right while prettier would leave
 * every file as it is: proved here on the real spec's committed files and the kitchen-sink
 * fixture's, and on generated syntax of every kind the printer knows, at lengths around the width.
 * What the printer marks as beyond its rules is formatted by prettier in the pipeline; the real spec
 * and the fixture never need that.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { printStatements, stringLiteral } from '../generator/emit/typescript/printer.js';
import type { Expr, Member, Statement, TypeExpr } from '../generator/emit/typescript/syntax.js';
import { loadModel } from './helpers/generate.js';
import { GENERATED_DIR, KITCHEN_SINK, SPEC_DIR, TEMPLATES_DIR } from './helpers/paths.js';
import { emitAll, formatEmitted } from '../generator/pipeline.js';
import { OPTIONS } from '../generator/write/format.js';

const isTypeScript = (path: string) => /\.m?ts$/.test(path);
const prettierTs = (text: string) => prettier.format(text, { ...OPTIONS, parser: 'typescript' });

async function changedByPrettier(files: { path: string; content: string }[]): Promise<string[]> {
  const changed: string[] = [];
  for (const file of files) if ((await prettierTs(file.content)) !== file.content) changed.push(file.path);
  return changed;
}

describe('prettier leaves every generated TypeScript file unchanged', () => {
  it('on the committed output of the real spec (the family and each implementation SDK, the VitePress config)', { timeout: 180_000 }, async () => {
    const paths = (await readdir(GENERATED_DIR, { recursive: true })).filter(isTypeScript);
    expect(paths.length).toBeGreaterThan(30);
    const files = await Promise.all(paths.map(async (path) => ({ path, content: await readFile(join(GENERATED_DIR, path), 'utf8') })));
    expect(await changedByPrettier(files)).toEqual([]);
  });

  it.each([
    ['the real spec', SPEC_DIR],
    ['the kitchen-sink fixture', KITCHEN_SINK],
  ])('on %s, with no file left for prettier to lay out', { timeout: 120_000 }, async (_, specDir) => {
    const files = emitAll(await loadModel(specDir), { templatesDir: TEMPLATES_DIR, runtimeModule: '../../runtime/index.js' }).filter((f) =>
      isTypeScript(f.path),
    );
    expect(files.filter((f) => f.needsFormatting).map((f) => f.path)).toEqual([]);
    if (specDir === KITCHEN_SINK) expect(await changedByPrettier(files)).toEqual([]);
  });
});

// ---- the printer on syntax of every kind -------------------------------------------------------

const RESERVED = new Set([
  'do',
  'if',
  'in',
  'for',
  'let',
  'new',
  'try',
  'var',
  'case',
  'else',
  'enum',
  'null',
  'this',
  'true',
  'void',
  'with',
  'type',
  'any',
  'never',
  'string',
  'number',
  'boolean',
  'symbol',
  'object',
  'unknown',
  'bigint',
  'undefined',
]);
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,30}$/).filter((name) => !RESERVED.has(name));
// Property names as a spec has them: identifiers, and names that need quotes (with quotes, CJK, line separators).
const propertyName = fc.oneof(identifier, fc.constantFrom('go-cqhttp', 'message.group', '1', 'a b', "it's", 'a"b', '\u2028', 'x-\u540d'));
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom("it's", 'a"b', `'"'`, '\\', '\u2028', '群消息', '😀 emoji', 'x'.repeat(90)),
);
const doc = fc.option(fc.oneof(text, fc.constantFrom('line one\n\nline two  \nthree', '@example\nseg.at(1)', 'trailing\u3000')), { nil: undefined });

const typeExpr: fc.Arbitrary<TypeExpr> = fc.letrec<{ type: TypeExpr; member: Member }>((tie) => ({
  type: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<TypeExpr>(
      { kind: 'keyword', name: 'string' },
      { kind: 'keyword', name: 'number' },
      { kind: 'keyword', name: 'null' },
      { kind: 'raw', text: 'keyof EventMap' },
    ),
    identifier.map((name): TypeExpr => ({ kind: 'ref', name })),
    fc.oneof(text, fc.integer({ min: -5, max: 1e6 }), fc.constantFrom(1e21, 0.5, true)).map((value): TypeExpr => ({ kind: 'literal', value })),
    fc.tuple(identifier, fc.array(tie('type'), { minLength: 1, maxLength: 3 })).map(([name, args]): TypeExpr => ({ kind: 'ref', name, args })),
    fc
      .array(tie('type'), { minLength: 2, maxLength: 8 })
      .map((types): TypeExpr => ({ kind: 'union', types: types.flatMap((t) => (t.kind === 'union' ? t.types : [t])) })),
    tie('type').map((element): TypeExpr => ({ kind: 'array', element })),
    fc.tuple(fc.array(tie('member'), { maxLength: 4 }), fc.boolean()).map(([members, multiline]): TypeExpr => ({ kind: 'object', members, multiline })),
    fc.tuple(identifier, text).map(([name, key]): TypeExpr => ({ kind: 'indexed', object: { kind: 'ref', name }, index: { kind: 'literal', value: key } })),
  ),
  member: fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('property' as const), name: propertyName, optional: fc.boolean(), type: tie('type'), doc }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('index' as const), keyName: fc.constant('key'), keyType: fc.constant('string'), type: tie('type'), doc }),
    },
  ),
})).type;

const member = fc.record({ kind: fc.constant('property' as const), name: propertyName, optional: fc.boolean(), type: typeExpr, doc });
const expr: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small' },
    text.map((value): Expr => ({ kind: 'string', value })),
    fc.integer({ min: -100, max: 1e9 }).map((value): Expr => ({ kind: 'number', value })),
    fc.constantFrom<Expr>({ kind: 'keyword', text: 'true' }, { kind: 'keyword', text: 'null' }),
    fc.array(tie('expr'), { maxLength: 6 }).map((elements): Expr => ({ kind: 'array', elements })),
    fc
      .tuple(fc.array(fc.record({ key: propertyName, value: tie('expr'), doc }), { maxLength: 4 }), fc.boolean())
      .map(([properties, multiline]): Expr => ({ kind: 'object', properties, multiline })),
  ),
})).expr;

const statement: fc.Arbitrary<Statement> = fc.oneof(
  fc.record({ kind: fc.constant('interface' as const), name: identifier, members: fc.array(member, { maxLength: 5 }), doc }),
  fc.record({ kind: fc.constant('type' as const), name: identifier, type: typeExpr, doc }),
  fc.tuple(identifier, fc.array(fc.record({ key: propertyName, value: expr, doc }), { minLength: 1, maxLength: 5 }), fc.boolean(), doc).map(
    ([name, properties, asConst, d]): Statement => ({
      kind: 'const',
      name,
      value: { kind: 'object', properties, multiline: true },
      asConst,
      ...(d ? { doc: d } : {}),
    }),
  ),
  fc.record({
    kind: fc.constant('import' as const),
    typeOnly: fc.boolean(),
    names: fc.array(
      identifier.map((name) => ({ name })),
      { minLength: 1, maxLength: 12 },
    ),
    from: fc.constantFrom('./types.js', '../../runtime/index.js'),
  }),
  fc
    .tuple(identifier, fc.array(fc.record({ name: identifier, optional: fc.boolean(), type: typeExpr }), { maxLength: 3 }), typeExpr, doc)
    .map(([name, params, returns, d]): Statement => ({ kind: 'function', name, params, returns, body: ['return build();'], ...(d ? { doc: d } : {}) })),
  fc
    .tuple(
      identifier,
      fc.array(fc.tuple(identifier, fc.array(fc.record({ name: identifier, optional: fc.boolean(), type: typeExpr }), { maxLength: 2 }), typeExpr, doc), {
        maxLength: 3,
      }),
      fc.boolean(),
    )
    .map(
      ([name, methods, ctor]): Statement => ({
        kind: 'class',
        name,
        extends: 'Base<A, B>',
        code: ctor ? ['constructor(transport: Transport) {', '  super(transport);', '}'] : [],
        methods: methods.map(([m, params, returns, d]) => ({
          name: m,
          params,
          returns,
          body: [`return this.call(${stringLiteral(m)}, params);`],
          ...(d ? { doc: d } : {}),
        })),
      }),
    ),
  fc
    .array(fc.record({ key: propertyName, value: expr }), { minLength: 1, maxLength: 4 })
    .map((properties): Statement => ({ kind: 'export-default-call', call: 'defineConfig', value: { kind: 'object', properties, multiline: true } })),
  fc.constantFrom<Statement>({ kind: 'export-all', from: './types.js' }, { kind: 'code', doc: 'A helper.', lines: ['function f(): void {', '  return;', '}'] }),
);

describe('the TypeScript printer', () => {
  it('prints what prettier prints, or marks the file for prettier', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(statement, { maxLength: 4 }), fc.constantFrom('', '/** Generated. */\n\n'), async (statements, header) => {
        const printed = printStatements(header, statements);
        const formatted = await prettierTs(printed.text);
        if (!printed.needsFormatting) expect(printed.text).toBe(formatted);
        // A marked file becomes prettier's in the pipeline.
        const [out] = await formatEmitted([{ path: 'x.ts', content: printed.text, needsFormatting: printed.needsFormatting }]);
        expect(out!.content).toBe(formatted);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'a union too long for one line breaks one member a line',
      { kind: 'type', name: 'Long', type: { kind: 'union', types: 'abcdefghijklm'.split('').map((c) => ({ kind: 'literal', value: c.repeat(8) })) } },
    ],
    [
      '`X | null` stays on one line',
      {
        kind: 'type',
        name: 'Maybe',
        type: {
          kind: 'union',
          types: [
            { kind: 'ref', name: 'X'.repeat(120) },
            { kind: 'keyword', name: 'null' },
          ],
        },
      },
    ],
    [
      'a signature too long for one line breaks its parameters',
      {
        kind: 'function',
        name: 'build',
        params: [
          { name: 'a', type: { kind: 'ref', name: 'A'.repeat(50) } },
          { name: 'b', optional: true, type: { kind: 'ref', name: 'B'.repeat(40) } },
        ],
        returns: { kind: 'ref', name: 'R' },
        body: ['return build();'],
      },
    ],
  ] as [string, Statement][])('%s', async (_, s) => {
    const printed = printStatements('', [s]);
    expect(printed.needsFormatting).toBe(false);
    expect(printed.text.split('\n').length).toBeGreaterThan(s.kind === 'type' && s.name === 'Maybe' ? 0 : 2);
    expect(printed.text).toBe(await prettierTs(printed.text));
  });

  it('marks a statement beyond its rules: a body line too long, a property name outside ASCII', () => {
    const longBody: Statement = {
      kind: 'function',
      name: 'f',
      params: [],
      returns: { kind: 'keyword', name: 'string' },
      body: [`return ${stringLiteral('x'.repeat(50))} + ${stringLiteral('y'.repeat(50))};`],
    };
    expect(printStatements('', [longBody]).needsFormatting).toBe(true);
    const cjk: Statement = { kind: 'interface', name: 'I', members: [{ kind: 'property', name: '名字', type: { kind: 'keyword', name: 'string' } }] };
    expect(printStatements('', [cjk]).needsFormatting).toBe(true);
  });

  it('quotes strings as prettier does', () => {
    expect([stringLiteral("it's"), stringLiteral('a"b'), stringLiteral('\u2028'), stringLiteral(`'"'`)]).toEqual([`"it's"`, `'a"b'`, `'\\u2028'`, `"'\\"'"`]);
  });
});

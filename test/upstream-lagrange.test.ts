/**
 * Lagrange's upstream extractor on a small checkout in Lagrange.OneBot's shape
 * (test/fixtures/upstream/lagrange/, C# written for these tests): operations and their payload
 * classes, results, segments and events come out as a draft model, and what it cannot read as notes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_COVERAGE } from '../generator/diff/coverage.js';
import { formatType } from '../generator/model/format-type.js';
import type { Field, TypeNode } from '../generator/model/types.js';
import { NotACheckoutError } from '../generator/upstream/extractor.js';
import { UPSTREAM_EXTRACTORS } from '../generator/upstream/index.js';
import { extractor } from '../generator/upstream/lagrange.js';
import { parseFile, tokenize } from '../generator/upstream/lagrange/csharp.js';

const CHECKOUT = resolve(__dirname, 'fixtures/upstream/lagrange');
const OPS = 'Lagrange.OneBot/Core/Operation/Operations.cs';
const PARAMS = 'Lagrange.OneBot/Core/Entity/Params.cs';
const SEGMENTS = 'Lagrange.OneBot/Message/Entity/Segments.cs';

const at = (file: string, line: number) => ({ file, line, column: 1 });
const int64: TypeNode = { kind: 'primitive', name: 'int64' };
const string: TypeNode = { kind: 'primitive', name: 'string' };
const field = (name: string, type: TypeNode, required: boolean, line: number, extra: Partial<Field> = {}): Field => ({
  name,
  type,
  required,
  hasDefault: false,
  direction: 'both',
  source: at(PARAMS, line),
  ...extra,
});
/** `name?: type = default`, the way a reader scans a parameter list. */
const brief = (f: Field) => `${f.name}${f.required ? '' : '?'}: ${formatType(f.type)}${f.hasDefault ? ` = ${JSON.stringify(f.default)}` : ''}`;

describe('the Lagrange extractor', async () => {
  const { model, notes } = await extractor.extract(CHECKOUT);
  const action = (name: string) => model.actions.find((a) => a.name === name)!;

  it('is the registry entry for lagrange', async () => {
    expect(await UPSTREAM_EXTRACTORS.lagrange()).toBe(extractor);
  });

  it('says what the comparison can rely on: converted parameters, and neither any nor which strings are told', async () => {
    const { coverage } = await extractor.extract(CHECKOUT);
    expect(coverage).toEqual({ ...FULL_COVERAGE, convertsParameters: true, anyIsUntyped: true, stringsUntold: true });
  });

  it('makes one action per handler class: the plain name is the action, a dotted one its alias', () => {
    expect(model.actions.map((a) => [a.name, a.aliases.map((x) => x.name)])).toEqual([
      ['list_things', []],
      ['ping_twice', ['.ping_twice']],
      ['say', []],
      ['say_again', []],
      ['send_words', []],
      ['upload_thing', []],
    ]);
    expect(model.actions.every((a) => a.origin === 'lagrange' && a.support[0]!.status === 'supported')).toBe(true);
    expect(action('ping_twice').source).toEqual(at(OPS, 7));
  });

  it('reads parameters from the payload class: required, optional, defaults, and what the handler never reads', () => {
    expect(action('ping_twice').params).toEqual([
      field('group_id', int64, true, 8),
      // an id the handler compares with 0 means something at 0; a number that is not an id reads as 0
      field('message_id', { kind: 'primitive', name: 'int32' }, false, 10, { default: 0, hasDefault: true }),
      field('duration', int64, false, 12, { default: 0, hasDefault: true }),
      field('times', int64, false, 14),
      field('loud', { kind: 'primitive', name: 'boolean' }, false, 16, { default: false, hasDefault: true }),
      field('note', string, false, 18, { default: 'hi', hasDefault: true }),
      field('code', string, true, 20),
      field('label', string, true, 22),
    ]);
    expect(notes).toContainEqual({
      severity: 'info',
      file: PARAMS,
      line: 24,
      message: "'ping_twice' reads its payload as PingParams but never reads 'unused'; not recorded as a parameter",
    });
  });

  it('reads payload keys read directly, inherited handlers, and message forms chosen by a converter', () => {
    expect(action('upload_thing').params.map(brief)).toEqual(['file: string']);
    expect(action('say_again').result).toEqual({ kind: 'ref', name: 'SayResult' });
    expect(action('send_words').params.map(brief)).toEqual(['user_id: int64', 'words: SendSegment[] | string']);
  });

  it('reads results: classes, positional records, Select lists, JsonObject literals and local variables', () => {
    expect(action('ping_twice').result).toEqual({ kind: 'ref', name: 'PingResult' });
    expect(action('list_things').result).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Thing' } });
    expect(action('upload_thing').result).toEqual({
      kind: 'object',
      fields: [
        { name: 'url', type: string, required: true, hasDefault: false, direction: 'both', source: at(OPS, 43) },
        { name: 'size', type: int64, required: true, hasDefault: false, direction: 'both', source: at(OPS, 43) },
      ],
    });
    expect(action('send_words').result).toBeNull();
    expect(model.types.map((t) => [t.name, formatType(t.type)])).toEqual([
      ['Owner', '{ uin, since }'],
      ['PingResult', '{ sent, Extra }'],
      ['SayResult', '{ message_id }'],
      ['Thing', '{ name, tags, owner }'],
    ]);
    const thing = model.types.find((t) => t.name === 'Thing')!.type as { fields: Field[] };
    expect(thing.fields.map(brief)).toEqual(['name: string', 'tags: string[]', 'owner: Owner | null']);
    const record = model.types.find((t) => t.name === 'PingResult')!.type as { fields: Field[] };
    expect(record.fields.map(brief)).toEqual(['sent: int64', 'Extra: string | null']);
  });

  it('reads segments: data keys, defaults through the parameterless constructor, and direction', () => {
    expect(model.segments.map((s) => [s.type, s.direction, s.fields.map(brief)])).toEqual([
      ['buttons', 'send', ['rows: string[]', 'count?: int32 = 3']],
      // subscribed to a class of Lagrange.OneBot itself, which no received message holds
      ['clip', 'send', ['id: string']],
      ['movie', 'both', ['file: string']],
      ['photo', 'both', ['file: string', 'summary?: string = "[photo]"']],
    ]);
    expect(notes).toContainEqual({
      severity: 'info',
      file: SEGMENTS,
      line: 45,
      message: "segment 'clip' subscribes to ClipSegment, which no received message contains; send only",
    });
  });

  it('reads events: discriminators through constructor chains, call sites and object initializers', () => {
    expect(model.events.map((e) => [e.id, e.discriminators.map((d) => `${d.key}=${d.value}`).join(','), e.fields.map(brief)])).toEqual([
      ['heartbeat', 'post_type=meta_event,meta_event_type=heartbeat', ['interval: int32']],
      ['essence_add', 'post_type=notice,notice_type=essence,sub_type=add', []],
      ['essence_delete', 'post_type=notice,notice_type=essence,sub_type=delete', []],
      ['group_admin', 'post_type=notice,notice_type=group_admin', ["sub_type: 'set' | 'unset'", 'group_id: int64', 'comment: string | null']],
      ['notify_poke', 'post_type=notice,notice_type=notify,sub_type=poke', ['target_id: int64']],
    ]);
    const subType = model.events.find((e) => e.id === 'group_admin')!.fields[0]!.type;
    expect(subType).toEqual({
      kind: 'enum',
      base: 'string',
      values: [
        { value: 'set', name: 'set' },
        { value: 'unset', name: 'unset' },
      ],
    });
  });

  it('notes what it cannot read, with file and line, and never drops it silently', () => {
    expect(notes.filter((n) => n.severity === 'warning')).toEqual([
      { severity: 'warning', file: OPS, line: 45, message: "the result of 'upload_thing' here is an expression the extractor does not read" },
      { severity: 'warning', file: SEGMENTS, line: 29, message: "segment 'buttons' is sent as 'button'; recorded under 'buttons'" },
      { severity: 'warning', file: SEGMENTS, line: 63, message: "segment 'movie' is received as a PhotoSegment, with that class's data keys" },
    ]);
    expect(notes).toContainEqual({
      severity: 'info',
      file: 'Lagrange.OneBot/Core/Entity/Events.cs',
      line: 41,
      message: 'NeverSent has a post_type but Lagrange.OneBot never creates it; not an event',
    });
    expect(notes).toContainEqual({ severity: 'info', file: PARAMS, line: 71, message: 'the type DateTime is not declared in Lagrange.OneBot; typed as any' });
    expect(notes).toContainEqual({
      severity: 'info',
      message: 'these operations read their payload with other options, so numbers must be numbers: list_things',
    });
  });

  it('refuses a folder that is not a Lagrange.Core checkout', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'not-lagrange-'));
    try {
      await expect(extractor.extract(empty)).rejects.toThrow(NotACheckoutError);
      await expect(extractor.extract(empty)).rejects.toThrow(/is not a Lagrange\.Core checkout: it has no Lagrange\.OneBot\/ folder/);
    } finally {
      await rm(empty, { recursive: true });
    }
  });
});

describe('the C# reader', () => {
  it('keeps comments, strings and preprocessor lines out of the tokens, and counts lines', () => {
    const tokens = tokenize('#if DEBUG\n// [Operation("no")]\nvar s = @"a""b" + $"x{y}" /* c\n */ + "q\\"";');
    expect(tokens.map((t) => t.text)).toEqual(['var', 's', '=', 'a"b', '+', 'x{y}', '+', 'q"', ';']);
    expect(tokens.find((t) => t.text === 'q"')!.line).toBe(4);
  });

  it('reads records, generic methods and tuple fields without losing the members around them', () => {
    const parsed = parseFile(
      'x.cs',
      [
        'public record R([property: JsonPropertyName("a")] int A, string B = "b");',
        'class C<T> where T : class {',
        '  private readonly Dictionary<string, (string X, int Y)> _map;',
        '  public T Get<TOut>(string key) where TOut : T => default;',
        '  [JsonPropertyName("p")] public string P { get; init; } = "p";',
        '}',
      ].join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    const [record, klass] = parsed.types;
    expect(record!.primaryParameters!.map((p) => [p.name, p.type, p.attributes.map((a) => `${a.target}:${a.name}`)])).toEqual([
      ['A', 'int', ['property:JsonPropertyName']],
      ['B', 'string', []],
    ]);
    expect(klass!.members.map((m) => [m.kind, m.name, m.type])).toEqual([
      ['field', '_map', 'Dictionary<string, (string X, int Y)>'],
      ['method', 'Get', 'T'],
      ['property', 'P', 'string'],
    ]);
  });
});

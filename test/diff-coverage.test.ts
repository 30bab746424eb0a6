/**
 * The comparison of two sides that do not describe the same things (generator/diff/coverage.ts):
 * what one side cannot carry is listed as not compared, never reported as added or removed, and
 * type comparisons follow what the side says of its values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSides } from '../generator/diff/compare.js';
import { Comparability, FULL_COVERAGE, type Coverage } from '../generator/diff/coverage.js';
import { loadSpecTexts } from '../generator/load/index.js';
import type { Model } from '../generator/model/types.js';
import { diffReport, profileSide } from '../generator/diff/report.js';
import { loadSide } from '../generator/import/index.js';
import { explainReport } from '../generator/upstream/explain.js';
import { fromRoot } from './helpers/paths.js';

const BASE = readFileSync(fromRoot('test/fixtures/diff/base.yaml'), 'utf8').replace(
  '    notice: { discriminator: notice_type }',
  '    notice: { discriminator: notice_type }\n    message: { discriminator: message_type }',
);

function model(yaml: string): Model {
  const result = loadSpecTexts([{ name: 'x.yaml', text: `${BASE}\n${yaml}` }]);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.model || errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
  return result.model;
}

const action = (name: string, params: string, result = '', extra = '') => `
  ${name}:
    title: T
    category: misc
    origin: onebot11
    params: { ${params} }${result ? `\n    result: ${result}` : ''}${extra}`;

const rules = (old: Model, now: Model, coverage: Partial<Coverage> = {}) => {
  const { findings, notCompared } = compareSides(old, now, new Comparability(FULL_COVERAGE, { ...FULL_COVERAGE, ...coverage }));
  return { rules: findings.map((f) => `${f.rule} ${f.path ?? f.subject.name}`).sort(), notCompared };
};

describe('comparing sides that describe different things', () => {
  it('leaves out the parameters and results a side does not declare, and lists them', () => {
    const old = model(`actions:${action('get_a', 'x: int64', 'string')}`);
    const now = model(`actions:${action('get_a', 'y: int64', 'int64')}`);
    expect(rules(old, now).rules).toEqual(['parameter-added-required params.y', 'parameter-removed params.x', 'response-type-changed result']);
    expect(rules(old, now, { undeclared: new Set(['action get_a params', 'action get_a result']) })).toEqual({
      rules: [],
      notCompared: ['action get_a: params (new does not declare it)', 'action get_a: result (new does not declare it)'],
    });
  });

  it('compares int32, int64 and number as one type when a side does not tell them apart', () => {
    const old = model(`actions:${action('get_a', 'x: int32', 'int64')}`);
    const now = model(`actions:${action('get_a', 'x: number', 'number')}`);
    expect(rules(old, now).rules).toEqual(['parameter-type-widened params.x', 'response-type-widened result']);
    expect(rules(old, now, { integerWidths: false }).rules).toEqual([]);
  });

  it('takes a string parameter to accept numbers when the implementation converts them, and only parameters', () => {
    const old = model(`actions:${action('get_a', 'x: int64 | string, y: string', 'int64 | string')}`);
    const now = model(`actions:${action('get_a', 'x: string, y: int64', 'string')}`);
    expect(rules(old, now).rules).toEqual(['parameter-type-changed params.y', 'parameter-type-narrowed params.x', 'response-type-narrowed result']);
    // x: a string that numbers are converted to is `int64 | string`; y: a number takes only numeric strings.
    expect(rules(old, now, { convertsParameters: true }).rules).toEqual(['parameter-type-narrowed params.y', 'response-type-narrowed result']);
  });

  it("takes a converting implementation's number to accept the text of a number the spec writes as `int64 | string`", () => {
    const old = model(`actions:${action('get_a', 'x: int64 | string, y: int64 | boolean | string', 'int64 | string')}`);
    const now = model(`actions:${action('get_a', 'x: int64, y: int64', 'int64')}`);
    expect(rules(old, now).rules).toEqual(['parameter-type-narrowed params.x', 'parameter-type-narrowed params.y', 'response-type-narrowed result']);
    // y: the text is taken, a boolean is not; results are not converted.
    expect(rules(old, now, { convertsParameters: true }).rules).toEqual(['parameter-type-narrowed params.y', 'response-type-narrowed result']);
  });

  it('matches a plain string with an enumeration or literals of strings when the side does not tell which strings', () => {
    const old = model(
      `types:\n  Role:\n    title: R\n    type: string\n    enum: [owner, member]\nactions:${action('get_a', "x: \"'a' | 'b'\", y: int64", '{ fields: { role: Role, n: "\'x\'", k: "1 | 2" } }')}`,
    );
    const now = model(`actions:${action('get_a', 'x: string, y: string', '{ fields: { role: string, n: string, k: string } }')}`);
    expect(rules(old, now).rules).toEqual([
      'parameter-type-changed params.y',
      'parameter-type-widened params.x',
      'response-type-changed result.k',
      'response-type-widened result.n',
      'response-type-widened result.role',
    ]);
    // Only strings: an int64 or a union of numbers against a string is still a difference.
    expect(rules(old, now, { stringsUntold: true }).rules).toEqual(['parameter-type-changed params.y', 'response-type-changed result.k']); // Only the side that says so: the spec's plain string against the code's enumeration is still wider.
    expect(rules(now, old, { stringsUntold: true }).rules).toEqual([
      'parameter-type-changed params.y',
      'parameter-type-narrowed params.x',
      'response-type-changed result.k',
      'response-type-narrowed result.n',
      'response-type-narrowed result.role',
    ]);
  });

  it('takes a string literal and an enumeration of that one value as the same type', () => {
    const old = model(`actions:${action('get_a', 'x: "\'a\'", y: "\'a\'"', '')}`);
    const now = model(`actions:${action('get_a', 'x: { type: string, enum: [a] }, y: { type: string, enum: [a, b] }', '')}`);
    expect(rules(old, now).rules).toEqual(['parameter-type-widened params.y']);
    expect(rules(now, old).rules).toEqual(['parameter-type-narrowed params.y']);
  });

  it('takes `any` as a type nobody told when the side says so, and skips fields it marks untyped', () => {
    const old = model(`types:\n  Thing:\n    title: T\n    fields: { id: int64 }\nactions:${action('get_a', 'x: Thing, y: string', 'Thing[]')}`);
    const now = model(`actions:${action('get_a', 'x: any, y: boolean', 'any[]')}`);
    expect(rules(old, now).rules).toEqual(['parameter-type-changed params.y', 'parameter-type-widened params.x', 'response-type-widened result[]']);
    expect(rules(old, now, { anyIsUntyped: true }).rules).toEqual(['parameter-type-changed params.y']);
    expect(rules(old, now, { anyIsUntyped: true, untyped: new Set(['action get_a params.y']) }).rules).toEqual([]);
  });

  it('matches an alias by an action of that name when a side lists every name as an action', () => {
    const old = model(`actions:${action('get_a', 'x: int64', '', '\n    aliases: [{ name: get_old }]')}${action('get_b', '')}`);
    const now = model(`actions:${action('get_old', 'x: string')}${action('get_c', '', '', '\n    aliases: [{ name: get_b }]')}`);
    expect(rules(old, now).rules).toEqual(['action-added get_old', 'action-removed get_a', 'action-renamed get_b']);
    // Matched silently through either side's aliases, and compared.
    expect(rules(old, now, { aliases: false }).rules).toEqual(['parameter-type-changed params.x']);
  });

  it('leaves out the events of post types a side does not list', () => {
    const events = (ids: string[]) =>
      `events:${ids.map((id) => `\n  ${id}:\n    title: E\n    origin: onebot11\n    discriminators: { post_type: ${id === 'chat' ? 'message, message_type: private' : `notice, notice_type: ${id}`} }\n    fields: { user_id: int64 }`).join('')}`;
    const old = model(events(['chat', 'recall']));
    const now = model(events(['recall']));
    expect(rules(old, now).rules).toEqual(['event-removed chat']);
    expect(rules(old, now, { events: ['notice'] })).toEqual({ rules: [], notCompared: ['events of post_type message (one side does not list them)'] });
  });

  it('compares support only of the kinds both sides state it for, and says so once per kind', () => {
    const segment = (support: string) =>
      `segments:\n  face:\n    title: F\n    origin: onebot11\n    direction: both\n    fields: { id: string }\n    support: { ${support} }`;
    const old = model(`actions:${action('get_a', '', '', '\n    support: { onebot11: true }')}\n${segment('onebot11: true')}`);
    const now = model(`actions:${action('get_a', '', '', '\n    support: { onebot11: true, napcat: true }')}\n${segment('onebot11: true, napcat: true')}`);
    expect(rules(old, now).rules).toEqual(['support-gained support.napcat', 'support-gained support.napcat']);
    // An OpenAPI document of this project states it for actions (x-onebot-support) and for nothing else.
    expect(rules(old, now, { support: ['action'] })).toEqual({
      rules: ['support-gained support.napcat'],
      notCompared: ['which implementations support each segment (new does not state it)', 'which implementations support each event (new does not state it)'],
    });
    expect(rules(old, now, { support: [] }).notCompared).toEqual([
      'which implementations support each action (new does not state it)',
      'which implementations support each segment (new does not state it)',
      'which implementations support each event (new does not state it)',
    ]);
  });

  it('says once that a side lists no events or no segments, and does not compare the segment and event unions inside types', () => {
    const old = model(`types:\n  Message:\n    title: M\n    type: 'string | SendSegment[]'\nactions:${action('send_a', 'message: Message, context: Event')}`);
    const now = model(`actions:${action('send_a', "message: 'string | map<any>[]', context: 'map<any>'")}`);
    expect(rules(old, now).rules).toEqual(['parameter-type-changed params.context', 'parameter-type-changed params.message']);
    expect(rules(old, now, { segments: false, events: false })).toEqual({
      rules: [],
      notCompared: ['segments (new does not list them)', 'events (new does not list them)'],
    });
  });

  it('finds a built-in name inside a union of the same named type on both sides the same (no `X → X` change)', () => {
    const same = model(
      `types:\n  Message:\n    title: M\n    type: 'string | SendSegment | SendSegment[]'\nactions:${action('send_a', "message: Message, context: 'Event | map<any>'")}`,
    );
    expect(rules(same, same).rules).toEqual([]);
  });

  it("matches events one side tells apart by sub_type with the other side's event that has a sub_type field", () => {
    const split = (sub: string) =>
      `\n  essence_${sub}:\n    title: E\n    origin: onebot11\n    discriminators: { post_type: notice, notice_type: essence, sub_type: ${sub} }\n    fields: { message_id: int64 }`;
    const old = model(`events:${split('add')}${split('delete')}${split('other')}`);
    const now = model(
      `events:\n  essence:\n    title: E\n    origin: onebot11\n    discriminators: { post_type: notice, notice_type: essence }\n    fields:\n      sub_type: { type: string, enum: [add, delete] }\n      message_id: int64\n      operator_id: int64`,
    );
    expect(rules(old, now).rules).toEqual([
      'event-field-added-required fields.operator_id',
      'event-field-added-required fields.operator_id',
      'event-removed essence_other',
    ]);
    expect(rules(old, now).notCompared).toEqual([]);
    // The other way round: the merged event is matched by the events that split it.
    expect(rules(now, old).rules).toEqual(['event-added essence_other', 'event-field-removed fields.operator_id', 'event-field-removed fields.operator_id']);
  });
});

describe('OpenAPI documents as sides', () => {
  const side = (path: string, implementation = 'imported') => loadSide(fromRoot(path), { implementation });

  it.each(['generated/openapi/onebot11.json', 'generated/openapi/onebot11.openapi-3.0.json'])(
    "this project's %s against spec/ finds nothing, and lists what the document cannot state once",
    async (path) => {
      const report = diffReport(await side(path), await loadSide(fromRoot('spec')));
      expect(report.findings).toEqual([]);
      expect(report.notCompared).toEqual([
        'which implementations support each segment (old does not state it)',
        'which implementations support each event (old does not state it)',
      ]);
    },
  );

  it("NapCat's own document against the spec's NapCat profile: no segments, events, support, number widths, loose objects or conversions reported", async () => {
    const napcat = profileSide(await side('../shared/upstream/napcat-openapi-af07479.json', 'napcat'), 'napcat');
    const report = diffReport(napcat, profileSide(await loadSide(fromRoot('spec')), 'napcat'));
    expect(report.notCompared).toEqual([
      'which implementations support each action (old does not state it)',
      'segments (old does not list them)',
      'events (old does not list them)',
    ]);
    expect(report.findings.filter((f) => f.subject.kind !== 'action' || f.area === 'support')).toEqual([]);
    const types = report.findings.filter((f) => /type-(changed|narrowed|widened)$/.test(f.rule)).map((f) => `${f.old} → ${f.new}`);
    // NapCat writes every number as `number`: never a change against int32 or int64 alone.
    expect(types.filter((t) => /^number → int(32|64)$/.test(t))).toEqual([]);
    // NapCat's loose `type: object` is any; its string parameters take numbers (NapCat converts them).
    expect(types.filter((t) => /^object → /.test(t) && !/Event/.test(t))).toEqual(['object → null']);
    expect(types.filter((t) => /^string → (int64|int32) \| string$/.test(t))).toEqual([]);
    expect(report.findings.length).toBeLessThan(150);
  });

  it("NapCat's own document against the spec: every finding is one the spec explains from NapCat's code, but the forward actions' `message`", async () => {
    const spec = profileSide(await loadSide(fromRoot('spec')), 'napcat');
    const napcat = profileSide(await side('../shared/upstream/napcat-openapi-af07479.json', 'napcat'), 'napcat');
    const disagreements = spec.model.implementations.find((i) => i.id === 'napcat')!.disagreements ?? [];
    // The direction of `pnpm upstream`: the spec is the old side, NapCat the new.
    const report = explainReport(diffReport(spec, napcat), disagreements);
    expect(report.findings.length).toBeGreaterThan(0);
    // NapCat's schemas require `message`, and its check() fills it in from `messages` before they are checked
    // (SendForwardMsg.ts): the code, which the spec follows and `pnpm upstream` reads, takes either.
    const unexplained = report.findings.filter((f) => !f.explained).map((f) => `${f.rule} ${f.subject.name} ${f.path}`);
    expect(unexplained.sort()).toEqual(
      ['send_forward_msg', 'send_group_forward_msg', 'send_private_forward_msg']
        .flatMap((name) => [`parameter-became-required ${name} params.message`, `parameter-removed ${name} params.messages`])
        .sort(),
    );
  });
});

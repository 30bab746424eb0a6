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

  it('takes a converting implementation\'s number to accept the text of a number the spec writes as `int64 | string`', () => {
    const old = model(`actions:${action('get_a', 'x: int64 | string, y: int64 | boolean | string', 'int64 | string')}`);
    const now = model(`actions:${action('get_a', 'x: int64, y: int64', 'int64')}`);
    expect(rules(old, now).rules).toEqual(['parameter-type-narrowed params.x', 'parameter-type-narrowed params.y', 'response-type-narrowed result']);
    // y: the text is taken, a boolean is not; results are not converted.
    expect(rules(old, now, { convertsParameters: true }).rules).toEqual(['parameter-type-narrowed params.y', 'response-type-narrowed result']);
  });

  it('matches a plain string with an enumeration or literals of strings when the side does not tell which strings', () => {
    const old = model(`types:\n  Role:\n    title: R\n    type: string\n    enum: [owner, member]\nactions:${action('get_a', "x: \"'a' | 'b'\", y: int64", '{ fields: { role: Role, n: "\'x\'", k: "1 | 2" } }')}`);
    const now = model(`actions:${action('get_a', 'x: string, y: string', '{ fields: { role: string, n: string, k: string } }')}`);
    expect(rules(old, now).rules).toEqual(['parameter-type-changed params.y', 'parameter-type-widened params.x', 'response-type-changed result.k', 'response-type-widened result.n', 'response-type-widened result.role']);
    // Only strings: an int64 or a union of numbers against a string is still a difference.
    expect(rules(old, now, { stringsUntold: true }).rules).toEqual(['parameter-type-changed params.y', 'response-type-changed result.k']);    // Only the side that says so: the spec's plain string against the code's enumeration is still wider.
    expect(rules(now, old, { stringsUntold: true }).rules).toEqual(['parameter-type-changed params.y', 'parameter-type-narrowed params.x', 'response-type-changed result.k', 'response-type-narrowed result.n', 'response-type-narrowed result.role']);
  });

  it('takes a string literal and an enumeration of that one value as the same type', () => {
    const old = model(`actions:${action('get_a', "x: \"'a'\", y: \"'a'\"", '')}`);
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

  it('matches events one side tells apart by sub_type with the other side\'s event that has a sub_type field', () => {
    const split = (sub: string) => `\n  essence_${sub}:\n    title: E\n    origin: onebot11\n    discriminators: { post_type: notice, notice_type: essence, sub_type: ${sub} }\n    fields: { message_id: int64 }`;
    const old = model(`events:${split('add')}${split('delete')}${split('other')}`);
    const now = model(`events:\n  essence:\n    title: E\n    origin: onebot11\n    discriminators: { post_type: notice, notice_type: essence }\n    fields:\n      sub_type: { type: string, enum: [add, delete] }\n      message_id: int64\n      operator_id: int64`);
    expect(rules(old, now).rules).toEqual(['event-field-added-required fields.operator_id', 'event-field-added-required fields.operator_id', 'event-removed essence_other']);
    expect(rules(old, now).notCompared).toEqual([]);
    // The other way round: the merged event is matched by the events that split it.
    expect(rules(now, old).rules).toEqual(['event-added essence_other', 'event-field-removed fields.operator_id', 'event-field-removed fields.operator_id']);
  });
});

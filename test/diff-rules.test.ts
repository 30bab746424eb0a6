/**
 * Every diff rule against its pair of fixtures (buf-style): test/fixtures/diff/<rule>/old.yaml and
 * new.yaml, each on top of test/fixtures/diff/base.yaml, must differ by exactly that one finding.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareModels } from '../generator/diff/compare.js';
import { RULES } from '../generator/diff/rules.js';
import { loadSpecTexts } from '../generator/load/index.js';
import type { Model } from '../generator/model/types.js';
import { fromRoot } from './helpers/paths.js';

const DIR = fromRoot('test/fixtures/diff');

function load(rule: string, side: 'old' | 'new'): Model {
  const texts = ['base.yaml', `${rule}/${side}.yaml`].map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));
  const result = loadSpecTexts(texts);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.model || errors.length) throw new Error(`${rule}/${side}.yaml does not load: ${errors.map((e) => e.message).join('; ')}`);
  return result.model;
}

// rule → the subject and path its single finding is about.
/** What can happen to a parameter, a segment's field or an event's field: each is a rule of every such area. */
const FIELD_CHANGES = [
  'added-required',
  'added-optional',
  'removed',
  'became-required',
  'became-optional',
  'type-narrowed',
  'type-widened',
  'type-changed',
  'default-changed',
  'enum-value-added',
  'enum-value-removed',
];

const CASES: [rule: string, subject: string, path?: string][] = [
  ['action-added', 'get_other'],
  ['action-removed', 'get_other'],
  ['action-deprecated', 'get_thing'],
  ['action-renamed', 'get_old'],
  ['action-alias-removed', 'get_thing', 'aliases'],
  ...FIELD_CHANGES.map((c): [string, string, string] => [`parameter-${c}`, 'get_thing', 'params.x']),
  ...[
    'field-added',
    'field-removed',
    'field-became-optional',
    'field-became-required',
    'type-narrowed',
    'type-widened',
    'type-changed',
    'enum-value-added',
    'enum-value-removed',
  ].map((c): [string, string, string] => [`response-${c}`, 'get_thing', 'result.x']),
  ['segment-added', 'poke'],
  ['segment-removed', 'poke'],
  ['event-added', 'poke'],
  ['event-removed', 'poke'],
  ...FIELD_CHANGES.flatMap((c): [string, string, string][] => [
    [`segment-field-${c}`, 'poke', 'data.x'],
    [`event-field-${c}`, 'poke', 'fields.x'],
  ]),
  ['support-gained', 'get_thing', 'support.napcat'],
  ['support-lost', 'get_thing', 'support.napcat'],
  ['support-claim-dropped', 'get_thing', 'support.napcat'],
];

describe('diff rules', () => {
  it('every rule has a case and a fixture pair, and every fixture a rule', () => {
    const ids = RULES.map((r) => r.id).sort();
    expect(CASES.map(([rule]) => rule).sort()).toEqual(ids);
    const folders = readdirSync(DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(ids);
  });

  it('rule ids are unique, kebab-case and documented', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const text of [r.title, r.why]) expect(text.en.length && text.zh.length, r.id).toBeTruthy();
    }
  });

  it.each(CASES)('%s', (rule, subject, path) => {
    const findings = compareModels(load(rule, 'old'), load(rule, 'new'));
    expect(findings.map((f) => ({ rule: f.rule, subject: f.subject.name, path: f.path }))).toEqual([{ rule, subject, path }]);
    expect(findings[0]!.severity).toBe(RULES.find((r) => r.id === rule)!.severity);
  });

  it('a model compared with itself has no findings', () => {
    const model = load('action-added', 'new');
    expect(compareModels(model, model)).toEqual([]);
  });
});

/** Rename hints: suggested for a removed and an added action that look alike, never for unrelated ones. */
import { describe, expect, it } from 'vitest';
import { compareModels } from '../generator/diff/compare.js';
import { renameHints } from '../generator/diff/hints.js';
import { loadSpecTexts } from '../generator/load/index.js';
import type { Model } from '../generator/model/types.js';
import { readFileSync } from 'node:fs';
import { fromRoot } from './helpers/paths.js';

const base = readFileSync(fromRoot('test/fixtures/diff/base.yaml'), 'utf8');

function model(actions: string): Model {
  const result = loadSpecTexts([
    { name: 'base.yaml', text: base },
    { name: 'actions.yaml', text: `actions:\n${actions}` },
  ]);
  if (!result.model) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.model;
}

const action = (name: string, title: string, params: string[]) =>
  `  ${name}:\n    title: ${title}\n    category: misc\n    origin: onebot11\n${params.length ? `    params:\n${params.map((p) => `      ${p}: string\n`).join('')}` : ''}`;

describe('rename hints', () => {
  it.each([
    [
      'same parameters and title',
      action('del_group_file', '删除群文件', ['group_id', 'file_id']),
      action('delete_group_file', '删除群文件', ['group_id', 'file_id']),
      ['del_group_file → delete_group_file'],
    ],
    [
      'similar title, some parameters',
      action('set_group_head', '设置群头像', ['groupCode', 'file']),
      action('set_group_portrait', '设置群头像', ['group_id', 'file']),
      ['set_group_head → set_group_portrait'],
    ],
    ['nothing in common', action('get_a', '获取甲', ['x']), action('send_b', '发送乙', ['y']), []],
  ])('%s', (_, before, after, expected) => {
    const [old, now] = [model(before), model(after)];
    const hints = renameHints(old, now, compareModels(old, now));
    expect(hints.map((h) => `${h.from} → ${h.to}`)).toEqual(expected);
  });
});

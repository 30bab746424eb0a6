/**
 * The widdershins Markdown importer on the two NapCat exports (../shared/seeds 002 and 004), and
 * the mojibake repair it needs for 002.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeMojibake, repairMojibake, restoreKnownWords, UNREADABLE } from '../generator/import/mojibake.js';
import { toSpecYaml } from '../generator/import/to-spec-yaml.js';
import { importWiddershinsMarkdown } from '../generator/import/widdershins-markdown.js';
import { loadSpecTexts } from '../generator/load/index.js';
import { seedPath } from './helpers/seed-files.js';

const seed = (prefix: string) => readFileSync(seedPath(prefix), 'utf8');

/** UTF-8 read as Windows-1252, with the bytes such text loses dropped, as in seed 002. */
function garble(text: string, lost = [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x92, 0x9d, 0x9e, 0xad]): string {
  const bytes = [...new TextEncoder().encode(text)].filter((b) => !lost.includes(b));
  const cp1252 = new TextDecoder('windows-1252');
  return bytes.map((b) => cp1252.decode(Uint8Array.of(b))).join('');
}

describe('mojibake repair', () => {
  it.each([
    ['whole characters', '设置群头像 / 获取好友列表'],
    ['ASCII and symbols', 'group_id » 200 OK — “quoted”'],
  ])('restores %s', (_, original) => {
    const repaired = repairMojibake(garble(original));
    if (repaired.unrecovered.length === 0) expect(repaired.text).toBe(original);
    // Every mark stands where a character was, and that character is among its candidates.
    expect([...repaired.text].length).toBe([...original].length);
    for (const u of repaired.unrecovered) {
      const at = [...repaired.text.slice(0, u.offset)].length;
      expect(u.candidates).toContain([...original][at]);
    }
  });

  it('marks a character that lost a byte and lists its candidates', () => {
    // 否 is E5 90 A6: 0x90 is lost, and five other characters fit what is left.
    const repaired = repairMojibake(garble('否'));
    expect(repaired.text).toBe(UNREADABLE);
    expect(repaired.unrecovered[0]!.candidates).toContain('否');
  });

  it('restores the exporter’s template words from their candidates', () => {
    const repaired = restoreKnownWords(repairMojibake(garble('### 请求参数')), ['请求参数']);
    expect(repaired.text).toBe('### 请求参数');
    expect(repaired.unrecovered).toEqual([]);
  });

  it('tells seed 002 (mojibake) from seed 004 (clean UTF-8)', () => {
    expect(looksLikeMojibake(seed('002'))).toBe(true);
    expect(looksLikeMojibake(seed('004'))).toBe(false);
  });
});

describe('seed 004 (recent NapCat export)', () => {
  const { model, notes } = importWiddershinsMarkdown(seed('004'), { implementation: 'napcat', file: '004.txt' });

  it('reads every action, folder and data model', () => {
    expect(model.actions).toHaveLength(131);
    expect(model.types).toHaveLength(32);
    expect(model.categories.map((c) => c.title.zh)).toEqual(
      expect.arrayContaining(['账号相关', '消息相关', '发送群聊消息', '群聊相关', '文件相关', '密钥相关', '个人操作', '系统操作', '其他', 'bug']),
    );
    expect(model.categories.find((c) => c.title.zh === '发送群聊消息')!.parent).toBe('message');
  });

  it('reads parameters with their requiredness and enumerations', () => {
    const profile = model.actions.find((a) => a.name === 'set_qq_profile')!;
    expect(profile.category).toBe('account');
    expect(profile.params.map((p) => [p.name, p.required])).toEqual([
      ['nickname', true],
      ['personal_note', false],
      ['sex', false],
    ]);
    expect(profile.params[2]!.type).toMatchObject({ kind: 'enum', base: 'string', values: [{ value: '0' }, { value: '1' }, { value: '2' }] });
    const peer = model.actions.find((a) => a.name === 'ArkSharePeer')!;
    expect(peer.params[0]!.type).toEqual({
      kind: 'union',
      variants: [
        { kind: 'primitive', name: 'number' },
        { kind: 'primitive', name: 'string' },
      ],
    });
  });

  it('reads the result out of the envelope, and the envelope itself', () => {
    const peer = model.actions.find((a) => a.name === 'ArkSharePeer')!;
    expect(peer.result).toMatchObject({ kind: 'object', fields: [{ name: 'errCode' }, { name: 'errMsg' }, { name: 'arkJson' }] });
    expect(model.envelope.fields.map((f) => f.name)).toEqual(['status', 'retcode', 'data', 'message', 'wording', 'echo']);
    const friends = model.actions.find((a) => a.name === 'get_friends_with_category')!;
    expect(JSON.stringify(friends.result)).toContain('"name":"FriendInfo"');
  });

  it('reports what it could not read', () => {
    expect(notes.map((n) => n.message).join('\n')).toMatch(/set_online_status' sends 'ext_status', 'battery_status'/);
  });

  it('becomes spec YAML the loader accepts', () => {
    const result = loadSpecTexts([{ name: '004.yaml', text: toSpecYaml(model) }]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.model!.actions).toHaveLength(131);
  });
});

describe('seed 002 (older export, mojibake)', () => {
  const { model, notes } = importWiddershinsMarkdown(seed('002'), { implementation: 'napcat', file: '002.txt' });

  it('reads the actions despite the mojibake', () => {
    expect(model.actions).toHaveLength(31);
    const head = model.actions.find((a) => a.name === 'set_group_head')!;
    expect(head.params.map((p) => [p.name, p.required])).toEqual([
      ['file', true],
      ['groupCode', true],
    ]);
    expect(head.title.zh).toMatch(/^设置群头/);
    expect(model.actions.find((a) => a.name === 'get_group_file_count')!.result).toMatchObject({ kind: 'object', fields: [{ name: 'count' }] });
  });

  it('says how much it repaired and where characters stay unreadable', () => {
    const messages = notes.map((n) => n.message).join('\n');
    expect(messages).toMatch(/mojibake.*restored \d+ .*marked \d+ .*〓/);
    expect(notes.some((n) => n.line && /unreadable character/.test(n.message))).toBe(true);
    expect(messages).toMatch(/get_group_file_list' is not valid JSON/);
    expect(messages).toMatch(/get_friend_list' sends 'no_cache', which the parameter table does not list/);
  });

  it('becomes spec YAML the loader accepts', () => {
    const result = loadSpecTexts([{ name: '002.yaml', text: toSpecYaml(model) }]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('template words in table cells', () => {
  it('restores a one-character word only where it fills a whole cell', () => {
    const repaired = restoreKnownWords(repairMojibake(garble('| body | 否 |\n否则')), ['否']);
    expect(repaired.text).toBe(`| body | 否 |\n${UNREADABLE}则`);
  });
});

describe('long lines', () => {
  /** A small export: one folder heading, then one action in it. */
  const exportWith = (heading: string, typeCell = 'integer') =>
    [
      '---',
      'title: Long',
      'generator: "@tarslib/widdershins v4.0.23"',
      '---',
      '',
      '# Long',
      '',
      heading,
      '',
      '## POST 获取',
      '',
      'POST /get_thing',
      '',
      '### 请求参数',
      '',
      '| 名称 | 位置 | 类型 | 必选 | 说明 |',
      '| --- | --- | --- | --- | --- |',
      '| body | body | object | 否 | none |',
      `| » thing_id | body | ${typeCell} | 是 | none |`,
    ].join('\n');

  // Both inputs took the earlier importer over a minute (a backtracking regex over the line): far past the test timeout.
  it('reads a 200 KB folder heading with long runs of blanks', () => {
    const title = `目录${' '.repeat(100_000)}\t${' '.repeat(100_000)}尾`;
    const { model } = importWiddershinsMarkdown(exportWith(`# ${title}${' '.repeat(1_000)}`), { implementation: 'i', file: 'long.md' });
    const action = model.actions.find((a) => a.name === 'get_thing')!;
    const category = model.categories.find((c) => c.id === action.category)!;
    // The heading names the folder, trailing blanks trimmed.
    expect(category.title.zh).toBe(title);
    expect(action.params.map((p) => [p.name, p.type, p.required])).toEqual([['thing_id', { kind: 'primitive', name: 'int64' }, true]]);
  });

  it('reads a type cell with thousands of parentheses as an unknown type, with a note', () => {
    const cell = `integer${'('.repeat(100_000)}x`;
    const { model, notes } = importWiddershinsMarkdown(exportWith('# 目录', cell), { implementation: 'i', file: 'long.md' });
    expect(model.actions[0]!.params[0]!.type).toEqual({ kind: 'primitive', name: 'any' });
    expect(notes.some((n) => n.message.startsWith('unknown type "integer((((') && n.line === 19)).toBe(true);
  });
});

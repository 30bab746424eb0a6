/**
 * go-cqhttp's upstream extractor over a small checkout in go-cqhttp's shape
 * (test/fixtures/upstream/go-cqhttp, written for this test): every action, parameter, result,
 * segment, event and note it reads, asserted whole; then a checkout that is not one.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatType } from '../generator/model/format-type.js';
import type { Field, TypeNode } from '../generator/model/types.js';
import { NotACheckoutError, UPSTREAM_EXTRACTORS } from '../generator/upstream/index.js';
import { fromRoot } from './helpers/paths.js';

const CHECKOUT = fromRoot('test/fixtures/upstream/go-cqhttp');
const extractor = await UPSTREAM_EXTRACTORS['go-cqhttp']();
const { model, notes } = await extractor.extract(CHECKOUT);

/** A type written out in full, objects with their fields (formatType abbreviates them). */
function full(type: TypeNode): string {
  if (type.kind === 'object') return `{ ${type.fields.map(describeField).join(', ')} }`;
  if (type.kind === 'array') return `${full(type.items)}[]`;
  return formatType(type);
}

function describeField(f: Field): string {
  const direction = f.direction === 'both' ? '' : ` (${f.direction})`;
  return `${f.name}${f.required ? '' : '?'}: ${full(f.type)}${f.hasDefault ? ` = ${JSON.stringify(f.default)}` : ''}${direction}`;
}

describe('the go-cqhttp extractor', () => {
  it('is the registry entry for go-cqhttp', () => {
    expect(extractor.implementation).toBe('go-cqhttp');
    expect(model.implementations.map((i) => i.id)).toEqual(['go-cqhttp']);
  });

  it('reads every OneBot 11 action of the router and the middleware, with its aliases, parameters and result', () => {
    expect(
      model.actions.map((a) => ({
        name: a.name,
        aliases: a.aliases.map((x) => x.name),
        params: a.params.map(describeField),
        result: a.result && full(a.result),
      })),
    ).toEqual([
      // int32(...) conversion; Bool() without a default reads false; keys set later are optional
      // unless set at the literal's own level; a value from outside the files read is any.
      {
        name: 'get_box',
        aliases: [],
        params: ['box_id: int32', 'no_cache?: boolean = false'],
        result: '{ box_id: int32, label: string, owner: any, size: int64, fresh?: boolean }',
      },
      // server/middlewares.go; `limit <= 0` is handled, so it may be left out.
      { name: 'get_updates', aliases: [], params: ['limit?: int64'], result: 'Event[]' },
      // A bare Uint() id is a string; `cursor == ""` is handled; a slice built with append.
      { name: 'list_boxes', aliases: [], params: ['shelf_id: string', 'cursor?: string'], result: '{ box_id: any, shelf: string }[]' },
      // @route names look_up first although the router sorts ".look_up" first; `[word,text].0`.
      {
        name: 'look_up',
        aliases: ['.look_up'],
        params: ['word: string', 'text?: string'],
        result: '{ word: string, entries: { text: string, rank: int32 }[] }',
      },
      // group_id is only passed on to deliver(), which handles 0; a raw parameter is any;
      // message_type is tested in a switch that falls to a case on another parameter.
      {
        name: 'send_note',
        aliases: [],
        params: ['user_id: int64', 'group_id?: int64', 'message: any', 'auto_escape?: boolean = false', 'message_type?: string'],
        result: '{ message_id: any, echoed: boolean }',
      },
      // Defaults given with pt.Exists(); `if boxID == 0 { return Failed(...) }` keeps box_id required.
      { name: 'set_lid', aliases: [], params: ['box_id: int64', 'seconds?: int64 = 600', 'closed?: boolean = true'], result: null },
      // `times` is read in a shape the extractor does not know: a warning, below.
      { name: 'shake', aliases: [], params: ['box_id: int64'], result: null },
    ]);
  });

  it('describes what each gjson accessor accepts', () => {
    const sendNote = model.actions.find((a) => a.name === 'send_note')!;
    expect(sendNote.params.map((p) => p.description?.en)).toEqual([
      expect.stringMatching(/^gjson Int\(\): a JSON number, or a string/),
      expect.stringMatching(/^gjson Int\(\)/),
      expect.stringMatching(/^Read as raw JSON/),
      expect.stringMatching(/^gjson Bool\(\)/),
      expect.stringMatching(/^gjson String\(\)/),
    ]);
    expect(model.actions.find((a) => a.name === 'look_up')!.params[1]!.description?.en).toBe('Read when `word` is absent (gjson path [word,text].0).');
  });

  it('reads segments in both directions, and forward nodes where the forward actions read them', () => {
    expect(model.segments.map((s) => ({ type: s.type, direction: s.direction, fields: s.fields.map(describeField) }))).toEqual([
      // convertV11: `target` is read when `qq` is empty.
      { type: 'at', direction: 'send', fields: ['qq?: string (send)', 'target?: string (send)'] },
      // A local helper called with literal keys.
      { type: 'banner', direction: 'send', fields: ['width?: string (send)', 'height?: string (send)'] },
      // url is missing from one received shape; type is appended; cache is read by the helper given elem.
      { type: 'image', direction: 'both', fields: ['file: string', 'url?: string (receive)', 'type?: string', 'cache?: string (send)'] },
      // One received case gives xml or json (`m.Type = "json"`), one sent case takes both.
      { type: 'json', direction: 'both', fields: ['data: string'] },
      // Read apart, by a forward action's closure, with gjson accessors; `[user_id,uin].0` gives both.
      {
        type: 'node',
        direction: 'send',
        fields: [
          'id?: int64 | string (send)',
          'user_id?: int64 | string (send)',
          'uin?: int64 | string (send)',
          'name?: string (send)',
          'content?: any (send)',
        ],
      },
      // Built before the element loop; seq only with extra reply data.
      { type: 'reply', direction: 'receive', fields: ['id: string (receive)', 'seq?: string (receive)'] },
      { type: 'text', direction: 'both', fields: ['text: string'] },
      { type: 'xml', direction: 'both', fields: ['data: string'] },
    ]);
  });

  it('reads events: type strings from literals and variables, sub_type values merged except under notify', () => {
    expect(
      model.events.map((e) => ({ id: e.id, on: e.discriminators.map((d) => `${d.key}=${d.value}`).join(' '), fields: e.fields.map(describeField) })),
    ).toEqual([
      // In the loader's order: by `key=value|...`, so message_sent (`_`) before message (`|`).
      // `typ` takes two values; the nested sender gains `card` through `fm["sender"].(global.MSG)["card"]`,
      // set at the literal's own level, so always.
      {
        id: 'private_message_sent',
        on: 'post_type=message_sent message_type=private',
        fields: ["sub_type: 'friend'", 'user_id: any', 'font: int32', 'sender: { nickname: any, sex: string, card: any }'],
      },
      // `bm.Others["message_id"]` after `bm := bot.formatBoxMessage(m)`.
      { id: 'box_message', on: 'post_type=message message_type=box', fields: ["sub_type: 'normal'", 'box_id: any', 'message_id: string'] },
      {
        id: 'private_message',
        on: 'post_type=message message_type=private',
        fields: ["sub_type: 'friend'", 'user_id: any', 'font: int32', 'sender: { nickname: any, sex: string, card: any }'],
      },
      // server/websocket.go's JSON template.
      { id: 'lifecycle', on: 'post_type=meta_event meta_event_type=lifecycle', fields: ["sub_type: 'connect'", '_post_method: int32'] },
      // A key set in both branches of an if/else (directly, or on the nested literal through an alias) is
      // always there; one set in one branch only, or along an `else if` chain, is optional.
      {
        id: 'badge',
        on: 'post_type=notice notice_type=badge',
        fields: ['holder: { name: string, role: string, since: int32, title?: string }', 'level: int32', 'flag?: boolean'],
      },
      // `"notice/lid/"+st`; an immediately called closure returning literals is their enum.
      {
        id: 'lid',
        on: 'post_type=notice notice_type=lid',
        fields: ["sub_type: 'closed' | 'opened'", 'box_id: any', 'operator_id: string', "kind: 'hard' | 'soft'"],
      },
      { id: 'nudge', on: 'post_type=notice notice_type=notify sub_type=nudge', fields: ['user_id: any', 'target_id: any'] },
      { id: 'wave', on: 'post_type=notice notice_type=notify sub_type=wave', fields: ['user_id: any'] },
    ]);
  });

  it('reports what it cannot read, with file and line, and drops nothing silently', () => {
    expect(notes.map((n) => `${n.severity}: ${n.file}${n.line ? `:${n.line}` : ''}: ${n.message}`)).toEqual([
      'warning: modules/api/api.go:49: in case "shake": `p1 := p.Get("times").Int() + 1` is not a shape this extractor reads',
      'info: server/middlewares.go:6: "get_updates" is answered by this middleware, which is installed only when its server is configured for it',
      'info: modules/api/api.go: 1 cases are routed only for OneBot 12 and are not part of OneBot 11: send_v12_note',
      'info: coolq/api.go:14: in CQSendNote: typed any, as their types are declared outside the files read (MiraiGo and others): `id`',
      'info: coolq/api.go:44: in CQGetBox: typed any, as their types are declared outside the files read (MiraiGo and others): `bot.Client.Owner`',
      'info: coolq/api.go:61: in CQListBoxes: typed any, as their types are declared outside the files read (MiraiGo and others): `b.ID`',
      'warning: coolq/event.go:53: in strangeEvent: the event type `kindOf(e)` is not read',
      'info: coolq/event.go:9: in noteMessageEvent: typed any, as their types are declared outside the files read (MiraiGo and others): `m.Sender.Uin`, `m.Sender.Nickname`, `m.Sender.Card`',
      'info: coolq/event.go:26: in lidEvent: typed any, as their types are declared outside the files read (MiraiGo and others): `e.Box`',
      'info: coolq/event.go:38: in nudgeEvent: typed any, as their types are declared outside the files read (MiraiGo and others): `e.From`, `e.To`',
      'info: coolq/event.go:43: in formatBoxMessage: typed any, as their types are declared outside the files read (MiraiGo and others): `m.Box`',
    ]);
  });

  it("records every action, segment and event as go-cqhttp's, pointing at where it was read", () => {
    const all = [...model.actions, ...model.segments, ...model.events];
    expect(
      all.every(
        (x) => x.origin === 'go-cqhttp' && x.support.length === 1 && x.support[0]!.implementation === 'go-cqhttp' && x.support[0]!.status === 'supported',
      ),
    ).toBe(true);
    expect(model.actions.find((a) => a.name === 'set_lid')!.source).toEqual({ file: 'modules/api/api.go', line: 36, column: 1 });
    expect(model.events.find((e) => e.id === 'lid')!.source).toEqual({ file: 'coolq/event.go', line: 25, column: 1 });
  });

  it('says what the comparison can rely on: aliases, but no integer widths; gjson converts parameters; any and which strings are untold', async () => {
    const { coverage } = await extractor.extract(CHECKOUT);
    expect(coverage).toEqual({
      actions: true,
      segments: true,
      events: true,
      aliases: true,
      integerWidths: false,
      convertsParameters: true,
      undeclared: new Set(),
      untyped: new Set(),
      anyIsUntyped: true,
      stringsUntold: true,
    });
  });

  it('leaves out the result of an action whose method answers with no OK(...) it reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gocq-'));
    await cp(CHECKOUT, dir, { recursive: true });
    const api = join(dir, 'coolq/api.go');
    await writeFile(api, (await readFile(api, 'utf8')).replace('return OK(nil)\n}\n\n// CQShake', 'return bot.answer()\n}\n\n// CQShake'));
    const result = await extractor.extract(dir);
    expect([...result.coverage!.undeclared]).toEqual(['action set_lid result']);
    expect(result.notes).toContainEqual({
      severity: 'warning',
      file: 'coolq/api.go',
      line: 68,
      message: 'CQSetLid answers with no OK(...) this extractor reads; its result is not compared',
    });
    await rm(dir, { recursive: true });
  });

  it('refuses a directory that is not a go-cqhttp checkout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'not-gocq-'));
    await writeFile(join(dir, 'README.md'), 'nothing here');
    await expect(extractor.extract(dir)).rejects.toThrow(NotACheckoutError);
    await expect(extractor.extract(dir)).rejects.toThrow(`${dir} is not a go-cqhttp checkout: it has no modules/api/api.go`);
    await rm(dir, { recursive: true });
  });

  it('says so when the router is not the generated switch it reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'old-gocq-'));
    await cp(CHECKOUT, dir, { recursive: true });
    await writeFile(join(dir, 'modules/api/api.go'), 'package api\n\nvar table = map[string]handler{}\n');
    const result = await extractor.extract(dir);
    expect(result.model.actions.map((a) => a.name)).toEqual(['get_updates']);
    expect(result.notes[0]).toEqual({
      severity: 'warning',
      file: 'modules/api/api.go',
      line: 1,
      message: 'no `switch action {` found: this is not the generated router this extractor reads',
    });
    await rm(dir, { recursive: true });
  });
});

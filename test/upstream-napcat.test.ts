/**
 * NapCat's extractor over a made-up tree in NapCat's shape (test/fixtures/upstream/napcat): the
 * action table and handler classes, TypeBox schemas (coercing unions, defaults, intersections,
 * omits, spreads), rename-only classes as aliases, segments sent and received, event classes, and
 * a note with file and line for everything it cannot read.
 */
import { describe, expect, it } from 'vitest';
import { formatType } from '../generator/model/format-type.js';
import type { Field } from '../generator/model/types.js';
import { extractor } from '../generator/upstream/napcat.js';
import { NotACheckoutError } from '../generator/upstream/index.js';
import { fromRoot } from './helpers/paths.js';

const CHECKOUT = fromRoot('test/fixtures/upstream/napcat');
const { model, notes, coverage } = await extractor.extract(CHECKOUT);

/** A field as one line: `name?: type = default`. */
const show = (f: Field) => `${f.name}${f.required ? '' : '?'}: ${formatType(f.type)}${f.hasDefault ? ` = ${JSON.stringify(f.default)}` : ''}`;

describe("NapCat's extractor", () => {
  it('reads every registered action, its parameters and its result', () => {
    expect(model.actions.map((a) => ({ name: a.name, aliases: a.aliases, params: a.params.map(show), result: a.result && formatType(a.result) }))).toEqual([
      // message is filled in by check() from messages, so it is optional; the spread it cannot follow is a note.
      { name: 'echo_message', aliases: [], params: ['message?: SendSegment[] | string', 'timeout?: int64', 'messages?: any', 'mode?: any'], result: null },
      // The same schema object as echo_message, without what echo_message's methods read besides it.
      { name: 'echo_plain', aliases: [], params: ['message: SendSegment[] | string', 'timeout?: int64'], result: null },
      { name: 'get_dynamic', aliases: [], params: [], result: null },
      {
        name: 'get_stranger_info',
        aliases: [],
        params: ['user_id: string', 'no_cache?: boolean = false'],
        result: 'object',
      },
      {
        name: 'set_group_kick',
        aliases: [],
        params: ['group_id: string', 'user_id: number | string', 'reject_add_request?: boolean | string', 'reason?: string = "none"'],
        result: null,
      },
      // Two classes that only rename ShareCardBase: one action; the name the router marks @deprecated is the deprecated alias.
      { name: 'share_card', aliases: [{ name: 'ShareCard', deprecated: {} }], params: ['user_id?: string', 'group_id?: string'], result: 'string' },
    ]);
    const profile = model.actions.find((a) => a.name === 'get_stranger_info')!.result;
    expect(profile?.kind === 'object' && profile.fields.map(show)).toEqual([
      'user_id: number',
      'nickname: string',
      "sex: 'male' | 'female' | 'unknown'",
      'extra: any',
      'level?: number',
    ]);
    expect(model.actions.find((a) => a.name === 'set_group_kick')!.params[0]!.source).toEqual({
      file: 'packages/napcat-onebot/action/group/KickMember.ts',
      line: 6,
      column: 3,
    });
    expect(model.actions.every((a) => a.support.length === 1 && a.support[0]!.implementation === 'napcat' && a.support[0]!.status === 'supported')).toBe(true);
  });

  it('reads segments from the schema union, adding the keys of received segments', () => {
    expect(model.segments.map((s) => ({ type: s.type, direction: s.direction, fields: s.fields.map((f) => `${show(f)} (${f.direction})`) }))).toEqual([
      // Only received: every dice literal has result, one has big.
      { type: 'dice', direction: 'receive', fields: ['result: any (receive)', 'big?: any (receive)'] },
      // Intersect of Omit(FileData, ['thumb']) and an object; file_size only in received image literals.
      { type: 'image', direction: 'both', fields: ['file: string (both)', 'url?: string (both)', 'summary?: string (both)', 'file_size: any (receive)'] },
      // Two schemas of one type: enums merged; id (Type.Undefined in the custom one) and url required in neither.
      { type: 'music', direction: 'both', fields: ["type: 'qq' | '163' | 'custom' (both)", 'id?: string | number (both)', 'url?: string (both)'] },
      { type: 'text', direction: 'both', fields: ['text: string (both)'] },
    ]);
  });

  it('reads event classes, their discriminators and inherited fields', () => {
    expect(model.events.map((e) => ({ discriminators: e.discriminators.map((d) => `${d.key}=${d.value}`).join(' '), fields: e.fields.map(show) }))).toEqual([
      // sub_type typed as a set of values is a field, not a discriminator.
      {
        discriminators: 'post_type=notice notice_type=essence',
        fields: ["sub_type: 'add' | 'delete'", 'message_id: number', 'group_id: number', 'user_id: number'],
      },
      {
        discriminators: 'post_type=notice notice_type=group_recall',
        fields: ['operator_id: number', 'info: { message_id, reason? }', 'raw: any', 'group_id: number', 'user_id: number'],
      },
      // A friend and a group poke (their base class is not an event of its own): one event; fields only one of them has are optional.
      {
        discriminators: 'post_type=notice notice_type=notify sub_type=poke',
        fields: ['sender_id?: number', 'raw_info: any', 'target_id: number', 'user_id: number', 'group_id?: number'],
      },
      {
        discriminators: 'post_type=request request_type=friend',
        fields: ['user_id: number', 'comment: string', 'flag?: string', "status?: 'pending' | 'done'"],
      },
    ]);
  });

  it('declares what the code can describe', () => {
    expect({ ...coverage!, undeclared: [...coverage!.undeclared].sort(), untyped: [...coverage!.untyped].sort() }).toEqual({
      actions: true,
      segments: true,
      events: ['notice', 'request'],
      aliases: false,
      integerWidths: false,
      convertsParameters: true,
      anyIsUntyped: true,
      undeclared: ['action echo_message result', 'action get_dynamic params', 'action get_dynamic result'],
      untyped: [
        'action echo_message params.messages',
        'action echo_message params.mode',
        'action get_stranger_info result.extra',
        'event group_recall fields.raw',
        'event notify_poke fields.raw_info',
        'segment dice data.big',
        'segment dice data.result',
        'segment image data.file_size',
      ],
    });
  });

  it('notes everything it cannot read, with file and line', () => {
    expect(notes.map((n) => `${n.file}:${n.line}: ${n.severity}: ${n.message}`)).toEqual([
      'packages/napcat-onebot/action/test/Registered.ts:6: info: Registered is registered with @ActionHandler, but no module imports its file, so it is never registered; skipped',
      'packages/napcat-onebot/action/msg/Echo.ts:11: warning: cannot find the schema `Unknown` in the checkout; read as any',
      'packages/napcat-onebot/action/msg/Echo.ts:11: warning: cannot follow the spread `...Unknown.properties`; its properties are missing',
      "packages/napcat-onebot/action/msg/Echo.ts:21: info: 'echo_message' reads the parameter 'messages' in check(), which its schema does not declare; it is listed as an optional parameter of a type the code does not tell",
      "packages/napcat-onebot/action/msg/Echo.ts:21: info: 'echo_message' fills in the parameter 'message' in check() before its schema is checked, so a caller need not send it",
      "packages/napcat-onebot/action/msg/Echo.ts:26: info: 'echo_message' reads the parameter 'mode' in _handle(), which its schema does not declare; it is listed as an optional parameter of a type the code does not tell",
      "packages/napcat-onebot/action/extends/Dynamic.ts:7: warning: cannot read the schema `buildSchema('dynamic')` (not a TypeBox Type.* call or a reference to one); read as any",
      "packages/napcat-onebot/api/msg.ts:18: info: the sender of 'music' segments returns nothing: NapCat accepts them but does not send them as a segment of their own",
      'packages/napcat-onebot/event/notice/OB11EssenceEvent.ts:9: warning: cannot tell the notice_type of OB11LaterEvent (not a constant); the event is skipped',
    ]);
  });

  it('refuses a directory that is not a NapCat checkout', async () => {
    await expect(extractor.extract(fromRoot('test/fixtures/diff'))).rejects.toThrow(NotACheckoutError);
    await expect(extractor.extract(fromRoot('test/fixtures/diff'))).rejects.toThrow(
      /is not a NapCatQQ checkout: it has no packages\/napcat-onebot\/action\/router\.ts/,
    );
  });
});

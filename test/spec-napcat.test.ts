/**
 * What the spec says NapCat does, checked where it has gone wrong before: NapCat's profile (the model
 * narrowed to NapCat, its variants applied) must carry the shapes NapCat's own source has.
 */
import { describe, expect, it } from 'vitest';
import { formatType } from '../generator/model/format-type.js';
import { narrowModel } from '../generator/model/profile.js';
import type { Action, Field, Text } from '../generator/model/types.js';
import { loadModel } from './helpers/generate.js';
import { SPEC_DIR } from './helpers/paths.js';

describe("the spec's NapCat column", async () => {
  const model = await loadModel(SPEC_DIR);
  const napcat = narrowModel(model, 'napcat');
  const action = (name: string): Action => {
    const found = napcat.actions.find((a) => a.name === name);
    if (!found) throw new Error(`NapCat's profile has no action ${name}`);
    return found;
  };
  const param = (a: Action, name: string): Field | undefined => a.params.find((p) => p.name === name);
  const resultFields = (a: Action): string[] => {
    let type = a.result;
    while (type?.kind === 'ref') type = model.types.find((t) => t.name === (type as { name: string }).name)?.type ?? null;
    return type?.kind === 'object' ? type.fields.map((f) => f.name) : [];
  };

  it('gives every action NapCat supports a request and a result example of NapCat’s shape', () => {
    const lacking = napcat.actions.flatMap((a) => {
      const request = a.params.length === 0 ? a.examples.length > 0 : a.examples.some((e) => e.params !== undefined);
      const answersNull = a.result === null || (a.result.kind === 'primitive' && a.result.name === 'null');
      const result = answersNull || a.examples.some((e) => e.result !== undefined);
      return request && result ? [] : [a.name];
    });
    expect(lacking).toEqual([]);
  });

  it('lists set_restart as supported, without delay', () => {
    expect(param(action('set_restart'), 'delay')).toBeUndefined();
  });

  it('defaults set_group_ban.duration to 0 (leaving it out unmutes)', () => {
    const duration = param(action('set_group_ban'), 'duration');
    expect([duration?.required, duration?.default]).toEqual([false, 0]);
  });

  it.each(['send_msg', 'send_private_msg', 'send_group_msg', 'send_forward_msg', 'send_group_forward_msg', 'send_private_forward_msg'])(
    '%s reads the forward card and timeout parameters and answers res_id and forward_id',
    (name) => {
      const a = action(name);
      expect(['news', 'prompt', 'summary', 'source', 'timeout'].filter((p) => !param(a, p))).toEqual([]);
      expect(resultFields(a)).toEqual(expect.arrayContaining(['message_id', 'res_id', 'forward_id']));
    },
  );

  it.each(['send_forward_msg', 'send_group_forward_msg', 'send_private_forward_msg'])('%s takes message, with messages as an optional alias', (name) => {
    const a = action(name);
    expect([param(a, 'message')?.required, param(a, 'messages')?.required]).toEqual([false, false]);
  });

  it('answers translate_en2zh with { words }', () => {
    expect(resultFields(action('translate_en2zh'))).toEqual(['words']);
  });

  it('has the actions NapCat’s router registers that were missing', () => {
    const names = [
      'send_qzone_msg',
      'delete_qzone_msg',
      'set_group_member_invite_policy',
      'set_group_member_permissions',
      'set_group_new_member_history_visibility',
    ];
    expect(names.filter((name) => !napcat.actions.some((a) => a.name === name))).toEqual([]);
    expect(formatType(action('send_qzone_msg').result)).toBe('{ tid }');
  });

  it('has NapCat’s gray-tip and online-file notices and its received-only segments', () => {
    expect(napcat.events.map((e) => e.id)).toEqual(
      expect.arrayContaining(['group_gray_tip', 'online_file_cancelled', 'online_file_accepted', 'online_file_refused']),
    );
    expect(napcat.segments.filter((s) => ['onlinefile', 'flashtransfer'].includes(s.type)).map((s) => s.direction)).toEqual(['receive', 'receive']);
  });

  it('cites NapCat’s sources by file, never the numbered input documents', () => {
    const texts: [string, Text | undefined][] = [];
    for (const a of model.actions) {
      const own = a.origin === 'napcat';
      if (own)
        texts.push([`action ${a.name}`, a.description], ...a.params.map((p) => [`action ${a.name} ${p.name}`, p.description] as [string, Text | undefined]));
      for (const s of a.support) if (s.implementation === 'napcat' || own) texts.push([`action ${a.name} @ ${s.implementation}`, s.note]);
      for (const alias of a.aliases) texts.push([`alias ${alias.name}`, alias.description]);
    }
    for (const s of [...model.segments, ...model.events]) {
      const name = 'type' in s ? `segment ${s.type}` : `event ${s.id}`;
      const own = s.origin === 'napcat';
      if (own) texts.push([name, s.description]);
      for (const support of s.support) if (support.implementation === 'napcat' || own) texts.push([`${name} @ ${support.implementation}`, support.note]);
    }
    const cited = texts.filter(([, t]) => t && /\b00\d\b|seed/i.test(`${t.zh ?? ''} ${t.en ?? ''}`)).map(([where]) => where);
    expect(cited).toEqual([]);
  });
});

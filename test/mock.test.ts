/** The mock implementation: parameter validation, example answers, variants, aliases, the call log. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OneBotClient } from '../generated/typescript/client.js';
import { MockFailure, MockServer } from '../mock/index.js';
import { ActionFailedError, HttpTransport } from '../runtime/index.js';
import { settle } from './helpers/servers.js';

let mock: MockServer;
let bot: OneBotClient;
beforeAll(async () => {
  mock = await MockServer.start({ accessToken: 't' });
  bot = new OneBotClient(new HttpTransport({ baseUrl: mock.httpUrl, accessToken: 't' }), { timeoutMs: 3_000 });
});
afterAll(() => mock.close());

describe('mock implementation', () => {
  it('answers every action that has a general example with that example, its params passing validation', async () => {
    let checked = 0;
    for (const action of mock.model.actions) {
      const example = action.examples.find((e) => !e.implementation && e.result !== undefined);
      if (!example) continue;
      const params = action.examples.find((e) => !e.implementation && e.params !== undefined)?.params ?? {};
      const outcome = await settle(bot.call(action.name as 'get_login_info', params as never));
      expect(outcome.ok ? outcome.value : outcome.error, action.name).toEqual(example.result);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('behaves as one implementation when told to: its actions, parameter variants and examples', async () => {
    const napcat = await MockServer.start({ model: mock.model, implementation: 'napcat' });
    const client = new OneBotClient(new HttpTransport({ baseUrl: napcat.httpUrl }), { timeoutMs: 3_000 });
    let checked = 0;
    for (const action of napcat.model.actions) {
      const example = action.examples.find((e) => e.result !== undefined);
      const params = action.examples.find((e) => e.params !== undefined)?.params;
      if (!example || (params === undefined && action.params.some((p) => p.required))) continue;
      const outcome = await settle(client.call(action.name as 'get_login_info', (params ?? {}) as never));
      expect(outcome.ok ? outcome.value : outcome.error, action.name).toEqual(example.result);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    expect(napcat.model.actions.length).toBeLessThan(mock.model.actions.length);
    await napcat.close();
  });

  it('validates parameters against the spec and records every call', async () => {
    const before = mock.calls.length;
    const outcome = await settle(bot.call('send_group_msg', { group_id: 1, message: 'x', typo: 1 } as never));
    expect(outcome.ok || outcome.error).toBeInstanceOf(ActionFailedError);
    expect(outcome.ok || outcome.error).toMatchObject({ retcode: 1400, detail: expect.stringContaining("unknown key 'typo'") });
    const call = mock.calls[before]!;
    expect(call).toMatchObject({ action: 'send_group_msg', transport: 'http', params: { group_id: 1, message: 'x', typo: 1 } });
    expect(call.errors).toEqual(["params has an unknown key 'typo'"]);
  });

  it('answers with a handler when one is set, including failures', async () => {
    mock.handle('get_group_info', (params) => {
      if (params.group_id === 0) throw new MockFailure(100, 'GROUP_NOT_FOUND');
      return { group_id: params.group_id, group_name: 'g', member_count: 1, max_member_count: 2 };
    });
    await expect(bot.get_group_info({ group_id: 5 })).resolves.toMatchObject({ group_id: 5, group_name: 'g' });
    await expect(bot.get_group_info({ group_id: 0 })).rejects.toMatchObject({ retcode: 100, detail: 'GROUP_NOT_FOUND' });
  });

  it('refuses unknown actions (404) and bad tokens (401/403) over HTTP as the standard says', async () => {
    await expect(bot.call('no_such_action' as 'get_login_info')).rejects.toMatchObject({ retcode: 1404 });
    const anonymous = new OneBotClient(new HttpTransport({ baseUrl: mock.httpUrl }));
    await expect(anonymous.get_login_info()).rejects.toMatchObject({ retcode: 1401 });
    const wrong = new OneBotClient(new HttpTransport({ baseUrl: mock.httpUrl, accessToken: 'x' }));
    await expect(wrong.get_login_info()).rejects.toMatchObject({ retcode: 1403 });
  });

  it('answers a CORS preflight without a token, and lets pages read every answer, refusals too', async () => {
    const preflight = await fetch(`${mock.httpUrl}/get_login_info`, {
      method: 'OPTIONS',
      headers: { origin: 'null', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/)).toEqual(
      expect.arrayContaining(['authorization', 'content-type']),
    );
    const before = mock.calls.length;
    const ok = await fetch(`${mock.httpUrl}/get_login_info`, {
      method: 'POST',
      headers: { origin: 'null', authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(mock.calls.length).toBe(before + 1);
    const refused = await fetch(`${mock.httpUrl}/get_login_info`, { method: 'POST', headers: { origin: 'null' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('takes any event an implementation sends as the context of a quick operation: unknown fields, unknown events, trimmed ones', async () => {
    const napcat = await MockServer.start({ model: mock.model, implementation: 'napcat' });
    const contexts = [
      // NapCat's friend poke: no group_id, and QQ NT's raw tip.
      {
        time: 1700000000,
        self_id: 10001,
        post_type: 'notice',
        notice_type: 'notify',
        sub_type: 'poke',
        user_id: 2,
        target_id: 10001,
        raw_info: [{ type: 'qq', uid: 'u_x' }],
      },
      // An event the spec does not know.
      { time: 1700000000, self_id: 10001, post_type: 'notice', notice_type: 'bot_offline', user_id: 10001, tag: 'x', message: 'y' },
      // A group message trimmed of `message`, as the standard allows.
      { time: 1700000000, self_id: 10001, post_type: 'message', message_type: 'group', group_id: 1, user_id: 2 },
    ];
    for (const server of [mock, napcat]) {
      for (const context of contexts) {
        const response = await fetch(`${server.httpUrl}/.handle_quick_operation`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
          body: JSON.stringify({ context, operation: { reply: 'hi' } }),
        });
        expect(await response.json(), JSON.stringify(context)).toMatchObject({ status: 'ok', retcode: 0 });
      }
      const bad = await fetch(`${server.httpUrl}/.handle_quick_operation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
        body: JSON.stringify({ context: { notice_type: 'notify' }, operation: {} }),
      });
      expect(await bad.json()).toMatchObject({ status: 'failed', retcode: 1400 });
    }
    await napcat.close();
  });
});

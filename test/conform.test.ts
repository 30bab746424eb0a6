/**
 * `pnpm conform`: the proxy passes traffic on unchanged and reports each deviation at its path;
 * the probe calls only what reads, and checks refusals against the standard, here against the mock
 * (standard refusals) and a NapCat-like server (NapCat's own).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ConformanceChecker, type Finding } from '../conform/checker.js';
import { runConform } from '../conform/cli.js';
import { probe } from '../conform/probe.js';
import { ConformProxy } from '../conform/proxy.js';
import { formatReport } from '../conform/report.js';
import { loadSpec } from '../generator/load/index.js';
import type { Model } from '../generator/model/types.js';
import { MockServer } from '../mock/server.js';
import { startNapCatLike } from './helpers/napcat-like.js';
import { SPEC_DIR } from './helpers/paths.js';
import { wsPeer } from './helpers/servers.js';

let model: Model;

beforeAll(async () => {
  const loaded = await loadSpec(SPEC_DIR);
  if (!loaded.model) throw new Error('the spec does not load');
  model = loaded.model;
}, 60_000);

const find = (findings: Finding[], kind: Finding['kind'], path?: string) => findings.filter((f) => f.kind === kind && (path === undefined || f.path === path));

/** Opens a WebSocket and collects every text frame it receives, as it arrived. */
async function collector(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  const frames: string[] = [];
  ws.on('message', (data) => frames.push(String(data)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, frames };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the checker', () => {
  it('reports wrong types, missing and extra fields at their paths, by shape and never by value', () => {
    const checker = new ConformanceChecker(model, 'napcat');
    checker.frame('bot', JSON.stringify({ action: 'get_login_info', params: {}, echo: 1 }));
    checker.frame(
      'implementation',
      JSON.stringify({ status: 'ok', retcode: 0, data: { user_id: 'secret-1234', extra: true }, message: '', wording: '', echo: 1 }),
    );
    const { findings } = checker.summary();
    expect(find(findings, 'answer-data', 'data.user_id')[0]?.message).toBe('expected int64, got a string');
    expect(find(findings, 'answer-data', 'data').map((f) => f.message)).toEqual(expect.arrayContaining(["missing 'nickname'", "unexpected key 'extra'"]));
    expect(JSON.stringify(findings)).not.toContain('secret-1234');
  });

  it('counts one finding per distinct kind and folds array indices, so memory does not grow with traffic', () => {
    const checker = new ConformanceChecker(model, 'onebot11', { maxFindings: 5, maxPending: 10 });
    for (let i = 0; i < 1000; i++) {
      checker.frame(
        'implementation',
        JSON.stringify({
          post_type: 'message',
          message_type: 'private',
          sub_type: 'friend',
          time: 1,
          self_id: 1,
          message_id: i,
          user_id: 2,
          message: [{ type: 'text', data: { text: 'x', [`k${i % 3}`]: 1 } }],
          raw_message: 'x',
          font: 0,
          sender: {},
        }),
      );
      checker.frame('bot', JSON.stringify({ action: 'get_status', echo: `e${i}` }));
    }
    const summary = checker.summary();
    expect(find(summary.findings, 'event-fields', 'message[].data')).toHaveLength(3);
    expect(find(summary.findings, 'event-fields', 'message[].data')[0]!.count).toBeGreaterThan(300);
    expect(summary.findings.length).toBeLessThanOrEqual(5);
    expect(summary.forgotten).toBe(990);
  });

  it('checks CQ-code messages by their keys, and tells unknown segments, actions and events apart', () => {
    const checker = new ConformanceChecker(model, 'onebot11');
    const event = {
      post_type: 'message',
      message_type: 'private',
      sub_type: 'friend',
      time: 1,
      self_id: 1,
      message_id: 1,
      user_id: 2,
      raw_message: '',
      font: 0,
      sender: {},
    };
    checker.frame('implementation', JSON.stringify({ ...event, message: 'hi [CQ:face,id=1,bogus=2][CQ:sparkle,x=1]' }));
    checker.frame('implementation', JSON.stringify({ post_type: 'notice', notice_type: 'made_up', time: 1, self_id: 1 }));
    checker.frame('bot', JSON.stringify({ action: 'no_such_thing', params: {} }));
    checker.frame('bot', JSON.stringify({ action: 'get_group_shut_list', params: { group_id: 1 } }));
    const { findings } = checker.summary();
    expect(find(findings, 'segment-cq')[0]).toMatchObject({ path: 'message [CQ:face]', message: "unexpected key 'bogus'" });
    expect(find(findings, 'segment-unknown')[0]?.message).toBe('unknown segment type "sparkle"');
    expect(find(findings, 'event-unknown')[0]?.subject).toBe('event post_type="notice" notice_type="made_up"');
    expect(find(findings, 'call-unknown-action')[0]?.subject).toBe('action "no_such_thing"');
    expect(find(findings, 'call-unsupported-action')[0]?.subject).toBe('action "get_group_shut_list"');
  });
});

describe('the proxy', () => {
  it('passes every frame on byte for byte and in order, both ways, and reports non-JSON frames and unknown echoes', async () => {
    const received: string[] = [];
    // Frames a real implementation might send, odd spacing and all: none may be re-serialised.
    const scripted = [
      '{"status":"ok",  "retcode":0,"data":null,"echo":"nobody-asked"}',
      'not json at all',
      '{ "post_type":"meta_event","meta_event_type":"heartbeat","time":1,"self_id":1,"status":{"online":true,"good":true},"interval":5000 }',
    ];
    const upstream = await wsPeer((socket) => {
      socket.on('message', (data) => received.push(String(data)));
      for (const frame of scripted) socket.send(frame);
    });
    const proxy = await ConformProxy.start({ model, implementation: 'onebot11', upstream: upstream.url });
    try {
      const bot = await collector(proxy.wsUrl);
      const sent = ['{"action":"get_status","params":{},"echo":1}', '{"action" : "send_like","params":{"user_id":"1","times":1}}', 'garbage'];
      for (const frame of sent) bot.ws.send(frame);
      await until(() => received.length === sent.length && bot.frames.length === scripted.length);
      expect(received).toEqual(sent);
      expect(bot.frames).toEqual(scripted);
      bot.ws.close();
      const { summary } = proxy.report();
      expect(
        find(summary.findings, 'frame-not-json')
          .map((f) => f.subject)
          .sort(),
      ).toEqual(['frames from the bot', 'frames from the implementation']);
      expect(find(summary.findings, 'answer-unknown-echo')).toHaveLength(1);
      expect(find(summary.findings, 'call-params', 'params.user_id')[0]?.message).toBe('expected int64, got a string');
      expect(summary.eventCoverage.seen).toEqual({ heartbeat: 1 });
    } finally {
      await proxy.close();
      await upstream.close();
    }
  });

  it('checks answers and events from the mock, with deviations injected, on the universal and split sockets and HTTP', async () => {
    const mock = await MockServer.start({ model, implementation: 'napcat' });
    // Deviations on purpose: `as never` past the handlers' types, which hold to the spec.
    mock.handle('get_login_info', () => ({ user_id: 'not-a-number', nickname: 'n', surplus: 1 }) as never);
    mock.handle('get_status', () => ({ good: true }) as never);
    const proxy = await ConformProxy.start({ model, implementation: 'napcat', upstream: mock.wsUrl });
    try {
      const api = await collector(`${proxy.wsUrl}/api`);
      const events = await collector(`${proxy.wsUrl}/event`);
      api.ws.send(JSON.stringify({ action: 'get_login_info', params: {}, echo: 'a' }));
      api.ws.send(JSON.stringify({ action: 'get_status', params: {}, echo: 'b' }));
      await until(() => api.frames.length === 2);
      await until(() => mock.eventConnections === 1);
      await mock.push({ post_type: 'notice', notice_type: 'group_recall', group_id: 1, user_id: 2, operator_id: 2 });
      await mock.push({ post_type: 'notice', notice_type: 'teleport', user_id: 2 });
      await until(() => events.frames.length >= 3);
      const direct = await fetch(`${mock.httpUrl}/get_login_info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      const viaProxy = await fetch(`${proxy.httpUrl}/get_login_info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(await viaProxy.text()).toBe(await direct.text());
      const { summary } = proxy.report();
      expect(find(summary.findings, 'answer-data', 'data.user_id')[0]).toMatchObject({
        subject: 'action get_login_info',
        message: 'expected int64, got a string',
        count: 2,
      });
      expect(find(summary.findings, 'answer-data', 'data').map((f) => f.message)).toEqual(
        expect.arrayContaining(["unexpected key 'surplus'", "missing 'online'"]),
      );
      expect(find(summary.findings, 'event-fields').map((f) => f.message)).toContain("missing 'message_id'");
      expect(find(summary.findings, 'event-unknown')[0]?.subject).toBe('event post_type="notice" notice_type="teleport"');
      api.ws.close();
      events.ws.close();
    } finally {
      await proxy.close();
      await mock.close();
    }
  });

  it("hands the implementation's refusal of a token to the bot as it was", async () => {
    const mock = await MockServer.start({ model, implementation: 'onebot11', accessToken: 'right' });
    const proxy = await ConformProxy.start({ model, implementation: 'onebot11', upstream: mock.httpUrl });
    try {
      const status = (url: string, headers: Record<string, string>) =>
        new Promise<number>((resolve) => {
          const ws = new WebSocket(url, { headers });
          ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
          ws.on('open', () => {
            ws.close();
            resolve(101);
          });
          ws.on('error', () => undefined);
        });
      expect(await status(proxy.wsUrl, {})).toBe(await status(mock.wsUrl, {}));
      expect(await status(proxy.wsUrl, { authorization: 'Bearer wrong' })).toBe(403);
      expect(await status(proxy.wsUrl, { authorization: 'Bearer right' })).toBe(101);
    } finally {
      await proxy.close();
      await mock.close();
    }
  });

  it('closes a connection whose frame is over maxPayload, from either side, and goes on serving', async () => {
    // The implementation echoes every frame, and answers `big` with a frame over the limit.
    const upstream = await wsPeer((socket) => socket.on('message', (data) => socket.send(String(data) === 'big' ? 'x'.repeat(4_096) : String(data))));
    const proxy = await ConformProxy.start({ model, implementation: 'onebot11', upstream: upstream.url, maxPayload: 1_024 });
    const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', resolve));
    try {
      // From the bot: the proxy closes the bot's connection (1009, message too big), and the implementation's with it.
      const bot = await collector(proxy.wsUrl);
      const botClosed = closed(bot.ws);
      bot.ws.send('y'.repeat(4_096));
      expect(await botClosed).toBe(1009);
      await until(() => upstream.sockets[0]!.readyState === WebSocket.CLOSED);
      // From the implementation: the proxy drops both connections (the bot sees 1006), and the bot never receives the frame.
      const other = await collector(proxy.wsUrl);
      const otherClosed = closed(other.ws);
      other.ws.send('big');
      expect(await otherClosed).toBe(1006);
      expect(other.frames).toEqual([]);
      // A new connection is served.
      const next = await collector(proxy.wsUrl);
      next.ws.send('{"action":"get_status","params":{},"echo":1}');
      await until(() => next.frames.length === 1);
      expect(next.frames).toEqual(['{"action":"get_status","params":{},"echo":1}']);
      next.ws.close();
    } finally {
      await proxy.close();
      await upstream.close();
    }
  });

  it('stays bounded over 100,000 frames', async () => {
    const event = JSON.stringify({
      post_type: 'meta_event',
      meta_event_type: 'heartbeat',
      time: 1,
      self_id: 1,
      status: { online: true, good: true },
      interval: 5000,
    });
    const upstream = await wsPeer((socket) => {
      socket.on('message', (data) => {
        // Every call is answered with a field the spec does not have; every fourth with an event too.
        const { echo } = JSON.parse(String(data)) as { echo: number };
        socket.send(JSON.stringify({ status: 'ok', retcode: 0, data: { user_id: 1, nickname: 'n', [`x${echo % 7}`]: 1 }, echo }));
        if (echo % 4 === 0) socket.send(event);
      });
    });
    const proxy = await ConformProxy.start({ model, implementation: 'onebot11', upstream: upstream.url });
    try {
      const bot = new WebSocket(proxy.wsUrl);
      let answers = 0;
      let frames = 0;
      bot.on('message', (data) => {
        frames++;
        if (String(data).startsWith('{"status"')) answers++;
      });
      await new Promise((resolve) => bot.once('open', resolve));
      const total = 80_000;
      const send = async (from: number, to: number) => {
        for (let i = from; i < to; i++) bot.send(`{"action":"get_login_info","params":{},"echo":${i}}`);
        await until(() => answers === to, 60_000);
      };
      await send(0, 10_000);
      const before = process.memoryUsage().heapUsed;
      for (let at = 10_000; at < total; at += 10_000) await send(at, at + 10_000);
      const after = process.memoryUsage().heapUsed;
      bot.close();
      const { summary } = proxy.report();
      expect(summary.frames.bot + summary.frames.implementation).toBeGreaterThanOrEqual(100_000);
      expect(frames).toBe(total + total / 4);
      expect(find(summary.findings, 'answer-data')).toHaveLength(7);
      expect(find(summary.findings, 'answer-data').reduce((n, f) => n + f.count, 0)).toBe(total);
      // Garbage collection runs when it likes: only growth far beyond one collection's slack fails.
      expect(after - before).toBeLessThan(64 * 1024 * 1024);
    } finally {
      await proxy.close();
      await upstream.close();
    }
  }, 120_000);
});

describe('the probe', () => {
  it('calls only read-only actions of the profile and finds the standard refusals on the mock', async () => {
    const mock = await MockServer.start({ model, implementation: 'onebot11', accessToken: 'right' });
    try {
      const report = await probe({ model, implementation: 'onebot11', url: mock.wsUrl, token: 'right' });
      const written = mock.calls.map((c) => c.action).filter((a) => !a.startsWith('get_') && !a.startsWith('can_') && a !== 'conform_probe_no_such_action');
      expect(written).toEqual([]);
      expect(report.probe!.checks.map((c) => [c.name, c.ok])).toEqual([
        ['no token', true],
        ['a wrong token', true],
        ['an unknown action', true],
      ]);
      expect(report.probe!.calls.find((c) => c.action === 'get_group_member_list')?.outcome).toBe('ok');
      expect(report.probe!.notProbed).toContain('send_msg');
      expect(report.summary.findings).toEqual([]);
    } finally {
      await mock.close();
    }
  });

  it('reports where NapCat refuses differently from the standard, over WebSocket and HTTP', async () => {
    const napcat = await startNapCatLike('right');
    try {
      const ws = await probe({ model, implementation: 'napcat', url: napcat.wsUrl, token: 'right', timeoutMs: 2000 });
      const noToken = ws.probe!.checks.find((c) => c.name === 'no token')!;
      expect(noToken).toMatchObject({ ok: false, expected: 'HTTP 401 at the handshake' });
      expect(noToken.observed).toMatch(/^accepted the connection, sent a failed answer with retcode 1403, then closed it/);
      expect(ws.probe!.checks.find((c) => c.name === 'an unknown action')!.ok).toBe(true);
      // It answers only these two; the rest are unknown to it.
      expect(ws.probe!.calls.filter((c) => c.outcome === 'ok').map((c) => c.action)).toEqual(['get_login_info', 'get_status']);
      expect(ws.summary.findings.filter((f) => f.kind === 'action-missing').length).toBeGreaterThan(3);

      const http = await probe({ model, implementation: 'napcat', url: napcat.httpUrl, token: 'right', timeoutMs: 2000 });
      expect(http.probe!.checks.map((c) => [c.name, c.observed, c.ok])).toEqual([
        ['no token', 'HTTP 403', false],
        ['a wrong token', 'HTTP 403', true],
        ['an unknown action', 'HTTP 200 with retcode 1404', false],
      ]);
      expect(formatReport(http, 'markdown')).toContain('| an unknown action | HTTP 404 | HTTP 200 with retcode 1404 | **fails** |');
    } finally {
      await napcat.close();
    }
  }, 30_000);
});

describe('pnpm conform', () => {
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const { code } = await runConform(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('names a bad argument in one line', async () => {
    expect(await run('prox')).toMatchObject({ code: 3, err: "pnpm conform: 'prox' is not a command; use proxy or probe (see pnpm conform --help)" });
    expect((await run('probe', 'ws://127.0.0.1:1')).err).toBe(
      'pnpm conform probe: --implementation is required: the implementation whose profile the traffic is checked against (see pnpm conform probe --help)',
    );
    expect((await run('probe', 'ftp://x', '--implementation', 'napcat')).err).toMatch(
      /^pnpm conform probe: <url>: 'ftp:\/\/x' is not a ws:\/\/, wss:\/\/, http:\/\/ or https:\/\/ address/,
    );
    expect((await run('proxy', '--upstream', 'ws://127.0.0.1:1', '--implementation', 'napcatt')).err).toMatch(
      /--implementation: 'napcatt' is not one of .*did you mean napcat\?/,
    );
    expect((await run('proxy', '--upstream', 'ws://127.0.0.1:1', '--implementation', 'napcat', '--format', 'xml')).code).toBe(3);
    const help = await run('proxy', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--duration <seconds>');
  });

  it('runs a proxy for --duration and writes the report as the file name says', async () => {
    const mock = await MockServer.start({ model, implementation: 'napcat' });
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'conform-'));
    try {
      const result = await run(
        'proxy',
        '--upstream',
        mock.wsUrl,
        '--implementation',
        'napcat',
        '--listen',
        '0',
        '--duration',
        '0.3',
        '--report',
        join(dir, 'report.json'),
      );
      expect(result.code).toBe(0);
      expect(result.out).toContain('proxy against napcat at ws://127.0.0.1:');
      const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
      expect(report).toMatchObject({ mode: 'proxy', implementation: 'napcat' });
    } finally {
      await mock.close();
    }
  });
});

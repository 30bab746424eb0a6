/** `pnpm mock` as a user starts it: a child process, its exit code and what it prints. */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OneBotClient } from '../generated/typescript/client.js';
import { HttpPostReceiver, HttpTransport, ReverseWsServer, type ReverseWsBot } from '../runtime/index.js';
import { fromRoot, ROOT } from './helpers/paths.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs mock/cli.ts with tsx, as `pnpm mock` does. */
function mock(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', fromRoot('mock/cli.ts'), ...args],
      { cwd: ROOT, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

/** Starts mock/cli.ts and keeps it running; `output` grows with what it prints. */
function started(...args: string[]): { child: ChildProcessWithoutNullStreams; output: () => string; line: (pattern: RegExp) => Promise<RegExpExecArray> } {
  const child = spawn(process.execPath, ['--import', 'tsx', fromRoot('mock/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  const waiting = new Set<() => void>();
  const take = (chunk: Buffer) => {
    out += chunk;
    for (const wake of waiting) wake();
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const line = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve) => {
      const wake = () => {
        const match = pattern.exec(out);
        if (match) {
          waiting.delete(wake);
          resolve(match);
        }
      };
      waiting.add(wake);
      wake();
    });
  return { child, output: () => out, line };
}

let busy: Server;
let busyPort: number;
let scratch: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'onebot-mock-cli-'));
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
});

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await new Promise<void>((resolve) => busy.close(() => resolve()));
});

describe('pnpm mock', () => {
  it('--help exits 0 and lists every option, the accepted values, the implementations of the spec and the exit codes', async () => {
    const { code, stdout, stderr } = await mock('--help');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const option of [
      '--port <port>',
      '--host <host>',
      '--token <token>',
      '--format <format>',
      '--events-every <seconds>',
      '--implementation <id>',
      '--self-id <qq>',
      '--reverse-ws <url>',
      '--reverse-split',
      '--post <url>',
      '--secret <secret>',
      '--events <file>',
      '--spec <dir>',
      '--max-body-size <size>',
      '--max-payload <size>',
      '--request-timeout <ms>',
      '--help',
    ])
      expect(stdout).toContain(option);
    expect(stdout).toMatch(/one of: array, string/);
    expect(stdout).toMatch(/one of: onebot11,\s+go-cqhttp,\s+napcat,\s+lagrange/);
    expect(stdout).toMatch(/exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });

  it('--max-body-size, --max-payload and --request-timeout set the limits the running mock enforces', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fromRoot('mock/cli.ts'), '--port', '0', '--max-body-size', '1KB', '--max-payload', '1KB', '--request-timeout', '500'],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c;
          const match = /HTTP API\s+(http:\/\/\S+)\/\{action\}/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`the mock exited (${code})`)));
      });
      const big = JSON.stringify({ user_id: 1, message: 'x'.repeat(2_048) });
      const answer = await fetch(`${url}/send_private_msg`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(answer.status).toBe(413);
      expect(await answer.json()).toMatchObject({ retcode: 1413, message: 'the request body is larger than 1024 bytes' });
      const ws = new WebSocket(url.replace('http', 'ws'));
      await new Promise((resolve) => ws.once('open', resolve));
      const closed = new Promise<number>((resolve) => ws.once('close', resolve));
      ws.send('x'.repeat(2_048));
      expect(await closed).toBe(1009);
      const { port } = new URL(url);
      const slow = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1');
        let got = '';
        socket.write('POST /get_login_info HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{');
        socket.on('data', (c) => (got += c));
        socket.on('close', () => resolve(got));
        socket.on('error', () => undefined);
      });
      expect(slow).toMatch(/^HTTP\/1\.1 408/);
      const ok = await fetch(`${url}/get_login_info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(ok.status).toBe(200);
    } finally {
      child.kill();
    }
  });

  it('names each bad argument in one line on stderr, exits 2, and prints no stack', async () => {
    const cases: [string[], string][] = [
      [['--bogus'], "unknown option '--bogus'"],
      [['--format', 'xml'], "--format: 'xml' is not one of array, string"],
      [['--implementation', 'napcatt'], "--implementation: 'napcatt' is not one of onebot11, go-cqhttp, napcat, lagrange; did you mean napcat?"],
      [['--port', 'http'], "--port: 'http' is not a whole number from 0 to 65535"],
      [['--port', String(busyPort)], `--port: ${busyPort} is already in use on 127.0.0.1`],
    ];
    await expectUsageErrors(cases);
  });

  it('names a bad limit (size or timeout) in one line on stderr, exits 2, and prints no stack', async () => {
    await expectUsageErrors([
      [['--max-body-size', 'big'], "--max-body-size: 'big' is not a size from 1 byte to 1GB; write bytes or a number with KB, MB or GB (for example 8MB)"],
      [['--max-body-size', '0'], "--max-body-size: '0' is not a size from 1 byte to 1GB"],
      [['--max-payload', '2GB'], "--max-payload: '2GB' is not a size from 1 byte to 1GB"],
      [['--request-timeout', '5s'], "--request-timeout: '5s' is not a whole number from 100 to 3600000"],
      [['--request-timeout', '10'], "--request-timeout: '10' is not a whole number from 100 to 3600000"],
    ]);
  });

  it('names a bad URL, events file or option pair in one line on stderr, exits 2, and prints no stack', async () => {
    const cases: [string[], string][] = [
      [['--reverse-ws', 'http://127.0.0.1:8080'], "--reverse-ws: 'http://127.0.0.1:8080' is not a ws or wss URL"],
      [['--post', 'not a url'], "--post: 'not a url' is not a URL; for example http://127.0.0.1:8080"],
      [['--secret', 's'], '--secret signs what --post sends; give --post <url> too'],
      [['--events', join(scratch, 'missing.json')], `--events: cannot read ${join(scratch, 'missing.json')} (no such file)`],
      [
        ['--events', eventsFile('typo.json', '[{"event":"message.gruop"}]')],
        "typo.json[0]: 'message.gruop' is not the name of one event; did you mean message.group?",
      ],
      [['--events', eventsFile('lines.jsonl', '{"post_type":"notice"}\n{"post_type":\n')], 'lines.jsonl:2: not JSON'],
      [['--events', eventsFile('shape.json', '{"notice_type":"x"}')], 'shape.json: an event has a "post_type" (pushed as it is) or an "event" name'],
      [
        ['--implementation', 'onebot11', '--events', eventsFile('profile.json', '{"event":"notice.essence.add"}')],
        "profile.json: 'notice.essence.add' is not the name of one event",
      ],
    ];
    await expectUsageErrors(cases);
  });

  it('connects to a bot’s reverse WebSocket server, pushes the events file there once connected (custom ones as they are), and serves its calls', async () => {
    const server = await ReverseWsServer.listen({ accessToken: 't' });
    const arrived = new Promise<ReverseWsBot>((resolve) => server.onBot(resolve));
    const file = eventsFile(
      'events.json',
      JSON.stringify([
        { post_type: 'notice', notice_type: 'my_plugin_event', payload: 1 },
        { event: 'message.group', fields: { group_id: 5, user_id: 6, message: 'hi' } },
      ]),
    );
    const run = started('--port', '0', '--token', 't', '--self-id', '4242', '--reverse-ws', server.url, '--events', file);
    try {
      const bot = new OneBotClient(await arrived, { timeoutMs: 5_000 });
      const custom = new Promise((resolve) => bot.on('unknown', resolve));
      const group = new Promise<{ group_id: number; self_id: number; message: unknown }>((resolve) => bot.on('message.group', resolve));
      expect(await custom).toMatchObject({ notice_type: 'my_plugin_event', payload: 1, self_id: 4242 });
      expect(await group).toMatchObject({ group_id: 5, self_id: 4242, message: [{ type: 'text', data: { text: 'hi' } }] });
      await expect(bot.get_login_info()).resolves.toMatchObject({ user_id: expect.any(Number) });
      await run.line(/ws {3}get_login_info \{\} → ok 0/);
      expect(run.output()).toContain(`reverse WebSocket: connected to ${server.url}`);
    } finally {
      run.child.kill('SIGINT');
      await server.close();
    }
  });

  it('POSTs events read from stdin line by line as they come, signed with --secret, to a bot’s HTTP endpoint', async () => {
    const receiver = await HttpPostReceiver.listen({ secret: 's' });
    const received: Record<string, unknown>[] = [];
    receiver.onEvent((event) => void received.push(event as Record<string, unknown>));
    const run = started('--port', '0', '--post', receiver.url, '--secret', 's', '--events', '-');
    try {
      const [, port] = await run.line(/HTTP API {11}http:\/\/127\.0\.0\.1:(\d+)/);
      run.child.stdin.write('{"event":"request.friend","fields":{"user_id":42}}\n');
      await run.line(/event request\.friend → 0 WebSocket connection\(s\) and --post/);
      run.child.stdin.write('not json\n{"post_type":"meta_event","meta_event_type":"my_heartbeat"}\n');
      await run.line(/event meta_event \(as given\)/);
      expect(run.output()).toContain('--events: stdin:2: not JSON');
      expect(received).toMatchObject([
        { post_type: 'request', request_type: 'friend', user_id: 42 },
        { post_type: 'meta_event', meta_event_type: 'my_heartbeat' },
      ]);
      // The HTTP API is served all the while.
      const http = new OneBotClient(new HttpTransport({ baseUrl: `http://127.0.0.1:${port}` }), { timeoutMs: 5_000 });
      await expect(http.get_status()).resolves.toBeDefined();
    } finally {
      run.child.kill('SIGINT');
      await receiver.close();
    }
  });
});

/** Each run exits 2 with its one line on stderr (a fixed start and end), no stdout and no stack. */
async function expectUsageErrors(cases: [string[], string][]): Promise<void> {
  const runs = await Promise.all(cases.map(([args]) => mock(...args)));
  runs.forEach((run, i) => {
    const [args, message] = cases[i]!;
    expect(run.code, args.join(' ')).toBe(2);
    expect(run.stdout, args.join(' ')).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines, args.join(' ')).toHaveLength(1);
    expect(lines[0]).toContain(message);
    expect(lines[0]).toMatch(/^pnpm mock: .* \(see pnpm mock --help\)$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
}

/** Writes an events file into the scratch folder and returns its path. */
function eventsFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** `pnpm mock` as a user starts it: a child process, its exit code and what it prints. */
import { execFile, spawn } from 'node:child_process';
import { connect, createServer, type Server } from 'node:net';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot, ROOT } from './helpers/paths.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs mock/cli.ts with tsx, as `pnpm mock` does. */
function mock(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', fromRoot('mock/cli.ts'), ...args], { cwd: ROOT, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

let busy: Server;
let busyPort: number;

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

describe('pnpm mock', () => {
  it('--help exits 0 and lists every option, the accepted values, the implementations of the spec and the exit codes', async () => {
    const { code, stdout, stderr } = await mock('--help');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const option of ['--port <port>', '--host <host>', '--token <token>', '--format <format>', '--events-every <seconds>', '--implementation <id>', '--max-body-size <size>', '--max-payload <size>', '--request-timeout <ms>', '--help']) expect(stdout).toContain(option);
    expect(stdout).toMatch(/one of: array, string/);
    expect(stdout).toMatch(/one of: onebot11,\s+go-cqhttp,\s+napcat,\s+lagrange/);
    expect(stdout).toMatch(/exit codes:\n  0 .*\n  1 .*\n  2 /);
  });

  it('--max-body-size, --max-payload and --request-timeout set the limits the running mock enforces', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fromRoot('mock/cli.ts'), '--port', '0', '--max-body-size', '1KB', '--max-payload', '1KB', '--request-timeout', '500'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
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
});

/** Runs each case at once; each must exit 2 with its message as the one line on stderr. */
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

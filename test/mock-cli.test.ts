/** `pnpm mock` as a user starts it: a child process, its exit code and what it prints. */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:net';
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
    for (const option of ['--port <port>', '--host <host>', '--token <token>', '--format <format>', '--events-every <seconds>', '--implementation <id>', '--help']) expect(stdout).toContain(option);
    expect(stdout).toMatch(/one of: array, string/);
    expect(stdout).toMatch(/one of: onebot11,\s+go-cqhttp,\s+napcat,\s+lagrange/);
    expect(stdout).toMatch(/exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });

  it('names each bad argument in one line on stderr, exits 2, and prints no stack', async () => {
    const cases: [string[], string][] = [
      [['--bogus'], "unknown option '--bogus'"],
      [['--format', 'xml'], "--format: 'xml' is not one of array, string"],
      [['--implementation', 'napcatt'], "--implementation: 'napcatt' is not one of onebot11, go-cqhttp, napcat, lagrange; did you mean napcat?"],
      [['--port', 'http'], "--port: 'http' is not a whole number from 0 to 65535"],
      [['--port', String(busyPort)], `--port: ${busyPort} is already in use on 127.0.0.1`],
    ];
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
  });
});

/**
 * `pnpm conform proxy --upstream <url> --implementation <id> [--listen <port>] [--token t] [--duration s] [--report file]`
 * `pnpm conform probe <url> --implementation <id> [--token t] [--allow-writes a,b] [--report file]`
 *
 * Checks a running implementation against its profile of the spec: `proxy` sits between a bot
 * and the implementation and checks the traffic that passes; `probe` connects itself and calls only
 * actions that change nothing. Every option and the exit codes are declared in PROXY and PROBE
 * below (and printed by --help).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkChoice, helpText, parseCommand, reportUsage, UsageError, type CommandSpec } from '../generator/cli/args.js';
import type { Io } from '../generator/cli/generate.js';
import { formatDiagnostic } from '../generator/load/diagnostics.js';
import { loadSpec } from '../generator/load/index.js';
import { checkAccessToken } from '../runtime/errors.js';
import { probe, READ_ONLY_ACTIONS } from './probe.js';
import { ConformProxy } from './proxy.js';
import { formatReport, violationCount, type ConformReport, type ReportFormat } from './report.js';

const EXIT_CODES = {
  0: 'finished; nothing seen violates the spec (or --fail was not given)',
  1: 'with --fail: something seen violates the spec',
  2: 'the spec does not load',
  3: 'bad usage (a bad option, an address that cannot be used, a port in use)',
};

const shared = {
  implementation: { type: 'string', value: '<id>', description: 'the implementation whose profile of the spec the traffic is checked against (required)' },
  token: { type: 'string', value: '<token>', description: "the implementation's access token" },
  report: { type: 'string', value: '<file>', description: 'also write the report to this file (JSON for .json, Markdown for .md, else as --format)' },
  format: { type: 'string', value: '<format>', description: 'how the report is written', choices: ['text', 'markdown', 'json'], default: 'text' },
  fail: { type: 'boolean', description: 'exit 1 when anything seen violates the spec' },
  spec: { type: 'string', value: '<dir>', description: 'the spec to check against', default: 'spec' },
} as const;

export const PROXY: CommandSpec = {
  command: 'pnpm conform proxy',
  summary:
    "Sits between a bot and an implementation (forward WebSocket, universal or /api + /event, and the HTTP API), passes every frame on unchanged and in order, and checks each against the implementation's profile. Ctrl-C or --duration ends it and writes the report.",
  options: {
    upstream: { type: 'string', value: '<url>', description: 'the implementation, ws://host:port or http://host:port (required)' },
    ...shared,
    listen: { type: 'string', value: '<port>', description: 'the port bots connect to (0: any free port)', default: '6700' },
    host: { type: 'string', value: '<host>', description: 'the address to listen on', default: '127.0.0.1' },
    duration: { type: 'string', value: '<seconds>', description: 'stop after so many seconds (default: at Ctrl-C)' },
  },
  notes: ['Findings name a JSON path and the shape of the value, never the value itself.'],
  exitCodes: EXIT_CODES,
  usageCode: 3,
};

export const PROBE: CommandSpec = {
  command: 'pnpm conform probe',
  summary: `Connects to an implementation, calls only actions that change nothing (${READ_ONLY_ACTIONS.map((a) => a.action).join(', ')}; each only where the profile has it), checks every answer and event against its profile, and checks how it refuses an unknown action and a missing or wrong token.`,
  positionals: [{ name: 'url', description: 'the implementation: ws://host:port (forward WebSocket) or http://host:port (HTTP API)' }],
  options: {
    ...shared,
    'allow-writes': {
      type: 'string',
      value: '<actions>',
      description: "comma-separated actions with side effects to call too, with the profile's example parameters",
    },
    timeout: { type: 'string', value: '<seconds>', description: 'how long to wait for each answer', default: '10' },
  },
  notes: ['A field or action not seen is not evidence that the implementation lacks it; the report keeps the two apart.'],
  exitCodes: EXIT_CODES,
  usageCode: 3,
};

const consoleIo: Io = { out: (l) => process.stdout.write(l.endsWith('\n') ? l : `${l}\n`), err: (l) => console.error(l) };

export interface ConformRun {
  code: number;
  report?: ConformReport;
}

/** Runs `pnpm conform <proxy|probe> …`; `stop` ends a proxy (Ctrl-C does it from the command line). */
export async function runConform(argv: string[], io: Io = consoleIo, stop?: Promise<void>): Promise<ConformRun> {
  const [sub, ...rest] = argv;
  const spec = sub === 'proxy' ? PROXY : sub === 'probe' ? PROBE : undefined;
  if (!spec) {
    if (sub === undefined || sub === '--help' || sub === '-h') {
      io.out(
        `usage: pnpm conform <proxy|probe> [options]\n\n  proxy  check the traffic between a bot and an implementation\n  probe  connect to an implementation and check what it answers\n\nSee pnpm conform proxy --help and pnpm conform probe --help.`,
      );
      return { code: sub === undefined ? 3 : 0 };
    }
    io.err(`pnpm conform: '${sub}' is not a command; use proxy or probe (see pnpm conform --help)`);
    return { code: 3 };
  }
  try {
    return await command(spec, rest, io, stop);
  } catch (error) {
    return { code: reportUsage(spec, error, io.err) };
  }
}

async function command(spec: CommandSpec, argv: string[], io: Io, stop: Promise<void> | undefined): Promise<ConformRun> {
  const { values, positionals, help } = parseCommand(spec, argv);
  if (help) {
    io.out(helpText(spec));
    return { code: 0 };
  }
  const implementation = values.implementation as string | undefined;
  if (!implementation) throw new UsageError('--implementation is required: the implementation whose profile the traffic is checked against');
  const token = values.token as string | undefined;
  try {
    checkAccessToken(token, '--token');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const address = spec === PROXY ? (values.upstream as string | undefined) : positionals[0]!;
  if (!address) throw new UsageError('--upstream is required: the implementation, ws://host:port or http://host:port');
  const option = spec === PROXY ? '--upstream' : '<url>';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new UsageError(`${option}: '${address}' is not an address; write ws://host:port or http://host:port`);
  }
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol))
    throw new UsageError(`${option}: '${address}' is not a ws://, wss://, http:// or https:// address`);
  const duration = values.duration === undefined ? undefined : seconds('duration', values.duration as string);
  const timeout = values.timeout === undefined ? undefined : seconds('timeout', values.timeout as string);
  const listen = values.listen === undefined ? undefined : port(values.listen as string);

  const { model, diagnostics } = await loadSpec(values.spec as string);
  if (!model) {
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    io.err(`${spec.command}: the spec does not load; run \`pnpm generate\` for the same report`);
    return { code: 2 };
  }
  checkChoice(
    '--implementation',
    implementation,
    model.implementations.map((i) => i.id),
  );

  let report: ConformReport;
  if (spec === PROBE) {
    const writes = ((values['allow-writes'] as string | undefined) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    try {
      report = await probe({
        model,
        implementation,
        url: url.href,
        ...(token ? { token } : {}),
        ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
        allowWrites: writes,
      });
    } catch (error) {
      if ((error as Error).message.startsWith('--allow-writes')) throw new UsageError((error as Error).message);
      throw error;
    }
  } else {
    const host = values.host as string;
    const proxy = await ConformProxy.start({ model, implementation, upstream: url.href, port: listen ?? 0, host, ...(token ? { token } : {}) }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') throw new UsageError(`--listen: ${listen} is already in use on ${host}; pick another port`);
        if (error.code === 'EACCES') throw new UsageError(`--listen: ${listen} on ${host} needs privileges this process does not have; pick a port above 1023`);
        if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') throw new UsageError(`--host: ${host} is not an address of this machine`);
        throw error;
      },
    );
    io.err(`conform proxy: checking against ${implementation}; bots connect to ${proxy.wsUrl} (WebSocket) or ${proxy.httpUrl} (HTTP); Ctrl-C ends it`);
    const ended: Promise<void>[] = [stop ?? new Promise<void>((done) => process.once('SIGINT', () => done()))];
    if (duration !== undefined) ended.push(new Promise((done) => setTimeout(done, duration * 1000)));
    await Promise.race(ended);
    report = proxy.report();
    await proxy.close();
  }
  const format = values.format as ReportFormat;
  const output = formatReport(report, format);
  io.out(output);
  const file = values.report as string | undefined;
  if (file) {
    await writeFile(file, /\.json$/i.test(file) ? formatReport(report, 'json') : /\.md$/i.test(file) ? formatReport(report, 'markdown') : output);
  }
  return { code: values.fail && violationCount(report) > 0 ? 1 : 0, report };
}

function seconds(option: string, given: string): number {
  const n = Number(given);
  if (!/^\d+(\.\d+)?$/.test(given) || n <= 0 || n > 7 * 86400) throw new UsageError(`--${option}: '${given}' is not a number of seconds above 0`);
  return n;
}

function port(given: string): number {
  const n = Number(given);
  if (!/^\d+$/.test(given) || n > 65535) throw new UsageError(`--listen: '${given}' is not a port from 0 to 65535`);
  return n;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runConform(process.argv.slice(2)).then(
    ({ code }) => process.exit(code),
    (error: unknown) => {
      console.error(`pnpm conform failed unexpectedly (a bug; please report it with this trace): ${(error as Error).stack ?? String(error)}`);
      process.exit(3);
    },
  );
}

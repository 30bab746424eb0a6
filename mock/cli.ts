/**
 * `pnpm mock [--port 5700] [--token t] [--format array|string] [--events-every 5] [--implementation id]
 * [--max-body-size 16MB] [--max-payload 16MB] [--request-timeout 30000]`: starts the
 * mock implementation and, optionally, pushes an example event every few seconds. Every option and
 * the exit codes are declared in MOCK below (and printed by --help).
 */
import { fileURLToPath } from 'node:url';
import { checkChoice, helpText, parseCommand, runMain, UsageError, type CommandSpec } from '../generator/cli/args.js';
import { formatDiagnostic } from '../generator/load/diagnostics.js';
import { loadSpec } from '../generator/load/index.js';
import { parseSize } from '../generator/load/limits.js';
import type { Model } from '../generator/model/types.js';
import { checkAccessToken } from '../runtime/errors.js';
import { MockServer } from './server.js';

const SPEC_DIR = fileURLToPath(new URL('../spec', import.meta.url));

export const MOCK: CommandSpec = {
  command: 'pnpm mock',
  summary: 'A OneBot 11 implementation made from the spec: HTTP API and forward WebSocket, answering with the examples.',
  options: {
    port: { type: 'string', value: '<port>', description: 'the port to listen on (0: any free port)', default: '5700' },
    host: { type: 'string', value: '<host>', description: 'the address to listen on', default: '127.0.0.1' },
    token: { type: 'string', value: '<token>', description: 'the access token clients must send' },
    format: { type: 'string', value: '<format>', description: 'how messages in events are written', choices: ['array', 'string'], default: 'array' },
    'events-every': { type: 'string', value: '<seconds>', description: 'push an example event every so many seconds (0: never)', default: '0' },
    implementation: { type: 'string', value: '<id>', description: 'behave as this implementation: only its actions, with its parameter and result variants and its token check' },
    'max-body-size': { type: 'string', value: '<size>', description: 'the largest HTTP request body, as bytes or with KB, MB, GB; a larger one is answered 413', default: '16MB' },
    'max-payload': { type: 'string', value: '<size>', description: 'the largest WebSocket frame; a larger one closes its connection (1009)', default: '16MB' },
    'request-timeout': { type: 'string', value: '<ms>', description: 'milliseconds a request may take to arrive, headers and body; a slower one is cut off (408)', default: '30000' },
  },
  exitCodes: {
    0: 'stopped with Ctrl-C',
    1: 'the spec does not load',
    2: 'bad usage (a bad option, a port in use or not allowed, a token that cannot go into a header) or an unexpected failure',
  },
  usageCode: 2,
};

async function loadModel(): Promise<Model> {
  const { model, diagnostics } = await loadSpec(SPEC_DIR);
  if (!model) {
    for (const d of diagnostics) console.error(formatDiagnostic(d));
    console.error('pnpm mock: the spec does not load; run `pnpm generate` for the same report');
    process.exit(1);
  }
  return model;
}

/** The most a size option takes: more than this is a typo, not a limit. */
const MAX_SIZE = 1 << 30;

/** A size from 1 byte to 1 GB (`512KB`, `8MB`), or the one line that says what is wrong. */
function size(option: string, given: string): number {
  const bytes = parseSize(given);
  if (bytes === undefined || bytes < 1 || bytes > MAX_SIZE) throw new UsageError(`--${option}: '${given}' is not a size from 1 byte to 1GB; write bytes or a number with KB, MB or GB (for example 8MB)`);
  return bytes;
}

/** A whole number in [min, max], or the one line that says what is wrong. */
function integer(option: string, given: string, min: number, max: number): number {
  const n = Number(given);
  if (!/^\d+$/.test(given) || n < min || n > max) throw new UsageError(`--${option}: '${given}' is not a whole number from ${min} to ${max}`);
  return n;
}

async function main(): Promise<number> {
  const { values, help } = parseCommand(MOCK, process.argv.slice(2));
  // Checked before the spec is loaded, so a typo is answered at once.
  const port = help ? 0 : integer('port', values.port as string, 0, 65535);
  const every = help ? 0 : integer('events-every', values['events-every'] as string, 0, 86400);
  const maxBodyBytes = help ? 0 : size('max-body-size', values['max-body-size'] as string);
  const maxPayload = help ? 0 : size('max-payload', values['max-payload'] as string);
  const requestTimeoutMs = help ? 0 : integer('request-timeout', values['request-timeout'] as string, 100, 3_600_000);
  const model = await loadModel();
  const ids = model.implementations.map((i) => i.id);
  if (help) {
    console.log(helpText({ ...MOCK, options: { ...MOCK.options, implementation: { ...MOCK.options.implementation!, choices: ids } } }));
    return 0;
  }
  const implementation = values.implementation as string | undefined;
  if (implementation !== undefined) checkChoice('--implementation', implementation, ids);
  const host = values.host as string;
  const token = values.token as string | undefined;
  try {
    checkAccessToken(token, '--token');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const mock = await MockServer.start({
    model,
    port,
    host,
    ...(token ? { accessToken: token } : {}),
    messageFormat: values.format === 'string' ? 'string' : 'array',
    maxBodyBytes,
    maxPayload,
    requestTimeoutMs,
    ...(implementation ? { implementation } : {}),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new UsageError(`--port: ${port} is already in use on ${host}; stop what holds it or pick another port`);
    if (error.code === 'EACCES') throw new UsageError(`--port: ${port} on ${host} needs privileges this process does not have; pick a port above 1023`);
    if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') throw new UsageError(`--host: ${host} is not an address of this machine`);
    throw error;
  });
  console.log(`OneBot 11 mock from the spec (${mock.model.actions.length} actions${implementation ? `, as ${implementation}` : ''})`);
  console.log(`  HTTP API           ${mock.httpUrl}/{action}`);
  console.log(`  forward WebSocket  ${mock.wsUrl}   (split: ${mock.wsUrl}/api + ${mock.wsUrl}/event)`);
  if (every > 0) {
    const examples = mock.model.events.filter((e) => e.examples.length);
    let i = 0;
    setInterval(() => void mock.pushExample(examples[i++ % examples.length]!.id), every * 1000);
  }
  let seen = 0;
  setInterval(() => {
    for (const call of mock.calls.slice(seen)) console.log(`${call.transport.padEnd(4)} ${call.action} ${JSON.stringify(call.params)} → ${call.response.status} ${call.response.retcode}${call.errors.length ? ` (${call.errors.join('; ')})` : ''}`);
    seen = mock.calls.length;
  }, 200);
  return new Promise<number>((resolve) => process.on('SIGINT', () => void mock.close().then(() => resolve(0))));
}

runMain(MOCK, main);

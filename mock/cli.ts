/**
 * `pnpm mock`: starts the mock implementation on the HTTP API and forward WebSocket, optionally
 * connecting out as an implementation does (reverse WebSocket, HTTP POST of events), and pushes
 * events from a file, from stdin, or the spec's examples every few seconds. Every option and the
 * exit codes are declared in MOCK below (and printed by --help).
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { checkChoice, helpText, parseCommand, runMain, UsageError, type CommandSpec } from '../generator/cli/args.js';
import { parseSize } from '../generator/load/limits.js';
import { narrowModel } from '../generator/model/profile.js';
import type { Model } from '../generator/model/types.js';
import { checkAccessToken } from '../runtime/errors.js';
import { EventInputError, parseLine, readEntries, readEntry, type EventEntry } from './event-input.js';
import { bundledModel } from './model.js';
import { MockServer } from './server.js';

const RECONNECT_MS = 3_000;

export const MOCK: CommandSpec = {
  command: 'pnpm mock',
  summary: 'A OneBot 11 implementation made from the spec: HTTP API and forward WebSocket, answering with the examples.',
  options: {
    port: { type: 'string', value: '<port>', description: 'the port of the HTTP API and forward WebSocket (0: any free port)', default: '5700' },
    host: { type: 'string', value: '<host>', description: 'the address to listen on', default: '127.0.0.1' },
    token: { type: 'string', value: '<token>', description: 'the access token: clients must send it, and the mock sends it on reverse WebSocket' },
    format: { type: 'string', value: '<format>', description: 'how messages in events are written', choices: ['array', 'string'], default: 'array' },
    implementation: {
      type: 'string',
      value: '<id>',
      description: 'behave as this implementation: only its actions, with its parameter and result variants and its token check',
    },
    'max-body-size': {
      type: 'string',
      value: '<size>',
      description: 'the largest HTTP request body, as bytes or with KB, MB, GB; a larger one is answered 413',
      default: '16MB',
    },
    'max-payload': { type: 'string', value: '<size>', description: 'the largest WebSocket frame; a larger one closes its connection (1009)', default: '16MB' },
    'request-timeout': {
      type: 'string',
      value: '<ms>',
      description: 'milliseconds a request may take to arrive, headers and body; a slower one is cut off (408)',
      default: '30000',
    },
    'self-id': { type: 'string', value: '<qq>', description: "the bot's QQ number in events and in X-Self-ID", default: '10001' },
    'reverse-ws': {
      type: 'string',
      value: '<url>',
      description: "also connect to a bot's reverse WebSocket server (ws:// or wss://), again every 3 s while it is down",
    },
    'reverse-split': { type: 'boolean', description: 'with --reverse-ws: connect twice, as API and Event, instead of once as Universal' },
    post: { type: 'string', value: '<url>', description: "also POST every event to a bot's HTTP endpoint (http:// or https://), as HTTP POST reporting does" },
    secret: { type: 'string', value: '<secret>', description: 'with --post: sign each event (X-Signature, HMAC-SHA1 of the body)' },
    events: {
      type: 'string',
      value: '<file>',
      description:
        'push these events once a bot receives events (- for stdin, read line by line as it comes): a JSON array, one object, or one per line; each an event with its post_type, pushed as it is, or { "event": "message.group", "fields": {...} }, the spec\'s example of that event with the fields over it',
    },
    'events-every': { type: 'string', value: '<seconds>', description: "push one of the spec's example events every so many seconds (0: never)", default: '0' },
    spec: {
      type: 'string',
      value: '<dir>',
      description: 'serve the spec in this folder, read from its YAML (default: the model `pnpm generate` last wrote, generated/model/model.json)',
    },
  },
  exitCodes: {
    0: 'stopped with Ctrl-C',
    1: 'the spec (--spec) does not load, or there is no generated model',
    2: 'bad usage (a bad option or events file, a port in use or not allowed, a token that cannot go into a header) or an unexpected failure',
  },
  usageCode: 2,
  notes: [
    'A bot receives events on the forward WebSocket (ws://host:port, or /event), over --reverse-ws, or at --post.',
    'Example: pnpm mock --port 0 --implementation napcat --reverse-ws ws://127.0.0.1:8080 --events events.json',
  ],
};

/**
 * The generated model, or with --spec the spec read from its YAML. The loader is imported only
 * then: it is a development tool, and the generated model needs nothing but JSON.parse.
 */
async function loadModel(specDir: string | undefined): Promise<Model> {
  if (specDir === undefined) {
    return bundledModel().catch((error: Error) => {
      console.error(`pnpm mock: ${error.message}`);
      process.exit(1);
    });
  }
  const { loadSpec } = await import('../generator/load/index.js');
  const { formatDiagnostic } = await import('../generator/load/diagnostics.js');
  const { model, diagnostics } = await loadSpec(specDir);
  if (!model) {
    for (const d of diagnostics) console.error(formatDiagnostic(d));
    console.error(`pnpm mock: the spec in ${specDir} does not load; run \`pnpm generate --spec ${specDir}\` for the same report`);
    process.exit(1);
  }
  return model;
}

/** The most a size option takes: more than this is a typo, not a limit. */
const MAX_SIZE = 1 << 30;

/** A size from 1 byte to 1 GB (`512KB`, `8MB`), or the one line that says what is wrong. */
function size(option: string, given: string): number {
  const bytes = parseSize(given);
  if (bytes === undefined || bytes < 1 || bytes > MAX_SIZE)
    throw new UsageError(`--${option}: '${given}' is not a size from 1 byte to 1GB; write bytes or a number with KB, MB or GB (for example 8MB)`);
  return bytes;
}

/** A whole number in [min, max], or the one line that says what is wrong. */
function integer(option: string, given: string, min: number, max: number): number {
  const n = Number(given);
  if (!/^\d+$/.test(given) || n < min || n > max) throw new UsageError(`--${option}: '${given}' is not a whole number from ${min} to ${max}`);
  return n;
}

/** A URL of one of `protocols`, or the one line that says what is wrong. */
function url(option: string, given: string | undefined, protocols: string[]): string | undefined {
  if (given === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    throw new UsageError(`--${option}: '${given}' is not a URL; for example ${protocols[0]}//127.0.0.1:8080`);
  }
  if (!protocols.includes(parsed.protocol)) throw new UsageError(`--${option}: '${given}' is not a ${protocols.map((p) => p.slice(0, -1)).join(' or ')} URL`);
  return given;
}

/** Every event name of the model, as `EventMap` has them. */
function eventNames(model: Model): Set<string> {
  return new Set(model.events.map((e) => e.discriminators.map((d) => d.value).join('.')));
}

async function main(): Promise<number> {
  const { values, help } = parseCommand(MOCK, process.argv.slice(2));
  // Checked before the spec is loaded, so a typo is answered at once.
  const port = help ? 0 : integer('port', values.port as string, 0, 65535);
  const every = help ? 0 : integer('events-every', values['events-every'] as string, 0, 86400);
  const maxBodyBytes = help ? 0 : size('max-body-size', values['max-body-size'] as string);
  const maxPayload = help ? 0 : size('max-payload', values['max-payload'] as string);
  const requestTimeoutMs = help ? 0 : integer('request-timeout', values['request-timeout'] as string, 100, 3_600_000);
  const selfId = help ? 0 : integer('self-id', values['self-id'] as string, 1, Number.MAX_SAFE_INTEGER);
  const reverse = url('reverse-ws', values['reverse-ws'] as string | undefined, ['ws:', 'wss:']);
  const post = url('post', values.post as string | undefined, ['http:', 'https:']);
  if (!help && values.secret !== undefined && !post) throw new UsageError('--secret signs what --post sends; give --post <url> too');
  if (!help && values['reverse-split'] && !reverse) throw new UsageError('--reverse-split is how --reverse-ws connects; give --reverse-ws <url> too');
  const model = await loadModel(values.spec as string | undefined);
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
  const eventsFile = values.events as string | undefined;
  let fromFile: EventEntry[] = [];
  if (eventsFile !== undefined && eventsFile !== '-') {
    const text = await readFile(eventsFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`--events: cannot read ${eventsFile} (${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)})`);
    });
    try {
      fromFile = readEntries(text, eventsFile, eventNames(implementation ? narrowModel(model, implementation) : model));
    } catch (error) {
      if (error instanceof EventInputError) throw new UsageError(`--events: ${error.message}`);
      throw error;
    }
  }

  const mock = await MockServer.start({
    model,
    port,
    host,
    selfId,
    ...(token ? { accessToken: token } : {}),
    messageFormat: values.format === 'string' ? 'string' : 'array',
    maxBodyBytes,
    maxPayload,
    requestTimeoutMs,
    ...(implementation ? { implementation } : {}),
    ...(post ? { post: { url: post, ...(values.secret ? { secret: values.secret as string } : {}) } } : {}),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new UsageError(`--port: ${port} is already in use on ${host}; stop what holds it or pick another port`);
    if (error.code === 'EACCES') throw new UsageError(`--port: ${port} on ${host} needs privileges this process does not have; pick a port above 1023`);
    if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') throw new UsageError(`--host: ${host} is not an address of this machine`);
    throw error;
  });
  const names = eventNames(mock.model);
  console.log(`OneBot 11 mock from the spec (${mock.model.actions.length} actions${implementation ? `, as ${implementation}` : ''})`);
  console.log(`  HTTP API           ${mock.httpUrl}/{action}`);
  console.log(`  forward WebSocket  ${mock.wsUrl}   (split: ${mock.wsUrl}/api + ${mock.wsUrl}/event)`);
  if (reverse) console.log(`  reverse WebSocket  ${reverse}${values['reverse-split'] ? ' (API + Event)' : ''}`);
  if (post) console.log(`  HTTP POST          ${post}${values.secret ? ' (signed)' : ''}`);

  let stopping = false;
  if (reverse) void keepReverse(mock, reverse, token, values['reverse-split'] === true, () => stopping);

  /** Pushes one entry, saying so; a receiver that fails is reported, and the mock goes on. */
  const push = async (entry: EventEntry) => {
    // The forward and reverse WebSockets get it once connected; --post sends it at once.
    if (!post) await mock.waitForEventConnection({ timeoutMs: 2 ** 31 - 1 });
    const label = 'raw' in entry ? `${entry.raw.post_type} (as given)` : entry.name;
    try {
      await ('raw' in entry ? mock.push(entry.raw) : mock.emit(entry.name, entry.fields));
      console.log(`event ${label} → ${mock.eventConnections} WebSocket connection(s)${post ? ' and --post' : ''}`);
    } catch (error) {
      console.error(`event ${label}: not delivered (${(error as Error).message})`);
    }
  };
  void (async () => {
    for (const entry of fromFile) await push(entry);
  })();
  if (eventsFile === '-') {
    let line = 0;
    let queue = Promise.resolve();
    createInterface({ input: process.stdin }).on('line', (text) => {
      line++;
      if (!text.trim()) return;
      try {
        const entry = readEntry(parseLine(text, `stdin:${line}`), `stdin:${line}`, names);
        queue = queue.then(() => push(entry));
      } catch (error) {
        console.error(`--events: ${(error as Error).message}`);
      }
    });
  }
  if (every > 0) {
    const examples = mock.model.events.filter((e) => e.examples.length);
    let i = 0;
    setInterval(
      () => void mock.pushExample(examples[i++ % examples.length]!.id).catch((error: Error) => console.error(`event: not delivered (${error.message})`)),
      every * 1000,
    );
  }
  let seen = 0;
  setInterval(() => {
    for (const call of mock.calls.slice(seen))
      console.log(
        `${call.transport.padEnd(4)} ${call.action} ${JSON.stringify(call.params)} → ${call.response.status} ${call.response.retcode}${call.errors.length ? ` (${call.errors.join('; ')})` : ''}`,
      );
    seen = mock.calls.length;
  }, 200);
  return new Promise<number>((resolve) =>
    process.on('SIGINT', () => {
      stopping = true;
      void mock.close().then(() => resolve(0));
    }),
  );
}

/** Connects to the bot's reverse WebSocket server, and again whenever it is down, as implementations do. */
async function keepReverse(mock: MockServer, url: string, token: string | undefined, split: boolean, stopped: () => boolean): Promise<void> {
  let reported = '';
  while (!stopped()) {
    try {
      const link = await mock.connectReverse({ url, split, ...(token ? { accessToken: token } : {}) });
      console.log(`reverse WebSocket: connected to ${url}`);
      reported = '';
      await link.closed;
      link.close();
      if (!stopped()) console.log(`reverse WebSocket: ${url} closed the connection; connecting again in ${RECONNECT_MS / 1000} s`);
    } catch (error) {
      const why = (error as Error).message;
      // Said once, not every 3 s while the bot is down.
      if (why !== reported) console.error(`reverse WebSocket: cannot connect to ${url} (${why}); trying every ${RECONNECT_MS / 1000} s`);
      reported = why;
    }
    await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
  }
}

runMain(MOCK, main);

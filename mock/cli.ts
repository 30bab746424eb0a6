/**
 * `pnpm mock [--port 5700] [--token t] [--format array|string] [--events-every 5] [--implementation id]`: starts the
 * mock implementation and, optionally, pushes an example event every few seconds.
 */
import { parseArgs } from 'node:util';
import { MockServer } from './server.js';

/** A bad argument (or a token that cannot go into a header) is one line, not a stack trace. */
function fail(error: unknown): never {
  console.error(`pnpm mock: ${(error as Error)?.message ?? String(error)}`);
  process.exit(2);
}

let values: { port: string; host: string; token?: string; format: string; 'events-every': string; implementation?: string };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '5700' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      format: { type: 'string', default: 'array' },
      'events-every': { type: 'string', default: '0' },
      implementation: { type: 'string' },
    },
  }));
} catch (error) {
  fail(error);
}

const mock = await MockServer.start({
  port: Number(values.port),
  host: values.host,
  ...(values.token ? { accessToken: values.token } : {}),
  messageFormat: values.format === 'string' ? 'string' : 'array',
  ...(values.implementation ? { implementation: values.implementation } : {}),
}).catch(fail);
console.log(`OneBot 11 mock from the spec (${mock.model.actions.length} actions)`);
console.log(`  HTTP API           ${mock.httpUrl}/{action}`);
console.log(`  forward WebSocket  ${mock.wsUrl}   (split: ${mock.wsUrl}/api + ${mock.wsUrl}/event)`);
const every = Number(values['events-every']);
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
process.on('SIGINT', () => void mock.close().then(() => process.exit(0)));

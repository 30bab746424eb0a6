/** The generated client over the HTTP transport, against a real loopback server. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OneBotClient } from '../generated/typescript/client.js';
import { ActionFailedError, HttpTransport, TimeoutError, TransportError } from '../runtime/index.js';

const TOKEN = 'secret-token';

interface Seen {
  action: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** A small OneBot implementation: checks the token as the standard says, answers a few actions. */
async function handle(req: IncomingMessage, res: ServerResponse) {
  const action = decodeURIComponent(req.url!.slice(1).split('?')[0]!);
  const raw = await readBody(req);
  seen.push({ action, authorization: req.headers.authorization, contentType: req.headers['content-type'], body: raw ? JSON.parse(raw) : undefined });
  if (action.startsWith('open/')) return handleOpen(action.slice(5), res);
  if (req.headers.authorization === undefined) return reply(res, 401, '');
  if (req.headers.authorization !== `Bearer ${TOKEN}`) return reply(res, 403, '');
  switch (action) {
    case 'get_login_info':
      return reply(res, 200, { status: 'ok', retcode: 0, data: { user_id: 10001, nickname: 'bot' }, message: '', wording: '' });
    case 'send_private_msg':
      return reply(res, 200, { status: 'ok', retcode: 0, data: { message_id: 42 } });
    case 'send_private_msg_async':
      return reply(res, 200, { status: 'async', retcode: 1, data: null });
    case 'delete_msg':
      // go-cqhttp spells the error text `msg`.
      return reply(res, 200, { status: 'failed', retcode: 100, data: null, msg: 'MESSAGE_NOT_FOUND', wording: '消息不存在' });
    case 'get_group_info':
      // NapCat spells it `message`.
      return reply(res, 200, { status: 'failed', retcode: 200, data: null, message: 'group not found', wording: '群不存在' });
    case 'get_status':
      return void setTimeout(() => reply(res, 200, { status: 'ok', retcode: 0, data: { online: true, good: true } }), 2_000);
    case 'get_version_info':
      return reply(res, 200, '{"status": "ok", "retcode": 0, "data": {');
    default:
      return reply(res, 404, '');
  }
}

function handleOpen(action: string, res: ServerResponse) {
  return reply(res, 200, { status: 'ok', retcode: 0, data: { action } });
}

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = (accessToken?: string, timeoutMs = 5_000) =>
  new OneBotClient(new HttpTransport({ baseUrl, ...(accessToken !== undefined ? { accessToken } : {}) }), { timeoutMs });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('HTTP client', () => {
  it('calls an action: POST /{action}, JSON body, bearer token, envelope unwrapped', async () => {
    seen.length = 0;
    const result = await client(TOKEN).send_private_msg({ user_id: 10001000, message: 'hello' });
    expect(result).toEqual({ message_id: 42 });
    expect(seen).toEqual([
      { action: 'send_private_msg', authorization: `Bearer ${TOKEN}`, contentType: 'application/json', body: { user_id: 10001000, message: 'hello' } },
    ]);
  });

  it('sends an empty object for an action without parameters', async () => {
    seen.length = 0;
    await expect(client(TOKEN).get_login_info()).resolves.toEqual({ user_id: 10001, nickname: 'bot' });
    expect(seen[0]!.body).toEqual({});
  });

  it('calls the _async variant and accepts its async answer', async () => {
    seen.length = 0;
    await expect(client(TOKEN).callAsync('send_private_msg', { user_id: 1, message: 'x' })).resolves.toBeUndefined();
    expect(seen[0]!.action).toBe('send_private_msg_async');
  });

  it('rejects a failed retcode with ActionFailedError carrying retcode and the message, whichever key holds it', async () => {
    const gocq = (await failure(client(TOKEN).delete_msg({ message_id: 1 }))) as ActionFailedError;
    expect(gocq).toBeInstanceOf(ActionFailedError);
    expect(gocq).toMatchObject({ action: 'delete_msg', retcode: 100, detail: 'MESSAGE_NOT_FOUND', wording: '消息不存在' });
    const napcat = (await failure(client(TOKEN).get_group_info({ group_id: 1 }))) as ActionFailedError;
    expect(napcat).toMatchObject({ retcode: 200, detail: 'group not found' });
  });

  it('maps a wrong token (403) and a missing token (401) to typed failures', async () => {
    const wrong = (await failure(client('wrong').get_login_info())) as ActionFailedError;
    expect(wrong).toBeInstanceOf(ActionFailedError);
    expect(wrong).toMatchObject({ retcode: 1403, httpStatus: 403 });
    const missing = (await failure(client().get_login_info())) as ActionFailedError;
    expect(missing).toMatchObject({ retcode: 1401, httpStatus: 401 });
  });

  it('never sends an Authorization header when no token is set', async () => {
    seen.length = 0;
    await client().call('open/get_login_info' as 'get_login_info');
    await client('').call('open/get_login_info' as 'get_login_info');
    expect(seen.map((s) => s.authorization)).toEqual([undefined, undefined]);
  });

  it('rejects an unknown action with retcode 1404', async () => {
    const error = await failure(client(TOKEN).call('no_such_action' as 'get_login_info'));
    expect(error).toMatchObject({ retcode: 1404, httpStatus: 404 });
  });

  it('times out with TimeoutError instead of waiting forever', async () => {
    const started = Date.now();
    const error = await failure(client(TOKEN, 200).get_status());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ action: 'get_status', timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('rejects an answer that is not JSON with TransportError', async () => {
    expect(await failure(client(TOKEN).get_version_info())).toBeInstanceOf(TransportError);
  });

  it('rejects a refused connection with TransportError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const bot = new OneBotClient(new HttpTransport({ baseUrl: `http://127.0.0.1:${port}` }), { timeoutMs: 2_000 });
    expect(await failure(bot.get_login_info())).toBeInstanceOf(TransportError);
  });
});

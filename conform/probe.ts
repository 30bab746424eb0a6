/**
 * `pnpm conform probe`: connects to an implementation as a bot would, calls only actions that
 * change nothing (READ_ONLY_ACTIONS), and checks every answer and every event that arrives against
 * the implementation's profile. It also checks what the standard says of refusals: an unknown
 * action is 1404 (HTTP 404), a missing token 401 and a wrong one 403.
 *
 * Nothing with a side effect is called unless the user names it (`allowWrites`); such a call is
 * made with the parameters of the profile's own example.
 */
import { WebSocket } from 'ws';
import type { Action, Model } from '../generator/model/types.js';
import { ConformanceChecker } from './checker.js';
import { publicAddress } from './proxy.js';
import type { ConformReport, ProbeResult } from './report.js';

/** What the probe may need to name a call's parameters: learnt from earlier answers. */
interface Context {
  selfId?: number;
  groupId?: number;
}

interface ReadOnlyCall {
  action: string;
  /** The parameters, or undefined when the context lacks what they need (the call is skipped). */
  params: (context: Context) => Record<string, unknown> | undefined;
}

const none = () => ({});
const self = (c: Context) => (c.selfId === undefined ? undefined : { user_id: c.selfId });
const group = (c: Context) => (c.groupId === undefined ? undefined : { group_id: c.groupId });

/**
 * The actions the probe calls, in order: each only reads. An action the profile lacks is not
 * called; one that needs a group is called for the first group `get_group_list` answers.
 */
export const READ_ONLY_ACTIONS: readonly ReadOnlyCall[] = [
  { action: 'get_login_info', params: none },
  { action: 'get_version_info', params: none },
  { action: 'get_status', params: none },
  { action: 'can_send_image', params: none },
  { action: 'can_send_record', params: none },
  { action: 'get_friend_list', params: none },
  { action: 'get_unidirectional_friend_list', params: none },
  { action: 'get_friends_with_category', params: none },
  { action: 'get_group_list', params: none },
  { action: 'get_stranger_info', params: self },
  { action: 'get_group_info', params: group },
  { action: 'get_group_member_list', params: group },
  {
    action: 'get_group_member_info',
    params: (c) => (c.selfId === undefined || c.groupId === undefined ? undefined : { group_id: c.groupId, user_id: c.selfId }),
  },
  { action: 'get_group_honor_info', params: (c) => (c.groupId === undefined ? undefined : { group_id: c.groupId, type: 'all' }) },
  { action: 'get_essence_msg_list', params: group },
  { action: 'get_group_file_system_info', params: group },
  { action: 'get_group_root_files', params: group },
  { action: 'get_group_system_msg', params: none },
  { action: 'get_online_clients', params: none },
  { action: 'get_robot_uin_range', params: none },
];

/** An action name no implementation has, for the unknown-action check. */
export const UNKNOWN_ACTION = 'conform_probe_no_such_action';

export interface ProbeOptions {
  model: Model;
  implementation: string;
  /** `ws://…` (forward WebSocket, universal) or `http://…` (HTTP API). */
  url: string;
  token?: string;
  /** Per call and per connection attempt. Default 10 000 ms. */
  timeoutMs?: number;
  /** Actions with side effects the user allows, called with the profile's example parameters. */
  allowWrites?: readonly string[];
}

interface Answer {
  /** HTTP status (200 over WebSocket). */
  status: number;
  envelope?: Record<string, unknown>;
}

/** One way of calling: a WebSocket connection or HTTP requests. */
interface Caller {
  /** `checked: false` keeps a deliberate probe (the unknown action) out of the findings. */
  call(action: string, params: Record<string, unknown>, checked?: boolean): Promise<Answer | undefined>;
  close(): void;
}

export async function probe(options: ProbeOptions): Promise<ConformReport> {
  const started = new Date();
  const checker = new ConformanceChecker(options.model, options.implementation);
  const url = new URL(options.url);
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol))
    throw new Error(`the address must be ws://, wss://, http:// or https://, not ${url.protocol}`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const websocket = url.protocol === 'ws:' || url.protocol === 'wss:';
  const result: ProbeResult = { calls: [], checks: [], notProbed: [] };
  const profileNames = new Map<string, Action>();
  for (const action of checker.profile.actions) for (const name of [action.name, ...action.aliases.map((a) => a.name)]) profileNames.set(name, action);
  for (const name of options.allowWrites ?? []) {
    if (!profileNames.has(name)) throw new Error(`--allow-writes: ${options.implementation} has no action '${name}' in the spec`);
  }

  result.checks.push(...(await authChecks(url, options.token, websocket, timeoutMs)));

  let caller: Caller;
  try {
    caller = websocket ? await WsCaller.connect(url, options.token, timeoutMs, checker) : new HttpCaller(url, options.token, timeoutMs, checker);
  } catch (error) {
    result.checks.push({ name: 'connect with the token', expected: 'connected', observed: (error as Error).message, ok: false });
    return finish();
  }
  try {
    const unknown = await caller.call(UNKNOWN_ACTION, {}, false);
    result.checks.push(unknownActionCheck(unknown, websocket));

    const context: Context = {};
    const called = new Set<string>();
    for (const entry of READ_ONLY_ACTIONS) {
      const action = profileNames.get(entry.action);
      if (!action) continue;
      called.add(action.name);
      const params = entry.params(context);
      if (!params) {
        result.calls.push({ action: entry.action, outcome: 'skipped', detail: "needs a group or the bot's own id, which earlier answers did not give" });
        continue;
      }
      const answer = await caller.call(entry.action, params);
      result.calls.push(outcomeOf(entry.action, answer));
      learn(context, entry.action, answer?.envelope?.data);
    }
    for (const name of options.allowWrites ?? []) {
      const action = profileNames.get(name)!;
      called.add(action.name);
      const params = action.examples.find((e) => e.params !== undefined)?.params ?? {};
      result.calls.push(outcomeOf(name, await caller.call(name, params)));
    }
    result.notProbed = checker.profile.actions.map((a) => a.name).filter((name) => !called.has(name));
  } finally {
    caller.close();
  }
  return finish();

  function finish(): ConformReport {
    return {
      mode: 'probe',
      implementation: options.implementation,
      target: publicAddress(url),
      startedAt: started.toISOString(),
      durationMs: Date.now() - started.getTime(),
      summary: checker.summary(),
      probe: result,
    };
  }
}

function outcomeOf(action: string, answer: Answer | undefined): ProbeResult['calls'][number] {
  if (!answer) return { action, outcome: 'no-answer', detail: 'no answer within the timeout' };
  const envelope = answer.envelope;
  if (answer.status === 404 || envelope?.retcode === 1404) return { action, outcome: 'missing', detail: 'answered as an unknown action' };
  if (answer.status !== 200 || !envelope) return { action, outcome: 'failed', detail: `HTTP ${answer.status}` };
  if (envelope.status === 'ok' || envelope.status === 'async') return { action, outcome: 'ok' };
  return { action, outcome: 'failed', detail: `retcode ${String(envelope.retcode)}` };
}

function learn(context: Context, action: string, data: unknown): void {
  const record = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
  const id = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : undefined);
  if (action === 'get_login_info') context.selfId = id(record(data)?.user_id);
  if (action === 'get_group_list' && Array.isArray(data)) context.groupId = id(record(data[0])?.group_id);
}

function unknownActionCheck(answer: Answer | undefined, websocket: boolean): ProbeResult['checks'][number] {
  const name = 'an unknown action';
  const expected = websocket ? 'a failed answer with retcode 1404' : 'HTTP 404';
  if (!answer) return { name, expected, observed: 'no answer within the timeout', ok: false };
  const retcode = answer.envelope?.retcode;
  const observed = websocket
    ? `${String(answer.envelope?.status)} with retcode ${String(retcode)}`
    : `HTTP ${answer.status}${retcode !== undefined ? ` with retcode ${String(retcode)}` : ''}`;
  return { name, expected, observed, ok: websocket ? answer.envelope?.status === 'failed' && retcode === 1404 : answer.status === 404 };
}

/** Connecting without the token and with a wrong one: the standard refuses with 401 and 403. */
async function authChecks(url: URL, token: string | undefined, websocket: boolean, timeoutMs: number): Promise<ProbeResult['checks']> {
  if (!token) {
    const note = 'not checked: no --token given';
    return [
      { name: 'no token', expected: 'HTTP 401', observed: note, ok: null },
      { name: 'a wrong token', expected: 'HTTP 403', observed: note, ok: null },
    ];
  }
  const out: ProbeResult['checks'] = [];
  for (const [name, given, status] of [
    ['no token', undefined, 401],
    ['a wrong token', `${token}-wrong`, 403],
  ] as const) {
    const observed = websocket ? await wsRefusal(url, given, timeoutMs) : await httpRefusal(url, given, timeoutMs);
    out.push({ name, expected: `HTTP ${status}${websocket ? ' at the handshake' : ''}`, observed: observed.text, ok: observed.status === status });
  }
  return out;
}

async function wsRefusal(url: URL, token: string | undefined, timeoutMs: number): Promise<{ status?: number; text: string }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    let frame: Record<string, unknown> | undefined;
    const timer = setTimeout(
      () => {
        ws.terminate();
        resolve({ text: frame ? describeFrame(frame, 'accepted the connection, then sent') : 'accepted the connection and kept it open' });
      },
      Math.min(timeoutMs, 3000),
    );
    ws.on('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      res.resume();
      ws.terminate();
      resolve({ status: res.statusCode, text: `HTTP ${res.statusCode} at the handshake` });
    });
    ws.on('error', (error) => {
      clearTimeout(timer);
      resolve({ text: `could not connect: ${error.message}` });
    });
    ws.on('message', (data) => {
      try {
        const value: unknown = JSON.parse(String(data));
        if (typeof value === 'object' && value !== null && !frame) frame = value as Record<string, unknown>;
      } catch {
        // Not JSON: described as no frame.
      }
    });
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve({ text: `${frame ? describeFrame(frame, 'accepted the connection, sent') : 'accepted the connection'}, then closed it (${code})` });
    });
  });
}

function describeFrame(frame: Record<string, unknown>, lead: string): string {
  return `${lead} a ${String(frame.status)} answer with retcode ${String(frame.retcode)}`;
}

async function httpRefusal(url: URL, token: string | undefined, timeoutMs: number): Promise<{ status?: number; text: string }> {
  try {
    const response = await fetch(new URL(`${url.pathname.replace(/\/$/, '')}/get_status`, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: '{}',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return { status: response.status, text: `HTTP ${response.status}` };
  } catch (error) {
    return { text: `no answer: ${(error as Error).message}` };
  }
}

class WsCaller implements Caller {
  private readonly waiting = new Map<string, (answer: Answer | undefined) => void>();
  private readonly unchecked = new Set<string>();
  private next = 0;

  private constructor(
    private readonly ws: WebSocket,
    private readonly timeoutMs: number,
    private readonly checker: ConformanceChecker,
  ) {
    ws.on('message', (data, isBinary) => {
      const text = isBinary ? '\u0000binary' : String(data);
      const echo = echoOf(text);
      const value = typeof echo === 'string' && this.unchecked.delete(echo) ? JSON.parse(text) : checker.frame('implementation', text);
      if (typeof value !== 'object' || value === null || 'post_type' in value) return;
      const resolve = typeof echo === 'string' ? this.waiting.get(echo) : undefined;
      if (resolve) resolve({ status: 200, envelope: value as Record<string, unknown> });
    });
    ws.on('close', () => {
      for (const resolve of this.waiting.values()) resolve(undefined);
    });
  }

  static connect(url: URL, token: string | undefined, timeoutMs: number, checker: ConformanceChecker): Promise<WsCaller> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, handshakeTimeout: timeoutMs });
      ws.once('unexpected-response', (_req, res) => {
        res.resume();
        ws.terminate();
        reject(new Error(`the handshake was refused with HTTP ${res.statusCode}`));
      });
      ws.once('error', (error) => reject(new Error(`cannot connect: ${error.message}`)));
      ws.once('open', () => {
        ws.on('error', () => undefined);
        resolve(new WsCaller(ws, timeoutMs, checker));
      });
    });
  }

  call(action: string, params: Record<string, unknown>, checked = true): Promise<Answer | undefined> {
    if (this.ws.readyState !== WebSocket.OPEN) return Promise.resolve(undefined);
    const echo = `conform-${++this.next}`;
    const text = JSON.stringify({ action, params, echo });
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(undefined), this.timeoutMs);
      const done = (answer: Answer | undefined) => {
        clearTimeout(timer);
        this.waiting.delete(echo);
        resolve(answer);
      };
      this.waiting.set(echo, done);
      if (checked) this.checker.frame('bot', text);
      else this.unchecked.add(echo);
      this.ws.send(text);
    });
  }

  close(): void {
    this.ws.close();
  }
}

class HttpCaller implements Caller {
  constructor(
    private readonly url: URL,
    private readonly token: string | undefined,
    private readonly timeoutMs: number,
    private readonly checker: ConformanceChecker,
  ) {}

  async call(action: string, params: Record<string, unknown>, checked = true): Promise<Answer | undefined> {
    if (checked) this.checker.frame('bot', JSON.stringify(params), action);
    try {
      const response = await fetch(new URL(`${this.url.pathname.replace(/\/$/, '')}/${encodeURIComponent(action)}`, this.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: JSON.stringify(params),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      if (response.status !== 200) return { status: response.status };
      const envelope = checked ? this.checker.frame('implementation', text, action) : parseJson(text);
      return { status: 200, ...(typeof envelope === 'object' && envelope !== null ? { envelope: envelope as Record<string, unknown> } : {}) };
    } catch {
      return undefined;
    }
  }

  close(): void {}
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The echo of an answer frame, without checking it. */
function echoOf(text: string): unknown {
  const value = parseJson(text);
  return typeof value === 'object' && value !== null ? (value as { echo?: unknown }).echo : undefined;
}

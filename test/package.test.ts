/**
 * The npm package: `pnpm pack` it, install the tarball into a fresh scratch project as a user
 * would (from the package registry, reusing the local pnpm store where it can), compile a small
 * bot there with tsc under NodeNext, and run it against the mock implementation over loopback.
 *
 * `--prefer-offline`, not `--offline`: `pnpm install --frozen-lockfile` fills the store but not
 * pnpm's metadata cache, so an offline install only works where something else warmed that cache.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockServer } from '../mock/index.js';
import { ROOT } from './helpers/paths.js';

/** A bot project's tsconfig as a user of the package writes it: strict, NodeNext, and the package's declarations checked too. */
const consumerTsconfig = (folder: string) =>
  JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'dist', types: ['node'], skipLibCheck: false },
    include: [folder],
  });

const TOKEN = 'package-token';

const BOT = `
import { ActionFailedError, HttpTransport, OneBotClient, WsForwardTransport, plainText, seg, stringify, type EventMap } from 'onebot-spec';
import { parse } from 'onebot-spec/cq-code';

const [httpUrl, wsUrl] = process.argv.slice(2) as [string, string];
const http = new OneBotClient(new HttpTransport({ baseUrl: httpUrl, accessToken: '${TOKEN}' }), { timeoutMs: 5_000 });
const me = await http.get_login_info();

const bot = new OneBotClient(new WsForwardTransport({ url: wsUrl, accessToken: '${TOKEN}', reconnect: false }), { timeoutMs: 5_000 });
const lifecycle = await new Promise<EventMap['meta_event.lifecycle']>((resolve) => bot.on('meta_event.lifecycle', resolve));
const greeting = [seg.text('hi from the package'), seg.face(14)];
const sent = await bot.send_private_msg({ user_id: me.user_id, message: greeting });
// @ts-expect-error user_id is a number: this line proves the package's types are real, not any.
const wrong = () => bot.send_private_msg({ user_id: 'x', message: 'y' });
void wrong;
let failed = '';
try {
  await bot.call('no_such_action' as 'get_login_info');
} catch (error) {
  failed = error instanceof ActionFailedError ? 'retcode ' + error.retcode : 'other';
}
console.log(JSON.stringify({ me: me.user_id, lifecycle: lifecycle.sub_type, message_id: sent.message_id, failed, cq: stringify(parse('[CQ:face,id=1]&amp;')), text: plainText(greeting), face: stringify([greeting[1]!]) }));
await bot.close();
`;

/** A NapCat bot on NapCat's entry point: its string ids, an image's summary, an action only NapCat has. */
const NAPCAT_BOT = `
import { ActionFailedError as RootActionFailedError } from 'onebot-spec';
import { ActionFailedError, HttpTransport, OneBotClient, seg, type GroupMessageEvent, type SendSegment } from 'onebot-spec/napcat';

const [httpUrl] = process.argv.slice(2) as [string];
const bot = new OneBotClient(new HttpTransport({ baseUrl: httpUrl, accessToken: '${TOKEN}' }), { timeoutMs: 5_000 });
const message: SendSegment[] = [seg.image({ file: 'https://example.com/cat.png', summary: '[cat]' }), seg.at(10001000), seg.text(' hi')];
const sent = await bot.send_group_msg({ group_id: '123456', message });
await bot.set_msg_emoji_like({ message_id: sent.message_id, emoji_id: 76 });
const members = await bot.get_group_member_list({ group_id: '123456' });
// @ts-expect-error NapCat has no guild actions: the entry point has only NapCat's.
const guilds = () => bot.get_guild_channel_list({ guild_id: '1' });
void guilds;
const onGroup = (e: GroupMessageEvent) => ({ reply: [seg.reply(e.message_id), seg.text(String(e.group_id))] });
bot.on('message.group', onGroup);
let failed = '';
try {
  await bot.call('no_such_action' as 'get_login_info');
} catch (error) {
  // One runtime under every entry point: the error is the root entry's class too.
  failed = error instanceof ActionFailedError && error instanceof RootActionFailedError ? 'retcode ' + error.retcode : 'other';
}
console.log(JSON.stringify({ message_id: sent.message_id, members: Array.isArray(members), failed }));
`;

/** Where the first test installed the package, for the tests after it. */
let installedApp: string | undefined;

/** A bot's own test, as a user writes it with the test kit: the mock in-process, the bot against it. */
const KIT_TEST = `
import { ActionFailedError, OneBotClient, WsForwardTransport, plainText, reply, seg } from 'onebot-spec';
import { MockFailure, MockServer } from 'onebot-spec/mock';

const mock = await MockServer.start({ implementation: 'napcat' });
const bot = new OneBotClient(new WsForwardTransport({ url: mock.wsUrl, reconnect: false }), { timeoutMs: 5_000 });
const replies: Promise<unknown>[] = [];
bot.on('message.group', (e) => {
  if (plainText(e.message).trim() === 'ping') replies.push(reply(bot, e, [seg.reply(e.message_id), seg.at(e.user_id), seg.text(' pong')]));
});
await mock.waitForEventConnection();
await mock.emit('message.group', { group_id: 7, user_id: 8, message_id: 9, message: [seg.text('ping')] });
const call = await mock.waitForCall('send_group_msg');
await Promise.all(replies);
mock.handle('get_group_member_list', () => {
  throw new MockFailure(1200, 'no such group');
});
let retcode = 0;
try {
  await bot.get_group_member_list({ group_id: 7 });
} catch (error) {
  if (error instanceof ActionFailedError) retcode = error.retcode;
}
// @ts-expect-error the kit is typed: get_login_info answers a login info, not a number.
mock.handle('get_login_info', () => 1);
console.log(JSON.stringify({ group: call.params.group_id, message: call.params.message, errors: call.errors, retcode, calls: mock.calls.map((c) => c.action) }));
await bot.close();
await mock.close();
`;

const run = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

/** The bot runs while the mock answers in this process, so it must not block the event loop. */
const runAsync = (command: string, args: string[], cwd: string) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${out}\n${err}`))));
  });

let scratch: string;
let mock: MockServer;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'onebot-package-'));
  mock = await MockServer.start({ accessToken: TOKEN });
});
afterAll(async () => {
  await mock.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('packs, installs into a fresh project, compiles a bot under NodeNext and runs it against the mock', async () => {
    // prepack builds dist/ with tsc.
    run('pnpm', ['pack', '--pack-destination', scratch], ROOT);
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))!;
    const listing = run('tar', ['-tzf', join(scratch, tarball)], scratch)
      .trim()
      .split('\n');
    expect(
      listing.every((f) =>
        /^package\/(dist\/(package|runtime|generated\/typescript|generated\/model|generator\/model|mock)\/|package\.json$|README\.md$)/.test(f),
      ),
      listing.join('\n'),
    ).toBe(true);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(['ws']);

    const app = join(scratch, 'app');
    mkdirSync(join(app, 'src'), { recursive: true });
    const typesNode = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;
    const typescript = (JSON.parse(readFileSync(join(ROOT, 'node_modules/typescript/package.json'), 'utf8')) as { version: string }).version;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'scratch-bot',
          private: true,
          type: 'module',
          dependencies: { 'onebot-spec': `file:../${tarball}` },
          devDependencies: { typescript, '@types/node': typesNode },
        },
        null,
        2,
      ),
    );
    writeFileSync(join(app, 'tsconfig.json'), consumerTsconfig('src'));
    writeFileSync(join(app, 'src/bot.ts'), BOT);
    writeFileSync(join(app, 'src/napcat-bot.ts'), NAPCAT_BOT);
    const store = run('pnpm', ['store', 'path'], ROOT).trim();
    run('pnpm', ['install', '--prefer-offline', '--store-dir', store, '--ignore-workspace'], app);
    run(join(app, 'node_modules/.bin/tsc'), ['-p', '.'], app);

    const before = mock.calls.length;
    const output = await runAsync(process.execPath, ['dist/bot.js', mock.httpUrl, mock.wsUrl], app);
    expect(JSON.parse(output.trim())).toEqual({
      me: expect.any(Number),
      lifecycle: 'connect',
      message_id: expect.any(Number),
      failed: 'retcode 1404',
      cq: '[CQ:face,id=1]&amp;',
      text: 'hi from the package',
      face: '[CQ:face,id=14]',
    });
    expect(mock.calls.slice(before).map((c) => [c.action, c.transport, c.errors])).toEqual([
      ['get_login_info', 'http', []],
      ['send_private_msg', 'ws', []],
    ]);
    installedApp = app;
    // Packing builds with tsc and installing resolves packages: slow on a loaded machine.
  }, 240_000);

  it('ships an entry point per implementation: a NapCat bot on onebot-spec/napcat compiles (above) and runs against a NapCat mock', async () => {
    expect(installedApp, 'the test above packs and installs the package').toBeDefined();
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> };
    for (const id of ['napcat', 'go-cqhttp', 'lagrange', 'onebot11']) {
      expect(manifest.exports[`./${id}`]).toEqual({
        types: `./dist/generated/typescript/${id}/index.d.ts`,
        default: `./dist/generated/typescript/${id}/index.js`,
      });
      const installed = join(installedApp!, 'node_modules/onebot-spec', manifest.exports[`./${id}`]!.default);
      expect(readFileSync(installed, 'utf8')).toContain("from '../../../runtime/index.js'");
    }
    const napcat = await MockServer.start({ accessToken: TOKEN, implementation: 'napcat' });
    try {
      const output = await runAsync(process.execPath, ['dist/napcat-bot.js', napcat.httpUrl], installedApp!);
      expect(JSON.parse(output.trim())).toEqual({ message_id: expect.any(Number), members: true, failed: 'retcode 1404' });
      expect(napcat.calls.map((c) => [c.action, c.params, c.errors])).toEqual([
        [
          'send_group_msg',
          {
            group_id: '123456',
            message: [
              { type: 'image', data: { file: 'https://example.com/cat.png', summary: '[cat]' } },
              { type: 'at', data: { qq: '10001000' } },
              { type: 'text', data: { text: ' hi' } },
            ],
          },
          [],
        ],
        ['set_msg_emoji_like', { message_id: expect.any(Number), emoji_id: 76 }, []],
        ['get_group_member_list', { group_id: '123456' }, []],
      ]);
    } finally {
      await napcat.close();
    }
  });

  it('pnpm build writes nothing when tsc reports an error (the previous dist/ stays as it was)', () => {
    // The build's own tsconfig, pointed at one file with a type error and at a scratch output folder.
    const project = join(scratch, 'build-error');
    mkdirSync(join(project, 'dist'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(project, 'dist/previous.js'), 'export const previous = 1;\n');
    writeFileSync(join(project, 'index.ts'), "export const n: number = 'not a number';\nexport const fine = 1;\n");
    const config = { extends: join(ROOT, 'tsconfig.build.json'), compilerOptions: { rootDir: '.', outDir: 'dist', types: [] }, include: ['index.ts'] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const failed = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    // tsc's exit code for "errors, outputs skipped" (2 would be "errors, outputs written").
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/index\.ts\(1,14\): error TS2322/);
    expect(readdirSync(join(project, 'dist'))).toEqual(['previous.js']);
    // The same build without the error does write: the check above is about the error, not the set-up.
    writeFileSync(join(project, 'index.ts'), 'export const n: number = 1;\n');
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(readdirSync(join(project, 'dist')).sort()).toEqual(['index.d.ts', 'index.js', 'previous.js']);
  });

  it('ships the README written for bot developers, and the test kit runs a bot’s own test in a fresh project (ajv as its dev dependency)', async () => {
    if (!readdirSync(scratch).some((f) => f.endsWith('.tgz'))) run('pnpm', ['pack', '--pack-destination', scratch], ROOT);
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))!;
    const readme = run('tar', ['-xzOf', join(scratch, tarball), 'package/README.md'], scratch);
    expect(readme).toBe(readFileSync(join(ROOT, 'package/README.md'), 'utf8'));
    // Packing put the repository's README back.
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/^# onebot-spec\n\nOne machine-readable source of truth/);
    const packed = JSON.parse(run('tar', ['-xzOf', join(scratch, tarball), 'package/package.json'], scratch)) as {
      dependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, unknown>;
    };
    expect(Object.keys(packed.dependencies)).toEqual(['ws']);
    expect(packed.peerDependenciesMeta).toEqual({ ajv: { optional: true } });

    const app = join(scratch, 'kit-app');
    mkdirSync(join(app, 'test'), { recursive: true });
    const version = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'scratch-kit',
          private: true,
          type: 'module',
          dependencies: { 'onebot-spec': `file:../${tarball}` },
          devDependencies: { ajv: version('ajv'), typescript: version('typescript'), '@types/node': version('@types/node') },
        },
        null,
        2,
      ),
    );
    writeFileSync(join(app, 'tsconfig.json'), consumerTsconfig('test'));
    writeFileSync(join(app, 'test/bot.test.ts'), KIT_TEST);
    const store = run('pnpm', ['store', 'path'], ROOT).trim();
    run('pnpm', ['install', '--prefer-offline', '--store-dir', store, '--ignore-workspace'], app);
    run(join(app, 'node_modules/.bin/tsc'), ['-p', '.'], app);
    const output = JSON.parse((await runAsync(process.execPath, ['dist/bot.test.js'], app)).trim());
    expect(output).toEqual({
      group: 7,
      message: [
        { type: 'reply', data: { id: '9' } },
        { type: 'at', data: { qq: '8' } },
        { type: 'text', data: { text: ' pong' } },
      ],
      errors: [],
      retcode: 1200,
      calls: ['send_group_msg', 'get_group_member_list'],
    });
  }, 240_000);
});

/**
 * Malformed specs: each case breaks a copy of the kitchen-sink spec in one way and asserts the
 * reported file, line and message, the exit code, and that the output folder was not touched.
 */
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runGenerate } from '../generator/cli/generate.js';
import { KITCHEN_SINK, TEMPLATES_DIR } from './helpers/paths.js';

// Tests may run as root, for whom a file's permissions never stop a read: a file with no
// permissions at all fails to read here as it would for anyone else (EACCES).
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
    if (typeof path === 'string' && process.getuid?.() === 0) {
      const info = await fs.stat(path).catch(() => undefined);
      if (info?.isFile() && (info.mode & 0o777) === 0) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    }
    return (fs.readFile as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, readFile, default: { ...fs, readFile } };
});

interface Case {
  /** The file to change, relative to the spec folder. */
  file: string;
  /** Replace `from` with `to` in that file (or write `to` as the whole file when `from` is undefined). */
  from?: string | RegExp;
  to: string;
  /** Where the error must point: the file, and text on the line (in the changed spec) it must name. */
  at: [file: string, textOnLine: string];
  message: RegExp;
  /** Exit code; 2 unless the case is about warnings. */
  exit?: number;
  strict?: boolean;
  /** The error's column is where this text starts on that line. */
  column?: string;
  /** Changes no text can make (bytes, links, permissions), after the text change. */
  setup?: (spec: string) => Promise<void>;
  /** More arguments for the run (a lowered limit). */
  args?: string[];
}

/** Nested aliases that expand to 9^6 strings: a few hundred bytes of "billion laughs". */
const ALIAS_BOMB = ['a', 'b', 'c', 'd', 'e', 'f']
  .map((name, i, all) => `x-${name}: &${name} [${Array.from({ length: 9 }, () => (i ? `*${all[i - 1]}` : 'lol')).join(', ')}]`)
  .join('\n');

/** `get_people`'s example with this many people in its result. */
const manyPeople = (n: number) =>
  `      - result: [${Array.from({ length: n }, (_, i) => `{ user_id: ${i}, nickname: a, tags: [x], remark: null }`).join(', ')}]`;

const cases: [string, Case][] = [
  [
    'YAML syntax error',
    {
      file: 'types.yaml',
      from: '    example: { user_id: 1, nickname: a, tags: [], remark: null }',
      to: '    example: { user_id: 1, nickname: a: b }',
      at: ['types.yaml', 'nickname: a: b'],
      message: /YAML syntax: Block collections are not allowed within flow collections/,
    },
  ],
  [
    'a duplicate key in one mapping',
    {
      file: 'types.yaml',
      from: '      nickname: string\n',
      to: '      nickname: string\n      nickname: { type: string }\n',
      at: ['types.yaml', 'nickname: { type: string }'],
      message: /YAML syntax: Map keys must be unique/,
    },
  ],
  [
    'an unknown key',
    {
      file: 'actions.yaml',
      from: '    category: misc\n    origin: community',
      to: '    categroy: misc\n    category: misc\n    origin: community',
      at: ['actions.yaml', 'categroy: misc'],
      message: /unknown key 'categroy' in 'actions\.get_people'/,
    },
  ],
  [
    'an unknown top-level section',
    { file: 'segments.yaml', from: 'segments:', to: 'segment:', at: ['segments.yaml', 'segment:'], message: /unknown key 'segment' in the file/ },
  ],
  [
    'a wrong value type',
    {
      file: 'actions.yaml',
      from: 'variants: [async, rate_limited]',
      to: 'variants: async',
      at: ['actions.yaml', 'variants: async'],
      message: /'actions\.send_group_msg\.variants' must be a list, not string "async"/,
    },
  ],
  [
    'a missing required key',
    {
      file: 'actions.yaml',
      from: '    title: { zh: 计数, en: Count }\n',
      to: '',
      at: ['actions.yaml', 'get_count:'],
      message: /missing the required key 'title'/,
    },
  ],
  [
    'an invalid type name',
    { file: 'types.yaml', from: '  IdOrName:', to: '  id_or_name:', at: ['types.yaml', 'id_or_name:'], message: /'id_or_name' is not a valid name in 'types'/ },
  ],
  [
    'an unresolved type reference',
    {
      file: 'types.yaml',
      from: 'sex: { type: Sex, required: false }',
      to: 'sex: { type: Sexx, required: false }',
      at: ['types.yaml', 'Sexx'],
      message: /unknown type 'Sexx'/,
    },
  ],
  [
    'a broken type expression',
    {
      file: 'types.yaml',
      from: "tags: { type: 'string[]'",
      to: "tags: { type: 'string[' ",
      at: ['types.yaml', "string['"],
      message: /invalid type expression 'string\['/,
    },
  ],
  [
    'a type defined in two files',
    {
      file: 'events.yaml',
      from: 'events:',
      to: 'types:\n  Person: string\nevents:',
      at: ['types.yaml', '  Person:'],
      message: /type 'Person' is defined twice/,
    },
  ],
  [
    'an unknown category',
    {
      file: 'actions.yaml',
      from: 'category: message.group',
      to: 'category: message.grop',
      at: ['actions.yaml', 'message.grop'],
      message: /unknown category 'message\.grop'/,
    },
  ],
  [
    'an unknown implementation in a segment example',
    {
      file: 'segments.yaml',
      from: '        implementation: ext\n',
      to: '        implementation: extt\n',
      at: ['segments.yaml', 'extt'],
      message: /unknown implementation 'extt'/,
    },
  ],
  [
    'an unknown implementation in support',
    {
      file: 'actions.yaml',
      from: '    support: { std: false, ext: true }',
      to: '    support: { std: false, extt: true }',
      at: ['actions.yaml', 'extt'],
      message: /unknown implementation 'extt'/,
    },
  ],
  [
    'an example that does not match',
    {
      file: 'actions.yaml',
      from: 'params: { group_id: 123, message: hello }',
      to: "params: { group_id: 'abc', message: hello }",
      at: ['actions.yaml', "group_id: 'abc'"],
      message: /params of this example of 'send_group_msg' does not match its type: group_id: expected int64, got "abc"/,
    },
  ],
  [
    'an unexpected key in an example',
    {
      file: 'actions.yaml',
      from: 'result: { message_id: 1 }',
      to: 'result: { message_id: 1, extra: 2 }',
      at: ['actions.yaml', 'result: { message_id: 1, extra: 2 }'],
      message: /result of this example of 'send_group_msg' does not match its type: unexpected key 'extra'/,
    },
  ],
  [
    'a duplicate enum value',
    {
      file: 'types.yaml',
      from: '      - { value: 30, name: away, title: 离开, description: 暂时离开 }',
      to: '      - { value: 10, name: away, title: 离开 }',
      at: ['types.yaml', 'value: 10, name: away'],
      message: /enum value 10 is listed twice/,
    },
  ],
  [
    'an enum value of the wrong type',
    {
      file: 'types.yaml',
      from: '      - { value: 10, name: online, title: 在线 }',
      to: "      - { value: 'ten', name: online, title: 在线 }",
      at: ['types.yaml', "value: 'ten'"],
      message: /enum value "ten" is not an integer/,
    },
  ],
  [
    'a default that does not match its type',
    {
      file: 'actions.yaml',
      from: 'no_cache: { type: boolean, default: false }',
      to: "no_cache: { type: boolean, default: 'no' }",
      at: ['actions.yaml', "default: 'no'"],
      message: /this default does not match its type/,
    },
  ],
  [
    'a required field with a default',
    {
      file: 'actions.yaml',
      from: 'auto_escape: { type: boolean, default: false,',
      to: 'auto_escape: { type: boolean, required: true, default: false,',
      at: ['actions.yaml', 'auto_escape:'],
      message: /has a default, so it cannot be required/,
    },
  ],
  [
    'a CQ example that does not match its data',
    {
      file: 'segments.yaml',
      from: "cq: '[CQ:image,file=a.jpg,cache=0]'",
      to: "cq: '[CQ:image,file=a.jpg,cache=1]'",
      at: ['segments.yaml', "- data: { file: 'a.jpg', cache: '0' }"],
      message: /CQ code of this example of segment 'image' does not match/,
    },
  ],
  [
    'discriminators in the wrong order',
    {
      file: 'events.yaml',
      from: 'discriminators: { post_type: message, message_type: group }',
      to: 'discriminators: { message_type: group, post_type: message }',
      at: ['events.yaml', 'discriminators: { message_type: group'],
      message: /first discriminator must be 'post_type'/,
    },
  ],
  [
    'an ambiguous event (prefix discriminators)',
    {
      file: 'events.yaml',
      from: 'discriminators: { post_type: notice, notice_type: notify, sub_type: honor }',
      to: 'discriminators: { post_type: notice, notice_type: notify }',
      at: ['events.yaml', '  honor:'],
      message: /discriminators of 'honor' are a prefix of those of 'poke'/,
    },
  ],
  [
    'a wrong secondary discriminator',
    {
      file: 'events.yaml',
      from: 'post_type: notice, notice_type: notify, sub_type: poke',
      to: 'post_type: notice, message_type: notify, sub_type: poke',
      at: ['events.yaml', 'message_type: notify'],
      message: /discriminated by 'notice_type', not 'message_type'/,
    },
  ],
  [
    'an alias that is also an action',
    {
      file: 'actions.yaml',
      from: 'name: send_group_message',
      to: 'name: get_count',
      at: ['actions.yaml', '  send_group_msg:'],
      message: /alias 'get_count' of 'send_group_msg' is also an action/,
    },
  ],
  [
    'two actions with the same name in code',
    {
      file: 'actions.yaml',
      from: '  get_count:',
      to: '  do_nothing:',
      at: ['actions.yaml', '  do_nothing:'],
      message: /warning: actions '\.do_nothing' and 'do_nothing' would have the same name in code \('do_nothing'\)/,
      strict: true,
    },
  ],
  [
    'a routed name that is neither the action nor an alias',
    {
      file: 'actions.yaml',
      from: 'remove_params: [mode]',
      to: 'remove_params: [mode]\n        names: [send_group_mesage]',
      at: ['actions.yaml', 'names: [send_group_mesage]'],
      message: /'send_group_mesage' is neither 'send_group_msg' nor one of its aliases/,
    },
  ],
  [
    'removing a parameter that does not exist',
    {
      file: 'actions.yaml',
      from: 'remove_params: [mode]',
      to: 'remove_params: [mood]',
      at: ['actions.yaml', 'remove_params: [mood]'],
      message: /'mood' is not a parameter of this action/,
    },
  ],
  [
    'a segment field against the segment direction',
    {
      file: 'segments.yaml',
      from: '    direction: receive\n    deprecated: 由 node 取代\n    fields:\n      id: string',
      to: '    direction: receive\n    deprecated: 由 node 取代\n    fields:\n      id: { type: string, direction: send }',
      at: ['segments.yaml', 'id: { type: string, direction: send }'],
      message: /field 'id' is send-only, but segment 'forward' is only received/,
    },
  ],
  [
    'a type defined as itself',
    {
      file: 'types.yaml',
      from: 'types:\n',
      to: 'types:\n  Selfish: Selfish | null\n',
      at: ['types.yaml', 'Selfish: Selfish'],
      column: 'Selfish |',
      message: /type 'Selfish' is defined as itself/,
    },
  ],
  [
    'two types defined as each other',
    {
      file: 'types.yaml',
      from: 'types:\n',
      to: 'types:\n  Ping: Pong | null\n  Pong: Ping\n',
      at: ['types.yaml', 'Ping: Pong'],
      column: 'Pong |',
      message: /types 'Ping', 'Pong' are defined as each other \(Ping → Pong → Ping\)/,
    },
  ],
  [
    'a type in a cycle through a map',
    { file: 'types.yaml', from: 'types:\n', to: "types:\n  Tree: 'map<Tree>'\n", at: ['types.yaml', 'Tree: '], message: /type 'Tree' is defined as itself/ },
  ],
  [
    'a YAML alias bomb',
    {
      file: 'bomb.yaml',
      to: ALIAS_BOMB,
      at: ['bomb.yaml', 'x-d: &d'],
      column: '*c',
      message: /YAML: the alias \*c expands too far \(more than 100 aliased nodes/,
    },
  ],
  [
    'invalid UTF-8',
    {
      file: 'types.yaml',
      from: '    title: { zh: 人, en: Person }',
      to: '    title: { zh: \uFFFD, en: Person }',
      at: ['types.yaml', 'en: Person'],
      column: '\uFFFD',
      message: /invalid UTF-8 \(byte \d+: ff 2c 20 65\)/,
      setup: async (spec) => {
        const path = join(spec, 'types.yaml');
        const bytes = await readFile(path);
        const replacement = Buffer.from('\uFFFD');
        const at = bytes.indexOf(replacement);
        await writeFile(path, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at + replacement.length)]));
      },
    },
  ],
  [
    'an unreadable spec file',
    {
      file: 'events.yaml',
      from: 'events:',
      to: 'events:',
      at: ['events.yaml', 'events:'],
      message: /cannot read this file: permission denied/,
      setup: (spec) => chmod(join(spec, 'events.yaml'), 0o000),
    },
  ],
  [
    'a symbolic link to a file outside the spec folder',
    {
      file: 'linked.yaml',
      to: 'types: {}\n',
      at: ['linked.yaml', 'types: {}'],
      message: /this symbolic link points outside the spec folder/,
      setup: async (spec) => {
        await rename(join(spec, 'linked.yaml'), join(spec, '../outside.yaml'));
        await symlink(join(spec, '../outside.yaml'), join(spec, 'linked.yaml'));
      },
    },
  ],
  [
    'a symbolic link to a folder',
    {
      file: 'types.yaml',
      from: 'types:',
      to: 'types:',
      at: ['more', ''],
      message: /this is a symbolic link to a folder/,
      setup: (spec) => symlink(join(spec, '..'), join(spec, 'more')),
    },
  ],
  [
    'a spec file over the size limit',
    {
      file: 'types.yaml',
      from: 'types:',
      to: 'types:',
      at: ['types.yaml', 'types:'],
      message: /types\.yaml:.*this file is 1\.2 KB, more than the limit of 1 KB/,
      args: ['--max-file-size', '1KB'],
    },
  ],
  [
    'an example over the size limit',
    {
      file: 'actions.yaml',
      from: '      - result: [{ user_id: 1, nickname: a, tags: [x], remark: null }]',
      to: manyPeople(1500),
      at: ['actions.yaml', '      - result: [{ user_id: 0,'],
      message: /the result of this example of 'get_people' is 8\d\.\d KB as JSON, more than the limit of 64 KB/,
    },
  ],
  [
    'an unused type, as a warning under --strict',
    {
      file: 'types.yaml',
      from: 'types:',
      to: 'types:\n  Unused: string',
      at: ['types.yaml', 'Unused: string'],
      message: /warning: type 'Unused' is never used/,
      strict: true,
    },
  ],
  [
    'support that leaves an implementation unstated, as a warning under --strict',
    {
      file: 'actions.yaml',
      from: '    support: { std: false, ext: true }',
      to: '    support: { ext: true }',
      at: ['actions.yaml', 'support: { ext: true }'],
      message: /warning: support leaves std unstated, so the docs say "unknown" for it/,
      strict: true,
      column: '{',
    },
  ],
  [
    'a title in one language, as a warning under --strict',
    {
      file: 'actions.yaml',
      from: 'title: { zh: 发送群消息, en: Send a group message }',
      to: 'title: { zh: 发送群消息 }',
      at: ['actions.yaml', 'title: { zh: 发送群消息 }'],
      message: /warning: `title` has no en; the English docs show it untranslated/,
      strict: true,
    },
  ],
  [
    'a plain-string description, read as Chinese, as a warning under --strict',
    {
      file: 'actions.yaml',
      from: 'description: { zh: 向群发送消息。, en: Sends a message to a group. }',
      to: 'description: 向群发送消息。',
      at: ['actions.yaml', 'description: 向群发送消息。'],
      message: /warning: `description` is a plain string, which is read as Chinese \(zh\) only/,
      strict: true,
    },
  ],
  [
    'an origin that disagrees with the folder, as a warning under --strict',
    {
      file: 'actions/ext/misc.yaml',
      to: 'actions:\n  get_more:\n    title: { zh: 更多, en: More }\n    category: misc\n    origin: std\n    result: int32\n    support: { ext: true }\n',
      at: ['actions/ext/misc.yaml', 'origin: std'],
      message: /warning: origin 'std' disagrees with the file's place, which is for 'ext'/,
      strict: true,
      column: 'std',
    },
  ],
];

let work: string;
let baseline: Map<string, { content: string; mtimeMs: number }>;

async function snapshotDir(dir: string) {
  const out = new Map<string, { content: string; mtimeMs: number }>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path, { content: await readFile(path, 'utf8'), mtimeMs: (await stat(path)).mtimeMs });
  }
  return out;
}

async function run(specDir: string, outDir: string, strict = false, args: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runGenerate(['--spec', specDir, '--out', outDir, '--templates', TEMPLATES_DIR, ...(strict ? ['--strict'] : []), ...args], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'onebot-malformed-'));
  // A real output folder, generated from the good spec, that no failing run may touch.
  const first = await run(KITCHEN_SINK, join(work, 'out'));
  expect(first.code, first.stderr).toBe(0);
  baseline = await snapshotDir(join(work, 'out'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('malformed specs', () => {
  it('the unbroken fixture generates cleanly, even under --strict', async () => {
    const result = await run(KITCHEN_SINK, join(work, 'out'), true);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each(cases)('%s', async (name, c) => {
    const spec = join(work, name.replace(/\W+/g, '-'));
    await cp(KITCHEN_SINK, spec, { recursive: true });
    const path = join(spec, c.file);
    if (c.from !== undefined) {
      const original = await readFile(path, 'utf8');
      expect(original, `the case's anchor text is in ${c.file}`).toMatch(c.from);
      await writeFile(path, original.replace(c.from, c.to));
    } else {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, c.to);
    }
    await c.setup?.(spec);

    const result = await run(spec, join(work, 'out'), c.strict, c.args);
    expect(result.code).toBe(c.exit ?? 2);
    const line = result.stderr.split('\n').find((l) => c.message.test(l));
    expect(line, `expected a diagnostic matching ${c.message} in:\n${result.stderr}`).toBeDefined();
    const [file, text] = c.at;
    // (A link to a folder is reported at its line 1; an unreadable file is read back as the case wrote it.)
    const lines = text === '' ? [''] : (await readFile(join(spec, file), 'utf8').catch(() => c.to)).split('\n');
    const expectedLine = lines.findIndex((l) => l.includes(text)) + 1;
    expect(expectedLine, `'${text}' is on a line of ${file}`).toBeGreaterThan(0);
    const position = /^(.*?):(\d+):(\d+): (error|warning): /.exec(line!);
    expect(position, `${line} starts with file:line:column`).not.toBeNull();
    expect(relative(spec, resolve(position![1]!))).toBe(file);
    expect(Number(position![2])).toBe(expectedLine);
    if (c.column !== undefined) expect(Number(position![3])).toBe(lines[expectedLine - 1]!.indexOf(c.column) + 1);
    expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    expect(result.stderr).toMatch(/nothing was written/);
    expect(await snapshotDir(join(work, 'out'))).toEqual(baseline);
  });
});

describe('example checks name the offending place in spec terms', () => {
  it.each([
    [
      'a nested field of a shared type',
      'events.yaml',
      'sender: { user_id: 4, nickname: n, tags: [], remark: null }',
      'sender: { user_id: 4, nickname: n, tags: [1], remark: null }',
      /sender\.tags\[0\]: expected string, got 1/,
    ],
    [
      'a missing required field',
      'events.yaml',
      'group_id: 3, user_id: 4,',
      'user_id: 4,',
      /this example of event 'group_message' does not match its type: missing 'group_id'/,
    ],
    ['a wrong enum value', 'events.yaml', 'sub_type: normal', 'sub_type: weird', /sub_type: expected one of "normal", "anonymous", got "weird"/],
    [
      'a segment in a message',
      'actions.yaml',
      'message: [{ type: image, data: { file: hi.jpg } }]',
      'message: [{ type: image, data: { fil: hi.jpg } }]',
      /message\[0\]\.data: missing 'file'/,
    ],
    // An implementation's example is checked against that implementation's shapes: ext supports no text segment.
    [
      'a segment the implementation does not have',
      'actions.yaml',
      'message: [{ type: image, data: { file: hi.jpg } }]',
      'message: [{ type: text, data: { text: hi } }]',
      /message\[0\]\.type: unknown segment type "text"/,
    ],
  ])('%s', async (_, file, from, to, message) => {
    const spec = join(work, `values-${file}-${from.length}`);
    await cp(KITCHEN_SINK, spec, { recursive: true });
    const text = await readFile(join(spec, file), 'utf8');
    expect(text).toContain(from);
    await writeFile(join(spec, file), text.replace(from, to));
    const result = await run(spec, join(work, 'out'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('spec folders with links and limits', () => {
  it('follows a symbolic link to a file inside the spec folder', async () => {
    const spec = join(work, 'linked-inside');
    await cp(KITCHEN_SINK, spec, { recursive: true });
    // events.yaml is kept under a name the loader does not read, and linked back under its own.
    await rename(join(spec, 'events.yaml'), join(spec, 'events.source'));
    await symlink('events.source', join(spec, 'events.yaml'));
    const out = join(work, 'linked-out');
    const result = await run(spec, out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/from 4 actions, 8 types, 4 segments, 3 events/);
  });

  it('rejects a limit that is not a size with one line and exit 3', async () => {
    const result = await run(KITCHEN_SINK, join(work, 'out'), false, ['--max-file-size', 'lots']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      "pnpm generate: --max-file-size: 'lots' is not a size; write bytes or a number with KB, MB or GB (for example 8MB) (see pnpm generate --help)",
    );
  });
});

/**
 * `pnpm bench:import`: every importer on generated inputs of about 200,000 lines (many actions and
 * data models, one enormous table, one heading line hundreds of kilobytes long, the same export as
 * mojibake, an OpenAPI document as YAML and as JSON), each against a time budget, and each also at
 * a quarter of the size. Prints the times; exits 1 when an input takes longer than the budget or
 * when quadrupling the input takes far more than four times as long (a quadratic step takes
 * sixteen), which holds on a slow or busy machine too.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { importOpenApi } from '../generator/import/openapi.js';
import { importWiddershinsMarkdown } from '../generator/import/widdershins-markdown.js';
import { fmt, table } from './lib.js';

let LINES = 200_000;
/** Seconds per input; generous for a busy machine, far below what a quadratic step takes at this size. */
const BUDGET = Number(process.env.IMPORT_BENCH_BUDGET ?? 60);
/** The most the full input may take, as a multiple of the quarter-size one. */
const MAX_GROWTH = 8;

const HEAD = ['---', 'title: Bench', 'generator: "@tarslib/widdershins v4.0.23"', '', '---', '', '# Bench', ''];

/** One `## POST` section of a widdershins export: request table, enum table, response table with the envelope. */
function actionSection(i: number): string[] {
  return [
    `## POST 动作${i}`,
    '',
    `POST /action_${i}`,
    '',
    `说明 ${i}`,
    '',
    '### 请求参数',
    '',
    '| 名称 | 位置 | 类型 | 必选 | 说明 |',
    '| --- | --- | --- | --- | --- |',
    '| body | body | object | 否 | none |',
    '| » group_id | body | integer | 是 | none |',
    '| » mode | body | string | 否 | none |',
    '',
    '#### 枚举值',
    '',
    '| 属性 | 值 |',
    '| --- | --- |',
    '| mode | a |',
    '| mode | b |',
    '',
    '### 返回数据结构',
    '',
    '| 名称 | 类型 | 必选 | 约束 | 中文名 | 说明 |',
    '| --- | --- | --- | --- | --- | --- |',
    '| » status | string | true | none | | none |',
    '| » retcode | integer | true | none | | none |',
    '| » data | object | true | none | | none |',
    `| »» item_${i} | [数据${i % 50}](#schema数据${i % 50}) | true | none | | none |`,
    '',
  ];
}

function dataModels(count: number): string[] {
  const out = ['# 数据模型', ''];
  for (let i = 0; i < count; i++) {
    out.push(
      `<h2 id="tocS_数据${i}">数据${i}</h2>`,
      '',
      '### 属性',
      '',
      '| 名称 | 类型 | 必选 | 约束 | 中文名 | 说明 |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    out.push(`| id | integer | true | none | | none |`, `| name | string | false | none | | none |`, '');
  }
  return out;
}

/** About `LINES` lines of actions, then the data models. */
function manyActions(): string {
  const lines = [...HEAD];
  const models = dataModels(50);
  for (let i = 0; lines.length + models.length < LINES; i++) lines.push(...actionSection(i));
  return [...lines, ...models].join('\n');
}

/** One action whose parameter table has about `LINES` rows, with one enumeration of as many values. */
function oneHugeTable(): string {
  const rows = LINES / 2;
  const lines = [
    ...HEAD,
    '## POST 大表',
    '',
    'POST /huge',
    '',
    '### 请求参数',
    '',
    '| 名称 | 位置 | 类型 | 必选 | 说明 |',
    '| --- | --- | --- | --- | --- |',
    '| body | body | object | 否 | none |',
  ];
  for (let i = 0; i < rows; i++) lines.push(`| » field_${i} | body | string | 否 | none |`);
  lines.push('', '#### 枚举值', '', '| 属性 | 值 |', '| --- | --- |');
  for (let i = 0; i < rows; i++) lines.push(`| field_0 | v${i} |`);
  return lines.join('\n');
}

/** A folder heading of hundreds of kilobytes (words and long runs of blanks), over many actions. */
function longHeading(): string {
  const heading = `# ${Array.from({ length: 2_000 }, (_, i) => `目录${i}${' '.repeat(100)}\t`).join('')}${' '.repeat(100_000)}end`;
  return manyActions().replace('\n# Bench\n', `\n# Bench\n\n${heading}\n`);
}

/** The export as an exporter that wrote UTF-8 read as Windows-1252 (Latin-1 is the same for these bytes) gives it. */
function mojibake(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** An OpenAPI 3.1 document with one operation and one component per few lines, about `LINES` lines as YAML. */
function openApi(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  const count = Math.ceil(LINES / 40);
  for (let i = 0; i < count; i++) {
    schemas[`Thing${i}`] = {
      type: 'object',
      description: `Thing ${i}`,
      properties: { id: { type: 'integer', format: 'int64' }, name: { type: ['string', 'null'] }, kind: { type: 'string', enum: ['a', 'b'] } },
      required: ['id'],
    };
    paths[`/action_${i}`] = {
      post: {
        summary: `动作 ${i}`,
        tags: [`group${i % 20}`],
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { group_id: { type: 'integer' }, thing: { $ref: `#/components/schemas/Thing${i}` } } },
            },
          },
        },
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { data: { $ref: `#/components/schemas/Thing${(i + 1) % count}` } } } } },
          },
        },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Bench', version: '1' }, paths, components: { schemas } };
}

const draft = { implementation: 'bench', file: 'bench' };
const dir = mkdtempSync(join(tmpdir(), 'onebot-import-bench-'));

const INPUTS: [name: string, make: () => string, run: (text: string) => Promise<unknown> | unknown][] = [
  ['widdershins: many actions', manyActions, (text) => importWiddershinsMarkdown(text, draft)],
  ['widdershins: one huge table', oneHugeTable, (text) => importWiddershinsMarkdown(text, draft)],
  ['widdershins: one long heading', longHeading, (text) => importWiddershinsMarkdown(text, draft)],
  ['widdershins: mojibake', () => mojibake(manyActions()), (text) => importWiddershinsMarkdown(text, draft)],
  ['openapi: YAML', () => stringify(openApi()), (text) => viaFile('bench.yaml', text)],
  ['openapi: JSON', () => JSON.stringify(openApi(), null, 2), (text) => viaFile('bench.json', text)],
];

function viaFile(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return importOpenApi(path, { ...draft, limits: { maxInputBytes: 1 << 30, maxAliasCount: 100 } });
}

async function seconds(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

const rows: string[][] = [['input', 'lines', 'size', 'seconds (¼ size)', 'seconds', 'growth', `budget ${BUDGET} s, growth ≤ ${MAX_GROWTH}×`]];
const failures: string[] = [];
try {
  for (const [name, make, run] of INPUTS) {
    const full = LINES;
    LINES = full / 4;
    const quarter = make();
    const small = await seconds(() => run(quarter));
    LINES = full;
    const text = make();
    const large = await seconds(() => run(text));
    const growth = large / Math.max(small, 0.05);
    const ok = large <= BUDGET && growth <= MAX_GROWTH;
    if (!ok) failures.push(name);
    rows.push([
      name,
      fmt(text.split('\n').length),
      `${fmt(Buffer.byteLength(text) / 2 ** 20, 1)} MB`,
      fmt(small, 2),
      fmt(large, 2),
      `${fmt(growth, 1)}×`,
      ok ? 'ok' : 'OVER',
    ]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(table(rows));
if (failures.length) {
  console.error(`\n${failures.length} input(s) over the budget or growing faster than linearly: ${failures.join(', ')}`);
  process.exit(1);
}

/**
 * `pnpm bench:import`: every importer on generated inputs of about 200,000 lines (many actions and
 * data models, one enormous table, one heading line hundreds of kilobytes long, the same export as
 * mojibake, an OpenAPI document as YAML and as JSON), each against a time budget. Prints the
 * times; exits 1 when an input takes longer than its budget, which on inputs this size means
 * something in an importer is no longer linear.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { importOpenApi } from '../generator/import/openapi.js';
import { importWiddershinsMarkdown } from '../generator/import/widdershins-markdown.js';
import { fmt, table } from './lib.js';

const LINES = 200_000;
/** Seconds per input; generous for a busy machine, far below what a quadratic step takes at this size. */
const BUDGET = Number(process.env.IMPORT_BENCH_BUDGET ?? 20);

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
    out.push(`<h2 id="tocS_数据${i}">数据${i}</h2>`, '', '### 属性', '', '| 名称 | 类型 | 必选 | 约束 | 中文名 | 说明 |', '| --- | --- | --- | --- | --- | --- |');
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
  const lines = [...HEAD, '## POST 大表', '', 'POST /huge', '', '### 请求参数', '', '| 名称 | 位置 | 类型 | 必选 | 说明 |', '| --- | --- | --- | --- | --- |', '| body | body | object | 否 | none |'];
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
    schemas[`Thing${i}`] = { type: 'object', description: `Thing ${i}`, properties: { id: { type: 'integer', format: 'int64' }, name: { type: ['string', 'null'] }, kind: { type: 'string', enum: ['a', 'b'] } }, required: ['id'] };
    paths[`/action_${i}`] = {
      post: {
        summary: `动作 ${i}`,
        tags: [`group${i % 20}`],
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { group_id: { type: 'integer' }, thing: { $ref: `#/components/schemas/Thing${i}` } } } } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { data: { $ref: `#/components/schemas/Thing${(i + 1) % count}` } } } } } } },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Bench', version: '1' }, paths, components: { schemas } };
}

const draft = { implementation: 'bench', file: 'bench' };
const dir = mkdtempSync(join(tmpdir(), 'onebot-import-bench-'));
const results: { input: string; lines: number; size: number; seconds: number; actions: number }[] = [];

async function measure(input: string, text: string, run: () => Promise<{ model: { actions: unknown[] } }> | { model: { actions: unknown[] } }) {
  const started = performance.now();
  const { model } = await run();
  const seconds = (performance.now() - started) / 1000;
  results.push({ input, lines: text.split('\n').length, size: Buffer.byteLength(text), seconds, actions: model.actions.length });
}

try {
  for (const [input, text] of [
    ['widdershins: many actions', manyActions()],
    ['widdershins: one huge table', oneHugeTable()],
    ['widdershins: one long heading', longHeading()],
    ['widdershins: mojibake', mojibake(manyActions())],
  ] as const) {
    await measure(input, text, () => importWiddershinsMarkdown(text, draft));
  }
  const api = openApi();
  for (const [input, text, file] of [
    ['openapi: YAML', stringify(api), 'bench.yaml'],
    ['openapi: JSON', JSON.stringify(api, null, 2), 'bench.json'],
  ] as const) {
    const path = join(dir, file);
    writeFileSync(path, text);
    await measure(input, text, () => importOpenApi(path, { ...draft, limits: { maxInputBytes: 1 << 30, maxAliasCount: 100 } }));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  table([
    ['input', 'lines', 'size', 'actions', 'seconds', `budget ${BUDGET} s`],
    ...results.map((r) => [r.input, String(r.lines), `${fmt(r.size / 2 ** 20, 1)} MB`, String(r.actions), fmt(r.seconds, 2), r.seconds <= BUDGET ? 'ok' : 'OVER']),
  ]),
);
const over = results.filter((r) => r.seconds > BUDGET);
if (over.length) {
  console.error(`\n${over.length} input(s) over the budget of ${BUDGET} s: ${over.map((r) => r.input).join(', ')}`);
  process.exit(1);
}

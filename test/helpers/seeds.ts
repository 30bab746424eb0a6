/**
 * Names the seed documents (../shared/seeds) mention: actions, segment types and event
 * discriminator values, each read the way that document writes them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from './paths.js';

export const SEEDS_DIR = fromRoot('../shared/seeds');

export interface SeedNames {
  actions: Map<string, string[]>;
  segments: Map<string, string[]>;
  /** Values of post_type / notice_type / request_type / sub_type that events are told apart by. */
  events: Map<string, string[]>;
}

function seed(prefix: string): { name: string; text: string } {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!;
  return { name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') };
}

function add(map: Map<string, string[]>, key: string, source: string) {
  const list = map.get(key) ?? [];
  if (!list.includes(source)) list.push(source);
  map.set(key, list);
}

export function seedNames(): SeedNames {
  const names: SeedNames = { actions: new Map(), segments: new Map(), events: new Map() };
  // 000: NapCat's extension page, `## action_name - 标题`.
  const napcat = seed('000_');
  for (const m of napcat.text.matchAll(/^## ([A-Za-z_.][\w.]*) - /gm)) add(names.actions, m[1]!, napcat.name);
  // 001: the cross-implementation page, the action name on a `- \`name\`` line under each heading.
  const cross = seed('001_');
  for (const m of cross.text.matchAll(/^## .+\n+- `([A-Za-z_.][\w.]*)`/gm)) add(names.actions, m[1]!, cross.name);
  // 002 and 004: Apifox exports, one `POST /action` line per endpoint.
  for (const prefix of ['002_', '004_']) {
    const apifox = seed(prefix);
    for (const m of apifox.text.matchAll(/^POST \/([A-Za-z_.][\w.]*)\s*$/gm)) add(names.actions, m[1]!, apifox.name);
  }
  // 003: go-cqhttp's page (its line breaks were lost): `终结点: /action`, `Type: \`segment\``, event tables.
  const gocq = seed('003_');
  for (const m of gocq.text.matchAll(/终结点[:：]\s*`?\/([A-Za-z_.][\w.]*)/g)) add(names.actions, m[1]!, gocq.name);
  for (const m of gocq.text.matchAll(/Type\s*:\s*`(\w+)`/g)) add(names.segments, m[1]!, gocq.name);
  for (const m of gocq.text.matchAll(/\[CQ:(\w+)/g)) add(names.segments, m[1]!, gocq.name);
  const events = gocq.text.slice(gocq.text.indexOf('## 事件'));
  for (const m of events.matchAll(/\| `(notice_type|request_type|sub_type)` \| string \| `(\w+)`(?:,\s*`(\w+)`)?/g)) {
    for (const value of [m[2], m[3]]) if (value) add(names.events, value, gocq.name);
  }
  // 004's data models: each segment model's example starts with its `"type"`.
  const models = seed('004_');
  const section = models.text.slice(models.text.indexOf('# 数据模型'));
  for (const m of section.matchAll(/^ {2}"type": "(\w+)"/gm)) add(names.segments, m[1]!, models.name);
  return names;
}

/**
 * A spec `factor` times the size of spec/: every actions, types, segments and events file is
 * copied `factor - 1` more times beside itself, each copy's entries renamed apart (`send_msg_x2`,
 * `FriendInfoX2`, an event's last discriminator value suffixed) so that the copy loads as new
 * actions, types, segments and events. References inside a copy still point at the originals, so
 * every copy is valid; the result has `factor` times the actions, types, segments (less the copies
 * of `text`) and events.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

type Entries = Record<string, Record<string, unknown>>;

/** Every `type` and `result` expression of a copy refers to that copy's types (`FriendInfo[]` → `FriendInfoX2[]`). */
function retarget(value: unknown, types: RegExp, k: number): unknown {
  if (Array.isArray(value)) return value.map((v) => retarget(v, types, k));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      (key === 'type' || key === 'result') && typeof v === 'string' ? v.replace(types, `$&X${k}`) : retarget(v, types, k),
    ]),
  );
}

function renamed(kind: string, entries: Entries, k: number, types: RegExp): Entries {
  const out: Entries = {};
  for (const [key, entry] of Object.entries(entries)) {
    // `text` is the one segment written as plain text in CQ strings: a renamed copy of it cannot be.
    if (kind === 'segments' && key === 'text') continue;
    const copy = retarget(entry, types, k) as Record<string, unknown>;
    if (kind === 'segments') {
      for (const example of (copy.examples ?? []) as { cq?: string }[])
        if (example.cq) example.cq = example.cq.replaceAll(`[CQ:${key},`, `[CQ:${key}_x${k},`).replaceAll(`[CQ:${key}]`, `[CQ:${key}_x${k}]`);
    }
    if (kind === 'types') {
      out[`${key}X${k}`] = copy;
      continue;
    }
    if (kind === 'events' && copy.discriminators) {
      const discriminators = copy.discriminators as Record<string, string>;
      const last = Object.keys(discriminators).at(-1)!;
      const value = `${discriminators[last]}_x${k}`;
      discriminators[last] = value;
      for (const example of (copy.examples ?? []) as Record<string, unknown>[]) example[last] = value;
    }
    if (kind === 'actions') {
      // Every name an action answers to is renamed alike: its aliases and the names each implementation lists.
      for (const alias of (copy.aliases ?? []) as { name: string }[]) alias.name = `${alias.name}_x${k}`;
      for (const support of Object.values((copy.support ?? {}) as Record<string, unknown>)) {
        const s = support as { names?: string[] } | boolean;
        if (typeof s === 'object' && s.names) s.names = s.names.map((n) => `${n}_x${k}`);
      }
    }
    out[`${key}_x${k}`] = copy;
  }
  return out;
}

export function multiplySpec(specDir: string, outDir: string, factor: number): void {
  cpSync(specDir, outDir, { recursive: true });
  const typeNames = readdirSync(join(specDir, 'types')).flatMap((f) =>
    Object.keys((parse(readFileSync(join(specDir, 'types', f), 'utf8')) as { types?: Entries }).types ?? {}),
  );
  const types = new RegExp(`\\b(?:${typeNames.join('|')})\\b`, 'g');
  for (const kind of ['actions', 'types', 'segments', 'events']) {
    const files = readdirSync(join(specDir, kind), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    for (const file of files) {
      const doc = parse(readFileSync(join(specDir, kind, file), 'utf8')) as Record<string, Entries>;
      for (let k = 2; k <= factor; k++) {
        const copy = { ...doc, [kind]: renamed(kind, doc[kind] ?? {}, k, types) };
        // Segment files are named by origin, so their copies go in folders of their own.
        const path = kind === 'segments' ? join(outDir, kind, `x${k}`, file) : join(outDir, kind, file.replace(/\.yaml$/, `.x${k}.yaml`));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, stringify(copy, { lineWidth: 0 }));
      }
    }
  }
}

/**
 * Hostile text in every kind of string the spec format has. The places are found by walking
 * the format's own schema (generator/load/format-schema.ts), so a key added to the format is
 * covered without touching the test; each place is then found in the kitchen-sink fixture and
 * given a payload carrying its own marker: a file name that code run at build time would write,
 * and an id that script run in a browser would pass to alert().
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { runGenerate } from '../../generator/cli/generate.js';
import { loadSpecTexts, type LoadResult } from '../../generator/load/index.js';
import { specFileSchema } from '../../generator/load/format-schema.js';
import { stringify as stringifyCq } from '../../runtime/cq-code.js';
import { KITCHEN_SINK, ROOT } from './paths.js';

type Schema = Record<string, unknown>;
/** A path through the schema: property names, `*` for any key of a map, `[]` for any item, `{key}` for a map's key itself. */
export type PlacePath = string[];

export interface Place {
  /** Where in the schema: a definition and the keys inside it (`field.description`), or a path from the top (`protocol.name`). */
  where: string;
  /** Every path in a spec file this schema location is reached by. */
  paths: PlacePath[];
  /** `string`: a string value; `text`: a Text ({ zh, en } or a string); `key`: the name of a map entry; `any`: a value of any type; `free`: a free-form object whose string leaves are places. */
  kind: 'string' | 'text' | 'key' | 'any' | 'free';
}

// ---- the walk ----------------------------------------------------------------------------------

/**
 * Every kind of string a spec file can hold, from the format's schema: one place per location in
 * the schema (a key of a definition is one place wherever the definition is used), with every
 * path in a file that reaches it.
 */
export function stringPlaces(schema: Schema = specFileSchema): Place[] {
  const definitions = (schema.definitions ?? {}) as Record<string, Schema>;
  const places = new Map<string, Place>();
  const add = (kind: Place['kind'], where: string, path: PlacePath) => {
    const id = `${kind}:${where}`;
    const place = places.get(id) ?? { where, paths: [], kind };
    if (!place.paths.some((p) => p.join('/') === path.join('/'))) place.paths.push(path);
    places.set(id, place);
  };
  // `where` names the schema location; `path` the way through a file; `refs` stops recursion.
  const walk = (node: Schema, where: string, path: PlacePath, refs: string[]): void => {
    if (typeof node.$ref === 'string') {
      const name = node.$ref.replace('#/definitions/', '');
      if (refs.includes(name)) return; // a recursive type: reached one level up already
      walk(definitions[name]!, name, path, [...refs, name]);
      return;
    }
    for (const branch of (node.anyOf as Schema[] | undefined) ?? []) walk(branch, where, path, refs);
    if (node.enum) return; // a closed set of values is not free text
    const types = ([] as unknown[]).concat(node.type ?? []);
    const properties = (node.properties ?? {}) as Record<string, Schema>;
    if (types.length === 0 && !node.anyOf) return add('any', where, path);
    if (types.includes('string') && types.includes('object') && Object.keys(properties).sort().join() === 'en,zh') return add('text', where, path);
    if (types.includes('string')) add('string', where, path);
    if (types.includes('object')) {
      for (const [key, child] of Object.entries(properties)) walk(child, `${where}.${key}`, [...path, key], refs);
      const values = node.additionalProperties;
      if (values && typeof values === 'object') {
        add('key', `${where}.{key}`, [...path, '{key}']);
        walk(values as Schema, `${where}.*`, [...path, '*'], refs);
      } else if (values === undefined && Object.keys(properties).length === 0) {
        add('free', where, path);
      }
    }
    if (types.includes('array') && node.items) walk(node.items as Schema, `${where}[]`, [...path, '[]'], refs);
  };
  walk(schema, '', [], []);
  return [...places.values()];
}

// ---- the fixture ---------------------------------------------------------------------------------

export interface SpecText {
  name: string;
  text: string;
}

export function fixtureTexts(dir = KITCHEN_SINK): SpecText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: relative(ROOT, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

/** One occurrence of a place in the fixture: a file and the concrete path (keys and indexes) in it. */
export interface Instance {
  place: Place;
  file: number;
  at: (string | number)[];
}

/** Whether a value found at a place is one this test can replace (a string where a string goes). */
function fits(kind: Place['kind'], node: unknown): boolean {
  if (kind === 'string') return typeof node === 'string';
  if (kind === 'text') return typeof node === 'string' || (!!node && typeof node === 'object' && !Array.isArray(node));
  return node !== undefined;
}

export function instances(place: Place, files: unknown[]): Instance[] {
  const out: Instance[] = [];
  const visit = (node: unknown, rest: PlacePath, at: (string | number)[], file: number) => {
    if (rest.length === 0) {
      if (fits(place.kind, node)) out.push({ place, file, at });
      return;
    }
    const [head, ...tail] = rest;
    if (head === '{key}') {
      if (node && typeof node === 'object' && !Array.isArray(node)) for (const key of Object.keys(node)) out.push({ place, file, at: [...at, key] });
      return;
    }
    if (head === '[]') {
      if (Array.isArray(node)) node.forEach((item, i) => visit(item, tail, [...at, i], file));
      return;
    }
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    if (head === '*') for (const key of Object.keys(record)) visit(record[key], tail, [...at, key], file);
    else visit(record[head!], tail, [...at, head!], file);
  };
  for (const path of place.paths) files.forEach((data, file) => visit(data, path, [], file));
  // A free-form object: each string leaf in it is an instance of its own.
  if (place.kind === 'free') return out.flatMap((i) => stringLeaves(valueAt(files[i.file], i.at), i.at).map((at) => ({ ...i, at })));
  // A value of any type (an example, a default, a result): the whole value, and each string inside
  // it, so a structured example carries hostile text where its type has a string.
  if (place.kind === 'any') {
    return out.flatMap((i) => {
      const value = valueAt(files[i.file], i.at);
      const inner = value && typeof value === 'object' ? stringLeaves(value, i.at) : [];
      return [i, ...inner.map((at) => ({ ...i, at }))];
    });
  }
  return out;
}

function stringLeaves(node: unknown, at: (string | number)[]): (string | number)[][] {
  if (typeof node === 'string') return [at];
  if (Array.isArray(node)) return node.flatMap((v, i) => stringLeaves(v, [...at, i]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => stringLeaves(v, [...at, k]));
  return [];
}

function valueAt(node: unknown, at: (string | number)[]): unknown {
  for (const step of at) node = (node as Record<string | number, unknown> | undefined)?.[step];
  return node;
}

// ---- payloads ----------------------------------------------------------------------------------

/**
 * One string with every hostile construct, carrying `id` (used for alert()) and writing
 * `${markers}/${id}-*` when any part of it runs as code: in TypeScript (`*\/` ending a comment,
 * a quote ending a string), in a Vue template at build time (`{{ }}`), or as HTML in a browser.
 */
export function payload(id: string, markers: string): string {
  return payloadPieces(id, markers).join('\n');
}

/** The constructs of the payload, one string each (`pnpm hostile-text` places them one at a time). */
export function payloadPieces(id: string, markers: string): string[] {
  const file = (what: string) => JSON.stringify(`${markers}/${id}-${what}`);
  // Run with the Function constructor, which a Vue expression reaches through `constructor`:
  // on the build machine it writes a marker; in a browser `process` is missing and it alerts.
  const code = `try { process.getBuiltinModule('fs').writeFileSync(${file('vue')}, 'ran') } catch { alert('${id}') }`;
  const vue = `{{ constructor.constructor(${JSON.stringify(code)})() }}`;
  return [
    `H${id}H */ ;globalThis.process?.getBuiltinModule?.('fs')?.writeFileSync(${file('ts')}, 'ran'); /* '"\` \${alert('${id}')}`,
    `@deprecated injected ${id}`,
    `${vue} and in code: \`${vue}\` \`\`${vue}\`\``,
    `<img src=x onerror="alert('${id}')"> <script>alert('${id}')</script> <details open ontoggle="alert('${id}')">x</details>`,
    `</script><script>alert('${id}')</script> <!-- --> ]]> {onclick="alert('${id}')"} \\`,
    `[link](javascript:alert('${id}')) <javascript:alert('${id}')>`,
    ['```vue', vue, '</div>', '```'].join('\n'),
    // Unbalanced, as a default of "{{" was: Vue fails the build on an interpolation that never ends.
    'lone }} and {{ and `{{` and {{',
    '| cell | break |',
    `rtl \u202e override, line\u2028separator and paragraph\u2029separator`,
  ];
}

/** The same, on one line (for places that keep one line); every construct stays. */
export function linePayload(id: string, markers: string): string {
  return payload(id, markers).replace(/\n/g, ' ');
}

// ---- placing payloads --------------------------------------------------------------------------

export interface Placement {
  instance: Instance;
  id: string;
  value: string;
}

/**
 * The fixture with each placement applied: a value replaced, or a map entry added under the hostile
 * name. A segment example whose `data` changed gets the `cq` that data stringifies to, as the
 * loader demands, so hostile text reaches both.
 */
export function applyPlacements(texts: SpecText[], placements: Placement[], variant: 'as-is' | 'optional' = 'as-is'): SpecText[] {
  const files = texts.map((t) => parse(t.text) as unknown);
  for (const { instance, value } of placements) {
    const { at, place } = instance;
    const parent = valueAt(files[instance.file], at.slice(0, -1)) as Record<string | number, unknown>;
    const last = at.at(-1)!;
    if (place.kind === 'key') {
      // A new entry beside an existing one, with a copy of its value (optional, when it is a field).
      let copy = structuredClone(parent[last]);
      if (variant === 'optional') copy = typeof copy === 'string' ? { type: copy, required: false } : { ...(copy as object), required: false };
      parent[value] = copy;
    } else if (place.kind === 'text') {
      parent[last] = { zh: value, en: `${value} (en)` };
    } else {
      parent[last] = value;
    }
    const [top, type, list, index, key] = at;
    if (top === 'segments' && list === 'examples' && key === 'data') {
      const example = valueAt(files[instance.file], [top, type!, list, index!]) as { data: Record<string, unknown>; cq?: string };
      if (example.cq !== undefined) example.cq = stringifyCq([{ type: String(type), data: example.data }]);
    }
  }
  return texts.map((t, i) => ({ name: t.name, text: stringify(files[i], { lineWidth: 0 }) }));
}

export type ProbeResult =
  | { status: 'accepted'; placement: Placement; variant: 'as-is' | 'optional' }
  | { status: 'refused'; placement: Placement; diagnostics: LoadResult['diagnostics'] };

/** Loads the fixture with one placement: it either loads, or is refused with located errors. */
export function probe(texts: SpecText[], placement: Placement): ProbeResult {
  const variants = placement.instance.place.kind === 'key' ? (['as-is', 'optional'] as const) : (['as-is'] as const);
  let last: LoadResult | undefined;
  for (const variant of variants) {
    last = loadSpecTexts(applyPlacements(texts, [placement], variant));
    if (last.model && !last.diagnostics.some((d) => d.severity === 'error')) return { status: 'accepted', placement, variant };
  }
  return { status: 'refused', placement, diagnostics: last!.diagnostics.filter((d) => d.severity === 'error') };
}

export interface HostileSpec {
  places: Place[];
  probes: ProbeResult[];
  /** The fixture with every accepted placement at once. */
  texts: SpecText[];
  ids: string[];
}

/**
 * Probes instances of every place (the first `perPlace` of a place; every one of a place that
 * takes any value), then puts every accepted placement into one spec. With `acceptedPerPlace`,
 * each place's instances are probed in order until that many are accepted (the larger run uses 1,
 * so that very long strings stay a bounded amount of text).
 */
export function hostileSpec(markers: string, options: { perPlace?: number; acceptedPerPlace?: number; value?: (id: string) => string } = {}): HostileSpec {
  const texts = fixtureTexts();
  const files = texts.map((t) => parse(t.text) as unknown);
  const places = stringPlaces();
  const probes: ProbeResult[] = [];
  let n = 0;
  for (const place of places) {
    const found = instances(place, files);
    // Values of any type are tried everywhere (a string fits only where the type is a string).
    const tried = options.acceptedPerPlace || place.kind === 'free' || place.kind === 'any' ? found : found.slice(0, options.perPlace ?? 2);
    let accepted = 0;
    for (const instance of tried) {
      if (options.acceptedPerPlace && accepted >= options.acceptedPerPlace) break;
      const id = `p${++n}`;
      const value = options.value?.(id) ?? (place.kind === 'key' ? linePayload(id, markers) : payload(id, markers));
      const result = probe(texts, { instance, id, value });
      probes.push(result);
      if (result.status === 'accepted') accepted++;
    }
  }
  const accepted = probes.filter((p) => p.status === 'accepted');
  // Keys are placed in their optional variant when that is what loaded.
  const asIs = accepted.filter((p) => p.variant === 'as-is').map((p) => p.placement);
  const optional = accepted.filter((p) => p.variant === 'optional').map((p) => p.placement);
  const withKeys = applyPlacements(texts, asIs);
  const combined = optional.length ? applyPlacements(withKeys, optional, 'optional') : withKeys;
  return { places, probes, texts: combined, ids: accepted.map((p) => p.placement.id) };
}

/**
 * The places no hostile text can reach, because the loader refuses anything but a name, a
 * reference to one, a type expression or a fixed pattern there (each such refusal is checked to
 * come with its file:line:column). Every other place must be reached: `unreached` lists those
 * that are not, so a key added to the format fails the test until the fixture reaches it (or it
 * is added here, with the reason).
 */
export const RESTRICTED: Record<string, string> = {
  'protocol.homepage': 'an http(s) address',
  'implementations.*.homepage': 'an http(s) address',
  'protocol.call_variants.{key}': 'a name',
  'protocol.call_variants.*.suffix': 'a pattern (_ and a word)',
  'implementations.{key}': 'a name',
  'implementations.*.verified.repository': 'a pattern (owner/name)',
  'implementations.*.verified.commit': 'a pattern (a commit hash)',
  'implementations.*.verified.date': 'a pattern (a date)',
  'implementations.*.verified.branch': 'a pattern (a git ref name)',
  'origins.{key}': 'a name',
  'categories.{key}': 'a name',
  'categories.*.parent': 'a reference to a category',
  field: 'a type expression',
  'field.type': 'a type expression',
  type: 'a type expression',
  'type.type': 'a type expression',
  'retcodes[].name': 'a name',
  'retcodes[].origin': 'a reference to an origin',
  'event_base.post_types.{key}': 'a name',
  'event_base.post_types.*.discriminator': 'a field name',
  'types.{key}': 'a name',
  'actions.{key}': 'a name',
  'actions.*.category': 'a reference to a category',
  'actions.*.origin': 'a reference to an origin',
  'actions.*.variants[]': 'a reference to a call variant',
  'actions.*.aliases[].name': 'a name',
  'support.{key}': 'a reference to an implementation',
  'support.*.remove_params[]': 'a reference to a parameter',
  'support.*.names[]': 'a reference to the action or an alias',
  'support.*.remove_fields[]': 'a reference to a field',
  'actions.*.examples[].implementation': 'a reference to an implementation',
  'segments.{key}': 'a name',
  'segments.*.origin': 'a reference to an origin',
  'segments.*.examples[].implementation': 'a reference to an implementation',
  'events.{key}': 'a name',
  'events.*.origin': 'a reference to an origin',
  'events.*.discriminators.{key}': 'a field name',
  'events.*.discriminators.*': 'a discriminator value',
  'disagreements.{key}': 'a reference to an implementation',
  'disagreements.*[].rule': 'a reference to a diff rule',
  'disagreements.*[].where': 'a place as pnpm upstream prints it (a kind, a name, a path)',
  'disagreements.*[].source': "a file path in the implementation's repository",
};

/** Where a place is, as RESTRICTED names it: `actions.*.title`. */
export const placeName = (place: Place) => place.where.replace(/^\./, '');

const MARKER = /H(p\d+)H/;

/**
 * The places of `places` that hold no hostile text in `texts` (the spec with every accepted
 * placement), other than the RESTRICTED ones: a map key that carries a marker, or a value with
 * one anywhere in it.
 */
export function unreached(places: Place[], texts: SpecText[], restricted: Record<string, string> = RESTRICTED): Place[] {
  const files = texts.map((t) => parse(t.text) as unknown);
  return places.filter((place) => {
    if (placeName(place) in restricted) return false;
    return !instances(place, files).some(({ file, at }) =>
      MARKER.test(place.kind === 'key' ? String(at.at(-1)) : (JSON.stringify(valueAt(files[file], at)) ?? '')),
    );
  });
}

/** A place for messages: `field.description (text)`. */
export const describePlace = (place: Place) => `${place.where.replace(/^\./, '') || '(the file)'} (${place.kind})`;

// ---- one run: generate, compile, import, build --------------------------------------------------

export interface HostileRun {
  /** The folder of this run: `spec/`, `out/` (what `pnpm generate` wrote), `site/` (the VitePress build). */
  dir: string;
  spec: HostileSpec;
  markers: string;
  generate: { code: number; output: string };
  /** Why the docs site did not build, when it did not. */
  buildError?: string;
}

export const HOSTILE_DIR = join(ROOT, 'test-artifacts/hostile-text');
const BUILD_TIMEOUT_MS = 900_000;

/** Whether the process that took `lock` still runs (a lock it has not yet signed counts as held). */
function lockHolderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Markers left by code that ran: empty when nothing did. */
export function markersLeft(markers: string): string[] {
  return existsSync(markers) ? readdirSync(markers) : [];
}

/**
 * Generates from the hostile spec and builds its docs site, once per content: test files that
 * run at the same time share the build (a lock folder), and a later run with the same spec
 * and generator reuses it.
 */
export async function hostileRun(
  options: { name?: string; value?: (id: string, markers: string) => string; acceptedPerPlace?: number; build?: boolean; generateArgs?: string[] } = {},
): Promise<HostileRun> {
  const base = join(HOSTILE_DIR, options.name ?? 'ci');
  const markers = join(base, 'markers');
  const spec = hostileSpec(markers, {
    ...(options.value ? { value: (id: string) => options.value!(id, markers) } : {}),
    ...(options.acceptedPerPlace ? { acceptedPerPlace: options.acceptedPerPlace } : {}),
  });
  // The key covers the spec and every input of the output: the generator and the templates.
  const hash = createHash('sha256');
  for (const t of spec.texts) hash.update(t.name).update(t.text);
  hash.update(JSON.stringify(options.generateArgs ?? []));
  for (const dir of ['generator', 'templates/docs', 'runtime']) {
    for (const file of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath, f.name))
      .sort()) {
      hash.update(file).update(readFileSync(file));
    }
  }
  const dir = join(base, hash.digest('hex').slice(0, 16));
  const done = join(dir, 'done.json');
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(done) && (!options.build || existsSync(join(dir, 'site')))) {
      return { dir, spec, markers, generate: JSON.parse(readFileSync(done, 'utf8')) as HostileRun['generate'] };
    }
    try {
      mkdirSync(base, { recursive: true });
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another process is building it, unless that process is gone (killed): then its lock is stale.
      if (!lockHolderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    if (!existsSync(done)) {
      rmSync(dir, { recursive: true, force: true });
      rmSync(markers, { recursive: true, force: true });
      mkdirSync(markers, { recursive: true });
      mkdirSync(join(dir, 'spec'), { recursive: true });
      for (const t of spec.texts) writeFileSync(join(dir, 'spec', basename(t.name)), t.text);
      const lines: string[] = [];
      const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      const code = await runGenerate(['--spec', join(dir, 'spec'), '--out', join(dir, 'out'), '--no-cache', ...(options.generateArgs ?? [])], io);
      writeFileSync(done, JSON.stringify({ code, output: lines.join('\n') }));
    }
    const generate = JSON.parse(readFileSync(done, 'utf8')) as HostileRun['generate'];
    let build: string | undefined;
    if (options.build && generate.code === 0 && !existsSync(join(dir, 'site'))) {
      // VitePress renders pages by importing its server bundle, which imports `vue`; since vue is
      // not a direct dependency here, it links `node_modules/vue` into the package folder of the
      // working directory for the build and removes the link when the build ends. Builds sharing
      // one folder (two runs at once, or a run beside the docs-site test) removed the link under
      // each other ("Cannot find package 'vue'"): each run builds from a package folder of its own.
      writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
      try {
        await promisify(execFile)(join(ROOT, 'node_modules/.bin/vitepress'), ['build', join(dir, 'out/docs'), '--outDir', join(dir, 'site.tmp')], {
          cwd: dir,
          // A bound for a build that hangs, not a measure: a loaded machine may take minutes.
          timeout: BUILD_TIMEOUT_MS,
          maxBuffer: 1 << 26,
        });
        renameSync(join(dir, 'site.tmp'), join(dir, 'site'));
      } catch (error) {
        // The test that needs the site reports it; VitePress logs markdown-it-attrs' complaints on
        // stderr, so a build that was stopped says so first.
        const { killed, stderr } = error as { killed?: boolean; stderr?: string };
        build = killed ? `the VitePress build was stopped after ${BUILD_TIMEOUT_MS / 1000} s; stderr: ${stderr ?? ''}` : `${String(error)}\n${stderr ?? ''}`;
      }
    }
    return { dir, spec, markers, generate, ...(build ? { buildError: build } : {}) };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

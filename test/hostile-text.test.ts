/**
 * Spec text stays text. Every kind of string the spec format has (found by walking the format's
 * schema, so a new key is covered without touching this file) gets a hostile payload in the
 * kitchen-sink fixture, with its own marker: `*\/` and quotes that would end a TypeScript comment
 * or string, `{{ }}` that Vue would run at build time, HTML that a browser would run, `</script>`,
 * `]]>`, `-->`, RTL and line-separator characters. Each placement either loads or is refused at
 * its file:line:column; all the accepted ones go into ONE spec, which must generate, compile
 * under --strict, import without running anything, validate as OpenAPI and build as a VitePress
 * site without running anything. The browser half is test/browser/hostile-text.test.ts;
 * `pnpm hostile-text` runs each construct on its own and with very long strings.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { specFileSchema } from '../generator/load/format-schema.js';
import { describePlace, hostileRun, markersLeft, placeName, RESTRICTED, stringPlaces, unreached, type HostileRun } from './helpers/hostile-text.js';
import { ROOT } from './helpers/paths.js';
import { typeCheck } from './helpers/tsc.js';

describe('hostile text in every kind of string of the spec format', () => {
  let run: HostileRun;

  beforeAll(async () => {
    run = await hostileRun({ build: true });
  }, 600_000);

  it('the walk of the format schema finds its places, and every one of them is in the fixture', () => {
    const places = run.spec.places;
    expect(places.map(describePlace)).toEqual(stringPlaces().map(describePlace));
    // Names, titles, descriptions, notes, versions, defaults, examples, enum values, ...: many, never none.
    expect(places.length).toBeGreaterThan(60);
    const kinds = new Set(places.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['any', 'free', 'key', 'string', 'text']);
    const probed = new Set(run.spec.probes.map((p) => p.placement.instance.place));
    const missing = places.filter((p) => !probed.has(p)).map(describePlace);
    expect(missing, 'add these to test/fixtures/kitchen-sink so the hostile-text test reaches them').toEqual([]);
  });

  it('hostile text reaches every place but the restricted ones (names, references, patterns), which refuse it', () => {
    // Reached: the spec that is generated below holds a marked payload there (examples, results
    // and segment example data included, and a segment example's CQ code through its data).
    expect(
      unreached(run.spec.places, run.spec.texts).map(describePlace),
      'give the fixture a value here that can hold text, or add the place to RESTRICTED with the reason',
    ).toEqual([]);
    const names = new Set(run.spec.places.map(placeName));
    expect(
      Object.keys(RESTRICTED).filter((name) => !names.has(name)),
      'RESTRICTED names a place the format no longer has',
    ).toEqual([]);
    for (const probe of run.spec.probes) {
      if (placeName(probe.placement.instance.place) in RESTRICTED) expect(probe.status, describePlace(probe.placement.instance.place)).toBe('refused');
    }
  });

  it('a key added to the format is found by the walk and fails the coverage check until the fixture reaches it', () => {
    // The format's schema with two new keys: a text on actions, a string in segment examples.
    // biome-ignore lint/suspicious/noExplicitAny: the format's schema is edited as untyped JSON, several levels deep.
    const schema = structuredClone(specFileSchema) as { properties: Record<string, any> };
    schema.properties.actions.additionalProperties.properties.summary = {
      type: ['string', 'object'],
      properties: { zh: { type: 'string' }, en: { type: 'string' } },
    };
    schema.properties.segments.additionalProperties.properties.examples.items.properties.note = { type: 'string' };
    const places = stringPlaces(schema);
    const added = places.filter((p) => ['actions.*.summary', 'segments.*.examples[].note'].includes(placeName(p)));
    expect(added.map(describePlace)).toEqual(['actions.*.summary (text)', 'segments.*.examples[].note (string)']);
    expect(unreached(places, run.spec.texts).map(describePlace)).toEqual(['actions.*.summary (text)', 'segments.*.examples[].note (string)']);
    // Once the spec holds hostile text there, they count as reached.
    const texts = run.spec.texts.map((t) => ({ ...t, text: t.text.replace(/^ {2}send_group_msg:\n/m, (line) => `${line}    summary: Hp0H\n`) }));
    const withSummary = unreached(places, texts).map(describePlace);
    expect(withSummary).toEqual(['segments.*.examples[].note (string)']);
  });

  it('a placement is accepted, or refused at its file:line:column', () => {
    const accepted = new Set(run.spec.probes.filter((p) => p.status === 'accepted').map((p) => p.placement.instance.place));
    expect(accepted.size).toBeGreaterThan(40);
    for (const probe of run.spec.probes) {
      if (probe.status === 'accepted') continue;
      const where = describePlace(probe.placement.instance.place);
      expect(probe.diagnostics.length, where).toBeGreaterThan(0);
      for (const d of probe.diagnostics) {
        expect(d.file, where).toMatch(/kitchen-sink\/spec\/\w+\.yaml$/);
        expect(d.line, where).toBeGreaterThan(0);
        expect(d.column, where).toBeGreaterThan(0);
        // A name the outputs cannot carry says what a valid one looks like.
        if (/is not a valid name|does not match the pattern/.test(d.message)) expect(d.hint, `${where}: ${d.message}`).toBeTruthy();
      }
    }
  });

  it('names that cannot be identifiers, properties or event paths are refused by the loader', () => {
    const refused = (where: string) => run.spec.probes.filter((p) => p.placement.instance.place.where === where).every((p) => p.status === 'refused');
    for (const where of [
      'actions.*.aliases[].name',
      'events.{key}',
      'events.*.discriminators.{key}',
      'events.*.discriminators.*',
      'event_base.post_types.{key}',
      'event_base.post_types.*.discriminator',
      'types.{key}',
      'protocol.homepage',
      'implementations.*.homepage',
    ]) {
      expect(refused(`.${where}`), where).toBe(true);
    }
  });

  it('pnpm generate succeeds on the spec with every accepted placement at once', () => {
    expect(run.generate.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.generate, run.generate.output).toMatchObject({ code: 0 });
  });

  it("the generated TypeScript, each implementation's SDK too, compiles under --strict", () => {
    const dir = join(run.dir, 'out/typescript');
    // Each implementation's SDK (in a folder of its own) with the family's.
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.some((f) => f.includes('/'))).toBe(true);
    expect(typeCheck(files.map((f) => join(dir, f)))).toEqual([]);
  });

  it('importing the generated types and client runs nothing', async () => {
    const dir = join(run.dir, 'out/typescript');
    const script = `for (const f of ${JSON.stringify(readdirSync(dir).map((f) => pathToFileURL(join(dir, f)).href))}) await import(f);`;
    await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, timeout: 60_000 });
    expect(markersLeft(run.markers)).toEqual([]);
    // The payloads are there, as text: in doc comments and string literals.
    const types = readFileSync(join(dir, 'types.ts'), 'utf8');
    expect(types).toContain('*\\/ ;globalThis.process');
  });

  it('both OpenAPI documents are valid', async () => {
    for (const name of ['onebot11.json', 'onebot11.openapi-3.0.json']) {
      const document = JSON.parse(readFileSync(join(run.dir, 'out/openapi', name), 'utf8'));
      await expect(SwaggerParser.validate(document), name).resolves.toBeTruthy();
    }
  });

  it('the Swagger UI page inlines the document so that no `</script>` or `<!--` can end its script', () => {
    const html = readFileSync(join(run.dir, 'out/swagger-ui/index.html'), 'utf8');
    const json = /<script id="openapi" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toMatch(/<|>|\u2028|\u2029/);
    expect(JSON.parse(json).info.title).toContain('</script>');
  });

  it('the docs site builds, and nothing in the spec ran on the build machine', () => {
    expect(run.buildError).toBeUndefined();
    expect(readdirSync(join(run.dir, 'site'))).toContain('index.html');
    expect(markersLeft(run.markers)).toEqual([]);
  });
});

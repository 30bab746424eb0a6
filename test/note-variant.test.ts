/**
 * Whatever a support note says differs is also in the variant: the plain statements about
 * parameters a note makes ("does not read `x`", "reads only ...", "`x` may be omitted", "`x` is
 * required") are checked against the variant, and the loader warns where they disagree.
 */
import { describe, expect, it } from 'vitest';
import { noteMismatches } from '../generator/load/check-notes.js';
import { loadSpec } from '../generator/load/index.js';
import type { Field, Support } from '../generator/model/types.js';
import { ROOT, SPEC_DIR } from './helpers/paths.js';

const field = (name: string, required = true): Field => ({
  name,
  type: { kind: 'primitive', name: 'string' },
  required,
  hasDefault: false,
  direction: 'both',
  source: { file: 'x.yaml', line: 1, column: 1 },
});
const action = { params: [field('flag'), field('approve', false), field('remark', false), field('delay', false)] };
const support = (en: string, variant: Partial<Support> = {}): Support => ({
  implementation: 'impl',
  status: 'supported',
  note: { en },
  addedFields: [],
  removedFields: [],
  ...variant,
});

describe('a note against its variant', () => {
  it.each<[string, Partial<Support>, RegExp[]]>([
    ['It ignores `delay`.', {}, [/does not read `delay`, but the variant keeps it/]],
    ['It ignores `delay`.', { removedFields: ['delay'] }, []],
    ['It reads only `flag` and `approve`; no remark is set.', {}, [/reads only `flag`, `approve`, but the variant keeps `remark`/, /keeps `delay`/]],
    ['It reads only `flag` and `approve`.', { removedFields: ['remark', 'delay'] }, []],
    ['It reads only `flag` (the request) and the optional `approve`.', { removedFields: ['remark', 'delay'] }, []],
    ['It reads only `flag`, not `remark`.', { removedFields: ['remark'] }, []],
    ['Its `flag` may be omitted.', {}, [/`flag` may be omitted, but the variant requires it/]],
    ['Its `flag` may be omitted.', { addedFields: [field('flag', false)] }, []],
    ['Here `remark` is required.', {}, [/`remark` is required, but the variant makes it optional/]],
    // About docs or older versions: not a claim about the implementation as it is.
    ['Its docs list `remark`, but it does not read `remark`.', {}, [/does not read `remark`/]],
    ['Its docs list `remark`, but it does not read `remark`.', { removedFields: ['remark'] }, []],
    ['Early versions do not read `delay`.', {}, []],
    ['It answers with the `flag` it was given.', {}, []],
  ])('%s (%j)', (note, variant, expected) => {
    const problems = noteMismatches(action, support(note, variant));
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  it('no note of the spec says more than its variant', async () => {
    const result = await loadSpec(SPEC_DIR, ROOT);
    expect(result.diagnostics.filter((d) => d.message.includes('the note says')).map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([]);
  });
});

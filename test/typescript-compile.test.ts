/** The generated TypeScript compiles under --strict, a typed consumer compiles, and a wrong one does not. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, fromRoot } from './helpers/paths.js';
import { typeCheck } from './helpers/tsc.js';

const tsFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));

describe('generated TypeScript', () => {
  it('compiles under --strict (the real spec, with the runtime)', () => {
    expect(typeCheck([...tsFiles(join(GENERATED_DIR, 'typescript')), ...tsFiles(fromRoot('runtime'))])).toEqual([]);
  });

  it('compiles under --strict (the kitchen-sink fixture)', () => {
    expect(typeCheck(tsFiles(fromRoot('test/__snapshots__/kitchen-sink/typescript')))).toEqual([]);
  });

  it('types a consumer that uses the client, events and segments correctly', () => {
    expect(typeCheck([fromRoot('test/fixtures/consumer/good.ts')])).toEqual([]);
  });

  it('rejects a consumer with a wrong parameter type, a missing parameter, an unknown action, a field the event lacks, a wrong quick operation, a variant the action lacks and a field one kind of an event lacks', () => {
    const errors = typeCheck([fromRoot('test/fixtures/consumer/wrong-param.ts')]).map((e) => e.replace(/^.*wrong-param\.ts:/, ''));
    expect(errors).toHaveLength(7);
    expect(errors[0]).toMatch(/^6:\d+: TS2322: Type 'string' is not assignable to type 'number'/);
    expect(errors[1]).toMatch(/^7:\d+: TS2345: .*Property 'message' is missing/s);
    expect(errors[2]).toMatch(/^8:\d+: TS2345: Argument of type '"no_such_action"' is not assignable/);
    expect(errors[3]).toMatch(/^9:\d+: TS2339: Property 'group_name' does not exist/);
    // At the wrong field of the quick operation (column 38, `approve`), not at `client.on(`.
    expect(errors[4]).toMatch(/^10:38: TS2322: Type 'string' is not assignable to type 'boolean \| undefined'/);
    expect(errors[5]).toMatch(/^11:\d+: TS2345: Argument of type '"get_login_info"' is not assignable/);
    expect(errors[6]).toMatch(/^12:\d+: TS2322: Type 'number \| undefined' is not assignable to type 'number'/);
  });

  it('types a bot written with the segment builders, message helpers, narrowed received segments and waitForConnection (skipLibCheck off)', () => {
    expect(typeCheck([fromRoot('test/fixtures/consumer/builders.ts')], { skipLibCheck: false })).toEqual([]);
  });

  it('reports wrong builder data at the wrong field', () => {
    const errors = typeCheck([fromRoot('test/fixtures/consumer/wrong-builder.ts')], { skipLibCheck: false }).map((e) => e.replace(/^.*wrong-builder\.ts:/, ''));
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^4:13: TS2322: Type 'number' is not assignable to type 'string'/);
    expect(errors[1]).toMatch(/^5:10: TS2322: Type 'boolean' is not assignable to type 'string \| number'/);
    expect(errors[2]).toMatch(/^6:16: TS2353: .*'no_such_field' does not exist/);
    expect(errors[3]).toMatch(/^7:\d+: TS2554: Expected 1 arguments, but got 0/);
  });
});

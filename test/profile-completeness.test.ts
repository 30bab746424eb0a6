/**
 * Every profile is complete: for each implementation and each action it supports, the profile has
 * a request example and a result example that validate against that implementation's shapes, and
 * the mock behaving as that implementation answers with data of that shape, never `null` for an
 * action that returns data, and its own `get_version_info`.
 *
 * When an implementation's variant changes, a general example may stop fitting it; this test then
 * names the action and implementation that need an `implementation: <id>` example in the spec.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblems, ValueChecker, type ValueProblem } from '../generator/model/check-value.js';
import { narrowModel } from '../generator/model/profile.js';
import type { Action, Model } from '../generator/model/types.js';
import { MockServer } from '../mock/index.js';
import { loadModel } from './helpers/generate.js';
import { SPEC_DIR } from './helpers/paths.js';

const IMPLEMENTATIONS = ['onebot11', 'go-cqhttp', 'napcat', 'lagrange'];

/** What each implementation calls itself in `get_version_info` (the standard's own example for onebot11). */
const APP_NAMES: Record<string, string> = {
  onebot11: 'mirai-native',
  'go-cqhttp': 'go-cqhttp',
  napcat: 'NapCat.Onebot',
  lagrange: 'Lagrange.OneBot',
};

const model = await loadModel(SPEC_DIR);

/** The request an example makes: its params, or none. */
const requestOf = (params: Record<string, unknown> | undefined) => params ?? {};

/**
 * Whether `value` is an answer of the action's result shape. `null` only counts where the type
 * says so (`T | null`, `null`): an `any` result answered with null is the bug this file is about.
 */
function answers(value: unknown, action: Action, checker: ValueChecker): ValueProblem[] {
  if (action.result === null) return value === null ? [] : [{ path: '', message: 'expected null: the action answers with no data' }];
  if (value === null && (isAny(action.result) || checker.check(null, action.result).length))
    return [{ path: '', message: 'data: null, but its result is not null' }];
  return checker.check(value, action.result);
}
const isAny = (type: NonNullable<Action['result']>) => type.kind === 'primitive' && type.name === 'any';

function firstRequest(action: Action, checker: ValueChecker): Record<string, unknown> | undefined {
  return action.examples.map((e) => requestOf(e.params)).find((params) => checker.object(params, action.params, undefined).length === 0);
}

/** What the profile lacks, one line per action: `napcat get_guild_list: no result example (...)`. */
function gaps(profile: Model): string[] {
  const checker = new ValueChecker(profile);
  const id = profile.profile!;
  return profile.actions.flatMap((action) => {
    const lines: string[] = [];
    const where = `${id} ${action.name} (${action.source.file}:${action.source.line})`;
    if (!action.examples.length) return [`${where}: no example fits its shape; add one with implementation: ${id}`];
    if (!firstRequest(action, checker)) {
      const problems = action.examples.map((e) => describeProblems(checker.object(requestOf(e.params), action.params, undefined))).join(' | ');
      lines.push(`${where}: no request example validates against its params (${problems}); add one with implementation: ${id}`);
    }
    const results = action.examples.filter((e) => e.result !== undefined);
    if (
      !results.some((e) => answers(e.result, action, checker).length === 0) &&
      !(action.result === null || (checker.check(null, action.result).length === 0 && !isAny(action.result)))
    ) {
      const why = results.length ? results.map((e) => describeProblems(answers(e.result, action, checker))).join(' | ') : 'none gives a result';
      lines.push(`${where}: no result example validates against its result (${why}); add one with implementation: ${id}`);
    }
    const foreign = action.examples.filter((e) => e.implementation !== undefined && e.implementation !== id);
    if (foreign.length) lines.push(`${where}: uses examples of ${foreign.map((e) => e.implementation).join(', ')}`);
    return lines;
  });
}

describe.each(IMPLEMENTATIONS)('the %s profile', (id) => {
  const profile = narrowModel(model, id);

  it('has a request and a result example of its own shape for every action it supports', () => {
    expect(profile.actions.length).toBeGreaterThan(30);
    expect(gaps(profile)).toEqual([]);
  });

  describe('the mock behaving as it', () => {
    let mock: MockServer;
    beforeAll(async () => {
      mock = await MockServer.start({ model, implementation: id });
    });
    afterAll(() => mock.close());

    const call = async (action: string, params: unknown) => {
      const response = await fetch(`${mock.httpUrl}/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params),
      });
      return (await response.json()) as { status: string; retcode: number; data: unknown; message: string };
    };

    it('answers every action with data of its result shape, never null for an action that returns data', async () => {
      const checker = new ValueChecker(profile);
      const wrong: string[] = [];
      for (const action of profile.actions) {
        const params = firstRequest(action, checker);
        if (!params) continue; // reported by the test above
        const answer = await call(action.name, params);
        const problems = answer.status === 'ok' ? answers(answer.data, action, checker) : [];
        if (answer.status !== 'ok')
          wrong.push(`${id} ${action.name}: answered ${answer.status} ${answer.retcode} ${answer.message} to ${JSON.stringify(params)}`);
        else if (problems.length) wrong.push(`${id} ${action.name}: answered ${JSON.stringify(answer.data)?.slice(0, 80)}: ${describeProblems(problems)}`);
      }
      expect(wrong).toEqual([]);
    });

    it('answers get_version_info with its own app_name', async () => {
      const answer = await call('get_version_info', {});
      expect(answer).toMatchObject({ status: 'ok', data: { app_name: APP_NAMES[id] } });
    });
  });
});

describe('narrowing', () => {
  it('keeps the parts of a general example that fit a variant and drops the parts that do not', () => {
    // go-cqhttp does not read set_friend_add_request's `remark`: the general example that sets it
    // cannot be go-cqhttp's request, but without the variant it is the standard's.
    const general = model.actions
      .find((a) => a.name === 'set_friend_add_request')!
      .examples.filter((e) => !e.implementation && e.params && 'remark' in e.params);
    expect(general.length).toBeGreaterThan(0);
    const narrowed = narrowModel(model, 'go-cqhttp').actions.find((a) => a.name === 'set_friend_add_request')!;
    expect(narrowed.examples.some((e) => e.params && 'remark' in e.params)).toBe(false);
    const standard = narrowModel(model, 'onebot11').actions.find((a) => a.name === 'set_friend_add_request')!;
    expect(standard.examples.some((e) => e.params && 'remark' in e.params)).toBe(true);
  });

  it('refuses to start the mock as an implementation the spec does not have, naming those it has', async () => {
    await expect(MockServer.start({ model, implementation: 'napkat' })).rejects.toThrow(
      "unknown implementation 'napkat': the spec has onebot11, go-cqhttp, napcat, lagrange",
    );
  });

  it("puts the implementation's own examples first", () => {
    const napcat = narrowModel(model, 'napcat').actions.find((a) => a.name === 'get_version_info')!;
    expect(napcat.examples[0]!.implementation).toBe('napcat');
  });
});

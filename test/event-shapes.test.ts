/**
 * The general shape of an event is what a bot written against every implementation receives, so
 * it must accept what each implementation sends: a field one implementation may omit cannot be
 * required there (a typed bot compiles, then reads `undefined`), and a field one implementation
 * types differently must accept that type too. An implementation that always sends a field says
 * so in its own variant, which its profile applies.
 */
import { describe, expect, it } from 'vitest';
import { accepts, TypeScope } from '../generator/diff/type-relation.js';
import { formatType } from '../generator/model/format-type.js';
import { narrowModel } from '../generator/model/profile.js';
import type { Event, Model } from '../generator/model/types.js';
import { loadModel } from './helpers/generate.js';
import { SPEC_DIR } from './helpers/paths.js';

/** One line per field of an event whose general shape does not accept what an implementation sends. */
function eventShapeProblems(model: Model): string[] {
  const scope = new TypeScope(model);
  const problems: string[] = [];
  const at = (event: Event) => `${event.source.file}:${event.source.line}`;
  for (const event of model.events) {
    for (const support of event.support) {
      if (support.status !== 'supported') continue;
      for (const field of event.fields) {
        const variant = support.addedFields.find((f) => f.name === field.name);
        const omits = support.removedFields.includes(field.name) || (variant !== undefined && !variant.required);
        if (field.required && omits)
          problems.push(`${event.id}.${field.name} (${at(event)}) is required, but ${support.implementation} may omit it: make it optional`);
        if (variant && !accepts(field.type, scope, variant.type, scope)) {
          problems.push(
            `${event.id}.${field.name} (${at(event)}) is ${formatType(field.type)}, which does not accept ${support.implementation}'s ${formatType(variant.type)}`,
          );
        }
      }
    }
  }
  return problems;
}

describe('event shapes', async () => {
  const model = await loadModel(SPEC_DIR);

  it('the general shape of every event accepts what each implementation sends', () => {
    expect(eventShapeProblems(model)).toEqual([]);
  });

  it('catches a required field an implementation omits, and a type it does not accept', () => {
    const poke = model.events.find((e) => e.id === 'poke')!;
    const broken: Model = {
      ...model,
      events: [
        { ...poke, fields: poke.fields.map((f) => (f.name === 'group_id' ? { ...f, required: true, type: { kind: 'primitive', name: 'string' } } : f)) },
      ],
    };
    const problems = eventShapeProblems(broken);
    expect(problems).toContainEqual(expect.stringMatching(/^poke\.group_id .* is required, but go-cqhttp may omit it/));
    expect(problems).toContainEqual(expect.stringMatching(/^poke\.group_id .* is string, which does not accept go-cqhttp's int64$/));
  });

  it('a friend poke (no group_id) is a poke for every implementation but the standard, whose pokes are group pokes', async () => {
    const { ValueChecker } = await import('../generator/model/check-value.js');
    const friendPoke = { time: 1, self_id: 10001, post_type: 'notice', notice_type: 'notify', sub_type: 'poke', user_id: 2, target_id: 10001 };
    expect(new ValueChecker(model).event(friendPoke)).toEqual([]);
    // go-cqhttp adds the poker as sender_id; Lagrange also the action text, suffix and icon.
    expect(new ValueChecker(narrowModel(model, 'go-cqhttp')).event({ ...friendPoke, sender_id: 2 })).toEqual([]);
    expect(
      new ValueChecker(narrowModel(model, 'lagrange')).event({
        ...friendPoke,
        sender_id: 2,
        action: '戳了戳',
        suffix: '',
        action_img_url: 'https://example.com/poke.png',
      }),
    ).toEqual([]);
    expect(new ValueChecker(narrowModel(model, 'onebot11')).event(friendPoke)).toEqual([{ path: '', message: "missing 'group_id'" }]);
  });
});

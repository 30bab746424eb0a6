/**
 * Event discriminators: in order (`post_type`, the key its post type declares, `sub_type`), not
 * repeated as fields, and telling every event apart: no two events share them, and none is a
 * prefix of another's (that would make narrowing ambiguous).
 */
import { discriminatorKey } from '../model/queries.js';
import type { Event } from '../model/types.js';
import type { CheckContext } from './check.js';
import { suggest } from './diagnostics.js';
import type { Entry } from './merge.js';

export function checkEvents(c: CheckContext): void {
  const events = new Map(c.model.events.map((e) => [e.id, e]));
  for (const e of c.sections.entries('events')) checkDiscriminators(c, e, events.get(e.key)!);
  checkDistinct(c);
}

function checkDiscriminators({ model, report }: CheckContext, e: Entry<unknown>, event: Event): void {
  const { file, path } = e;
  const postTypes = model.eventBase.postTypes;
  const discriminators = event.discriminators;
  const at = (i: number) => file.at([...path, 'discriminators', discriminators[i]!.key], true);
  const [first, second, third, ...rest] = discriminators;
  if (first && first.key !== 'post_type') {
    report.error(
      at(0),
      `the first discriminator must be 'post_type', not '${first.key}'`,
      'list discriminators in order: post_type, then its secondary key, then sub_type',
    );
  } else if (first) {
    const postType = postTypes.find((p) => p.value === first.value);
    if (!postType) {
      report.error(
        file.at([...path, 'discriminators', 'post_type']),
        `unknown post_type '${first.value}'`,
        suggest(
          first.value,
          postTypes.map((p) => p.value),
          'declare it under event_base.post_types',
        ),
      );
    } else if (second && second.key !== postType.discriminator) {
      report.error(
        at(1),
        `events with post_type '${first.value}' are discriminated by '${postType.discriminator}', not '${second.key}'`,
        `write \`${postType.discriminator}: ...\` second`,
      );
    }
  }
  if (third && third.key !== 'sub_type') report.error(at(2), `the third discriminator can only be 'sub_type', not '${third.key}'`);
  if (rest.length) report.error(at(3), 'an event has at most three discriminators', 'post_type, its secondary key, and sub_type');
  for (const field of event.fields) {
    if (discriminators.some((d) => d.key === field.name)) {
      report.error(field.source, `'${field.name}' is a discriminator of this event`, 'discriminators become fields by themselves; remove this one');
    }
  }
}

function checkDistinct({ model, report }: CheckContext): void {
  const keys = model.events.map((e) => ({ event: e, key: discriminatorKey(e) }));
  for (const a of keys) {
    for (const b of keys) {
      if (a === b) continue;
      if (a.key === b.key && a.event.id < b.event.id) {
        report.error(b.event.source, `events '${a.event.id}' and '${b.event.id}' have the same discriminators`, 'give one of them a sub_type, or merge them');
      } else if (b.key.startsWith(a.key + '|')) {
        report.error(
          a.event.source,
          `the discriminators of '${a.event.id}' are a prefix of those of '${b.event.id}'`,
          `give '${a.event.id}' a sub_type too, so an event matches exactly one type`,
        );
      }
    }
  }
}

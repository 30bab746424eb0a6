/**
 * Questions every emitter asks of the model the same way, answered once here so the docs, the
 * matrix, OpenAPI and the TypeScript comments cannot disagree.
 */
import type { Event, Model, PostType, Support, Text } from './types.js';

/**
 * How one implementation's support differs from the thing as specified, as the variant says it
 * machine-readably: fields it adds or types differently (an action's parameters, a segment's or
 * event's data fields), fields it leaves out, and (actions only) a different result. A note or a
 * `since` alone is not a difference: what differs is always in the variant, and the note explains it.
 */
export interface SupportDifferences {
  changedFields: string[];
  removedFields: string[];
  differentResult: boolean;
}

export function supportDifferences(support: Support): SupportDifferences {
  return {
    changedFields: support.addedFields.map((f) => f.name),
    removedFields: [...support.removedFields],
    differentResult: support.result !== undefined,
  };
}

/** Whether an implementation supports the thing with differences: the one rule for "✅\*", "≈" and `x-onebot-support-details`. */
export function supportsWithDifferences(support: Support | undefined): boolean {
  if (support?.status !== 'supported') return false;
  const d = supportDifferences(support);
  return d.changedFields.length > 0 || d.removedFields.length > 0 || d.differentResult;
}

/** An event's discriminators as one key, `post_type=notice|notice_type=group_recall`: events sort by it, and one that is a prefix of another's is ambiguous. */
export function discriminatorKey(event: Pick<Event, 'discriminators'>): string {
  return event.discriminators.map((d) => `${d.key}=${d.value}`).join('|');
}

/** An implementation's title by its id (undefined for an id the model does not declare): what every output names it by. */
export function implementationTitle(model: Pick<Model, 'implementations'>, id: string): Text | undefined {
  return model.implementations.find((i) => i.id === id)?.title;
}

/** Every post_type of the event base in the spec's order, with its events (an event's first discriminator is its post_type). */
export function eventsByPostType(model: Pick<Model, 'eventBase' | 'events'>): { postType: PostType; events: Event[] }[] {
  return model.eventBase.postTypes.map((postType) => ({ postType, events: model.events.filter((e) => e.discriminators[0]?.value === postType.value) }));
}

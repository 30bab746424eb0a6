/** The names every emitter derives from the model, kept in one place so they always agree. */
import type { Action, Event, Field, NamedType, PostType, Segment, TypeNode } from './types.js';

/** `get_friend_list` → `GetFriendList`, `.handle_quick_operation` → `HandleQuickOperation`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** The identifier of an action's client method: the wire name, without a leading `.`. */
export function methodName(action: Pick<Action, 'name'>): string {
  return action.name.replace(/^\./, '');
}

export const actionParamsName = (action: Pick<Action, 'name'>) => `${pascalCase(action.name)}Params`;
export const actionResultName = (action: Pick<Action, 'name'>) => `${pascalCase(action.name)}Result`;

export const eventTypeName = (id: string) => `${pascalCase(id)}Event`;

/** The union of all events of one post_type: `message` → `MessageEvent`, `meta_event` → `MetaEvent`. */
export function postTypeUnionName(postType: Pick<PostType, 'value'>): string {
  const base = pascalCase(postType.value);
  return base.endsWith('Event') ? base : `${base}Event`;
}

export const sendFields = (segment: Segment): Field[] => segment.fields.filter((f) => f.direction !== 'receive');
export const receiveFields = (segment: Segment): Field[] => segment.fields.filter((f) => f.direction !== 'send');

/** Whether a segment can be sent / received at all. */
export const isSendable = (segment: Segment) => segment.direction !== 'receive';
export const isReceivable = (segment: Segment) => segment.direction !== 'send';

/** Whether the segment's send and receive shapes differ, so it needs two types. */
export function hasSplitShapes(segment: Segment): boolean {
  return isSendable(segment) && isReceivable(segment) && segment.fields.some((f) => f.direction !== 'both');
}

/** The type names of a segment's shapes; the same name twice when the shapes are the same. */
export function segmentTypeNames(segment: Segment): { send?: string; receive?: string } {
  const base = pascalCase(segment.type);
  if (hasSplitShapes(segment)) return { send: `${base}SendSegment`, receive: `${base}ReceiveSegment` };
  const name = `${base}Segment`;
  return { ...(isSendable(segment) ? { send: name } : {}), ...(isReceivable(segment) ? { receive: name } : {}) };
}

/** The names of every type a segment produces, in a stable order. */
export function segmentShapeNames(segment: Segment): string[] {
  const { send, receive } = segmentTypeNames(segment);
  return [...new Set([send, receive].filter((n): n is string => !!n))];
}

/** Every field an event has on the wire: the base fields, its discriminators (as literals), its own fields. */
export function eventFields(base: readonly Field[], event: Pick<Event, 'discriminators' | 'fields' | 'source'>): Field[] {
  const discriminators: Field[] = event.discriminators.map((d) => ({
    name: d.key,
    type: { kind: 'literal', value: d.value },
    required: true,
    hasDefault: false,
    direction: 'both',
    source: event.source,
  }));
  return [...base, ...discriminators, ...event.fields];
}

/** The discriminators of an event as `post_type=notice, notice_type=notify, sub_type=poke`. */
export function describeDiscriminators(event: Pick<Event, 'discriminators'>): string {
  return event.discriminators.map((d) => `${d.key}=${d.value}`).join(', ');
}

/**
 * Whether an event's `message` is a received message (a CQ-code string or segments), which the
 * client always delivers as segments. Not every `message` is one (`bot_offline`'s is its reason).
 */
export function carriesMessage(types: readonly Pick<NamedType, 'name' | 'type'>[], event: Pick<Event, 'fields'>): boolean {
  const field = event.fields.find((f) => f.name === 'message');
  return field !== undefined && holdsReceiveSegments(types, field.type, new Set());
}

function holdsReceiveSegments(types: readonly Pick<NamedType, 'name' | 'type'>[], node: TypeNode, seen: Set<string>): boolean {
  switch (node.kind) {
    case 'array':
      return node.items.kind === 'ref' && node.items.name === 'ReceiveSegment';
    case 'union':
      return node.variants.some((v) => holdsReceiveSegments(types, v, seen));
    case 'ref': {
      if (seen.has(node.name)) return false;
      seen.add(node.name);
      const named = types.find((t) => t.name === node.name);
      return named !== undefined && holdsReceiveSegments(types, named.type, seen);
    }
    default:
      return false;
  }
}

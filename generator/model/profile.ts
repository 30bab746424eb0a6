/**
 * A profile: the model narrowed to one implementation. It keeps only what that implementation
 * supports, with its parameter, field and result variants applied, so every emitter produces
 * artifacts for exactly that implementation without knowing profiles exist.
 */
import { applyFieldVariant } from './json-schema.js';
import type { Action, Model, Support } from './types.js';

function supportOf(support: readonly Support[], implementation: string): Support | undefined {
  return support.find((s) => s.implementation === implementation && s.status === 'supported');
}

const only = (support: readonly Support[], implementation: string) => support.filter((s) => s.implementation === implementation);

export function narrowModel(model: Model, implementation: string): Model {
  return {
    ...model,
    profile: implementation,
    implementations: model.implementations.filter((i) => i.id === implementation),
    actions: narrowActions(model.actions, implementation),
    segments: model.segments.flatMap((segment) => {
      const support = supportOf(segment.support, implementation);
      return support ? [{ ...segment, fields: applyFieldVariant(segment.fields, support), support: only(segment.support, implementation).map(flatten) }] : [];
    }),
    events: model.events.flatMap((event) => {
      const support = supportOf(event.support, implementation);
      return support ? [{ ...event, fields: applyFieldVariant(event.fields, support), support: only(event.support, implementation).map(flatten) }] : [];
    }),
  };
}

function narrowActions(actions: readonly Action[], implementation: string): Action[] {
  const narrowed = actions.flatMap((action) => {
    const support = supportOf(action.support, implementation);
    if (!support) return [];
    const hasVariant = support.addedFields.length > 0 || support.removedFields.length > 0 || support.result !== undefined;
    // The names this implementation answers to: when it does not route the action's own name, the
    // profile's action takes the first name it does route, and keeps only the aliases it routes.
    const routed = support.names;
    const name = !routed || routed.includes(action.name) ? action.name : routed[0]!;
    const aliases = routed ? action.aliases.filter((a) => routed.includes(a.name) && a.name !== name) : action.aliases;
    return [
      {
        ...action,
        name,
        aliases,
        params: applyFieldVariant(action.params, support),
        result: support.result !== undefined ? support.result : action.result,
        support: only(action.support, implementation).map(flatten),
        // Only examples of this shape: this implementation's own, plus the general ones when it has no variant.
        examples: action.examples.filter((e) => e.implementation === implementation || (e.implementation === undefined && !hasVariant)),
      },
    ];
  });
  return narrowed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Once applied, a variant is the shape itself: the support entry keeps only its note. */
function flatten(support: Support): Support {
  const { result: _applied, names: _routed, ...rest } = support;
  return { ...rest, addedFields: [], removedFields: [] };
}

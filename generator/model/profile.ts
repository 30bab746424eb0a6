/**
 * A profile: the model narrowed to one implementation. It keeps only what that implementation
 * supports, with its parameter, field and result variants applied, so every emitter produces
 * artifacts for exactly that implementation without knowing profiles exist.
 */
import { applyFieldVariant } from './json-schema.js';
import type { Model, Support } from './types.js';

function supportOf(support: readonly Support[], implementation: string): Support | undefined {
  return support.find((s) => s.implementation === implementation && s.status === 'supported');
}

export function narrowModel(model: Model, implementation: string): Model {
  const only = (support: readonly Support[]) => support.filter((s) => s.implementation === implementation);
  return {
    ...model,
    profile: implementation,
    implementations: model.implementations.filter((i) => i.id === implementation),
    actions: model.actions.flatMap((action) => {
      const support = supportOf(action.support, implementation);
      if (!support) return [];
      const hasVariant = support.addedFields.length > 0 || support.removedFields.length > 0 || support.result !== undefined;
      return [
        {
          ...action,
          params: applyFieldVariant(action.params, support),
          result: support.result !== undefined ? support.result : action.result,
          support: only(action.support).map(flatten),
          // Only examples of this shape: this implementation's own, plus the general ones when it has no variant.
          examples: action.examples.filter((e) => e.implementation === implementation || (e.implementation === undefined && !hasVariant)),
        },
      ];
    }),
    segments: model.segments.flatMap((segment) => {
      const support = supportOf(segment.support, implementation);
      return support ? [{ ...segment, fields: applyFieldVariant(segment.fields, support), support: only(segment.support).map(flatten) }] : [];
    }),
    events: model.events.flatMap((event) => {
      const support = supportOf(event.support, implementation);
      return support ? [{ ...event, fields: applyFieldVariant(event.fields, support), support: only(event.support).map(flatten) }] : [];
    }),
  };
}

/** Once applied, a variant is the shape itself: the support entry keeps only its note. */
function flatten(support: Support): Support {
  const { result: _applied, ...rest } = support;
  return { ...rest, addedFields: [], removedFields: [] };
}

/**
 * A profile: the model narrowed to one implementation. It keeps only what that implementation
 * supports, with its parameter, field and result variants applied, so every emitter produces
 * artifacts for exactly that implementation without knowing profiles exist.
 */
import { ValueChecker } from './check-value.js';
import { applyFieldVariant } from './json-schema.js';
import type { Action, Example, Model, Segment, SegmentExample, Support } from './types.js';

function supportOf(support: readonly Support[], implementation: string): Support | undefined {
  return support.find((s) => s.implementation === implementation && s.status === 'supported');
}

const only = (support: readonly Support[], implementation: string) => support.filter((s) => s.implementation === implementation);

export function narrowModel(model: Model, implementation: string): Model {
  const shaped: Model = {
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
  // Examples are chosen against the narrowed shapes (segments and events narrowed too).
  const checker = new ValueChecker(shaped);
  return {
    ...shaped,
    actions: shaped.actions.map((action) => ({ ...action, examples: examplesFor(action, implementation, checker) })),
    segments: shaped.segments.map((segment) => ({ ...segment, examples: segmentExamples(segment, implementation, checker) })),
    events: shaped.events.map((event) => ({ ...event, examples: event.examples.filter((e) => checker.event(e.value, event).length === 0) })),
  };
}

function narrowActions(actions: readonly Action[], implementation: string): Action[] {
  const narrowed = actions.flatMap((action) => {
    const support = supportOf(action.support, implementation);
    if (!support) return [];
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
      },
    ];
  });
  return narrowed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The examples of one implementation's shape of an action: its own first (the loader checked them
 * against its shapes), then the general ones, keeping only the parts (params, result) that
 * validate against the variant. Never another implementation's.
 */
function examplesFor(action: Action, implementation: string, checker: ValueChecker): Example[] {
  const own = action.examples.filter((e) => e.implementation === implementation);
  const general = action.examples.flatMap((e) => (e.implementation === undefined ? fitting(e, action, checker) : []));
  return [...own, ...general];
}

/** The parts of a general example that fit the narrowed action; nothing when no part it gives fits. */
function fitting(example: Example, action: Pick<Action, 'params' | 'result'>, checker: ValueChecker): Example[] {
  const { params, paramsSource, result, resultSource, ...rest } = example;
  const paramsFit = params !== undefined && checker.object(params, action.params, undefined).length === 0;
  const resultFit = result !== undefined && (action.result === null ? result === null : checker.check(result, action.result).length === 0);
  if (!paramsFit && !resultFit) return [];
  return [
    {
      ...rest,
      ...(paramsFit ? { params, ...(paramsSource ? { paramsSource } : {}) } : {}),
      ...(resultFit ? { result, ...(resultSource ? { resultSource } : {}) } : {}),
    },
  ];
}

/**
 * The examples of the implementation's shape of a segment: its own first (the loader checked them
 * against its shape), then the general ones that fit; never another implementation's. When none
 * fits, the first general one that fits once the fields this implementation does not have are
 * left out (without its CQ code, which no longer says the same).
 */
function segmentExamples(segment: Segment, implementation: string, checker: ValueChecker): SegmentExample[] {
  const fits = (data: Record<string, unknown>) => checker.segment({ type: segment.type, data }, 'either').length === 0;
  const own = segment.examples.filter((e) => e.implementation === implementation);
  const general = segment.examples.filter((e) => e.implementation === undefined);
  const whole = [...own, ...general.filter((e) => fits(e.data))];
  if (whole.length) return whole;
  const names = new Set(segment.fields.map((f) => f.name));
  for (const { cq: _differs, ...example } of general) {
    const data = Object.fromEntries(Object.entries(example.data).filter(([key]) => names.has(key)));
    if (Object.keys(data).length && fits(data)) return [{ ...example, data }];
  }
  return [];
}

/** Once applied, a variant is the shape itself: the support entry keeps only its note. */
function flatten(support: Support): Support {
  const { result: _applied, names: _routed, ...rest } = support;
  return { ...rest, addedFields: [], removedFields: [] };
}

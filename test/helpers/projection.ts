/**
 * What an OpenAPI document can carry of a model, for the round-trip test: names, fields, types,
 * requiredness, defaults, enum values, deprecation, categories, aliases, support statuses, what
 * each implementation was verified against, the descriptions of actions, types and fields, and
 * the actions' examples.
 * Descriptions are compared as the document carries them, both languages joined (`bilingual`);
 * an example by its title (one language), parameters and result. Examples of an implementation
 * that the action as specified does not describe go to `x-onebot-variant-examples` and are
 * compared by the test on their own, as are retcodes, transports, call variants and
 * per-implementation differences, which OpenAPI does not carry.
 */
import { ValueChecker } from '../../generator/model/check-value.js';
import { bilingual, pick } from '../../generator/model/text.js';
import type { Action, Example, Field, Model, TypeNode } from '../../generator/model/types.js';

export function projection(model: Model) {
  const checker = new ValueChecker(model);
  /**
   * The parts of an example the document has among the operation's own examples: all of a general
   * one; of an implementation's, the parameters and the result that fit the action as specified.
   */
  const general = (action: Action, x: Example) => {
    const params = x.params !== undefined && (!x.implementation || checker.object(x.params, action.params, undefined).length === 0) ? x.params : undefined;
    const result =
      x.result !== undefined && (!x.implementation || (action.result === null ? x.result === null : checker.check(x.result, action.result).length === 0))
        ? x.result
        : undefined;
    return params === undefined && result === undefined ? [] : [{ title: pick(x.title), params, result }];
  };
  return {
    implementations: model.implementations.map((i) => ({ id: i.id, verified: i.verified })),
    categories: [...new Set(model.actions.map((a) => a.category))].sort(),
    envelope: model.envelope.fields.map(field),
    types: model.types.map((t) => ({ name: t.name, type: type(t.type), description: bilingual(t.description) })),
    actions: model.actions.map((a) => ({
      name: a.name,
      category: a.category,
      origin: a.origin,
      deprecated: !!a.deprecated,
      aliases: a.aliases.map((x) => x.name),
      params: a.params.map(field),
      result: a.result ? type(a.result) : null,
      support: a.support.map((s) => `${s.implementation}:${s.status}`),
      description: bilingual(a.description),
      examples: a.examples.flatMap((x) => general(a, x)),
    })),
    segments: model.segments.map((s) => ({
      type: s.type,
      direction: s.direction,
      // A field's direction only matters where the segment goes both ways.
      fields: s.fields.map((f) => ({ ...field(f), direction: s.direction === 'both' ? f.direction : s.direction })),
    })),
    // Only post types that have events appear in OpenAPI (as the per-post_type unions).
    eventBase: {
      fields: model.eventBase.fields.map(field),
      postTypes: model.eventBase.postTypes
        .filter((p) => model.events.some((e) => e.discriminators[0]?.value === p.value))
        .map((p) => `${p.value}:${p.discriminator}`)
        .sort(),
    },
    events: model.events.map((e) => ({ id: e.id, discriminators: e.discriminators, fields: e.fields.map(field) })),
  };
}

function field(f: Field) {
  return {
    name: f.name,
    type: type(f.type),
    required: f.required,
    ...(f.hasDefault ? { default: f.default } : {}),
    deprecated: !!f.deprecated,
    description: bilingual(f.description),
  };
}

function type(node: TypeNode): unknown {
  switch (node.kind) {
    case 'primitive':
      return node.name;
    case 'literal':
      return { literal: node.value };
    case 'ref':
      return { ref: node.name };
    case 'array':
      return { array: type(node.items) };
    case 'map':
      return { map: type(node.values) };
    case 'union':
      return { union: node.variants.map(type) };
    case 'enum':
      return { enum: node.base, values: node.values.map((v) => v.value) };
    case 'object':
      return { object: node.fields.map(field), ...(node.additional ? { additional: type(node.additional) } : {}) };
  }
}

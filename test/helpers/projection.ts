/**
 * What an OpenAPI document can carry of a model, for the round-trip test: names, fields, types,
 * requiredness, defaults, enum values, deprecation, categories, aliases, support statuses and what
 * each implementation was verified against.
 * Titles and descriptions are left out (OpenAPI joins the two languages into one string), as are
 * examples, retcodes, transports, call variants and per-implementation differences.
 */
import type { Field, Model, TypeNode } from '../../generator/model/types.js';

export function projection(model: Model) {
  return {
    implementations: model.implementations.map((i) => ({ id: i.id, verified: i.verified })),
    categories: [...new Set(model.actions.map((a) => a.category))].sort(),
    envelope: model.envelope.fields.map(field),
    types: model.types.map((t) => ({ name: t.name, type: type(t.type) })),
    actions: model.actions.map((a) => ({
      name: a.name,
      category: a.category,
      origin: a.origin,
      deprecated: !!a.deprecated,
      aliases: a.aliases.map((x) => x.name),
      params: a.params.map(field),
      result: a.result ? type(a.result) : null,
      support: a.support.map((s) => `${s.implementation}:${s.status}`),
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
  return { name: f.name, type: type(f.type), required: f.required, ...(f.hasDefault ? { default: f.default } : {}), deprecated: !!f.deprecated };
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

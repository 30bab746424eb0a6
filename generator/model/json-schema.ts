/**
 * The model's types as JSON Schema (2020-12 / OpenAPI 3.1 dialect). The loader validates examples
 * with it and the OpenAPI emitter publishes it, so both always agree on what a type allows.
 */
import { eventsByPostType } from './queries.js';
import { bilingual } from './text.js';
import {
  eventFields,
  eventTypeName,
  isReceivable,
  isSendable,
  postTypeUnionName,
  receiveFields,
  segmentShapeNames,
  segmentTypeNames,
  sendFields,
  hasSplitShapes,
} from './naming.js';
import type { Action, Event, Field, Model, Segment, Support, TypeMeta, TypeNode } from './types.js';

export type JsonSchema = Record<string, unknown>;

export interface SchemaOptions {
  /** Prefix of `$ref`s to named schemas, e.g. `#/components/schemas/`. */
  refPrefix: string;
  /** Closed objects reject unknown keys (used to check the spec's own examples). */
  closed: boolean;
  /** Include titles and descriptions. */
  docs: boolean;
  /** Adds vendor keywords to the schema of a type (the OpenAPI emitter's Apifox extensions). */
  decorate?: (node: TypeNode, schema: JsonSchema) => void;
}

export class SchemaBuilder {
  constructor(
    private readonly model: Model,
    readonly options: SchemaOptions,
  ) {}

  type(node: TypeNode): JsonSchema {
    const schema = { ...this.bare(node), ...this.meta(node) };
    this.options.decorate?.(node, schema);
    return schema;
  }

  private meta(node: TypeMeta): JsonSchema {
    if (!this.options.docs) return {};
    const out: JsonSchema = {};
    const description = bilingual(node.description);
    if (description) out.description = description;
    if (node.deprecated) out.deprecated = true;
    if (node.example !== undefined) out.examples = [node.example];
    return out;
  }

  private bare(node: TypeNode): JsonSchema {
    switch (node.kind) {
      case 'primitive':
        switch (node.name) {
          case 'int32':
          case 'int64':
            return { type: 'integer', format: node.name };
          case 'any':
            return {};
          default:
            return { type: node.name };
        }
      case 'literal':
        return { type: typeof node.value === 'number' ? (Number.isInteger(node.value) ? 'integer' : 'number') : typeof node.value, const: node.value };
      case 'ref':
        return { $ref: this.options.refPrefix + node.name };
      case 'array':
        return { type: 'array', items: this.type(node.items) };
      case 'map':
        return { type: 'object', additionalProperties: this.type(node.values) };
      case 'union':
        return { anyOf: node.variants.map((v) => this.type(v)) };
      case 'enum':
        return {
          type: node.base === 'string' ? 'string' : 'integer',
          ...(node.base !== 'string' ? { format: node.base } : {}),
          enum: node.values.map((v) => v.value),
        };
      case 'object':
        return this.object(node.fields, node.additional);
    }
  }

  /** An object from fields; `additional` types the values of other keys. */
  object(fields: readonly Field[], additional?: TypeNode, extra: JsonSchema = {}): JsonSchema {
    const properties: JsonSchema = {};
    for (const field of fields) properties[field.name] = this.field(field);
    const required = fields.filter((f) => f.required).map((f) => f.name);
    const out: JsonSchema = { type: 'object', properties, ...extra };
    if (required.length) out.required = required;
    if (additional) out.additionalProperties = this.type(additional);
    else if (this.options.closed) out.additionalProperties = false;
    return out;
  }

  field(field: Field): JsonSchema {
    const schema = this.type(field.type);
    if (!this.options.docs) return schema;
    const description = bilingual(field.description);
    // A `$ref` with siblings is fine in 2020-12 / OpenAPI 3.1.
    if (description) schema.description = description;
    if (field.hasDefault) schema.default = field.default;
    if (field.deprecated) schema.deprecated = true;
    return schema;
  }

  /** The parameters object of an action, as one implementation sees it (all of them when omitted). */
  params(action: Action, support?: Support): JsonSchema {
    return this.object(applyFieldVariant(action.params, support));
  }

  /** The `data` of an action's answer, as one implementation sees it. */
  result(action: Action, support?: Support): JsonSchema {
    const result = support?.result !== undefined ? support.result : action.result;
    return result ? this.type(result) : { type: 'null' };
  }

  segmentShape(segment: Segment, fields: Field[]): JsonSchema {
    return {
      type: 'object',
      properties: {
        type: { type: 'string', const: segment.type },
        data: this.object(fields),
      },
      required: ['type', 'data'],
      ...(this.options.closed ? { additionalProperties: false } : {}),
    };
  }

  event(event: Event): JsonSchema {
    return this.object(eventFields(this.model.eventBase.fields, event));
  }

  /**
   * A named schema with its name as `title` (docs only): tools such as Swagger UI show a union's
   * members and a response's `data` by title, and without one every member reads `object`.
   */
  named(name: string, schema: JsonSchema): JsonSchema {
    return this.options.docs ? { title: name, ...schema } : schema;
  }

  /** Every named schema: shared types, segment shapes and unions, events and their unions. */
  definitions(): Record<string, JsonSchema> {
    const defs: Record<string, JsonSchema> = {};
    for (const named of this.model.types) {
      const schema = this.type(named.type);
      if (this.options.docs) {
        const description = bilingual(named.description);
        if (description) schema.description = description;
        schema.title = named.name;
        if (named.deprecated) schema.deprecated = true;
      }
      defs[named.name] = schema;
    }
    const describe = (schema: JsonSchema, text: Segment['description']) => {
      const description = this.options.docs ? bilingual(text) : undefined;
      return description ? { ...schema, description } : schema;
    };
    for (const segment of this.model.segments) {
      const names = segmentTypeNames(segment);
      if (hasSplitShapes(segment)) {
        defs[names.send!] = this.named(names.send!, describe(this.segmentShape(segment, sendFields(segment)), segment.description));
        defs[names.receive!] = this.named(names.receive!, describe(this.segmentShape(segment, receiveFields(segment)), segment.description));
      } else {
        const name = segmentShapeNames(segment)[0]!;
        defs[name] = this.named(
          name,
          describe(this.segmentShape(segment, isSendable(segment) ? sendFields(segment) : receiveFields(segment)), segment.description),
        );
      }
    }
    defs.SendSegment = this.named('SendSegment', this.segmentUnion('send'));
    defs.ReceiveSegment = this.named('ReceiveSegment', this.segmentUnion('receive'));
    for (const event of this.model.events) defs[event.typeName] = this.named(event.typeName, describe(this.event(event), event.description));
    for (const { postType, events: members } of eventsByPostType(this.model)) {
      const name = postTypeUnionName(postType);
      if (members.length) defs[name] = this.named(name, { oneOf: members.map((e) => ({ $ref: this.options.refPrefix + eventTypeName(e.id) })) });
    }
    // A spec without events (an imported draft) has an empty union: `not: {}` matches nothing, as an empty oneOf would, but is valid.
    defs.Event = this.named(
      'Event',
      this.model.events.length ? { oneOf: this.model.events.map((e) => ({ $ref: this.options.refPrefix + e.typeName })) } : { not: {} },
    );
    return defs;
  }

  private segmentUnion(direction: 'send' | 'receive'): JsonSchema {
    const mapping: Record<string, string> = {};
    for (const segment of this.model.segments) {
      if (direction === 'send' ? !isSendable(segment) : !isReceivable(segment)) continue;
      mapping[segment.type] = this.options.refPrefix + segmentTypeNames(segment)[direction]!;
    }
    if (!Object.keys(mapping).length) return { not: {} };
    return {
      oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
      discriminator: { propertyName: 'type', mapping },
    };
  }
}

/** The fields of an action's params or a segment's data as one implementation has them. */
export function applyFieldVariant(fields: readonly Field[], support?: Support): Field[] {
  if (!support) return [...fields];
  const replaced = new Map(support.addedFields.map((f) => [f.name, f]));
  const out = fields.filter((f) => !support.removedFields.includes(f.name)).map((f) => replaced.get(f.name) ?? f);
  for (const added of support.addedFields) if (!fields.some((f) => f.name === added.name)) out.push(added);
  return out;
}

/**
 * OpenAPI 3.1 → 3.0.3, for tools that read only 3.0 (older Apifox, Postman, many generators).
 *
 * Only schema objects are rewritten, found by walking the document's structure: example values
 * and defaults are data and stay as they are, even when they look like schemas.
 */
import type { JsonSchema } from '../../model/json-schema.js';

type Json = Record<string, any>;

export function toOpenApi30(doc: Json): Json {
  const out: Json = structuredClone(doc);
  out.openapi = '3.0.3';
  for (const [name, schema] of Object.entries(out.components?.schemas ?? {})) out.components.schemas[name] = schema30(schema as JsonSchema);
  for (const item of Object.values(out.paths ?? {}) as Json[]) {
    for (const operation of Object.values(item) as Json[]) {
      forEachMedia(operation.requestBody?.content, (media) => (media.schema = schema30(media.schema)));
      for (const response of Object.values(operation.responses ?? {}) as Json[])
        forEachMedia(response.content, (media) => (media.schema = schema30(media.schema)));
    }
  }
  return out;
}

function forEachMedia(content: Json | undefined, f: (media: Json) => void) {
  for (const media of Object.values(content ?? {}) as Json[]) if (media.schema) f(media);
}

const isNull = (s: JsonSchema) => s.type === 'null' && Object.keys(s).every((k) => k === 'type' || k === 'description');

/** A schema whose only value is null: 3.0.3 allows null in the enum of a nullable type. */
const NULL_ONLY = { type: 'object', nullable: true, enum: [null] };

/** One schema in 3.0 terms; subschemas first. */
export function schema30(input: JsonSchema): JsonSchema {
  const s: Json = { ...input };
  if (s.properties) s.properties = Object.fromEntries(Object.entries(s.properties as Json).map(([k, v]) => [k, schema30(v)]));
  if (s.items) s.items = schema30(s.items);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') s.additionalProperties = schema30(s.additionalProperties);
  for (const key of ['allOf', 'oneOf'] as const) if (s[key]) s[key] = s[key].map(schema30);
  // `examples` (a list) became the schema keyword in 3.1; 3.0 has the single `example`.
  if (Array.isArray(s.examples)) {
    if (s.examples.length) s.example = s.examples[0];
    delete s.examples;
  }
  // `const` is 3.1 (JSON Schema 2020-12); a one-value enum says the same in 3.0.
  if ('const' in s) {
    s.enum = [s.const];
    delete s.const;
  }
  // `null` is a type in 3.1; in 3.0 it is `nullable` on another type. A schema of null alone
  // becomes a nullable object whose only value is null (3.0.3 allows null in such an enum).
  if (s.type === 'null') Object.assign(s, NULL_ONLY);
  if (s.anyOf) {
    const variants: JsonSchema[] = s.anyOf;
    const nonNull = variants.filter((v) => !isNull(v)).map(schema30);
    const only = nonNull.length === 1 ? nonNull[0]! : undefined;
    delete s.anyOf;
    if (nonNull.length === variants.length) {
      s.anyOf = nonNull;
    } else if (only && typeof only.type === 'string' && !only.$ref) {
      // `T | null` with T of one type: T, nullable.
      Object.assign(s, { ...only, ...s }, { nullable: true });
    } else {
      // A referenced T: `nullable` beside an allOf would not let null through the referenced
      // schema (validators check null against it too), so null stays a variant of its own.
      s.anyOf = [...nonNull, NULL_ONLY];
    }
  }
  // With `nullable`, 3.0.3 allows null only if the enum lists it too.
  if (s.nullable && Array.isArray(s.enum) && !s.enum.includes(null)) s.enum = [...s.enum, null];
  // In 3.0 a `$ref` replaces its whole object, so keywords beside it (description, default)
  // would be lost: keep them by moving the reference into an `allOf`.
  if (s.$ref && Object.keys(s).length > 1) {
    const { $ref, ...rest } = s;
    return { allOf: [{ $ref }], ...rest };
  }
  return s;
}

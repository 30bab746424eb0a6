/**
 * Checks every example and default in the spec against the model's own JSON Schema, and every
 * segment example's CQ code against the codec, so the docs never show something that is wrong.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { stringify } from '../../runtime/cq-code.js';
import { SchemaBuilder, type JsonSchema } from '../model/json-schema.js';
import { isReceivable, isSendable, receiveFields, sendFields } from '../model/naming.js';
import type { Model, SourceRef, TypeNode } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';

const ROOT = 'spec-model';

export function checkExamples(
  model: Model,
  pending: { type: TypeNode; value: unknown; at: SourceRef; what: string }[],
): Diagnostic[] {
  const builder = new SchemaBuilder(model, { refPrefix: `${ROOT}#/definitions/`, closed: true, docs: false });
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, inlineRefs: false });
  ajv.addSchema({ $id: ROOT, definitions: builder.definitions() });
  const diagnostics: Diagnostic[] = [];
  // Every check goes into one schema and one compile: ajv's cost is per compile, not per check.
  const checks: { schema: JsonSchema; value: unknown; at: SourceRef; what: string }[] = [];
  const check = (schema: JsonSchema, value: unknown, at: SourceRef, what: string) => checks.push({ schema, value, at, what });
  for (const p of pending) check(builder.type(p.type), p.value, p.at, p.what);

  for (const action of model.actions) {
    for (const example of action.examples) {
      const support = example.implementation ? action.support.find((s) => s.implementation === example.implementation) : undefined;
      if (example.params !== undefined) check(builder.params(action, support), example.params, example.paramsSource ?? example.source, `the params of this example of '${action.name}'`);
      if (example.result !== undefined) check(builder.result(action, support), example.result, example.resultSource ?? example.source, `the result of this example of '${action.name}'`);
    }
  }

  for (const segment of model.segments) {
    for (const example of segment.examples) {
      // An example may show either shape: it must match the send or the receive one.
      const shapes = [isSendable(segment) && sendFields(segment), isReceivable(segment) && receiveFields(segment)].filter((f) => f !== false);
      check({ anyOf: shapes.map((fields) => builder.object(fields)) }, example.data, example.source, `the data of this example of segment '${segment.type}'`);
      if (example.cq !== undefined) {
        const expected = stringify([{ type: segment.type, data: example.data }]);
        if (expected !== example.cq) {
          diagnostics.push({ ...example.source, severity: 'error', message: `the CQ code of this example of segment '${segment.type}' does not match its data`, hint: `the data stringifies to ${expected}` });
        }
      }
    }
  }

  for (const event of model.events) {
    for (const example of event.examples) check(builder.event(event), example.value, example.source, `this example of event '${event.id}'`);
  }

  const properties: Record<string, JsonSchema> = {};
  const bundle: Record<string, unknown> = {};
  checks.forEach((c, i) => {
    properties[i] = c.schema;
    bundle[i] = c.value;
  });
  let validate: ValidateFunction;
  try {
    validate = ajv.compile({ type: 'object', properties });
  } catch (e) {
    return [{ ...(checks[0]?.at ?? { file: model.sources[0] ?? 'spec', line: 1, column: 1 }), severity: 'error', message: `cannot check the examples: ${(e as Error).message}` }];
  }
  if (validate(bundle)) return diagnostics;
  const byCheck = new Map<number, ErrorObject[]>();
  for (const error of validate.errors ?? []) {
    const [, index, ...rest] = error.instancePath.split('/');
    const i = Number(index);
    byCheck.set(i, [...(byCheck.get(i) ?? []), { ...error, instancePath: rest.length ? '/' + rest.join('/') : '' }]);
  }
  for (const [i, errors] of [...byCheck.entries()].sort(([a], [b]) => a - b)) {
    const c = checks[i]!;
    diagnostics.push({ ...c.at, severity: 'error', message: `${c.what} does not match its type: ${describeErrors(errors)}`, hint: 'fix the example, or the type if the example is right' });
  }
  return diagnostics;
}

function describeErrors(errors: ErrorObject[]): string {
  const parts = errors
    .filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
    .slice(0, 3)
    .map((e) => {
      const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the value';
      if (e.keyword === 'additionalProperties') return `${where === 'the value' ? '' : where + ': '}unexpected key '${String(e.params.additionalProperty)}'`;
      if (e.keyword === 'required') return `${where === 'the value' ? '' : where + ': '}missing '${String(e.params.missingProperty)}'`;
      return `${where} ${e.message ?? 'is invalid'}`;
    });
  return parts.join('; ') || 'it is invalid';
}

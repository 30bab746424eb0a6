/**
 * Checks a call's parameters against the spec: the same JSON Schema the loader checks examples
 * with (SchemaBuilder over the model), compiled once per action on first use.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { SchemaBuilder } from '../generator/model/json-schema.js';
import type { Action, Model } from '../generator/model/types.js';

const ROOT = 'onebot-mock';

export class ParamsValidator {
  private readonly builder: SchemaBuilder;
  private readonly ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, inlineRefs: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  /** `closed`: parameters the spec does not know are errors (typos surface), not ignored. */
  constructor(model: Model, closed: boolean) {
    this.builder = new SchemaBuilder(model, { refPrefix: `${ROOT}#/definitions/`, closed, docs: false });
    this.ajv.addSchema({ $id: ROOT, definitions: this.builder.definitions() });
  }

  /** The problems with `params` as `action` takes them; empty when they are valid. */
  check(action: Action, params: unknown): string[] {
    let validate = this.compiled.get(action.name);
    if (!validate) {
      validate = this.ajv.compile(this.builder.params(action));
      this.compiled.set(action.name, validate);
    }
    if (validate(params)) return [];
    return (validate.errors ?? []).map(describe);
  }
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? `params${error.instancePath.replace(/\//g, '.')}` : 'params';
  if (error.keyword === 'additionalProperties') return `${where} has an unknown key '${String(error.params.additionalProperty)}'`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

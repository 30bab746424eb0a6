/**
 * Checks a call's parameters against the spec: the same JSON Schema the loader checks examples
 * with (SchemaBuilder over the model), compiled once per action on first use.
 *
 * A value that matches no branch of a union (a message segment, `string | Segment[]`) would get
 * every branch's complaints, dozens of them; instead each branch is checked on its own and only
 * the closest one's problems are reported, naming it: the branch whose kind or discriminator
 * (`type`) matches, and of those the one with the fewest problems.
 *
 * ajv is loaded when a validator is made, not when the module is: in the npm package it is an
 * optional peer dependency, needed only by `onebot-spec/mock`, so a missing one is named plainly.
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { SchemaBuilder } from '../generator/model/json-schema.js';
import type { Action, Model } from '../generator/model/types.js';

const ROOT = 'onebot-mock';

export class ParamsValidator {
  private readonly builder: SchemaBuilder;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly branches = new WeakMap<object, ValidateFunction>();

  /** `closed`: parameters the spec does not know are errors (typos surface), not ignored. */
  static async create(model: Model, closed: boolean): Promise<ParamsValidator> {
    let ajv: { Ajv: typeof Ajv };
    try {
      ajv = await import('ajv');
    } catch (error) {
      throw new Error('the mock checks parameters with ajv, which is not installed: add it to your dev dependencies (npm install --save-dev ajv)', {
        cause: error,
      });
    }
    return new ParamsValidator(new ajv.Ajv({ allErrors: true, strict: false, validateFormats: false, inlineRefs: false, verbose: true }), model, closed);
  }

  private constructor(
    private readonly ajv: Ajv,
    model: Model,
    closed: boolean,
  ) {
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
    return this.explain(validate.errors ?? [], '');
  }

  /** Describes `errors` (instance paths below `base`), each union's reduced to its closest branch. */
  private explain(errors: readonly ErrorObject[], base: string): string[] {
    const unions = errors.filter((e) => (e.keyword === 'anyOf' || e.keyword === 'oneOf') && Array.isArray(e.schema));
    // Only the outermost unions: an inner one is explained when its branch is checked on its own.
    const outer = unions.filter((u) => !unions.some((o) => o !== u && isBelow(u.instancePath, o.instancePath) && u.instancePath !== o.instancePath));
    const out: string[] = [];
    for (const error of errors) {
      const union = outer.find((u) => isBelow(error.instancePath, u.instancePath));
      if (!union) out.push(describe(error, base));
      else if (error === union) out.push(...this.closest(union, base));
    }
    return out;
  }

  private closest(union: ErrorObject, base: string): string[] {
    const options = union.schema as object[];
    const where = base + union.instancePath;
    let best: { index: number; problems: string[]; score: [number, number] } | undefined;
    options.forEach((schema, index) => {
      const validate = this.branch(schema);
      if (validate(union.data)) return;
      const errors = validate.errors ?? [];
      // The value is not even this branch's kind, or its discriminator (a `type` const) says another branch.
      const mismatch = errors.some(
        (e) => (e.keyword === 'type' && e.instancePath === '') || ((e.keyword === 'const' || e.keyword === 'enum') && segments(e.instancePath).length === 1),
      );
      const problems = this.explain(errors, where);
      const score: [number, number] = [mismatch ? 1 : 0, problems.length];
      if (!best || score[0] < best.score[0] || (score[0] === best.score[0] && score[1] < best.score[1])) best = { index, problems, score };
    });
    if (!best) return [`${label(where)} matches none of its alternatives`];
    const name = branchName(options[best.index] as Record<string, unknown>, best.index);
    return [`${label(where)} matches none of its ${options.length} alternatives; the closest is ${name}`, ...best.problems];
  }

  private branch(schema: object): ValidateFunction {
    let validate = this.branches.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.branches.set(schema, validate);
    }
    return validate;
  }
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function isBelow(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(ancestor + '/');
}

function label(instancePath: string): string {
  return instancePath ? `params${instancePath.replace(/\//g, '.')}` : 'params';
}

/** How a branch is called in a message: its type's name, its `type` discriminator, or its kind. */
function branchName(schema: Record<string, unknown>, index: number): string {
  if (typeof schema.$ref === 'string') return schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1);
  const discriminator = (schema.properties as Record<string, { const?: unknown }> | undefined)?.type?.const;
  if (discriminator !== undefined) return `the one with type ${JSON.stringify(discriminator)}`;
  if (typeof schema.type === 'string') return `${/^[aeiou]/.test(schema.type) ? 'an' : 'a'} ${schema.type}`;
  return `alternative ${index + 1}`;
}

function describe(error: ErrorObject, base: string): string {
  const where = label(base + error.instancePath);
  if (error.keyword === 'additionalProperties') return `${where} has an unknown key '${String(error.params.additionalProperty)}'`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

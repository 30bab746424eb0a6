/**
 * Checks every example and default in the spec against its type, and every segment example's CQ
 * code against the codec, so the docs never show something that is wrong.
 */
import { stringify } from '../../runtime/cq-code.js';
import { applyFieldVariant } from '../model/json-schema.js';
import { describeProblems, ValueChecker, type ValueProblem } from '../model/check-value.js';
import { narrowModel } from '../model/profile.js';
import type { Action, Model, SourceRef, TypeNode } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';
import { formatSize } from './limits.js';

/**
 * Examples and defaults larger than `maxBytes` as JSON: the docs show every example in full, and
 * a multi-megabyte one would make every artifact slow to emit and format, and unreadable.
 */
export function checkExampleSizes(model: Model, pending: { value: unknown; at: SourceRef; what: string }[], maxBytes: number): Diagnostic[] {
  const all: { value: unknown; at: SourceRef; what: string }[] = [...pending];
  for (const action of model.actions) {
    for (const example of action.examples) {
      if (example.params !== undefined)
        all.push({ value: example.params, at: example.paramsSource ?? example.source, what: `the params of this example of '${action.name}'` });
      if (example.result !== undefined)
        all.push({ value: example.result, at: example.resultSource ?? example.source, what: `the result of this example of '${action.name}'` });
    }
  }
  for (const segment of model.segments)
    for (const example of segment.examples) all.push({ value: example.data, at: example.source, what: `this example of segment '${segment.type}'` });
  for (const event of model.events)
    for (const example of event.examples) all.push({ value: example.value, at: example.source, what: `this example of event '${event.id}'` });
  const diagnostics: Diagnostic[] = [];
  for (const { value, at, what } of all) {
    const size = Buffer.byteLength(JSON.stringify(value) ?? '');
    if (size > maxBytes) {
      diagnostics.push({
        ...at,
        severity: 'error',
        message: `${what} is ${formatSize(size)} as JSON, more than the limit of ${formatSize(maxBytes)}`,
        hint: 'shorten it to a few representative items (the docs show every example in full), or raise the limit with --max-example-size <size>',
      });
    }
  }
  return diagnostics;
}

export function checkExamples(model: Model, pending: { type: TypeNode; value: unknown; at: SourceRef; what: string }[]): Diagnostic[] {
  const checker = new ValueChecker(model);
  const diagnostics: Diagnostic[] = [];
  const report = (problems: ValueProblem[], at: SourceRef, what: string) => {
    if (problems.length) {
      diagnostics.push({
        ...at,
        severity: 'error',
        message: `${what} does not match its type: ${describeProblems(problems)}`,
        hint: 'fix the example, or the type if the example is right',
      });
    }
  };

  for (const p of pending) report(checker.check(p.value, p.type), p.at, p.what);

  // An implementation's example is checked against that implementation's shapes throughout: its
  // variant of the action, and of every segment and event the value contains.
  const profiles = new Map<string, { checker: ValueChecker; actions: Map<string, Action> }>();
  const profile = (id: string) => {
    let found = profiles.get(id);
    if (!found) {
      const narrowed = narrowModel(model, id);
      found = { checker: new ValueChecker(narrowed), actions: new Map(narrowed.actions.map((a) => [a.name, a])) };
      profiles.set(id, found);
    }
    return found;
  };
  for (const action of model.actions) {
    for (const example of action.examples) {
      const support = example.implementation ? action.support.find((s) => s.implementation === example.implementation) : undefined;
      const own = example.implementation && support?.status === 'supported' ? profile(example.implementation) : undefined;
      const shaped = own?.actions.get(action.name);
      const exampleChecker = own && shaped ? own.checker : checker;
      if (example.params !== undefined) {
        report(
          exampleChecker.object(example.params, shaped ? shaped.params : applyFieldVariant(action.params, support), undefined),
          example.paramsSource ?? example.source,
          `the params of this example of '${action.name}'`,
        );
      }
      if (example.result !== undefined) {
        const result = shaped ? shaped.result : support?.result !== undefined ? support.result : action.result;
        const problems = result
          ? exampleChecker.check(example.result, result)
          : example.result === null
            ? []
            : [{ path: '', message: 'expected null: the action answers with no data' }];
        report(problems, example.resultSource ?? example.source, `the result of this example of '${action.name}'`);
      }
    }
  }

  for (const segment of model.segments) {
    for (const example of segment.examples) {
      // An example may show either shape: it must match the send or the receive one; an
      // implementation's example, that implementation's shape of the segment.
      const support = example.implementation ? segment.support.find((s) => s.implementation === example.implementation) : undefined;
      const exampleChecker = example.implementation && support?.status === 'supported' ? profile(example.implementation).checker : checker;
      report(
        exampleChecker.segment({ type: segment.type, data: example.data }, 'either'),
        example.source,
        `the data of this example of segment '${segment.type}'${example.implementation ? ` (${example.implementation})` : ''}`,
      );
      if (example.cq !== undefined) {
        const expected = stringify([{ type: segment.type, data: example.data }]);
        if (expected !== example.cq) {
          diagnostics.push({
            ...example.source,
            severity: 'error',
            message: `the CQ code of this example of segment '${segment.type}' does not match its data`,
            hint: `the data stringifies to ${expected}`,
          });
        }
      }
    }
  }

  for (const event of model.events) {
    for (const example of event.examples) report(checker.event(example.value, event), example.source, `this example of event '${event.id}'`);
  }
  return diagnostics;
}

/**
 * What a schema cannot check, checked on the built model and the entries it was built from, one
 * concern a file: the protocol-level sections (check-protocol.ts), type definitions and fields
 * (check-types.ts), actions, segments and events (check-entries.ts), their support mappings
 * (check-support.ts), event discriminators (check-events.ts) and names (check-names.ts). Examples
 * and notes are checked after these, once they pass (check-examples.ts, check-notes.ts).
 */
import type { Model } from '../model/types.js';
import type { TypeBuilder } from './build-types.js';
import { checkEntries } from './check-entries.js';
import { checkEvents } from './check-events.js';
import { checkNames } from './check-names.js';
import { checkProtocol } from './check-protocol.js';
import { checkSupport } from './check-support.js';
import { checkTypes } from './check-types.js';
import { Report, type Diagnostic } from './diagnostics.js';
import type { Sections } from './merge.js';

export interface CheckContext {
  model: Model;
  /** The entries the model was built from, with their files and paths. */
  sections: Sections;
  /** What building the types recorded: definitions, fields, references. */
  types: TypeBuilder;
  report: Report;
}

const CHECKS: ((c: CheckContext) => void)[] = [checkProtocol, checkTypes, checkEntries, checkSupport, checkEvents, checkNames];

export function checkModel(model: Model, sections: Sections, types: TypeBuilder): Diagnostic[] {
  const context: CheckContext = { model, sections, types, report: new Report() };
  for (const check of CHECKS) check(context);
  return context.report.diagnostics;
}

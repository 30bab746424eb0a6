/**
 * Names: every reference is to a type that exists, every type is used (a warning), an alias is
 * neither an action nor another action's alias, and no two actions become the same name in code.
 */
import { methodName } from '../model/naming.js';
import { BUILTIN_TYPE_NAMES, type Action } from '../model/types.js';
import type { CheckContext } from './check.js';
import { suggest } from './diagnostics.js';

export function checkNames({ model, types, report }: CheckContext): void {
  const typeNames = new Set<string>([...model.types.map((t) => t.name), ...BUILTIN_TYPE_NAMES]);
  for (const ref of types.references) {
    if (!typeNames.has(ref.name)) {
      report.error(ref.at, `unknown type '${ref.name}'`, suggest(ref.name, typeNames, 'define it under types: or use a primitive (string, int64, ...)'));
    }
  }
  const used = new Set(types.references.map((r) => r.name));
  for (const type of model.types) {
    if (!used.has(type.name)) report.warn(type.source, `type '${type.name}' is never used`, 'remove it, or refer to it from an action, segment or event');
  }
  const actionNames = new Map(model.actions.map((a) => [a.name, a]));
  const aliasOwners = new Map<string, Action>();
  for (const action of model.actions) {
    for (const alias of action.aliases) {
      if (actionNames.has(alias.name)) {
        report.error(action.source, `alias '${alias.name}' of '${action.name}' is also an action`, 'an old name is either an alias or an action, not both');
      }
      const owner = aliasOwners.get(alias.name);
      if (owner) report.error(action.source, `alias '${alias.name}' is claimed by both '${owner.name}' and '${action.name}'`);
      aliasOwners.set(alias.name, action);
    }
  }
  // `.send_packet` and `send_packet` would both be the client's send_packet and SendPacketParams. A
  // warning, not an error: an imported draft may hold both names before someone makes one an alias.
  const byMethod = new Map<string, Action>();
  for (const action of model.actions) {
    const other = byMethod.get(methodName(action));
    if (other) {
      report.warn(
        action.source,
        `actions '${other.name}' and '${action.name}' would have the same name in code ('${methodName(action)}'), and the generated code would not compile`,
        `make '${action.name}' an alias of '${other.name}' (an implementation's support entry can say it answers only to that name with \`names:\`)`,
      );
    }
    byMethod.set(methodName(action), action);
  }
}

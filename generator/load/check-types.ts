/**
 * Type definitions and fields, at the places building recorded them: each definition says what it
 * is and uses only the keys of its kind, an enum's values are of its base and distinct, a field
 * with a default is not required and only a segment's field has a direction; and no named type is
 * only another name for itself.
 */
import { aliasCycles } from '../model/type-cycles.js';
import { enumItem, enumValueName, isEnumBase, type FieldSite, type RawTypeDefinition, type Site } from './build-types.js';
import type { CheckContext } from './check.js';
import type { Report } from './diagnostics.js';
import type { RawEnumValue } from './raw-types.js';

export function checkTypes(c: CheckContext): void {
  for (const site of c.types.definitions) checkDefinition(c.report, site);
  for (const site of c.types.fieldSites) checkField(c.report, site);
  checkCycles(c);
}

function checkDefinition(report: Report, site: Site<RawTypeDefinition>): void {
  const { file, path, value: v } = site;
  const declared = v.type;
  if (v.enum !== undefined) {
    checkEnum(report, site, declared ?? 'string', v.enum);
  } else if (v.fields !== undefined || declared === 'object' || (declared === undefined && v.items === undefined)) {
    if (declared === undefined && v.fields === undefined && v.additional === undefined) {
      report.error(file.at(path), 'this has no type', 'add `type:` (for example `type: string`) or `fields:` for an object');
    }
    if (declared !== undefined && declared !== 'object') {
      report.error(file.at([...path, 'type']), `'fields' needs \`type: object\`, not \`type: ${declared}\``, 'remove `type:` or make it `object`');
    }
  } else if (declared === 'array' || (declared === undefined && v.items !== undefined)) {
    if (v.items === undefined) report.error(file.at([...path, 'type']), '`type: array` needs `items:`', 'give the element type as `items:`, or write `T[]`');
  } else {
    if (v.items !== undefined) report.error(file.at([...path, 'items']), '`items` only goes with `type: array`');
    if (v.additional !== undefined) report.error(file.at([...path, 'additional']), '`additional` only goes with an object');
  }
}

function checkEnum(report: Report, { file, path }: Site<unknown>, declared: string, raw: RawEnumValue[]): void {
  let base = declared;
  if (!isEnumBase(base)) {
    report.error(file.at([...path, 'type']), `an enum must be of type string, int32 or int64, not '${base}'`);
    base = 'string';
  }
  const values: unknown[] = [];
  const names: string[] = [];
  raw.forEach((item, i) => {
    const itemPath = [...path, 'enum', i];
    const v = enumItem(item);
    const value = v.value;
    const ok = base === 'string' ? typeof value === 'string' : Number.isInteger(value);
    if (!ok) {
      report.error(
        file.at(itemPath),
        `enum value ${JSON.stringify(value)} is not ${base === 'string' ? 'a string' : 'an integer'}`,
        base === 'string' ? 'quote it' : `use \`type: string\` for string values`,
      );
    }
    if (values.some((x) => x === value)) report.error(file.at(itemPath), `enum value ${JSON.stringify(value)} is listed twice`, 'enum values must be unique');
    const name = enumValueName(v);
    if (name !== undefined && names.includes(name)) report.error(file.at(itemPath), `enum name '${name}' is used twice`, 'give each value its own `name:`');
    values.push(value);
    names.push(name ?? `value_${String(value).replace('-', 'minus_')}`);
  });
}

function checkField(report: Report, { file, path, name, value: v, segment }: FieldSite): void {
  if ('default' in v && v.required === true) {
    report.error(file.at([...path, 'required']), `field '${name}' has a default, so it cannot be required`, 'remove `required: true` or the default');
  }
  if (v.direction !== undefined && !segment) report.error(file.at([...path, 'direction']), '`direction` only applies to segment fields', 'remove it');
}

/** No named type is only another name for itself (TS2456, and endless to check a value against). */
function checkCycles({ model, types, report }: CheckContext): void {
  for (const path of aliasCycles(model.types)) {
    const [from, to] = [path[0]!, path[1]!];
    const type = model.types.find((t) => t.name === from)!;
    const at = types.referencesOf.get(from)?.find((r) => r.name === to)?.at ?? type.source;
    report.error(
      at,
      path.length === 2
        ? `type '${from}' is defined as itself`
        : `types ${path
            .slice(0, -1)
            .map((n) => `'${n}'`)
            .join(', ')} are defined as each other (${path.join(' → ')})`,
      'a type can refer to itself only inside an object field or an array (`children: Node[]`); give one of them a real definition',
    );
  }
}

/**
 * NapCat's message segments: the TypeBox union `OB11MessageDataSchema` in types/message.ts (what a
 * sent segment is checked against, and NapCat's own description of every segment), completed with
 * the data keys of the segments NapCat builds from received messages (api/msg.ts's
 * `rawToOb11Converters`). A received key the schema does not have is a receive-only field whose type
 * the code does not tell (it is an expression over QQ's message elements).
 */
import ts from 'typescript';
import { partKey } from '../../diff/coverage.js';
import { supportedBy } from '../../import/draft-model.js';
import type { Field, Segment } from '../../model/types.js';
import { enumMemberValue, propertyName, unwrap, type SourceTree } from './source-tree.js';
import { union, type TypeBoxReader } from './typebox.js';

export const SEGMENT_SCHEMAS = 'packages/napcat-onebot/types/message.ts';
export const RECEIVED_SEGMENTS = 'packages/napcat-onebot/api/msg.ts';
/** The union of every segment schema, in SEGMENT_SCHEMAS. */
export const SEGMENT_UNION = 'OB11MessageDataSchema';

export interface SegmentsRead {
  segments: Segment[];
  untyped: string[];
}

export function readSegments(tree: SourceTree, typebox: TypeBoxReader): SegmentsRead {
  const byType = new Map<string, { fields: Field[][]; source: Segment['source'] }>();
  const untyped = new Set<string>();
  const schemas = tree.file(SEGMENT_SCHEMAS);
  const found = schemas && tree.exported(schemas, SEGMENT_UNION);
  const init = found && ts.isVariableDeclaration(found.node) && found.node.initializer ? unwrap(found.node.initializer) : undefined;
  const members =
    init && ts.isCallExpression(init) && init.arguments[0] && ts.isArrayLiteralExpression(unwrap(init.arguments[0]))
      ? (unwrap(init.arguments[0]) as ts.ArrayLiteralExpression).elements
      : undefined;
  if (!found || !members) {
    if (schemas) tree.note(found?.node ?? schemas, 'cannot find the union OB11MessageDataSchema; segment schemas are not read');
  } else {
    for (const m of members) {
      const schema = typebox.read(m as ts.Expression, found.file);
      const typeField = schema.type.kind === 'object' ? schema.type.fields.find((f) => f.name === 'type') : undefined;
      const dataField = schema.type.kind === 'object' ? schema.type.fields.find((f) => f.name === 'data') : undefined;
      if (typeField?.type.kind !== 'literal' || typeof typeField.type.value !== 'string' || dataField?.type.kind !== 'object') {
        tree.note(m, 'a member of OB11MessageDataSchema that is not `{ type: Literal, data: Object }` is skipped');
        continue;
      }
      const type = typeField.type.value;
      const entry = byType.get(type) ?? { fields: [], source: tree.source(m) };
      entry.fields.push(dataField.type.fields);
      byType.set(type, entry);
      for (const p of schema.untypedPaths) if (p.startsWith('.data.')) untyped.add(partKey({ kind: 'segment', name: type }, p.slice(1)));
    }
  }

  const segments: Segment[] = [];
  const received = receivedKeys(tree);
  notSent(tree);
  for (const type of new Set([...byType.keys(), ...received.keys()])) {
    const declared = byType.get(type);
    const fields = declared ? [...mergeVariants(declared.fields)] : [];
    const seen = received.get(type);
    for (const [key, { count, node }] of seen?.keys ?? []) {
      if (fields.some((f) => f.name === key)) continue;
      // Required when every received segment of the type has it.
      fields.push({
        name: key,
        type: { kind: 'primitive', name: 'any' },
        required: count === seen!.literals,
        hasDefault: false,
        direction: 'receive',
        source: tree.source(node),
      });
      untyped.add(partKey({ kind: 'segment', name: type }, `data.${key}`));
    }
    segments.push({
      type,
      title: {},
      origin: 'napcat',
      direction: declared ? 'both' : 'receive',
      fields,
      support: supportedBy('napcat'),
      examples: [],
      source: declared?.source ?? tree.source(seen!.first),
    });
  }
  segments.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return { segments, untyped: [...untyped].sort() };
}

/** The fields of several schemas of one segment type (music by id, custom music): required only where every one requires it. */
function mergeVariants(variants: Field[][]): Field[] {
  if (variants.length === 1) return variants[0]!;
  const names = [...new Set(variants.flatMap((v) => v.map((f) => f.name)))];
  return names.map((name) => {
    const present = variants.map((v) => v.find((f) => f.name === name));
    const first = present.find((f) => f !== undefined)!;
    const types = present.filter((f): f is Field => f !== undefined).map((f) => f.type);
    return { ...first, type: union(types), required: present.every((f) => f?.required) };
  });
}

/**
 * Segment types whose sender (`ob11ToRawConverters`) is `async () => undefined`: NapCat accepts them
 * (its schema has them) but sends nothing for them on their own. A note, since some (node) are read
 * elsewhere, as part of another action.
 */
function notSent(tree: SourceTree): void {
  const file = tree.file(RECEIVED_SEGMENTS);
  if (!file) return;
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyDeclaration(node) &&
      node.name &&
      propertyName(node.name) === 'ob11ToRawConverters' &&
      node.initializer &&
      ts.isObjectLiteralExpression(unwrap(node.initializer))
    ) {
      for (const p of (unwrap(node.initializer) as ts.ObjectLiteralExpression).properties) {
        if (!ts.isPropertyAssignment(p) || !ts.isComputedPropertyName(p.name) || !ts.isPropertyAccessExpression(p.name.expression)) continue;
        const value = unwrap(p.initializer);
        if (!ts.isArrowFunction(value) || !ts.isIdentifier(value.body) || value.body.text !== 'undefined') continue;
        const type = enumMemberValue(tree, file, p.name.expression);
        if (typeof type === 'string')
          tree.note(p, `the sender of '${type}' segments returns nothing: NapCat accepts them but does not send them as a segment of their own`, 'info');
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

interface Received {
  literals: number;
  first: ts.Node;
  keys: Map<string, { count: number; node: ts.Node }>;
}

/** `{ type: OB11MessageDataType.x, data: { ... } }` literals in rawToOb11Converters: the keys each segment type is received with. */
function receivedKeys(tree: SourceTree): Map<string, Received> {
  const out = new Map<string, Received>();
  const file = tree.file(RECEIVED_SEGMENTS);
  if (!file) return out;
  let scope: ts.Node = file;
  const visitScope = (node: ts.Node) => {
    if (ts.isPropertyDeclaration(node) && node.name && propertyName(node.name) === 'rawToOb11Converters' && node.initializer) scope = node.initializer;
    else ts.forEachChild(node, visitScope);
  };
  visitScope(file);
  if (scope === file) tree.note(file, 'cannot find rawToOb11Converters; received segments are read from the whole file');
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const prop = (name: string) => node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === name);
      const typeProp = prop('type');
      const dataProp = prop('data');
      const typeExpr = typeProp && unwrap(typeProp.initializer);
      if (
        typeExpr &&
        dataProp &&
        ts.isPropertyAccessExpression(typeExpr) &&
        ts.isIdentifier(typeExpr.expression) &&
        typeExpr.expression.text === 'OB11MessageDataType'
      ) {
        const type = enumMemberValue(tree, file, typeExpr);
        const data = unwrap(dataProp.initializer);
        if (typeof type !== 'string') tree.note(typeExpr, `cannot tell the segment type ${typeExpr.getText(file)}`);
        else if (!ts.isObjectLiteralExpression(data)) tree.note(data, `the data of a received '${type}' segment is not written out; its keys are not read`);
        else {
          const entry = out.get(type) ?? { literals: 0, first: node, keys: new Map() };
          entry.literals++;
          for (const p of data.properties) {
            const name = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? propertyName(p.name) : undefined;
            if (name === undefined) {
              tree.note(p, `a spread or computed key in a received '${type}' segment is not read`);
              continue;
            }
            const key = entry.keys.get(name) ?? { count: 0, node: p };
            key.count++;
            entry.keys.set(name, key);
          }
          out.set(type, entry);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return out;
}

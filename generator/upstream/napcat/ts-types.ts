/**
 * TypeScript type annotations (of event class properties) read as the model's types: keywords,
 * literals, unions, arrays, records, object literal types, and interfaces, type aliases and enums
 * declared in the checkout. `unknown`, `any` and whatever cannot be followed are `any`, and the
 * field is marked as one whose type the code does not tell.
 */
import ts from 'typescript';
import type { Field, TypeNode } from '../../model/types.js';
import { enumMemberValue, propertyName, type SourceTree } from './source-tree.js';
import { union } from './typebox.js';

export interface ReadType {
  type: TypeNode;
  /** `x | undefined`: the property may be absent. */
  optional: boolean;
  /** Paths below this type (`''` for itself, `.a`, `[].b`) the code does not type. */
  untypedPaths: string[];
}

const ANY: ReadType = { type: { kind: 'primitive', name: 'any' }, optional: false, untypedPaths: [''] };

export function readTsType(tree: SourceTree, node: ts.TypeNode, file: ts.SourceFile, depth = 0): ReadType {
  const plain = (type: TypeNode): ReadType => ({ type, optional: false, untypedPaths: [] });
  if (depth > 8) return ANY;
  switch (node.kind) {
    case ts.SyntaxKind.NumberKeyword:
      return plain({ kind: 'primitive', name: 'number' });
    case ts.SyntaxKind.StringKeyword:
      return plain({ kind: 'primitive', name: 'string' });
    case ts.SyntaxKind.BooleanKeyword:
      return plain({ kind: 'primitive', name: 'boolean' });
    case ts.SyntaxKind.NullKeyword:
      return plain({ kind: 'primitive', name: 'null' });
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.ObjectKeyword:
      return ANY;
  }
  if (ts.isParenthesizedTypeNode(node)) return readTsType(tree, node.type, file, depth);
  if (ts.isLiteralTypeNode(node)) {
    const l = node.literal;
    if (ts.isStringLiteral(l)) return plain({ kind: 'literal', value: l.text });
    if (ts.isNumericLiteral(l)) return plain({ kind: 'literal', value: Number(l.text) });
    if (l.kind === ts.SyntaxKind.TrueKeyword || l.kind === ts.SyntaxKind.FalseKeyword)
      return plain({ kind: 'literal', value: l.kind === ts.SyntaxKind.TrueKeyword });
    if (l.kind === ts.SyntaxKind.NullKeyword) return plain({ kind: 'primitive', name: 'null' });
  }
  if (node.kind === ts.SyntaxKind.UndefinedKeyword) return { ...plain({ kind: 'primitive', name: 'null' }), optional: true };
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword).map((t) => readTsType(tree, t, file, depth + 1));
    const optional = parts.length < node.types.length;
    if (parts.some((p) => p.untypedPaths.includes(''))) return { ...ANY, optional };
    return { type: union(parts.map((p) => p.type)), optional, untypedPaths: parts.flatMap((p) => p.untypedPaths) };
  }
  if (ts.isArrayTypeNode(node)) return arrayOf(readTsType(tree, node.elementType, file, depth + 1));
  if (ts.isTypeLiteralNode(node)) return objectOf(tree, node.members, file, depth);
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    const args = node.typeArguments ?? [];
    if (name === 'Array' && args[0]) return arrayOf(readTsType(tree, args[0], file, depth + 1));
    if (name === 'Record' && args[1]) {
      const values = readTsType(tree, args[1], file, depth + 1);
      return { type: { kind: 'map', values: values.type }, optional: false, untypedPaths: [] };
    }
    const found = tree.lookup(file, name);
    if (found && ts.isInterfaceDeclaration(found.node)) {
      if (found.node.heritageClauses?.length) tree.note(found.node, `the interface ${name} extends another; only its own members are read`);
      return objectOf(tree, found.node.members, found.file, depth);
    }
    if (found && ts.isTypeAliasDeclaration(found.node)) return readTsType(tree, found.node.type, found.file, depth + 1);
    if (found && ts.isEnumDeclaration(found.node)) {
      const values = found.node.members.flatMap((m) => {
        const member = propertyName(m.name) ?? '';
        const value = enumMemberValue(tree, found.file, ts.factory.createPropertyAccessExpression(ts.factory.createIdentifier(name), member));
        return value === undefined ? [] : [{ value, name: member }];
      });
      if (values.length) return plain({ kind: 'enum', base: values.every((v) => typeof v.value === 'string') ? 'string' : 'int64', values });
    }
    tree.note(node, `cannot read the type ${name}${found ? '' : ' (not declared in the checkout)'}; read as any`, 'info');
    return ANY;
  }
  tree.note(node, `cannot read the type \`${node.getText(file)}\`; read as any`, 'info');
  return ANY;
}

function arrayOf(items: ReadType): ReadType {
  return { type: { kind: 'array', items: items.type }, optional: false, untypedPaths: items.untypedPaths.map((p) => `[]${p}`) };
}

function objectOf(tree: SourceTree, members: ts.NodeArray<ts.TypeElement>, file: ts.SourceFile, depth: number): ReadType {
  const fields: Field[] = [];
  const untypedPaths: string[] = [];
  for (const m of members) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const name = propertyName(m.name);
    if (name === undefined) continue;
    const read = readTsType(tree, m.type, file, depth + 1);
    fields.push({ name, type: read.type, required: !m.questionToken && !read.optional, hasDefault: false, direction: 'both', source: tree.source(m) });
    untypedPaths.push(...read.untypedPaths.map((p) => `.${name}${p}`));
  }
  return { type: { kind: 'object', fields }, optional: false, untypedPaths };
}

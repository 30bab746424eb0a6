/**
 * NapCat's events: the concrete classes under event/. Each class's properties, its own and those it
 * inherits, are the event's fields; `post_type`, the secondary discriminator (`notice_type`,
 * `request_type`, `meta_event_type`) and `sub_type`, where a class sets them to a constant, are its
 * discriminators. Classes with the same discriminators (a friend and a group poke) are one event
 * whose fields are required only where every class has them.
 *
 * Message events are not classes in NapCat (they are built from the message converter's output),
 * so only the post types that have classes are listed; the side's coverage says which.
 */
import ts from 'typescript';
import { partKey } from '../../diff/coverage.js';
import { supportedBy } from '../../import/draft-model.js';
import { pascalCase } from '../../model/naming.js';
import type { Discriminator, Event, Field, TypeNode } from '../../model/types.js';
import { enumMemberValue, hasModifier, propertyName, unwrap, type Found, type SourceTree } from './source-tree.js';
import { readTsType } from './ts-types.js';
import { union } from './typebox.js';

export const EVENT_DIR = 'packages/napcat-onebot/event';

/** The discriminator after post_type, by post type. */
const SECONDARY: Record<string, string> = {
  notice: 'notice_type',
  request: 'request_type',
  meta_event: 'meta_event_type',
  message: 'message_type',
  message_sent: 'message_type',
};
/** Fields every event has (the spec's event base), not repeated per event. */
const BASE_FIELDS = new Set(['time', 'self_id', 'post_type']);

export interface EventsRead {
  events: Event[];
  /** The post types the classes cover. */
  postTypes: string[];
  untyped: string[];
}

interface Property {
  name: string;
  node: ts.PropertyDeclaration;
  file: ts.SourceFile;
}

export function readEvents(tree: SourceTree): EventsRead {
  const byKey = new Map<string, { discriminators: Discriminator[]; fields: Field[][]; untyped: Set<string>[]; source: Event['source']; names: string[] }>();
  const classes = tree.listFiles(EVENT_DIR).flatMap((path) => {
    const file = tree.file(path)!;
    return file.statements.filter((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s)).map((node) => ({ node, file }));
  });
  // A class other event classes extend is their base (OB11PokeEvent under the friend and group pokes), not an event of its own.
  const bases = new Set(classes.map((c) => baseClass(tree, c)?.node).filter((n) => n !== undefined));
  for (const { node: statement, file } of classes) {
    {
      if (!statement.name || hasModifier(statement, ts.SyntaxKind.AbstractKeyword) || bases.has(statement)) continue;
      const cls: Found<ts.ClassDeclaration> = { node: statement, file };
      const props = properties(tree, cls);
      if (!props.has('post_type')) continue; // not an event (a helper class)
      const constant = (name: string) => {
        const p = props.get(name);
        if (!p) return undefined;
        const init = (p.node.initializer && unwrap(p.node.initializer)) ?? assignedInConstructor(cls.node, name);
        if (!init) return undefined;
        if (ts.isStringLiteralLike(init)) return init.text;
        if (ts.isPropertyAccessExpression(init)) {
          const v = enumMemberValue(tree, p.file, init);
          return typeof v === 'string' ? v : undefined;
        }
        return undefined;
      };
      const postType = constant('post_type');
      const secondaryKey = postType ? SECONDARY[postType] : undefined;
      const secondary = secondaryKey ? constant(secondaryKey) : undefined;
      if (!postType || !secondaryKey || !secondary) {
        tree.note(
          statement.name,
          `cannot tell the ${!postType ? 'post_type' : (secondaryKey ?? 'secondary discriminator')} of ${statement.name.text} (not a constant); the event is skipped`,
        );
        continue;
      }
      const discriminators: Discriminator[] = [
        { key: 'post_type', value: postType },
        { key: secondaryKey, value: secondary },
      ];
      // sub_type tells events apart only where a class fixes it (`sub_type = 'poke'`); one typed as a
      // set of values (`sub_type: GroupDecreaseSubType = 'leave'`) is an ordinary field.
      const subTypeProp = props.get('sub_type');
      const subType = subTypeProp && (!subTypeProp.node.type || ts.isLiteralTypeNode(subTypeProp.node.type)) ? constant('sub_type') : undefined;
      if (subType) discriminators.push({ key: 'sub_type', value: subType });
      const used = new Set([...BASE_FIELDS, ...discriminators.map((d) => d.key)]);
      const fields: Field[] = [];
      const untyped = new Set<string>();
      for (const p of props.values()) {
        if (used.has(p.name)) continue;
        const read = typeOf(tree, p);
        fields.push({
          name: p.name,
          type: read.type,
          required: !p.node.questionToken && !read.optional,
          hasDefault: false,
          direction: 'both',
          source: tree.source(p.node),
        });
        for (const path of read.untypedPaths) untyped.add(`fields.${p.name}${path}`);
      }
      const key = discriminators.map((d) => d.value).join('.');
      const entry = byKey.get(key) ?? { discriminators, fields: [], untyped: [], source: tree.source(statement.name), names: [] };
      entry.fields.push(fields);
      entry.untyped.push(untyped);
      entry.names.push(statement.name.text);
      byKey.set(key, entry);
    }
  }
  const events: Event[] = [];
  const untyped: string[] = [];
  for (const entry of byKey.values()) {
    const id = entry.discriminators
      .slice(1)
      .map((d) => d.value)
      .join('_');
    const fields = merge(entry.fields);
    for (const set of entry.untyped) for (const path of set) untyped.push(partKey({ kind: 'event', name: id }, path));
    events.push({
      id,
      typeName: `${pascalCase(id)}Event`,
      title: {},
      description: { en: `From ${entry.names.join(', ')}.` },
      origin: 'napcat',
      discriminators: entry.discriminators,
      fields,
      quickOperation: [],
      support: supportedBy('napcat'),
      examples: [],
      source: entry.source,
    });
  }
  const key = (e: Event) => e.discriminators.map((d) => d.value).join('.');
  events.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { events, postTypes: [...new Set(events.map((e) => e.discriminators[0]!.value))].sort(), untyped: [...new Set(untyped)].sort() };
}

function baseClass(tree: SourceTree, cls: Found<ts.ClassDeclaration>): Found<ts.ClassDeclaration> | undefined {
  const heritage = cls.node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const base = heritage && ts.isIdentifier(heritage.expression) ? tree.lookup(cls.file, heritage.expression.text) : undefined;
  return base && ts.isClassDeclaration(base.node) ? (base as Found<ts.ClassDeclaration>) : undefined;
}

/** The class's properties, its own first, then those it inherits that it does not redeclare. */
function properties(tree: SourceTree, cls: Found<ts.ClassDeclaration>): Map<string, Property> {
  const out = new Map<string, Property>();
  for (let current: Found<ts.ClassDeclaration> | undefined = cls, hops = 0; current && hops < 16; hops++) {
    for (const m of current.node.members) {
      if (!ts.isPropertyDeclaration(m) || hasModifier(m, ts.SyntaxKind.StaticKeyword) || hasModifier(m, ts.SyntaxKind.PrivateKeyword)) continue;
      const name = propertyName(m.name);
      if (!name || out.has(name)) continue;
      // An abstract declaration says only that a subclass sets it; a concrete one further down wins.
      out.set(name, { name, node: m, file: current.file });
    }
    const heritage: ts.ExpressionWithTypeArguments | undefined = current.node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    const base: Found | undefined = heritage && ts.isIdentifier(heritage.expression) ? tree.lookup(current.file, heritage.expression.text) : undefined;
    if (heritage && !base) tree.note(heritage, `cannot find the base class ${heritage.expression.getText(current.file)}; its properties are missing`);
    current = base && ts.isClassDeclaration(base.node) ? (base as Found<ts.ClassDeclaration>) : undefined;
  }
  return out;
}

/** `this.name = <literal>` in a class's constructor, for a property declared without a value. */
function assignedInConstructor(cls: ts.ClassDeclaration, name: string): ts.Expression | undefined {
  const ctor = cls.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m));
  for (const statement of ctor?.body?.statements ?? []) {
    if (
      !ts.isExpressionStatement(statement) ||
      !ts.isBinaryExpression(statement.expression) ||
      statement.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken
    )
      continue;
    const { left, right } = statement.expression;
    if (ts.isPropertyAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword && left.name.text === name) {
      const value = unwrap(right);
      if (ts.isStringLiteralLike(value)) return value;
    }
  }
  return undefined;
}

/** A property's type: its annotation, or what its initializer is. */
function typeOf(tree: SourceTree, p: Property): { type: TypeNode; optional: boolean; untypedPaths: string[] } {
  if (p.node.type) return readTsType(tree, p.node.type, p.file);
  const init = p.node.initializer && unwrap(p.node.initializer);
  if (init && ts.isNumericLiteral(init)) return { type: { kind: 'primitive', name: 'number' }, optional: false, untypedPaths: [] };
  if (init && ts.isStringLiteralLike(init)) return { type: { kind: 'primitive', name: 'string' }, optional: false, untypedPaths: [] };
  if (init && (init.kind === ts.SyntaxKind.TrueKeyword || init.kind === ts.SyntaxKind.FalseKeyword))
    return { type: { kind: 'primitive', name: 'boolean' }, optional: false, untypedPaths: [] };
  tree.note(p.node, `the property ${p.name} has neither a type nor a literal value; read as any`, 'info');
  return { type: { kind: 'primitive', name: 'any' }, optional: false, untypedPaths: [''] };
}

/** The fields of several classes that are one event: required only where every class requires them. */
function merge(variants: Field[][]): Field[] {
  if (variants.length === 1) return variants[0]!;
  const names = [...new Set(variants.flatMap((v) => v.map((f) => f.name)))];
  return names.map((name) => {
    const present = variants.map((v) => v.find((f) => f.name === name));
    const first = present.find((f) => f !== undefined)!;
    return { ...first, type: union(present.filter((f): f is Field => f !== undefined).map((f) => f.type)), required: present.every((f) => f?.required) };
  });
}

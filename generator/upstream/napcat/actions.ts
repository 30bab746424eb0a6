/**
 * NapCat's actions: the wire names of action/router.ts's `ActionName` table, the handler classes
 * action/index.ts registers (`getAllHandlers`) plus those registered with `@ActionHandler` in a
 * module something imports, and each class's `payloadSchema` and `returnSchema` (inherited from
 * its base classes when it does not set them).
 *
 * Classes that only rename a common base class (they set `actionName` and descriptive text, and
 * nothing that changes behaviour) answer the same way under each name: they become one action
 * with the other names as aliases, deprecated where the router marks the name `@deprecated`.
 */
import ts from 'typescript';
import type { Action, Alias, Field, TypeNode } from '../../model/types.js';
import { partKey } from '../../diff/coverage.js';
import { supportedBy } from '../../import/draft-model.js';
import { hasModifier, propertyName, unwrap, type Found, type SourceTree } from './source-tree.js';
import { union, type TypeBoxReader } from './typebox.js';

export const ROUTER = 'packages/napcat-onebot/action/router.ts';
export const HANDLERS = 'packages/napcat-onebot/action/index.ts';
const ACTION_DIR = 'packages/napcat-onebot/action';

/** Members that only describe an action (for NapCat's own docs): a class setting only these renames its base. */
const DESCRIPTIVE = new Set(['actionName', 'actionSummary', 'actionDescription', 'actionTags', 'payloadExample', 'returnExample', 'errorExamples']);

export interface ActionsRead {
  actions: Action[];
  /** `partKey`s of the parameters and results the code does not declare. */
  undeclared: string[];
  /** `partKey`s of fields the code types as any. */
  untyped: string[];
}

interface Handler {
  cls: Found<ts.ClassDeclaration>;
  name: string;
  deprecated: boolean;
  /** The class this one only renames, if it does nothing else. */
  renames?: ts.ClassDeclaration;
}

/** One schema reader for parameters and one for results, since a segment sent is not a segment received. */
export interface ActionReaders {
  params: TypeBoxReader;
  results: TypeBoxReader;
}

export function readActions(tree: SourceTree, readers: ActionReaders, category: string): ActionsRead {
  const router = tree.file(ROUTER)!;
  const table = actionNameTable(tree, router);
  const handlers: Handler[] = [];
  for (const cls of registeredClasses(tree)) {
    const nameInit = member(tree, cls, 'actionName');
    let wire: string | undefined;
    if (nameInit) {
      const e = unwrap(nameInit.node.initializer!);
      if (ts.isStringLiteralLike(e)) wire = e.text;
      else if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'ActionName') wire = table.get(e.name.text)?.name;
    }
    if (!wire) {
      tree.note(cls.node.name ?? cls.node, `cannot tell the action name of class ${cls.node.name?.text ?? '(anonymous)'}; it is skipped`);
      continue;
    }
    if (handlers.some((h) => h.name === wire)) {
      if (handlers.find((h) => h.name === wire)!.cls.node !== cls.node)
        tree.note(cls.node.name ?? cls.node, `a second class answers to '${wire}'; the first registered one wins`);
      continue;
    }
    const key = ts.isPropertyAccessExpression(unwrap(nameInit!.node.initializer!))
      ? (unwrap(nameInit!.node.initializer!) as ts.PropertyAccessExpression).name.text
      : undefined;
    handlers.push({ cls, name: wire, deprecated: key ? (table.get(key)?.deprecated ?? false) : false, ...renamesOf(tree, cls) });
  }

  // Handlers that only rename the same base class are one action with aliases.
  const groups = new Map<ts.Node, Handler[]>();
  for (const h of handlers) {
    const key = h.renames ?? h.cls.node;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  const actions: Action[] = [];
  const undeclared: string[] = [];
  const untyped: string[] = [];
  for (const group of groups.values()) {
    const primary = group.find((h) => !h.deprecated) ?? group[0]!;
    const aliases: Alias[] = group.filter((h) => h !== primary).map((h) => ({ name: h.name, ...(h.deprecated ? { deprecated: {} } : {}) }));
    const subject = { kind: 'action' as const, name: primary.name };
    const { params, paramsDeclared, untypedParams } = readParams(tree, readers.params, primary.cls);
    const { result, resultDeclared, untypedResult } = readResult(tree, readers.results, primary.cls);
    untyped.push(...untypedResult.map((p) => partKey(subject, `result${p}`)));
    if (!paramsDeclared) undeclared.push(partKey(subject, 'params'));
    if (!resultDeclared) undeclared.push(partKey(subject, 'result'));
    untyped.push(...untypedParams.map((p) => partKey(subject, `params${p}`)));
    // The schema is not all a handler reads: Value.Parse keeps keys it does not know, and a check()
    // override runs before the schema, so what it fills in is not the caller's to send.
    if (paramsDeclared) {
      for (const method of ['check', '_handle']) {
        const found = member(tree, primary.cls, method);
        if (!found || found.cls.node === baseAction(tree, primary.cls)?.node) continue;
        const { reads, writes } = payloadAccess(found.node);
        for (const [key, node] of reads) {
          if (params.some((p) => p.name === key)) continue;
          tree.note(
            node,
            `'${primary.name}' reads the parameter '${key}' in ${method}(), which its schema does not declare; it is listed as an optional parameter of a type the code does not tell`,
            'info',
          );
          params.push({
            name: key,
            type: { kind: 'primitive', name: 'any' },
            required: false,
            hasDefault: false,
            direction: 'both',
            source: tree.source(node),
          });
          untyped.push(partKey(subject, `params.${key}`));
        }
        if (method !== 'check') continue;
        for (const [key, node] of writes) {
          const i = params.findIndex((p) => p.name === key && p.required);
          if (i < 0) continue;
          tree.note(node, `'${primary.name}' fills in the parameter '${key}' in check() before its schema is checked, so a caller need not send it`, 'info');
          params[i] = { ...params[i]!, required: false };
        }
      }
    }
    actions.push({
      name: primary.name,
      title: {},
      category,
      origin: 'napcat',
      params,
      result,
      variants: [],
      aliases,
      support: supportedBy('napcat'),
      examples: [],
      source: tree.source(primary.cls.node.name ?? primary.cls.node),
    });
  }
  actions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { actions, undeclared, untyped };
}

/** `ActionName`'s keys → wire names, and whether the line marks the name `@deprecated`. */
function actionNameTable(tree: SourceTree, router: ts.SourceFile): Map<string, { name: string; deprecated: boolean }> {
  const table = new Map<string, { name: string; deprecated: boolean }>();
  const found = tree.lookup(router, 'ActionName');
  const init = found && ts.isVariableDeclaration(found.node) && found.node.initializer ? unwrap(found.node.initializer) : undefined;
  if (!init || !ts.isObjectLiteralExpression(init)) {
    tree.note(router, 'cannot find the ActionName table');
    return table;
  }
  const lines = router.text.split('\n');
  for (const p of init.properties) {
    const key = ts.isPropertyAssignment(p) ? propertyName(p.name) : undefined;
    const value = ts.isPropertyAssignment(p) ? unwrap(p.initializer) : undefined;
    if (!key || !value || !ts.isStringLiteralLike(value)) {
      tree.note(p, "an ActionName entry that is not `Key: 'name'` is skipped");
      continue;
    }
    const line = lines[tree.line(p) - 1] ?? '';
    table.set(key, { name: value.text, deprecated: /\/\/.*@deprecated/.test(line) });
  }
  return table;
}

/** The classes `getAllHandlers` instantiates, then those registered with `@ActionHandler` in imported modules. */
function registeredClasses(tree: SourceTree): Found<ts.ClassDeclaration>[] {
  const index = tree.file(HANDLERS)!;
  const out: Found<ts.ClassDeclaration>[] = [];
  const getAll = index.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'getAllHandlers');
  if (!getAll) tree.note(index, 'cannot find getAllHandlers(); no handlers are read from it');
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      const found = tree.lookup(index, node.expression.text);
      if (found && ts.isClassDeclaration(found.node)) out.push(found as Found<ts.ClassDeclaration>);
      else tree.note(node, `cannot find the class ${node.expression.text}; its action is missing`);
    }
    ts.forEachChild(node, visit);
  };
  if (getAll) visit(getAll);

  // @ActionHandler registers a class when its module is loaded; only count modules something imports.
  const files = tree.listFiles(ACTION_DIR);
  const imported = new Set<string>();
  for (const path of tree.listFiles('packages/napcat-onebot')) {
    const file = tree.file(path);
    for (const s of file?.statements ?? []) {
      if ((ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier)) {
        const target = tree.resolveModule(file!, s.moduleSpecifier.text);
        if (target) imported.add(target.fileName);
      }
    }
  }
  for (const path of files) {
    const file = tree.file(path)!;
    for (const s of file.statements) {
      if (!ts.isClassDeclaration(s) || !ts.getDecorators(s)?.some((d) => ts.isIdentifier(d.expression) && d.expression.text === 'ActionHandler')) continue;
      if (!imported.has(file.fileName)) {
        tree.note(
          s.name ?? s,
          `${s.name?.text ?? 'this class'} is registered with @ActionHandler, but no module imports its file, so it is never registered; skipped`,
          'info',
        );
        continue;
      }
      out.push({ node: s, file });
    }
  }
  return out;
}

/** A property (or method) named `name` of the class or its nearest base class that has it. */
function member(
  tree: SourceTree,
  cls: Found<ts.ClassDeclaration>,
  name: string,
): { node: ts.PropertyDeclaration & { initializer?: ts.Expression }; cls: Found<ts.ClassDeclaration> } | undefined {
  for (let current: Found<ts.ClassDeclaration> | undefined = cls, hops = 0; current && hops < 16; current = baseClass(tree, current), hops++) {
    const found = current.node.members.find((m) => m.name && propertyName(m.name) === name && (ts.isPropertyDeclaration(m) || ts.isMethodDeclaration(m)));
    if (found && (ts.isMethodDeclaration(found) || (found as ts.PropertyDeclaration).initializer))
      return { node: found as ts.PropertyDeclaration, cls: current };
  }
  return undefined;
}

function baseClass(tree: SourceTree, cls: Found<ts.ClassDeclaration>): Found<ts.ClassDeclaration> | undefined {
  const heritage = cls.node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  if (!heritage || !ts.isIdentifier(heritage.expression)) return undefined;
  const found = tree.lookup(cls.file, heritage.expression.text);
  return found && ts.isClassDeclaration(found.node) ? (found as Found<ts.ClassDeclaration>) : undefined;
}

/** OneBotAction itself, the root every action class extends. */
function baseAction(tree: SourceTree, cls: Found<ts.ClassDeclaration>): Found<ts.ClassDeclaration> | undefined {
  let current: Found<ts.ClassDeclaration> | undefined = cls;
  for (let hops = 0; current && hops < 16; hops++) {
    if (current.node.name?.text === 'OneBotAction') return current;
    current = baseClass(tree, current);
  }
  return undefined;
}

/** The base class a handler only renames: it declares nothing but descriptive members. */
function renamesOf(tree: SourceTree, cls: Found<ts.ClassDeclaration>): { renames?: ts.ClassDeclaration } {
  const base = baseClass(tree, cls);
  if (!base || base.node.name?.text === 'OneBotAction' || hasModifier(cls.node, ts.SyntaxKind.AbstractKeyword)) return {};
  const onlyDescriptive = cls.node.members.every((m) => m.name !== undefined && DESCRIPTIVE.has(propertyName(m.name) ?? ''));
  return onlyDescriptive ? { renames: base.node } : {};
}

function readParams(
  tree: SourceTree,
  typebox: TypeBoxReader,
  cls: Found<ts.ClassDeclaration>,
): { params: Field[]; paramsDeclared: boolean; untypedParams: string[] } {
  const found = member(tree, cls, 'payloadSchema');
  const init = found?.node.initializer;
  if (!found || !init || isUndefined(init)) return { params: [], paramsDeclared: false, untypedParams: [] };
  const schema = typebox.read(init, found.cls.file);
  if (schema.type.kind === 'union' && schema.type.variants.every((v) => v.kind === 'object')) {
    tree.note(
      init,
      `the payload schema of ${cls.node.name?.text ?? 'this class'} is a union of objects; their parameters are merged, required only where every one requires them`,
      'info',
    );
    const variants = schema.type.variants as Extract<TypeNode, { kind: 'object' }>[];
    const names = [...new Set(variants.flatMap((v) => v.fields.map((f) => f.name)))];
    const params = names.map((name) => {
      const present = variants.map((v) => v.fields.find((f) => f.name === name));
      const first = present.find((f) => f !== undefined)!;
      return { ...first, type: union(present.filter((f): f is Field => f !== undefined).map((f) => f.type)), required: present.every((f) => f?.required) };
    });
    return { params, paramsDeclared: true, untypedParams: schema.untypedPaths };
  }
  if (schema.type.kind !== 'object') {
    if (!schema.untyped) tree.note(init, `the payload schema of ${cls.node.name?.text ?? 'this class'} is not an object; its parameters are not compared`);
    return { params: [], paramsDeclared: false, untypedParams: [] };
  }
  // A copy: schemas are shared between actions, and the caller adds what a handler reads besides.
  return { params: [...schema.type.fields], paramsDeclared: true, untypedParams: schema.untypedPaths };
}

function readResult(
  tree: SourceTree,
  typebox: TypeBoxReader,
  cls: Found<ts.ClassDeclaration>,
): { result: TypeNode | null; resultDeclared: boolean; untypedResult: string[] } {
  const found = member(tree, cls, 'returnSchema');
  const init = found?.node.initializer;
  if (!found || !init || isUndefined(init)) return { result: null, resultDeclared: false, untypedResult: [] };
  const schema = typebox.read(init, found.cls.file);
  // Type.Any says nothing of the result, so it is not compared.
  if (schema.untyped) return { result: null, resultDeclared: false, untypedResult: [] };
  if (schema.type.kind === 'primitive' && schema.type.name === 'null') return { result: null, resultDeclared: true, untypedResult: [] };
  return { result: schema.type, resultDeclared: true, untypedResult: schema.untypedPaths };
}

/** The `payload.key` reads and assignments in a method, by key (the method's first parameter is the payload). */
function payloadAccess(method: ts.Node): { reads: Map<string, ts.Node>; writes: Map<string, ts.Node> } {
  const reads = new Map<string, ts.Node>();
  const writes = new Map<string, ts.Node>();
  if (!ts.isMethodDeclaration(method) || !method.body) return { reads, writes };
  const param = method.parameters[0]?.name;
  if (!param || !ts.isIdentifier(param)) return { reads, writes };
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === param.text) {
      const assigned = ts.isBinaryExpression(node.parent) && node.parent.left === node && node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      const into = assigned ? writes : reads;
      if (!into.has(node.name.text)) into.set(node.name.text, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(method.body);
  return { reads, writes };
}

function isUndefined(e: ts.Expression): boolean {
  const x = unwrap(e);
  return ts.isIdentifier(x) && x.text === 'undefined';
}

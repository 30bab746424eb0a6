/**
 * NapCat's TypeScript sources as syntax trees, read with the TypeScript compiler's parser: files are
 * parsed on demand, imports followed the way NapCat's build resolves them (relative paths, the `@/`
 * alias for packages/, and the `napcat-*` workspace packages), and top-level declarations looked up
 * by name. No type checking: NapCat's dependencies are not installed in a checkout, and the
 * declarations read here (TypeBox schemas, event classes) say what they mean in their syntax.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { ImportNote } from '../../import/notes.js';
import type { SourceRef } from '../../model/types.js';

export type Declaration =
  | ts.VariableDeclaration
  | ts.ClassDeclaration
  | ts.InterfaceDeclaration
  | ts.TypeAliasDeclaration
  | ts.EnumDeclaration
  | ts.FunctionDeclaration;

/** A declaration and the file it is in. */
export interface Found<N extends ts.Node = Declaration> {
  node: N;
  file: ts.SourceFile;
}

export class SourceTree {
  private readonly files = new Map<string, ts.SourceFile | null>();
  readonly notes: ImportNote[] = [];
  private readonly noted = new Set<string>();

  /** The checkout, absolute; paths in notes and source references are relative to it. */
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The parsed file at `path` (absolute or relative to the root), or undefined if there is none. */
  file(path: string): ts.SourceFile | undefined {
    const absolute = resolve(this.root, path);
    let cached = this.files.get(absolute);
    if (cached === undefined) {
      cached =
        existsSync(absolute) && statSync(absolute).isFile()
          ? ts.createSourceFile(absolute, readFileSync(absolute, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
          : null;
      this.files.set(absolute, cached);
    }
    return cached ?? undefined;
  }

  /** The .ts files under `dir` (relative to the root), sorted, without node_modules and declaration files. */
  listFiles(dir: string): string[] {
    const out: string[] = [];
    const walk = (path: string) => {
      if (!existsSync(path)) return;
      for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const full = join(path, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(relative(this.root, full));
      }
    };
    walk(join(this.root, dir));
    return out;
  }

  relative(file: ts.SourceFile): string {
    return relative(this.root, file.fileName).split('\\').join('/');
  }

  line(node: ts.Node): number {
    const file = node.getSourceFile();
    return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  }

  source(node: ts.Node): SourceRef {
    const file = node.getSourceFile();
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return { file: this.relative(file), line: line + 1, column: character + 1 };
  }

  /** Records what could not be read at `node`, once per place and message. */
  note(node: ts.Node, message: string, severity: ImportNote['severity'] = 'warning'): void {
    const file = this.relative(node.getSourceFile());
    const line = this.line(node);
    const key = `${file}:${line}:${message}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push({ severity, file, line, message });
  }

  /** The file an import specifier in `from` refers to, if it is part of the checkout. */
  resolveModule(from: ts.SourceFile, specifier: string): ts.SourceFile | undefined {
    let base: string | undefined;
    if (specifier.startsWith('.')) base = resolve(dirname(from.fileName), specifier);
    else if (specifier.startsWith('@/')) base = join(this.root, 'packages', specifier.slice(2));
    else if (/^napcat-[\w-]+/.test(specifier)) base = join(this.root, 'packages', specifier);
    if (!base) return undefined;
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
      const file = this.file(candidate);
      if (file) return file;
    }
    return undefined;
  }

  /** The declaration of `name` as seen from `file`: declared there, or imported into it. */
  lookup(file: ts.SourceFile, name: string, depth = 0): Found | undefined {
    if (depth > 16) return undefined;
    const local = topLevel(file, name);
    if (local) return { node: local, file };
    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const bindings = statement.importClause;
      if (!bindings) continue;
      const target = () => this.resolveModule(file, (statement.moduleSpecifier as ts.StringLiteral).text);
      if (bindings.name?.text === name) {
        const module = target();
        return module && this.exported(module, 'default', depth + 1);
      }
      const named = bindings.namedBindings;
      if (named && ts.isNamedImports(named)) {
        const element = named.elements.find((e) => e.name.text === name);
        if (element) {
          const module = target();
          return module && this.exported(module, (element.propertyName ?? element.name).text, depth + 1);
        }
      }
    }
    return undefined;
  }

  /** What `module` exports as `name`, following re-exports. */
  exported(module: ts.SourceFile, name: string, depth = 0): Found | undefined {
    if (depth > 16) return undefined;
    if (name === 'default') {
      for (const statement of module.statements) {
        if ((ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) && hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
          return { node: statement, file: module };
        }
        if (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression)) return this.lookup(module, statement.expression.text, depth + 1);
      }
      return undefined;
    }
    const own = this.lookup(module, name, depth + 1);
    if (own && own.file === module) return own;
    for (const statement of module.statements) {
      if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const target = this.resolveModule(module, statement.moduleSpecifier.text);
      if (!target) continue;
      const clause = statement.exportClause;
      if (!clause) {
        const found = this.exported(target, name, depth + 1);
        if (found) return found;
      } else if (ts.isNamedExports(clause)) {
        const element = clause.elements.find((e) => e.name.text === name);
        if (element) return this.exported(target, (element.propertyName ?? element.name).text, depth + 1);
      }
    }
    return own;
  }
}

/** The top-level declaration named `name` in `file`. */
export function topLevel(file: ts.SourceFile, name: string): Declaration | undefined {
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      const found = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
      if (found) return found;
    } else if (
      (ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement) ||
        ts.isFunctionDeclaration(statement)) &&
      statement.name?.text === name
    ) {
      return statement;
    }
  }
  return undefined;
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === kind) ?? false);
}

/** Strips `as const`, `satisfies`, parentheses and non-null assertions around an expression. */
export function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e))
    e = e.expression;
  return e;
}

/** The name of a property (`a`, `'a'`, `["a"]`), if it is written out. */
export function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/** The value of an enum member (`EventType.NOTICE`), following the enum to where it is declared. */
export function enumMemberValue(tree: SourceTree, file: ts.SourceFile, access: ts.PropertyAccessExpression): string | number | undefined {
  if (!ts.isIdentifier(access.expression)) return undefined;
  const found = tree.lookup(file, access.expression.text);
  if (!found) return undefined;
  const member = access.name.text;
  if (ts.isEnumDeclaration(found.node)) {
    let next = 0;
    for (const m of found.node.members) {
      const init = m.initializer && unwrap(m.initializer);
      let value: string | number | undefined = next;
      if (init && ts.isStringLiteralLike(init)) value = init.text;
      else if (init && ts.isNumericLiteral(init)) value = Number(init.text);
      else if (init && ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand))
        value = -Number(init.operand.text);
      else if (init) value = undefined;
      if (propertyName(m.name) === member) return value;
      next = typeof value === 'number' ? value + 1 : NaN;
    }
    return undefined;
  }
  // `export const ActionName = { Key: 'wire' } as const`
  if (ts.isVariableDeclaration(found.node) && found.node.initializer) {
    const init = unwrap(found.node.initializer);
    if (!ts.isObjectLiteralExpression(init)) return undefined;
    for (const p of init.properties) {
      if (ts.isPropertyAssignment(p) && propertyName(p.name) === member) {
        const value = unwrap(p.initializer);
        if (ts.isStringLiteralLike(value)) return value.text;
        if (ts.isNumericLiteral(value)) return Number(value.text);
      }
    }
  }
  return undefined;
}

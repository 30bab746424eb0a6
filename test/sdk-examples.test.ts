/** Every generated client method and segment builder, in every entry point, shows how it is called. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR } from './helpers/paths.js';

const dir = join(GENERATED_DIR, 'typescript');
/** The family's SDK and each implementation's, as the package's entry points ship them. */
const entries = [
  '',
  ...readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name),
];

function source(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The text of each `@example` on a declaration. */
function examples(node: ts.Node): string[] {
  return ts
    .getJSDocTags(node)
    .filter((tag) => tag.tagName.text === 'example')
    .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? '');
}

/** The client's action methods (its public methods; the constructor is not one), with their examples. */
function clientMethods(file: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  source(file).forEachChild((node) => {
    if (!ts.isClassDeclaration(node) || node.name?.text !== 'OneBotClient') return;
    for (const member of node.members) {
      if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name)) out.push([member.name.text, examples(member)]);
    }
  });
  return out;
}

/** The builders `seg` holds, by the key users write, with the examples of the function behind each. */
function builders(file: string): [string, string[]][] {
  const sf = source(file);
  const functions = new Map<string, ts.FunctionDeclaration>();
  let seg: ts.ObjectLiteralExpression | undefined;
  sf.forEachChild((node) => {
    if (ts.isFunctionDeclaration(node) && node.name) functions.set(node.name.text, node);
    if (ts.isVariableStatement(node)) {
      const declaration = node.declarationList.declarations[0];
      if (
        declaration &&
        ts.isIdentifier(declaration.name) &&
        declaration.name.text === 'seg' &&
        declaration.initializer &&
        ts.isObjectLiteralExpression(declaration.initializer)
      ) {
        seg = declaration.initializer;
      }
    }
  });
  if (!seg) throw new Error(`${file} has no seg`);
  return seg.properties.map((p): [string, string[]] => {
    const key = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : '?';
    const fn = ts.isShorthandPropertyAssignment(p) ? p.name.text : ts.isPropertyAssignment(p) && ts.isIdentifier(p.initializer) ? p.initializer.text : '?';
    const declaration = functions.get(fn);
    return [key, declaration ? examples(declaration) : []];
  });
}

describe.each(entries.map((e) => [e || 'the family', e]))('@example in %s', (_, entry) => {
  it('on every client method, calling that method', () => {
    const methods = clientMethods(join(dir, entry, 'client.ts'));
    expect(methods.length).toBeGreaterThan(30);
    const lacking = methods.filter(([name, xs]) => !xs.some((x) => x.includes(`bot.${name}(`))).map(([name]) => name);
    expect(lacking).toEqual([]);
  });

  it('on every segment builder, calling that builder', () => {
    const all = builders(join(dir, entry, 'segment-builders.ts'));
    expect(all.length).toBeGreaterThan(5);
    const call = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `seg.${key}(` : `seg[${JSON.stringify(key)}](`);
    const lacking = all.filter(([key, xs]) => !xs.some((x) => x.includes(call(key)) || x.includes(call(key).replaceAll('"', "'")))).map(([key]) => key);
    expect(lacking).toEqual([]);
  });
});

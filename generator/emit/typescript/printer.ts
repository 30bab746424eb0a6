/**
 * Lays out the syntax of syntax.ts as prettier does, at the project's options (print width 100,
 * single quotes, trailing commas): each construct becomes the document prettier's printer builds
 * for it (src/language-js/print/ in prettier: union types, object types and literals, arrays,
 * assignments, type arguments, function parameters, comments), so the printed file is already in
 * its final form. What is not modeled here (a statement that would not fit, a property name whose
 * quoting is a Unicode question) is marked, and the pipeline formats that file with prettier
 * (PrintedFile.needsFormatting); the real spec's files never need it (test/typescript-layout.test.ts).
 */
import { tsDocComment, tsString } from '../escape.js';
import { align, group, hardline, ifBreak, indent, indentIfBreak, join, line, lines, printDoc, softline, unmodeled, width, willBreak, type Doc } from './doc.js';
import type { Expr, FunctionParts, Member, Parameter, Property, Statement, TypeExpr } from './syntax.js';

export const PRINT_WIDTH = 100;

export interface PrintedFile {
  text: string;
  /** Something in it is not laid out by these rules; the pipeline formats it with prettier. */
  needsFormatting: boolean;
}

/** The statements of a file, after `prefix` (its generated header), with the blank lines a person would leave. */
export function printStatements(prefix: string, statements: readonly Statement[]): PrintedFile {
  // A file of nothing but its header ends after it, as prettier leaves it.
  if (!statements.length) return { text: prefix.replace(/\n+$/, '\n'), needsFormatting: false };
  const parts: Doc[] = [];
  statements.forEach((s, i) => {
    if (i > 0) {
      const previous = statements[i - 1]!;
      parts.push(hardline);
      // A blank line around every block (interface, class, function), before every documented
      // declaration, and after the imports.
      if (isBlock(previous) || isBlock(s) || hasDoc(s) || (previous.kind === 'import' && s.kind !== 'import')) parts.push(hardline);
    }
    parts.push(statementDoc(s));
  });
  parts.push(hardline);
  const printed = printDoc(parts, PRINT_WIDTH);
  return { text: prefix + printed.text, needsFormatting: printed.unmodeled };
}

const isBlock = (s: Statement) => s.kind === 'interface' || s.kind === 'class' || s.kind === 'function' || s.kind === 'code';
const hasDoc = (s: Statement) => 'doc' in s && s.doc !== undefined;

// ---- literals, names and comments --------------------------------------------------------------

/** A string literal as prettier writes it: in single quotes, unless the text has more single quotes than double. */
export function stringLiteral(value: string): string {
  const json = tsString(value);
  const content = json.slice(1, -1);
  let single = 0;
  let double = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 39) single++;
    else if (c === 34) double++;
  }
  if (single > double) return json;
  return `'${content.replace(/\\(["'\\])|(["'])/g, (match, escaped: string | undefined, quote: string) => (escaped ? (escaped === '"' ? '"' : match) : quote === "'" ? "\\'" : quote))}'`;
}

/** A number as prettier writes it (`1e21`, not `1e+21`); negative numbers with their sign. */
export function numberLiteral(value: number): string {
  return (JSON.stringify(value) ?? 'null').replace('e+', 'e');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
// An identifier outside ASCII (prettier unquotes those too, by Unicode tables of its own).
const MAYBE_IDENTIFIER = /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_\u200c\u200d]*$/u;

/** A property name: bare when it is an identifier, else a string literal. */
function propertyKey(name: string): Doc {
  if (IDENTIFIER.test(name)) return name;
  const quoted = stringLiteral(name);
  return MAYBE_IDENTIFIER.test(name) ? unmodeled(quoted, true) : quoted;
}

/** A doc comment, its lines as prettier re-indents them (trailing spaces trimmed but a Markdown line break's two). */
function commentDoc(text: string): Doc {
  const raw = tsDocComment(text);
  if (raw.length === 1) return raw[0]!;
  return lines(
    raw.map((l, i) => {
      if (i === 0) return l.trimEnd();
      const content = l.trimStart();
      if (i === raw.length - 1) return ` ${content}`;
      const trimmed = content.trimEnd();
      return trimmed !== '*' && content.endsWith('  ') ? ` ${trimmed}  ` : ` ${trimmed}`;
    }),
  );
}

const withDoc = (doc: string | undefined, d: Doc): Doc => (doc === undefined ? d : [commentDoc(doc), hardline, d]);

// ---- types -------------------------------------------------------------------------------------

/** Where a type is written, which decides how a union in it breaks. */
type Place = 'annotation' | 'argument' | 'member';

const isObjectLike = (t: TypeExpr) => t.kind === 'object' || t.kind === 'ref';
const isVoid = (t: TypeExpr) => t.kind === 'keyword' && (t.name === 'null' || t.name === 'void');

/** `{ ... } | null` stays on the object's lines rather than breaking one member a line. */
function hugs(types: readonly TypeExpr[]): boolean {
  const object = types.find(isObjectLike);
  return object !== undefined && types.every((t) => t === object || isVoid(t));
}

/** Whether a type argument is written inside `<>` without a group of its own. */
function hugsAsArgument(t: TypeExpr): boolean {
  return t.kind === 'keyword' || t.kind === 'literal' || (t.kind === 'ref' && !t.args) || t.kind === 'object' || (t.kind === 'union' && hugs(t.types));
}

/** A union's members, one per line after `| ` when it breaks. */
function unionMembers(types: readonly TypeExpr[]): Doc {
  return group(types.map((t, i) => [i === 0 ? ifBreak('| ') : [line, '| '], align(2, typeDoc(t, 'member'))]));
}

function typeDoc(t: TypeExpr, place: Place): Doc {
  switch (t.kind) {
    case 'keyword':
    case 'raw':
      return t.kind === 'keyword' ? t.name : t.text;
    case 'literal':
      return typeof t.value === 'string' ? stringLiteral(t.value) : typeof t.value === 'number' ? numberLiteral(t.value) : String(t.value);
    case 'ref': {
      if (!t.args?.length) return t.name;
      if (t.args.length === 1 && hugsAsArgument(t.args[0]!)) return [t.name, '<', typeDoc(t.args[0]!, 'argument'), '>'];
      return [
        t.name,
        group([
          '<',
          indent([
            softline,
            join(
              [',', line],
              t.args.map((a) => typeDoc(a, 'argument')),
            ),
          ]),
          softline,
          '>',
        ]),
      ];
    }
    case 'indexed':
      return [typeDoc(t.object, 'member'), '[', typeDoc(t.index, 'member'), ']'];
    case 'array':
      // A union in an array is parenthesized: on one line when it hugs, else broken inside the parentheses.
      if (t.element.kind === 'union')
        return ['(', hugs(t.element.types) ? typeDoc(t.element, 'member') : group([indent([softline, unionMembers(t.element.types)]), softline]), ')[]'];
      return [typeDoc(t.element, 'member'), '[]'];
    case 'object':
      return objectType(t.members, t.multiline);
    case 'union':
      if (hugs(t.types))
        return join(
          ' | ',
          t.types.map((m) => typeDoc(m, 'member')),
        );
      return place === 'annotation' ? group(indent([softline, unionMembers(t.types)])) : unionMembers(t.types);
  }
}

function memberDoc(m: Member): Doc {
  if (m.kind === 'index') return group(['[', group([indent([softline, `${m.keyName}: ${m.keyType}`]), softline]), ']', ': ', typeDoc(m.type, 'annotation')]);
  return group([propertyKey(m.name), m.optional ? '?' : '', ': ', typeDoc(m.type, 'annotation')]);
}

/**
 * `{ a: string; b: number }`: broken one member a line when it does not fit (or is written so).
 * As a function's only parameter it has no group of its own: it breaks with the signature.
 */
function objectType(members: readonly Member[], multiline: boolean, grouped = true): Doc {
  if (!members.length) return '{}';
  const parts = members.map((m, i) => [withDoc(m.doc, memberDoc(m)), i === members.length - 1 ? ifBreak(';') : ';']);
  const content = ['{', indent([line, join(line, parts)]), line, '}'];
  return grouped ? group(content, { shouldBreak: multiline }) : content;
}

/** An interface's body: always one member a line. */
function interfaceBody(members: readonly Member[]): Doc {
  if (!members.length) return '{}';
  return [
    '{',
    indent([
      hardline,
      join(
        hardline,
        members.map((m) => [withDoc(m.doc, memberDoc(m)), ';']),
      ),
    ]),
    hardline,
    '}',
  ];
}

// ---- values ------------------------------------------------------------------------------------

function exprDoc(e: Expr): Doc {
  switch (e.kind) {
    case 'string':
      return stringLiteral(e.value);
    case 'number':
      return numberLiteral(e.value);
    case 'identifier':
      return e.name;
    case 'keyword':
      return e.text;
    case 'array': {
      if (!e.elements.length) return '[]';
      const items = e.elements;
      const broken =
        items.length > 1 &&
        items.every(
          (x, i) =>
            (x.kind === 'array' || x.kind === 'object') &&
            x.kind === (items[i + 1] ?? x).kind &&
            (x.kind === 'array' ? x.elements.length : x.properties.length) > 1,
        );
      return group(['[', indent([softline, join([',', line], items.map(exprDoc))]), ifBreak(','), softline, ']'], { shouldBreak: broken });
    }
    case 'object':
      if (!e.properties.length) return '{}';
      return group(['{', indent([line, join([',', line], e.properties.map(propertyDoc))]), ifBreak(','), line, '}'], { shouldBreak: e.multiline });
  }
}

/** `key: value`, with the layout prettier's printAssignment chooses for the kind of value. */
function propertyDoc(p: Property): Doc {
  const key = propertyKey(p.key);
  if (p.shorthand) return withDoc(p.doc, key);
  const value = exprDoc(p.value);
  const shortKey = typeof key === 'string' && width(key) < 5;
  const v = p.value;
  let doc: Doc;
  if (shortKey || (v.kind === 'number' && !(v.value < 0)) || (v.kind === 'keyword' && v.text !== 'null')) doc = group([key, ':', ' ', value]);
  else if (v.kind === 'string') doc = group([key, ':', group(indent([line, value]))]);
  else doc = fluid(key, ':', value);
  return withDoc(p.doc, doc);
}

/** The "fluid" assignment: the value moves to the next line only when even its first line does not fit after the operator. */
function fluid(left: Doc, operator: string, right: Doc): Doc {
  const id = Symbol('assignment');
  return group([group(left), operator, group(indent(line), { id }), indentIfBreak(right, id)]);
}

// ---- declarations ------------------------------------------------------------------------------

function parameterDoc(p: Parameter): Doc {
  return [p.name, p.optional ? '?' : '', ': ', typeDoc(p.type, 'annotation')];
}

/**
 * `(a: A, b?: B): R {` and the body: the parameters break one a line when the signature does not
 * fit, but a lone parameter stays put while a return type that breaks anyway can break instead.
 */
function signatureAndBody(f: FunctionParts): Doc {
  const only = f.params.length === 1 ? f.params[0]! : undefined;
  // A lone parameter of an object type hugs the parentheses: `f({` ... `})`.
  const params: Doc =
    only?.type.kind === 'object'
      ? ['(', only.name, only.optional ? '?' : '', ': ', objectType(only.type.members, only.type.multiline, false), ')']
      : f.params.length
        ? ['(', indent([softline, join([',', line], f.params.map(parameterDoc))]), ifBreak(','), softline, ')']
        : '()';
  const returns = typeDoc(f.returns, 'annotation');
  const groupParams = f.params.length === 1 && (f.returns.kind === 'object' || willBreak(returns));
  const body: Doc = f.body.length
    ? [
        '{',
        indent([
          hardline,
          join(
            hardline,
            f.body.map((s) => unmodeled(s)),
          ),
        ]),
        hardline,
        '}',
      ]
    : '{}';
  return [group([groupParams ? group(params) : params, ': ', returns]), ' ', body];
}

function statementDoc(s: Statement): Doc {
  switch (s.kind) {
    case 'import': {
      const names = s.names.map((n) => (n.typeOnly ? `type ${n.name}` : n.name));
      const specifiers: Doc =
        names.length > 1 ? group(['{', indent([line, join([',', line], names)]), ifBreak(','), line, '}']) : names.length ? `{ ${names[0]} }` : '{}';
      return ['import', s.typeOnly ? ' type' : '', ' ', specifiers, ' from ', stringLiteral(s.from), ';'];
    }
    case 'export-all':
      return `export * from ${stringLiteral(s.from)};`;
    case 'code':
      return withDoc(s.doc, lines(s.lines));
    case 'interface': {
      const head = `export interface ${s.name}${s.typeParams ?? ''}${s.extends ? ` extends ${s.extends}` : ''} `;
      return withDoc(s.doc, [unmodeled(head), interfaceBody(s.members)]);
    }
    case 'type': {
      const left = unmodeled(`type ${s.name}${s.typeParams ?? ''}`);
      const assignment =
        s.type.kind === 'union' && !hugs(s.type.types)
          ? group([group(left), ' =', group(indent([line, unionMembers(s.type.types)]))])
          : fluid(left, ' =', typeDoc(s.type, 'annotation'));
      return withDoc(s.doc, ['export ', assignment, ';']);
    }
    case 'const': {
      const value = exprDoc(s.value);
      return withDoc(s.doc, ['export ', group(['const ', fluid(unmodeled(s.name), ' =', s.asConst ? [value, ' as const'] : value), ';'])]);
    }
    case 'export-default-call': {
      // A call's one object argument is hugged: `call({` ... `});`, when the object breaks.
      const hugged = s.value.kind === 'object' && s.value.multiline && s.value.properties.length > 0;
      return ['export default ', unmodeled(`${s.call}(`, !hugged), exprDoc(s.value), ');'];
    }
    case 'function':
      return withDoc(s.doc, [s.exported ? 'export ' : '', unmodeled(`function ${s.name}`), signatureAndBody(s)]);
    case 'class': {
      const members: Doc[] = [
        ...(s.code.length ? [lines(s.code)] : []),
        ...s.methods.map((m) => withDoc(m.doc, [unmodeled(`public ${m.name}`), signatureAndBody(m)])),
      ];
      const head = unmodeled(`export class ${s.name}${s.extends ? ` extends ${s.extends}` : ''} `);
      return withDoc(s.doc, [head, members.length ? ['{', indent([hardline, join([hardline, hardline], members)]), hardline, '}'] : '{}']);
    }
  }
}

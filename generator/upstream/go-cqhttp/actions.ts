/**
 * Actions: the router's cases (router.ts) joined with the `CQ...` methods they call in coolq/,
 * which give the canonical name (`@route(...)`), whether a parameter may be left out (the method
 * handles its zero value) and the result (`OK(...)`).
 */
import { defaultCategory, field, supportedBy } from '../../import/draft-model.js';
import type { ImportNote } from '../../import/notes.js';
import type { Action, Category, Field, SourceRef, TypeNode } from '../../model/types.js';
import { blankComments, compare, noteAt, type GoFile, type GoFunc } from './go-text.js';
import type { ParamRead, RoutedAction } from './router.js';
import { ShapeReader } from './shapes.js';

const IMPLEMENTATION = 'go-cqhttp';
/** The result of an action whose answer is not read (one object, so it can be told apart). */
const UNREAD: TypeNode = { kind: 'primitive', name: 'any' };

/** What gjson's accessor accepts, said once per accessor on every parameter it reads. */
const ACCEPTS: Record<ParamRead['accessor'], string> = {
  Int: 'gjson Int(): a JSON number, or a string or boolean it converts; absent or unreadable reads as 0.',
  Uint: 'gjson Uint(): an unsigned 64-bit id, as a string (exact) or a JSON number; absent reads as 0.',
  String: 'gjson String(): a JSON string, or any other value as its JSON text; absent reads as "".',
  Bool: 'gjson Bool(): true, or a string or number it converts ("1", "true", 1); absent reads as false.',
  raw: 'Read as raw JSON (gjson.Result) and interpreted by the method it is passed to.',
};

export interface ActionSources {
  router: GoFile;
  /** The coolq package's functions (methods of *CQBot and helpers). */
  functions: GoFunc[];
  /** Every other function of the checkout, followed when a parameter is passed on. */
  others: GoFunc[];
}

export interface BuiltActions {
  actions: Action[];
  /** Actions whose result the extractor could not read at all (coverage's `undeclared`). */
  unreadResults: string[];
}

export function buildActions(routed: RoutedAction[], sources: ActionSources, categories: Category[], notes: ImportNote[]): BuiltActions {
  const methods = new Map(sources.functions.filter((f) => f.receiver).map((f) => [f.name, f]));
  const byName = new Map<string, GoFunc[]>();
  for (const f of [...sources.functions, ...sources.others]) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const shapes = new ShapeReader(sources.functions);
  const category = defaultCategory(categories);
  const actions: Action[] = [];
  const unreadResults: string[] = [];
  const v12 = routed.filter((r) => r.version !== undefined && r.version !== 11);
  if (v12.length) {
    notes.push({
      severity: 'info',
      file: sources.router.path,
      message: `${v12.length} cases are routed only for OneBot ${[...new Set(v12.map((r) => r.version))].join(', ')} and are not part of OneBot 11: ${v12.map((r) => r.name).join(', ')}`,
    });
  }
  for (const route of routed.filter((r) => r.version === undefined || r.version === 11)) {
    const method = route.method ? methods.get(route.method) : undefined;
    const source: SourceRef = { file: sources.router.path, line: route.line, column: 1 };
    if (route.method && !method)
      notes.push({
        severity: 'warning',
        file: sources.router.path,
        line: route.line,
        message: `method ${route.method} of "${route.name}" not found in coolq/`,
      });
    const [name, aliases] = canonicalName(route, method);
    const params = route.params.flatMap((read) => paramFields(read, route, method, sources.router, byName));
    const result = method ? resultOf(method, shapes, notes) : (route.result ?? UNREAD);
    if (result === UNREAD) unreadResults.push(name);
    actions.push({
      name,
      title: { zh: name },
      ...(method ? { description: { zh: describe(method) } } : {}),
      category,
      origin: IMPLEMENTATION,
      params,
      result,
      variants: [],
      aliases: aliases.map((a) => ({ name: a })),
      support: supportedBy(IMPLEMENTATION),
      examples: [],
      source,
    });
  }
  notes.push(...shapes.unreadNotes());
  return { actions: actions.sort((a, b) => compare(a.name, b.name)), unreadResults };
}

/** The method's `@route(a, "b")` names its canonical name first; the router sorts its case labels. */
function canonicalName(route: RoutedAction, method: GoFunc | undefined): [string, string[]] {
  const all = [route.name, ...route.aliases];
  const declared = method?.doc
    .map((l) => /^@route(?:11)?\((.*)\)$/.exec(l.trim())?.[1])
    .find((x) => x !== undefined)
    ?.split(',')
    .map((n) => n.trim().replace(/^"|"$/g, ''));
  const first = declared?.find((n) => all.includes(n)) ?? route.name;
  return [first, all.filter((n) => n !== first)];
}

function describe(method: GoFunc): string {
  const summary = method.doc.find((l) => l.trim() && !l.trim().startsWith('@') && !/^https?:/.test(l.trim()));
  return `${summary ? `${summary.trim()}. ` : ''}(${method.file.path}: ${method.name})`;
}

function typeOf(read: ParamRead): TypeNode {
  switch (read.accessor) {
    case 'Int':
      return { kind: 'primitive', name: read.conversion === 'int32' ? 'int32' : 'int64' };
    case 'Uint':
      // A bare Uint() reads a uint64 id (guild, channel, role), which exceeds 2^53: send it as a string.
      return { kind: 'primitive', name: read.conversion ? 'int64' : 'string' };
    case 'String':
      return { kind: 'primitive', name: 'string' };
    case 'Bool':
      return { kind: 'primitive', name: 'boolean' };
    case 'raw':
      return { kind: 'primitive', name: 'any' };
  }
}

function paramFields(read: ParamRead, route: RoutedAction, method: GoFunc | undefined, router: GoFile, all: Map<string, GoFunc[]>): Field[] {
  const source: SourceRef = { file: router.path, line: read.line, column: 1 };
  const type = typeOf(read);
  const description = { en: ACCEPTS[read.accessor] };
  const goName = method?.params[route.args.indexOf(read.variable)]?.name;
  let primary: Field;
  if (read.default !== undefined) {
    primary = field(read.names[0]!, type, false, source, { default: read.default, hasDefault: true, description });
  } else if (read.accessor === 'Bool') {
    primary = field(read.names[0]!, type, false, source, { default: false, hasDefault: true, description });
  } else {
    const optional = read.optional ?? (method !== undefined && goName !== undefined && handlesZero(method, goName, read.accessor, all));
    primary = field(read.names[0]!, type, !optional, source, { description });
  }
  // `[a,b].0`: `a` is the parameter's name, as required as it would be alone; the names it falls
  // back to are optional (the spec's convention for a parameter with an older or standard alias).
  const fallbacks = read.names.slice(1).map((alternative) => {
    const [head, ...rest] = alternative.split('.');
    const altType: TypeNode = rest.length ? nested(rest, type, source) : type;
    return field(head!, altType, false, source, { description: { en: `Read when \`${read.names[0]}\` is absent (gjson path [${read.names.join(',')}].0).` } });
  });
  return [primary, ...fallbacks];
}

function nested(path: string[], leaf: TypeNode, source: SourceRef): TypeNode {
  const [head, ...rest] = path;
  return { kind: 'object', fields: [field(head!, rest.length ? nested(rest, leaf, source) : leaf, true, source)] };
}

/**
 * Whether the method has a path for the parameter's zero value (`x == 0`, `x != ""`, `x < 2`, a
 * switch that falls to other parameters, or for raw JSON `x.Exists()`, `x.IsArray()`), so that
 * leaving it out is meaningful rather than an
 * error. A parameter only passed on to another function of the checkout is followed there (two calls deep).
 */
function handlesZero(func: GoFunc, name: string, accessor: ParamRead['accessor'], all: Map<string, GoFunc[]>, depth = 0): boolean {
  // A test that only rejects the zero value (`if x == "" { return Failed(...) }`) makes it required, not optional.
  const body = blankComments(func.body).replace(new RegExp(`if\\s+${name}\\s*(?:==|<=)\\s*(?:0|"")\\s*\\{\\s*return\\s+Failed\\([^)]*\\)\\s*\\}`, 'g'), '');
  const zero = accessor === 'String' ? '""' : '0';
  const tests =
    accessor === 'raw'
      ? [new RegExp(`\\b${name}\\.(?:Exists|IsArray)\\(\\)`)]
      : [
          new RegExp(`\\b${name}\\s*(?:==|!=)\\s*${zero}(?![\\w.])|${zero}\\s*(?:==|!=)\\s*${name}\\b`),
          ...(accessor === 'String' ? [new RegExp(`\\blen\\(${name}\\)`)] : [new RegExp(`\\b${name}\\s*(?:<=?\\s*\\d|>\\s*0\\b)`)]),
        ];
  if (tests.some((t) => t.test(body))) return true;
  // A tagless switch that tests the value against literals and has cases on other things too
  // (`case messageType == "group": ... case userID != 0: ...`): its absence falls to those.
  if (new RegExp(`\\bcase\\s+${name}\\s*==\\s*"`).test(body) && new RegExp(`\\bcase\\s+(?!${name}\\b)\\w+\\s*(?:==|!=|<|>)`).test(body)) return true;
  // A local closure that tests its own parameter, called with this one (`fi(nickname, u.Nick)`).
  for (const m of body.matchAll(/\b(\w+)\s*:=\s*func\((\w+)\s+[\w.]+/g)) {
    const closure = body.slice(m.index, m.index + 300);
    const calls = new RegExp(`\\b${m[1]}\\(\\s*${name}\\s*[,)]`).test(body);
    if (calls && handlesZeroText(closure, m[2]!, accessor)) return true;
  }
  // Followed only when the parameter is passed on and not otherwise used here.
  if (depth >= 2 || [...body.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].length !== 1) return false;
  for (const m of body.matchAll(/\b(?:\w+\.)?(\w+)\(([^()]*)\)/g)) {
    const args = m[2]!.split(',').map((a) => a.trim());
    const index = args.indexOf(name);
    if (index < 0) continue;
    for (const callee of all.get(m[1]!) ?? []) {
      const param = callee.params[index];
      if (param && callee !== func && handlesZero(callee, param.name, accessor, all, depth + 1)) return true;
    }
  }
  return false;
}

function handlesZeroText(text: string, name: string, accessor: ParamRead['accessor']): boolean {
  return accessor === 'raw' ? new RegExp(`\\b${name}\\.(?:Exists|IsArray)\\(\\)`).test(text) : false;
}

/** The method's `OK(...)` data (shapes.ts); `null` when it answers with no data. */
function resultOf(method: GoFunc, shapes: ShapeReader, notes: ImportNote[]): TypeNode | null {
  const data = shapes.okData(method);
  if (!data) {
    notes.push(noteAt(method.file, method.bodyStart, `${method.name} answers with no OK(...) this extractor reads; its result is not compared`));
    return UNREAD;
  }
  return data.kind === 'primitive' && data.name === 'null' ? null : data;
}

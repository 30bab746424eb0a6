/**
 * go-cqhttp's action router, modules/api/api.go: generated code (cmd/api-generator) with one
 * `case "name", "alias":` per action, inside `if spec.Version == 11 {`, `== 12 {` or neither,
 * reading each parameter with gjson into `pN` and calling one `c.bot.CQ...` method with them.
 */
import type { ImportNote } from '../../import/notes.js';
import type { TypeNode } from '../../model/types.js';
import { lineAt, matchBracket, noteAt, splitTopLevel, type GoFile } from './go-text.js';

/** How a parameter is read: the gjson accessor and the Go conversion around it. */
export type Accessor = 'Int' | 'Uint' | 'String' | 'Bool' | 'raw';

export interface ParamRead {
  /** Set when the reader knows the parameter may be left out (its zero value is handled). */
  optional?: boolean;
  /** The gjson path's first name (the parameter), then the names it falls back to (`[user_id,id].0`). */
  names: string[];
  accessor: Accessor;
  /** `int32`, `uint32`, `int` when the value is converted. */
  conversion?: string;
  /** The value used when the parameter is absent, when the router gives one (`p2 := true`). */
  default?: string | number | boolean;
  /** The argument variable (`p0`). */
  variable: string;
  line: number;
}

export interface RoutedAction {
  name: string;
  aliases: string[];
  /** The OneBot version the case is limited to (11, 12), or undefined for every version. */
  version?: number;
  params: ParamRead[];
  /** The method called, and the arguments passed to it (`p0`, `spec`). */
  method?: string;
  /** The result, when the reader knows it without a method (middleware answers itself). */
  result?: TypeNode;
  args: string[];
  line: number;
}

const READ = /^(\w+)\s*:=\s*(?:(\w+)\()?p\.Get\("([^"]+)"\)(?:\.(Int|Uint|String|Bool)\(\))?\)?$/;
const LITERAL_DEFAULT = /^(\w+)\s*:=\s*(?:(\w+)\()?(true|false|-?\d+|"[^"]*")\)?$/;
const EXISTS = /^if\s+(\w+)\s*:=\s*p\.Get\("([^"]+)"\);\s*\1\.Exists\(\)\s*\{$/;
const ASSIGN_FROM_EXISTS = /^(\w+)\s*=\s*(?:(\w+)\()?(\w+)\.(Int|Uint|String|Bool)\(\)\)?$/;
const CALL = /^return\s+c\.bot\.(\w+)\((.*)\)$/;

export function readRouter(file: GoFile, notes: ImportNote[]): RoutedAction[] {
  const text = file.text;
  const note = (offset: number, message: string) => notes.push(noteAt(file, offset, message));

  // The ranges of `if spec.Version == N { ... }`.
  const versions: { start: number; end: number; version: number }[] = [];
  for (const m of text.matchAll(/if\s+spec\.Version\s*==\s*(\d+)\s*\{/g)) {
    const open = m.index + m[0].length - 1;
    versions.push({ start: open, end: matchBracket(text, open), version: Number(m[1]) });
  }

  const actions: RoutedAction[] = [];
  const switches = [...text.matchAll(/switch\s+action\s*\{/g)];
  if (switches.length === 0) note(0, 'no `switch action {` found: this is not the generated router this extractor reads');
  for (const sw of switches) {
    const open = sw.index + sw[0].length - 1;
    const close = matchBracket(text, open);
    const version = versions.find((v) => open > v.start && open < v.end)?.version;
    const body = text.slice(open + 1, close);
    const cases = [...body.matchAll(/^\s*case\s+(.+):[ \t]*$/gm)];
    for (const [i, c] of cases.entries()) {
      const start = c.index + c[0].length;
      const end = i + 1 < cases.length ? cases[i + 1]!.index : body.length;
      const names = splitTopLevel(c[1]!).map((p) => /^"([^"]+)"$/.exec(p.text)?.[1]);
      const caseOffset = open + 1 + c.index + (c[0].length - c[0].trimStart().length);
      if (names.some((n) => n === undefined)) {
        note(caseOffset, `case ${c[1]} is not a list of string literals; skipped`);
        continue;
      }
      actions.push(readCase(names as string[], version, body.slice(start, end), open + 1 + start, file, note, caseOffset));
    }
  }
  return actions;
}

function readCase(
  names: string[],
  version: number | undefined,
  body: string,
  bodyOffset: number,
  file: GoFile,
  note: (offset: number, message: string) => void,
  caseOffset: number,
): RoutedAction {
  const action: RoutedAction = {
    name: names[0]!,
    aliases: names.slice(1),
    ...(version ? { version } : {}),
    params: [],
    args: [],
    line: lineAt(file, caseOffset),
  };
  const byVariable = new Map<string, ParamRead>();
  const lines = body.split('\n');
  let offset = bodyOffset;
  let pendingDefault: { variable: string; value: string | number | boolean } | undefined;
  let exists: { name: string; local: string } | undefined;
  for (const raw of lines) {
    const lineOffset = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (!line || line.startsWith('//')) continue;
    let m: RegExpExecArray | null;
    if ((m = READ.exec(line))) {
      const read: ParamRead = {
        names: pathNames(m[3]!),
        accessor: (m[4] as Accessor | undefined) ?? 'raw',
        ...(m[2] ? { conversion: m[2] } : {}),
        variable: m[1]!,
        line: lineAt(file, lineOffset),
      };
      if (!read.names.length) note(lineOffset, `the gjson path "${m[3]}" is not one this extractor reads`);
      else {
        action.params.push(read);
        byVariable.set(read.variable, read);
      }
    } else if ((m = LITERAL_DEFAULT.exec(line))) {
      pendingDefault = { variable: m[1]!, value: literal(m[3]!) };
    } else if ((m = EXISTS.exec(line))) {
      exists = { local: m[1]!, name: m[2]! };
    } else if (exists && pendingDefault && (m = ASSIGN_FROM_EXISTS.exec(line)) && m[3] === exists.local && pendingDefault.variable === m[1]) {
      const read: ParamRead = {
        names: pathNames(exists.name),
        accessor: m[4] as Accessor,
        ...(m[2] ? { conversion: m[2] } : {}),
        default: pendingDefault.value,
        variable: m[1]!,
        line: lineAt(file, lineOffset),
      };
      action.params.push(read);
      byVariable.set(read.variable, read);
      pendingDefault = undefined;
    } else if (exists && line === '}') {
      exists = undefined;
    } else if ((m = CALL.exec(line))) {
      action.method = m[1]!;
      action.args = splitTopLevel(m[2]!).map((a) => a.text);
    } else {
      note(lineOffset, `in case "${action.name}": \`${line}\` is not a shape this extractor reads`);
    }
  }
  if (pendingDefault) note(caseOffset, `in case "${action.name}": ${pendingDefault.variable} is given a value but no parameter is read into it`);
  if (!action.method) note(caseOffset, `case "${action.name}" calls no c.bot method`);
  return action;
}

/** `user_id` → [user_id]; `[user_id,id].0` → [user_id, id] (gjson takes the first that exists). */
function pathNames(path: string): string[] {
  if (/^[\w.]+$/.test(path) && !path.includes('.')) return [path];
  const multi = /^\[([\w.,]+)\]\.0$/.exec(path);
  if (multi) return multi[1]!.split(',');
  return [];
}

function literal(text: string): string | number | boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text.startsWith('"')) return text.slice(1, -1);
  return Number(text);
}

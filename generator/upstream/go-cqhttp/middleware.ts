/**
 * Actions that server/ middleware answers before the router sees them: a handler that returns
 * nil for every action but its own (`case spec.Version == 11 && action == "get_updates":`) and
 * reads its parameters with `p.Get("x")`.
 */
import type { ImportNote } from '../../import/notes.js';
import { blankComments, lineAt, matchBracket, noteAt, type GoFile } from './go-text.js';
import type { Accessor, ParamRead, RoutedAction } from './router.js';

export function readMiddlewareActions(file: GoFile, notes: ImportNote[]): RoutedAction[] {
  const text = blankComments(file.text);
  const actions: RoutedAction[] = [];
  for (const m of text.matchAll(/case\s+spec\.Version\s*==\s*(\d+)\s*&&\s*action\s*==\s*"([^"]+)"\s*:/g)) {
    if (m[1] !== '11') continue;
    // The handler: the innermost `return func(...) ... {` around the case.
    const handlerAt = text.lastIndexOf('return func(', m.index);
    const paramsClose = handlerAt < 0 ? -1 : matchBracket(text, handlerAt + 'return func'.length);
    const open = paramsClose < 0 ? -1 : text.indexOf('{', paramsClose);
    const close = open < 0 ? -1 : matchBracket(text, open);
    if (close < m.index) {
      notes.push(noteAt(file, m.index, `the handler around action "${m[2]}" is not read`));
      continue;
    }
    const body = text.slice(open + 1, close);
    const params: ParamRead[] = [];
    for (const read of body.matchAll(/(\w+)\s*(?::=|=)\s*[^\n]*?p\.Get\("(\w+)"\)\.(Int|Uint|String|Bool)\(\)/g)) {
      if (params.some((p) => p.names[0] === read[2])) continue;
      const variable = read[1]!;
      const zero = read[3] === 'String' ? '""' : '0';
      params.push({
        names: [read[2]!],
        accessor: read[3] as Accessor,
        variable,
        optional: new RegExp(`\\b${variable}\\s*(?:==|!=|<=|<|>)\\s*${zero}\\b`).test(body),
        line: lineAt(file, open + 1 + read.index),
      });
    }
    actions.push({
      name: m[2]!,
      aliases: [],
      version: 11,
      params,
      args: [],
      // It answers with the queued events, each one as posted.
      result: { kind: 'array', items: { kind: 'ref', name: 'Event' } },
      line: lineAt(file, m.index),
    });
    notes.push(noteAt(file, m.index, `"${m[2]}" is answered by this middleware, which is installed only when its server is configured for it`, 'info'));
  }
  return actions;
}

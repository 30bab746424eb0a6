/**
 * The escaping functions, one per output context (generator/emit/escape.ts), case by case. The
 * TypeScript cases are parsed with the compiler; the end-to-end proof that nothing runs is
 * test/hostile-text.test.ts and test/browser/hostile-text.test.ts.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  htmlAttribute,
  htmlText,
  mdBlock,
  mdCell,
  mdCode,
  mdFence,
  mdLink,
  mdText,
  scriptJson,
  tsComment,
  tsPropertyName,
  tsString,
  vitePressTitle,
  yamlString,
} from '../generator/emit/escape.js';
import { parse } from 'yaml';

/** The statements TypeScript reads from `source` (a comment adds none). */
function statements(source: string): number {
  return ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true).statements.length;
}

describe('TypeScript', () => {
  it.each([
    ['a comment end', 'a */ alert(1) /* b'],
    ['a tag at a line start', 'text\n@deprecated no\n  @internal'],
    ['an already escaped end', 'a *\\/ b */'],
  ])('tsComment keeps %s inside the comment', (_, text) => {
    const escaped = tsComment(text);
    expect(statements(`/** ${escaped} */`)).toBe(0);
    expect(escaped).not.toMatch(/^\s*@/m);
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: the `${` is what the escaping must keep inert
  it.each([['quote \' and " and `${x}`'], ['line\u2028separator\u2029'], ['back\\slash\nnewline']])('tsString %j is one literal with that value', (value) => {
    const source = `export const x = ${tsString(value)};`;
    const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
    const init = (file.statements[0] as ts.VariableStatement).declarationList.declarations[0]!.initializer as ts.StringLiteral;
    expect(init.text).toBe(value);
  });

  it.each([
    ['user_id', 'user_id'],
    ['notice.notify', '"notice.notify"'],
    ["it's", '"it\'s"'],
  ])('tsPropertyName(%j) is %s', (name, want) => {
    expect(tsPropertyName(name)).toBe(want);
  });
});

describe('HTML, JSON in HTML, YAML', () => {
  it('htmlText and htmlAttribute leave no markup', () => {
    expect(htmlText('<b>&</b>')).toBe('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(htmlAttribute(`"' onload=x`)).toBe('&quot;&#39; onload=x');
  });

  it('scriptJson cannot end its script element and parses back to the value', () => {
    const value = { a: '</script><!-- ]]> \u2028\u2029 &' };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('yamlString is one scalar with that value', () => {
    const value = 'a: b # c\n- d \u2028 "e"';
    expect(parse(`k: ${yamlString(value)}`)).toEqual({ k: value });
  });

  it('vitePressTitle cannot end a script element', () => {
    expect(vitePressTitle('a </script> <!-- b')).not.toMatch(/<\/|<!/);
  });
});

describe('Markdown compiled by VitePress', () => {
  it.each([
    ['plain text', 'a b', 'a b'],
    ['HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['attribute braces', 'x {onclick=alert(1)}', 'x \\{onclick=alert(1)\\}'],
    ['a plain code span', 'send `user_id`', 'send `user_id`'],
    ['a code span with braces', 'POST `/{action}`', 'POST <code>&#47;&#123;action&#125;</code>'.replace('&#47;', '/')],
    ['an escaped backtick', '\\`<b>`', '\\`\\<b\\>`'],
    ['a code span across a blank line', '`a\n\nb`', '`a\n\nb`'],
  ])('mdBlock: %s', (_, given, want) => {
    expect(mdBlock(given)).toBe(want);
  });

  it('mdBlock rewrites a fence at column 0, closed, longer than any run inside, without a -vue language', () => {
    expect(mdBlock('- a\n  ```json-vue\n  {{ x }}\n  ````')).toBe('- a\n\n```\n{{ x }}\n```');
    expect(mdBlock('```js\nx ``` y\n')).toBe('````js\nx ``` y\n\n````');
  });

  it('mdCell keeps a cell on one line and its pipes escaped', () => {
    expect(mdCell('a | b\n`c|d`')).toBe('a \\| b <code>c&#124;d</code>');
  });

  it('mdText escapes every character Markdown reads', () => {
    expect(mdText('*a* _b_ [c](d) `e` <f> {g} | # ~')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\<f\\> \\{g\\} \\| \\# \\~');
  });

  it('mdCode uses a code span only for plain values', () => {
    expect(mdCode('"ok"')).toBe('`"ok"`');
    expect(mdCode('a`b')).toBe('<code>a&#96;b</code>');
  });

  it('mdFence is longer than any backtick run in its content', () => {
    expect(mdFence('json', '"```"')).toBe('````json\n"```"\n````');
    expect(mdFence('js-vue', 'x')).toBe('```\nx\n```');
  });

  it('mdLink links only plain http(s) addresses', () => {
    expect(mdLink('https://example.invalid/a')).toBe('<https://example.invalid/a>');
    expect(mdLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(mdLink('https://x/"><img>')).toBe('https://x/"\\>\\<img\\>');
  });
});

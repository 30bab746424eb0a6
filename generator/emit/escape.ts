/**
 * Text from the spec (or from an imported document) becomes text in every output, never code:
 * one escaping function per output context, used by every emitter for every string that came
 * from the spec, names and values included. Emitters compose escaped pieces with their own
 * fixed text; nothing else from the model reaches an output unescaped.
 */

// ---- TypeScript --------------------------------------------------------------------------------

/**
 * Text inside a `/** … *\/` comment: `*\/` cannot end the comment, and a line that starts with
 * `@` cannot become a tag (TSDoc's `\@`).
 */
export function tsComment(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/^(\s*)@/gm, '$1\\@');
}

/**
 * A whole doc comment, as lines: `/** text *\/` for one line, else a block with ` * ` before each
 * line. Every generated TypeScript comment is written by this function. The text is composed of
 * pieces escaped with tsComment and fixed text; `*\/` is escaped once more here, as a backstop,
 * and the line separators JavaScript also ends lines at become plain line breaks.
 */
export function tsDocComment(text: string): string[] {
  const lines = tsDocText(text).split('\n');
  if (lines.length === 1) return [`/** ${lines[0]} */`];
  return ['/**', ...lines.map((line) => (line.trim() ? ` * ${line}` : ' *')), ' */'];
}

/**
 * The text of a doc comment composed of escaped pieces, for tsDocComment to frame: `*\/` escaped
 * once more, and the line separators JavaScript also ends lines at made plain line breaks, so every
 * line gets its ` * `.
 */
export function tsDocText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r\n|[\r\u2028\u2029]/g, '\n');
}

/** A TypeScript string literal (JSON's, with the two line separators escaped as well). */
export function tsString(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A property name: as it is when it is an identifier, else a string literal. */
export function tsPropertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : tsString(name);
}

// ---- HTML, JSON in HTML, YAML ------------------------------------------------------------------

export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function htmlAttribute(text: string): string {
  return htmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON inside a `<script>` element: no `</script>`, `<!--` or `]]>` can appear in it, nor a line separator. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A double-quoted YAML scalar (JSON strings are YAML; the line separators are escaped too). */
export function yamlString(text: string): string {
  return tsString(text);
}

// ---- Markdown compiled by VitePress as a Vue template -------------------------------------------
//
// Every generated page body sits in one `<div v-pre>` (vPrePage), so Vue never interpolates
// `{{ }}` or reads a directive in it. What is left is HTML: markdown-it passes raw HTML through,
// and markdown-it-attrs turns `{…}` into attributes. So in spec text `<`, `{` and `}` are
// backslash-escaped, code spans become `<code>` elements whose content is all entities, and
// fenced blocks are rewritten at column 0 with a fence longer than any run inside them, so that
// what this module calls code is exactly what markdown-it calls code.

/**
 * A title VitePress shows as text (a page's, in its frontmatter; the site's, in the config):
 * plain text, except that VitePress writes page data and site data as JSON into `<script>`
 * elements without escaping it, where `</script` would end the element and `<!--` would change
 * how it ends; a word joiner after such a `<` keeps both from doing so.
 */
export function vitePressTitle(text: string): string {
  return oneLineOf(text).replace(/<(?=[/!])/g, '<\u2060');
}

/** A page's description for its frontmatter: VitePress writes it into a meta tag as it is, so it is HTML-escaped here. */
export function vitePressDescription(text: string): string {
  return htmlAttribute(oneLineOf(text));
}

/** Wraps a page body so that Vue compiles none of it. */
export function vPrePage(body: string): string {
  return `<div v-pre>\n\n${body.trim()}\n\n</div>\n`;
}

/** Plain text (a title, a name) in Markdown: every character that could mean something is escaped. */
export function mdText(text: string): string {
  return oneLineOf(text).replace(/[\\`*_[\]<>{}|&#~]/g, '\\$&');
}

/** A value shown as inline code: a code span when it is plain, else a `<code>` element of entities. */
export function mdCode(text: string): string {
  return codeElementOrSpan(oneLineOf(text), 1);
}

/** A fenced code block of `content`, with a fence longer than any run of backticks in it. */
export function mdFence(lang: string, content: string): string {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${/^[A-Za-z0-9]*$/.test(lang) ? lang : ''}\n${content}\n${fence}`;
}

/** A web address as an autolink when it is a plain http(s) address, else as text. */
export function mdLink(url: string): string {
  return /^https?:\/\/[^\s<>"'`{}|\\^\u2028\u2029]+$/.test(url) ? `<${url}>` : mdText(url);
}

/**
 * Text inside an HTML element the page writes (a badge, a `<code>`): markdown-it still reads
 * Markdown between the tags, so every character that means something there is an entity.
 */
export function htmlInMarkdown(text: string): string {
  return oneLineOf(text).replace(/[&<>"'{}|\\`*_[\]~:!#$^=+]/g, (c) => `&#${c.codePointAt(0)};`);
}

/** A Markdown description as blocks: its Markdown kept, HTML, Vue and attributes neutralised. */
export function mdBlock(markdown: string): string {
  return splitFences(markdown)
    .map((part) => (part.fence ? part.text : inlineMarkdown(part.text, false)))
    .join('')
    .trim();
}

/** A Markdown description in one table cell: on one line, `|` escaped. */
export function mdCell(markdown: string): string {
  return inlineMarkdown(oneLineOf(markdown), true);
}

function oneLineOf(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

function codeElement(text: string): string {
  return `<code>${htmlInMarkdown(text)}</code>`;
}

/** Text with code spans: code spans become `<code>` elements, the rest is escaped text. */
function inlineMarkdown(text: string, cell: boolean): string {
  // A code span cannot cross a blank line, so each paragraph is scanned on its own.
  return text
    .split(/(\n[ \t]*\n)/)
    .map((chunk, i) => (i % 2 ? chunk : inlineChunk(chunk, cell)))
    .join('');
}

function inlineChunk(text: string, cell: boolean): string {
  let out = '';
  let i = 0;
  const escapeChar = (c: string) => (c === '<' || c === '>' || c === '{' || c === '}' || (cell && c === '|') ? '\\' + c : c);
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      // A backslash escape stays as it is: what it escapes is text.
      out += c + text[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const close = findRun(text, i + run.length, run.length);
      if (close >= 0) {
        const content = text.slice(i + run.length, close).replace(/\n/g, ' ');
        const stripped = /^ .*[^ ].* $/.test(content) ? content.slice(1, -1) : content;
        out += codeElementOrSpan(stripped, run.length);
        i = close + run.length;
        continue;
      }
      out += run;
      i += run.length;
      continue;
    }
    out += escapeChar(c);
    i++;
  }
  return out;
}

/**
 * A code span kept as Markdown when nothing in it would mean anything were it read as text
 * (so a disagreement with markdown-it about where code ends cannot matter), else a `<code>` element.
 */
function codeElementOrSpan(content: string, ticks: number): string {
  return ticks === 1 && content.length > 0 && content.trim() === content && !/[<>{}|\\`]/.test(content) ? '`' + content + '`' : codeElement(content);
}

/** The index of the next run of exactly `length` backticks at or after `from`, or -1. */
function findRun(text: string, from: number, length: number): number {
  const re = /`+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].length === length) return m.index;
  return -1;
}

/** Splits Markdown into fenced blocks (rewritten, safe) and the text around them. */
function splitFences(markdown: string): { fence: boolean; text: string }[] {
  const lines = markdown.split('\n');
  const parts: { fence: boolean; text: string }[] = [];
  let text: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open || (open[2]![0] === '`' && open[3]!.includes('`'))) {
      text.push(lines[i]!);
      continue;
    }
    const [, indent, marker] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (new RegExp(`^ {0,3}${marker![0] === '`' ? '`' : '~'}{${marker!.length},}\\s*$`).test(line)) break;
      body.push(line.startsWith(indent!) ? line.slice(indent!.length) : line.trimStart());
    }
    parts.push({ fence: false, text: text.join('\n') });
    text = [];
    const lang = /^\s*([A-Za-z0-9]+)(?:\s|$)/.exec(open[3]!)?.[1] ?? '';
    const longest = Math.max(2, ...(body.join('\n').match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    parts.push({ fence: true, text: `\n\n${fence}${lang}\n${body.join('\n')}${body.length ? '\n' : ''}${fence}\n\n` });
    i = j;
  }
  parts.push({ fence: false, text: text.join('\n') });
  return parts;
}

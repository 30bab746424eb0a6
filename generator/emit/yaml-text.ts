/**
 * YAML text of a JSON value, exactly as the `yaml` package writes it with
 * `stringify(value, { lineWidth: 0, aliasDuplicateObjects: false })` (block style, two-space
 * indents, no line folding), in one pass over the value. The package first builds a document
 * tree of nodes for every value and was most of the OpenAPI emitter's time; this writes the same
 * text directly. Its choices for a string (plain, single or double quoted, a literal block) follow
 * the package's rules for each case; test/yaml-text.test.ts compares the two on generated values
 * of every kind. A value outside those rules (a key over 1024 characters, a scalar document) is
 * handed to the package itself.
 */
import { stringify } from 'yaml';

const STEP = '  ';

/** Signals a value these rules do not cover; yamlText then asks the package. */
class Unsupported extends Error {}

export function yamlText(value: unknown): string {
  if (value === null || typeof value !== 'object') return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  try {
    return `${node(value, '')}\n`;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  }
}

/** A value whose own lines are indented by `indent` (its first line is placed by the caller). */
function node(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isFinite(value) ? (Object.is(value, -0) ? '-0' : JSON.stringify(value)) : Number.isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
    case 'string':
      return scalar(value, indent, false);
    case 'object':
      return Array.isArray(value) ? sequence(value, indent) : mapping(value as Record<string, unknown>, indent);
    default:
      throw new Unsupported();
  }
}

function sequence(items: readonly unknown[], indent: string): string {
  if (items.length === 0) return '[]';
  const inner = indent + STEP;
  return items.map((item) => `- ${node(item, inner)}`).join(`\n${indent}`);
}

function mapping(object: Record<string, unknown>, indent: string): string {
  const entries = Object.entries(object).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const inner = indent + STEP;
  return entries
    .map(([key, value]) => {
      const k = scalar(key, inner, true);
      // Beyond 1024 characters a key is written `? key` (an explicit key).
      if (k.length > 1024) throw new Unsupported();
      const isCollection = value !== null && typeof value === 'object';
      const v = node(value, inner);
      // A non-empty collection starts on the next line; everything else after a space.
      return isCollection && v !== '[]' && v !== '{}' ? `${k}:\n${inner}${v}` : `${k}: ${v}`;
    })
    .join(`\n${indent}`);
}

// ---- strings -----------------------------------------------------------------------------------

// Characters only a double-quoted string can hold: controls (but tab and line feed), C1 controls, lone surrogates.
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
// What a plain scalar cannot be: start with an indicator, be `-` or `?` alone or before a space,
// have `: `, ` #`, a space around a line break, or end with a space or a colon.
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
// Plain text the YAML 1.2 core schema would read as something other than a string.
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
// Runs of line breaks inside the trailing ones of a block, after the first.
const BLOCK_END_NEWLINES = /(^|(?<!\n))\n+(?!\n|$)/g;

/** A string as a key (`key`) or a value at `indent`: plain where it reads back as the same string. */
function scalar(value: string, indent: string, key: boolean): string {
  if (NEEDS_ESCAPES.test(value)) return doubleQuoted(value, indent, key);
  const multiline = value.includes('\n');
  if (key && multiline) return quoted(value, indent, key);
  if (NOT_PLAIN.test(value)) return key || !multiline ? quoted(value, indent, key) : block(value, indent);
  if (!key && multiline) return block(value, indent);
  if (DOCUMENT_MARKER.test(value) && key && indent === STEP) return quoted(value, indent, key);
  if (NOT_A_STRING.some((re) => re.test(value))) return quoted(value, indent, key);
  return value;
}

/** Single quotes for text with double quotes and no single ones, else double quotes. */
function quoted(value: string, indent: string, key: boolean): string {
  return value.includes('"') && !value.includes("'") ? singleQuoted(value, indent, key) : doubleQuoted(value, indent, key);
}

function singleQuoted(value: string, indent: string, key: boolean): string {
  // A single-quoted string cannot keep spaces around a line break.
  if ((key && value.includes('\n')) || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuoted(value, indent, key);
  return `'${value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`)}'`;
}

const SHORT_ESCAPES: Record<string, string> = {
  '0000': '\\0',
  '0007': '\\a',
  '000b': '\\v',
  '001b': '\\e',
  '0085': '\\N',
  '00a0': '\\_',
  '2028': '\\L',
  '2029': '\\P',
};

/**
 * JSON's string with YAML's escapes (`\x1f`, `\0`, `\e`...); in a value of 40 characters or more,
 * each line break is written as a real one (a blank line), the indentation after it, and a space
 * on either side of it escaped so that reading does not fold it away.
 */
function doubleQuoted(value: string, indent: string, key: boolean): string {
  const json = JSON.stringify(value);
  const breakLines = !key && json.length >= 40;
  let out = '';
  let start = 0;
  for (let i = 0; i < json.length; i++) {
    let ch = json[i];
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      out += `${json.slice(start, i)}\\ `;
      i += 1;
      start = i;
      ch = '\\';
    }
    if (ch !== '\\') continue;
    const next = json[i + 1];
    if (next === 'u') {
      out += json.slice(start, i);
      const code = json.slice(i + 2, i + 6);
      out += SHORT_ESCAPES[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : json.slice(i, i + 6));
      i += 5;
      start = i + 1;
    } else if (next === 'n' && breakLines && json[i + 2] !== '"') {
      out += `${json.slice(start, i)}\n\n`;
      while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
        out += '\n';
        i += 2;
      }
      out += indent;
      if (json[i + 2] === ' ') out += '\\';
      i += 1;
      start = i + 1;
    } else {
      i += 1;
    }
  }
  return start ? out + json.slice(start) : json;
}

/** A literal block (`|`), with its chomping indicator and, when the text starts with a space, its indentation indicator. */
function block(text: string, indent: string): string {
  // A block cannot end in whitespace after its last line break.
  if (/\n[\t ]+$/.test(text)) return quoted(text, indent, false);
  let value = text;
  let endStart = value.length;
  while (endStart > 0 && '\n\t '.includes(value[endStart - 1]!)) endStart--;
  let end = value.slice(endStart);
  const endBreak = end.indexOf('\n');
  const chomp = endBreak === -1 ? '-' : value === end || endBreak !== end.length - 1 ? '+' : '';
  if (end) {
    value = value.slice(0, -end.length);
    if (end.endsWith('\n')) end = end.slice(0, -1);
    end = end.replace(BLOCK_END_NEWLINES, `$&${indent}`);
  }
  let startsWithSpace = false;
  let startEnd = 0;
  let lastBreak = -1;
  for (; startEnd < value.length; startEnd++) {
    const ch = value[startEnd];
    if (ch === ' ') startsWithSpace = true;
    else if (ch === '\n') lastBreak = startEnd;
    else break;
  }
  let start = value.slice(0, lastBreak < startEnd ? lastBreak + 1 : startEnd);
  if (start) {
    value = value.slice(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const header = (startsWithSpace ? '2' : '') + chomp;
  return `|${header}\n${indent}${start}${value.replace(/\n+/g, `$&${indent}`)}${end}`;
}

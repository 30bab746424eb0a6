/**
 * Model types as TypeScript type syntax (syntax.ts), and JSDoc from the model's texts: what the
 * emitters put inside their declarations.
 */
import { implementationTitle, supportDifferences } from '../../model/queries.js';
import { bilingual, titleLine } from '../../model/text.js';
import type { Deprecation, EnumType, Field, Model, Support, Text, TypeNode } from '../../model/types.js';
import { tsComment, tsDocText, tsString } from '../escape.js';
import { array, keyword, literal, ref, union, type Member, type TypeExpr } from './syntax.js';

/** Both languages of a text, escaped for a doc comment. */
export function commentText(text: Text | undefined): string | undefined {
  const joined = bilingual(text);
  return joined === undefined ? undefined : tsComment(joined);
}

/** A title on one line, escaped for a doc comment. */
export function commentTitle(text: Text | undefined): string | undefined {
  const line = titleLine(text);
  return line === undefined ? undefined : tsComment(line.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' '));
}

/**
 * The names of declared types a piece of generated code refers to, recorded as its types are
 * built: a file's imports are exactly these (never found by searching the printed text, where a
 * name may also appear in a comment or a property name).
 */
export type TypeRefs = Set<string>;

/** A model type as TypeScript, recording every named type it refers to in `refs`; inline objects are written one member a line, each with its JSDoc. */
export function typeExpr(node: TypeNode, refs: TypeRefs): TypeExpr {
  switch (node.kind) {
    case 'primitive':
      return keyword(node.name === 'int32' || node.name === 'int64' ? 'number' : node.name === 'any' ? 'unknown' : node.name);
    case 'literal':
      return literal(node.value);
    case 'ref':
      refs.add(node.name);
      return ref(node.name);
    case 'array':
      return array(typeExpr(node.items, refs));
    case 'map':
      return ref('Record', [keyword('string'), typeExpr(node.values, refs)]);
    case 'union':
      return union(node.variants.map((v) => typeExpr(v, refs)));
    case 'enum':
      return union(node.values.map((v) => literal(v.value)));
    case 'object':
      return objectExpr(node.fields, refs, node.additional);
  }
}

/** An object type written one member a line; no members at all is `Record<string, never>`. */
export function objectExpr(fields: readonly Field[], refs: TypeRefs, additional?: TypeNode): TypeExpr {
  if (!fields.length && !additional) return ref('Record', [keyword('string'), keyword('never')]);
  const members: Member[] = fields.map((f) => propertyOf(f, refs));
  if (additional) members.push({ kind: 'index', keyName: 'key', keyType: 'string', type: typeExpr(additional, refs) });
  return { kind: 'object', members, multiline: true };
}

/** One property with its JSDoc, as a member of an interface or object type. */
export function propertyOf(field: Field, refs: TypeRefs): Member {
  const doc = fieldDoc(field);
  return { kind: 'property', name: field.name, optional: !field.required, type: typeExpr(field.type, refs), ...(doc ? { doc } : {}) };
}

export function deprecatedTag(deprecated: Deprecation | undefined): string | undefined {
  if (!deprecated) return undefined;
  const reason = commentText(deprecated.reason);
  return reason ? `@deprecated ${reason.replace(/\n\n/g, ' ')}` : '@deprecated';
}

/** JSDoc for a field: its description, default, integer width and deprecation. */
export function fieldDoc(field: Field): string | undefined {
  const parts: string[] = [];
  const description = commentText(field.description);
  if (description) parts.push(description);
  const width = intWidth(field.type);
  if (width) parts.push(`@format ${width}`);
  if (field.hasDefault) parts.push(`@defaultValue ${tsComment(JSON.stringify(field.default) ?? 'undefined')}`);
  const tag = deprecatedTag(field.deprecated);
  if (tag) parts.push(tag);
  return parts.length ? parts.join('\n') : undefined;
}

function intWidth(node: TypeNode): string | undefined {
  if (node.kind === 'primitive' && (node.name === 'int32' || node.name === 'int64')) return node.name;
  return undefined;
}

/** A JSDoc listing an enum's values and what each means. */
export function enumDoc(node: EnumType): string | undefined {
  const rows = node.values
    .filter((v) => v.title || v.description)
    .map(
      (v) =>
        `- \`${tsComment(JSON.stringify(v.value))}\`: ${[commentText(v.title)?.replace(/\n\n/g, ' / '), commentText(v.description)?.replace(/\n\n/g, ' ')].filter(Boolean).join(' — ')}`,
    );
  return rows.length ? rows.join('\n') : undefined;
}

const STATUS_MARK = { supported: 'yes', unsupported: 'no', unknown: 'unknown' } as const;

/** `@remarks` lines saying which implementation supports a thing, and how it differs. */
export function supportDoc(model: Model, support: readonly Support[]): string {
  const lines = ['Support:'];
  for (const s of support) {
    if (s.status === 'unknown') continue;
    const title = implementationTitle(model, s.implementation);
    const name = tsComment(title?.en ?? title?.zh ?? s.implementation);
    const note = commentText(s.note)?.replace(/\n\n/g, ' ');
    const d = supportDifferences(s);
    const differences = [
      d.changedFields.length ? `adds or retypes ${d.changedFields.map((f) => '`' + tsComment(f) + '`').join(', ')}` : '',
      d.removedFields.length ? `without ${d.removedFields.map((f) => '`' + tsComment(f) + '`').join(', ')}` : '',
      d.differentResult ? 'answers with a different result' : '',
    ].filter(Boolean);
    const differs = differences.length ? ` (${differences.join('; ')})` : '';
    lines.push(`- ${name}: ${STATUS_MARK[s.status]}${s.since ? ` (since ${tsComment(s.since)})` : ''}${differs}${note ? ` — ${note}` : ''}`);
  }
  return lines.join('\n');
}

export function docOf(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => !!p && p.length > 0);
  // The pieces are escaped where they come from the spec; `*/` is escaped once more as a backstop.
  return kept.length ? tsDocText(kept.join('\n\n')) : undefined;
}

/**
 * A value as a person writes it in this project's TypeScript (strings in single quotes, plain keys
 * bare), for examples in doc comments; the caller escapes the result for the comment.
 */
export function tsLiteral(value: unknown): string {
  if (typeof value === 'string') return `'${tsString(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(tsLiteral).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : tsLiteral(k)}: ${tsLiteral(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value) ?? 'undefined';
}

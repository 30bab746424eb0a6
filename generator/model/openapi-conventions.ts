/**
 * How this project's OpenAPI documents say what OpenAPI has no place for, written down once: the
 * emitter (emit/openapi/) writes by it, the importer (import/openapi.ts) reads documents back by
 * it and knows from it what such a document can describe (for the diff, diff/coverage.ts).
 *
 * - names: the schema components, the `x-onebot-*` extension fields and the Apifox ones;
 * - an operation's description: a deprecation paragraph, the action's description, a support section;
 * - an operation's examples: their keys and summaries, and the placeholders added where there are none;
 * - a category as a tag.
 *
 * Titles are written `中文 / English` and descriptions Chinese then English (model/text.ts has
 * both ways: `titleLine` and `bilingual`, `splitTitleLine` and `splitBilingual`).
 */
import { bilingual, hasChinese, splitBilingual, titleLine } from './text.js';
import { EVENT_UNION_NAME, SEGMENT_UNION_NAMES, type Category, type Text } from './types.js';

/** Where a document's schemas are: `#/components/schemas/<name>`. */
export const SCHEMA_REF = '#/components/schemas/';

/**
 * The components that are not named types of the spec: the response envelope, the segment unions
 * (each with a discriminator `mapping` from `type` to the segment's shape) and the `Event` union,
 * named as the model's built-in types.
 */
export const COMPONENTS = {
  envelope: 'Envelope',
  sendSegment: SEGMENT_UNION_NAMES[0],
  receiveSegment: SEGMENT_UNION_NAMES[1],
  event: EVENT_UNION_NAME,
} as const;

export const SEGMENT_UNIONS = SEGMENT_UNION_NAMES;

/** This project's extension fields. */
export const EXTENSION = {
  verified: 'x-onebot-verified',
  origin: 'x-onebot-origin',
  support: 'x-onebot-support',
  supportedBy: 'x-onebot-supported-by',
  supportDetails: 'x-onebot-support-details',
  aliases: 'x-onebot-aliases',
  variantExamples: 'x-onebot-variant-examples',
} as const;

/** Apifox's extension fields: a category's folder path, an enum's value names, an object's property order. */
export const APIFOX = { folder: 'x-apifox-folder', enum: 'x-apifox-enum', orders: 'x-apifox-orders' } as const;

/** A tag's name for people (Redocly's), beside its id. */
export const TAG_DISPLAY_NAME = 'x-displayName';

/** What each extension field holds, and on what object. */
const EXTENSION_DOCS: [name: string, on: 'info' | 'operation', meaning: string][] = [
  [
    EXTENSION.verified,
    'info',
    'per implementation id, the source its column of the spec was verified against: `repository` (owner/name on GitHub), `commit`, `date` and, off the default branch, `branch`.',
  ],
  [EXTENSION.origin, 'operation', 'the standard or extension that defines the action.'],
  [EXTENSION.support, 'operation', "every implementation's id mapped to `supported`, `unsupported` or `unknown` (no claim either way)."],
  [
    EXTENSION.supportedBy,
    'operation',
    "the ids of the implementations that support the action, to filter on (for example with Redocly's `filter-in` decorator).",
  ],
  [
    EXTENSION.supportDetails,
    'operation',
    'per implementation, where it differs: `note`, `since`, `params` (parameters it adds or types differently), `removedParams`, `differentResult`.',
  ],
  [EXTENSION.aliases, 'operation', 'other action names that reach the same action.'],
  [
    EXTENSION.variantExamples,
    'operation',
    "examples of implementations whose parameters or result differ from the schema here (`implementation`, `summary`, `params`, `response`); `pnpm generate --implementation <id>` emits a document with that implementation's own schemas and examples.",
  ],
];

/** What the extension fields mean, a section of `info.description`. */
export const EXTENSION_FIELDS_SECTION = [
  '**Extension fields**',
  '',
  ...EXTENSION_DOCS.map(([name, on, meaning]) => `- \`${name}\` (${on}): ${meaning}`),
  `- ${Object.values(APIFOX)
    .map((name) => `\`${name}\``)
    .join(', ')}: Apifox's folder path, enum value names and property order.`,
].join('\n');

// ---- an operation's description ---------------------------------------------------------------

/** Opens a deprecated action's description, followed by the reason. */
const DEPRECATED_MARK = '**Deprecated.**';
/** Heads the list of implementations and how each supports the action. */
const SUPPORT_HEADING = '**Support / 支持**';
/** The support headings read back: this one, and the English-only one of older documents. */
const SUPPORT_HEADINGS_READ = [SUPPORT_HEADING, '**Support**'];

/**
 * An operation's description: the deprecation (`**Deprecated.** reason`), the action's description,
 * then the support section, one line per implementation; undefined when there is none of them.
 */
export function operationDescription(parts: {
  deprecated?: { reason?: Text } | undefined;
  description?: Text | undefined;
  supportLines: string[];
}): string | undefined {
  const deprecation = parts.deprecated ? `${DEPRECATED_MARK} ${bilingual(parts.deprecated.reason) ?? ''}`.trim() : undefined;
  const support = parts.supportLines.length ? `${SUPPORT_HEADING}\n\n${parts.supportLines.join('\n')}` : undefined;
  return [deprecation, bilingual(parts.description), support].filter(Boolean).join('\n\n') || undefined;
}

/**
 * An operation's description read back: the support section is left out (the model has it as
 * `support`), and a deprecated operation's opening `**Deprecated.**` paragraph is its reason, with
 * the next paragraph too when that is the reason's English.
 */
export function readOperationDescription(description: string, deprecated: boolean): { description?: Text; reason?: Text } {
  let described = withoutSupportSection(description);
  let reason: Text | undefined;
  if (deprecated && described.startsWith(DEPRECATED_MARK)) {
    const paragraphs = described.slice(DEPRECATED_MARK.length).trim().split('\n\n');
    const count = paragraphs[0] !== undefined && hasChinese(paragraphs[0]) && paragraphs[1] !== undefined && !hasChinese(paragraphs[1]) ? 2 : 1;
    reason = splitBilingual(paragraphs.slice(0, count).join('\n\n'));
    described = paragraphs.slice(count).join('\n\n');
  }
  const text = splitBilingual(described);
  return { ...(text ? { description: text } : {}), ...(reason ? { reason } : {}) };
}

function withoutSupportSection(description: string): string {
  // indexOf, not `/\n*\*\*Support…/`: that regex retries every run of newlines, quadratic on a long one.
  const at = Math.max(...SUPPORT_HEADINGS_READ.map((heading) => description.indexOf(`${heading}\n`)));
  return (at < 0 ? description : description.slice(0, at)).trim();
}

// ---- an operation's examples --------------------------------------------------------------------

/** The key of an action's example (`index` from 0): `<implementation>-<n>` for an implementation's, else `example-<n>`. */
export function exampleKey(implementation: string | undefined, index: number): string {
  return `${implementation ?? 'example'}-${index + 1}`;
}

/** An example's summary: its title or `Example <n>`, and `(<implementation>)` for an implementation's. */
export function exampleSummary(title: string | undefined, implementation: string | undefined, index: number): string {
  return [title ?? `Example ${index + 1}`, implementation ? `(${implementation})` : ''].filter(Boolean).join(' ');
}

/** The implementation an example key names, when it is one of `implementations`. */
export function exampleImplementation(key: string, implementations: ReadonlySet<string>): string | undefined {
  const match = /^(.+)-\d+$/.exec(key);
  return match && implementations.has(match[1]!) ? match[1] : undefined;
}

/** The example's place among the action's examples (from 1), as its key ends. */
export function exampleNumber(key: string): number | undefined {
  const n = /-(\d+)$/.exec(key)?.[1];
  return n === undefined ? undefined : Number(n);
}

/** An example's title from its summary: without `(<implementation>)`, and none for the `Example <n>` of an untitled one. */
export function exampleTitle(summary: string | undefined, implementation: string | undefined): string | undefined {
  let title = summary?.trim();
  if (title && implementation) title = title.replace(` (${implementation})`, '').trim();
  return !title || /^Example \d+$/.test(title) ? undefined : title;
}

/** The request example given to an action without examples or required parameters, so tools show a body. */
export const NO_PARAMS_EXAMPLE = { key: 'empty', summary: 'No parameters' } as const;
/** The response example given to an action without examples that answers with no data. */
export const NO_DATA_EXAMPLE = { key: 'ok', summary: 'Success' } as const;

// ---- categories as tags --------------------------------------------------------------------------

/** A category as the document's tag: its id as the name, its title to show. An operation's first tag is its category. */
export function categoryTag(category: Category): { name: string; description: string | undefined; [TAG_DISPLAY_NAME]: string | undefined } {
  return { name: category.id, description: titleLine(category.title), [TAG_DISPLAY_NAME]: titleLine(category.title) };
}

/** The title a tag shows: its display name, else its description, else its name. */
export function tagTitle(tag: Record<string, unknown>): string {
  return String(tag[TAG_DISPLAY_NAME] ?? tag.description ?? tag.name);
}

/**
 * The docs' view of the model: plain data the handlebars templates render, with types already
 * turned into Markdown labels and nested objects flattened into table rows. This is where spec
 * text is escaped for the pages (generator/emit/escape.ts): every string the view hands a
 * template is already safe Markdown, so the templates insert them as they are.
 */
import { hasSplitShapes, isReceivable, isSendable, describeDiscriminators } from '../../model/naming.js';
import { eventsByPostType, implementationTitle, supportDifferences, supportsWithDifferences } from '../../model/queries.js';
import { pick, type Language } from '../../model/text.js';
import type { Action, Field, Model, Support, Text, TypeNode } from '../../model/types.js';
import { htmlInMarkdown, mdBlock, mdCell, mdCode, mdFence, mdLink, mdText, vitePressDescription, vitePressTitle } from '../escape.js';
import { STRINGS, type Strings } from './strings.js';

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  default?: string;
  description: string;
  direction?: string;
}

/** A page and the anchors of what it holds, so every link is computed in one place. */
export const PAGES = { types: 'types.md', segments: 'segments.md', events: 'events.md', matrix: 'matrix.md' } as const;

export function anchor(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\./, '')
    .replace(/[^a-z0-9_-]+/g, '-');
}

export class DocsView {
  readonly t: Strings;

  constructor(
    readonly model: Model,
    readonly language: Language = 'zh',
  ) {
    this.t = STRINGS[language];
  }

  /** A Markdown text for a table cell or a line: one line. */
  text(t: Text | undefined): string {
    return mdCell(pick(t, this.language) ?? '');
  }

  /** A title (plain text) for a heading or a line, in this language. */
  title(t: Text | undefined): string {
    return mdText(pick(t, this.language) ?? '');
  }

  /** A Markdown description (several paragraphs). */
  markdown(t: Text | undefined): string {
    return mdBlock(pick(t, this.language) ?? '');
  }

  /** The page's title and description as frontmatter data. */
  front(title: Text | undefined, description?: Text): { frontTitle: string; frontDescription?: string } {
    const text = pick(description, this.language);
    return { frontTitle: vitePressTitle(pick(title, this.language) ?? ''), ...(text?.trim() ? { frontDescription: vitePressDescription(text) } : {}) };
  }

  /** A type as a Markdown label; references link to where they are documented. */
  typeLabel(node: TypeNode, from: 'category' | 'root' = 'category'): string {
    const prefix = from === 'category' ? '../' : './';
    switch (node.kind) {
      case 'primitive':
        return node.name;
      case 'literal':
        return mdCode(JSON.stringify(node.value));
      case 'ref':
        if (node.name === 'SendSegment' || node.name === 'ReceiveSegment') return `[${node.name}](${prefix}${PAGES.segments})`;
        if (node.name === 'Event') return `[Event](${prefix}${PAGES.events})`;
        return `[${node.name}](${prefix}${PAGES.types}#${anchor(node.name)})`;
      case 'array': {
        const inner = this.typeLabel(node.items, from);
        return node.items.kind === 'union' ? `(${inner})[]` : `${inner}[]`;
      }
      case 'map':
        return `map&lt;${this.typeLabel(node.values, from)}&gt;`;
      case 'union':
        return node.variants.map((v) => this.typeLabel(v, from)).join(' \\| ');
      case 'enum':
        return `${node.base} (${node.values.map((v) => mdCode(JSON.stringify(v.value))).join(', ')})`;
      case 'object':
        return 'object';
    }
  }

  /** Table rows for fields, with inline objects flattened as `parent.child` (and `list[].child`). */
  rows(fields: readonly Field[], from: 'category' | 'root' = 'category', prefix = '', withDirection = false): FieldRow[] {
    const out: FieldRow[] = [];
    for (const field of fields) {
      const description = [
        this.text(field.description),
        this.enumText(field.type),
        field.deprecated ? `**${this.t.deprecated}.** ${this.text(field.deprecated.reason)}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      out.push({
        name: mdCode(prefix + field.name),
        type: this.typeLabel(field.type, from),
        required: field.required,
        ...(field.hasDefault ? { default: mdCode(JSON.stringify(field.default) ?? '') } : {}),
        description,
        ...(withDirection ? { direction: field.direction } : {}),
      });
      const inner = field.type.kind === 'array' ? field.type.items : field.type;
      if (inner.kind === 'object') {
        out.push(...this.rows(inner.fields, from, `${prefix}${field.name}${field.type.kind === 'array' ? '[]' : ''}.`));
      }
    }
    return out;
  }

  private enumText(node: TypeNode): string {
    if (node.kind !== 'enum' || !node.values.some((v) => v.title)) return '';
    return node.values.map((v) => `${mdCode(JSON.stringify(v.value))} ${this.text(v.title)}`).join(this.t.listSeparator);
  }

  /**
   * The support table's rows. The differences come from the variant (supportDifferences, the
   * same rule as the matrix and the badges), as sentences of this language, then the note.
   */
  support(support: readonly Support[], subject: 'action' | 'segment' | 'event') {
    const t = this.t;
    return support.map((s) => {
      const implementation = this.text(implementationTitle(this.model, s.implementation));
      const d = supportDifferences(s);
      const codes = (names: string[]) => names.map((n) => mdCode(n)).join(', ');
      const differences = [
        d.changedFields.length ? `${subject === 'action' ? t.differences.params : t.differences.fields}${t.labelSeparator}${codes(d.changedFields)}` : '',
        d.removedFields.length
          ? `${subject === 'action' ? t.differences.removedParams : t.differences.removedFields}${t.labelSeparator}${codes(d.removedFields)}`
          : '',
        d.differentResult ? t.differences.result : '',
      ].filter(Boolean);
      const sentences = [s.since ? `${t.since} ${mdText(s.since)}` : '', ...differences].filter(Boolean).map((x) => x + t.fullStop);
      const note = this.text(s.note);
      if (note) sentences.push(note);
      return {
        implementation,
        badge: s.status === 'supported' ? (supportsWithDifferences(s) ? '✅\\*' : '✅') : s.status === 'unsupported' ? '❌' : '❔',
        status: s.status,
        note: sentences.join(this.language === 'zh' ? '' : ' '),
      };
    });
  }

  /**
   * Badges for what is known: supported (tip), with differences (warning), not supported (danger).
   * Written as the HTML VitePress's <Badge> renders, since the page is not compiled by Vue (v-pre).
   */
  badges(support: readonly Support[]): string {
    return support
      .filter((s) => s.status !== 'unknown')
      .map((s) => {
        const name = pick(implementationTitle(this.model, s.implementation), this.language) ?? s.implementation;
        const [type, mark] = s.status === 'unsupported' ? ['danger', '✗'] : supportsWithDifferences(s) ? ['warning', '≈'] : ['tip', '✓'];
        return `<span class="VPBadge ${type}">${htmlInMarkdown(`${name} ${mark}`)}</span>`;
      })
      .join(' ');
  }

  action(action: Action) {
    const result = action.result;
    return {
      name: mdCode(action.name),
      anchor: anchor(action.name),
      title: this.title(action.title),
      description: this.markdown(action.description),
      origin: this.text(this.model.origins.find((o) => o.id === action.origin)?.title),
      deprecated: action.deprecated ? this.text(action.deprecated.reason) || `${this.t.deprecated}.` : undefined,
      aliases: action.aliases.map((a) => ({ name: mdCode(a.name), deprecated: !!a.deprecated, description: this.text(a.description) })),
      variants: action.variants.map((v) => mdCode(action.name + (this.model.callVariants.find((c) => c.id === v)?.suffix ?? ''))),
      params: this.rows(action.params),
      result:
        result === null
          ? undefined
          : result.kind === 'object'
            ? { rows: this.rows(result.fields) }
            : { label: this.typeLabel(result), rows: this.nestedRows(result) },
      support: this.support(action.support, 'action'),
      badges: this.badges(action.support),
      examples: action.examples.map((e) => ({
        title: this.text(e.title) || undefined,
        implementation: e.implementation === undefined ? undefined : mdText(e.implementation),
        params: e.params === undefined ? undefined : mdFence('json', json(e.params)),
        result: e.result === undefined ? undefined : mdFence('json', json(e.result)),
      })),
    };
  }

  /** Rows of the element type, when a result is an array of inline objects. */
  private nestedRows(node: TypeNode): FieldRow[] | undefined {
    if (node.kind === 'array' && node.items.kind === 'object') return this.rows(node.items.fields);
    return undefined;
  }

  categories() {
    return this.model.categories
      .map((category) => ({
        id: category.id,
        file: `categories/${category.id}.md`,
        ...this.front(category.title),
        title: this.title(category.title),
        description: this.markdown(category.description),
        actions: this.model.actions.filter((a) => a.category === category.id).map((a) => this.action(a)),
      }))
      .filter((c) => c.actions.length);
  }

  segments() {
    return this.model.segments.map((segment) => ({
      type: mdCode(segment.type),
      anchor: anchor(segment.type),
      title: this.title(segment.title),
      description: this.markdown(segment.description),
      direction: segment.direction,
      canSend: isSendable(segment),
      canReceive: isReceivable(segment),
      split: hasSplitShapes(segment),
      origin: this.text(this.model.origins.find((o) => o.id === segment.origin)?.title),
      fields: this.rows(segment.fields, 'root', '', true),
      support: this.support(segment.support, 'segment'),
      badges: this.badges(segment.support),
      examples: segment.examples.map((e) => ({
        title: this.text(e.title) || undefined,
        implementation: e.implementation === undefined ? undefined : mdText(e.implementation),
        data: mdFence('json', json({ type: segment.type, data: e.data })),
        cq: e.cq === undefined ? undefined : mdFence('', e.cq),
      })),
    }));
  }

  events() {
    return eventsByPostType(this.model).map(({ postType, events }) => ({
      value: mdCode(postType.value),
      anchor: anchor(`post-type-${postType.value}`),
      title: this.title(postType.title),
      events: events.map((event) => ({
        id: event.id,
        anchor: anchor(event.id),
        typeName: event.typeName,
        title: this.title(event.title),
        description: this.markdown(event.description),
        discriminators: mdCode(describeDiscriminators(event)),
        origin: this.text(this.model.origins.find((o) => o.id === event.origin)?.title),
        fields: this.rows(event.fields, 'root'),
        quickOperation: this.rows(event.quickOperation, 'root'),
        support: this.support(event.support, 'event'),
        badges: this.badges(event.support),
        examples: event.examples.map((e) => mdFence('json', json(e.value))),
      })),
    }));
  }

  types() {
    return this.model.types.map((named) => {
      const t = named.type;
      return {
        name: named.name,
        anchor: anchor(named.name),
        title: this.title(named.title),
        description: this.markdown(named.description),
        deprecated: named.deprecated ? this.text(named.deprecated.reason) || `${this.t.deprecated}.` : undefined,
        fields: t.kind === 'object' ? this.rows(t.fields, 'root') : undefined,
        enumValues:
          t.kind === 'enum'
            ? t.values.map((v) => ({
                value: mdCode(JSON.stringify(v.value)),
                name: v.name === undefined ? '' : mdCode(v.name),
                title: this.text(v.title),
                description: this.text(v.description),
              }))
            : undefined,
        label: t.kind !== 'object' && t.kind !== 'enum' ? this.typeLabel(t, 'root') : t.kind === 'enum' ? t.base : undefined,
      };
    });
  }

  /** The compatibility matrix: every action, segment and event against every implementation. */
  matrix() {
    const cell = (support: readonly Support[]) =>
      this.model.implementations.map((impl) => {
        const s = support.find((x) => x.implementation === impl.id);
        return s?.status === 'supported' ? (supportsWithDifferences(s) ? '✅\\*' : '✅') : s?.status === 'unsupported' ? '❌' : '❔';
      });
    const counts = (items: { support: readonly Support[] }[]) =>
      this.model.implementations.map((impl) => items.filter((i) => i.support.some((s) => s.implementation === impl.id && s.status === 'supported')).length);
    return {
      // Column headers of narrow columns: a name may break after a dot (`Lagrange.` / `OneBot`), not inside a word.
      implementations: this.model.implementations.map((i) =>
        (pick(i.title, this.language) ?? '')
          .split(/(?<=\.)(?=\p{L})/u)
          .map(mdCell)
          .join('<wbr>'),
      ),
      verified: this.model.implementations.flatMap((i) =>
        i.verified
          ? [
              {
                title: this.text(i.title),
                repository: i.verified.repository,
                branch: i.verified.branch ? mdCode(i.verified.branch) : '',
                commit: i.verified.commit,
                short: i.verified.commit.slice(0, 7),
                link: `https://github.com/${i.verified.repository}/tree/${i.verified.commit}`,
                date: i.verified.date,
              },
            ]
          : [],
      ),
      totals: { actions: counts(this.model.actions), segments: counts(this.model.segments), events: counts(this.model.events) },
      categories: this.categories().map((category) => ({
        title: category.title,
        rows: this.model.actions
          .filter((a) => a.category === category.id)
          .map((a) => ({ name: mdCode(a.name), link: `./${category.file}#${anchor(a.name)}`, title: this.text(a.title), cells: cell(a.support) })),
      })),
      segments: this.model.segments.map((s) => ({
        name: mdCode(s.type),
        link: `./${PAGES.segments}#${anchor(s.type)}`,
        title: this.text(s.title),
        cells: cell(s.support),
      })),
      events: this.model.events.map((e) => ({
        name: mdCode(describeDiscriminators(e)),
        link: `./${PAGES.events}#${anchor(e.id)}`,
        title: this.text(e.title),
        cells: cell(e.support),
      })),
    };
  }

  overview() {
    const m = this.model;
    return {
      ...this.front(m.protocol.title, m.protocol.description),
      title: this.title(m.protocol.title),
      description: this.markdown(m.protocol.description),
      homepage: m.protocol.homepage === undefined ? undefined : mdLink(m.protocol.homepage),
      implementations: m.implementations.map((i) => ({ title: this.text(i.title), homepage: i.homepage === undefined ? undefined : mdLink(i.homepage) })),
      transports: m.transports.map((t) => ({ title: this.title(t.title), description: this.markdown(t.description) })),
      authentication: this.markdown(m.authentication),
      envelope: { description: this.markdown(m.envelope.description), rows: this.rows(m.envelope.fields, 'root') },
      retcodes: m.retcodes.map((r) => ({
        code: r.code,
        name: mdCode(r.name),
        status: r.status ?? '',
        origin: mdText(r.origin ?? ''),
        description: this.text(r.description),
      })),
      variants: m.callVariants.map((v) => ({ suffix: mdCode(v.suffix), description: this.text(v.description) })),
      categories: this.categories().map((c) => ({ file: c.file, title: c.title, count: c.actions.length })),
      coverage: this.t.coverage({ actions: m.actions.length, types: m.types.length, segments: m.segments.length, events: m.events.length }),
    };
  }
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

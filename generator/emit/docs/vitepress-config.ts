/**
 * The VitePress site config (`.vitepress/config.mts` in the docs folder): locales (Chinese at
 * the root, English under /en/), a sidebar per locale from the categories, and local search.
 * A function of the model alone, like the pages it lists.
 */
import { pick, type Language } from '../../model/text.js';
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { htmlText, vitePressTitle } from '../escape.js';
import { generatedHeader } from '../header.js';
import { printStatements } from '../typescript/printer.js';
import { valueExpr } from '../typescript/syntax.js';
import type { Guide } from './guides.js';
import { LANGUAGES, STRINGS, localeDir } from './strings.js';
import { DocsView } from './view.js';

interface SidebarItem {
  text: string;
  link?: string;
  items?: SidebarItem[];
  collapsed?: boolean;
}

/** A page's link inside the site: no extension, so it works with and without clean URLs. */
const link = (language: Language, page: string) => `/${localeDir(language)}${page.replace(/\.md$/, '').replace(/(^|\/)index$/, '$1')}`;

export function sidebar(model: Model, language: Language, guides: readonly Guide[] = []): SidebarItem[] {
  const view = new DocsView(model, language);
  const t = STRINGS[language];
  const categories = view.categories();
  const byId = new Map(model.categories.map((c) => [c.id, c]));
  const item = (c: (typeof categories)[number]): SidebarItem => {
    const children = categories.filter((x) => byId.get(x.id)?.parent === c.id).map(item);
    return { text: htmlText(c.frontTitle), link: link(language, c.file), ...(children.length ? { items: children } : {}) };
  };
  // Top-level entries: categories without a parent, or whose parent has no page of its own.
  const top = categories.filter((c) => {
    const parent = byId.get(c.id)?.parent;
    return !parent || !categories.some((x) => x.id === parent);
  });
  return [
    { text: t.overview, link: link(language, 'index.md') },
    { text: t.actions, items: top.map(item) },
    {
      text: t.reference,
      items: [
        { text: t.segments, link: link(language, 'segments.md') },
        { text: t.events, link: link(language, 'events.md') },
        { text: t.types, link: link(language, 'types.md') },
        { text: t.matrix, link: link(language, 'matrix.md') },
        { text: t.diffRules, link: link(language, 'diff-rules.md') },
      ],
    },
    ...(guides.length
      ? [{ text: t.guides, items: guides.map((g) => ({ text: htmlText(g.title[language]), link: link(language, `guides/${g.slug}.md`) })) }]
      : []),
  ];
}

export function vitePressConfig(model: Model, guides: readonly Guide[] = []) {
  const locales: Record<string, unknown> = {};
  for (const language of LANGUAGES) {
    const t = STRINGS[language];
    locales[language === LANGUAGES[0] ? 'root' : language] = {
      label: t.label,
      lang: t.lang,
      ...(language === LANGUAGES[0] ? {} : { link: `/${localeDir(language)}` }),
      title: vitePressTitle(pick(model.protocol.title, language) ?? ''),
      themeConfig: {
        nav: [
          { text: t.overview, link: link(language, 'index.md') },
          { text: t.matrix, link: link(language, 'matrix.md') },
        ],
        sidebar: sidebar(model, language, guides),
        outline: { label: t.outline },
        docFooter: { prev: t.prev, next: t.next },
      },
    };
  }
  const [root, ...others] = LANGUAGES;
  return {
    title: vitePressTitle(`${model.protocol.name} ${model.protocol.version}`),
    // Paths are relative to the docs folder: the build goes outside generated/.
    outDir: '../../.vitepress-dist',
    cacheDir: '../../node_modules/.cache/vitepress',
    // The site has no icon; an empty one keeps browsers from asking the server for /favicon.ico.
    head: [['link', { rel: 'icon', href: 'data:,' }]],
    // Spec text is escaped before it reaches a page; no `{…}` in it can become an attribute either way.
    markdown: { attrs: { allowedAttributes: ['id'] } },
    locales,
    themeConfig: {
      search: {
        provider: 'local',
        options: {
          locales: Object.fromEntries(
            [root!, ...others].map((language) => {
              const s = STRINGS[language].search;
              return [
                language === root ? 'root' : language,
                {
                  translations: {
                    button: { buttonText: s.button, buttonAriaLabel: s.button },
                    modal: { displayDetails: s.button, noResultsText: s.noResults },
                  },
                },
              ];
            }),
          ),
        },
      },
    },
  };
}

/**
 * The compatibility matrix's tables (matrix.md, in `<div class="onebot-matrix">`): fixed, narrow
 * support columns and one column for the name and title that takes the rest and wraps, so every
 * table fits the content column at 1280 px in either language instead of scrolling sideways.
 * The support columns' headers break between words only (`OneBot 11` / `标准`), and an
 * implementation's name after a dot (the page puts a `<wbr>` there).
 */
const MATRIX_CSS = `.vp-doc .onebot-matrix table {
  display: table;
  table-layout: fixed;
  width: 100%;
}

.vp-doc .onebot-matrix th,
.vp-doc .onebot-matrix td {
  overflow-wrap: anywhere;
}

.vp-doc .onebot-matrix th:not(:first-child),
.vp-doc .onebot-matrix td:not(:first-child) {
  width: 5.25rem;
  padding: 6px 4px;
  text-align: center;
}

.vp-doc .onebot-matrix th:not(:first-child) {
  font-size: 12px;
  line-height: 16px;
  overflow-wrap: normal;
  word-break: keep-all;
}
`;

export function emitVitePressConfig(model: Model, options: { dir: string; guides?: readonly Guide[] }): EmittedFile[] {
  const header = generatedHeader(model, 'ts');
  const config = printStatements(header, [
    { kind: 'import', names: [{ name: 'defineConfig' }], from: 'vitepress' },
    { kind: 'export-default-call', call: 'defineConfig', value: valueExpr(vitePressConfig(model, options.guides)) },
  ]);
  return [
    { path: `${options.dir}/.vitepress/config.mts`, content: config.text, needsFormatting: config.needsFormatting },
    // The default theme with the site's own styles.
    {
      path: `${options.dir}/.vitepress/theme/index.mts`,
      content: `${header}import DefaultTheme from 'vitepress/theme';\nimport './style.css';\n\nexport default DefaultTheme;\n`,
    },
    // A CSS comment has the form of the TypeScript banner.
    { path: `${options.dir}/.vitepress/theme/style.css`, content: `${header}${MATRIX_CSS}` },
  ];
}

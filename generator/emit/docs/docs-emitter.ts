/**
 * Markdown docs as a VitePress site, rendered from the handlebars templates in templates/docs/
 * over the DocsView of the model: an overview, a page per category, and pages for segments,
 * events, types and the compatibility matrix, in Chinese (the root locale) and English (`en/`),
 * the hand-written guides (guides.ts), plus the site's config (vitepress-config.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { vPrePage, yamlString } from '../escape.js';
import { generatedHeader } from '../header.js';
import { loadGuides, type Guide } from './guides.js';
import { layOutMarkdown } from './markdown-layout.js';
import { LANGUAGES, STRINGS, localeDir } from './strings.js';
import { emitVitePressConfig } from './vitepress-config.js';
import { DocsView } from './view.js';

export interface DocsOptions {
  /** The folder holding `*.md.hbs` templates and `partials/`. */
  templatesDir: string;
  dir: string;
}

const PAGE_TEMPLATES = ['index', 'category', 'segments', 'events', 'types', 'matrix'] as const;
type Templates = Record<(typeof PAGE_TEMPLATES)[number], HandlebarsTemplateDelegate>;

/** Compiles the templates once per folder; they are inputs like the spec. */
export function loadTemplates(templatesDir: string): Templates {
  const hbs = Handlebars.create();
  // `{#id}` is VitePress's explicit heading anchor; written by a helper because `}}}` would close a tag.
  hbs.registerHelper('anchorId', (id: string) => `{#${id}}`);
  hbs.registerHelper('concat', (...parts: unknown[]) => parts.slice(0, -1).join(''));
  hbs.registerHelper('add', (a: number, b: number) => a + b);
  // A YAML scalar for frontmatter.
  hbs.registerHelper('yaml', (value: string) => yamlString(value));
  const partials = join(templatesDir, 'partials');
  for (const name of readdirSync(partials)
    .filter((f) => f.endsWith('.hbs'))
    .sort()) {
    hbs.registerPartial(name.replace(/\.hbs$/, ''), readFileSync(join(partials, name), 'utf8'));
  }
  // The view escapes every string it hands the templates (view.ts), so they insert them as they are.
  const compile = (name: string) => hbs.compile(readFileSync(join(templatesDir, `${name}.md.hbs`), 'utf8'), { noEscape: true });
  return Object.fromEntries(PAGE_TEMPLATES.map((name) => [name, compile(name)])) as Templates;
}

export function emitDocs(
  model: Model,
  options: DocsOptions,
  templates: Templates = loadTemplates(options.templatesDir),
  guides: Guide[] = loadGuides(options.templatesDir),
): EmittedFile[] {
  const header = generatedHeader(model, 'md');
  const files: EmittedFile[] = [];
  for (const language of LANGUAGES) {
    const view = new DocsView(model, language);
    const t = STRINGS[language];
    const dir = `${options.dir}/${localeDir(language)}`;
    const page = (path: string, content: string) => files.push({ path: dir + path, content: layOutMarkdown(notCompiledByVue(content)) });
    page('index.md', templates.index({ header, t, ...view.overview() }));
    for (const category of view.categories()) page(category.file, templates.category({ header, t, ...category }));
    page('segments.md', templates.segments({ header, t, segments: view.segments() }));
    page('events.md', templates.events({ header, t, base: view.rows(model.eventBase.fields, 'root'), postTypes: view.events() }));
    page('types.md', templates.types({ header, t, types: view.types() }));
    page('matrix.md', templates.matrix({ header, t, ...view.matrix() }));
    // Hand-written, not generated from the spec: no header, and not formatted from the model.
    for (const guide of guides)
      page(`guides/${guide.slug}.md`, `---\ntitle: ${yamlString(guide.title[language])}\noutline: [2, 3]\n---\n\n${guide.content[language]}`);
  }
  files.push(...emitVitePressConfig(model, { dir: options.dir, guides }));
  return files;
}

/** The page's body (everything after the frontmatter) in a `v-pre` element, so Vue compiles none of it. */
function notCompiledByVue(page: string): string {
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(page)?.[0] ?? '';
  return frontmatter + '\n' + vPrePage(page.slice(frontmatter.length));
}

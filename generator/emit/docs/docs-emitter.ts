/**
 * Markdown docs, rendered from the handlebars templates in templates/docs/ over the DocsView of
 * the model: an index, a page per category, and pages for segments, events and types.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { generatedHeader } from '../header.js';
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
  const partials = join(templatesDir, 'partials');
  for (const name of readdirSync(partials).filter((f) => f.endsWith('.hbs')).sort()) {
    hbs.registerPartial(name.replace(/\.hbs$/, ''), readFileSync(join(partials, name), 'utf8'));
  }
  const compile = (name: string) => hbs.compile(readFileSync(join(templatesDir, `${name}.md.hbs`), 'utf8'), { noEscape: true });
  return Object.fromEntries(PAGE_TEMPLATES.map((name) => [name, compile(name)])) as Templates;
}

export function emitDocs(model: Model, options: DocsOptions, templates: Templates = loadTemplates(options.templatesDir)): EmittedFile[] {
  const view = new DocsView(model);
  const header = generatedHeader(model, 'md');
  const files: EmittedFile[] = [{ path: `${options.dir}/index.md`, content: templates.index({ header, ...view.overview() }) }];
  for (const category of view.categories()) {
    files.push({ path: `${options.dir}/${category.file}`, content: templates.category({ header, ...category }) });
  }
  files.push({ path: `${options.dir}/segments.md`, content: templates.segments({ header, segments: view.segments() }) });
  files.push({ path: `${options.dir}/events.md`, content: templates.events({ header, base: view.rows(model.eventBase.fields, 'root'), postTypes: view.events() }) });
  files.push({ path: `${options.dir}/types.md`, content: templates.types({ header, types: view.types() }) });
  files.push({ path: `${options.dir}/matrix.md`, content: templates.matrix({ header, ...view.matrix() }) });
  return files;
}

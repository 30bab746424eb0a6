/**
 * Guides: hand-written pages of the docs site (how to use the client, how to check an
 * implementation), kept beside the templates as `templates/docs/guides/<slug>.<language>.md`, one
 * file per language. They are copied into each locale's `guides/` folder and listed in the
 * sidebar in file-name order, titled by their first `# ` heading.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../model/text.js';
import { LANGUAGES } from './strings.js';

export interface Guide {
  slug: string;
  /** The page's title in each language, from its first heading. */
  title: Record<Language, string>;
  /** The page in each language, as written. */
  content: Record<Language, string>;
}

const FILE = /^([a-z0-9][a-z0-9-]*)\.([a-z]{2})\.md$/;

/** The guides under `templatesDir/guides/`, in file-name order; none when the folder is absent. */
export function loadGuides(templatesDir: string): Guide[] {
  const dir = join(templatesDir, 'guides');
  if (!existsSync(dir)) return [];
  const pages = new Map<string, Partial<Record<Language, string>>>();
  for (const name of readdirSync(dir).sort()) {
    const match = FILE.exec(name);
    if (!match || !(LANGUAGES as readonly string[]).includes(match[2]!)) {
      throw new Error(`${join(dir, name)}: a guide is named <slug>.<language>.md, with language one of ${LANGUAGES.join(', ')}`);
    }
    const entry = pages.get(match[1]!) ?? {};
    entry[match[2] as Language] = readFileSync(join(dir, name), 'utf8');
    pages.set(match[1]!, entry);
  }
  return [...pages].map(([slug, content]) => {
    const title = {} as Record<Language, string>;
    for (const language of LANGUAGES) {
      const page = content[language];
      if (page === undefined)
        throw new Error(
          `${join(dir, `${slug}.${language}.md`)}: the guide '${slug}' has no ${language} page; every guide is written in ${LANGUAGES.join(' and ')}`,
        );
      const heading = /^# (.+)$/m.exec(page)?.[1]?.trim();
      if (!heading) throw new Error(`${join(dir, `${slug}.${language}.md`)}: a guide starts with a \`# \` heading, its title`);
      title[language] = heading;
    }
    return { slug, title, content: content as Record<Language, string> };
  });
}

/** The Markdown docs as a VitePress site: both locales, frontmatter, stable anchors, a sidebar that only links to real pages. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitDocs } from '../generator/emit/docs/docs-emitter.js';
import { loadGuides } from '../generator/emit/docs/guides.js';
import { sidebar } from '../generator/emit/docs/vitepress-config.js';
import { STRINGS, LANGUAGES } from '../generator/emit/docs/strings.js';
import { GENERATED_DIR, SPEC_DIR, TEMPLATES_DIR } from './helpers/paths.js';
import { generateInMemory, loadModel } from './helpers/generate.js';

describe('docs', async () => {
  const model = await loadModel(SPEC_DIR);
  const files = (await generateInMemory(SPEC_DIR, GENERATED_DIR)).filter((f) => f.path.startsWith('docs/'));
  // Every page of the site, and the pages of the docs emitter (the diff rules pages come from another).
  const site = new Map(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path.slice('docs/'.length), f.content]));
  const own = new Set(emitDocs(model, { dir: 'docs', templatesDir: TEMPLATES_DIR }).map((f) => f.path));
  const pages = new Map([...site].filter(([path]) => own.has(`docs/${path}`)));

  it('has the same pages in Chinese (root) and English (en/)', () => {
    const zh = [...site.keys()].filter((p) => !p.startsWith('en/')).sort();
    const en = [...site.keys()]
      .filter((p) => p.startsWith('en/'))
      .map((p) => p.slice(3))
      .sort();
    expect(en).toEqual(zh);
    expect(zh).toEqual(
      expect.arrayContaining(['index.md', 'segments.md', 'events.md', 'types.md', 'matrix.md', 'diff-rules.md', 'categories/message.group.md']),
    );
  });

  describe('English pages are English', () => {
    it.each([
      ['plain English', 'Send a group message; see `send_msg`.', []],
      ['an ideograph', 'Nickname; 匿名消息 for anonymous ones', ['1: Nickname; 匿名消息 for anonymous ones']],
      ['Chinese punctuation alone', 'One，two。Three：four；（five）「six」', ['1: One，two。Three：four；（five）「six」']],
      ['a wire value in a code span or element', 'Category, e.g. `推荐`, <code>古风</code>', []],
      ['an example in a fenced block', 'Example:\n\n```json\n{ "text": "你好，世界" }\n```\n\nDone.', []],
      ['an HTML comment', '<!-- 生成 -->\nText', []],
      ['text after a fenced block', '```\n中\n```\n后', ['4: 后']],
    ])('the check finds Chinese outside code: %s', (_, markdown, found) => {
      expect(chineseOutsideCode(markdown)).toEqual(found);
    });

    it('every English page has no Chinese outside code (wire values and examples)', () => {
      const english = [...site].filter(([path]) => path.startsWith('en/'));
      expect(english.length).toBeGreaterThan(10);
      const found = english.flatMap(([path, content]) => chineseOutsideCode(content).map((line) => `${path}:${line}`));
      expect(found).toEqual([]);
    });

    it("the English locale's fixed strings and sidebar have no Chinese", () => {
      expect(
        chineseOutsideCode(
          Object.values(STRINGS.en)
            .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
            .join('\n'),
        ),
      ).toEqual([]);
      expect(chineseOutsideCode(JSON.stringify(sidebar(model, 'en', loadGuides(TEMPLATES_DIR))))).toEqual([]);
    });
  });

  it('every page opens with frontmatter and a title', () => {
    for (const [path, content] of pages) expect(content, path).toMatch(/^---\ntitle: .+\n[\s\S]*?\n---\n/);
  });

  it('every action has the same explicit anchor in both languages, and support badges', () => {
    for (const action of model.actions) {
      const file = `categories/${action.category}.md`;
      const heading = new RegExp('^## `' + action.name.replace('.', '\\.') + '` \\{#[a-z0-9_-]+\\}$', 'm');
      expect(pages.get(file), action.name).toMatch(heading);
      expect(pages.get(`en/${file}`), action.name).toMatch(heading);
    }
    // Written as the HTML VitePress's <Badge> renders: the page body is not compiled by Vue.
    expect(pages.get('categories/message.group.md')).toContain('<span class="VPBadge tip">OneBot 11 标准 ✓</span>');
    expect(pages.get('en/categories/message.group.md')).toMatch(/<span class="VPBadge tip">[^<]+ ✓<\/span>/);
  });

  it('puts examples in details blocks', () => {
    expect(pages.get('categories/message.group.md')).toMatch(/^::: details 示例[\s\S]*?```json[\s\S]*?^:::$/m);
    expect(pages.get('en/categories/message.group.md')).toMatch(/^::: details Example/m);
  });

  it.each(LANGUAGES.map((l) => [l]))('the %s sidebar links only to emitted pages', (language) => {
    const links: string[] = [];
    type Item = { link?: string; items?: Item[] };
    const walk = (items: Item[]): void => {
      for (const i of items) {
        if (i.link) links.push(i.link);
        if (i.items) walk(i.items);
      }
    };
    walk(sidebar(model, language, loadGuides(TEMPLATES_DIR)));
    expect(links.length).toBeGreaterThan(5);
    expect(links).toContain(`/${language === 'zh' ? '' : 'en/'}guides/checking-an-implementation`);
    expect(links).toContain(`/${language === 'zh' ? '' : 'en/'}diff-rules`);
    for (const link of links) {
      const page = link.replace(/^\//, '').replace(/\/$/, '/index').replace(/^$/, 'index') + '.md';
      expect(site.has(page.replace(/^\/?index\.md$/, 'index.md')), link).toBe(true);
    }
  });

  it('the fixed strings exist in every language', () => {
    const keys = Object.keys(STRINGS.zh).sort();
    for (const language of LANGUAGES) expect(Object.keys(STRINGS[language]).sort()).toEqual(keys);
  });

  describe('guides', () => {
    const folder = (files: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'guides-'));
      mkdirSync(join(dir, 'guides'));
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'guides', name), content);
      return dir;
    };

    it('are hand-written pages in both languages, titled by their first heading', () => {
      expect(loadGuides(folder({ 'b.en.md': '# Bee\n', 'b.zh.md': '# 蜜蜂\n', 'a.zh.md': '# 甲\n', 'a.en.md': 'intro\n# A\n' }))).toEqual([
        { slug: 'a', title: { zh: '甲', en: 'A' }, content: { zh: '# 甲\n', en: 'intro\n# A\n' } },
        { slug: 'b', title: { zh: '蜜蜂', en: 'Bee' }, content: { zh: '# 蜜蜂\n', en: '# Bee\n' } },
      ]);
      expect(pages.get('en/guides/checking-an-implementation.md')).toMatch(/^---\ntitle: "Checking an implementation"\n/);
    });

    it('refuse a guide in one language, a file named otherwise, and a page without a title', () => {
      expect(() => loadGuides(folder({ 'a.zh.md': '# 甲\n' }))).toThrow(/a\.en\.md: the guide 'a' has no en page/);
      expect(() => loadGuides(folder({ 'A Guide.md': '# x\n' }))).toThrow(/a guide is named <slug>\.<language>\.md/);
      expect(() => loadGuides(folder({ 'a.zh.md': '# 甲\n', 'a.en.md': 'no title\n' }))).toThrow(/a\.en\.md: a guide starts with a `# ` heading/);
    });
  });
});

/** Han ideographs, and the CJK and full-width punctuation Chinese text is written with (，。：；（）「」…). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The lines (`<number>: <line>`) of a Markdown page with Chinese outside the places where it is the
 * data itself: fenced code blocks (examples), code spans and `<code>` elements (wire values),
 * HTML comments.
 */
function chineseOutsideCode(markdown: string): string[] {
  const found: string[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((line, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker?.startsWith(fence)) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    const prose = line
      .replace(/(`+)[\s\S]*?\1/g, '')
      .replace(/<code>[\s\S]*?<\/code>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '');
    if (CHINESE.test(prose)) found.push(`${index + 1}: ${line}`);
  });
  return found;
}

/**
 * The VitePress site built from generated/docs, served on 127.0.0.1 and read in chromium: the
 * overview, a category page and the matrix render, navigation between them works, local search
 * finds an action, and the English locale is there.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, watch } from '../helpers/browser.js';
import { fromRoot } from '../helpers/paths.js';
import { serveStatic } from '../helpers/static-server.js';

const SITE = join(ARTIFACTS, 'docs-site');
/** The page's window, as far as the tests use it (the test code is compiled without the DOM's types). */
type Styled = { getComputedStyle(element: unknown): { fontSize: string } };

describe('docs site (VitePress build, chromium)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;
  let seen: ReturnType<typeof watch>;

  beforeAll(async () => {
    await rm(SITE, { recursive: true, force: true });
    // The same build `pnpm docs:build` runs, into the test artifacts.
    await promisify(execFile)(fromRoot('node_modules/.bin/vitepress'), ['build', 'generated/docs', '--outDir', SITE], { cwd: fromRoot(), timeout: 150_000 });
    server = await serveStatic(SITE);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    seen = watch(page, (url) => url.origin === server.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the overview', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('.vp-doc h1').first().textContent()).toContain('OneBot 11');
    await expect.poll(() => page.locator('.vp-doc').textContent()).toContain('retcode');
  });

  it('navigates from the sidebar to a category page with badges and example blocks', async () => {
    await page.locator('.VPSidebar a', { hasText: '发送群聊消息' }).first().click();
    await page.waitForURL(/\/categories\/message\.group(\.html)?$/);
    await expect.poll(() => page.locator('.vp-doc h2#send_group_msg').textContent()).toContain('send_group_msg');
    expect(await page.locator('.vp-doc .VPBadge').count()).toBeGreaterThan(0);
    expect(await page.locator('.vp-doc details.details').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'docs-category.png') });
  });

  it('navigates to the compatibility matrix, and from it back to an action', async () => {
    await page.locator('.VPNav a', { hasText: '兼容性矩阵' }).first().click();
    await page.waitForURL(/\/matrix(\.html)?$/);
    await expect.poll(() => page.locator('.vp-doc table').count()).toBeGreaterThan(2);
    await page.locator('.vp-doc table a', { hasText: 'send_group_msg' }).first().click();
    await page.waitForURL(/\/categories\/message\.group(\.html)?#send_group_msg$/);
    await page.screenshot({ path: join(ARTIFACTS, 'docs-matrix-link.png') });
  });

  it('finds an action by name with the local search', async () => {
    await page.goto(`${server.url}/matrix.html`);
    await page.locator('.VPNavBarSearch button').first().click();
    const input = page.locator('.VPLocalSearchBox input').first();
    await input.fill('get_group_member_list');
    const result = page.locator('.VPLocalSearchBox .result', { hasText: 'get_group_member_list' }).first();
    await result.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'docs-search.png') });
    await result.click();
    await page.waitForURL(/\/categories\/group(\.html)?#get_group_member_list$/);
  });

  it('has the English locale', async () => {
    await page.goto(`${server.url}/en/`);
    await expect.poll(() => page.locator('.vp-doc h1').first().textContent()).toMatch(/OneBot 11/);
    await expect.poll(() => page.locator('.vp-doc').textContent()).toContain('Return codes');
    await page.locator('.VPSidebar a', { hasText: 'Compatibility matrix' }).first().click();
    await page.waitForURL(/\/en\/matrix(\.html)?$/);
  });

  it('has the guides in both languages, in the sidebar', async () => {
    for (const [prefix, title] of [
      ['', '检查一个实现'],
      ['/en', 'Checking an implementation'],
    ] as const) {
      await page.goto(`${server.url}${prefix}/`);
      await page.locator('.VPSidebar a', { hasText: title }).first().click();
      await page.waitForURL(/\/guides\/checking-an-implementation(\.html)?$/);
      await expect.poll(() => page.locator('.vp-doc h1').first().textContent()).toContain(title);
      await expect.poll(() => page.locator('.vp-doc pre').first().textContent()).toContain('pnpm conform proxy');
    }
  });

  it.each([
    ['Chinese', '/matrix.html'],
    ['English', '/en/matrix.html'],
  ])('the %s compatibility matrix fits the content column at 1280 px, every table of it', async (_, path) => {
    await page.goto(`${server.url}${path}`);
    await expect.poll(() => page.locator('.vp-doc .onebot-matrix table').count()).toBeGreaterThan(10);
    const tables = await page.locator('.vp-doc table').evaluateAll((els) =>
      els.map((table) => {
        const column = table.closest('.vp-doc')!.getBoundingClientRect();
        // A matrix table sits in its own wrapper; another table scrolls inside itself.
        const wrapper = table.closest('.onebot-matrix') ?? table;
        const box = table.getBoundingClientRect();
        const first = table.querySelector('tbody tr > :first-child');
        return {
          heading: (table.closest('.onebot-matrix')?.previousElementSibling?.textContent ?? 'verified').replace(/\u200b/g, '').trim(),
          matrix: Boolean(table.closest('.onebot-matrix')),
          // Wider than its own box (VitePress lets a table scroll inside itself) or than its wrapper.
          scrolls: table.scrollWidth > table.clientWidth || wrapper.scrollWidth > wrapper.clientWidth,
          // Past the right edge of the content column.
          beyond: Math.round(box.right - column.right),
          titleWidth: first ? first.getBoundingClientRect().width : 0,
          fontSize: first ? Number.parseFloat((globalThis as unknown as Styled).getComputedStyle(first).fontSize) : 0,
        };
      }),
    );
    const dir = await mkdtemp(join(tmpdir(), 'onebot-matrix-'));
    const shot = join(dir, `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.png`);
    // The first category's heading at the top: the table's header row and its first rows.
    await page
      .locator('.vp-doc h3')
      .first()
      .evaluate((heading) => heading.scrollIntoView());
    await page.mouse.wheel(0, -100); // out from under the fixed navigation bar
    await page.screenshot({ path: shot });
    console.log(`${path}: ${tables.length} tables; screenshot ${shot}`);
    expect(tables.filter((t) => t.scrolls || t.beyond > 0)).toEqual([]);
    // The name and title column holds at least ten characters a line, not one.
    for (const t of tables.filter((x) => x.matrix)) expect(t.titleWidth, t.heading).toBeGreaterThanOrEqual(10 * t.fontSize);
  });

  it.each([
    ['', '协议差异规则'],
    ['/en', 'Protocol diff rules'],
  ])('has the diff rules page at %s/diff-rules, reached from the sidebar', async (prefix, title) => {
    const direct = await page.goto(`${server.url}${prefix}/diff-rules.html`);
    expect(direct?.status()).toBe(200);
    await page.goto(`${server.url}${prefix}/`);
    await page.locator('.VPSidebar a', { hasText: title }).first().click();
    await page.waitForURL(new RegExp(`${prefix}/diff-rules(\\.html)?$`));
    await expect.poll(() => page.locator('.vp-doc h1').first().textContent()).toContain(title);
    expect(await page.locator('.vp-doc #action-removed').count()).toBe(1);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(prefix ? 'en-US' : 'zh-CN');
  });

  it('logged no errors and loaded nothing from another host', () => {
    expect(seen.errors).toEqual([]);
    expect(seen.outside).toEqual([]);
  });
});

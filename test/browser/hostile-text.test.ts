/**
 * The browser half of test/hostile-text.test.ts: the docs site built from the spec with hostile
 * text in every kind of string, and its Swagger UI page, opened in chromium. Every page is
 * visited; no dialog may open (each payload alerts with its own id), no element may carry an
 * event-handler attribute or be a script or image the spec wrote, and the payloads must be on
 * the pages as text.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { hostileRun, markersLeft, type HostileRun } from '../helpers/hostile-text.js';
import { serveStatic } from '../helpers/static-server.js';

/**
 * What ran or was injected under `selector`: event-handler attributes, `javascript:` links,
 * scripts, and (where the page is ours, not a renderer's that sanitises HTML) the payload's images.
 */
async function injected(page: Page, selector: string, images = true): Promise<string[]> {
  // A string, evaluated in the page (the test's TypeScript has no DOM types).
  return page.evaluate(`(() => {
    const found = [];
    for (const el of document.querySelectorAll(${JSON.stringify(`${selector}, ${selector} *`)})) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name) || /^\\s*javascript:/i.test(attr.value)) found.push('<' + el.tagName.toLowerCase() + ' ' + attr.name + '="' + attr.value + '">');
      }
      if (el.tagName === 'SCRIPT' || (${images} && el.tagName === 'IMG' && el.getAttribute('src') === 'x')) found.push(el.outerHTML.slice(0, 120));
    }
    return found;
  })()`);
}

describe('hostile text in the browser (docs site and Swagger UI, chromium)', () => {
  let run: HostileRun;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const dialogs: string[] = [];

  beforeAll(async () => {
    run = await hostileRun({ build: true });
    server = await serveStatic(join(run.dir, 'site'));
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (url: string) => {
    const page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${url}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  it('no page of the docs site runs anything, and the payloads are on them as text', async () => {
    const site = join(run.dir, 'site');
    const pages = readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith('.html') && f.name !== '404.html')
      .map((f) => relative(site, join(f.parentPath, f.name)));
    expect(pages.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    for (const path of pages) {
      const page = await open(`${server.url}/${path}`);
      await page.locator('.vp-doc').first().waitFor();
      await page.locator('.VPSidebar').first().waitFor();
      expect(await injected(page, '.VPContent'), path).toEqual([]);
      expect(await injected(page, '.VPSidebar'), path).toEqual([]);
      for (const id of (await page.locator('body').innerText()).match(/H(p\d+)H/g) ?? []) seen.add(id);
      await page.close();
    }
    expect(dialogs).toEqual([]);
    // Most placements reach some page (the rest only reach the code or the OpenAPI).
    expect(seen.size).toBeGreaterThan(run.spec.ids.length / 2);
    expect(markersLeft(run.markers)).toEqual([]);
  }, 300_000);

  it('the Swagger UI page runs nothing, with every operation and schema expanded', async () => {
    const page = await open(pathToFileURL(join(run.dir, 'out/swagger-ui/index.html')).href);
    await page.locator('.opblock-tag').first().waitFor();
    for (const tag of await page.locator('.opblock-tag').all()) await tag.click();
    for (const operation of await page.locator('.opblock-summary').all()) await operation.click();
    const models = page.locator('.models-control');
    if (await models.count()) await models.first().click();
    for (const model of await page.locator('.model-box-control').all()) await model.click().catch(() => undefined);
    await page.waitForTimeout(500);
    // Swagger UI renders descriptions as Markdown through its own sanitiser: HTML in them may
    // become an element, but never one that runs anything.
    expect(await injected(page, '#swagger-ui', false), 'Swagger UI').toEqual([]);
    expect(await page.locator('#swagger-ui').innerText()).toMatch(/Hp\d+H/);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120_000);
});

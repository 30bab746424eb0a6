/** The generated Swagger UI page, opened from disk in headless chromium. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, watch } from '../helpers/browser.js';
import { GENERATED_DIR } from '../helpers/paths.js';

const PAGE = join(GENERATED_DIR, 'swagger-ui/index.html');

describe('Swagger UI page (file://, chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every tag, expands send_group_msg with its schema and examples, logs no errors, loads nothing from outside', async () => {
    const doc = JSON.parse(await readFile(join(GENERATED_DIR, 'openapi/onebot11.json'), 'utf8'));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { errors, outside } = watch(page, (url) => url.protocol === 'file:');
    await page.goto(pathToFileURL(PAGE).href);
    // Parsing and resolving a document of some 200 operations: seconds alone, more beside other tests.
    await page.locator('.opblock-tag-section').first().waitFor({ timeout: 60_000 });

    const tags = await page.locator('.opblock-tag').evaluateAll((els) => els.map((el) => el.getAttribute('data-tag')));
    expect(tags).toEqual(doc.tags.map((t: { name: string }) => t.name));

    // Tags start folded; unfold the one send_group_msg is in.
    const tag = doc.paths['/send_group_msg'].post.tags[0];
    await page.locator(`.opblock-tag[data-tag="${tag}"]`).click();
    const operation = page.locator('.opblock[id$="-send_group_msg"]');
    await operation.locator('.opblock-summary').first().click();
    const body = operation.locator('.opblock-body');
    await body.waitFor();
    // The request body: its example (the default view), then its schema.
    await expect.poll(() => body.locator('.body-param__example, .highlight-code').first().textContent()).toContain('group_id');
    await body.locator('.opblock-section-request-body [data-name="model"], .opblock-section-request-body button:has-text("Schema")').first().click();
    await expect.poll(() => body.locator('.opblock-section-request-body .model-box').first().textContent()).toMatch(/SendGroupMsgParams[\s\S]*group_id[\s\S]*message/);
    // The named examples of request and response.
    expect(await body.locator('.opblock-section-request-body .examples-select, .opblock-section-request-body select').count()).toBeGreaterThan(0);
    await expect.poll(() => body.locator('.responses-wrapper').textContent()).toContain('message_id');

    await page.screenshot({ path: join(ARTIFACTS, 'swagger-ui.png'), fullPage: false });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 120_000);
});

/**
 * The generated Swagger UI page, opened from disk in headless chromium: the tags and one
 * operation's schemas and examples, named union members and result fields, "Try it out" against
 * a running mock, and every tag open at once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockServer } from '../../mock/index.js';
import { ARTIFACTS, launchBrowser, watch } from '../helpers/browser.js';
import { GENERATED_DIR } from '../helpers/paths.js';

const PAGE = join(GENERATED_DIR, 'swagger-ui/index.html');

/**
 * How long a click may go unanswered before the page counts as hanging: the issue's own measure
 * (the page "stopped answering clicks for more than 30 s"). A bound on a hang, not a benchmark.
 */
const HANG = 30_000;

type Doc = { tags: { name: string }[]; paths: Record<string, { post: { tags: string[] } }> };
/** The page's `window.ui`, the Swagger UI instance: whether a tag is unfolded. */
type SwaggerWindow = { ui: { layoutSelectors: { isShown(path: string[]): boolean } } };

describe('Swagger UI page (file://, chromium)', () => {
  let browser: Browser;
  let doc: Doc;
  beforeAll(async () => {
    browser = await launchBrowser();
    doc = JSON.parse(await readFile(join(GENERATED_DIR, 'openapi/onebot11.json'), 'utf8'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(allowed: (url: URL) => boolean = (url) => url.protocol === 'file:') {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const seen = watch(page, allowed);
    await page.goto(pathToFileURL(PAGE).href);
    // Parsing and resolving a document of some 200 operations: seconds alone, more beside other tests.
    await page.locator('.opblock-tag').first().waitFor({ timeout: 60_000 });
    return { page, seen };
  }

  /** Unfolds send_group_msg's tag and the operation; its body. */
  async function expandSendGroupMsg(page: Page): Promise<Locator> {
    await page.locator(`.opblock-tag[data-tag="${doc.paths['/send_group_msg']!.post.tags[0]}"]`).click();
    const operation = page.locator('.opblock[id$="-send_group_msg"]');
    await operation.locator('.opblock-summary').first().click();
    const body = operation.locator('.opblock-body');
    await body.waitFor();
    return body;
  }

  /** Clicks every folded model toggle inside `box` until none is left (`depth` rounds). */
  async function unfold(box: Locator, depth: number) {
    for (let round = 0; round < depth; round++) {
      const folded = box.locator('.model-toggle.collapsed');
      const count = await folded.count();
      if (!count) return;
      for (let i = 0; i < count; i++) await folded.first().click();
    }
  }

  it('renders every tag, expands send_group_msg with its schema and examples, logs no errors, loads nothing from outside', async () => {
    const { page, seen } = await open();
    const tags = await page.locator('.opblock-tag').evaluateAll((els) => els.map((el) => el.getAttribute('data-tag')));
    expect(tags).toEqual(doc.tags.map((t) => t.name));

    // Tags start folded; unfold the one send_group_msg is in.
    const body = await expandSendGroupMsg(page);
    // The request body: its example (the default view), then its schema.
    await expect.poll(() => body.locator('.body-param__example, .highlight-code').first().textContent()).toContain('group_id');
    await body.locator('.opblock-section-request-body [data-name="model"], .opblock-section-request-body button:has-text("Schema")').first().click();
    await expect
      .poll(() => body.locator('.opblock-section-request-body .model-box').first().textContent())
      .toMatch(/SendGroupMsgParams[\s\S]*group_id[\s\S]*message/);
    // The named examples of request and response.
    expect(await body.locator('.opblock-section-request-body .examples-select, .opblock-section-request-body select').count()).toBeGreaterThan(0);
    await expect.poll(() => body.locator('.responses-wrapper').textContent()).toContain('message_id');

    await page.screenshot({ path: join(ARTIFACTS, 'swagger-ui.png'), fullPage: false });
    expect(seen.errors).toEqual([]);
    expect(seen.outside).toEqual([]);
    await page.close();
  }, 120_000);

  it("names the message's segment types and shows the result's fields", async () => {
    const { page, seen } = await open();
    const body = await expandSendGroupMsg(page);

    await body.locator('.opblock-section-request-body button:has-text("Schema")').first().click();
    const request = body.locator('.opblock-section-request-body .model-box').first();
    await request.waitFor();
    // message → Message (a string or a list) → SendSegment → each segment type, by its title.
    await unfold(request, 3);
    const text = (await request.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/message\*? Message/);
    for (const name of ['SendSegment', 'TextSegment', 'AtSegment', 'ImageSendSegment', 'ReplySegment', 'NodeSendSegment']) expect(text).toContain(name);
    // No union member left as a bare type name.
    expect(text).not.toMatch(/\bobject \| object\b/);

    // The 200 response: the envelope, whose data is the action's result, with its fields.
    const responses = body.locator('.responses-wrapper');
    await responses.locator('.response[data-code="200"] button:has-text("Schema")').first().click();
    const response = responses.locator('.response[data-code="200"] .model-box').first();
    await response.waitFor();
    await expect.poll(async () => (await response.innerText()).replace(/\s+/g, ' ')).toMatch(/data\*? SendGroupMsgResult/);
    await unfold(response, 2);
    await expect.poll(() => response.innerText()).toMatch(/SendGroupMsgResult[\s\S]*message_id/);

    await page.screenshot({ path: join(ARTIFACTS, 'swagger-ui-schemas.png'), fullPage: false });
    expect(seen.errors).toEqual([]);
    expect(seen.outside).toEqual([]);
    await page.close();
  }, 120_000);

  it('"Try it out" sends send_group_msg to a running mock, chosen as the server in the page', async () => {
    const mock = await MockServer.start();
    try {
      const mockOrigin = new URL(mock.httpUrl).origin;
      const { page, seen } = await open((url) => url.protocol === 'file:' || url.origin === mockOrigin);
      // The server list: the mock's default port first, then any host and port, filled in here.
      const servers = page.locator('.servers select');
      expect(await servers.locator('option').evaluateAll((els) => els.map((el) => el.getAttribute('value')))).toEqual(
        expect.arrayContaining(['http://127.0.0.1:5700', 'http://{host}:{port}']),
      );
      await servers.selectOption('http://{host}:{port}');
      const variable = (name: string) => page.locator('.servers tr', { has: page.locator(`td:text-is("${name}")`) }).locator('input');
      await variable('host').fill('127.0.0.1');
      await variable('port').fill(String(mock.port));
      await expect.poll(() => page.locator('.servers .computed-url').textContent()).toContain(mock.httpUrl);

      const body = await expandSendGroupMsg(page);
      await body.locator('button.try-out__btn').click();
      await body.locator('button.execute').click();
      const live = body.locator('.live-responses-table');
      await live.waitFor({ timeout: HANG });
      // The request as the page shows it, then the mock's answer.
      await expect.poll(() => body.locator('.request-url').textContent()).toContain(`${mock.httpUrl}/send_group_msg`);
      const answer = live.locator('tbody .response-col_description .highlight-code').first();
      await expect.poll(() => answer.textContent(), { timeout: HANG }).toMatch(/"status":\s*"ok"/);
      await expect.poll(() => answer.textContent()).toMatch(/"message_id":\s*\d+/);
      expect(await live.locator('tbody .response-col_status').first().textContent()).toBe('200');

      const call = await mock.waitForCall('send_group_msg');
      expect(call.transport).toBe('http');
      expect(call.errors).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'swagger-ui-try-it-out.png'), fullPage: false });
      expect(seen.errors).toEqual([]);
      expect(seen.outside).toEqual([]);
      await page.close();
    } finally {
      await mock.close();
    }
  }, 120_000);

  it('opens every tag at once and still answers a click on an operation', async () => {
    const { page, seen } = await open();
    // Past 150 rows (tags and operations) Swagger UI renders only the rows near the viewport, so a
    // row is clicked as a reader would: scrolled to first.
    const reveal = async (selector: string) => {
      const found = await page.evaluate(`(async () => {
        for (let y = 0; y <= document.documentElement.scrollHeight; y += 400) {
          window.scrollTo(0, y);
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const row = document.querySelector(${JSON.stringify(selector)});
          if (row) { row.scrollIntoView({ block: 'center' }); return true; }
        }
        return false;
      })()`);
      expect(found, selector).toBe(true);
      return page.locator(selector).first();
    };

    const tags = doc.tags.map((t) => t.name);
    const started = Date.now();
    for (const tag of tags) {
      await (await reveal(`.opblock-tag[data-tag="${tag}"]`)).click({ timeout: HANG });
      await page.waitForFunction((name) => (globalThis as unknown as SwaggerWindow).ui.layoutSelectors.isShown(['operations-tag', name]), tag, {
        timeout: HANG,
      });
    }
    const opened = Date.now() - started;
    expect(
      await page.evaluate(
        (names) => names.filter((name) => !(globalThis as unknown as SwaggerWindow).ui.layoutSelectors.isShown(['operations-tag', name])),
        tags,
      ),
    ).toEqual([]);

    // An operation of the first tag, one of the middle and one of the last, each expanded by a click.
    const times: string[] = [];
    for (const tag of [tags[0]!, tags[Math.floor(tags.length / 2)]!, tags.at(-1)!]) {
      // A plain name (`.handle_quick_operation` and the like would need escaping in the selector).
      const name = Object.entries(doc.paths)
        .find(([path, item]) => item.post.tags[0] === tag && /^\/[a-z][a-z_]*$/.test(path))![0]
        .slice(1);
      const operation = await reveal(`.opblock[id$="-${name}"]`);
      const clicked = Date.now();
      await operation.locator('.opblock-summary').first().click({ timeout: HANG });
      await page.locator(`.opblock[id$="-${name}"] .opblock-body`).waitFor({ timeout: HANG });
      times.push(`${name} ${Date.now() - clicked} ms`);
    }
    console.log(`Swagger UI: ${tags.length} tags opened one after another in ${opened} ms; then expanded ${times.join(', ')}`);
    await page.screenshot({ path: join(ARTIFACTS, 'swagger-ui-all-tags.png'), fullPage: false });
    expect(seen.errors).toEqual([]);
    await page.close();
  }, 300_000);
});

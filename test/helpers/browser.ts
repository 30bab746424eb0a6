/**
 * Debian's chromium, driven by playwright-core (which never downloads a browser of its own).
 * .ci/run installs the package where it is missing.
 */
import { existsSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fromRoot } from './paths.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = fromRoot('test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    // No update checks, field trials or other traffic of the browser's own; --no-sandbox because
    // CI runs as root, where chromium's sandbox refuses to start.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-default-apps', '--disable-sync', '--no-first-run', '--no-sandbox'],
  });
}

/** Collects console errors, page errors and requests to hosts other than `allowed` for a page. */
export function watch(page: Page, allowed: (url: URL) => boolean) {
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !allowed(url)) outside.push(r.url());
  });
  return { errors, outside };
}

// Helpers of the browser tests: pages that collect errors, the app opened, dist/ served.
import { after, before } from 'node:test';
import { firstVisit, launchBrowser as launchChromium, waitForApp } from '../../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

export const ARTIFACTS = resolve(import.meta.dirname, '../../../test-results');
export { firstVisit, waitForApp };

/** Chromium, with the folder for the screenshots the tests leave. */
export async function launchBrowser() {
  await mkdir(ARTIFACTS, { recursive: true });
  return launchChromium();
}

/**
 * A new page that fails the test on any console error or page error.
 * `errors` collects them; check it with `assert.deepEqual(errors, [])`.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'fr-CA', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { context, page, errors };
}

/**
 * A new page (as `newPage`) on `url`, once the app has rendered a view. `setup`, if
 * given, runs in the page before any of its scripts (to stand in for a browser API).
 */
export async function openApp(browser, url, { setup, ...options } = {}) {
  const session = await newPage(browser, options);
  if (setup) await session.page.addInitScript(setup);
  await session.page.goto(url);
  await waitForApp(session.page);
  return session;
}

/**
 * Wait (2 s at most) until `predicate` holds in the page, for what happens a frame
 * after an action, such as focus moving. Never throws: the assertion after it does,
 * with its own message.
 */
export async function settle(page, predicate) {
  await page.waitForFunction(predicate, null, { timeout: 2000 }).catch(() => {});
}

/**
 * For a test file: serve dist/ and launch Chromium before its tests, and stop both
 * after. Returns `{ server, browser }`, filled in once the tests start.
 */
export function serverAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await serveStatic();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

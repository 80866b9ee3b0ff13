// Helpers of the browser tests: pages that collect errors, the app opened, dist/ served.
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
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

/** The pages opened since the last check, with their errors (`checkPageErrors`). */
const opened = [];

/**
 * A new page whose console errors and page errors (a panic in the wasm shows only
 * there) fail the test: `checkPageErrors` runs after each test (`serverAndBrowser`
 * and `failOnPageErrors` register it). `expectErrors` names the errors this test
 * expects (substrings or regular expressions); `errors` collects all of them, for a
 * test to assert on what it expects.
 */
export async function newPage(browser, { expectErrors = [], ...options } = {}) {
  const context = await browser.newContext({ locale: 'fr-CA', ...options });
  const page = await context.newPage();
  const errors = [];
  const collect = (p) => {
    p.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    p.on('pageerror', (err) => errors.push(String(err)));
  };
  collect(page);
  // Other pages of the same context (a second tab) are watched too.
  context.on('page', (other) => other !== page && collect(other));
  opened.push({ errors, expectErrors });
  return { context, page, errors };
}

const expected = (error, patterns) =>
  patterns.some((p) => (typeof p === 'string' ? error.includes(p) : p.test(error)));

/** Fails on any error of the pages opened since the last check that was not expected. */
export function checkPageErrors() {
  const unexpected = opened.flatMap(({ errors, expectErrors }) => errors.filter((e) => !expected(e, expectErrors)));
  opened.length = 0;
  assert.deepEqual(unexpected, [], 'page or console errors no test expects');
}

/** For a test file that launches its own browser: check every test's pages for errors. */
export function failOnPageErrors() {
  afterEach(checkPageErrors);
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
  failOnPageErrors();
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

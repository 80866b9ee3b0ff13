// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serveStatic } from './server.mjs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = resolve(import.meta.dirname, '../../../test-results');

export async function launchBrowser() {
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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

/** Wait until the app (not the static copy of the plan) has rendered a view. */
export async function waitForApp(page) {
  await page.waitForSelector('nav.view-tabs ~ main#contenu h1', { timeout: 15000 });
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

/** First visit: wait until the service worker has precached everything and controls the page. */
export async function firstVisit(page, url) {
  await page.goto(url);
  await waitForApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
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

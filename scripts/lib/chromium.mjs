// Debian's Chromium driven by playwright-core (never a downloaded browser), for the
// browser tests and the benchmark.
import { chromium } from 'playwright-core';

const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser() {
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

/** Wait until the app (not the static copy of the plan) has rendered a view. */
export async function waitForApp(page) {
  await page.waitForSelector('nav.view-tabs ~ main#contenu h1', { timeout: 15000 });
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

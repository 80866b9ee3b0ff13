// Memory that stays flat through a day of use: after a warm-up, hundreds of ordinary
// actions in one page (filters, search, an item and Back, every tab, a note, the
// language; at the kiosk, visitors through the attract screen, the warning and the
// reset) leave the wasm's memory, the DOM and the JS event listeners where they were,
// within a small allowance. In Chromium (Playwright) and Firefox ESR (WebDriver), with
// the same in-page actions (scripts/lib/soak.mjs).
import { test, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, newPage, waitForApp } from './support/browser.mjs';
import getScriptManager from 'selenium-webdriver/bidi/scriptManager.js';
import { startFirefox, waitFor } from './support/firefox.mjs';
import { ALLOWANCE, CITIZEN_ROUNDS, KIOSK_VISITORS, inPageActions, inPageMemory } from '../../scripts/lib/soak.mjs';

const env = serverAndBrowser();

function assertFlat(before, after, what) {
  const growth = after.wasm - before.wasm;
  assert.ok(growth <= ALLOWANCE, `${what}: the wasm's memory grew by ${growth} bytes (${before.wasm} → ${after.wasm})`);
  assert.ok(after.nodes <= before.nodes + 50, `${what}: DOM nodes ${before.nodes} → ${after.nodes}`);
  if (before.listeners !== undefined) {
    assert.ok(after.listeners <= before.listeners + 20, `${what}: JS event listeners ${before.listeners} → ${after.listeners}`);
  }
}

/** A soak in one page: a warm-up of each round, then every round, checked after each. */
async function soak({ run, measure, rounds, warmUp }) {
  for (const [kind, times] of rounds) await run(kind, Math.min(times, warmUp));
  const before = await measure();
  let actions = 0;
  for (const [kind, times, perTime = 1] of rounds) {
    await run(kind, times);
    actions += times * perTime;
    assertFlat(before, await measure(), `after ${actions} actions (the last: ${times} × ${kind})`);
  }
  assert.ok(actions >= 600, `${actions} actions`);
}

/** Three checks of the kiosk, each after a third of the visitors; 6 actions each. */
const KIOSK_ROUNDS = [1, 2, 3].map(() => ['visitor', KIOSK_VISITORS / 3, 6]);

// Chromium: the wasm's memory, and Chromium's own counts of DOM nodes (detached ones
// too) and JS event listeners after a garbage collection.
async function chromiumMeasure(page) {
  const { wasm } = await page.evaluate(inPageMemory);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { wasm, nodes, listeners: jsEventListeners };
}

test('Chromium, the citizens\u2019 app: memory, DOM and listeners stay flat over 612 actions', async () => {
  const { page, context } = await newPage(env.browser);
  await page.goto(env.server.url);
  await waitForApp(page);
  await soak({
    run: (kind, times) => page.evaluate(inPageActions, { kind, times }),
    measure: () => chromiumMeasure(page),
    rounds: CITIZEN_ROUNDS,
    warmUp: 6,
  });
  await context.close();
});

test(`Chromium, the kiosk: memory, DOM and listeners stay flat over ${KIOSK_VISITORS} visitors`, async () => {
  const { page, context } = await newPage(env.browser, { viewport: { width: 1080, height: 1920 }, hasTouch: true });
  await page.goto(`${env.server.url}kiosque/?delai=2`);
  await page.waitForSelector('.attract');
  await soak({
    run: (kind, times) => page.evaluate(inPageActions, { kind, times }),
    measure: () => chromiumMeasure(page),
    rounds: KIOSK_ROUNDS,
    warmUp: 2,
  });
  await context.close();
});

// Firefox: the wasm's memory and the elements in the document (Firefox has no count
// of event listeners or detached nodes a page can read).
let firefox;
after(() => firefox?.quit());
afterEach(() => {
  if (firefox) assert.deepEqual(firefox.pageErrors.splice(0), [], 'page or console errors in Firefox');
});

/**
 * Runs an in-page function in the page's own realm through WebDriver BiDi (a classic
 * WebDriver script runs in a sandbox of its own: another `Date`, another module map).
 */
async function inFirefox(fn, arg) {
  const page = await firefox.getWindowHandle();
  const script = await getScriptManager(page, firefox);
  const result = await script.evaluateFunctionInBrowsingContext(
    page,
    `(${fn})(${JSON.stringify(arg)}).then((value) => JSON.stringify({ value }), (error) => JSON.stringify({ error: String(error) }))`,
    true,
  );
  await script.close();
  if (result.resultType !== 'success') throw new Error(JSON.stringify(result.exceptionDetails));
  const { value, error } = JSON.parse(result.result.value);
  if (error) throw new Error(error);
  return value;
}

/**
 * A soak in a Firefox of its own (a fresh profile, as a kiosk has: the citizens' app's
 * service worker, registered at the site's root, would otherwise control the kiosk's
 * page, and its own arriving would be an update, applied by a reload at a reset).
 */
async function firefoxSoak(address, shown, rounds, warmUp) {
  await firefox?.quit();
  firefox = await startFirefox({
    binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    driver: process.env.GECKODRIVER ?? 'geckodriver',
  });
  await firefox.get(address);
  await waitFor(firefox, `return document.querySelector('${shown}') !== null`);
  await soak({
    run: (kind, times) => inFirefox(inPageActions, { kind, times }),
    measure: async () => {
      const { wasm, elements } = await inFirefox(inPageMemory);
      return { wasm, nodes: elements };
    },
    rounds,
    warmUp,
  });
}

test('Firefox, the citizens\u2019 app: memory and DOM stay flat over 612 actions', async () => {
  await firefoxSoak(env.server.url, '#filtre-axe-2', CITIZEN_ROUNDS, 6);
});

test(`Firefox, the kiosk: memory and DOM stay flat over ${KIOSK_VISITORS} visitors`, async () => {
  await firefoxSoak(`${env.server.url}kiosque/?delai=2`, '.attract', KIOSK_ROUNDS, 2);
});

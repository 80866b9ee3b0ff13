// Measures the built dist/ in headless Chromium next to a static reference page with
// the same content (index.html's static copy of the plan, without the app), and
// prints medians, also as a slow phone sees them. Called by scripts/bench.sh after a
// release build.
import { cp, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { DIST, serveStatic } from './lib/static-server.mjs';
import { firstVisit, launchBrowser } from './lib/chromium.mjs';
import { firstVisitBudget, sizes, sum } from './lib/sizes.mjs';
import { CITIZEN_ROUNDS, inPageActions, inPageMemory } from './lib/soak.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const RUNS = option('--runs', 15);
// Paint times in headless Chromium come in whole frames and spread from about 80 to
// 180 ms for either page, so the paint ratio needs more visits than the rest: these
// only load the page and read its paint entries.
const PAINT_RUNS = option('--paint-runs', 60);
// Every answer of both servers held back this long (a round trip on a slow link):
// Chromium's network emulation adds no latency per request on 127.0.0.1.
const DELAY = option('--delay', 0);
// The slow phone: pairs of cold visits (static page, app), alternating.
const PHONE_PAIRS = option('--phone-pairs', 7);
const kb = (n) => (n / 1024).toFixed(1);
/** The value at fraction `q` of the sorted values (the lower one between two). */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(q * (s.length - 1))] : NaN;
};
const median = (xs) => quantile(xs, 0.5);

// ---- sizes ----
const sizeLine = (label, list, note = '') =>
  console.log(`${label.padEnd(40)} ${kb(sum(list, 'raw')).padStart(8)} ${kb(sum(list, 'gzip')).padStart(8)} ${kb(sum(list, 'brotli')).padStart(8)}${note}`);
// The citizens' files; the kiosk's build (kiosque/) is reported on its own line.
const rows = await sizes(DIST);
const files = rows.map((r) => r.name);
const pageFiles = (n) => /\.(html|css|js|wasm|webmanifest|svg)$/.test(n) && n !== 'sw.js';
console.log('Sizes of dist/ (KiB)');
console.log(`${'file'.padEnd(40)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
for (const r of rows) sizeLine(r.name, [r]);
sizeLine('page load (html, css, js, wasm, manifest, svg)', rows.filter((r) => pageFiles(r.name)));
sizeLine('first visit, all files (each once)', rows);
console.log((await firstVisitBudget(DIST)).line);
sizeLine('kiosk (kiosque/), all files', await sizes(join(DIST, 'kiosque')));
const wasm = rows.find((r) => r.name.endsWith('.wasm'));
console.log(`wasm after wasm-opt: ${kb(wasm.raw)} KiB raw, ${kb(wasm.brotli)} KiB brotli`);

// ---- the static reference page: the same content, no app ----
const refDir = await mkdtemp(join(tmpdir(), 'plan-levis-ref-'));
const html = await readFile(join(DIST, 'index.html'), 'utf8');
// index.html is minified (attributes unquoted, in any order).
const reference = html
  .replace(/<script[^>]*boot\.js[^>]*><\/script>/, '')
  .replace(/<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/g, '')
  .replace(/<link[^>]*rel="?manifest"?[^>]*>/, '');
if (/boot\.js|rel="?manifest/.test(reference)) throw new Error('reference page: the app is still linked');
await writeFile(join(refDir, 'index.html'), reference);
for (const name of files.filter((n) => n.endsWith('.css') || n.endsWith('.svg'))) await cp(join(DIST, name), join(refDir, name));

const app = await serveStatic({ delayMs: DELAY });
const ref = await serveStatic({ root: refDir, delayMs: DELAY });
if (DELAY) console.log(`\nEvery answer of both servers is delayed by ${DELAY} ms (--delay).`);
const browser = await launchBrowser();

const RECORDER = () => {
  window.__bench = {};
  new MutationObserver(() => {
    if (!window.__bench.interactive && document.querySelector('#filtre-axe-2')) {
      window.__bench.interactive = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

/** A cold visit: a fresh context, the recorder installed, the page loaded. */
async function open(url) {
  const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(RECORDER);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page };
}

async function visit(url, isApp) {
  const { context, page } = await open(url);
  if (isApp) await page.waitForSelector('#filtre-axe-2');
  await page.waitForTimeout(300);
  const m = await page.evaluate(async (isApp) => {
    const nav = performance.getEntriesByType('navigation')[0];
    // The glue's init, called again, gives the running instance's exports.
    const wasm = isApp ? await (await import(document.querySelector('script[data-js]').dataset.js)).default() : undefined;
    return {
      load: nav.loadEventEnd,
      interactive: window.__bench.interactive,
      heap: performance.memory?.usedJSHeapSize,
      wasm: wasm?.memory.buffer.byteLength,
    };
  }, isApp);
  if (isApp) {
    // From a filter click, or a keystroke: until the DOM is updated (the app's own
    // work, microtasks included), and until the next frame is drawn (adds the wait
    // for the display's next frame, up to 16.7 ms).
    const timeUpdates = (actions) =>
      page.evaluate(async (actions) => {
        const settle = () => new Promise((r) => setTimeout(r, 0));
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
        const work = [];
        const painted = [];
        for (const [kind, arg] of actions) {
          await frame();
          const act = () => {
            if (kind === 'click') document.getElementById(arg).click();
            else {
              const box = document.getElementById('recherche');
              box.value = arg;
              box.dispatchEvent(new Event('input', { bubbles: true }));
            }
          };
          const t0 = performance.now();
          act();
          await settle();
          work.push(performance.now() - t0);
          await frame();
          painted.push(performance.now() - t0);
        }
        return [mid(work), mid(painted)];
      }, actions);
    const clicks = ['filtre-axe-2', 'filtre-axe-2', 'filtre-partenaire-sdsc', 'filtre-partenaire-sdsc', 'filtre-type-priorite', 'filtre-type-priorite'];
    [m.filter, m.filterFrame] = await timeUpdates(clicks.map((id) => ['click', id])).catch(() => [NaN, NaN]);
    const typed = [...'logement aines'].map((_, i, all) => ['type', all.slice(0, i + 1).join('')]);
    [m.keystroke, m.keystrokeFrame] = await timeUpdates(typed).catch(() => [NaN, NaN]);
  }
  await context.close();
  return m;
}

// ---- a first visit as the server sees it ----
// Every file the server sends whole while the page loads and the service worker
// precaches (a file sent twice counts twice), at the brotli size a host would send.
{
  const wire = await serveStatic();
  const context = await browser.newContext({ locale: 'fr-CA' });
  await firstVisit(await context.newPage(), wire.url);
  await context.close();
  await wire.close();
  const names = wire.sent.map((path) => (path === '/' ? 'index.html' : path.slice(1)));
  const sent = names.map((name) => rows.find((r) => r.name === name));
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  console.log(
    `first visit over the wire (page + precache): ${kb(sum(sent, 'brotli'))} KiB brotli in ${sent.length} responses` +
      ` (sent again by the precache: ${twice.join(' ') || 'nothing'})`,
  );
}

// ---- first paint: many short visits, in pairs, each pair's order swapped ----
async function paintVisit(url) {
  const { context, page } = await open(url);
  const m = await page.evaluate(async () => {
    for (let i = 0; i < 100 && !performance.getEntriesByName('first-contentful-paint')[0]; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, lcp: window.__bench.lcp };
  });
  await context.close();
  return m;
}
const paintPairs = [];
for (let i = 0; i < PAINT_RUNS; i++) {
  const pair = {};
  for (const which of i % 2 ? ['app', 'ref'] : ['ref', 'app']) pair[which] = await paintVisit(which === 'app' ? app.url : ref.url);
  paintPairs.push(pair);
}

const appRuns = [];
const refRuns = [];
for (let i = 0; i < RUNS; i++) {
  // Side by side, alternating, each in a fresh context (cold cache).
  refRuns.push(await visit(ref.url, false));
  appRuns.push(await visit(app.url, true));
}
const med = (runs, key) => median(runs.map((r) => r[key]).filter((x) => typeof x === 'number' && !Number.isNaN(x)));
const refLoad = med(refRuns, 'load');
const line = (label, value, unit, ratio, target = '') =>
  console.log(`${label.padEnd(46)} ${(Number.isFinite(value) ? value.toFixed(1) : 'n/a').padStart(9)} ${unit.padEnd(4)} ${ratio.padStart(8)}  ${target}`);
console.log('\nTimings in headless Chromium, medians of cold visits, each in a fresh context');
console.log(`${'figure'.padEnd(46)} ${'value'.padStart(9)}      ${'ratio'.padStart(8)}`);
{
  const of = (which, key) => paintPairs.map((p) => p[which][key]).filter((x) => typeof x === 'number');
  const spread = (xs) => [0.25, 0.75].map((q) => quantile(xs, q).toFixed(0)).join('-');
  const diffs = paintPairs.filter((p) => p.app.fcp && p.ref.fcp).map((p) => p.app.fcp - p.ref.fcp);
  console.log(`(paint: ${PAINT_RUNS} pairs of short visits, the order swapped every pair; quartiles in brackets)`);
  for (const [key, name] of [['fcp', 'first contentful paint'], ['lcp', 'largest contentful paint']]) {
    const [a, r] = [of('app', key), of('ref', key)];
    line(`reference page: ${name}`, median(r), 'ms', '1.00', `[${spread(r)}]`);
    line(`app: ${name}${key === 'fcp' ? ' (plan visible)' : ''}`, median(a), 'ms', (median(a) / median(r)).toFixed(2), `[${spread(a)}]${key === 'fcp' ? '  target: <= 1.2 x reference' : ''}`);
  }
  line('app minus reference, same pair (fcp)', median(diffs), 'ms', '', `[${spread(diffs)}]`);
}
console.log(`(the rest: ${RUNS} visits each, alternating)`);
line('reference page: load event', refLoad, 'ms', '1.00');
line('app: filters respond (app started)', med(appRuns, 'interactive'), 'ms', (med(appRuns, 'interactive') / refLoad).toFixed(2), 'ratio to the reference load');
line('app: filter click, DOM updated (real plan)', med(appRuns, 'filter'), 'ms', '', 'target: <= 16 ms');
line('app: filter click, next frame drawn', med(appRuns, 'filterFrame'), 'ms', '');
line('app: search keystroke, DOM updated (real plan)', med(appRuns, 'keystroke'), 'ms', '', 'target: <= 16 ms');
line('app: search keystroke, next frame drawn', med(appRuns, 'keystrokeFrame'), 'ms', '');
line('app: JS heap after load', med(appRuns, 'heap') / 1024, 'KiB', '');
line('app: wasm memory after load', med(appRuns, 'wasm') / 1024, 'KiB', '');

// ---- importing the largest notes files a person could pick ----
// Each just under the 2 MiB import limit: one item id given 44,000 times (refused),
// and 40,000 different ids, in descending and ascending order. From picking the file
// to the message on « Mes notes » (target: under a second).
const notesFile = (n, entry) => JSON.stringify({
  format: 'plan-levis-notes', version: 1, plan_id: 'p', exported_at: 't',
  notes: Array.from({ length: n }, (_, i) => {
    const [item_id, text] = entry(i);
    return { item_id, text, updated_ms: 1 };
  }),
});
const id = (i) => `i${String(i).padStart(5, '0')}`;
const shapes = [
  ['import: one id 44,000 times (refused)', notesFile(44000, (i) => ['x', `t${i}`])],
  ['import: 40,000 ids, descending', notesFile(40000, (i) => [id(40000 - i), `t${i}`])],
  ['import: 40,000 ids, ascending', notesFile(40000, (i) => [id(i), `t${i}`])],
];
console.log('\nImport of the largest notes files (median of 3, each in a fresh context)');
for (const [label, body] of shapes) {
  const times = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ locale: 'fr-CA' });
    const page = await context.newPage();
    await page.goto(`${app.url}?vue=notes`);
    await page.waitForSelector('#import-notes');
    const started = Date.now();
    await page.setInputFiles('#import-notes', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await page.waitForFunction(() => /Import/.test(document.querySelector('.action-message')?.textContent ?? ''), null, { timeout: 120000 });
    times.push(Date.now() - started);
    await context.close();
  }
  line(`${label} (${kb(body.length)} KiB)`, median(times), 'ms', '', 'target: < 1000 ms');
}

// ---- memory through a day of use ----
// The soak test's in-page actions (scripts/lib/soak.mjs), a thousand after a warm-up, in
// one page: how much the wasm's memory grew, per thousand actions. Flat is 0 (the
// memory grows by 64 KiB pages, and never shrinks).
{
  const memoryPerThousand = async (url, shown, rounds, perTime, viewport) => {
    const context = await browser.newContext({ locale: 'fr-CA', viewport, hasTouch: perTime > 1 });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(shown);
    for (const [kind] of rounds) await page.evaluate(inPageActions, { kind, times: 6 });
    const before = (await page.evaluate(inPageMemory)).wasm;
    let actions = 0;
    for (const [kind, times] of rounds) {
      await page.evaluate(inPageActions, { kind, times });
      actions += times * perTime;
    }
    const after = (await page.evaluate(inPageMemory)).wasm;
    await context.close();
    return { actions, before, perThousand: ((after - before) * 1000) / actions };
  };
  // The citizens' rounds scaled to a thousand actions; the kiosk's visitors, 6 actions each.
  const scale = 1000 / CITIZEN_ROUNDS.reduce((n, [, times]) => n + times, 0);
  const citizen = await memoryPerThousand(app.url, '#filtre-axe-2', CITIZEN_ROUNDS.map(([k, t]) => [k, Math.round(t * scale)]), 1);
  const kiosk = await memoryPerThousand(`${app.url}kiosque/?delai=2`, '.attract', [['visitor', 167]], 6, { width: 1080, height: 1920 });
  console.log('\nMemory after a warm-up, per thousand ordinary actions in one page (filters, search, items, tabs, notes, language; at the kiosk, visitors: attract screen, filter, item, Continuer, reset)');
  for (const [label, m] of [['citizens\' app: wasm growth', citizen], ['kiosk (visitors and resets): wasm growth', kiosk]]) {
    line(`${label}`, m.perThousand / 1024, 'KiB', '', `(${m.actions} actions from ${kb(m.before)} KiB; the soak test allows 512 KiB in all)`);
  }
}

// ---- a slow phone: when the filters work, next to the static page's load ----
// Chromium's network emulation (1.6 Mbps down, 0.75 up, 150 ms round trip) and its CPU
// slowed 4x, files sent with brotli, service workers blocked (every visit cold). On
// 127.0.0.1 the round trip does not show as time to first byte in resource timing,
// but it is there (the static page's load goes from ~150 ms to ~450 ms with it).
{
  const appBr = await serveStatic({ brotli: true });
  const refBr = await serveStatic({ root: refDir, brotli: true });
  const phoneVisit = async (url, isApp) => {
    const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (0.75e6 / 8),
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(RECORDER);
    await page.goto(url, { waitUntil: 'load' });
    // Filters ready: the static copy replaced, and a filter box there.
    if (isApp) await page.waitForFunction(() => window.__bench.interactive && !document.getElementById('plan-statique'), null, { timeout: 60000 });
    const m = await page.evaluate(() => {
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      return {
        load: performance.getEntriesByType('navigation')[0].loadEventEnd,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        asked: wasm?.startTime,
        received: wasm?.responseEnd,
        ready: window.__bench.interactive,
      };
    });
    await context.close();
    return m;
  };
  const phone = { ref: [], app: [] };
  for (let i = 0; i < PHONE_PAIRS; i++) {
    for (const which of i % 2 ? ['app', 'ref'] : ['ref', 'app']) {
      phone[which].push(await phoneVisit(which === 'app' ? appBr.url : refBr.url, which === 'app'));
    }
  }
  await appBr.close();
  await refBr.close();
  const of = (which, key) => median(phone[which].map((r) => r[key]).filter((x) => typeof x === 'number'));
  const refPhoneLoad = of('ref', 'load');
  console.log(`\nA slow phone (1.6 Mbps, 150 ms round trip, CPU 4x slower, brotli, no service worker): ${PHONE_PAIRS} pairs, medians`);
  line('reference page: load event', refPhoneLoad, 'ms', '1.00');
  line('reference page: first contentful paint', of('ref', 'fcp'), 'ms', (of('ref', 'fcp') / refPhoneLoad).toFixed(2));
  line('app: first contentful paint', of('app', 'fcp'), 'ms', (of('app', 'fcp') / refPhoneLoad).toFixed(2), 'target: <= 1.1 x reference load');
  line('app: wasm asked for', of('app', 'asked'), 'ms', (of('app', 'asked') / refPhoneLoad).toFixed(2));
  line('app: wasm received', of('app', 'received'), 'ms', (of('app', 'received') / refPhoneLoad).toFixed(2));
  line('app: filters ready', of('app', 'ready'), 'ms', (of('app', 'ready') / refPhoneLoad).toFixed(2), 'target: <= 2.0 x reference load');
}

await browser.close();
await app.close();

// ---- Lighthouse, mobile preset ----
const lighthouse = join(process.cwd(), 'node_modules/.bin/lighthouse');
if (!args.includes('--no-lighthouse') && existsSync(lighthouse)) {
  const lh = await serveStatic();
  try {
    // Asynchronous: the server answering Lighthouse runs in this same process.
    const { stdout: out } = await promisify(execFile)(
      lighthouse,
      [
        lh.url,
        '--quiet',
        '--output=json',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(out);
    console.log('\nLighthouse (mobile preset)   targets: performance >= 95, others 100');
    for (const [key, cat] of Object.entries(report.categories)) {
      console.log(`${cat.title.padEnd(20)} ${Math.round(cat.score * 100)}`);
    }
  } catch (err) {
    console.log(`\nLighthouse failed: ${String(err.message).split('\n')[0]}`);
  }
  await lh.close();
}
await ref.close();

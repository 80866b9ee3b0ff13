// Offline after the first visit, updates without mixing versions, strict CSP,
// installable manifest: real Chromium, real server stopped for real.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, serveStatic } from '../../scripts/lib/static-server.mjs';
import { failOnPageErrors, firstVisit, launchBrowser, newPage, waitForApp } from './support/browser.mjs';
import { CONTENT_HASHED, precacheList } from '../../postbuild/service-worker.mjs';
import { cachedUrls, withVersion2 } from './support/versions.mjs';

let browser;
failOnPageErrors();
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const basePath of ['/', '/plan/']) {
  test(`after one visit the app works with the server stopped (served from ${basePath})`, () =>
    // The browser's own check for a newer sw.js fails with the server stopped.
    withServerAndPage({ expectErrors: ['ERR_CONNECTION_REFUSED'] }, async (page, server, errors) => {
      const origins = new Set();
      page.on('request', (r) => origins.add(new URL(r.url()).origin));
      await firstVisit(page, server.url);
      await server.close();
      const served = server.requests.length;
      const failed = [];
      page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));

      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator('.explore-results article.commitment').count(), 13);

      await page.goto(server.url + '?axe=2&partenaire=sdsc');
      await waitForApp(page);
      assert.deepEqual(
        await page.$$eval('.explore-results article.commitment', (els) => els.map((e) => e.id)),
        ['programme-cour-municipale-adaptee', 'programme-fbcs'],
      );
      await page.goto(server.url + '?q=aines&element=programme-mada');
      await waitForApp(page);
      assert.equal((await page.textContent('h1')).trim(), 'Plan d\'action Municipalité amie des aînés (MADA)');
      // Notes work offline too.
      await page.fill('#note-texte', 'écrite hors ligne');
      await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('enregistrée'));
      await page.goto(server.url + '?vue=matrice');
      await page.waitForSelector('table.matrix');
      assert.deepEqual([...origins], [new URL(server.url).origin], 'nothing from another origin');
      assert.equal(server.requests.length, served, 'the stopped server saw nothing more');
      // Only the browser's own check for a newer sw.js may fail while offline.
      assert.deepEqual(failed.filter((p) => !p.endsWith('/sw.js')), []);
      assert.equal(errors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED')).length, 0, errors.join('\n'));
      assert.ok(errors.length <= failed.length, 'every console error is a failed sw.js check');
  }, { basePath }));
}

test('the kiosk works offline after one visit, with a worker of its own that keeps only its files', () =>
  withServerAndPage({
    viewport: { width: 1080, height: 1920 },
    expectErrors: ['ERR_CONNECTION_REFUSED'],
  }, async (page, server, errors) => {
    await firstVisit(page, `${server.url}kiosque/?delai=60`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, `${server.url}kiosque/`);
    const cached = await cachedUrls(page);
    assert.ok(cached.some((u) => u.endsWith('_bg.wasm')), `the kiosk's wasm is cached: ${cached}`);
    assert.deepEqual(cached.filter((u) => !u.startsWith(scope)), [], 'only the kiosk\'s files');
    await server.close();
    await page.reload();
    await page.waitForSelector('.attract');
    await page.click('.attract-button');
    await page.click('details.filters > summary');
    await page.click('#filtre-axe-2');
    await page.waitForFunction(() => location.search.startsWith('?axe=2'));
    const axes = await page.$$eval('.explore-results article.commitment', (els) => els.map((e) => e.dataset.axis));
    assert.ok(axes.length > 0 && axes.every((a) => a === '2'), `axis 2 only: ${axes}`);
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED')), []);
  }));

/** The URL of every response in the page's caches (the service worker's precache). */

/**
 * `check` with a fresh server (`serveStatic(serverOptions)`) and page (`newPage`'s
 * options), both closed after it, also on failure: an open server would keep this test
 * file from ever ending.
 */
async function withServerAndPage(options, check, serverOptions = {}) {
  const server = await serveStatic(serverOptions);
  const { page, context, errors } = await newPage(browser, options);
  try {
    await check(page, server, errors, context);
  } finally {
    await context.close();
    await server.close();
  }
}

test('a first visit downloads the wasm, its JS glue and the CSS once: the precache reuses them', () =>
  withServerAndPage({}, checkDownloadedOnce));

async function checkDownloadedOnce(page, server, errors) {
  await firstVisit(page, server.url);
  const hashed = (await readdir(DIST)).filter((n) => CONTENT_HASHED.test(n));
  assert.equal(hashed.length, 3, `the hashed JS, wasm and CSS: ${hashed}`);
  for (const name of hashed) {
    assert.equal(server.sent.filter((p) => p === '/' + name).length, 1, `${name} sent once; sent: ${server.sent.join(' ')}`);
  }
  // …and they are in the precache all the same, so the app works offline.
  const cached = (await cachedUrls(page)).map((url) => new URL(url).pathname);
  for (const name of hashed) assert.ok(cached.includes('/' + name), `${name} precached: ${cached.join(' ')}`);
  assert.deepEqual(errors, []);
}

test('on a slow link the wasm is asked for from the head, before its JS glue has arrived', async () => {
  // Every answer held back 150 ms, like a round trip. The preload links in the head ask
  // for both (Trunk.toml; Chromium counts a modulepreload as a script); boot.js's own
  // requests take the preloaded responses, which the first-visit test checks are sent once.
  const server = await serveStatic({ delayMs: 150 });
  const { page, context, errors } = await newPage(browser);
  try {
    await page.goto(server.url);
    await waitForApp(page);
    const [glue, wasm] = await page.evaluate(() =>
      [/plan-levis-[0-9a-f]+\.js$/, /plan-levis-[0-9a-f]+_bg\.wasm$/].map((name) => {
        const e = performance.getEntriesByType('resource').find((r) => name.test(r.name));
        return { start: e.startTime, end: e.responseEnd, initiator: e.initiatorType };
      }),
    );
    assert.equal(wasm.initiator, 'link', 'the wasm is asked for by the preload link');
    assert.ok(wasm.start < glue.end, `wasm asked for at ${wasm.start} ms, glue arrived at ${glue.end} ms`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new version replaces the old one entirely after the reload prompt', () => {
  const v1Files = readdirSync(DIST).filter((n) => CONTENT_HASHED.test(n));
  assert.equal(v1Files.length, 3, `the hashed JS, wasm and CSS: ${v1Files}`);
  return withVersion2(browser, { serve: serveStatic }, ({ page, errors }) => checkUpdate(page, v1Files, errors));
});

async function checkUpdate(page, v1Files, errors) {
  await page.reload();
  await waitForApp(page);
  // The browser found the new service worker; the page offers the new version.
  await page.waitForSelector('[role="status"] > .update-prompt button', { timeout: 15000 });
  await Promise.all([page.waitForEvent('load'), page.click('.update-prompt button')]);
  await waitForApp(page);
  assert.equal(await page.getAttribute('meta[name="plan-levis-test-version"]', 'content'), '2');
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const stale = loaded.filter((url) => v1Files.some((f) => url.endsWith('/' + f)));
  assert.deepEqual(stale, [], 'no file of version 1 loaded');
  const cached = await cachedUrls(page);
  assert.ok(cached.some((u) => u.includes('v2_bg.wasm')), 'version 2 is cached');
  const staleCache = cached.filter((url) => v1Files.some((f) => new URL(url).pathname.endsWith('/' + f)));
  assert.deepEqual(staleCache, [], 'no stale file of version 1 left in the caches');
  assert.deepEqual(errors, []);
}

test('« Recharger » in the very tab of the first visit loads the new version', () =>
  // The worker took this tab over during its first visit; never reloaded since.
  withVersion2(browser, { serve: serveStatic }, async ({ page, errors }) => {
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await page.waitForSelector('[role="status"] > .update-prompt button', { timeout: 15000 });
    await Promise.all([page.waitForEvent('load'), page.click('.update-prompt button')]);
    await waitForApp(page);
    assert.equal(await page.getAttribute('meta[name="plan-levis-test-version"]', 'content'), '2');
    assert.deepEqual(errors, []);
  }));

const KIOSK_PAGE = { viewport: { width: 1080, height: 1920 }, hasTouch: true };

test('a kiosk left running finds a new version by itself and takes it between two visitors', () =>
  withVersion2(browser, { serve: serveStatic, path: 'kiosque/?delai=2', folder: 'kiosque', pageOptions: KIOSK_PAGE }, async ({ page, errors }) => {
    // Never reloaded by hand: a visitor explores while version 2 is on the server.
    await page.click('.attract-button');
    await page.tap('button.suggestion:has-text("immigration")');
    await page.tap('#programme-immigration .card-title a');
    await page.waitForSelector('.item-page');
    const version = () => page.getAttribute('meta[name="plan-levis-test-version"]', 'content').catch(() => null);
    assert.equal(await version(), null, 'version 1 while the visitor is there');
    // The visitor leaves: after the warning, the reset, and version 2 is looked for,
    // installed and taken while the attract screen shows.
    await page.waitForSelector('.idle-warning', { timeout: 10000 });
    await page.waitForFunction(() => document.querySelector('meta[name="plan-levis-test-version"]')?.content === '2', null, { timeout: 60000 });
    await page.waitForSelector('.attract');
    assert.equal(new URL(page.url()).search, '?delai=2', 'the kiosk\'s clean address');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(loaded.some((url) => url.includes('v2_bg.wasm')), 'version 2\'s wasm runs');
    // The next visitor starts at the start view of version 2, and nobody was asked.
    await page.click('.attract-button');
    await page.waitForSelector('nav.view-tabs ~ main#contenu h1');
    assert.equal(await page.locator('.item-page').count(), 0);
    assert.equal(await page.locator('.update-prompt').count(), 0, 'no « Recharger » at the kiosk');
    assert.deepEqual(errors, []);
  }));

test('the kiosk never offers « Recharger »: a version waiting at its start is taken before anyone comes', () =>
  withVersion2(browser, { serve: serveStatic, path: 'kiosque/?delai=60', folder: 'kiosque', pageOptions: KIOSK_PAGE }, async ({ page, errors }) => {
    // A visitor had left a view in the address; the kiosk is restarted on it.
    await page.evaluate(() => history.replaceState(history.state, '', '?q=immigration&element=programme-immigration&delai=60'));
    await page.reload();
    await page.waitForFunction(() => document.querySelector('meta[name="plan-levis-test-version"]')?.content === '2', null, { timeout: 30000 });
    await page.waitForSelector('.attract');
    assert.equal(new URL(page.url()).search, '?delai=60');
    await page.click('.attract-button');
    await page.waitForSelector('nav.view-tabs ~ main#contenu h1');
    assert.equal(await page.locator('.item-page').count(), 0, 'the start view, not the item left in the address');
    assert.equal(await page.locator('mark').count(), 0, 'no search word highlighted');
    assert.equal(await page.locator('.update-prompt').count(), 0);
    assert.deepEqual(errors, []);
  }));

test('a version that cannot download all its files is not installed: the one in use stays', () =>
  withVersion2(browser, {
    serve: serveStatic,
    pageOptions: { expectErrors: ['404'] },
    // Version 2 names a wasm the server does not have (a deploy cut short).
    prepare: async (v2dir) => rm(join(v2dir, (await readdir(v2dir)).find((n) => n.endsWith('_bg.wasm')))),
  }, async ({ page, errors, v2 }) => {
    await page.reload();
    await waitForApp(page);
    const outcome = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const worker = registration.installing;
      if (!worker) return 'no new worker found';
      // Until the new worker is dropped, or installed (10 s at most).
      await new Promise((ok) => {
        const ended = () => ['redundant', 'installed', 'activated'].includes(worker.state) && ok();
        worker.addEventListener('statechange', ended);
        ended();
        setTimeout(ok, 10000);
      });
      return { waiting: Boolean(registration.waiting), active: registration.active.state };
    });
    assert.deepEqual(outcome, { waiting: false, active: 'activated' });
    assert.equal(await page.locator('.update-prompt').count(), 0, 'no update offered');
    // Version 1 still answers, whole, with the server gone.
    await v2.close();
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('meta[name="plan-levis-test-version"]').count(), 0);
    assert.equal(await page.locator('.explore-results article.commitment').count(), 13);
    assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
  }));

test('the caches of the earlier Workbox worker are deleted, and only they', () =>
  withServerAndPage({ expectErrors: ['status of 404'] }, async (page, server, errors) => {
    // A browser that ran an earlier version: Workbox's precache, named after the scope.
    await page.goto(server.url + 'manifest.webmanifest');
    await page.evaluate(async (scope) => {
      await (await caches.open(`workbox-precache-v2-${scope}`)).put('old', new Response('old'));
      await (await caches.open('autre-chose')).put('kept', new Response('kept'));
    }, server.url);
    // The browser asks for a favicon.ico there is not, at a time of its own: its 404
    // is the only one allowed.
    const missing = [];
    page.on('response', (r) => r.status() === 404 && missing.push(new URL(r.url()).pathname));
    await firstVisit(page, server.url);
    const names = await page.evaluate(() => caches.keys());
    assert.deepEqual(names.sort(), ['autre-chose', `plan-levis-precache-${server.url}`]);
    assert.deepEqual(missing.filter((path) => path !== '/favicon.ico'), []);
    assert.deepEqual(errors.filter((e) => !e.includes('status of 404')), []);
  }));

test('the precache list names every file of the build once, with a revision where the name has no hash', async () => {
  const list = precacheList(DIST);
  // Not the precompressed copies a server sends in their place (postbuild/precompress.mjs).
  const files = (await readdir(DIST, { withFileTypes: true })).filter((e) => e.isFile() && e.name !== 'sw.js' && !/\.(br|gz)$/.test(e.name));
  assert.deepEqual(list.map(([name]) => name).sort(), files.map((e) => e.name).sort());
  for (const [name, revision] of list) {
    if (CONTENT_HASHED.test(name)) assert.equal(revision, null, name);
    else assert.match(revision, /^[0-9a-f]{16}$/, name);
  }
  // The worker in dist/ carries this list.
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.ok(worker.includes(JSON.stringify(list)), 'dist/sw.js holds the list');
});

test('the Content Security Policy is strict and no view violates it', () =>
  withServerAndPage({}, async (page, server, errors) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(server.url);
    await waitForApp(page);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'unsafe-eval'"), csp);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(csp, /connect-src 'self'/);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
    for (const path of ['?q=logement&axe=2', '?vue=matrice', '?vue=sigles', '?vue=notes', '?vue=a-propos', '?element=programme-fbcs']) {
      await page.goto(server.url + path);
      await waitForApp(page);
    }
    await page.fill('#note-texte', 'note');
    await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('enregistrée'));
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
  }));

test('the web app manifest makes it installable, in French, with a maskable icon', () =>
  withServerAndPage({}, async (page, server) => {
    await page.goto(server.url);
    await waitForApp(page);
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    const manifest = await page.evaluate((h) => fetch(h).then((r) => r.json()), href);
    assert.equal(manifest.lang, 'fr-CA');
    assert.equal(manifest.short_name, 'Plan Lévis');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.equal(manifest.theme_color, '#00506e');
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
    // Every icon, and the page's apple-touch-icon, is an image the browser decodes at the
    // size it is declared with (the PNGs are written by scripts/make_icons.py), and every
    // PNG fills its square: the brand colour in the corners (platforms round or mask them).
    const icons = [...manifest.icons, { src: 'apple-touch-icon.png', sizes: '180x180' }];
    for (const icon of icons) {
      const decoded = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        try {
          await image.decode();
        } catch {
          return { size: 'not decoded' };
        }
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const corner = [...context.getImageData(0, 0, 1, 1).data].join(',');
        return { size: `${image.naturalWidth}x${image.naturalHeight}`, corner };
      }, icon.src);
      if (icon.sizes === 'any') {
        assert.notEqual(decoded.size, 'not decoded', icon.src);
        continue;
      }
      assert.equal(decoded.size, icon.sizes, icon.src);
      assert.equal(decoded.corner, '0,80,110,255', icon.src);
    }
    const touchIcon = await page.getAttribute('link[rel="apple-touch-icon"]', 'href');
    assert.equal(touchIcon, 'apple-touch-icon.png');
  }));

for (const [name, options] of [
  ['the app says once it works offline, and when the device goes offline', {}],
  ['with reduced motion, the offline message still goes away', { reducedMotion: 'reduce' }],
]) {
  test(name, () => withServerAndPage(options, sayOffline));
}

async function sayOffline(page, server, _errors, context) {
  await page.goto(server.url);
  await waitForApp(page);
  const status = page.locator('p.connection-status[role="status"]');
  const headingTop = () => page.evaluate(() => document.querySelector('main h1').getBoundingClientRect().top);
  const before = await headingTop();
  // The live region is there from the start; it speaks once the service worker has
  // taken over (everything precached).
  await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('.connection-status').textContent !== '');
  assert.equal(await status.textContent(), "L'application fonctionne maintenant aussi sans connexion, sur cet appareil.");
  // Shown over the foot of the screen: nothing on the page moves under a finger about
  // to tap it.
  assert.ok(await status.isVisible());
  assert.equal(await headingTop(), before, 'the page did not move');
  const box = await status.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y + box.height <= viewport.height && box.y > viewport.height / 2, 'at the foot of the screen');
  // Taps go through it to the page…
  const tapped = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y).className, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
  assert.notEqual(tapped, 'connection-status', 'a tap there reaches the page');
  // …and it fades once said.
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.connection-status')).opacity === '0', null, {
    timeout: 20000,
  });
  await context.setOffline(true);
  await page.waitForFunction(() => /hors ligne/.test(document.querySelector('.connection-status').textContent));
  assert.equal((await status.textContent()).replace(/\u00a0/g, ' '), "Cet appareil est hors ligne : l'application et le plan restent disponibles.");
  // Offline from the start: said at once, in the language of the view.
  await page.goto(`${server.url}?lang=en`);
  await waitForApp(page);
  assert.equal(await status.textContent(), 'This device is offline: the app and the plan stay available.');
  assert.equal(await status.evaluate((p) => getComputedStyle(p).opacity), '1', 'shown, not yet faded');
}

test('on a phone the offline bar covers no control, speaks the page\'s language, and open data says it needs a network', () =>
  withServerAndPage({ viewport: { width: 390, height: 700 } }, async (page, server, errors, context) => {
    await page.goto(server.url);
    await waitForApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 15000 });
    const status = page.locator('p.connection-status');
    await page.waitForFunction(() => document.querySelector('.connection-status').textContent !== '');
    // The message switches language with the page.
    await page.click('button.language-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await status.textContent(), 'The app now also works without a connection, on this device.');
    await page.click('button.language-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await context.setOffline(true);
    await page.waitForFunction(() => /hors ligne/.test(document.querySelector('.connection-status').textContent));
    const bar = await status.boundingBox();
    // The filters open, their top at the top of the screen: their footer is stuck to
    // the bottom, its « Voir les résultats » above the bar.
    await page.click('details#filtres > summary');
    await page.evaluate(() => document.querySelector('details#filtres').scrollIntoView());
    const button = page.locator('.filters-footer button');
    const shown = await button.boundingBox();
    assert.ok(shown.y + shown.height <= bar.y + 1, `the button (${shown.y}+${shown.height}) ends above the bar (${bar.y})`);
    const reached = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y).closest('.filters-footer button') !== null,
      { x: shown.x + shown.width / 2, y: shown.y + shown.height / 2 });
    assert.ok(reached, 'the button itself is under a finger');
    // The end of the page scrolls clear of the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const footer = await page.locator('footer.site-footer').boundingBox();
    assert.ok(footer.y + footer.height <= bar.y + 1, 'the page ends above the bar');
    // An open data file is a plain download, not kept offline: tapped now, it says so.
    await page.goto(`${server.url}?vue=a-propos`);
    await waitForApp(page);
    const note = page.locator('p.open-data-offline');
    assert.equal(await note.isVisible(), false);
    await page.locator('section.open-data a[download]').first().click();
    await note.waitFor({ state: 'visible' });
    assert.match(await note.textContent(), /Cet appareil est hors ligne\u00a0: ces fichiers ne sont pas gardés/);
    assert.deepEqual(errors, []);
  }));

// Kiosk mode on a shared touchscreen (its own build, in kiosque/): attract screen,
// inactivity warning, full reset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { DIST, serveStatic } from '../../scripts/lib/static-server.mjs';
import { serverAndBrowser, newPage, settle, waitForApp, ARTIFACTS } from './support/browser.mjs';
import { speechStandIn } from './support/speech-stand-in.mjs';

const env = serverAndBrowser();

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

/** The kiosk's address, with `query` (`?delai=2`…). */
const kioskUrl = (query = '') => `${env.server.url}kiosque/${query}`;

async function openKiosk(query, viewport = PORTRAIT, setup = speechStandIn()) {
  const session = await newPage(env.browser, { viewport, hasTouch: true });
  await session.page.addInitScript(setup);
  await session.page.goto(kioskUrl(query));
  await session.page.waitForSelector('.attract');
  return session;
}

async function startExploring(page) {
  await page.click('.attract-button');
  await page.waitForSelector('.attract', { state: 'detached' });
  await page.waitForSelector('main#contenu h1');
}

/**
 * Show the view `query` (`?element=…`), as the kiosk's router does on its history
 * entry (a kiosk always starts from its start view, whatever its address says).
 */
async function showView(page, query) {
  await page.evaluate((q) => {
    history.replaceState(history.state, '', location.pathname + q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await page.waitForSelector('main#contenu h1');
}

/** Chromium's mouse back button, as a person presses it (the page's Back). */
async function pressBackButton(page, context) {
  const cdp = await context.newCDPSession(page);
  for (const type of ['mousePressed', 'mouseReleased']) {
    await cdp.send('Input.dispatchMouseEvent', { type, x: 5, y: 5, button: 'back', buttons: 8, clickCount: 1 });
  }
  await cdp.detach();
  await page.waitForTimeout(500);
}

test('kiosk mode: attract screen, no notes, big targets, no storage written', async () => {
  for (const [name, viewport] of [['portrait', PORTRAIT], ['paysage', LANDSCAPE]]) {
    const { page, context, errors } = await openKiosk('', viewport);
    // The attract screen cycles through the priorities.
    assert.match(await page.textContent('.attract-slide'), /Priorité 1 sur 5/);
    if (name === 'portrait') {
      await page.waitForFunction(() => /Priorité 2 sur 5/.test(document.querySelector('.attract-slide').textContent), null, { timeout: 10000 });
    }
    await page.screenshot({ path: `${ARTIFACTS}/kiosque-attente-${name}.png` });
    await startExploring(page);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('kiosk')), true);
    // Nothing leaves the shared screen: no share button.
    assert.equal(await page.locator('button.language-switch').count(), 1);
    assert.equal(await page.locator('button.share-button').count(), 0);
    // No notes anywhere: no tab, no filter, no field on an item.
    assert.equal(await page.locator('nav.view-tabs a:has-text("Mes notes")').count(), 0);
    assert.equal(await page.locator('#filtre-notes').count(), 0);
    // Search by tapping suggestions (no keyboard).
    assert.equal(await page.locator('#recherche').count(), 0);
    await page.tap('button.suggestion:has-text("aînés")');
    await page.waitForFunction(() => location.search.includes('q='));
    assert.equal(await page.locator('.explore-results article.commitment').count(), 2);
    await page.screenshot({ path: `${ARTIFACTS}/kiosque-${name}.png` });
    await page.tap('#priorite-mobilite-aines .card-title a');
    await page.waitForSelector('.item-page');
    assert.equal(await page.locator('#note-texte, .note-editor').count(), 0);
    // The kiosk stays on: its delay stays in the address.
    assert.match(new URL(page.url()).search, /delai=90/);
    // Every interactive element is at least 48×48 CSS px, on every view.
    for (const view of ['', '?vue=matrice', '?vue=sigles', '?vue=a-propos', '?element=programme-fbcs', '?axe=2']) {
      await showView(page, view);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 48 || r.height < 48)
          .map(({ el, r }) => `${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
      );
      assert.deepEqual(small, [], `targets under 48 px on ${view || 'home'} (${name})`);
    }
    const written = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
    assert.deepEqual(written, [0, 0], 'nothing written to browser storage');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('notes already stored on the kiosk browser are never shown', async () => {
  const session = await newPage(env.browser, { viewport: PORTRAIT });
  const { page, context } = session;
  await page.goto(env.server.url + '?vue=a-propos');
  await page.evaluate(() =>
    localStorage.setItem('plan-levis.notes', JSON.stringify({ version: 1, notes: { 'programme-mada': { text: 'SECRET', updated_ms: 1 } } })),
  );
  await page.goto(kioskUrl('?vue=notes&notes=1'));
  await page.waitForSelector('.attract');
  await startExploring(page);
  assert.ok(!(await page.textContent('body')).includes('SECRET'));
  assert.equal(await page.locator('.note-badge').count(), 0);
  await page.goto(kioskUrl());
  await page.waitForSelector('.attract');
  await startExploring(page);
  await showView(page, '?element=programme-mada');
  assert.ok(!(await page.textContent('body')).includes('SECRET'));
  // Where to ask, as text: no link leaves the shared screen.
  const ask = page.locator('.item-page .where-to-ask');
  assert.match((await ask.innerText()).replace(/\u00a0/g, ' '), /Adressez-vous à la Ville de Lévis : 418 835-4960 \(hors plan\)\./);
  assert.equal(await ask.locator('a').count(), 0);
  await context.close();
});

test('inactivity: a warning with a countdown; « continuer » keeps the state', async () => {
  const { page, context } = await openKiosk('?delai=2');
  await startExploring(page);
  await page.tap('details.filters > summary'); // folded on the kiosk: the items come first
  await page.tap('#filtre-axe-2');
  await page.waitForFunction(() => location.search.startsWith('?axe=2'));
  await page.waitForSelector('.idle-warning', { timeout: 10000 });
  assert.equal(await page.getAttribute('.idle-warning', 'role'), 'alertdialog');
  const first = Number(await page.textContent('.countdown'));
  assert.ok(first >= 20 && first <= 30, `countdown starts at ${first} s, at least 20`);
  // Focus moves once the dialog is drawn (the next animation frame).
  await settle(page, () => document.activeElement.textContent.trim() === 'Continuer');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Continuer');
  await page.click('.continue-button');
  await page.waitForSelector('.idle-warning', { state: 'detached' });
  assert.match(new URL(page.url()).search, /^\?axe=2/);
  assert.equal(await page.isChecked('#filtre-axe-2'), true);
  await context.close();
});

test('inactivity without an answer clears every trace and returns to the attract screen', async () => {
  const { page, context } = await openKiosk('?delai=2');
  const startLength = await page.evaluate(() => history.length);
  await startExploring(page);
  // One entry at the first touch, that holds Back (below); none for the views.
  const length = startLength + 1;
  await page.tap('details.filters > summary');
  await page.tap('#filtre-axe-5');
  await page.tap('button.suggestion:has-text("immigration")');
  await page.tap('#programme-immigration .card-title a');
  await page.waitForSelector('.item-page');
  // « Écouter » reads the item aloud on the kiosk too, until the reset.
  await page.tap('.item-page button.listen-button');
  assert.equal((await page.evaluate(() => window.speechStandIn.spoken)).length, 1);
  await page.evaluate(() => window.scrollTo(0, 400));
  assert.equal(await page.evaluate(() => history.length), length, 'the kiosk adds no history for its views');
  await page.waitForSelector('.idle-warning', { timeout: 10000 });
  // Nobody answers.
  await page.waitForSelector('.attract', { timeout: 40000 });
  const after = await page.evaluate(() => ({
    search: location.search,
    history: history.length,
    scroll: window.scrollY,
    local: localStorage.length,
    session: sessionStorage.length,
    checked: document.querySelectorAll('input:checked').length,
    item: document.querySelectorAll('.item-page').length,
    chips: document.querySelectorAll('.chip').length,
    pressed: [...document.querySelectorAll('.suggestion[aria-pressed="true"]')].map((b) => b.textContent),
    qr: document.querySelectorAll('.phone-qr').length,
    speechStopped: window.speechStandIn.cancels > 0 && window.speechStandIn.current === null,
    speaking: window.speechStandIn.current !== null || /^(Arrêter|Stop)$/.test(document.querySelector('.listen-button')?.innerText.trim() ?? ''),
  }));
  assert.deepEqual(after, {
    search: '?delai=2',
    history: length,
    scroll: 0,
    local: 0,
    session: 0,
    checked: 0,
    item: 0,
    chips: 0,
    pressed: ['Tout afficher'],
    qr: 0,
    speechStopped: true,
    speaking: false,
  });
  await context.close();
});

test('« Écouter » on the kiosk, unless its setting turns it off (&ecoute=non)', async () => {
  for (const [query, shown] of [['?delai=90', true], ['?delai=90&ecoute=non', false]]) {
    const { page, context, errors } = await openKiosk(query);
    await startExploring(page);
    await page.tap('#priorite-logement-abordable .card-title a');
    await page.waitForSelector('.item-page');
    await page.waitForTimeout(300);
    const heights = await page.$$eval('.item-page button.listen-button', (buttons) => buttons
      .filter((b) => getComputedStyle(b).display !== 'none')
      .map((b) => b.getBoundingClientRect().height));
    assert.equal(heights.length, shown ? 1 : 0, query);
    if (shown) assert.ok(heights[0] >= 48, `a big touch target (${heights[0]} px)`);
    // The setting stays in the address, as the delay does.
    assert.equal(await page.evaluate(() => location.search.includes('ecoute=non')), !shown);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** The QR code on screen, read by a real decoder from a screenshot's pixels. */
async function scanQr(page) {
  const png = PNG.sync.read(await page.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return code?.data ?? null;
}

/** What the citizens' app shows at `address`, in a fresh browser context (a phone). */
async function onPhone(address) {
  const { page, context } = await newPage(env.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto(address);
  await waitForApp(page);
  const shown = await page.evaluate(() => ({
    kiosk: document.documentElement.classList.contains('kiosk'),
    lang: document.documentElement.lang,
    item: document.querySelector('.item-page')?.dataset.item ?? null,
    results: [...document.querySelectorAll('.explore-results article[id]')].map((e) => e.id),
  }));
  await context.close();
  return shown;
}

/** What the kiosk shows, in the same terms. */
const onKiosk = (page) => page.evaluate(() => ({
  kiosk: true,
  lang: document.documentElement.lang,
  item: document.querySelector('.item-page')?.dataset.item ?? null,
  results: [...document.querySelectorAll('.explore-results article[id]')].map((e) => e.id),
}));

for (const [layout, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
  test(`« Continuer sur mon téléphone »: the QR code opens the same view on a phone (${layout})`, async () => {
    const { page, context, errors } = await openKiosk('?delai=90', viewport);
    await startExploring(page);
    assert.equal(await page.locator('.phone-qr').count(), 0, 'the start view has nothing to continue');
    // An item page.
    await page.tap('#priorite-mobilite-aines .card-title a');
    await page.waitForSelector('.item-page .phone-qr, .phone-qr');
    const box = await page.$eval('.phone-qr svg', (svg) => {
      const r = svg.getBoundingClientRect();
      return { width: r.width, visible: r.bottom <= innerHeight && r.right <= innerWidth && r.top >= 0 };
    });
    assert.ok(box.width >= 151, `at least 4 cm wide (${box.width} CSS px)`);
    assert.ok(box.visible, 'on screen');
    let scanned = await scanQr(page);
    assert.equal(scanned, `${env.server.url}?element=priorite-mobilite-aines&lang=fr`);
    assert.equal(await page.textContent('.phone-qr-address'), scanned, 'the address written beside it');
    assert.equal(await page.textContent('.phone-qr-title'), 'Continuer sur mon téléphone');
    let phone = await onPhone(scanned);
    assert.deepEqual(phone, { ...(await onKiosk(page)), kiosk: false });
    // A filtered and searched list.
    await page.tap('a.back-link');
    await page.waitForSelector('.explore-results');
    await page.tap('details.filters > summary');
    await page.tap('#filtre-axe-5');
    await page.tap('button.suggestion:has-text("immigration")');
    await page.waitForFunction(() => document.querySelector('.phone-qr-address')?.textContent.includes('q=immigration'));
    await page.tap('details.filters > summary');
    scanned = await scanQr(page);
    assert.ok(scanned.startsWith(env.server.url + '?') && !/delai|ecoute|kiosque/.test(scanned), scanned);
    const kiosk = await onKiosk(page);
    assert.ok(kiosk.results.length > 0);
    phone = await onPhone(scanned);
    assert.deepEqual(phone, { ...kiosk, kiosk: false });
    // English mode: the phone opens it in English.
    await page.tap('button.language-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForFunction(() => document.querySelector('.phone-qr-title')?.textContent === 'Continue on my phone');
    scanned = await scanQr(page);
    assert.ok(scanned.endsWith('lang=en'), scanned);
    phone = await onPhone(scanned);
    assert.equal(phone.lang, 'en');
    assert.deepEqual(phone.results, kiosk.results);
    await page.screenshot({ path: join(ARTIFACTS, `kiosk-qr-${layout}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the QR code under a sub-path points to the app above kiosque/', async () => {
  const sub = await serveStatic({ basePath: '/ville/plan/' });
  const { page, context } = await newPage(env.browser, { viewport: PORTRAIT, hasTouch: true });
  await page.goto(`${sub.url}kiosque/?delai=90`);
  await page.waitForSelector('.attract');
  await startExploring(page);
  await showView(page, '?element=programme-mada&delai=90');
  await page.waitForSelector('.phone-qr');
  const scanned = await scanQr(page);
  assert.equal(scanned, `${sub.url}?element=programme-mada&lang=fr`);
  assert.ok(sub.url.endsWith('/ville/plan/'));
  assert.equal((await onPhone(scanned)).item, 'programme-mada');
  await context.close();
  await sub.close();
});

test('an address in the earlier form (?kiosque=1) opens the kiosk, with its settings', async () => {
  const { page, context, errors } = await newPage(env.browser, { viewport: PORTRAIT, hasTouch: true });
  await page.goto(env.server.url + '?kiosque=1&delai=2&axe=2');
  await page.waitForSelector('.attract');
  const url = new URL(page.url());
  assert.equal(url.pathname, '/kiosque/');
  assert.equal(url.searchParams.get('delai'), '2');
  assert.equal(url.searchParams.get('kiosque'), null);
  await startExploring(page);
  // The kiosk starts from its start view, whatever else the address says.
  assert.equal(await page.isChecked('#filtre-axe-2'), false);
  assert.equal(new URL(page.url()).searchParams.get('axe'), null);
  // The delay came along: the warning comes after 2 s.
  await page.waitForSelector('.idle-warning', { timeout: 10000 });
  // The kiosk's own page with the old parameter stays where it is (no redirect loop).
  await page.goto(kioskUrl('?kiosque=1&delai=2'));
  await page.waitForSelector('.attract');
  assert.equal(new URL(page.url()).pathname, '/kiosque/');
  assert.deepEqual(errors, []);
  await context.close();
});

test("the citizens' build holds no kiosk code, text or style; the kiosk's build does", async () => {
  const builds = {};
  for (const dir of [DIST, join(DIST, 'kiosque')]) {
    const names = await readdir(dir);
    const wasm = await readFile(join(dir, names.find((n) => n.endsWith('_bg.wasm'))));
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    builds[dir === DIST ? 'app' : 'kiosk'] = {
      text: ['Touchez pour explorer', 'Recherches suggérées', 'idle-warning', 'Continuer sur mon téléphone', 'phone-qr'].filter((t) => wasm.includes(t)),
      style: /href=["']?\.\/kiosk-[0-9a-f]{16}\.css/.test(html) && names.some((n) => /^kiosk-[0-9a-f]{16}\.css$/.test(n)),
      // Search engines index the app, not its copy on the kiosk.
      noindex: /<meta content=["']?noindex["']? name=["']?robots/.test(html),
    };
  }
  assert.deepEqual(builds, {
    app: { text: [], style: false, noindex: false },
    kiosk: { text: ['Touchez pour explorer', 'Recherches suggérées', 'idle-warning', 'Continuer sur mon téléphone', 'phone-qr'], style: true, noindex: true },
  });
});

test('the kiosk opens on the priorities, the introduction and filters a tap away', async () => {
  for (const [name, viewport] of [['portrait', PORTRAIT], ['paysage', LANDSCAPE]]) {
    const { page, context, errors } = await openKiosk('', viewport);
    await startExploring(page);
    const first = await page.locator('.explore-results article.commitment').first().boundingBox();
    assert.ok(first.y + 100 < viewport.height, `${name}: the first priority is on the first screen (y = ${first.y})`);
    // The full filter list is folded, and the introduction is in the whole plan: each
    // one tap away.
    assert.equal(await page.$eval('details.filters', (d) => d.open), false);
    await page.tap('details.filters > summary');
    assert.ok(await page.isVisible('#filtre-axe-1'), `${name}: the filters open`);
    // Each visitor starts with them folded: an item and back does not keep them open.
    await page.tap('#priorite-mobilite-aines .card-title a');
    await page.tap('a.back-link');
    await page.waitForSelector('.explore-results');
    assert.equal(await page.$eval('details.filters', (d) => d.open), false, `${name}: folded again`);
    await page.tap('nav.view-tabs a:has-text("Le plan en entier")');
    await page.waitForSelector('.document-view section[aria-labelledby="s-introduction"] p');
    assert.ok(await page.isVisible('.document-view section[aria-labelledby="s-introduction"] p'), `${name}: the introduction opens`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('English is offered on the attract screen', async () => {
  const { page, context, errors } = await openKiosk('');
  const button = page.locator('.attract .attract-language');
  assert.equal((await button.textContent()).trim(), 'English');
  const box = await button.boundingBox();
  assert.ok(box.width >= 48 && box.height >= 48, `a big enough target: ${JSON.stringify(box)}`);
  await button.tap();
  await page.waitForSelector('.attract', { state: 'detached' });
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('main h1'), /Explore the plan/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the kiosk keeps the space between an arrow or a cross and its words', async () => {
  const { page, context } = await openKiosk('');
  await startExploring(page);
  await showView(page, '?element=programme-mada');
  await page.waitForSelector('.back-link');
  const gap = await page.$eval('.back-link', (link) => {
    const arrow = link.querySelector('span').getBoundingClientRect();
    const words = document.createRange();
    words.selectNodeContents([...link.childNodes].find((n) => n.nodeType === Node.TEXT_NODE));
    return words.getBoundingClientRect().left - arrow.right;
  });
  assert.ok(gap >= 3, `a space after the arrow (${gap} px)`);
  await context.close();
});

test('the countdown of the inactivity warning says « 1 seconde » at its last second', async () => {
  const { page, context } = await newPage(env.browser, { viewport: LANDSCAPE, hasTouch: true });
  await page.clock.install();
  await page.addInitScript(speechStandIn());
  await page.goto(kioskUrl('?delai=2'));
  await page.waitForSelector('.attract');
  await startExploring(page);
  await page.waitForSelector('.idle-warning', { timeout: 10000 });
  const first = Number(await page.textContent('.countdown'));
  await page.clock.runFor((first - 1) * 1000);
  await page.waitForFunction(() => document.querySelector('.countdown')?.textContent.trim() === '1');
  const said = (await page.textContent('#inactivite-texte')).replace(/\u00a0/g, ' ');
  assert.match(said, / dans 1 seconde pour /);
  await context.close();
});

for (const [layout, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
  test(`the QR code is a band below the page, never over it, and dims with the warning (${layout})`, async () => {
    const { page, context } = await openKiosk('?delai=2', viewport);
    await startExploring(page);
    await page.tap('details.filters > summary');
    await page.tap('#filtre-axe-5');
    await page.waitForSelector('.phone-qr');
    const band = await page.locator('.phone-qr').boundingBox();
    assert.deepEqual([band.x, band.width, Math.round(band.y + band.height)], [0, viewport.width, viewport.height], 'across the bottom');
    assert.ok(band.height <= viewport.height / 4, `a band, not a panel (${band.height} px high)`);
    // Scrolled to its end, the page shows its last result whole, above the band.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = await page.locator('.explore-results article').last().boundingBox();
    assert.ok(last.y + last.height <= band.y, `the last result ends above the band (${last.y + last.height} > ${band.y})`);
    // The warning dims the whole screen: the code of a view about to be cleared goes.
    await page.waitForSelector('.idle-warning', { timeout: 10000 });
    assert.equal(await page.isVisible('.phone-qr'), false, 'hidden under the warning');
    await page.click('.continue-button');
    await page.waitForSelector('.idle-warning', { state: 'detached' });
    assert.equal(await page.isVisible('.phone-qr'), true, 'back after « Continuer »');
    await context.close();
  });
}

test('the folded « Filtrer » shows that it opens', async () => {
  const { page, context } = await openKiosk('', LANDSCAPE);
  await startExploring(page);
  const marker = () => page.$eval('details.filters > summary', (s) => getComputedStyle(s, '::before').content);
  assert.match(await marker(), /▸/);
  await page.tap('details.filters > summary');
  assert.match(await marker(), /▾/);
  await context.close();
});

test('the matrix\u2019s headers keep their words whole in both orientations', async () => {
  for (const [layout, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
    const { page, context } = await openKiosk('', viewport);
    await startExploring(page);
    await showView(page, '?vue=matrice');
    await page.waitForSelector('.matrix thead th');
    // Each header word on one line: a word broken in two has two boxes.
    const broken = await page.evaluate(() => [...document.querySelectorAll('.matrix thead th')].flatMap((th) => {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      const found = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) found.push(match[0]);
        }
      }
      return found;
    }));
    assert.deepEqual(broken, [], `${layout}: header words broken across lines`);
    await context.close();
  }
});

test('a kiosk opened at a view, or reloaded on one, starts from its start view', async () => {
  const { page, context, errors } = await openKiosk('?delai=90&q=immigration&element=programme-immigration&axe=5');
  assert.equal(new URL(page.url()).search, '?delai=90', 'its clean address');
  await startExploring(page);
  assert.equal(await page.locator('.item-page').count(), 0);
  assert.equal(await page.locator('mark').count(), 0, 'no search word highlighted');
  assert.equal(await page.locator('.explore-results article.commitment').count(), 13);
  await page.tap('button.suggestion:has-text("immigration")');
  await page.tap('#programme-immigration .card-title a');
  await page.waitForSelector('.item-page');
  await page.reload();
  await page.waitForSelector('.attract');
  assert.equal(new URL(page.url()).search, '?delai=90');
  await startExploring(page);
  assert.equal(await page.locator('.item-page').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pinch-zoom ends with its visitor: the warning shows whole, the reset brings the normal size back', async () => {
  const { page, context, errors } = await openKiosk('?delai=2');
  await startExploring(page);
  await page.tap('button.suggestion:has-text("immigration")');
  await page.waitForFunction(() => location.search.includes('q='));
  // Two fingers spread on the lower right of the screen, to four times the size.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.synthesizePinchGesture', { x: 900, y: 1500, scaleFactor: 4, gestureSourceType: 'mouse' });
  assert.ok((await page.evaluate(() => visualViewport.scale)) > 3.5, 'zoomed in');
  await page.waitForSelector('.idle-warning', { timeout: 10000 });
  const warning = await page.evaluate(() => {
    const v = visualViewport;
    const box = document.querySelector('.idle-warning').getBoundingClientRect();
    return {
      inside: box.left >= v.offsetLeft - 1 && box.top >= v.offsetTop - 1
        && box.right <= v.offsetLeft + v.width + 1 && box.bottom <= v.offsetTop + v.height + 1,
      onScreenWidth: box.width * v.scale,
      text: document.querySelector('#inactivite-texte').textContent,
    };
  });
  assert.ok(warning.inside, `the whole warning is on screen: ${JSON.stringify(warning)}`);
  assert.ok(warning.onScreenWidth > 400 && warning.onScreenWidth <= 1080, `at its normal size: ${warning.onScreenWidth} px`);
  // Nobody answers: the reset loads the kiosk afresh, at its normal size.
  await page.waitForEvent('load', { timeout: 45000 });
  await page.waitForSelector('.attract');
  assert.equal(await page.evaluate(() => visualViewport.scale), 1);
  assert.equal(new URL(page.url()).search, '?delai=2');
  await startExploring(page);
  assert.equal(await page.locator('.chip').count(), 0, 'nothing of the previous visitor');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back, from a mouse button or the browser, never leaves the kiosk for what came before it', async () => {
  const { page, context, errors } = await newPage(env.browser, { viewport: PORTRAIT, hasTouch: true });
  await page.addInitScript(speechStandIn());
  await page.goto('data:text/html,<title>Avant</title><p>La page d’avant</p>');
  await page.goto(kioskUrl('?delai=90'));
  await page.waitForSelector('.attract');
  const where = () => page.evaluate(() => location.href);
  const kiosk = await where();
  // Before anyone touched it.
  await pressBackButton(page, context);
  assert.equal(await where(), kiosk);
  await page.goBack();
  await page.waitForTimeout(500);
  assert.equal(await where(), kiosk);
  await page.waitForSelector('.attract');
  // A visitor's view stays as it is.
  await startExploring(page);
  await page.tap('button.suggestion:has-text("immigration")');
  await page.tap('#programme-immigration .card-title a');
  await page.waitForSelector('.item-page');
  const view = await where();
  for (const back of [() => pressBackButton(page, context), () => page.goBack(), () => pressBackButton(page, context)]) {
    await back();
    await page.waitForTimeout(500);
    assert.equal(await where(), view);
    assert.match(await page.textContent('main h1'), /immigra/i);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

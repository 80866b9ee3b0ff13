// The next edition as a data change: the made-up edition of tests/fixtures/ (never
// published), built beside the real plan by scripts/test.sh into
// target/dist-next-edition/ with the editions of data/ as its previous ones. The site
// names it everywhere; links and notes on ids it no longer has lead to the 2023-2024
// edition; ids kept in both still open; it works offline; the previous edition's page
// opens, whole and printable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { failOnPageErrors, firstVisit, launchBrowser, newPage, waitForApp } from './support/browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const NEXT = resolve(ROOT, 'target/dist-next-edition');
const fixture = JSON.parse(await readFile(resolve(ROOT, 'tests/fixtures/plan-2097-2098.json'), 'utf8'));
const previous = JSON.parse(await readFile(resolve(ROOT, 'data/plan-2023-2024.json'), 'utf8'));
const GONE = 'priorite-mobilite-aines';
const GONE_TITLE = 'La mobilité des personnes aînées';
const KEPT = 'programme-mada';
const KEY = 'plan-levis.notes';

let server;
let browser;
failOnPageErrors();
before(async () => {
  assert.ok(existsSync(NEXT), `${NEXT} is missing: bash scripts/test.sh builds it`);
  server = await serveStatic({ root: NEXT });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const text = async (page, selector) => (await page.locator(selector).first().innerText()).replace(/[\u00a0\u202f]/g, ' ');
const downloaded = async (download) => Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');

test('the site names the new edition everywhere, and the previous one only in its list', async () => {
  const html = await readFile(resolve(NEXT, 'index.html'), 'utf8');
  assert.match(html, /<title>Plan de déploiement 2097-2098 \(édition fictive, pour les tests\) — /);
  for (const tag of ['name="description"', 'property="og:title"', 'property="og:description"']) {
    const meta = html.match(new RegExp(`<meta[^>]*${tag.replace(/"/g, '"?')}[^>]*>`))?.[0] ?? '';
    assert.match(meta, /2097-2098/, tag);
  }
  const manifest = JSON.parse(await readFile(resolve(NEXT, 'manifest.webmanifest'), 'utf8'));
  assert.match(manifest.description, /Plan de déploiement 2097-2098/);
  assert.ok(existsSync(resolve(NEXT, 'donnees/plan-2097-2098.json')), 'open data named after the edition');
  // The previous edition's period is said in the list of editions only.
  const outsideList = html
    .replace(/<div id="?publications"?>[\s\S]*?<\/section><\/div>/, '')
    .replace(/<template id="?publications-en"?>[\s\S]*?<\/template>/, '');
  assert.doesNotMatch(outsideList, /2023-2024|2023 et 2024/);
  assert.match(html, /<a href="?editions\/2023-2024\/"?>Plan de déploiement 2023-2024<\/a>/);

  const { page, context } = await newPage(browser);
  await page.goto(`${server.url}?vue=a-propos`);
  await waitForApp(page);
  assert.equal(await text(page, '.site-header .subtitle'), fixture.subtitle);
  assert.equal(await text(page, '.edition-period'), 'Ce plan porte sur les années 2097 et 2098.');
  assert.match(await text(page, '.site-footer'), /2097-2098/);
  assert.match(await text(page, 'main'), /Période : 2097-2098/);
  const editions = page.locator('main .editions li');
  assert.equal(await editions.count(), 2);
  // The edition shown is marked as the current page, and said so in the intro.
  assert.match(await editions.nth(0).locator('strong[aria-current="page"]').innerText(), /2097-2098/);
  assert.match(await text(page, 'main .editions > p'), /celle présentée ici est en gras/);
  assert.equal(await editions.nth(1).locator('a').getAttribute('href'), 'editions/2023-2024/');
  await context.close();
});

test('a link to an item the new edition no longer has leads to the previous edition', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${server.url}?element=${GONE}`);
  await waitForApp(page);
  const notice = page.locator('.address-notice .notice');
  assert.equal(
    await text(page, '.address-notice .notice'),
    `L'élément « ${GONE_TITLE} » vient de l'édition 2023-2024 du plan ; l'édition actuelle ne le reprend pas. Le lire dans cette édition`,
  );
  const link = notice.locator('a');
  assert.equal(await link.getAttribute('href'), `editions/2023-2024/#${GONE}`);
  await link.click();
  await page.waitForURL(/editions\/2023-2024\/#/);
  assert.equal(await page.locator(`#${GONE} h3`).innerText(), `5. ${GONE_TITLE}`);
  assert.ok(await page.locator(`#${GONE}`).isVisible());

  // In English, the same notice in English.
  await page.goto(`${server.url}?element=${GONE}&lang=en`);
  await waitForApp(page);
  assert.match(await text(page, '.address-notice .notice'), /comes from the 2023-2024 edition of the plan/);
  assert.equal(await text(page, '.address-notice a'), 'Read it in that edition');
  await context.close();
});

test('an id kept in both editions still opens its item', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${server.url}?element=${KEPT}`);
  await waitForApp(page);
  const title = fixture.municipal_programs.items.find((i) => i.id === KEPT).title;
  assert.equal(await text(page, 'main h1'), title);
  assert.equal(await page.locator('.address-notice .notice').count(), 0);
  await context.close();
});

test('a note on an item only the previous edition has is kept, shown and exported with its edition', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${server.url}?vue=a-propos`);
  await waitForApp(page);
  const raw = JSON.stringify({
    version: 1,
    notes: {
      [GONE]: { text: 'suivre le transport adapté', updated_ms: 2 },
      [KEPT]: { text: 'question MADA', updated_ms: 1 },
    },
  });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw]);
  await page.goto(`${server.url}?vue=notes`);
  await waitForApp(page);
  const entry = page.locator(`.note-entry[data-item="${GONE}"]`);
  assert.equal(await entry.locator('h2').innerText(), `${GONE_TITLE} (édition 2023-2024)`);
  assert.match(await entry.innerText(), /suivre le transport adapté/);

  const [json] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Exporter mes notes (JSON)")')]);
  const body = JSON.parse(await downloaded(json));
  assert.equal(body.plan_id, 'plan-deploiement-2097-2098');
  const note = body.notes.find((n) => n.item_id === GONE);
  assert.deepEqual([note.item_title, note.item_edition, note.text], [GONE_TITLE, '2023-2024', 'suivre le transport adapté']);
  assert.equal(body.notes.find((n) => n.item_id === KEPT).item_edition, undefined);
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Exporter en texte")')]);
  assert.match(await downloaded(md), new RegExp(`\\n## ${GONE_TITLE} \\(édition 2023-2024\\)\\n`));
  // Nothing was dropped from storage.
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.deepEqual(Object.keys(stored.notes).sort(), [KEPT, GONE].sort());
  await context.close();
});

test('the new edition works offline after one visit', async () => {
  const own = await serveStatic({ root: NEXT });
  const { page, context } = await newPage(browser, { expectErrors: ['ERR_CONNECTION_REFUSED'] });
  await firstVisit(page, own.url);
  await own.close();
  await page.goto(`${own.url}?element=priorite-fictive-essais`);
  await waitForApp(page);
  assert.equal(await text(page, 'main h1'), 'Priorité fictive des tests');
  await page.goto(`${own.url}`);
  await waitForApp(page);
  const count = fixture.priorities.items.length + fixture.municipal_programs.items.length + fixture.other_municipal_plans.items.length;
  assert.equal(await page.locator('.explore-results article.commitment').count(), count);
  await context.close();
});

test("the previous edition's page opens whole, without scripts, and prints", async () => {
  const { page, context } = await newPage(browser);
  await page.goto(`${server.url}editions/2023-2024/`);
  assert.match(await page.title(), /^Plan de déploiement 2023-2024 — /);
  assert.equal(await page.locator('script').count(), 0);
  assert.equal(await text(page, '.edition-period'), 'Ce plan couvrait 2023 et 2024.');
  const back = page.locator('main .notice a');
  assert.equal(await back.getAttribute('href'), '../../');
  // Every item of that edition, each at its id.
  const ids = [
    ...previous.realities.items,
    ...previous.priorities.items,
    ...previous.municipal_programs.items,
    ...previous.other_municipal_plans.items,
    ...previous.strategies.items,
    previous.fund,
  ].map((i) => i.id);
  for (const id of ids) assert.equal(await page.locator(`[id="${id}"]`).count(), 1, id);
  // The app's stylesheet applies (the header is the app's blue), in print too.
  assert.notEqual(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgba(0, 0, 0, 0)');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator(`#${GONE}`).isVisible());
  assert.ok(await page.locator('.plan-document').isVisible());
  await page.emulateMedia({ media: 'screen' });
  await back.click();
  await waitForApp(page);
  assert.equal(await text(page, '.site-header .subtitle'), fixture.subtitle);
  await context.close();
});

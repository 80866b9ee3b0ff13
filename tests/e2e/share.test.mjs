// « Partager » and the page title: the address of what is on screen, handed to the
// share sheet, the clipboard or the browser's prompt; each view named in the title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serverAndBrowser, openApp } from './support/browser.mjs';

const env = serverAndBrowser();

const DIST_INDEX = new URL('../../dist/index.html', import.meta.url);
const SUFFIX = ' — Plan de déploiement 2023-2024 | Ville de Lévis';

const open = (path, setup) => openApp(env.browser, env.server.url + path, { setup });

// Headless Chromium on Linux has no share sheet; the tests that need one (or need
// none) say so, rather than depend on the platform.
const noShareSheet = () => {
  delete Navigator.prototype.share;
};

test('without a share sheet, Partager copies the address and says so until the next move', async () => {
  const { page, context, errors } = await open('?axe=2&q=logement', noShareSheet);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  // The live region is there, empty, before anything is said in it.
  assert.equal(await page.locator('main > .address-notice[role="status"]').textContent(), '');
  await page.click('button.share-button');
  const notice = page.locator('main > .address-notice[role="status"] > .notice');
  await notice.waitFor();
  assert.equal(
    (await notice.textContent()).trim(),
    'Le lien vers cette vue est copié\u00a0: vous pouvez le coller où vous voulez.',
  );
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.match(page.url(), /\?q=logement&axe=2$/);
  await page.check('#filtre-axe-3');
  await page.waitForFunction(() => location.search.includes('axe=2,3'));
  assert.equal(await notice.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link shared from the English interface opens in the language of whoever opens it', async () => {
  const { page, context, errors } = await open('?axe=2&lang=en', noShareSheet);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await page.click('button.share-button');
  await page.locator('.address-notice > .notice').waitFor();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(shared, `${env.server.url}?axe=2`, 'the view, without its language');
  for (const [locale, lang, tab] of [['fr-CA', 'fr', 'Explorer le plan'], ['en-CA', 'en', 'Explore the plan']]) {
    const other = await openApp(env.browser, shared, { locale });
    assert.equal(await other.page.evaluate(() => document.documentElement.lang), lang, locale);
    assert.match(await other.page.locator('nav.view-tabs').innerText(), new RegExp(tab));
    assert.equal(await other.page.isChecked('#filtre-axe-2'), true);
    await other.context.close();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

// A share sheet that records what it is handed, in `window.shared`.
const recordingShareSheet = () => {
  Navigator.prototype.share = function (data) {
    window.shared = { url: data.url, title: data.title };
    return Promise.resolve();
  };
};

/** Taps « Partager » on a page with `recordingShareSheet` and returns what it got. */
async function shareFrom(page) {
  await page.click('button.share-button');
  await page.waitForFunction(() => window.shared);
  return page.evaluate(() => window.shared);
}

test('with a share sheet, Partager hands it the address and the title of the view', async () => {
  const { page, context, errors } = await open('?element=priorite-logement-abordable', recordingShareSheet);
  const shared = await shareFrom(page);
  assert.deepEqual(shared, {
    url: page.url(),
    title: 'Accessibilité au logement abordable et salubrité des logements' + SUFFIX,
  });
  // The system's sheet did the telling: no notice from the app.
  assert.equal(await page.locator('.address-notice > .notice').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a filtered list is shared under a title that names its filters', async () => {
  const { page, context, errors } = await open('?axe=2&partenaire=sdsc&q=cour', recordingShareSheet);
  const shared = await shareFrom(page);
  assert.equal(shared.title, 'Explorer le plan\u00a0: Recherche\u00a0: «\u00a0cour\u00a0» · Axe 2 · SDSC' + SUFFIX);
  assert.equal(await page.title(), shared.title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('closing the share sheet says nothing; a failed share offers the link to copy', async () => {
  const { page, context } = await open('?vue=sigles', () => {
    Navigator.prototype.share = () =>
      Promise.reject(new DOMException('closed', window.shareError ?? 'AbortError'));
  });
  const prompts = promptsOf(page);
  await page.click('button.share-button');
  // Let the rejection be handled before looking.
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
  assert.deepEqual(prompts, []);
  assert.equal(await page.locator('.address-notice > .notice').count(), 0);
  await page.evaluate(() => (window.shareError = 'NotAllowedError'));
  await page.click('button.share-button');
  await waitFor(() => prompts.length > 0);
  assert.deepEqual(prompts, [['prompt', 'Copiez le lien vers cette vue\u00a0:', page.url()]]);
  await context.close();
});

test('when the clipboard refuses, the browser prompt offers the link, in the page language', async () => {
  const { page, context, errors } = await open('?vue=matrice&lang=en', () => {
    delete Navigator.prototype.share;
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const prompts = promptsOf(page);
  await page.click('button.share-button');
  await waitFor(() => prompts.length > 0);
  // The link carries the view, not the language: whoever opens it gets their own.
  assert.deepEqual(prompts, [['prompt', 'Copy the link to this view:', `${env.server.url}?vue=matrice`]]);
  assert.match(page.url(), /vue=matrice&lang=en/);
  assert.equal(await page.locator('.address-notice > .notice').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each view is named in the page title, and Back names the view it returns to', async () => {
  const startTitle = (await readFile(DIST_INDEX, 'utf8')).match(/<title>([^<]*)<\/title>/)[1];
  const { page, context, errors } = await open('?vue=sigles');
  assert.equal(await page.title(), 'Sigles et acronymes' + SUFFIX);
  await page.click('nav.view-tabs a:has-text("Explorer le plan")');
  await page.waitForFunction(() => location.search === '');
  // The start view keeps the page's own title.
  assert.equal(await page.title(), startTitle);
  await page.click('#programme-fbcs .card-title a');
  await page.waitForSelector('.item-page');
  assert.equal(await page.title(), 'Fonds pour bâtir des communautés plus sécuritaires (FBCS)' + SUFFIX);
  await page.goBack();
  await page.waitForSelector('.item-page', { state: 'detached' });
  assert.equal(await page.title(), startTitle);
  await page.click('button.language-switch');
  await page.click('nav.view-tabs a:has-text("My notes")');
  await page.waitForFunction(() => location.search.includes('vue=notes'));
  assert.equal(await page.title(), 'My private notes' + SUFFIX);
  // In English the plan view is named in English too (the page's own title is French).
  await page.click('nav.view-tabs a:has-text("Explore the plan")');
  await page.waitForFunction(() => !location.search.includes('vue='));
  assert.equal(await page.title(), 'Explore the plan' + SUFFIX);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The browser dialogs `page` opens, as `[type, message, default value]`; each is closed. */
function promptsOf(page) {
  const prompts = [];
  page.on('dialog', (dialog) => {
    prompts.push([dialog.type(), dialog.message(), dialog.defaultValue()]);
    dialog.dismiss();
  });
  return prompts;
}

/** Waits (2 s at most) for a condition on this side of the browser. */
async function waitFor(condition) {
  for (let i = 0; i < 40 && !condition(); i++) await new Promise((ok) => setTimeout(ok, 50));
}

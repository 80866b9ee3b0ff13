// Filters, search, links and item pages in real Chromium against dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { serverAndBrowser, newPage, openApp, settle, waitForApp } from './support/browser.mjs';

const env = serverAndBrowser();

const shownIds = (page) =>
  page.$$eval('.explore-results article.commitment', (els) => els.map((e) => e.id));
const query = (page) => new URL(page.url()).search;

const open = (path = '') => openApp(env.browser, env.server.url + path);

test('clicking an axis then a partner narrows the list and the URL follows', async () => {
  const { page, context, errors } = await open();
  assert.equal((await shownIds(page)).length, 13);
  await page.check('#filtre-axe-2');
  assert.deepEqual(await shownIds(page), [
    'priorite-logement-abordable',
    'programme-cour-municipale-adaptee',
    'programme-fbcs',
  ]);
  assert.equal(query(page), '?axe=2');
  await page.check('#filtre-partenaire-sdsc');
  assert.deepEqual(await shownIds(page), ['programme-cour-municipale-adaptee', 'programme-fbcs']);
  assert.equal(query(page), '?axe=2&partenaire=sdsc');
  // Each title links to its item from this view (for a new tab, or a copied link).
  assert.equal(await page.getAttribute('#programme-fbcs .card-title a', 'href'), '?axe=2&partenaire=sdsc&element=programme-fbcs');
  // A search that keeps the same results (the list is not rendered again): the link
  // follows the view all the same.
  await page.fill('#recherche', 'sdsc');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'sdsc');
  assert.deepEqual(await shownIds(page), ['programme-cour-municipale-adaptee', 'programme-fbcs']);
  assert.equal(await page.getAttribute('#programme-fbcs .card-title a', 'href'), `${query(page)}&element=programme-fbcs`);
  await page.fill('#recherche', '');
  await page.waitForFunction(() => !location.search.includes('q='));
  assert.match(await page.textContent('#resultats'), /2 des 13 priorités, plans et programmes correspondent/);
  // Facet counts: with axis 2 active, the CDC de Lévis has nothing there.
  assert.match(await page.textContent('label[for="filtre-partenaire-cdc-de-levis"]'), /aucun résultat/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the back button restores the previous view', async () => {
  const { page, context } = await open();
  await page.check('#filtre-axe-2');
  await page.check('#filtre-partenaire-sdsc');
  await page.goBack();
  await page.waitForFunction(() => location.search === '?axe=2');
  assert.equal((await shownIds(page)).length, 3);
  assert.equal(await page.isChecked('#filtre-partenaire-sdsc'), false);
  assert.equal(await page.isChecked('#filtre-axe-2'), true);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.equal((await shownIds(page)).length, 13);
  await page.goForward();
  await page.waitForFunction(() => location.search === '?axe=2');
  assert.equal((await shownIds(page)).length, 3);
  await context.close();
});

test('a cold link restores filters, search and highlights', async () => {
  const { page, context, errors } = await open('?q=oeuvre&axe=4&partenaire=cdc-de-levis');
  assert.deepEqual(await shownIds(page), ['priorite-main-d-oeuvre']);
  assert.equal(await page.isChecked('#filtre-axe-4'), true);
  assert.equal(await page.isChecked('#filtre-partenaire-cdc-de-levis'), true);
  assert.equal(await page.inputValue('#recherche'), 'oeuvre');
  const marks = await page.$$eval('article.commitment mark', (els) => els.map((e) => e.textContent));
  assert.ok(marks.length >= 2 && marks.every((m) => m === 'œuvre'), JSON.stringify(marks));
  const chips = await page.$$eval('.chip', (els) => els.map((e) => e.textContent.replace(' ×', '')));
  assert.deepEqual(chips, ['Recherche\u00a0: «\u00a0oeuvre\u00a0»', 'Axe 4', 'CDC de Lévis']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('unknown values in a link are ignored and dropped from the address', async () => {
  const { page, context, errors } = await open('?axe=9,2&partenaire=inconnu&element=nope&vue=zzz');
  assert.equal(query(page), '?axe=2');
  assert.equal((await shownIds(page)).length, 3);
  // An item that does not exist is not dropped silently: the person is told.
  const notice = page.locator('main > .address-notice[role="status"] > .notice');
  assert.equal(
    (await notice.textContent()).trim(),
    "L'élément demandé par ce lien («\u00a0nope\u00a0») n'existe pas dans ce plan. Ce lien demande des filtres que ce plan n'a pas\u00a0; la liste s'affiche sans eux\u00a0: «\u00a0axe=9\u00a0», «\u00a0partenaire=inconnu\u00a0».",
  );
  // The next move leaves that link, and the notice with it.
  await page.click('#filtre-axe-3');
  await page.waitForFunction(() => location.search === '?axe=2,3');
  assert.equal(await notice.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a filter the plan does not have is dropped with a notice, in the page\'s language', async () => {
  for (const [path, said] of [
    ['?axe=9', "Ce lien demande un filtre que ce plan n'a pas\u00a0; la liste s'affiche sans lui\u00a0: «\u00a0axe=9\u00a0»."],
    ['?partenaire=xyz&lang=en', 'This link asks for a filter this plan does not have; the list is shown without it: “partenaire=xyz”.'],
  ]) {
    const { page, context, errors } = await open(path);
    assert.equal((await shownIds(page)).length, 13, path);
    assert.equal(query(page), path.includes('lang=en') ? '?lang=en' : '', path);
    assert.equal((await page.textContent('main > .address-notice > .notice')).trim(), said, path);
    assert.deepEqual(errors, [], path);
    await context.close();
  }
});

test('typing a search keeps focus, updates results, and adds one history entry', async () => {
  const { page, context } = await open();
  const before = await page.evaluate(() => history.length);
  await page.click('#recherche');
  await page.keyboard.type('aines', { delay: 30 });
  assert.deepEqual(await shownIds(page), ['priorite-mobilite-aines', 'programme-mada']);
  assert.equal(query(page), '?q=aines');
  assert.equal(await page.evaluate(() => history.length), before + 1);
  const focus = await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart]);
  assert.deepEqual(focus, ['recherche', 5]);
  // Editing in the middle keeps the cursor where it is.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('X');
  const caret = await page.evaluate(() => [document.activeElement.value, document.activeElement.selectionStart]);
  assert.deepEqual(caret, ['ainXes', 4]);
  await context.close();
});

test('an empty result says so and offers the way back', async () => {
  const { page, context } = await open('?type=priorite&partenaire=sdsc');
  assert.deepEqual(await shownIds(page), []);
  // The context below is never filtered: the list does not say « nothing ».
  assert.match(await page.textContent('.no-results'), /Aucune priorité, aucun plan ni programme ne correspond à ces critères ; des éléments de contexte correspondent, plus bas\./);
  await page.click('.no-results .clear-all');
  await page.waitForFunction(() => location.search === '');
  assert.equal((await shownIds(page)).length, 13);
  await context.close();
});

/** Types `text` into the search box and waits for the address to carry it. */
async function searchFor(page, text) {
  await page.fill('#recherche', text);
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, text);
}

test('search takes ordinary French phrasing, says what it could not find, and marks names', async () => {
  const { page, context, errors } = await open();
  const search = (text) => searchFor(page, text);
  // Little words count for nothing; plural and feminine forms meet.
  await search('transport pour les aînés');
  assert.deepEqual(await shownIds(page), ['priorite-mobilite-aines']);
  await search('logements sociaux');
  assert.deepEqual(await shownIds(page), ['priorite-logement-abordable']);
  await search('personnes aînées');
  assert.equal(await page.$('.search-notice'), null);
  // « aînées » in the text is marked for a search of « aînés ».
  await search('aînés');
  const marks = await page.$$eval('#priorite-mobilite-aines mark', (els) => els.map((m) => m.textContent));
  assert.ok(marks.some((m) => /aîné/.test(m)), JSON.stringify(marks));
  // A word of an axis name and of a partner's full name is marked where it matched.
  await search('habitation');
  assert.ok(await page.$('#programme-cour-municipale-adaptee .axis-name mark'), 'the axis name is marked');
  await search('Office municipal');
  assert.ok(await page.$('article.commitment .partner-full-name mark'), "a partner's full name is marked");
  // No item has every word: those with the most, said as such, and the word that found nothing.
  await search('logement zzyzx');
  assert.deepEqual(await shownIds(page), ['priorite-logement-abordable']);
  const notice = await page.textContent('.search-notice');
  assert.match(notice, /Aucun élément ne contient «\u00a0zzyzx\u00a0»/);
  assert.match(notice, /voici ceux qui en contiennent le plus/);
  // Nothing at all: the way out clears the search, not the filters.
  await page.check('#filtre-axe-2');
  await search('zzyzx');
  assert.deepEqual(await shownIds(page), []);
  assert.equal((await page.textContent('.no-results .clear-all')).trim(), 'Effacer la recherche');
  await page.click('.no-results .clear-all');
  await page.waitForFunction(() => location.search === '?axe=2');
  assert.equal((await shownIds(page)).length, 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a search word matches where words start; a search of little words says it ignored them', async () => {
  const { page, context, errors } = await open();
  const search = (text) => searchFor(page, text);
  // « diff » finds the parks plan by « différents », its mark on the start of the word;
  // « erents », the middle of that word, finds nothing.
  await search('diff');
  assert.ok((await shownIds(page)).includes('plan-directeur-parcs'));
  const marks = await page.$$eval('#plan-directeur-parcs mark', (els) => els.map((m) => m.textContent));
  assert.ok(marks.includes('diff'), JSON.stringify(marks));
  await search('erents');
  assert.deepEqual(await shownIds(page), []);
  // Only little words: everything shown, and said.
  await page.goto(env.server.url + '?q=le+la+les+de');
  await waitForApp(page);
  assert.equal((await shownIds(page)).length, 13);
  assert.equal(
    (await page.textContent('.search-notice')).trim(),
    'Mots trop courants, que la recherche ignore\u00a0: «\u00a0le\u00a0», «\u00a0la\u00a0», «\u00a0les\u00a0», «\u00a0de\u00a0».',
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('the words people use lead to the plan\'s words, and the results say which', async () => {
  const { page, context, errors } = await open();
  const search = (text) => searchFor(page, text);
  // « personnes âgées » finds « La mobilité des personnes aînées », marked, and says how.
  await search('personnes âgées');
  assert.deepEqual(await shownIds(page), ['priorite-mobilite-aines', 'programme-mada']);
  assert.equal(
    (await page.textContent('.search-notice')).trim(),
    'Cherché aussi avec les mots du plan\u00a0: «\u00a0aînés\u00a0».',
  );
  const marks = await page.$$eval('#priorite-mobilite-aines mark', (els) => els.map((m) => m.textContent));
  assert.ok(marks.some((m) => /aînées/.test(m)), JSON.stringify(marks));
  // « autobus » was a dead end.
  await search('autobus');
  assert.ok((await shownIds(page)).includes('priorite-mobilite-aines'));
  assert.match(await page.textContent('.search-notice'), /avec les mots du plan\u00a0: «\u00a0transport\u00a0»/);
  // In English: the plan is in French, an English word finds it.
  await page.goto(env.server.url + '?q=seniors&lang=en');
  await waitForApp(page);
  assert.ok((await shownIds(page)).includes('priorite-mobilite-aines'));
  assert.match(await page.textContent('.search-notice'), /Also searched with the plan's words: “aînés”\./);
  await page.goto(env.server.url + '?q=affordable+housing&lang=en');
  await waitForApp(page);
  assert.deepEqual(await shownIds(page), ['priorite-logement-abordable']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('newcomers lead to the immigration plan; the screen never says nothing matches above a match', async () => {
  for (const q of ['newcomer', 'newcomers']) {
    const { page, context, errors } = await open(`?q=${q}&lang=en`);
    assert.ok((await shownIds(page)).includes('programme-immigration'), q);
    assert.equal(await page.locator('.no-results').count(), 0, q);
    assert.ok(await page.locator('.context #realite-nouveaux-arrivants').count(), q);
    assert.deepEqual(errors, [], q);
    await context.close();
  }
  // Only context matches: the list says so, and points below.
  const { page, context, errors } = await open('?q=inflation&lang=en');
  assert.deepEqual(await shownIds(page), []);
  assert.equal((await page.textContent('.no-results p')).trim(), 'No priority, plan or programme matches; some context items do, below.');
  assert.ok(await page.locator('.context article').count() > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a search for what the plan does not cover says so and where to ask', async () => {
  for (const [q, lang, lead] of [
    ['francisation', 'fr', "Le plan n'en parle pas. Pour une question à ce sujet, adressez-vous à la Ville de Lévis : ses coordonnées et leur source."],
    ['daycare', 'en', 'The plan does not speak of it. For a question on it, ask the Ville de Lévis: its contact details and their source.'],
    ['work permit', 'en', 'The plan does not speak of it.'],
    ['french classes', 'en', 'The plan does not speak of it.'],
    ['accompagnement médical', 'fr', "Le plan n'en parle pas."],
  ]) {
    const { page, context, errors } = await open(`?q=${encodeURIComponent(q)}&lang=${lang}`);
    const notice = page.locator('.search-notice');
    const text = (await notice.innerText()).replace(/\u00a0/g, ' ');
    assert.ok(text.includes(lead), `${q}: ${text}`);
    // The language in the address stays in the link.
    assert.equal(await notice.locator('.ask-the-city a').getAttribute('href'), `?vue=a-propos&lang=${lang}`, q);
    assert.deepEqual(errors, [], q);
    await context.close();
  }
  // A search the plan answers says nothing of the kind.
  const { page, context } = await open('?q=logement');
  assert.equal(await page.locator('.search-notice').count(), 0);
  await context.close();
});

test('a long search is shortened in its chip, whole in the search box', async () => {
  const long = 'transport adapté pour les personnes aînées de Saint-Romuald et de Lévis';
  const { page, context, errors } = await open(`?q=${encodeURIComponent(long)}`);
  const chip = (await page.locator('.active-filters .chip').first().innerText()).replace(/\u00a0/g, ' ');
  assert.match(chip, /Recherche : « transport adapté pour les personnes aîné… »/);
  assert.equal(await page.inputValue('#recherche'), long);
  // Pasted ten times over, the chip stays one line of the same length.
  const pasted = long.repeat(10);
  await page.goto(`${env.server.url}?q=${encodeURIComponent(pasted)}`);
  await waitForApp(page);
  const longer = await page.locator('.active-filters .chip').first().innerText();
  assert.ok(longer.length < 80, longer);
  assert.deepEqual(errors, []);
  await context.close();
});

test('removing a chip removes that filter only', async () => {
  const { page, context } = await open('?axe=2&partenaire=sdsc');
  await page.click('button.chip[aria-label="Retirer le filtre\u00a0: Axe 2"]');
  await page.waitForFunction(() => location.search === '?partenaire=sdsc');
  assert.equal((await shownIds(page)).length, 5);
  await context.close();
});

test('an item opens on its own page and the way back keeps the filters', async () => {
  const { page, context, errors } = await open('?axe=2');
  // A phone's height, so that the item page is taller than the screen too.
  await page.setViewportSize({ width: 360, height: 640 });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  assert.ok((await page.evaluate(() => window.scrollY)) > 0, 'the list is scrolled down first');
  await page.click('#programme-fbcs .card-title a');
  await page.waitForFunction(() => location.search === '?axe=2&element=programme-fbcs');
  // Focus and scroll move once the new page is drawn (the next animation frame).
  await settle(page, () => document.activeElement.tagName === 'H1');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the new page shows from its top');
  const title = await page.textContent('h1');
  assert.equal(title.trim(), 'Fonds pour bâtir des communautés plus sécuritaires (FBCS)');
  const text = await page.textContent('.item-page');
  assert.ok(text.includes('Axe 2 — L\'habitation et le milieu de vie'));
  assert.ok(text.includes('Service du développement social et communautaire'), 'SDSC full name');
  assert.ok(text.includes('Service de police de la Ville de Lévis'));
  const abbr = await page.getAttribute('.item-page h1 abbr', 'title');
  assert.equal(abbr, 'Fonds pour bâtir des communautés plus sécuritaires');
  assert.ok((await page.locator('.related-list li').count()) > 0, 'related items listed');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  await page.click('.back-link');
  await page.waitForFunction(() => location.search === '?axe=2');
  assert.equal((await shownIds(page)).length, 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a cold link to an item and a reload show the same page', async () => {
  const { page, context } = await open('?element=realite-inflation');
  assert.equal((await page.textContent('h1')).trim(), "Taux d'inflation élevé");
  await page.reload();
  await waitForApp(page);
  assert.equal((await page.textContent('h1')).trim(), "Taux d'inflation élevé");
  await context.close();
});

test('the who-does-what matrix is a table whose cells filter', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url + '?vue=matrice');
  await page.waitForSelector('table.matrix');
  assert.equal(await page.locator('table.matrix thead th[scope=col]').count(), 1 + 5 + 1);
  assert.equal(await page.locator('table.matrix tbody th[scope=row]').count(), 16);
  // Rows from the most to the least responsible, as the intro says.
  const totals = (await page.locator('table.matrix tbody .total-cell').allInnerTexts()).map(Number);
  assert.deepEqual(totals, [...totals].sort((a, b) => b - a));
  assert.ok(totals[0] > totals.at(-1));
  assert.equal(await page.locator('main > p', { hasText: 'classés du plus au moins responsable' }).count(), 1);
  // The last row counts each axis's items once, and leads to them.
  const perAxis = (await page.locator('table.matrix tfoot td.total-cell').allInnerTexts()).map(Number);
  assert.equal(perAxis.length, 6);
  assert.equal(perAxis.slice(0, 5).reduce((a, b) => a + b), 13);
  assert.equal(perAxis[5], 13);
  assert.equal(perAxis[1], 3, 'axis 2 has 3 items');
  assert.equal(await page.getAttribute('table.matrix tfoot a[aria-label^="Tout ce qui relève de l\'axe 2"]', 'href'), '?axe=2');
  // Cells are shaded by how many items they count (1, 2, 3 or more): the more, the
  // darker, whatever the axis; the number stays written in each.
  const cells = await page.$$eval('table.matrix td.filled-cell', (tds) => tds.map((td) => {
    const colour = getComputedStyle(td).backgroundColor;
    // rgb(…) in 0-255, or color(srgb …) in 0-1 (a color-mix()).
    const scale = colour.startsWith('color(') ? 255 : 1;
    const [r, g, b] = colour.match(/[\d.]+/g).map((v) => Number(v) * scale);
    return { n: Number(td.textContent.trim()), light: 0.2126 * r + 0.7152 * g + 0.0722 * b };
  }));
  const counts = [...new Set(cells.map((c) => c.n))].sort();
  assert.deepEqual(counts, [1, 2, 3], 'the plan has cells of 1, 2 and 3 items');
  for (const [fewer, more] of [[1, 2], [2, 3]]) {
    const lightest = Math.min(...cells.filter((c) => c.n === fewer).map((c) => c.light));
    const darkest = Math.max(...cells.filter((c) => c.n === more).map((c) => c.light));
    assert.ok(darkest < lightest, `every cell of ${more} is darker than every cell of ${fewer}`);
  }
  assert.ok(cells.every((c) => c.light < 250), 'every filled cell is shaded');
  const cell = page.locator('a.cell-link[aria-label="CDC de Lévis, axe 4 : 2 éléments"]');
  await cell.click();
  await page.waitForFunction(() => location.search === '?axe=4&partenaire=cdc-de-levis');
  await waitForApp(page);
  assert.deepEqual(await shownIds(page), ['priorite-main-d-oeuvre', 'priorite-soutien-organismes']);
  // A partner's name and its total lead to everything it is responsible for.
  const total = 'a.cell-link[aria-label^="CDC de Lévis : tout ce dont il est responsable"]';
  for (const link of ['table.matrix tbody th a:has-text("CDC de Lévis")', total]) {
    await page.goBack();
    await page.waitForSelector('table.matrix');
    const count = Number(await page.textContent(total));
    await page.click(link);
    await page.waitForFunction(() => location.search === '?partenaire=cdc-de-levis');
    await waitForApp(page);
    const shown = await shownIds(page);
    assert.equal(shown.length, count, link);
    assert.ok(shown.includes('priorite-main-d-oeuvre') && count > 2, link);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('glossary and about views', async () => {
  const { page, context } = await newPage(env.browser);
  await page.goto(env.server.url + '?vue=sigles');
  await waitForApp(page);
  const glossary = await page.textContent('dl.glossary');
  assert.ok(glossary.includes('Direction des transports et de la mobilité durable'));
  assert.ok(glossary.includes('Municipalité amie des aînés'));
  await page.click('nav.view-tabs a:has-text("À propos")');
  await page.waitForFunction(() => location.search === '?vue=a-propos');
  const about = await page.textContent('main');
  assert.ok(about.includes('section 6 « Les axes d\'intervention »'));
  assert.ok(about.includes('Ce qui diffère du document publié'), 'the about view lists what the transcription changed');
  await context.close();
});

test('links work when the app is served from a sub-path', async () => {
  const sub = await serveStatic({ basePath: '/plan/' });
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(sub.url + '?axe=1');
  await waitForApp(page);
  assert.equal((await shownIds(page)).length, 2);
  await page.click('#plan-mobilite-durable .card-title a');
  await page.waitForFunction(() => location.pathname === '/plan/' && location.search.includes('element='));
  await page.reload();
  await page.waitForSelector('.item-page');
  assert.equal((await page.textContent('h1')).trim(), 'Plan de mobilité durable');
  assert.deepEqual(errors, []);
  await context.close();
  await sub.close();
});

test('on a phone, a filter tapped in the panel shows its effect where the person is', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  await page.tap('details.filters > summary');
  await page.tap('label[for="filtre-axe-1"]');
  await page.waitForFunction(() => location.search === '?axe=1');
  // The count of what the filters give stays on screen, with a way to the results.
  const button = page.locator('details.filters .see-results');
  assert.equal((await button.textContent()).trim(), 'Voir les 2 résultats');
  const box = await button.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `on screen: ${JSON.stringify(box)}`);
  await button.tap();
  await page.waitForFunction(() => document.activeElement?.id === 'resultats');
  assert.equal(await page.$eval('details.filters', (d) => d.open), false, 'the panel folds away');
  const summary = await page.locator('#resultats').boundingBox();
  assert.ok(summary.y >= 0 && summary.y < 844, `the results are in view: ${JSON.stringify(summary)}`);
  assert.match(await page.textContent('#resultats'), /2 des 13 priorités, plans et programmes correspondent/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone with large text, the keyboard\'s search key brings the results into view', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    // What a phone's "large text" setting does: the root font size doubled.
    setup: () => {
      document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%'; });
    },
  });
  const search = page.locator('#recherche');
  assert.equal(await search.getAttribute('enterkeyhint'), 'search', 'the key says « Rechercher »');
  await search.tap();
  await search.fill('aînées');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'aînées');
  const firstCard = () => page.locator('.explore-results article.commitment').first().boundingBox();
  assert.ok((await firstCard()).y > 844, 'below the filters: out of sight before');
  await search.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'resultats');
  const summary = await page.locator('#resultats').boundingBox();
  assert.ok(summary.y >= 0 && summary.y < 844, `the count is in view: ${JSON.stringify(summary)}`);
  // The results begin on screen: the heading of their first section is there.
  const heading = await page.locator('.explore-results .result-section h2').first().boundingBox();
  assert.ok(heading.y < 844, `the first section starts on screen: ${JSON.stringify(heading)}`);
  const shown = (await shownIds(page)).length;
  assert.ok(shown > 0);
  assert.match(await page.textContent('#resultats'), new RegExp(`^${shown} des 13 `));
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, the filter panel comes back after an item as the person left it', async () => {
  const { page, context, errors } = await openApp(env.browser, env.server.url, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const panelOpen = () => page.$eval('details.filters', (d) => d.open);
  assert.equal(await panelOpen(), false, 'folded on a phone at first');
  await page.tap('details.filters > summary');
  for (const open of [true, false]) {
    await page.waitForFunction((open) => document.querySelector('details.filters').open === open, open);
    await page.locator('#priorite-mobilite-aines .card-title a').scrollIntoViewIfNeeded();
    await page.tap('#priorite-mobilite-aines .card-title a');
    await page.waitForSelector('.item-page');
    await page.goBack();
    await page.waitForSelector('.explore-results');
    assert.equal(await panelOpen(), open, open ? 'still open after Back' : 'still folded after Back');
    await page.tap('details.filters > summary');
  }
  // A new visit starts from the default again.
  await page.reload();
  await waitForApp(page);
  assert.equal(await panelOpen(), false, 'folded on a new visit');
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Retour à la liste » goes back like Back: same place, focus on the item it left', async () => {
  // On a phone, where the list is longest.
  const { page, context, errors } = await openApp(env.browser, env.server.url, { viewport: { width: 390, height: 844 } });
  const leaveFor = async (id) => {
    await page.locator(`#${id} .card-title a`).scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => window.scrollY);
    await page.click(`#${id} .card-title a`);
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('element') === id, id);
    return y;
  };
  const backAt = async (id, y, how) => {
    await page.waitForFunction(() => location.search === '');
    await settle(page, (id) => document.activeElement?.closest('article')?.id === id, id);
    assert.equal(await page.evaluate(() => document.activeElement.closest('article')?.id), id, `${how}: focus`);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'A', `${how}: on the link`);
    const now = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(now - y) <= 2, `${how}: scrolled back to ${y} (at ${now})`);
  };
  const history = () => page.evaluate(() => history.length);
  // The 10th item of the list, far down.
  const tenth = (await shownIds(page))[9];
  const y = await leaveFor(tenth);
  assert.ok(y > 1000, `the list was scrolled (${y})`);
  const length = await history();
  await page.click('.back-link');
  await backAt(tenth, y, 'Retour à la liste');
  // It went back: no new entry, and Back does not return to the item (no loop).
  assert.equal(await history(), length);
  // The browser's own Back does the same.
  const again = await leaveFor(tenth);
  await page.goBack();
  await backAt(tenth, again, 'Back');
  // Two items deep (a related item), « Retour à la liste » still reaches the list.
  const third = await leaveFor(tenth);
  await page.click('.related-list li a');
  await page.waitForFunction((id) => !location.search.includes(id), tenth);
  await page.click('.back-link');
  await backAt(tenth, third, 'from a related item');
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Retour à la liste » on an item opened from a link goes to the list', async () => {
  const { page, context } = await open('?axe=2&element=programme-fbcs');
  await page.click('.back-link');
  await page.waitForFunction(() => location.search === '?axe=2');
  assert.equal((await shownIds(page)).length, 3);
  await context.close();
});

test('an item page marks its view tab; an id in capitals still opens the item', async () => {
  const { page, context, errors } = await open('?element=PRIORITE-MOBILITE-AINES');
  await page.waitForSelector('.item-page');
  assert.match(await page.textContent('h1'), /mobilit/i);
  assert.equal(new URL(page.url()).searchParams.get('element'), 'priorite-mobilite-aines', 'the address is made canonical');
  const current = await page.$$eval('nav.view-tabs a[aria-current]', (as) => as.map((a) => [a.textContent.trim(), a.getAttribute('aria-current')]));
  assert.deepEqual(current, [['Explorer le plan', 'true']]);
  await page.click('.back-link');
  await page.waitForSelector('.item-page', { state: 'detached' });
  assert.deepEqual(
    await page.$$eval('nav.view-tabs a[aria-current]', (as) => as.map((a) => a.getAttribute('aria-current'))),
    ['page'],
  );
  assert.deepEqual(errors, []);
  await context.close();
});

// The whole plan as published, and what the app adds to it said as such: every
// sentence of the published text on screen, every outside fact with its source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serverAndBrowser, newPage, openApp, settle, waitForApp } from './support/browser.mjs';

const DATA = resolve(import.meta.dirname, '../../data');
const PLAN = JSON.parse(await readFile(resolve(DATA, 'plan-2023-2024.json'), 'utf8'));
const SEED = await readFile(resolve(DATA, 'plan-deploiement-2023-2024.txt'), 'utf8');

const env = serverAndBrowser();

/** Text compared without its spacing or case: the page's `innerText` and the seed
 * lay out the same words with different spaces, line breaks and capitals. */
const squeeze = (text) => text.replace(/\s+/g, '').toLowerCase();

// The table heading rows of the published plan: they become each item's labels.
const COLUMN_HEADINGS = [
  "PRIORITÉS\tAXE D'INTERVENTION\tOBJECTIFS\tPARTENAIRES RESPONSABLES",
  '\tPLANS OU PROGRAMMES\t\tOBJECTIF\tRESPONSABLE',
];

/**
 * Every cell of the published text (a line, or a table cell), with only the repairs
 * docs/plan-data.md lists: `\$` → `$`, `4^e` → `4ᵉ`, no `**` emphasis nor stray bullets.
 */
function seedCells() {
  const text = SEED.replaceAll('\\$', '$').replaceAll('4^e', '4ᵉ').replaceAll('**', '');
  return text
    .split('\n')
    .filter((line) => !COLUMN_HEADINGS.includes(line))
    .flatMap((line) => line.split('\t'))
    .map((cell) => cell.replace(/[■\uf0a7\uf0b7]/g, ' ').trim())
    .filter((cell) => cell.length > 0);
}

/** A partners cell of the published tables is a run of short names, sometimes glued
 * together (`Ville de LévisCISSS-CACDC de Lévis`): the names it is made of, or null. */
function partnerNames(cell) {
  const names = PLAN.partners.map((p) => p.short_name);
  const split = (rest) => {
    if (rest === '') return [];
    for (const name of names) {
      if (rest.startsWith(squeeze(name))) {
        const tail = split(rest.slice(squeeze(name).length));
        if (tail) return [name, ...tail];
      }
    }
    return null;
  };
  return split(squeeze(cell));
}

/** The cells of the published text that the page at `url` does not show. */
async function missingCells(page, url) {
  await page.goto(url);
  await waitForApp(page);
  const shown = squeeze(await page.evaluate(() => document.body.innerText));
  return seedCells().filter((cell) => {
    if (shown.includes(squeeze(cell))) return false;
    const names = partnerNames(cell);
    return !(names && names.every((name) => shown.includes(squeeze(name))));
  });
}

test('every sentence of the published plan is on screen, in French and in English', async () => {
  const { page, errors, context } = await newPage(env.browser);
  assert.ok(seedCells().length > 60, 'the seed splits into its cells');
  assert.deepEqual(await missingCells(page, env.server.url + '?vue=plan-complet'), []);
  assert.deepEqual(await missingCells(page, env.server.url + '?vue=plan-complet&lang=en'), []);
  // The check can fail: the explore view leaves out the strategies' introduction.
  const fromExplore = await missingCells(page, env.server.url);
  assert.ok(fromExplore.includes(PLAN.strategies.introduction), fromExplore.join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the whole plan reads in the published order, numbered, and opens items in place', async () => {
  const { page, errors, context } = await openApp(env.browser, env.server.url);
  await page.click('nav.view-tabs a:has-text("Le plan en entier")');
  await page.waitForSelector('.document-view #s-fonds');
  assert.match(page.url(), /\?vue=plan-complet$/);
  const headings = await page.$$eval('.document-view h2', (els) => els.map((el) => el.textContent.trim()));
  assert.deepEqual(headings, [
    'Introduction',
    PLAN.realities.heading,
    PLAN.priorities.heading,
    PLAN.municipal_programs.heading,
    PLAN.other_municipal_plans.heading,
    'Sigles',
    PLAN.strategies.heading,
    PLAN.fund.heading,
    'Sigles et acronymes',
    'Partenaires et unités responsables',
  ]);
  const realities = await page.$$eval('.document-view article.reality h3', (els) => els.map((el) => el.innerText));
  assert.deepEqual(realities, PLAN.realities.items.map((r) => `${r.number}. ${r.reality}`));
  const strategies = await page.$$eval('.document-view article.strategy h3', (els) => els.map((el) => el.innerText));
  assert.deepEqual(strategies, PLAN.strategies.items.map((s) => `${s.number}. ${s.title}`));
  const acronyms = await page.$$eval('.document-view .acronym-list li', (els) => els.map((el) => el.innerText));
  assert.deepEqual(acronyms, PLAN.acronyms.map((a) => `${a.abbreviation}\u00a0: ${a.expansion}`));
  assert.match(await page.textContent('.document-view .citation'), /Ville de Lévis\. Plan d'action de la Politique de développement social et communautaire — Plan de déploiement 2023-2024\./);

  // An item's title opens its page without loading the page again, and Back returns.
  await page.evaluate(() => { window.sameDocument = true; });
  await page.click('.document-view a[href="#strategie-approches-structurelles"]');
  await page.waitForSelector('h1:has-text("Utilisation d\'approches structurelles")');
  assert.match(page.url(), /element=strategie-approches-structurelles/);
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'opened in place');
  await page.goBack();
  await page.waitForSelector('.document-view');
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  const focused = () => document.activeElement?.getAttribute('href');
  await settle(page, () => document.activeElement?.getAttribute('href') === '#strategie-approches-structurelles');
  assert.equal(await page.evaluate(focused), '#strategie-approches-structurelles', 'Back puts the keyboard on the link it left from');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Every partner name on the page: its short name, full name, and the mark after it. */
const partnerNamesShown = (page) =>
  page.$$eval('.partner-name', (els) =>
    els.map((el) => ({
      short: el.querySelector('abbr')?.textContent ?? el.textContent,
      title: el.querySelector('abbr')?.title ?? '',
      full: el.querySelector('.partner-full-name')?.textContent.replace(/^ — /, '') ?? null,
      mark: el.querySelector('.source-tag')?.textContent ?? null,
      brief: el.closest('.filters') !== null,
    })),
  );

/** What the mark after an outside fact must say: its source, or that it is its own. */
const expectedMark = (fact, source) => (fact === source ? 'nom publié par l\'organisme lui-même' : `source\u00a0: ${source}`);

function assertPartnersMarked(shown, where) {
  assert.ok(shown.length > 0, `${where}: partner names are shown`);
  for (const name of shown) {
    const partner = PLAN.partners.find((p) => p.short_name === name.short);
    assert.ok(partner, `${where}: ${name.short} is a partner`);
    if (partner.full_name_source && name.full && name.brief) {
      // The filter labels: a short mark, explained once below them (checked by the test).
      assert.equal(name.mark, '(hors plan)', `${where}: ${partner.full_name} in a filter label`);
    } else if (partner.full_name_source && name.full) {
      assert.ok(name.mark?.includes('hors plan'), `${where}: ${partner.full_name} is marked as outside the plan`);
      assert.ok(name.mark.includes(expectedMark(partner.full_name, partner.full_name_source)), `${where}: ${name.mark}`);
    } else if (partner.full_name_source) {
      // A compact name (the matrix) keeps the full name in its title, with the mark.
      assert.ok(name.title.includes('hors plan'), `${where}: ${name.short} title ${name.title}`);
    } else {
      assert.equal(name.mark, null, `${where}: ${name.short} is the plan's own name`);
    }
  }
}

test('every outside fact is marked with its source where it is shown', async () => {
  const outsideNames = PLAN.partners.filter((p) => p.full_name_source);
  assert.deepEqual(outsideNames.map((p) => p.id), ['omh-de-levis', 'cdc-de-levis', 'cisss-ca', 'stlevis', 'service-de-police']);
  const { page, errors, context } = await openApp(env.browser, env.server.url);
  for (const query of ['', '?vue=plan-complet', '?vue=sigles', '?vue=matrice', '?element=priorite-soutien-organismes', '?element=programme-fbcs']) {
    await page.goto(env.server.url + query);
    await waitForApp(page);
    await page.waitForSelector('.partner-name');
    const shown = await partnerNamesShown(page);
    assertPartnersMarked(shown, query || 'explore');
    if (query === '') {
      // The filter labels' short mark is explained once, and the cards keep the full one.
      assert.ok(shown.some((n) => n.brief && n.mark) && shown.some((n) => !n.brief && n.mark?.includes('source')));
      const notes = await page.$$eval('.filters p.hint', (els) => els.map((el) => el.textContent));
      assert.equal(notes.filter((text) => text.includes('Hors plan')).length, 1, notes.join(' | '));
    }
    // Every axis badge says its name is the 2019 policy's.
    for (const badge of await page.$$eval('.axis-badge', (els) => els.map((el) => el.textContent))) {
      assert.ok(badge.includes('nom tiré de la Politique de 2019'), `${query}: ${badge}`);
    }
  }
  // The glossary: every abbreviation says where its expansion comes from.
  await page.goto(env.server.url + '?vue=sigles');
  await waitForApp(page);
  const entries = await page.$$eval('dl.glossary .glossary-entry', (els) =>
    els.map((el) => ({ abbreviation: el.querySelector('dt').textContent, mark: el.querySelector('.source-tag').textContent })),
  );
  for (const a of [...PLAN.acronyms, ...PLAN.other_abbreviations]) {
    const entry = entries.find((e) => e.abbreviation === a.abbreviation);
    assert.ok(entry, a.abbreviation);
    if (a.source) assert.ok(entry.mark.includes(expectedMark(a.expansion, a.source)), `${a.abbreviation}: ${entry.mark}`);
    else assert.equal(entry.mark, '(défini dans le plan)', a.abbreviation);
  }
  assert.equal(entries.find((e) => e.abbreviation === 'MADA').mark, '(défini dans le plan)', 'the plan spells MADA out');
  assert.match(await page.textContent('main'), /Ce classement est celui de l'application, pas du plan/, 'partner kinds are the app\'s own');
  assert.deepEqual(errors, []);
  await context.close();

  // The static copy (JavaScript off) carries the same marks.
  const off = await newPage(env.browser, { javaScriptEnabled: false });
  await off.page.goto(env.server.url);
  assertPartnersMarked(await partnerNamesShown(off.page), 'static copy');
  const marks = await off.page.$$eval('dl.glossary .glossary-entry .source-tag', (els) => els.map((el) => el.textContent));
  const abbreviations = [...PLAN.acronyms, ...PLAN.other_abbreviations];
  assert.equal(marks.length, abbreviations.length);
  assert.equal(marks.filter((m) => m.includes('hors plan')).length, abbreviations.filter((a) => a.source).length);
  await off.context.close();
});

test('the English interface writes English typography and Canadian spelling', async () => {
  const { page, errors, context } = await newPage(env.browser, { locale: 'en-CA' });
  for (const query of ['?lang=en', '?lang=en&element=fonds-soutien-financier', '?lang=en&vue=a-propos', '?lang=en&vue=matrice', '?lang=en&element=priorite-logement-abordable']) {
    await page.goto(env.server.url + query);
    await waitForApp(page);
    // The interface's own text: everything outside the plan's French.
    const ui = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
      const texts = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.closest('[lang="fr"]') && node.parentElement.checkVisibility()) texts.push(node.textContent);
      }
      return texts.join('|');
    });
    assert.doesNotMatch(ui, /\s[:;]/, `${query}: no space before a colon in English`);
    assert.doesNotMatch(ui, /programme|organisation|prioritis/i, `${query}: Canadian spelling`);
    assert.ok(ui.length > 100, query);
  }
  await page.goto(env.server.url + '?lang=en&element=fonds-soutien-financier');
  await waitForApp(page);
  assert.match(await page.textContent('.fund-amount'), /Yearly amount: \$200,000/);
  await page.goto(env.server.url + '?lang=fr&element=fonds-soutien-financier');
  await waitForApp(page);
  assert.match(await page.textContent('.fund-amount'), /Montant annuel\u00a0: 200\u202f000\u00a0\$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('« À propos » says what differs from the published document in plain words', async () => {
  for (const [query, heading] of [['?vue=a-propos', 'Ce qui diffère du document publié'], ['?vue=a-propos&lang=en', 'What differs from the published document']]) {
    const { page, context } = await openApp(env.browser, env.server.url + query);
    const list = page.locator(`h2:has-text("${heading}") + ul`);
    const items = await list.locator('li').allInnerTexts();
    assert.equal(items.length, 5, query);
    // No extraction notation: a caret, an escaped dollar, table cells.
    for (const item of items) assert.doesNotMatch(item, /\^|\\|cellule|cells/, `${query}: ${item}`);
    await context.close();
  }
});

test('whom to contact, on « À propos » and without JavaScript, in the page\'s language, marked as outside the plan', async () => {
  const city = ['Ville de Lévis', '2175, chemin du Fleuve', 'Lévis (Québec) G6W 7W9', '418 835-4960', 'ville.levis.qc.ca', '« Développement social et communautaire »'];
  const source = 'Ville de Lévis, Plan d\'action de la Politique de développement social et communautaire (2020-2030) et Politique de développement social et communautaire (2019)';
  const words = {
    fr: { heading: 'Joindre la Ville de Lévis', outside: 'hors plan ; source : ', openData: 'Données ouvertes' },
    en: { heading: 'Contact the Ville de Lévis', outside: 'not in the plan; source: ', openData: 'Open data' },
  };
  const check = async (page, lang, where) => {
    const w = words[lang];
    const contact = page.locator('section.contact');
    const text = (await contact.innerText()).replace(/[\u00a0\u202f]/g, ' ');
    for (const part of [w.heading, ...city, w.outside + source]) assert.ok(text.includes(part), `${where}: ${part}`);
    assert.equal(await contact.locator('a[href="tel:+14188354960"]').count(), 1, where);
    // The interface's words in its language; the city's own words marked as French.
    assert.equal(await contact.evaluate((e) => e.closest('[lang]').lang), lang, where);
    assert.equal(await contact.locator('address').getAttribute('lang'), 'fr', where);
    assert.equal(await contact.locator('span[lang="fr"]', { hasText: 'Politique de développement social' }).count(), 1, where);
    assert.equal(await page.locator('section.open-data h2').innerText(), w.openData, where);
    assert.equal(await page.locator('section.open-data ul').getAttribute('lang'), 'fr', where);
  };
  for (const [query, lang] of [['?vue=a-propos', 'fr'], ['?vue=a-propos&lang=en', 'en']]) {
    const { page, context, errors } = await openApp(env.browser, env.server.url + query);
    await check(page, lang, query);
    assert.deepEqual(errors, []);
    await context.close();
  }
  const { page, context } = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(env.server.url);
  await check(page, 'fr', 'without JavaScript');
  await context.close();
});

test('every item page says where to ask about it, in the page\'s language, and leads to the contact', async () => {
  for (const [lang, heading, line] of [
    ['fr', 'Une question sur cet élément ?', 'Adressez-vous à la Ville de Lévis : ses coordonnées et leur source.'],
    ['en', 'A question about this item?', 'Ask the Ville de Lévis: its contact details and their source.'],
  ]) {
    const { page, context, errors } = await openApp(env.browser, `${env.server.url}?element=realite-inflation&lang=${lang}`);
    const ask = page.locator('.item-page section.where-to-ask');
    assert.equal((await ask.locator('h2').innerText()).replace(/\u00a0/g, ' '), heading);
    assert.equal((await ask.locator('p').innerText()).replace(/\u00a0/g, ' '), line);
    // The link lands on whom to contact, with the keyboard there.
    await ask.locator('a').click();
    await page.waitForFunction(() => location.search.includes('vue=a-propos'));
    await page.waitForFunction(() => document.activeElement?.id === 'contact-titre');
    assert.match(await page.locator('section.contact').innerText(), /418 835-4960/);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

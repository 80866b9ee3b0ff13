// Every citizen, every browser: axe-core, keyboard only, languages, no JavaScript,
// print, reflow. Real Chromium against dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serverAndBrowser, newPage, settle, waitForApp } from './support/browser.mjs';
import { speechStandIn } from './support/speech-stand-in.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const env = serverAndBrowser();

/** axe-core violations on the current page, as readable lines. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

const VIEWS = [
  '',
  '?q=logement&axe=2',
  '?type=priorite&partenaire=sdsc',
  '?element=priorite-soutien-organismes',
  '?element=realite-inflation',
  '?element=fonds-soutien-financier',
  '?vue=matrice',
  '?vue=sigles',
  '?vue=notes',
  '?vue=a-propos',
];

for (const lang of ['fr', 'en']) {
  test(`axe-core finds no violation on any view (${lang})`, async () => {
    const { page, context } = await newPage(env.browser, { bypassCSP: true });
    // A French voice, so item pages show « Écouter » (and axe-core checks it too).
    await page.addInitScript(speechStandIn());
    // One note, so lists show their badge and "my notes" has an entry.
    await page.goto(env.server.url + '?vue=a-propos');
    await page.evaluate(() =>
      localStorage.setItem('plan-levis.notes', JSON.stringify({ version: 1, notes: { 'priorite-soutien-organismes': { text: 'Une note', updated_ms: 1 } } })),
    );
    const found = {};
    for (const view of VIEWS) {
      const url = env.server.url + (view ? `${view}&lang=${lang}` : `?lang=${lang}`);
      await page.goto(url);
      await waitForApp(page);
      if (view.startsWith('?element=')) {
        await settle(page, () => getComputedStyle(document.querySelector('.listen-button')).display !== 'none');
        assert.ok(await page.isVisible('.listen-button'), `« Écouter » is shown on ${view}`);
      }
      const violations = await axeViolations(page);
      if (violations.length) found[view || 'home'] = violations;
    }
    assert.deepEqual(found, {});
    await context.close();
  });
}

test('axe-core finds no violation in kiosk mode', async () => {
  const { page, context } = await newPage(env.browser, {
    bypassCSP: true,
    viewport: { width: 1080, height: 1920 },
    reducedMotion: 'reduce',
  });
  await page.goto(env.server.url + 'kiosque/?delai=3');
  await page.waitForSelector('.attract-slide');
  const slideIn = await page.$eval('.attract-slide', (e) => getComputedStyle(e).animationName);
  assert.equal(slideIn, 'none', 'the slides do not move with reduced motion');
  const found = {};
  const attract = await axeViolations(page);
  if (attract.length) found.attract = attract;
  await page.click('.attract-button');
  await waitForApp(page);
  for (const [name, action] of [
    ['home', null],
    ['filtered', async () => {
      await page.click('details.filters > summary');
      await page.click('#filtre-axe-5');
    }],
    ['item', () => page.click('#programme-mada .card-title a')],
  ]) {
    if (action) await action();
    await page.waitForTimeout(100);
    // The QR code of « Continuer sur mon téléphone » is checked with the rest.
    assert.equal(await page.locator('.phone-qr svg[role="img"]').count(), name === 'home' ? 0 : 1, name);
    const violations = await axeViolations(page);
    if (violations.length) found[name] = violations;
  }
  await page.waitForSelector('.idle-warning', { timeout: 10000 });
  const warning = await axeViolations(page);
  if (warning.length) found.warning = warning;
  assert.deepEqual(found, {});
  await context.close();
});

test('keyboard only: skip link, filter by axis, open an item, write a note', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await waitForApp(page);
  // The first Tab reaches the skip link, which is then visible.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
  assert.ok(box >= 0, 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'contenu');
  // Tab through to the axis 2 checkbox and tick it with the space bar.
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement.id === 'filtre-axe-2');
  }
  assert.ok(found, 'axis 2 is reachable by Tab');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, 'none', 'focus is visible');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.search === '?axe=2');
  assert.match(await page.textContent('#resultats'), /3 des 13 priorités, plans et programmes correspondent/);
  assert.equal(await page.getAttribute('#resultats-annonce', 'role'), 'status', 'counts are announced politely');
  await page.waitForFunction(() => /3 des 13 priorités/.test(document.querySelector('#resultats-annonce').textContent));
  // On to the first result's link, then Enter.
  found = false;
  for (let i = 0; i < 60 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement.closest('#priorite-logement-abordable') !== null);
  }
  assert.ok(found, 'the first result is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.item-page');
  // Focus moves once the new page is drawn (the next animation frame).
  await settle(page, () => document.activeElement.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the page title');
  found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement.id === 'note-texte');
  }
  assert.ok(found, 'the note field is reachable by Tab');
  await page.keyboard.type('Au clavier seulement');
  await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('enregistrée'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('landmarks and headings make sense', async () => {
  const { page, context } = await newPage(env.browser);
  await page.goto(env.server.url + '?element=programme-mada');
  await waitForApp(page);
  const outline = await page.evaluate(() => ({
    banner: document.querySelectorAll('header').length,
    nav: document.querySelectorAll('nav').length >= 1,
    main: document.querySelectorAll('main').length,
    h1: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim()),
    contentinfo: document.querySelectorAll('footer').length,
  }));
  assert.deepEqual(outline, {
    banner: 1,
    nav: true,
    main: 1,
    h1: ["Plan d'action Municipalité amie des aînés (MADA)"],
    contentinfo: 1,
  });
  await context.close();
});

test('English on request: switch, URL, remembered, content stays French', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url + '?axe=5');
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.click('button.language-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(new URL(page.url()).search, '?axe=5&lang=en');
  assert.equal(await page.textContent('nav.view-tabs a[aria-current="page"]'), 'Explore the plan');
  assert.match(await page.textContent('.official-text-note'), /official language/);
  assert.match(await page.textContent('#resultats'), /4 of the 13 priorities, plans and programs match/);
  // The plan's own text is French, and says so to screen readers.
  const title = page.locator('#programme-mada .card-title [lang="fr"]');
  assert.equal((await title.textContent()).trim(), 'Plan d\'action Municipalité amie des aînés (MADA)');
  assert.equal(await page.evaluate(() => localStorage.getItem('plan-levis.lang')), 'en');
  // Remembered on this device: a link without lang opens in English.
  await page.goto(env.server.url + '?vue=matrice');
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.textContent('h1')).trim(), 'Who is responsible for what');
  // And back.
  await page.click('button.language-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.equal((await page.textContent('h1')).trim(), 'Qui est responsable de quoi');
  assert.deepEqual(errors, []);
  await context.close();
});

test("the browser's language picks the default on a first visit", async () => {
  const { page, context } = await newPage(env.browser, { locale: 'en-US' });
  await page.goto(env.server.url);
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(new URL(page.url()).search, '?lang=en');
  await context.close();
  const fr = await newPage(env.browser, { locale: 'fr-CA' });
  await fr.page.goto(env.server.url + '?lang=en');
  await waitForApp(fr.page);
  assert.equal(await fr.page.getAttribute('html', 'lang'), 'en', 'a shared English link stays English');
  await fr.context.close();
});

test('with JavaScript off, the whole plan is readable', async () => {
  const { page, context } = await newPage(env.browser, { javaScriptEnabled: false });
  await page.goto(env.server.url);
  const priorities = await page.$$eval('#s-priorites ~ ol article h3, section[aria-labelledby="s-priorites"] article h3', (els) =>
    els.map((e) => e.textContent.trim()),
  );
  assert.equal(priorities.length, 5);
  assert.equal(priorities[0], '1. Accessibilité au logement abordable et salubrité des logements');
  const text = await page.textContent('body');
  assert.ok(text.includes('Partenaires responsables'));
  assert.ok(text.includes('CISSS-CA'));
  assert.ok(text.includes('200 000 $ par année'));
  assert.match(text, /demandent JavaScript/, 'the noscript message says what needs JavaScript');
  assert.equal(await page.locator('article.reality').count(), 5);
  assert.equal(await page.locator('article.strategy').count(), 4);
  await context.close();
});

test('the static copy gives way to the app when it starts', async () => {
  const { page, context } = await newPage(env.browser);
  await page.goto(env.server.url);
  await waitForApp(page);
  assert.equal(await page.locator('#plan-statique').count(), 0);
  assert.equal(await page.locator('main').count(), 1);
  await context.close();
});

test('print: content only, black on white, with the URL and the plan date', async () => {
  const { page, context } = await newPage(env.browser);
  await page.goto(env.server.url + '?axe=2');
  await waitForApp(page);
  // The offline bar, as it shows for 10 s after a first visit: not on paper.
  await page.evaluate(() => { document.querySelector('.connection-status').textContent = 'hors ligne'; });
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const visible = (sel) => [...document.querySelectorAll(sel)].some((e) => getComputedStyle(e).display !== 'none');
    return {
      offlineBar: visible('.connection-status'),
      tabs: visible('nav.view-tabs'),
      filters: visible('.explore-controls'),
      buttons: visible('button:not(.chip)'),
      // A filtered printout says which filters made it, as text.
      filtersShown: [...document.querySelectorAll('.active-filters')].map((e) => e.innerText.trim()),
      header: visible('.print-header'),
      cards: visible('article.commitment'),
      color: getComputedStyle(document.querySelector('article.commitment h3 a')).color,
      background: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
    };
  });
  assert.deepEqual(shown, {
    offlineBar: false,
    tabs: false,
    filters: false,
    buttons: false,
    filtersShown: ['Axe 2'],
    header: true,
    cards: true,
    color: 'rgb(0, 0, 0)',
    background: 'rgb(255, 255, 255)',
  });
  const header = await page.textContent('.print-header');
  assert.ok(header.includes('?axe=2') && header.includes('2023-2024'), header);
  assert.match(header, /^Vue imprimée du Plan de déploiement 2023-2024/);
  // One item, and my notes, print too.
  await page.goto(env.server.url + '?element=programme-mada');
  await waitForApp(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.breadcrumb')).display), 'none');
  await context.close();
});

test('print: a heading never ends a page with its text on the next', async () => {
  // Chromium's print layout is not readable from a page; its multi-column layout
  // breaks content with the same fragmentation engine and the same break rules. With
  // the print styles on, the content is cut into columns of many heights, standing for
  // pages: no heading may be the last thing in a column. The same cut without the
  // stylesheet's rule (an inline override) strands some, which shows the check sees it.
  const { page, context, errors } = await newPage(env.browser, { viewport: { width: 800, height: 1000 } });
  const stranded = (override) => page.evaluate((override) => {
    const main = document.querySelector('main');
    const headings = [...main.querySelectorAll('h2, h3')].filter((h) => h.nextElementSibling);
    for (const h of headings) h.style.setProperty('break-after', override ? 'auto' : '', override ? 'important' : '');
    const found = [];
    for (let height = 200; height <= 900; height += 37) {
      main.style.cssText = `columns: 30rem; column-fill: auto; column-gap: 0; height: ${height}px`;
      for (const h of headings) {
        const [own, next] = [h.getClientRects(), h.nextElementSibling.getClientRects()];
        if (own.length && next.length && Math.abs(own[own.length - 1].left - next[0].left) > 1) {
          found.push(`${h.textContent.trim()} (${height} px)`);
        }
      }
    }
    main.style.cssText = '';
    return found;
  }, override);
  for (const view of ['?vue=plan-complet', '?axe=2']) {
    await page.goto(env.server.url + view);
    await waitForApp(page);
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await stranded(false), [], view);
    assert.ok((await stranded(true)).length > 0, `${view}: without the rule, some headings end a column`);
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('print: a long note prints in full, as text, without its save status', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url + '?element=programme-mada');
  await waitForApp(page);
  const lines = Array.from({ length: 25 }, (_, i) => `Ligne ${i + 1} de ma note`);
  await page.fill('#note-texte', lines.join('\n'));
  await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('enregistrée'));
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const shown = (el) => el && getComputedStyle(el).display !== 'none';
    const note = document.querySelector('.note-print');
    return {
      text: shown(note) ? note.innerText : null,
      height: note.getBoundingClientRect().height,
      box: shown(document.querySelector('#note-texte')),
      status: shown(document.querySelector('#note-etat')),
    };
  });
  assert.equal(printed.text, lines.join('\n'), 'every line of the note');
  assert.ok(printed.height > 25 * 12, `not cut to a box (${printed.height} px)`);
  assert.equal(printed.box, false, 'the text box itself is not printed');
  assert.equal(printed.status, false, 'nor its save status');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.note-print')).display), 'none');
  assert.deepEqual(errors, []);
  await context.close();
});

test('print: no note heading without a note, no note badge without its note, a readable address', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url + '?q=accès&element=programme-mada');
  await waitForApp(page);
  const shown = (selector) => page.$eval(selector, (el) => getComputedStyle(el).display !== 'none');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await shown('.note-editor'), false, 'an item without a note prints no « Mes notes privées »');
  // The address as people read it, accents and all.
  assert.match(await page.textContent('.print-header'), /\?q=accès&element=programme-mada$/);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await shown('.note-editor'), true);
  await page.fill('#note-texte', 'Appeler la coordonnatrice');
  await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('enregistrée'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await shown('.note-editor'), true, 'with a note, the item prints it');
  // A list prints no notes: no « Avec ma note » badge either.
  await page.goto(env.server.url + '?axe=5');
  await waitForApp(page);
  assert.equal(await page.locator('#programme-mada .note-badge').count(), 1);
  assert.equal(await shown('#programme-mada .note-badge'), false);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await shown('#programme-mada .note-badge'), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('reflow: nothing scrolls sideways at 320 px', async () => {
  const { page, context } = await newPage(env.browser, { viewport: { width: 320, height: 640 } });
  // The matrix scrolls inside its own box; a long unbroken search (a pasted address)
  // wraps in its chip and in the notice.
  const pasted = `?q=${'https://www.ville.levis.qc.ca/developpement-social'.repeat(2)}`;
  for (const view of ['', '?element=priorite-main-d-oeuvre', '?vue=sigles', '?vue=notes', '?vue=a-propos', '?lang=en', '?vue=matrice', pasted]) {
    await page.goto(env.server.url + view);
    await waitForApp(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `horizontal scroll on ${view || 'home'}`);
  }
  // The matrix says that it scrolls, and its box can be scrolled from the keyboard.
  await page.goto(env.server.url + '?vue=matrice');
  await waitForApp(page);
  const box = await page.$eval('.matrix-scroll', (el) => ({
    scrolls: el.scrollWidth > el.clientWidth,
    focusable: el.tabIndex === 0,
    hint: document.querySelector('.matrix-scroll-hint') && getComputedStyle(document.querySelector('.matrix-scroll-hint')).display !== 'none',
  }));
  assert.deepEqual(box, { scrolls: true, focusable: true, hint: true });
  await context.close();
});

test('text at 200 % on a phone: no view wider than the screen, every control in sight (WCAG 1.4.4, 1.4.10)', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
    const { page, context } = await newPage(env.browser, { viewport });
    // What a phone's "large text" setting does to the page: its root font size doubled.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%'; });
    });
    for (const view of VIEWS.concat(['?lang=en', '?vue=plan-complet'])) {
      await page.goto(env.server.url + view);
      await waitForApp(page);
      const m = await page.evaluate(() => {
        const header = document.querySelector('.site-header').getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          // Each header button on the blue header, its label whole.
          buttons: [...document.querySelectorAll('.site-header button')].map((b) => {
            const r = b.getBoundingClientRect();
            return r.left >= header.left && r.right <= Math.min(header.right, innerWidth) && r.bottom <= header.bottom && b.scrollWidth <= b.clientWidth + 1;
          }),
        };
      });
      assert.equal(m.overflow, 0, `${viewport.width} px, ${view || 'home'}: wider than the screen`);
      assert.deepEqual(m.buttons, [true, true], `${viewport.width} px, ${view || 'home'}: header buttons`);
    }
    // Typing a search never scrolls the page sideways.
    await page.goto(env.server.url);
    await waitForApp(page);
    await page.fill('#recherche', 'logement abordable pour les personnes aînées de Lévis');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => scrollX), 0, `${viewport.width} px: search typed`);
    const search = await page.locator('#recherche').boundingBox();
    assert.ok(search.x >= 0 && search.x + search.width <= viewport.width, `${viewport.width} px: the search field fits`);
    await context.close();
  }
});

test('every tab at the top of the page, on a phone and with larger text: the row wraps', async () => {
  const cases = [
    { viewport: { width: 390, height: 844 }, text: '100%' },
    { viewport: { width: 820, height: 1180 }, text: '150%' },
    { viewport: { width: 320, height: 640 }, text: '100%' },
  ];
  for (const { viewport, text } of cases) {
    const { page, context } = await newPage(env.browser, { viewport });
    await page.addInitScript((size) => {
      document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = size; });
    }, text);
    for (const address of ['', '?lang=en']) {
      await page.goto(env.server.url + address);
      await waitForApp(page);
      const top = await page.evaluate(() => {
        const strip = document.querySelector('.view-tabs ul');
        const tabs = [...strip.querySelectorAll('a')].map((a) => {
          const r = a.getBoundingClientRect();
          return { name: a.textContent, left: r.left, right: r.right, top: r.top };
        });
        return { tabs, scrolls: strip.scrollWidth > strip.clientWidth, bottom: document.querySelector('.view-tabs').getBoundingClientRect().bottom };
      });
      const where = `${viewport.width} px, text ${text}, ${address || 'fr'}`;
      assert.equal(top.tabs.length, 6, where);
      const hidden = top.tabs.filter((t) => t.left < 0 || t.right > viewport.width).map((t) => t.name);
      assert.deepEqual(hidden, [], `${where}: tabs past the edge of the screen`);
      assert.equal(top.scrolls, false, `${where}: the row of tabs scrolls sideways`);
      assert.ok(top.bottom <= viewport.height, `${where}: the tabs end at ${top.bottom} px, below the first screen (${viewport.height} px)`);
    }
    await context.close();
  }
});

test('the layout follows the page\u2019s own text size: text enlarged by a style sheet keeps cards readable', async () => {
  // Measured in the page's own em: the filters beside the results only where both fit,
  // and result cards at least 20 em wide, whatever the root's size.
  const layout = async (viewport, text) => {
    const { page, context } = await newPage(env.browser, { viewport });
    await page.addInitScript((size) => {
      document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = size; });
    }, text);
    await page.goto(env.server.url);
    await waitForApp(page);
    const m = await page.evaluate(() => {
      const em = (el) => parseFloat(getComputedStyle(el).fontSize);
      const cards = [...document.querySelectorAll('.explore-results article.commitment')];
      const controls = document.querySelector('.explore-controls').getBoundingClientRect();
      const results = document.querySelector('.explore-results').getBoundingClientRect();
      return {
        narrowest: Math.min(...cards.map((c) => c.getBoundingClientRect().width / em(c))),
        columns: new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left))).size,
        beside: controls.right <= results.left,
      };
    });
    await context.close();
    return m;
  };
  for (const [viewport, text] of [[{ width: 1280, height: 800 }, '150%'], [{ width: 900, height: 800 }, '150%'], [{ width: 1024, height: 768 }, '200%']]) {
    const m = await layout(viewport, text);
    assert.ok(m.narrowest >= 20, `${viewport.width} px, text ${text}: a card ${m.narrowest.toFixed(1)} em wide`);
  }
  // At the default size the wide layout is as it was: filters beside, two columns of cards.
  const wide = await layout({ width: 1280, height: 800 }, '100%');
  assert.deepEqual([wide.columns, wide.beside], [2, true]);
  const phone = await layout({ width: 390, height: 844 }, '100%');
  assert.deepEqual([phone.columns, phone.beside], [1, false]);
});

test('a move to a list from elsewhere shows the list from its top, the keyboard on its summary', async () => {
  const { page, context } = await newPage(env.browser, { viewport: { width: 390, height: 844 } });
  const landed = async (where) => {
    await page.waitForFunction(() => document.activeElement?.id === 'resultats', null, { timeout: 5000 }).catch(() => {});
    const m = await page.evaluate(() => ({
      focus: document.activeElement?.id || document.activeElement?.tagName,
      results: document.querySelector('.explore-results').getBoundingClientRect().top,
      summary: document.querySelector('#resultats').getBoundingClientRect().bottom,
    }));
    assert.equal(m.focus, 'resultats', `${where}: the keyboard on the summary`);
    assert.ok(m.results >= -1 && m.summary <= 844, `${where}: the list's top in view (${m.results} to ${m.summary} px)`);
  };
  // A cell low in the matrix.
  await page.goto(env.server.url + '?vue=matrice');
  await waitForApp(page);
  const cell = page.locator('.matrix tbody tr').last().locator('a.cell-link').last();
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  await page.waitForSelector('#resultats');
  await landed('a matrix cell');
  // An item's « Tout ce qui relève de l'axe … » and its partner's « tout ce dont il est responsable ».
  for (const link of ['.item-page a.more-link >> nth=-1', '.item-page a.more-link >> nth=0']) {
    await page.goto(env.server.url + '?element=programme-fbcs');
    await waitForApp(page);
    const more = page.locator(link);
    await more.scrollIntoViewIfNeeded();
    await more.click();
    await page.waitForSelector('.explore-results');
    await landed(`the item page's link ${link}`);
  }
  // A filter ticked in the list keeps the keyboard where it is.
  await page.evaluate(() => document.querySelector('details.filters')?.setAttribute('open', ''));
  await page.check('#filtre-axe-3');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'filtre-axe-3');
  await context.close();
});

test('matrix: a short name writes its full name out on focus, and a tap opens its list', async () => {
  const { page, context, errors } = await newPage(env.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto(env.server.url + '?vue=matrice');
  await waitForApp(page);
  const abbr = '.matrix tbody th abbr[title^="Centre intégré de santé"]';
  const after = () => page.$eval(abbr, (el) => getComputedStyle(el, '::after').content);
  assert.equal(await after(), 'none', 'nothing written out at first');
  const title = await page.getAttribute(abbr, 'title');
  assert.ok(title.startsWith('Centre intégré de santé et de services sociaux de Chaudière-Appalaches'), title);
  // The name is a link: the keyboard's focus on it writes the full name out.
  await page.focus('.matrix tbody th a:has(abbr[title^="Centre intégré de santé"])');
  assert.equal(await after(), `" — ${title}"`, 'focus writes the full name out');
  await page.keyboard.press('Tab');
  assert.equal(await after(), 'none', 'gone once focus moves on');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await after(), `" — ${title}"`, 'printed written out');
  await page.emulateMedia({ media: 'screen' });
  // A tap opens the partner's list, whose cards write the full name out.
  await page.tap(abbr);
  await page.waitForFunction(() => new URLSearchParams(location.search).has('partenaire'));
  await page.waitForSelector('.commitment');
  const list = await page.textContent('.explore-results');
  assert.ok(list.includes('Centre intégré de santé et de services sociaux de Chaudière-Appalaches'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('status messages: the result count once typing pauses; a note saved said once', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await waitForApp(page);
  // Every text the live regions take, in order.
  await page.evaluate(() => {
    window.said = [];
    const watch = (el) => new MutationObserver(() => el.textContent && window.said.push(el.textContent))
      .observe(el, { childList: true, characterData: true, subtree: true });
    document.querySelectorAll('[role="status"]').forEach(watch);
  });
  await page.type('#recherche', 'aines', { delay: 120 });
  await page.waitForTimeout(1500);
  const counts = await page.evaluate(() => window.said.filter((t) => /des 13 priorités/.test(t)));
  assert.deepEqual(counts, ['2 des 13 priorités, plans et programmes correspondent.'], 'the count, once');
  // The note: « Note enregistrée » once per pause, never « Enregistrement… ».
  await page.goto(env.server.url + '?element=programme-mada');
  await waitForApp(page);
  await page.evaluate(() => {
    window.said = [];
    const el = document.querySelector('#note-etat');
    new MutationObserver(() => el.textContent && window.said.push(el.textContent))
      .observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.type('#note-texte', 'Une note', { delay: 60 });
  await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('enregistrée'));
  await page.waitForTimeout(800);
  assert.deepEqual(await page.evaluate(() => window.said), ['Note enregistrée sur cet appareil.']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the skip link past the filters, and the focus ring on the header', async () => {
  const { page, context } = await newPage(env.browser);
  await page.goto(env.server.url);
  await waitForApp(page);
  await page.focus('#recherche');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Aller aux résultats');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'resultats');
  // The ring around the header's buttons is white on the dark blue: well over 3:1.
  await page.focus('button.language-switch');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await page.$eval('button.language-switch', (el) => getComputedStyle(el).outlineColor);
  assert.equal(ring, 'rgb(255, 255, 255)');
  await context.close();
});

test('the keyboard focus ring is drawn whole, never cut by the edge of the screen', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    const { page, context } = await newPage(env.browser, { viewport });
    await page.goto(env.server.url + '?q=logement');
    await waitForApp(page);
    const cut = [];
    let reached = 0;
    for (const key of [...Array(60).fill('Tab'), ...Array(30).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      const ring = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const style = getComputedStyle(e);
        const out = Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
        const r = e.getBoundingClientRect();
        // Scrolled within a box of its own (the filters beside the results): its edges too.
        let top = 0;
        let bottom = innerHeight;
        for (let p = e.parentElement; p; p = p.parentElement) {
          if (/auto|scroll/.test(getComputedStyle(p).overflowY) && p.scrollHeight > p.clientHeight) {
            const box = p.getBoundingClientRect();
            top = Math.max(top, box.top);
            bottom = Math.min(bottom, box.bottom);
          }
        }
        return { name: `${e.tagName.toLowerCase()}.${e.className} « ${e.textContent.trim().slice(0, 30)} »`, top: r.top - out - top, bottom: bottom - r.bottom - out, height: r.height };
      });
      if (!ring) continue;
      reached += 1;
      if (ring.height < viewport.height / 2 && (ring.top < 0 || ring.bottom < 0)) cut.push(`${key} ${ring.name}: ${Math.round(ring.top)} / ${Math.round(ring.bottom)} px`);
    }
    assert.ok(reached > 40, `the keyboard reached ${reached} controls at ${viewport.width} px`);
    assert.deepEqual(cut, [], `rings cut at ${viewport.width} px`);
    await context.close();
  }
});

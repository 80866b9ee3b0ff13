// Private notes in real Chromium: saved as typed, kept, never lost on bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, newPage, waitForApp } from './support/browser.mjs';

const KEY = 'plan-levis.notes';
const BACKUP = 'plan-levis.notes.backup';
const ITEM = 'programme-mada';

const env = serverAndBrowser();

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Open a page with `raw` already in storage (null: nothing stored). */
async function withStored(raw, path = `?element=${ITEM}`, options = {}) {
  const session = await newPage(env.browser, options);
  await session.page.goto(env.server.url + '?vue=a-propos');
  if (raw !== null) await session.page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw]);
  await session.page.goto(env.server.url + path);
  await waitForApp(session.page);
  return session;
}

async function typeNote(page, text) {
  await page.click('#note-texte');
  await page.keyboard.type(text);
}

/**
 * A page whose localStorage refuses writes (of `onlyKey`, or of any key) with the
 * browser's QuotaExceededError once the test sets `window.__storageFull`.
 */
async function pageWithFillableStorage(onlyKey = null) {
  const session = await newPage(env.browser);
  await session.context.addInitScript((only) => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull && (only === null || key === only)) {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      return real.call(this, key, value);
    };
  }, onlyKey);
  return session;
}

const savedStatus = (page) =>
  page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('enregistrée'));

test('a note is saved as the person types and comes back after a reload', async () => {
  const { page, context, errors } = await withStored(null);
  assert.match(await page.textContent('.note-editor .privacy-note'), /ne sont envoyées nulle part/);
  // The padlock is decoration: screen readers do not announce it.
  const privacy = await page.locator('.note-editor .privacy-note').ariaSnapshot();
  assert.match(privacy, /Vos notes restent/);
  assert.doesNotMatch(privacy, /🔒/);
  await typeNote(page, 'Demander le bilan MADA');
  await savedStatus(page);
  const value = JSON.parse(await stored(page));
  assert.equal(value.version, 1);
  assert.equal(value.notes[ITEM].text, 'Demander le bilan MADA');
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.inputValue('#note-texte'), 'Demander le bilan MADA');
  // Lists mark it, the notes filter finds it, "my notes" lists it.
  await page.goto(env.server.url + '?notes=1');
  await waitForApp(page);
  const shown = await page.$$eval('.explore-results article.card', (els) => els.map((e) => e.id));
  assert.deepEqual(shown, [ITEM]);
  assert.match(await page.textContent(`#${ITEM} .note-badge`), /Avec ma note/);
  assert.doesNotMatch(await page.locator(`#${ITEM} .note-badge`).ariaSnapshot(), /✎/);
  await page.click('nav.view-tabs a:has-text("Mes notes")');
  await page.waitForSelector('.note-entry');
  assert.match(await page.textContent('.note-entry'), /Demander le bilan MADA/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('leaving the item right after typing does not lose the text', async () => {
  const { page, context } = await withStored(null);
  await typeNote(page, 'vite');
  await page.click('.back-link');
  await page.waitForSelector('.explore-results');
  assert.equal(JSON.parse(await stored(page)).notes[ITEM].text, 'vite');
  await context.close();
});

for (const [name, raw, words] of [
  ['not JSON', 'ceci {{ n\'est pas du JSON', /format est inconnu ou endommagé/],
  ['the wrong shape', '{"version":1,"notes":{"programme-mada":"texte seul"}}', /format est inconnu ou endommagé/],
  ['a future version', '{"version":9,"notes":{},"nouveau":1}', /version plus récente/],
]) {
  test(`stored notes that are ${name} are kept, backed up, and never overwritten`, async () => {
    const { page, context, errors } = await withStored(raw);
    const alert = await page.textContent('.notes-problem');
    assert.match(alert, words);
    assert.match(alert, /Rien n'a été effacé/);
    assert.equal(await stored(page, BACKUP), raw, 'raw value copied to the backup key');
    // The rest of the app works; typing a note does not write over the stored value.
    await typeNote(page, 'nouvelle note');
    await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('pause'));
    assert.equal(await page.inputValue('#note-texte'), 'nouvelle note');
    assert.equal(await stored(page), raw);
    // The person decides to start afresh: the backup stays.
    page.once('dialog', (d) => d.accept());
    await page.click('.notes-problem button.secondary-button');
    await page.waitForSelector('.notes-problem', { state: 'detached' });
    assert.deepEqual(JSON.parse(await stored(page)), { version: 1, notes: {} });
    assert.equal(await stored(page, BACKUP), raw);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('starting afresh on a full storage says so and keeps the unreadable value', async () => {
  const { page, context, errors } = await pageWithFillableStorage(KEY);
  await page.goto(env.server.url + '?vue=a-propos');
  await page.evaluate(() => localStorage.setItem('plan-levis.notes', 'abîmé {'));
  await page.goto(env.server.url + '?vue=notes');
  await page.waitForSelector('.notes-problem');
  await page.evaluate(() => (window.__storageFull = true));
  page.once('dialog', (d) => d.accept());
  await page.click('.notes-problem button.secondary-button');
  await page.waitForFunction(() => document.querySelector('.notes-problem .action-message').textContent.includes('plein'));
  assert.equal(await stored(page), 'abîmé {', 'the unreadable value is still there');
  assert.equal(await page.locator('.notes-problem').count(), 1, 'the decision is still pending');
  assert.deepEqual(errors, []);
  await context.close();
});

test('blocked storage: the app works and notes say they cannot be kept', async () => {
  const session = await newPage(env.browser);
  await session.context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const { page, context, errors } = session;
  await page.goto(env.server.url + '?axe=5');
  await waitForApp(page);
  assert.equal(await page.locator('.explore-results article.commitment').count(), 4);
  await page.goto(env.server.url + `?element=${ITEM}`);
  await waitForApp(page);
  assert.match(await page.textContent('.note-editor .notice'), /ne permet pas de conserver des notes/);
  await typeNote(page, 'texte');
  await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('ne permet pas'));
  assert.equal(await page.inputValue('#note-texte'), 'texte');
  assert.deepEqual(errors, []);
  await context.close();
});

const existing = JSON.stringify({ version: 1, notes: { [ITEM]: { text: 'ma note', updated_ms: 1 } } });

/** Pick a file to import and wait for the message matching `words`. */
async function importFile(page, name, buffer, words) {
  await page.setInputFiles('#import-notes', { name, mimeType: 'application/json', buffer });
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('.action-message').textContent),
    words.source,
  );
  return page.textContent('.action-message');
}

test('bad import files get a clear message and change nothing', async () => {
  const { page, context, errors } = await withStored(existing, '?vue=notes');
  const cases = [
    ['vide.json', Buffer.from(''), /vide/],
    ['pas-json.json', Buffer.from('<html>bonjour</html>'), /pas un fichier JSON/],
    ['autre.json', Buffer.from('{"format":"autre","notes":[]}'), /pas un export de notes/],
    ['abime.json', Buffer.from('{"format":"plan-levis-notes","version":1,"notes":[{"x":1}]}'), /incomplet ou endommagé/],
    ['enorme.json', Buffer.alloc(3 * 1024 * 1024, 32), /trop volumineux/],
  ];
  for (const [name, buffer, words] of cases) {
    const message = await importFile(page, name, buffer, words);
    assert.match(message, /n'ont pas été modifiées/);
    assert.equal(await stored(page), existing, `${name} left notes untouched`);
    // Only a damaged export says what exactly is wrong, folded under « Détails techniques ».
    const detail = await page.$$eval('.action-message details', (found) =>
      found.map((d) => [d.querySelector('summary').textContent, d.querySelector('code').textContent, d.open]));
    if (name === 'abime.json') {
      assert.deepEqual(detail, [['Détails techniques (en anglais)', 'the file: missing field `plan_id`', false]]);
    } else {
      assert.deepEqual(detail, [], `${name}: no technical detail`);
    }
  }
  // The last message is about the screen, not the notes: it does not print.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.$eval('.action-message', (el) => getComputedStyle(el).display), 'none');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a picked file the browser cannot read gets a clear message and changes nothing', async () => {
  // As when the file is deleted or locked between picking and reading: the browser's
  // FileReader fails with an error event (`NotReadableError`).
  const failures = {
    'read fails': () => {
      FileReader.prototype.readAsText = function () {
        setTimeout(() => {
          const error = new DOMException('The file could not be read.', 'NotReadableError');
          Object.defineProperty(this, 'error', { value: error });
          this.dispatchEvent(new ProgressEvent('error'));
        });
      };
    },
  };
  for (const [name, failure] of Object.entries(failures)) {
    const { page, context, errors } = await withStored(existing, '?vue=notes');
    await page.evaluate(failure);
    const message = await importFile(page, 'notes.json', Buffer.from(existing), /pas pu être lu/);
    assert.equal(message.trim(), "Import impossible. Le fichier n'a pas pu être lu. Vos notes actuelles n'ont pas été modifiées.", name);
    assert.equal(await stored(page), existing, name);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

test('importing an older export over newer notes shows which differ and lets her choose', async () => {
  const file = {
    format: 'plan-levis-notes',
    version: 1,
    plan_id: 'plan-deploiement-2023-2024',
    exported_at: '2026-11-20T10:00:00.000Z',
    notes: [
      { item_id: ITEM, item_title: 'x', text: 'leur note', updated_ms: 5 },
      { item_id: 'realite-inflation', text: 'inflation ?', updated_ms: 4 },
    ],
  };
  const buffer = Buffer.from(JSON.stringify(file));
  const cases = [
    ['Garder les miennes', /^ma note$/, /Notes qui différaient, gardées telles quelles : « Plan d'action Municipalité amie des aînés \(MADA\) »\./],
    ['Prendre celles du fichier', /^leur note$/, /remplacées par le texte du fichier : « Plan d'action Municipalité amie des aînés/],
    ['Garder les deux textes', /^ma note[\s\S]*Note importée[\s\S]*leur note$/, /avec les deux textes \(le vôtre d'abord\)/],
  ];
  for (const [choice, text, said] of cases) {
    const { page, context, errors } = await withStored(existing, '?vue=notes');
    await page.setInputFiles('#import-notes', { name: 'notes.json', mimeType: 'application/json', buffer });
    // Before: which note differs, both texts, and nothing changed yet.
    const panel = page.locator('section.import-choice');
    await panel.waitFor();
    assert.equal(await panel.locator('h2').innerText(), '1 note du fichier diffère de la vôtre');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'import-choix');
    const differing = panel.locator('.import-differing li');
    assert.equal(await differing.count(), 1);
    assert.match(await differing.locator('h3').innerText(), /MADA/);
    assert.deepEqual(await differing.locator('.note-text').allInnerTexts(), ['ma note', 'leur note']);
    assert.equal(await stored(page), existing, `${choice}: nothing saved before the choice`);
    // After: what became of it, named.
    await panel.locator(`button:has-text("${choice}")`).click();
    await page.waitForFunction(() => /Import terminé/.test(document.querySelector('.action-message').textContent));
    const message = await page.textContent('.action-message');
    assert.match(message, /Import terminé : 1 note ajoutée\./, choice);
    assert.match(message, said, choice);
    const notes = JSON.parse(await stored(page)).notes;
    assert.match(notes[ITEM].text, text, choice);
    assert.equal(notes['realite-inflation'].text, 'inflation ?', choice);
    assert.equal(await panel.count(), 0);
    assert.equal(await page.locator('.note-entry').count(), 2);
    assert.deepEqual(errors, [], choice);
    await context.close();
  }
  // Cancelled: nothing at all changes.
  const { page, context } = await withStored(existing, '?vue=notes');
  await page.setInputFiles('#import-notes', { name: 'notes.json', mimeType: 'application/json', buffer });
  await page.click('section.import-choice button:has-text("Annuler l\'import")');
  await page.waitForFunction(() => /Import annulé/.test(document.querySelector('.action-message').textContent));
  assert.equal(await stored(page), existing);
  // The same file over notes that already hold it asks nothing.
  await withStoredAgain(page, JSON.stringify({ version: 1, notes: { [ITEM]: { text: 'ma note\n\n——— Note importée ———\nleur note', updated_ms: 5 } } }));
  const again = await importFile(page, 'notes.json', buffer, /Import terminé/);
  assert.match(again, /Import terminé : 1 note ajoutée, 1 déjà présente\./);
  assert.equal(await page.locator('section.import-choice').count(), 0);
  await context.close();
});

/** Replace the stored notes and reload the page. */
async function withStoredAgain(page, raw) {
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw]);
  await page.reload();
  await waitForApp(page);
}

test('export gives a JSON file with the plan id, format version and date', async () => {
  const { page, context } = await withStored(existing, '?vue=notes');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button:has-text("Exporter mes notes (JSON)")'),
  ]);
  assert.match(download.suggestedFilename(), /^mes-notes-plan-levis-\d{4}-\d{2}-\d{2}\.json$/);
  const body = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c)));
  assert.equal(body.format, 'plan-levis-notes');
  assert.equal(body.version, 1);
  assert.equal(body.plan_id, 'plan-deploiement-2023-2024');
  assert.match(body.exported_at, /^\d{4}-\d{2}-\d{2}T/);
  assert.equal(body.notes[0].text, 'ma note');
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button:has-text("Exporter en texte")'),
  ]);
  const text = (await (await md.createReadStream()).toArray()).join('');
  assert.match(text, /^# Mes notes privées/);
  assert.match(text, /## Plan d'action Municipalité amie des aînés \(MADA\)/);
  await context.close();
});

test('a note whose item left the plan is kept and shown as orphaned', async () => {
  const raw = JSON.stringify({
    version: 1,
    notes: { 'element-retire': { text: 'ancienne note', updated_ms: 3 } },
  });
  const { page, context } = await withStored(raw);
  await typeNote(page, 'autre');
  await savedStatus(page);
  const notes = JSON.parse(await stored(page)).notes;
  assert.equal(notes['element-retire'].text, 'ancienne note', 'orphan kept when saving another note');
  await page.goto(env.server.url + '?vue=notes');
  await page.waitForSelector('.note-entry');
  assert.match(await page.textContent('[data-item="element-retire"]'), /n'est plus dans le plan/);
  await context.close();
});

test('two tabs: a note saved in one appears in the other without erasing typing', async () => {
  const { page: a, context } = await withStored(null);
  const b = await context.newPage();
  await b.goto(env.server.url + `?element=${ITEM}`);
  await waitForApp(b);
  await typeNote(a, 'depuis A');
  await savedStatus(a);
  await b.waitForFunction(() => document.querySelector('#note-texte').value === 'depuis A');
  // B is typing (its save still pending) when A saves a change. A's change is made
  // in the page itself so that B keeps the focus.
  await b.click('#note-texte');
  await b.keyboard.press('End');
  await b.keyboard.type(' et B');
  await a.evaluate(() => {
    const box = document.querySelector('#note-texte');
    box.value = 'depuis A encore';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new Event('blur'));
  });
  await b.waitForSelector('.note-editor .notice');
  assert.match(await b.textContent('.note-editor .notice'), /autre onglet/);
  assert.equal(await b.inputValue('#note-texte'), 'depuis A et B', 'B keeps what it is typing');
  // When B saves, neither text is lost.
  await b.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('enregistrée'));
  const saved = JSON.parse(await stored(b)).notes[ITEM].text;
  assert.ok(saved.includes('depuis A et B') && saved.includes('depuis A encore'), saved);
  await context.close();
});

test('HTML typed into a note is shown as text and never runs', async () => {
  const { page, context, errors } = await withStored(null);
  const evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  await page.fill('#note-texte', evil);
  await savedStatus(page);
  await page.goto(env.server.url + '?vue=notes');
  await page.waitForSelector('.note-text');
  assert.equal(await page.textContent('.note-text'), evil);
  assert.equal(await page.locator('.notes-list img, .notes-list script').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('deleting all notes asks first and says how many', async () => {
  const two = JSON.stringify({
    version: 1,
    notes: { a: { text: '1', updated_ms: 1 }, [ITEM]: { text: '2', updated_ms: 2 } },
  });
  const { page, context } = await withStored(two, '?vue=notes');
  let question = '';
  page.once('dialog', (d) => {
    question = d.message();
    d.dismiss();
  });
  await page.click('button.danger-button');
  assert.match(question, /Supprimer 2 notes/);
  assert.equal(await stored(page), two, 'dismissed: nothing deleted');
  page.once('dialog', (d) => d.accept());
  await page.click('button.danger-button');
  await page.waitForSelector('.empty-notes');
  assert.deepEqual(JSON.parse(await stored(page)).notes, {});
  await context.close();
});

test('deleting notes is said, each button names its note, and focus stays in the page', async () => {
  const three = JSON.stringify({
    version: 1,
    notes: {
      'programme-mada': { text: 'a', updated_ms: 1 },
      'programme-fbcs': { text: 'b', updated_ms: 2 },
      'priorite-logement-abordable': { text: 'c', updated_ms: 3 },
    },
  });
  const { page, context, errors } = await withStored(three, '?vue=notes');
  const names = await page.$$eval('.notes-list button', (bs) => bs.map((b) => b.getAttribute('aria-label')));
  assert.equal(new Set(names).size, 3, `three different names: ${JSON.stringify(names)}`);
  assert.ok(names.every((n) => n.startsWith('Supprimer cette note')), 'each name starts with the visible text');
  assert.ok(names.includes('Supprimer cette note\u00a0: Fonds pour bâtir des communautés plus sécuritaires (FBCS)'));
  // One note.
  page.once('dialog', (d) => d.accept());
  await page.click('.notes-list article[data-item="programme-fbcs"] button');
  await page.waitForFunction(() => document.querySelector('.action-message').textContent.includes('Note supprimée'));
  assert.match(await page.textContent('.action-message'), /Note supprimée\u00a0: «\u00a0Fonds pour bâtir/);
  await page.waitForFunction(() => document.activeElement?.id === 'titre-notes');
  // All of them.
  page.once('dialog', (d) => d.accept());
  await page.click('button.danger-button');
  await page.waitForSelector('.empty-notes');
  assert.equal((await page.textContent('.action-message')).trim(), 'Toutes vos notes ont été supprimées.');
  await page.waitForFunction(() => document.activeElement?.id === 'titre-notes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('note dates are said to the minute, without seconds', async () => {
  const one = JSON.stringify({ version: 1, notes: { [ITEM]: { text: 'a', updated_ms: Date.UTC(2026, 10, 20, 15, 4, 37) } } });
  const { page, context } = await withStored(one, '?vue=notes');
  const date = await page.textContent('.note-date');
  assert.match(date, /2026/);
  assert.doesNotMatch(date, /\d:\d\d:\d\d/, date);
  await context.close();
});

// The box loses the focus after it is gone: that must not reach the editor's state
// (it was a panic in the wasm: « RuntimeError: unreachable » in the console, which the
// page error check after every test catches).
test('typing a note, then Back, then a filter: the note is kept and nothing breaks', async () => {
  const { page, context } = await newPage(env.browser);
  await page.goto(env.server.url);
  await waitForApp(page);
  await page.click(`#${ITEM} .card-title a`);
  await page.waitForSelector('#note-texte');
  await typeNote(page, 'avant de revenir');
  await page.goBack();
  await page.waitForSelector('#filtre-axe-2');
  await page.click('#filtre-axe-2');
  await page.waitForFunction(() => location.search === '?axe=2');
  // The app still answers, and the note typed before Back was saved.
  await page.click('#filtre-axe-2');
  await page.waitForFunction(() => location.search === '');
  assert.equal(JSON.parse(await stored(page)).notes[ITEM].text, 'avant de revenir');
  await context.close();
});

/** An export file of `n` notes with ids `id-00000`…, the highest id the newest. */
const exportOf = (n, entry = (i) => [`id-${String(i).padStart(5, '0')}`, `note ${i}`]) => Buffer.from(JSON.stringify({
  format: 'plan-levis-notes', version: 1, plan_id: 'p', exported_at: 't',
  notes: Array.from({ length: n }, (_, i) => {
    const [item_id, text] = entry(i);
    return { item_id, text, updated_ms: 1000 + i };
  }),
}));

test('a large import lists the newest notes, and the rest on request', async () => {
  const { page, context } = await withStored(null, '?vue=notes');
  const message = await importFile(page, 'beaucoup.json', exportOf(150), /Import terminé/);
  assert.match(message, /150 notes ajoutées/);
  assert.equal(JSON.parse(await stored(page)).notes['id-00149'].text, 'note 149');
  // The newest 100 first, then a button for all of them.
  assert.equal(await page.locator('.note-entry').count(), 100);
  assert.equal(await page.getAttribute('.note-entry >> nth=0', 'data-item'), 'id-00149');
  await page.click('button:has-text("Afficher les 150 notes")');
  await page.waitForFunction(() => document.querySelectorAll('.note-entry').length === 150);
  assert.equal(await page.getAttribute('.note-entry >> nth=149', 'data-item'), 'id-00000');
  await context.close();
});

test('a file with two notes for one item is refused, naming the item, and changes nothing', async () => {
  const { page, context } = await withStored(existing, '?vue=notes');
  const twice = exportOf(3, (i) => [i === 1 ? ITEM : 'x', `texte ${i}`]);
  const message = await importFile(page, 'deux-fois.json', twice, /Import impossible/);
  assert.match(message, /deux notes pour le même élément \(«\u00a0x\u00a0»\)/);
  assert.equal(await stored(page), existing);
  await context.close();
});

test('full storage: the person is told, the text stays and survives moves, is exported, and closing asks first', async () => {
  const { page, context, errors } = await pageWithFillableStorage();
  await page.goto(env.server.url + `?element=${ITEM}`);
  await waitForApp(page);
  await typeNote(page, 'première version');
  await savedStatus(page);
  await page.evaluate(() => (window.__storageFull = true));
  await page.keyboard.type(' puis une suite');
  await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('plein'));
  assert.equal(await page.inputValue('#note-texte'), 'première version puis une suite');
  assert.equal(JSON.parse(await stored(page)).notes[ITEM].text, 'première version', 'the last save is intact');
  assert.equal(await page.getAttribute('#note-texte', 'aria-invalid'), 'true');
  // A tab, then Back: the text is still in the box, still said unsaved.
  await page.click('nav.view-tabs a:has-text("Sigles")');
  await page.waitForSelector('#note-texte', { state: 'detached' });
  await page.goBack();
  await page.waitForSelector('#note-texte');
  assert.equal(await page.inputValue('#note-texte'), 'première version puis une suite');
  await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('plein'));
  // « Mes notes » says so, and the export holds the unsaved text.
  await page.click('nav.view-tabs a:has-text("Mes notes")');
  assert.match(await page.textContent('.notes-unsaved'), /1 note n'est pas enregistrée/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button:has-text("Exporter mes notes (JSON)")'),
  ]);
  const body = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()));
  assert.deepEqual(body.notes.map((n) => [n.item_id, n.text]), [[ITEM, 'première version puis une suite']]);
  assert.equal(JSON.parse(await stored(page)).notes[ITEM].text, 'première version', 'the last save is intact');
  // Closing the page asks first.
  const asked = new Promise((done) => page.once('dialog', (d) => { done(d.type()); d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('once storage has room again, the unsaved text is saved when its item is opened', async () => {
  const { page, context, errors } = await pageWithFillableStorage();
  await page.goto(env.server.url + `?element=${ITEM}`);
  await waitForApp(page);
  await page.evaluate(() => (window.__storageFull = true));
  await typeNote(page, 'écrit sans place');
  await page.waitForFunction(() => document.querySelector('#note-etat').textContent.includes('plein'));
  await page.click('nav.view-tabs a:has-text("Sigles")');
  await page.evaluate(() => (window.__storageFull = false));
  await page.goBack();
  await page.waitForSelector('#note-texte');
  await savedStatus(page);
  assert.equal(JSON.parse(await stored(page)).notes[ITEM].text, 'écrit sans place');
  // Nothing left unsaved: leaving asks nothing.
  let asked = false;
  page.on('dialog', (d) => { asked = true; d.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await new Promise((done) => setTimeout(done, 300));
  assert.equal(asked, false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('importing while storage is full says the import failed and nothing changed', async () => {
  const { page, context, errors } = await withStored(existing, '?vue=notes');
  await page.evaluate(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'plan-levis.notes') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  const file = JSON.stringify({ format: 'plan-levis-notes', version: 1, plan_id: 'x', exported_at: 'x', notes: [{ item_id: 'programme-fbcs', item_title: 'x', text: 'importée', updated_ms: 2 }] });
  const message = await importFile(page, 'notes.json', Buffer.from(file), /Import impossible/);
  assert.match(message, /plein/);
  assert.match(message, /n'ont pas été modifiées/);
  assert.doesNotMatch(message, /Votre texte reste affiché/);
  assert.equal(await stored(page), existing);
  assert.deepEqual(errors, []);
  await context.close();
});

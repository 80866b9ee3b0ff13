// The main paths again, in Debian's Firefox ESR through geckodriver (selenium-webdriver).
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { By } from 'selenium-webdriver';
import { startFirefox, waitFor } from './support/firefox.mjs';
import { speechStandIn } from './support/speech-stand-in.mjs';

let server;
let firefox;
before(async () => {
  server = await serveStatic();
  firefox = await startFirefox({
    binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    driver: process.env.GECKODRIVER ?? 'geckodriver',
  });
});
after(async () => {
  await firefox?.quit();
  await server?.close();
});
// Any console error or uncaught exception fails the test it happened in.
afterEach(() => {
  assert.deepEqual(firefox.pageErrors.splice(0), [], 'page or console errors in Firefox');
});

const APP = 'return document.querySelector("nav.view-tabs ~ main#contenu h1") !== null';
const shownIds = () =>
  firefox.executeScript('return [...document.querySelectorAll(".explore-results article.commitment")].map((e) => e.id)');

test('Firefox: the five priorities show with axes and partners', async () => {
  await firefox.get(server.url);
  await waitFor(firefox, APP);
  const cards = await firefox.executeScript(`return [...document.querySelectorAll('section[aria-labelledby="section-priorite"] article.commitment')]
    .map((el) => [el.querySelector('h3').textContent.trim(), el.querySelector('.axis-badge').textContent, el.querySelectorAll('.partner-list li').length])`);
  assert.equal(cards.length, 5);
  assert.deepEqual(cards[3], ['Formes de soutien offertes aux organismes à but non lucratif', 'Axe 4 — L\'action communautaire et la cohésion sociale (nom tiré de la Politique de 2019)', 3]);
});

test('Firefox: filters, the address and the back button', async () => {
  await firefox.get(server.url);
  await waitFor(firefox, APP);
  await firefox.findElement(By.css('#filtre-axe-2')).click();
  await waitFor(firefox, 'return location.search === "?axe=2"');
  assert.deepEqual(await shownIds(), ['priorite-logement-abordable', 'programme-cour-municipale-adaptee', 'programme-fbcs']);
  await firefox.findElement(By.css('#filtre-partenaire-sdsc')).click();
  await waitFor(firefox, 'return location.search === "?axe=2&partenaire=sdsc"');
  assert.equal((await shownIds()).length, 2);
  await firefox.navigate().back();
  await waitFor(firefox, 'return location.search === "?axe=2"');
  assert.equal((await shownIds()).length, 3);
});

test('Firefox: a cold link with a search, accents ignored and highlighted', async () => {
  await firefox.get(server.url + '?q=aines');
  await waitFor(firefox, APP);
  assert.deepEqual(await shownIds(), ['priorite-mobilite-aines', 'programme-mada']);
  const marks = await firefox.executeScript('return [...document.querySelectorAll("article.commitment mark")].map((m) => m.textContent)');
  assert.ok(marks.includes('aînés'), JSON.stringify(marks));
});

test('Firefox: a private note is saved and comes back after a reload', async () => {
  await firefox.get(server.url + '?element=programme-mada');
  await waitFor(firefox, APP);
  await firefox.findElement(By.css('#note-texte')).sendKeys('Note depuis Firefox');
  await waitFor(firefox, 'return document.querySelector("#note-etat").textContent.includes("enregistrée")');
  const stored = await firefox.executeScript('return JSON.parse(localStorage.getItem("plan-levis.notes")).notes["programme-mada"].text');
  assert.equal(stored, 'Note depuis Firefox');
  await firefox.navigate().refresh();
  await waitFor(firefox, APP);
  assert.equal(await firefox.executeScript('return document.querySelector("#note-texte").value'), 'Note depuis Firefox');
});

test('Firefox: the view named in the title, Partager copies its address, an export is imported', async () => {
  await firefox.get(server.url + '?vue=notes');
  await waitFor(firefox, APP);
  assert.equal(await firefox.executeScript('return document.title'), 'Mes notes privées — Plan de déploiement 2023-2024 | Ville de Lévis');
  // Firefox on a desktop has no share sheet: the address goes to the clipboard.
  await firefox.findElement(By.css('button.share-button')).click();
  await waitFor(firefox, 'return document.querySelector(".address-notice > .notice")?.textContent.includes("Le lien vers cette vue est copié")');
  const file = join(tmpdir(), 'plan-levis-notes-firefox.json');
  const note = { item_id: 'programme-fbcs', item_title: 'x', text: 'Note importée dans Firefox', updated_ms: 1 };
  const exported = { format: 'plan-levis-notes', version: 1, plan_id: 'plan-deploiement-2023-2024', exported_at: '2026-11-20T10:00:00.000Z', notes: [note] };
  await writeFile(file, JSON.stringify(exported));
  await firefox.findElement(By.css('#import-notes')).sendKeys(file);
  const message = await waitFor(firefox, 'return document.querySelector(".action-message")?.textContent');
  assert.match(message, /Import terminé\u00a0: 1 note ajoutée\./);
  const stored = await firefox.executeScript('return JSON.parse(localStorage.getItem("plan-levis.notes")).notes["programme-fbcs"].text');
  assert.equal(stored, 'Note importée dans Firefox');
});

test('Firefox: an older export over a newer note asks which text to keep; whom to ask, in English', async () => {
  // The note imported by the test before is edited since: the same file now differs.
  await firefox.get(server.url + '?vue=notes');
  await waitFor(firefox, APP);
  await firefox.executeScript(`localStorage.setItem("plan-levis.notes", JSON.stringify({ version: 1, notes: { "programme-fbcs": { text: "ma note à jour", updated_ms: 9 } } }))`);
  await firefox.navigate().refresh();
  await waitFor(firefox, APP);
  const file = join(tmpdir(), 'plan-levis-notes-firefox-older.json');
  const note = { item_id: 'programme-fbcs', item_title: 'x', text: 'mon ancienne note', updated_ms: 1 };
  await writeFile(file, JSON.stringify({ format: 'plan-levis-notes', version: 1, plan_id: 'plan-deploiement-2023-2024', exported_at: '2026-11-20T10:00:00.000Z', notes: [note] }));
  await firefox.findElement(By.css('#import-notes')).sendKeys(file);
  const heading = await waitFor(firefox, 'return document.querySelector(".import-choice h2")?.textContent');
  assert.equal(heading, '1 note du fichier diffère de la vôtre');
  assert.deepEqual(
    await firefox.executeScript('return [...document.querySelectorAll(".import-differing .note-text")].map((p) => p.textContent)'),
    ['ma note à jour', 'mon ancienne note'],
  );
  await firefox.findElement(By.css('.import-choice button:nth-child(1)')).click();
  const message = await waitFor(firefox, 'return document.querySelector(".action-message")?.textContent');
  assert.match(message, /Notes qui différaient, gardées telles quelles/);
  assert.equal(await firefox.executeScript('return JSON.parse(localStorage.getItem("plan-levis.notes")).notes["programme-fbcs"].text'), 'ma note à jour');
  // Whom to ask, from an item, in English: the link lands on the contact.
  await firefox.get(server.url + '?element=programme-fbcs&lang=en');
  await waitFor(firefox, APP);
  assert.equal(await firefox.executeScript('return document.querySelector(".where-to-ask h2").textContent'), 'A question about this item?');
  await firefox.findElement(By.css('.where-to-ask a')).click();
  await waitFor(firefox, 'return document.activeElement?.id === "contact-titre"');
  assert.equal(await firefox.executeScript('return document.querySelector(".contact h2").textContent'), 'Contact the Ville de Lévis');
});

test('Firefox: English on request', async () => {
  await firefox.get(server.url + '?vue=matrice');
  await waitFor(firefox, APP);
  await firefox.findElement(By.css('button.language-switch')).click();
  await waitFor(firefox, 'return document.documentElement.lang === "en"');
  assert.equal(await firefox.executeScript('return document.querySelector("h1").textContent.trim()'), 'Who is responsible for what');
  await firefox.findElement(By.css('button.language-switch')).click();
  await waitFor(firefox, 'return document.documentElement.lang === "fr"');
});

test('Firefox: « Écouter » reads an item with a French voice, and stops on leaving', async () => {
  await firefox.get(server.url + '?element=priorite-logement-abordable');
  await waitFor(firefox, 'return document.querySelector(".item-page") !== null');
  const shown = 'const b = document.querySelector(".item-page button.listen-button"); return Boolean(b && getComputedStyle(b).display !== "none")';
  // Firefox's own voices: the button shows only if one of them is French.
  const real = await firefox.executeScript(`return {
    french: speechSynthesis.getVoices().some((v) => /^fr([-_]|$)/i.test(v.lang)),
    shown: (() => { ${shown} })(),
  }`);
  assert.equal(real.shown, real.french, JSON.stringify(real));
  // The stand-in takes the place of Firefox's synthesis; Firefox's voiceschanged
  // handler (the app's) then finds its voices.
  await firefox.executeScript(`const handler = speechSynthesis.onvoiceschanged;
    ${speechStandIn()}
    setTimeout(() => handler(), 100);`);
  await waitFor(firefox, shown);
  await firefox.findElement(By.css('.item-page button.listen-button')).click();
  const said = await firefox.executeScript('return window.speechStandIn.spoken');
  assert.equal(said.length, 1);
  assert.equal(said[0].lang, 'fr-CA');
  assert.equal(said[0].voice, 'Amélie');
  assert.ok(said[0].text.includes("Office municipal d'habitation de Lévis"), said[0].text);
  assert.equal(await firefox.executeScript('return document.querySelector(".item-page button.listen-button").innerText.trim()'), 'Arrêter');
  await firefox.findElement(By.css('a.back-link')).click();
  await waitFor(firefox, 'return document.querySelector(".explore-results") !== null');
  const after = await firefox.executeScript('return [window.speechStandIn.cancels > 0, window.speechStandIn.current, document.querySelectorAll(".listen-button").length]');
  assert.deepEqual(after, [true, null, 0]);
});

test('Firefox: works offline after the first visit', async () => {
  const own = await serveStatic();
  await firefox.get(own.url + '?vue=a-propos');
  await waitFor(firefox, APP);
  await firefox.executeAsyncScript(`const done = arguments[arguments.length - 1];
    navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller
      ? done(true)
      : navigator.serviceWorker.addEventListener('controllerchange', () => done(true), { once: true }));`);
  await own.close();
  await firefox.get(own.url + '?axe=1');
  await waitFor(firefox, APP);
  assert.deepEqual(await shownIds(), ['priorite-mobilite-aines', 'plan-mobilite-durable']);
});

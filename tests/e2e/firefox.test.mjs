// The main paths again, in Debian's Firefox ESR through geckodriver (WebDriver).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './support/server.mjs';
import { startFirefox } from './support/webdriver.mjs';

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

const APP = 'return document.querySelector("nav.view-tabs ~ main#contenu h1") !== null';
const shownIds = () =>
  firefox.run('return [...document.querySelectorAll(".explore-results article.commitment")].map((e) => e.id)');

test('Firefox: the five priorities show with axes and partners', async () => {
  await firefox.goto(server.url);
  await firefox.waitFor(APP);
  const cards = await firefox.run(`return [...document.querySelectorAll('section[aria-labelledby="section-priorite"] article.commitment')]
    .map((el) => [el.querySelector('h3').textContent.trim(), el.querySelector('.axis-badge').textContent, el.querySelectorAll('.partner-list li').length])`);
  assert.equal(cards.length, 5);
  assert.deepEqual(cards[3], ['Formes de soutien offertes aux organismes à but non lucratif', 'Axe 4 — L\'action communautaire et la cohésion sociale', 3]);
});

test('Firefox: filters, the address and the back button', async () => {
  await firefox.goto(server.url);
  await firefox.waitFor(APP);
  await firefox.click('#filtre-axe-2');
  await firefox.waitFor('return location.search === "?axe=2"');
  assert.deepEqual(await shownIds(), ['priorite-logement-abordable', 'programme-cour-municipale-adaptee', 'programme-fbcs']);
  await firefox.click('#filtre-partenaire-sdsc');
  await firefox.waitFor('return location.search === "?axe=2&partenaire=sdsc"');
  assert.equal((await shownIds()).length, 2);
  await firefox.back();
  await firefox.waitFor('return location.search === "?axe=2"');
  assert.equal((await shownIds()).length, 3);
});

test('Firefox: a cold link with a search, accents ignored and highlighted', async () => {
  await firefox.goto(server.url + '?q=aines');
  await firefox.waitFor(APP);
  assert.deepEqual(await shownIds(), ['priorite-mobilite-aines', 'programme-mada']);
  const marks = await firefox.run('return [...document.querySelectorAll("article.commitment mark")].map((m) => m.textContent)');
  assert.ok(marks.includes('aînés'), JSON.stringify(marks));
});

test('Firefox: a private note is saved and comes back after a reload', async () => {
  await firefox.goto(server.url + '?element=programme-mada');
  await firefox.waitFor(APP);
  await firefox.type('#note-texte', 'Note depuis Firefox');
  await firefox.waitFor('return document.querySelector("#note-etat").textContent.includes("enregistrée")');
  const stored = await firefox.run('return JSON.parse(localStorage.getItem("plan-levis.notes")).notes["programme-mada"].text');
  assert.equal(stored, 'Note depuis Firefox');
  await firefox.refresh();
  await firefox.waitFor(APP);
  assert.equal(await firefox.run('return document.querySelector("#note-texte").value'), 'Note depuis Firefox');
});

test('Firefox: the view named in the title, Partager copies its address, an export is imported', async () => {
  await firefox.goto(server.url + '?vue=notes');
  await firefox.waitFor(APP);
  assert.equal(await firefox.run('return document.title'), 'Mes notes privées — Plan de déploiement 2023-2024 | Ville de Lévis');
  // Firefox on a desktop has no share sheet: the address goes to the clipboard.
  await firefox.click('button.share-button');
  await firefox.waitFor('return document.querySelector(".address-notice > .notice")?.textContent.includes("Le lien vers cette vue est copié")');
  const file = join(tmpdir(), 'plan-levis-notes-firefox.json');
  const note = { item_id: 'programme-fbcs', item_title: 'x', text: 'Note importée dans Firefox', updated_ms: 1 };
  const exported = { format: 'plan-levis-notes', version: 1, plan_id: 'plan-deploiement-2023-2024', exported_at: '2026-11-20T10:00:00.000Z', notes: [note] };
  await writeFile(file, JSON.stringify(exported));
  await firefox.type('#import-notes', file);
  const message = await firefox.waitFor('return document.querySelector(".action-message")?.textContent');
  assert.match(message, /Import terminé : 1 ajoutée/);
  const stored = await firefox.run('return JSON.parse(localStorage.getItem("plan-levis.notes")).notes["programme-fbcs"].text');
  assert.equal(stored, 'Note importée dans Firefox');
});

test('Firefox: English on request', async () => {
  await firefox.goto(server.url + '?vue=matrice');
  await firefox.waitFor(APP);
  await firefox.click('button.language-switch');
  await firefox.waitFor('return document.documentElement.lang === "en"');
  assert.equal(await firefox.run('return document.querySelector("h1").textContent.trim()'), 'Who does what');
  await firefox.click('button.language-switch');
  await firefox.waitFor('return document.documentElement.lang === "fr"');
});

test('Firefox: works offline after the first visit', async () => {
  const own = await serveStatic();
  await firefox.goto(own.url + '?vue=a-propos');
  await firefox.waitFor(APP);
  await firefox.runAsync(`const done = arguments[arguments.length - 1];
    navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller
      ? done(true)
      : navigator.serviceWorker.addEventListener('controllerchange', () => done(true), { once: true }));`);
  await own.close();
  await firefox.goto(own.url + '?axe=1');
  await firefox.waitFor(APP);
  assert.deepEqual(await shownIds(), ['priorite-mobilite-aines', 'plan-mobilite-durable']);
});

// « Écouter »: an item read aloud through the browser's speech synthesis, with a
// recording stand-in for it installed before the app starts. Real Chromium against
// dist/ (the kiosk's own « Écouter » and its setting: kiosk.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serverAndBrowser, newPage, settle, waitForApp } from './support/browser.mjs';
import { speechStandIn } from './support/speech-stand-in.mjs';

const env = serverAndBrowser();
const PLAN = JSON.parse(await readFile(new URL('../../data/plan-2023-2024.json', import.meta.url), 'utf8'));

/** The app on `query`, with the stand-in for speech synthesis. */
async function open(query, options = {}) {
  const session = await newPage(env.browser);
  await session.page.addInitScript(speechStandIn(options));
  await session.page.goto(`${env.server.url}${query}`);
  await waitForApp(session.page);
  return session;
}

/** The « Écouter » button as a person meets it: shown or not, its visible label. */
async function listenButton(page) {
  return page.evaluate(() => {
    const button = document.querySelector('.item-page button.listen-button');
    if (!button || getComputedStyle(button).display === 'none') return null;
    return button.innerText.trim();
  });
}

const record = (page) => page.evaluate(() => ({
  spoken: window.speechStandIn.spoken,
  cancels: window.speechStandIn.cancels,
  // Something is being read, as the stand-in hears it or as the button says it.
  speaking: window.speechStandIn.current !== null || /^(Arrêter|Stop)$/.test(document.querySelector('.listen-button')?.innerText.trim() ?? ''),
}));

const waitForButton = (page) => settle(page, () => {
  const b = document.querySelector('.item-page button.listen-button');
  return b && getComputedStyle(b).display !== 'none';
});

test('an item is read in French, in full words, with a Québec voice; the button says it', async () => {
  const { page, context, errors } = await open('?element=priorite-soutien-organismes');
  await waitForButton(page);
  assert.equal(await listenButton(page), 'Écouter');
  await page.waitForTimeout(300);
  assert.deepEqual((await record(page)).spoken, [], 'it never speaks on its own');
  await page.click('button.listen-button');
  const { spoken, speaking } = await record(page);
  assert.equal(spoken.length, 1);
  const [said] = spoken;
  assert.equal(said.lang, 'fr-CA');
  assert.equal(said.voice, 'Amélie', 'fr-CA before fr-FR');
  const item = PLAN.priorities.items.find((p) => p.id === 'priorite-soutien-organismes');
  assert.ok(said.text.startsWith(`${item.title}. Priorité collective 4 sur 5, par ordre d'importance.`), said.text);
  assert.ok(said.text.includes(`Objectif : ${item.objective}`), said.text);
  assert.ok(said.text.includes('Centre intégré de santé et de services sociaux de Chaudière-Appalaches'), said.text);
  assert.ok(!/\bCISSS-CA\b|\bCDC\b/.test(said.text), `no short form read as is: ${said.text}`);
  assert.ok(speaking);
  assert.equal(await listenButton(page), 'Arrêter');
  // The accessible name follows the visible label.
  assert.equal(await page.getByRole('button', { name: 'Arrêter' }).count(), 1);
  // « Arrêter » stops it; the voice reaching the end does too.
  await page.click('button.listen-button');
  assert.equal((await record(page)).cancels >= 1, true);
  assert.equal(await listenButton(page), 'Écouter');
  await page.click('button.listen-button');
  assert.equal(await listenButton(page), 'Arrêter');
  await page.evaluate(() => window.speechStandIn.finish());
  assert.equal(await listenButton(page), 'Écouter');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the fund and a reality are read too, signs spelled out', async () => {
  const { page, context } = await open('?element=fonds-soutien-financier');
  await waitForButton(page);
  await page.click('button.listen-button');
  const fund = (await record(page)).spoken[0].text;
  assert.ok(fund.includes('Montant annuel : 200 000 dollars.'), fund);
  assert.ok(!fund.includes('$'), fund);
  await page.click('a.back-link');
  await page.click('#realite-inflation .card-title a');
  await waitForButton(page);
  await page.click('button.listen-button');
  const reality = (await record(page)).spoken.at(-1).text;
  assert.ok(reality.startsWith('Taux d\'inflation élevé. Réalité actuelle 3 sur 5.'), reality);
  await context.close();
});

test('no button without a French voice, nor without speech synthesis', async () => {
  for (const options of [{ voices: [{ name: 'Samantha', lang: 'en-US' }] }, { voices: [] }, { synthesis: false }]) {
    const { page, context, errors } = await open('?element=programme-mada', options);
    await page.waitForTimeout(400);
    assert.equal(await listenButton(page), null, JSON.stringify(options));
    assert.equal(await page.getByRole('button', { name: 'Écouter' }).count(), 0, 'not in the accessibility tree');
    assert.deepEqual(errors, []);
    await context.close();
  }
  // Any French voice will do when there is no Québec one.
  const { page, context } = await open('?element=programme-mada', { voices: [{ name: 'Thomas', lang: 'fr-FR' }] });
  await waitForButton(page);
  await page.click('button.listen-button');
  const [said] = (await record(page)).spoken;
  assert.deepEqual([said.voice, said.lang], ['Thomas', 'fr-CA']);
  await context.close();
});

test('reading stops on leaving the page: back to the list, another view, a related item', async () => {
  const { page, context, errors } = await open('?element=priorite-mobilite-aines');
  const startReading = async () => {
    await waitForButton(page);
    await page.click('button.listen-button');
    assert.equal((await record(page)).speaking, true);
    return (await record(page)).cancels;
  };
  let cancels = await startReading();
  await page.click('a.back-link');
  await page.waitForSelector('.explore-results');
  let now = await record(page);
  assert.ok(now.cancels > cancels && !now.speaking, 'back to the list');
  await page.click('#priorite-mobilite-aines .card-title a');
  cancels = await startReading();
  await page.click('nav.view-tabs a[href*="vue=matrice"]');
  await page.waitForSelector('.matrix');
  now = await record(page);
  assert.ok(now.cancels > cancels && !now.speaking, 'another view');
  // A related item opened from the page stops the first one too.
  await page.click('nav.view-tabs li:first-child a');
  await page.click('#priorite-mobilite-aines .card-title a');
  cancels = await startReading();
  await page.click('.related-list a');
  await page.waitForSelector('.item-page');
  now = await record(page);
  assert.ok(now.cancels > cancels && !now.speaking, 'a related item');
  assert.equal(await listenButton(page), 'Écouter');
  assert.deepEqual(errors, []);
  await context.close();
});

test('English mode: "Listen" and "Stop", the plan still read in French', async () => {
  const { page, context } = await open('?element=programme-fbcs&lang=en');
  await waitForButton(page);
  assert.equal(await listenButton(page), 'Listen');
  await page.click('button.listen-button');
  assert.equal(await listenButton(page), 'Stop');
  const [said] = (await record(page)).spoken;
  assert.equal(said.lang, 'fr-CA');
  assert.ok(said.text.startsWith('Fonds pour bâtir des communautés plus sécuritaires. Plan ou programme municipal priorisé 2 sur 5.'), said.text);
  assert.equal(said.text.split('Fonds pour bâtir des communautés plus sécuritaires').length, 2, `the name once: ${said.text}`);
  await context.close();
});

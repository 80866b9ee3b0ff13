// The plan as open data: the files the build publishes in donnees/, downloaded by
// the browser from the built site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DIST } from '../../scripts/lib/static-server.mjs';
import { serverAndBrowser, newPage, openApp } from './support/browser.mjs';

const env = serverAndBrowser();
const DATA = resolve(DIST, 'donnees');
const FILES = {
  'plan-2023-2024.json': 'application/json',
  'elements.csv': 'text/csv',
  'partenaires.csv': 'text/csv',
  'sigles.csv': 'text/csv',
  'dictionnaire.md': 'text/markdown',
};

test('every open data file downloads with its type and size', async () => {
  assert.deepEqual((await readdir(DATA)).sort(), Object.keys(FILES).sort());
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  for (const [name, type] of Object.entries(FILES)) {
    const got = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const body = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('content-type'), size: body.length, start: [...body.slice(0, 3)] };
    }, `donnees/${name}`);
    const onDisk = await readFile(resolve(DATA, name));
    assert.equal(got.status, 200, name);
    assert.ok(got.type.startsWith(type), `${name}: ${got.type}`);
    assert.equal(got.size, onDisk.length, `${name}: its size`);
    if (name.endsWith('.csv')) assert.deepEqual(got.start, [0xef, 0xbb, 0xbf], `${name} starts with a BOM`);
  }
  // The JSON is the file the app is built from, byte for byte.
  const json = await readFile(resolve(DATA, 'plan-2023-2024.json'));
  assert.ok(json.equals(await readFile(resolve(import.meta.dirname, '../../data/plan-2023-2024.json'))));
  // « À propos » and the static copy link every file with its size, as French writes it.
  const sizeLabel = (bytes) => (bytes < 1000 ? `${bytes}\u00a0o` : `${(Math.round(bytes / 100) / 10).toFixed(1).replace('.', ',')}\u00a0ko`);
  const expected = [];
  for (const name of Object.keys(FILES)) {
    expected.push([`donnees/${name}`, sizeLabel((await readFile(resolve(DATA, name))).length)]);
  }
  const links = (p) => p.$$eval('#donnees-ouvertes li', (items) =>
    items.map((li) => [li.querySelector('a').getAttribute('href'), li.textContent.match(/\(([^)]*)\)$/)[1]]));
  await page.goto(env.server.url + '?vue=a-propos');
  await page.waitForSelector('#donnees-ouvertes');
  assert.deepEqual(await links(page), expected);
  const { page: staticPage, context: off } = await newPage(env.browser, { javaScriptEnabled: false });
  await staticPage.goto(env.server.url);
  assert.deepEqual(await links(staticPage), expected);
  await off.close();
  // Following a link downloads the file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#donnees-ouvertes a[href="donnees/elements.csv"]')]);
  assert.equal(download.suggestedFilename(), 'elements.csv');
  // Plain downloads: the service worker does not keep them for offline use.
  const sw = await readFile(resolve(DIST, 'sw.js'), 'utf8');
  assert.doesNotMatch(sw, /donnees|\.csv/);
  assert.deepEqual(errors, []);
  await context.close();
});

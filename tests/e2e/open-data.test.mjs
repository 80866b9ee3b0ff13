// The plan as open data: the files the build publishes in donnees/, downloaded by
// the browser from the built site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DIST } from '../../scripts/lib/static-server.mjs';
import { serverAndBrowser, newPage, openApp, waitForApp } from './support/browser.mjs';

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

test('the downloaded files are enough on their own: addresses that open, a dictionary that says it all', async () => {
  const dictionary = await readFile(resolve(DATA, 'dictionnaire.md'), 'utf8');
  // The plan's JSON is described field by field in the dictionary, not in a file the
  // site does not publish.
  assert.match(dictionary, /## `plan-2023-2024\.json`/);
  assert.doesNotMatch(dictionary, /docs\//);
  // Each item's `adresse`, as the dictionary says to read it, opens that item.
  const relative = /`\?element=…` est à ajouter/.test(dictionary);
  const csv = await readFile(resolve(DATA, 'elements.csv'), 'utf8');
  const addresses = [...csv.matchAll(/,((?:https:\/\/[^,\r\n]*)?\?element=([a-z0-9-]+))\r\n/g)];
  const plan = JSON.parse(await readFile(resolve(DATA, 'plan-2023-2024.json'), 'utf8'));
  const titles = new Map();
  const collect = (v) => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      if (typeof v.id === 'string') titles.set(v.id, v.title ?? v.reality ?? v.heading);
      Object.values(v).forEach(collect);
    }
  };
  collect(plan);
  // One address per item row (every row but the header).
  assert.equal(addresses.length, csv.trimEnd().split('\r\n').length - 1, 'an address on every row');
  assert.ok(addresses.length > 20, `${addresses.length} addresses`);
  const { page, context, errors } = await openApp(env.browser, env.server.url);
  for (const [, address, id] of [addresses[0], addresses[Math.floor(addresses.length / 2)], addresses.at(-1)]) {
    assert.equal(address.startsWith('?'), relative, `${address}: as the dictionary says`);
    // Relative (a build without a public address): the site's address goes before it.
    await page.goto(relative ? env.server.url + address : address);
    await waitForApp(page);
    assert.equal((await page.textContent('main h1')).trim(), titles.get(id), address);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

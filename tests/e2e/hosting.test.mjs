// The app as a city hosts it: Debian's nginx and Apache, started on 127.0.0.1 with the
// configurations in deploy/ over the built dist/ (scripts/lib/web-servers.mjs): every
// header, type and cache rule, the precompressed files, the first visit as the server
// sends it, and no framing by another site; then Chromium's offline, update and
// sub-path checks with the app served by nginx. The other browser suites keep the
// project's Node server (scripts/lib/static-server.mjs), which they need for what a web
// server does not offer a test: it lists every request it answered, holds answers back
// to act as a slow link, and serves a version made a moment before on the same port.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { DIST, serveStatic } from '../../scripts/lib/static-server.mjs';
import { budgetFor, fetchRaw, firstVisitBudget, sentOverHttp } from '../../scripts/lib/sizes.mjs';
import { startApache, startNginx } from '../../scripts/lib/web-servers.mjs';
import { COMPRESSIBLE } from '../../postbuild/precompress.mjs';
import { failOnPageErrors, firstVisit, launchBrowser, newPage, waitForApp } from './support/browser.mjs';
import { withVersion2 } from './support/versions.mjs';

const SERVERS = {
  nginx: startNginx,
  apache: startApache,
  // A shared host: the same file as .htaccess.
  'apache (.htaccess)': (options) => startApache({ ...options, htaccess: true }),
};
const PUBLISHING = new URL('../../docs/publishing.md', import.meta.url);

let browser;
failOnPageErrors();
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The policy of the built page's meta tag. */
async function pagePolicy(folder = '') {
  const html = await readFile(join(DIST, folder, 'index.html'), 'utf8');
  const found = html.match(/<meta content="([^"]+)" http-equiv=Content-Security-Policy/);
  assert.ok(found, `${folder}index.html has a Content-Security-Policy meta tag`);
  return found[1];
}

/** Start `start` over dist/, run `check(server)`, and stop it, also on failure. */
async function withServer(start, options, check) {
  const server = await start(options);
  try {
    await check(server);
  } finally {
    await server.close();
  }
}

/** The rows of the table in docs/publishing.md whose first header is `first`, as cells. */
async function docTable(first) {
  const lines = (await readFile(PUBLISHING, 'utf8')).split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  assert.ok(start >= 0, `docs/publishing.md has a table headed « ${first} »`);
  const rows = [];
  for (let i = start + 2; lines[i]?.startsWith('|'); i += 1) {
    rows.push(lines[i].split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

/** The text in code spans of a cell. */
const code = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** A file name of the table (`plan-levis-<hash>_bg.wasm`) as a pattern. */
const pattern = (name) =>
  new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<hash>/g, '[0-9a-f]+')
    .replace(/<size>/g, '[0-9]+').replace(/<name>/g, '[a-z-]+').replace(/<period>/g, '[0-9-]+')}$`);

/**
 * What the files table of docs/publishing.md says each built file is sent with:
 * [{ file, type (null: the server's own), cache }], each row naming at least one file.
 */
async function documentedFiles() {
  const built = (await readdir(DIST, { recursive: true })).filter((n) => !/\.(br|gz)$/.test(n));
  const rows = (await docTable('file in `dist/`')).map(([files, , type, cache]) => ({
    names: code(files), asAbove: type === 'as above', type: type.startsWith('`') ? code(type)[0] : null, cache: code(cache)[0],
  }));
  const documented = [];
  for (const row of rows) {
    for (const name of row.names) {
      // « as above »: the row of the same file at the top.
      const same = row.asAbove ? rows.find((r) => r.names.includes(name.replace(/^kiosque\//, ''))) : row;
      assert.ok(same, `a row above for ${name}`);
      const files = built.filter((file) => pattern(name).test(file));
      assert.ok(files.length > 0, `docs/publishing.md names ${name}: no such file in dist/`);
      for (const file of files) documented.push({ file, type: same.type, cache: same.cache });
    }
  }
  return documented;
}

for (const [name, start] of Object.entries(SERVERS)) {
  test(`${name}: each file with the type, the cache rule and the headers docs/publishing.md says`, () =>
    withServer(start, {}, async (server) => {
      const policy = `${await pagePolicy()}; frame-ancestors 'none'`;
      assert.equal(await pagePolicy('kiosque'), await pagePolicy(), 'the kiosk has the same policy');
      const headers = Object.fromEntries((await docTable('header')).map(([header, value]) => [code(header)[0].toLowerCase(), code(value).at(-1)]));
      assert.equal(headers['content-security-policy'], "; frame-ancestors 'none'", 'the page\'s policy and frame-ancestors');
      headers['content-security-policy'] = policy;
      delete headers.vary; // on the precompressed files only: the next test
      assert.deepEqual(Object.keys(headers), ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']);
      const files = await documentedFiles();
      for (const required of ['index.html', 'sw.js', 'kiosque/sw.js', 'donnees/elements.csv']) {
        assert.ok(files.some((f) => f.file === required), `the table covers ${required}`);
      }
      for (const { file, type, cache } of files) {
        const path = file.replace(/(^|\/)index\.html$/, '$1');
        const answer = await fetchRaw(new URL(path, server.url), { 'accept-encoding': 'br, gzip' });
        assert.equal(answer.status, 200, file);
        const sent = answer.headers['content-type'];
        if (type) assert.ok(sent === type || sent.startsWith(`${type};`), `${file}: Content-Type ${sent}, not ${type}`);
        else assert.match(sent, /javascript/, `${file}: Content-Type`);
        assert.equal(answer.headers['cache-control'], cache, `${file}: Cache-Control`);
        for (const [header, value] of Object.entries(headers)) assert.equal(answer.headers[header], value, `${file}: ${header}`);
      }
    }));

  test(`${name}: the build's .br to a browser that takes brotli, its .gz to one that takes only gzip`, () =>
    withServer(start, {}, async (server) => {
      const files = [];
      for (const folder of ['', 'kiosque/']) {
        for (const file of (await readdir(join(DIST, folder))).filter((n) => COMPRESSIBLE.test(n))) files.push(folder + file);
      }
      assert.ok(files.length >= 14, `pages, scripts, stylesheets, wasm, manifests, SVG: ${files}`);
      for (const file of files) {
        const path = file.replace(/(^|\/)index\.html$/, '$1');
        const address = new URL(path, server.url);
        for (const [accepts, encoding, copy] of [['br, gzip', 'br', '.br'], ['gzip', 'gzip', '.gz'], ['identity', undefined, '']]) {
          const { headers, bytes } = await fetchRaw(address, { 'accept-encoding': accepts });
          assert.equal(headers['content-encoding'], encoding, `${file} for "${accepts}"`);
          assert.ok(bytes.equals(await readFile(join(DIST, file + copy))), `${file} for "${accepts}": the bytes of ${file}${copy}`);
          if (encoding) assert.match(headers.vary ?? '', /accept-encoding/i, `${file}: Vary`);
        }
      }
    }));

  test(`${name}: the first visit as it sends it is the build's figure, within the budget`, () =>
    withServer(start, {}, async (server) => {
      for (const folder of ['', 'kiosque']) {
        const sent = await sentOverHttp(new URL(folder ? `${folder}/` : '', server.url), join(DIST, folder));
        const compressed = sent.filter((r) => COMPRESSIBLE.test(r.name));
        assert.deepEqual(compressed.filter((r) => r.encoding !== 'br').map((r) => r.name), [], `${folder || 'app'}: all in brotli`);
        const { total } = await firstVisitBudget(join(DIST, folder));
        assert.equal(sent.reduce((a, r) => a + r.sent, 0), total, `${folder || 'app'}: what is sent is what the build says`);
      }
      const { budget } = budgetFor(process.env.WASM_TOOLCHAIN);
      const { margin, line } = await firstVisitBudget(DIST, budget, { url: server.url, server: name });
      assert.ok(margin >= 0, line);
    }));

  test(`${name}: a page of another site cannot frame the app or the kiosk`, async () => {
    const app = await start();
    const open = await serveStatic();
    // Another origin (another port): a page that frames the app served by the server,
    // and, to show the check can see a frame load, the same app from the Node server,
    // which sends no frame-ancestors. All on screen: Chromium holds back the rendering
    // of a frame of another site out of view.
    const frames = { unprotected: open.url, app: app.url, kiosk: `${app.url}kiosque/` };
    const other = createServer((_, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>Autre site</title>${Object.entries(frames)
        .map(([id, src]) => `<iframe id="${id}" src="${src}" width="400" height="600"></iframe>`).join('')}`);
    });
    await new Promise((ok) => other.listen(0, '127.0.0.1', ok));
    const { page, context, errors } = await newPage(browser, { expectErrors: ['frame-ancestors'] });
    try {
      await page.goto(`http://127.0.0.1:${other.address().port}/`);
      const loaded = async (id) => {
        const frame = await (await page.$(`#${id}`)).contentFrame();
        return frame.url().startsWith('http') && (await frame.locator('nav.view-tabs ~ main#contenu h1').count().catch(() => 0)) > 0;
      };
      await page.frameLocator('#unprotected').locator('nav.view-tabs ~ main#contenu h1').waitFor({ state: 'attached', timeout: 15000 });
      assert.equal(await loaded('unprotected'), true, 'a frame without the header loads');
      assert.equal(await loaded('app'), false, 'the app refuses the frame');
      assert.equal(await loaded('kiosk'), false, 'the kiosk refuses the frame');
      assert.equal(errors.filter((e) => e.includes('frame-ancestors')).length, 2, errors.join('\n'));
    } finally {
      await context.close();
      other.close();
      await open.close();
      await app.close();
    }
  });
}

for (const basePath of ['/', '/plan/']) {
  test(`served by nginx from ${basePath}: after one visit the app works with the server stopped`, async () => {
    const server = await startNginx({ basePath });
    const { page, context, errors } = await newPage(browser, { expectErrors: ['ERR_CONNECTION_REFUSED'] });
    try {
      await firstVisit(page, server.url);
      await server.close();
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator('.explore-results article.commitment').count(), 13);
      await page.goto(`${server.url}?axe=2&partenaire=sdsc`);
      await waitForApp(page);
      assert.deepEqual(
        await page.$$eval('.explore-results article.commitment', (els) => els.map((e) => e.id)),
        ['programme-cour-municipale-adaptee', 'programme-fbcs'],
      );
      assert.deepEqual(errors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED')), []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('served by nginx: a new version replaces the old one after « Recharger »', () =>
  withVersion2(browser, { serve: startNginx }, async ({ page, errors }) => {
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('[role="status"] > .update-prompt button', { timeout: 15000 });
    await Promise.all([page.waitForEvent('load'), page.click('.update-prompt button')]);
    await waitForApp(page);
    assert.equal(await page.getAttribute('meta[name="plan-levis-test-version"]', 'content'), '2');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(loaded.some((url) => url.includes('v2_bg.wasm')), 'version 2\'s wasm');
    assert.deepEqual(errors, []);
  }));

// New versions of a build, as a deploy makes them, for the update tests; and what the
// service worker has cached.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../../../scripts/lib/static-server.mjs';
import { brotli, COMPRESSIBLE, PRECOMPRESSED, zopfli } from '../../../postbuild/precompress.mjs';
import { CONTENT_HASHED, writeServiceWorker } from '../../../postbuild/service-worker.mjs';
import { firstVisit, newPage } from './browser.mjs';

/**
 * A second build: same content, new hashed names, and a marker, as a deploy would be;
 * of the citizens' app, or of the app in `folder` (`kiosque`). Returns the new dist/.
 */
export async function makeVersion2(folder = '') {
  const root = await mkdtemp(join(tmpdir(), 'plan-levis-v2-'));
  await cp(DIST, root, { recursive: true });
  const dir = join(root, folder);
  await rm(join(dir, 'sw.js'));
  let html = await readFile(join(dir, 'index.html'), 'utf8');
  for (const name of await readdir(dir)) {
    const renamed = name.replace(CONTENT_HASHED, '-$1v2$2');
    if (renamed !== name) {
      await rename(join(dir, name), join(dir, renamed));
      html = html.replaceAll(name, renamed);
    }
  }
  // The release index.html is minified: `<meta charset=utf-8>`.
  const marked = html.replace(/<meta charset="?utf-8"?>/, (m) => `${m}<meta name="plan-levis-test-version" content="2">`);
  assert.notEqual(marked, html, 'index.html has a charset meta to mark');
  html = marked;
  await writeFile(join(dir, 'index.html'), html);
  await writeServiceWorker(dir);
  // The precompressed copies, as the build writes them: a server sends those.
  for (const name of await readdir(dir)) {
    if (PRECOMPRESSED.test(name)) await rm(join(dir, name));
  }
  for (const name of (await readdir(dir)).filter((n) => COMPRESSIBLE.test(n))) {
    const path = join(dir, name);
    await writeFile(`${path}.br`, brotli(await readFile(path)));
    await writeFile(`${path}.gz`, zopfli(path));
  }
  return root;
}

/** Every address in the page's caches. */
export function cachedUrls(page) {
  return page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) {
      for (const req of await (await caches.open(key)).keys()) urls.push(req.url);
    }
    return urls;
  });
}

/**
 * Version 1 (dist/) served by `serve` (`serveStatic`, or `startNginx` of
 * scripts/lib/web-servers.mjs) and visited once in a new page at `path`; then version 2
 * (`makeVersion2(folder)`, changed by `prepare` if given) served in its place, on the same
 * port, as a deploy does. `check({ page, errors, v2 })` runs then; the page, the servers
 * and version 2's folder go after it, also on failure (an open server would keep the test
 * file from ever ending).
 */
export async function withVersion2(browser, { serve, path = '', folder = '', prepare, pageOptions }, check) {
  const v1 = await serve();
  let v1Open = true;
  const session = await newPage(browser, pageOptions);
  const v2dir = await makeVersion2(folder);
  let v2;
  try {
    await firstVisit(session.page, v1.url + path);
    await v1.close();
    v1Open = false;
    await prepare?.(v2dir);
    v2 = await serve({ root: v2dir, port: v1.port });
    await check({ ...session, v2 });
  } finally {
    await session.context.close();
    if (v1Open) await v1.close();
    await v2?.close();
    await rm(v2dir, { recursive: true });
  }
}

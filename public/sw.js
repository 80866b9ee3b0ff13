// The service worker: the app works offline after one visit, and a new version never
// mixes its files with the old one's.
//
// The post-build hook (postbuild/service-worker.mjs) replaces PRECACHE below with this
// build's files, as [url, revision] pairs (revision null where the file's name holds a
// hash of its content, so that the name itself changes with the content), and minifies
// the result into dist/sw.js. Requests are answered from the cache; query strings are
// ignored (the app's views are all `index.html?…`).
const PRECACHE = self.__PRECACHE;
const scope = registration.scope;
const CACHE = `plan-levis-precache-${scope}`;

// A file is cached under its URL, plus its revision when its name has no hash: a new
// version caches its files beside the old version's, which keeps answering from its
// own until the new worker takes over. URL → cache key.
const keys = new Map(
  PRECACHE.map(([url, revision]) => {
    const key = new URL(url, location);
    const plain = key.href;
    if (revision) key.searchParams.set('__revision', revision);
    return [plain, key.href];
  }),
);

addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        [...keys].map(async ([url, key]) => {
          if (await cache.match(key)) return;
          // A hashed file (its key is its URL) may come from the browser's HTTP cache:
          // the page has just loaded it. Any other file is asked for afresh.
          let response = await fetch(url, { cache: key === url ? 'default' : 'reload' });
          // A failed download fails the installation: the old version stays.
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          // A redirected response cannot answer a page navigation: keep its content.
          if (response.redirected) {
            response = new Response(await response.blob(), { headers: response.headers });
          }
          await cache.put(key, response);
        }),
      ),
    ),
  );
});

addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const wanted = new Set(keys.values());
      const cache = await caches.open(CACHE);
      for (const request of await cache.keys()) {
        if (!wanted.has(request.url)) await cache.delete(request);
      }
      // Earlier versions' workers (Workbox) kept their files in a cache of their own.
      for (const name of await caches.keys()) {
        if (name !== CACHE && name.includes('-precache-') && name.endsWith(scope)) {
          await caches.delete(name);
        }
      }
      await clients.claim();
    })(),
  );
});

addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  // A folder is its index.html.
  const key = keys.get(url.href) ?? (url.pathname.endsWith('/') ? keys.get(`${url.href}index.html`) : undefined);
  if (!key) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached ?? fetch(request)),
  );
});

// The page asks a waiting new version to take over once the person accepts its offer.
addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') skipWaiting();
});

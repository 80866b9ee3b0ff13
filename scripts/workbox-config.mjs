// Workbox settings for the service worker that makes the app work offline.
// Used by scripts/postbuild.mjs after every Trunk build, and by the update test.

/**
 * Files named after a hash of their content (Trunk's CSS hash, and the JS glue and
 * wasm renamed by scripts/postbuild.mjs). Trunk's hash is hex without leading zeros,
 * so not always 16 digits. Groups: the hash, then the rest of the name.
 */
export const CONTENT_HASHED = /-([0-9a-f]{8,16})(\.js|_bg\.wasm|\.css)$/;

export function workboxConfig(dir) {
  return {
    globDirectory: dir,
    // Everything the app needs; sw.js itself is never precached.
    globPatterns: ['**/*.{html,js,wasm,css,svg,png,webmanifest}'],
    globIgnores: ['sw.js'],
    // A hashed name is its own revision: the precache may take the copy the page has
    // just loaded from the HTTP cache (after a 304 at most) instead of downloading
    // the wasm a second time on a first visit. Other files are fetched again, fresh.
    dontCacheBustURLsMatching: CONTENT_HASHED,
    swDest: `${dir}/sw.js`,
    // Query-string routes (?axe=2, ?element=…) are all index.html.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: 'index.html',
    directoryIndex: 'index.html',
    // A new version waits until the person accepts the reload prompt, so one page
    // never mixes files of two versions. The page asks with {type: 'SKIP_WAITING'}.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Self-contained: nothing is loaded from another origin.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

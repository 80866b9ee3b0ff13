// Workbox settings for the service worker that makes the app work offline.
// Used by scripts/postbuild.mjs after every Trunk build, and by the update test.
export function workboxConfig(dir) {
  return {
    globDirectory: dir,
    // Everything the app needs; sw.js itself is never precached.
    globPatterns: ['**/*.{html,js,wasm,css,svg,png,webmanifest}'],
    globIgnores: ['sw.js'],
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

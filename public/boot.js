// Starts the app: loads the wasm-bindgen glue and the wasm named by Trunk in the
// <script data-js data-wasm> tag. An external file, so the Content Security Policy
// needs no inline script.

// The kiosk has a build of its own in kiosque/ (the citizens' wasm holds no kiosk
// code): an address in the kiosk's earlier form, `?kiosque=1`, goes there.
const params = new URLSearchParams(location.search);
if (/^(1|oui|true)$/.test(params.get('kiosque')) && !/\/kiosque\/(index\.html)?$/.test(location.pathname)) {
  params.delete('kiosque');
  location.replace(`kiosque/?${params}`);
  await new Promise(() => {}); // Nothing more to start on this page.
}

// First let the browser paint the static copy of the plan that index.html holds, so
// the plan shows as soon as a static page would, however slow the wasm download. The
// tag is `async`, so it may run before the page is parsed: wait for that too.
if (document.readyState === 'loading') {
  await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
}
const painted = new Promise((done) => {
  requestAnimationFrame(() => requestAnimationFrame(done));
  setTimeout(done, 100); // Tabs in the background get no animation frames.
});
await painted;
const tag = document.querySelector('script[data-wasm]');
// The page's head has already asked for both (preload links, Trunk.toml): these two
// requests take those responses. The glue takes the wasm response's promise as it is.
const wasmResponse = fetch(tag.dataset.wasm);
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: wasmResponse });

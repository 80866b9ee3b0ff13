// Starts the app: loads the wasm-bindgen glue and the wasm named by Trunk in the
// <script data-js data-wasm> tag. An external file, so the Content Security Policy
// needs no inline script.
//
// It first lets the browser paint the static copy of the plan that index.html holds,
// so the plan shows as soon as a static page would, however slow the wasm download.
// The tag is `async`, so it may run before the page is parsed: wait for that too.
if (document.readyState === 'loading') {
  await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
}
const painted = new Promise((done) => {
  requestAnimationFrame(() => requestAnimationFrame(done));
  setTimeout(done, 100); // Tabs in the background get no animation frames.
});
await painted;
const tag = document.querySelector('script[data-wasm]');
// The wasm download starts with the glue's instead of after it: one round trip less
// on a slow connection. The glue takes the response's promise as it is.
const wasmResponse = fetch(tag.dataset.wasm);
const { default: init } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: wasmResponse });
// For the benchmark's memory figure (scripts/bench.mjs).
globalThis.planLevisWasmMemory = wasm.memory;

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
const { default: init } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: tag.dataset.wasm });
// For the benchmark's memory figure (scripts/bench.mjs).
globalThis.planLevisWasmMemory = wasm.memory;

// Starts the app: loads the wasm-bindgen glue and the wasm named by Trunk in the
// <script data-js data-wasm> tag. An external file, so the Content Security Policy
// needs no inline script.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: tag.dataset.wasm });
// For the benchmark's memory figure (scripts/bench.mjs).
globalThis.planLevisWasmMemory = wasm.memory;

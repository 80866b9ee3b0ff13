// The post-build steps on the release wasm: the glue's unused classes dropped with the
// wasm code behind them (postbuild/drop-unused-exports.mjs), similar functions grouped
// (postbuild/group-functions.mjs) and short names between the wasm and its JS glue
// (postbuild/short-names.mjs). The page itself is tested by tests/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from '../../scripts/lib/static-server.mjs';
import { dropUnusedExports } from '../drop-unused-exports.mjs';
import { groupedOrder, groupFunctions } from '../group-functions.mjs';
import { shortenGlue, shortenWasm } from '../short-names.mjs';
import { exportsOf } from '../wasm-binary.mjs';

async function builtFiles() {
  const names = await readdir(DIST);
  const js = names.find((n) => /^plan-levis-[0-9a-f]+\.js$/.test(n));
  assert.ok(js, 'dist/ holds the JS glue');
  return {
    js,
    wasm: await readFile(join(DIST, js.replace(/\.js$/, '_bg.wasm'))),
    glue: await readFile(join(DIST, js), 'utf8'),
  };
}

test('the wasm and its glue are named after their final content, and the page names them', async () => {
  const { js, wasm, glue } = await builtFiles();
  const hash = createHash('sha256').update(wasm).update(glue).digest('hex').slice(0, 16);
  assert.equal(js, `plan-levis-${hash}.js`);
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.match(html, new RegExp(`data-js=["']?\\./plan-levis-${hash}\\.js`));
  assert.match(html, new RegExp(`data-wasm=["']?\\./plan-levis-${hash}_bg\\.wasm`));
});

test('the built wasm imports and exports only short names, and the glue provides them', async () => {
  const { wasm, glue } = await builtFiles();
  const module = await WebAssembly.compile(wasm);
  const imports = WebAssembly.Module.imports(module);
  const exports = WebAssembly.Module.exports(module);
  assert.ok(imports.length > 50, `the app imports its browser functions (${imports.length})`);
  for (const { module: from, name } of imports) {
    assert.ok(from.length <= 2 && name.length <= 2, `short import ${from}.${name}`);
    assert.match(glue, new RegExp(`[{,]${name}:`), `the glue provides ${name}`);
  }
  for (const { name } of exports) {
    assert.ok(name === 'memory' || name.length <= 2, `short export ${name}`);
  }
  assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}/, 'no hashed wasm-bindgen name is left in the glue');
  assert.deepEqual(WebAssembly.Module.customSections(module, 'producers'), [], 'no custom section is left');
  assert.deepEqual(WebAssembly.Module.customSections(module, 'target_features'), []);
});

// Hand-made modules: a name, a section, a function body (no locals), the header.
const enc = (text) => [text.length, ...Buffer.from(text)];
const section = (id, body) => [id, body.length, ...body];
const fn = (...code) => [code.length + 1, 0, ...code];
const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** A wasm with one function import and one function export, names given. */
function tinyWasm(module, field, exported) {
  const custom = [...enc('producers'), 1, 2, 3];
  return Uint8Array.from([
    ...HEADER,
    ...section(1, [1, 0x60, 0, 0]), // type 0: () -> ()
    ...section(2, [1, ...enc(module), ...enc(field), 0x00, 0]), // import func 0
    ...section(3, [1, 0]), // func 1 of type 0
    ...section(7, [1, ...enc(exported), 0x00, 1]), // export func 1
    ...section(10, [1, ...fn(0x0b)]), // its body: nothing
    ...section(0, custom), // a custom section
  ]);
}

test('short names are applied to the wasm and its glue alike', async () => {
  const wasm = tinyWasm('./app_bg.js', '__wbg_log_0123456789abcdef', 'long_closure_shim_name');
  assert.equal(WebAssembly.Module.customSections(await WebAssembly.compile(wasm), 'producers').length, 1);
  const short = shortenWasm(wasm);
  const module = await WebAssembly.compile(short.wasm);
  assert.equal(WebAssembly.Module.customSections(module, 'producers').length, 0, 'custom sections dropped');
  const [imported] = WebAssembly.Module.imports(module);
  const [exported] = WebAssembly.Module.exports(module);
  assert.deepEqual([imported.module, imported.name], [short.modules.get('./app_bg.js'), short.imports.get('__wbg_log_0123456789abcdef')]);
  assert.equal(exported.name, short.exports.get('long_closure_shim_name'));

  const glue = `const import0 = { __wbg_log_0123456789abcdef: function() { wasm.long_closure_shim_name(); } };
return { "./app_bg.js": import0 };`;
  const out = shortenGlue(glue, short);
  const instance = await WebAssembly.instantiate(module, new Function('wasm', out)(null));
  assert.equal(typeof instance.exports[exported.name], 'function');
  assert.match(out, new RegExp(`wasm\\.${exported.name}\\(`));
});

test('a glue that does not match the wasm fails the build with the name it misses', () => {
  const short = shortenWasm(tinyWasm('./app_bg.js', '__wbg_log_0123456789abcdef', 'f'));
  assert.throws(
    () => shortenGlue('return { "./app_bg.js": { __wbg_other_0123456789abcdef: function() {} } };', short),
    /does not provide import __wbg_log_0123456789abcdef/,
  );
  assert.throws(
    () => shortenGlue('return { "./app_bg.js": { __wbg_log_0123456789abcdef: function() { wasm.gone(); } } };', short),
    /calls wasm\.gone, which the wasm does not export/,
  );
});

test('grouping sorts functions by size class and ending, then chains the most similar', () => {
  const body = (...bytes) => Uint8Array.from(bytes);
  const bodies = [
    body(9, 9, 9, 9, 9, 9, 9, 9, 1), // 9 bytes, ends with 1
    body(5, 2), // 2 bytes, ends with 2
    body(7, 7, 7, 7, 7, 7, 7, 7, 2), // 9 bytes, ends with 2
    body(8, 8, 8, 8, 8, 8, 8, 8, 1), // 9 bytes, ends with 1
    body(6, 2), // 2 bytes, the same end as the second
  ];
  const place = groupedOrder(bodies);
  assert.deepEqual([...place].sort((a, b) => a - b), [0, 1, 2, 3, 4], 'a permutation');
  const order = place.map((at, index) => [at, index]).sort((a, b) => a[0] - b[0]).map(([, index]) => index);
  assert.deepEqual(order, [1, 4, 3, 0, 2], 'nothing alike: the sorted order');

  const alike = [
    body(1, 2, 3, 4, 5, 6, 7, 8, 1), // sorted first (ends with 1)
    body(9, 9, 9, 9, 9, 9, 9, 9, 2), // sorted second, shares nothing with the first
    body(1, 2, 3, 4, 5, 6, 7, 8, 3), // sorted third, shares most with the first
  ];
  const chained = groupedOrder(alike);
  assert.deepEqual(chained, [0, 2, 1], 'the most similar follows');
});

test('grouped functions still call each other and are exported right', async () => {
  // Three functions: `big` (4 x i32.const + adds) is defined first, `one` returns 1,
  // `answer` returns big() + one(). Grouping by size moves them; the results must not.
  const wasm = Uint8Array.from([
    ...HEADER,
    ...section(1, [1, 0x60, 0, 1, 0x7f]), // type 0: () -> i32
    ...section(3, [3, 0, 0, 0]),
    ...section(7, [2, ...enc('answer'), 0x00, 2, ...enc('big'), 0x00, 0]),
    ...section(10, [
      3,
      ...fn(0x41, 10, 0x41, 10, 0x6a, 0x41, 10, 0x6a, 0x41, 10, 0x6a, 0x0b), // big: 40
      ...fn(0x41, 1, 0x0b), // one: 1
      ...fn(0x10, 0, 0x10, 1, 0x6a, 0x41, 1, 0x6a, 0x0b), // answer: big() + one() + 1
    ]),
  ]);
  const grouped = groupFunctions(wasm, 'wasm-opt');
  const { instance } = await WebAssembly.instantiate(grouped);
  assert.equal(instance.exports.answer(), 42);
  assert.equal(instance.exports.big(), 40);
  const module = await WebAssembly.compile(grouped);
  assert.deepEqual(WebAssembly.Module.customSections(module, 'name'), [], 'the order names are stripped');
  // Smallest size class first: one, answer, big. So `big` moved from 0 to 2.
  const found = exportsOf(grouped).map((e) => [e.name, e.kind, e.index]);
  assert.deepEqual(found, [['answer', 0, 1], ['big', 0, 2]]);
});

test('the built glue exports only init (no initSync), and the wasm nothing for streams', async () => {
  const { wasm, glue } = await builtFiles();
  assert.doesNotMatch(glue, /IntoUnderlying|export\s+class/, 'no exported class is left in the glue');
  const { exports } = await import(`data:text/javascript,${encodeURIComponent(glue)}`).then((m) => ({ exports: Object.keys(m) }));
  assert.deepEqual(exports, ['default']);
  const names = WebAssembly.Module.exports(await WebAssembly.compile(wasm)).map((e) => e.name);
  assert.ok(names.length < 20, `only what the glue uses is exported (${names.length})`);
  // The streams' code is not even linked (scripts/lib/wasm-link.sh): the glue provides
  // none of the stream methods it would call.
  assert.doesNotMatch(glue, /\.(byobRequest|enqueue|respond)\b/, 'no import for streams is left');
});

/**
 * A wasm for the glue below. Imports: 0 `only_class` (called only by `cls_method`) and 1
 * `log` (called by `kept`). Functions: 2 `cls_method`, 3 `kept`, 4 `shim`, 5 `cls_free`.
 */
function wasmWithAClass() {
  return Uint8Array.from([
    ...HEADER,
    ...section(1, [1, 0x60, 0, 0]), // type 0: () -> ()
    ...section(2, [2,
      ...enc('wbg'), ...enc('__wbg_only_class_0123456789abcdef'), 0x00, 0,
      ...enc('wbg'), ...enc('__wbg_log_0123456789abcdef'), 0x00, 0]),
    ...section(3, [4, 0, 0, 0, 0]),
    ...section(7, [4, ...enc('cls_method'), 0x00, 2, ...enc('kept'), 0x00, 3,
      ...enc('shim'), 0x00, 4, ...enc('cls_free'), 0x00, 5]),
    ...section(10, [4, ...fn(0x10, 0, 0x0b), ...fn(0x10, 1, 0x0b), ...fn(0x0b), ...fn(0x0b)]),
  ]);
}

const GLUE_WITH_A_CLASS = `let wasm;
export class Thing {
    constructor() { ThingFinalization.register(this, 1); }
    free() { wasm.cls_free(1); }
    method() { wasm.cls_method(); return KINDS[0]; }
}
if (Symbol.dispose) Thing.prototype[Symbol.dispose] = Thing.prototype.free;
const KINDS = ["bytes"];
const ThingFinalization = new FinalizationRegistry((p) => wasm.cls_free(p));
function callShim() { wasm.shim(); }
const logged = [];
function getImports() {
    return { wbg: {
        __wbg_only_class_0123456789abcdef: function() { callShim(); },
        __wbg_log_0123456789abcdef: function() { logged.push("log"); },
    } };
}
export function run() { wasm.kept(); return logged; }
export function init(module) { wasm = new WebAssembly.Instance(module, getImports()).exports; }
const SYNC_ONLY = "sync";
function initSync(module) { init(module); return SYNC_ONLY; }
export { initSync };
`;

test('an unused glue class goes with the wasm code and the imports only it needed', async () => {
  const out = dropUnusedExports(wasmWithAClass(), GLUE_WITH_A_CLASS, 'wasm-opt');
  assert.deepEqual(out.classes, ['Thing']);
  // Round one: the class's exports, then the import only `cls_method` called; round
  // two: `shim`, which only that import's glue function (through callShim) called.
  assert.deepEqual([...out.exports].sort(), ['cls_free', 'cls_method', 'shim']);
  assert.deepEqual(out.imports, ['__wbg_only_class_0123456789abcdef']);
  for (const gone of ['Thing', 'KINDS', 'ThingFinalization', 'callShim', '__wbg_only_class', 'initSync', 'SYNC_ONLY']) {
    assert.ok(!out.js.includes(gone), `${gone} is dropped from the glue`);
  }
  const module = await WebAssembly.compile(out.wasm);
  assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ['kept']);
  assert.deepEqual(WebAssembly.Module.imports(module).map((i) => i.name), ['__wbg_log_0123456789abcdef']);
  const glue = await import(`data:text/javascript,${encodeURIComponent(out.js)}`);
  glue.init(module);
  assert.deepEqual(glue.run(), ['log'], 'what is kept still works');
});

test('a glue that still needs a dropped class fails the build with its name', () => {
  const glue = `${GLUE_WITH_A_CLASS}export const make = () => new Thing();\n`;
  assert.throws(() => dropUnusedExports(wasmWithAClass(), glue, 'wasm-opt'), /the glue still needs Thing/);
});

test('every page, script, stylesheet, wasm, manifest and icon has its .br and .gz beside it, of the same content', async () => {
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const { COMPRESSIBLE } = await import('../precompress.mjs');
  const all = (await readdir(DIST, { recursive: true })).sort();
  const compressible = all.filter((name) => COMPRESSIBLE.test(name));
  for (const folder of ['', 'kiosque/']) {
    for (const kind of ['index.html', 'sw.js', 'boot.js', 'manifest.webmanifest', 'icon.svg', 'icon-512.png']) {
      assert.ok(compressible.includes(folder + kind), `${folder}${kind} is among them`);
    }
    assert.ok(compressible.some((n) => n.startsWith(folder) && /^[^/]*_bg\.wasm$/.test(n.slice(folder.length))), `${folder}: the wasm`);
  }
  for (const name of compressible) {
    const body = await readFile(join(DIST, name));
    const br = await readFile(join(DIST, `${name}.br`));
    const gz = await readFile(join(DIST, `${name}.gz`));
    assert.ok(brotliDecompressSync(br).equals(body), `${name}.br holds ${name}`);
    assert.ok(gunzipSync(gz).equals(body), `${name}.gz holds ${name}`);
    if (body.length > 900) {
      assert.ok(br.length < body.length && gz.length < body.length, `${name}: its copies are smaller`);
    }
  }
  // Nothing else is precompressed (the open data are downloads).
  const copies = all.filter((name) => /\.(br|gz)$/.test(name));
  assert.deepEqual(copies.filter((name) => !COMPRESSIBLE.test(name.slice(0, -3))), []);
  assert.equal(copies.length, compressible.length * 2);
});

test('the service worker precaches the app\'s files, never their precompressed copies', async () => {
  const { precacheList } = await import('../service-worker.mjs');
  for (const folder of [DIST, join(DIST, 'kiosque')]) {
    const names = precacheList(folder).map(([name]) => name);
    assert.ok(names.some((n) => n.endsWith('_bg.wasm')), `${folder}: the wasm is precached`);
    assert.deepEqual(names.filter((n) => /\.(br|gz)$/.test(n)), [], `${folder}: no .br or .gz`);
    const sw = await readFile(join(folder, 'sw.js'), 'utf8');
    assert.doesNotMatch(sw, /\.(br|gz)"/, `${folder}/sw.js names no copy`);
  }
});

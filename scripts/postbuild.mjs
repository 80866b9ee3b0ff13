// Trunk post_build hook, on the staging directory:
// 1. writes the whole plan as static HTML into index.html (`render-static`, the same
//    plan JSON and Leptos components rendered natively), for browsers without
//    JavaScript or WebAssembly and for the first instant of loading;
// 2. in release builds, drops the classes wasm-bindgen exports from the glue that the
//    page never uses, with the wasm code behind them (scripts/drop-unused-exports.mjs),
//    puts similar functions of the wasm together for brotli
//    (scripts/group-wasm-functions.mjs), gives the names linking the wasm and its
//    wasm-bindgen JS glue short names (scripts/short-wasm-names.mjs), and minifies the
//    glue with terser (Trunk's own JS minifier cannot parse it), and boot.js (copied as
//    written); then names the wasm and its glue after a hash of what they now hold
//    (Trunk's hash is of its own output, which these steps change), so that a hashed
//    name never stands for two contents;
// 3. in the kiosk's build (the `kiosk` feature in TRUNK_BUILD_FEATURES, which is how
//    `build_release` in scripts/setup.sh asks Trunk for it), adds the kiosk's own stylesheet (style/kiosk.css), named after
//    its content, to the page, and asks search engines not to index it;
// 4. writes the service worker (public/sw.js with the build's files and their
//    revisions: scripts/service-worker.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { dropUnusedExports } from './drop-unused-exports.mjs';
import { groupFunctions } from './group-wasm-functions.mjs';
import { shortenGlue, shortenWasm } from './short-wasm-names.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: TRUNK_STAGING_DIR=dir node scripts/postbuild.mjs (or pass the dir)');
  process.exit(2);
}
// A native build: drop the variables that only the wasm build may use.
const env = { ...process.env };
for (const name of ['RUSTC_BOOTSTRAP', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES',
  'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER',
  'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS']) {
  delete env[name];
}
env.PATH = `${process.env.CARGO_HOME ?? `${process.env.HOME}/.cargo`}/bin:${env.PATH}`;
execFileSync(
  'cargo',
  ['run', '--quiet', '--features', 'static-render', '--bin', 'render-static', '--', `${dir}/index.html`],
  { stdio: 'inherit', env },
);
console.log('static plan: written into index.html');

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of readdirSync(dir).filter((n) => /^plan-levis-[0-9a-f]+\.js$/.test(n))) {
    const path = `${dir}/${name}`;
    const wasmPath = path.replace(/\.js$/, '_bg.wasm');
    const wasm = readFileSync(wasmPath);
    // binaryen's wasm-opt from npm, as Trunk uses (scripts/setup.sh puts it on PATH).
    const used = dropUnusedExports(wasm, readFileSync(path, 'utf8'), 'wasm-opt');
    const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
    console.log(`${name}: dropped the glue's unused classes (${used.classes.join(', ') || 'none'}), ` +
      `${count(used.exports.length, 'wasm export')} and ${count(used.imports.length, 'import')} only they needed`);
    const grouped = groupFunctions(used.wasm, 'wasm-opt');
    const short = shortenWasm(grouped);
    const source = shortenGlue(used.js, short);
    console.log(`${name}: functions grouped, short wasm names, wasm ${wasm.length} → ${short.wasm.length} bytes`);
    const { code } = await minify(source, { module: true, compress: true, mangle: true });
    console.log(`${name}: minified, ${source.length} → ${code.length} bytes`);

    const hash = createHash('sha256').update(short.wasm).update(code).digest('hex').slice(0, 16);
    const stem = `plan-levis-${hash}`;
    writeFileSync(wasmPath, short.wasm);
    writeFileSync(path, code);
    renameSync(wasmPath, `${dir}/${stem}_bg.wasm`);
    renameSync(path, `${dir}/${stem}.js`);
    const html = readFileSync(`${dir}/index.html`, 'utf8');
    const renamed = html.replaceAll(name.replace(/\.js$/, ''), stem);
    if (!renamed.includes(`${stem}.js`) || !renamed.includes(`${stem}_bg.wasm`)) {
      throw new Error(`index.html does not name ${name} and its wasm`);
    }
    writeFileSync(`${dir}/index.html`, renamed);
    console.log(`${name}: renamed ${stem}.js, after its final content`);
  }
  // public/boot.js is copied as written, comments and all.
  const boot = `${dir}/boot.js`;
  const written = readFileSync(boot, 'utf8');
  const { code: bootCode } = await minify(written, { module: true, compress: true, mangle: true });
  writeFileSync(boot, bootCode);
  console.log(`boot.js: minified, ${written.length} → ${bootCode.length} bytes`);
}

if ((process.env.TRUNK_BUILD_FEATURES ?? '').split(',').includes('kiosk')) {
  // Comments and runs of white space out (no string in the file holds either).
  const css = readFileSync(new URL('../style/kiosk.css', import.meta.url), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const name = `kiosk-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(`${dir}/${name}`, css);
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  // The kiosk repeats the app's content at another address: search engines keep to the app.
  const linked = html.replace('</head>', `<link href=./${name} rel=stylesheet><meta content=noindex name=robots></head>`);
  if (linked === html) throw new Error('index.html has no </head> to add the kiosk stylesheet before');
  writeFileSync(`${dir}/index.html`, linked);
  console.log(`kiosk: ${name} linked from index.html`);
}

const { count, size } = await writeServiceWorker(dir);
console.log(`service worker: precaching ${count} files, ${(size / 1024).toFixed(1)} KiB`);

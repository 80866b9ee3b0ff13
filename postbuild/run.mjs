// The post-build pipeline: Trunk's `post_build` hook (Trunk.toml), on the staging
// directory. Steps, in order (postbuild/README.md says why each is there and what it
// saves):
//   open-data            the plan as JSON, CSV and a data dictionary in donnees/ (the
//                        citizens' build; export-open-data)
//   static-plan          the whole plan as static HTML in index.html (render-static),
//                        with links to the open data; previous editions of the plan
//                        in editions/<period>/ (the citizens' build)
//   drop-unused-exports  the glue's unused classes, and what only they used (release)
//   group-functions      similar wasm functions next to each other, for brotli (release)
//   short-names          short names between the wasm and its glue (release)
//   minify               terser on the glue and boot.js (release)
//   content-names        the wasm and its glue named after their final content (release)
//   kiosk-page           the kiosk's stylesheet and noindex (the kiosk's build)
//   service-worker       sw.js with the build's file list
//   precompress          x.br and x.gz beside every file a server sends compressed
// POSTBUILD_SKIP=step,step turns size steps off, to measure what each saves; the
// others cannot be skipped, since the app needs them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { dropUnusedExports } from './drop-unused-exports.mjs';
import { groupFunctions } from './group-functions.mjs';
import { shortenGlue, shortenWasm } from './short-names.mjs';
import { precompress } from './precompress.mjs';
import { writeServiceWorker } from './service-worker.mjs';

// drop-unused-exports cannot be skipped: the wasm build's linker leaves the stream
// classes' wasm exports out (scripts/lib/wasm-link.sh), and the glue's copies of those
// classes would call exports that do not exist.
const SKIPPABLE = ['group-functions', 'short-names', 'minify'];
const skip = new Set((process.env.POSTBUILD_SKIP ?? '').split(',').filter(Boolean));
for (const step of skip) {
  if (!SKIPPABLE.includes(step)) {
    console.error(`POSTBUILD_SKIP: no step "${step}" can be skipped (steps: ${SKIPPABLE.join(', ')})`);
    process.exit(2);
  }
}
const on = (step) => !skip.has(step);

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: TRUNK_STAGING_DIR=dir node postbuild/run.mjs (or pass the dir)');
  process.exit(2);
}

// open-data and static-plan are native builds: without the variables that only the wasm
// build may use.
const env = { ...process.env };
for (const name of ['RUSTC_BOOTSTRAP', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES',
  'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER', 'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS']) {
  delete env[name];
}
env.PATH = `${process.env.CARGO_HOME ?? `${process.env.HOME}/.cargo`}/bin:${env.PATH}`;
const kioskBuild = (process.env.TRUNK_BUILD_FEATURES ?? '').split(',').includes('kiosk');

// open-data. Plain downloads in a sub-folder: not precached, not part of a first visit.
if (!kioskBuild) {
  execFileSync(
    'cargo',
    ['run', '--quiet', '-p', 'plan-levis-core', '--features', 'open-data', '--bin', 'export-open-data', '--', `${dir}/donnees`],
    { stdio: 'inherit', env },
  );
}

// static-plan, linking the open data it finds, and the previous editions (not
// precached: they are in a sub-folder).
execFileSync(
  'cargo',
  ['run', '--quiet', '--features', 'static-render', '--bin', 'render-static', '--', `${dir}/index.html`,
    ...(kioskBuild ? [] : [`${dir}/donnees`, '--editions'])],
  { stdio: 'inherit', env },
);
console.log('static-plan: written into index.html');

const minified = async (js) => (await minify(js, { module: true, compress: true, mangle: true })).code;

if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of readdirSync(dir).filter((n) => /^plan-levis-[0-9a-f]+\.js$/.test(n))) {
    const path = `${dir}/${name}`;
    const wasmPath = path.replace(/\.js$/, '_bg.wasm');
    let wasm = readFileSync(wasmPath);
    let js = readFileSync(path, 'utf8');
    const before = { wasm: wasm.length, js: js.length };
    // binaryen's wasm-opt from npm, as Trunk uses (scripts/setup.sh puts it on PATH).
    {
      const used = dropUnusedExports(wasm, js, 'wasm-opt');
      ({ wasm, js } = used);
      console.log(`drop-unused-exports: ${used.classes.join(', ') || 'no class'}; ` +
        `${used.exports.length} wasm exports and ${used.imports.length} imports only they needed`);
    }
    if (on('group-functions')) {
      wasm = groupFunctions(wasm, 'wasm-opt');
      console.log('group-functions: done');
    }
    if (on('short-names')) {
      const short = shortenWasm(wasm);
      js = shortenGlue(js, short);
      wasm = short.wasm;
      console.log(`short-names: ${short.imports.size} imports, ${short.exports.size} exports`);
    }
    if (on('minify')) js = await minified(js);
    console.log(`${name}: wasm ${before.wasm} → ${wasm.length} bytes, glue ${before.js} → ${js.length} bytes`);

    // content-names: Trunk's hash is of its own output, which the steps above change;
    // a hashed name must never stand for two contents.
    const stem = `plan-levis-${createHash('sha256').update(wasm).update(js).digest('hex').slice(0, 16)}`;
    writeFileSync(wasmPath, wasm);
    writeFileSync(path, js);
    renameSync(wasmPath, `${dir}/${stem}_bg.wasm`);
    renameSync(path, `${dir}/${stem}.js`);
    const html = readFileSync(`${dir}/index.html`, 'utf8');
    const renamed = html.replaceAll(name.replace(/\.js$/, ''), stem);
    if (!renamed.includes(`${stem}.js`) || !renamed.includes(`${stem}_bg.wasm`)) {
      throw new Error(`content-names: index.html does not name ${name} and its wasm`);
    }
    writeFileSync(`${dir}/index.html`, renamed);
    console.log(`content-names: ${stem}.js`);
  }
  if (on('minify')) {
    // public/boot.js is copied as written, comments and all.
    const boot = `${dir}/boot.js`;
    writeFileSync(boot, await minified(readFileSync(boot, 'utf8')));
    console.log('minify: glue and boot.js');
  }
}

if (kioskBuild) {
  // kiosk-page. Comments and runs of white space out of our own stylesheet (no string
  // in it holds either); Trunk's minifier only sees the stylesheets index.html names.
  const css = readFileSync(new URL('../style/kiosk.css', import.meta.url), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const name = `kiosk-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(`${dir}/${name}`, css);
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  // The kiosk repeats the app's content at another address: search engines keep to the app.
  const linked = html.replace('</head>', `<link href=./${name} rel=stylesheet><meta content=noindex name=robots></head>`);
  if (linked === html) throw new Error('kiosk-page: index.html has no </head> to add the kiosk stylesheet before');
  writeFileSync(`${dir}/index.html`, linked);
  console.log(`kiosk-page: ${name} linked from index.html`);
}

const { count, size } = await writeServiceWorker(dir);
console.log(`service-worker: precaching ${count} files, ${(size / 1024).toFixed(1)} KiB`);

// precompress, last: every file is final.
console.log(`precompress: ${precompress(dir)} files, as .br and .gz`);

// Drops what wasm-bindgen exports for JavaScript that the page never uses.
//
// Leptos always links server_fn, which brings wasm-streams: three `#[wasm_bindgen]`
// classes (`IntoUnderlyingSource`, `IntoUnderlyingSink`, `IntoUnderlyingByteSource`)
// that wasm-bindgen exports from the glue. The app never streams anything, and
// public/boot.js takes only the glue's default export (`init`), so every exported class
// of the glue is dead weight, and so is its other function, `initSync`. The release
// build's linker already leaves the classes' wasm exports and code out
// (scripts/lib/wasm-link.sh: from the wasm, nothing here could remove the closures
// their futures put in the function table); a build without it still has them.
//
// This removes, from the (unminified) glue, every exported class and `initSync`, and
// the top-level statements that only serve them (their `Symbol.dispose` line, their finalisation
// registry, constants only they read); then the wasm exports that only those classes
// called; then binaryen removes the wasm code nothing reaches any more, and the glue
// loses the imports that only that code called. A glue that wasm-bindgen writes
// differently one day fails the build here (or in postbuild/short-names.mjs, which
// checks that the glue calls only exports the wasm has), not in the page.

import { nodes, parseModule } from './js-syntax.mjs';
import { exportsOf, importsOf, name, runWasmOpt, u32, withSection } from './wasm-binary.mjs';

/** The names a statement reads: identifiers, but not property names (`a.b`, `{ b: 1 }`). */
function namesRead(statement) {
  const keys = new Set();
  for (const node of nodes(statement)) {
    if (node.type === 'MemberExpression' && !node.computed) keys.add(node.property);
    if ((node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') &&
        !node.computed) {
      keys.add(node.key);
    }
  }
  const own = declared(statement);
  const names = new Set();
  for (const node of nodes(statement)) {
    if (node.type === 'Identifier' && !keys.has(node) && !own.includes(node.name)) names.add(node.name);
  }
  return names;
}

/** The top-level names a statement declares. */
function declared(statement) {
  const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
  if (!declaration) return [];
  if (declaration.type === 'VariableDeclaration') {
    return declaration.declarations.filter((d) => d.id.type === 'Identifier').map((d) => d.id.name);
  }
  if (declaration.type === 'ClassDeclaration' || declaration.type === 'FunctionDeclaration') {
    return [declaration.id.name];
  }
  return [];
}

/** The names `wasm.name` of the wasm exports a piece of code calls or reads. */
function wasmExportsUsed(statements) {
  const used = new Set();
  for (const statement of statements) {
    for (const node of nodes(statement)) {
      if (node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier' &&
          node.object.name === 'wasm') {
        used.add(node.property.name);
      }
    }
  }
  return used;
}

/** The source without the given nodes (each with its trailing comma, if `comma`). */
function cut(js, ranges, comma = false) {
  let out = '';
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    out += js.slice(at, start);
    at = end;
    if (comma) {
      const after = /^\s*,/.exec(js.slice(at));
      if (after) at += after[0].length;
    }
  }
  return out + js.slice(at);
}

/**
 * The glue without the top-level statements `dropped` picks, and without what only they
 * used: a statement that declares nothing and reads a dropped name (a class's
 * `Symbol.dispose` line) and a declaration that no statement left reads (a class's
 * finalisation registry, a constant or a helper function only dropped code called).
 */
function prune(js, dropped) {
  const statements = parseModule(js).body;
  const reads = new Map(statements.map((s) => [s, namesRead(s)]));
  const removed = new Set(statements.filter(dropped));
  const gone = new Set(statements.filter(dropped).flatMap(declared));
  for (let changed = true; changed; ) {
    changed = false;
    for (const statement of statements) {
      if (removed.has(statement) || statement.type.startsWith('Export')) continue;
      const names = declared(statement);
      const unread = names.length > 0 &&
        names.every((n) => statements.every((s) => s === statement || removed.has(s) || !reads.get(s).has(n)));
      const readsGone = names.length === 0 && [...reads.get(statement)].some((n) => gone.has(n));
      if (unread || readsGone) {
        removed.add(statement);
        for (const n of names) gone.add(n);
        changed = true;
      }
    }
  }
  for (const statement of statements.filter((s) => !removed.has(s))) {
    const needs = [...reads.get(statement)].filter((n) => gone.has(n));
    if (needs.length) {
      throw new Error(`drop unused exports: the glue still needs ${needs.join(', ')} (${js.slice(statement.start, statement.end).slice(0, 80)})`);
    }
  }
  return cut(js, removed);
}

/** The glue without `initSync` (the page starts the app with `init`, asynchronously). */
function withoutSyncInit(js) {
  const found = [...nodes(parseModule(js))].filter((n) => n.type === 'ExportSpecifier' && n.exported.name === 'initSync');
  if (found.length !== 1) throw new Error('drop unused exports: the glue does not export initSync once');
  return prune(cut(js, found, true), (s) => declared(s).includes('initSync'));
}

/** The wasm without the named exports (each must exist). */
function withoutExports(wasm, names) {
  const exports = exportsOf(wasm);
  const missing = names.filter((n) => !exports.some((e) => e.name === n));
  if (missing.length) throw new Error(`drop unused exports: the wasm does not export ${missing.join(', ')}`);
  const kept = exports.filter((e) => !names.includes(e.name));
  const payload = [...u32(kept.length), ...kept.flatMap((e) => [...name(e.name), e.kind, ...u32(e.index)])];
  return withSection(wasm, 7, payload);
}

/** The glue without the import functions it provides under the given names. */
function withoutImports(js, fields) {
  if (fields.length === 0) return js;
  const program = parseModule(js);
  const found = [...nodes(program)].filter((n) =>
    n.type === 'Property' && !n.computed && n.key.type === 'Identifier' && fields.includes(n.key.name));
  if (found.length !== fields.length) {
    throw new Error(`drop unused exports: the glue does not provide ${fields.length} imports ${fields.join(', ')} once each`);
  }
  return cut(js, found, true);
}

const isExportedClass = (s) => s.type === 'ExportNamedDeclaration' && s.declaration?.type === 'ClassDeclaration';

/**
 * Drops the glue's exported classes and everything only they use, in the glue and in
 * the wasm; `wasmOpt` is the path of binaryen's wasm-opt. Rounds, until nothing more
 * goes: wasm exports the glue no longer uses, the wasm code only they reached, the
 * imports only that code called, the glue functions only those imports called, ...
 * Only exports the original glue used may go (not `main`, nor `memory`).
 */
export function dropUnusedExports(wasm, js, wasmOpt) {
  const program = parseModule(js);
  const classes = program.body.filter(isExportedClass).map((s) => s.declaration.id.name);
  const everUsed = wasmExportsUsed(program.body);
  const exports = [];
  const imports = [];
  let glue = withoutSyncInit(prune(js, isExportedClass));
  let binary = wasm;
  for (;;) {
    const used = wasmExportsUsed(parseModule(glue).body);
    const dead = exportsOf(binary).map((e) => e.name).filter((n) => everUsed.has(n) && !used.has(n));
    if (dead.length === 0) break;
    const trimmed = runWasmOpt(withoutExports(binary, dead), wasmOpt, ['--remove-unused-module-elements']);
    const left = new Set(importsOf(trimmed).map((i) => `${i.module}\n${i.field}`));
    const unused = importsOf(binary).filter((i) => !left.has(`${i.module}\n${i.field}`)).map((i) => i.field);
    glue = prune(withoutImports(glue, unused), () => false);
    binary = trimmed;
    exports.push(...dead);
    imports.push(...unused);
  }
  return { wasm: binary, js: glue, classes, exports, imports };
}

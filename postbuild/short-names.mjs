// Shortens the names that link the wasm to its wasm-bindgen JS glue.
//
// wasm-bindgen names every import after the JS function plus a 16-digit hash
// (`__wbg_createTextNode_2b48c3fc75dfcc67`), and exports closure shims under their
// mangled Rust paths (up to 400 characters). The names are written in both files, and
// hashes do not compress. This gives every import, import module and export a short
// name in the wasm and in the glue. The `memory` export keeps its name (public/boot.js
// reads it for the benchmark).
//
// Custom sections (`producers`, `target_features`, Leptos' `__wasm_split_unstable`),
// metadata that the browser ignores, are dropped on the way.
//
// Only the import and export sections of the wasm change. The glue is read as a
// program (acorn), and only property keys of its import objects and `wasm.<export>`
// members are renamed. It must provide every import under its new name and name none
// under its old one, and call only exports the wasm has: a glue that wasm-bindgen
// writes differently one day fails the build, saying what it missed, instead of the
// page.

import { applyEdits, nodes, parseModule } from './js-syntax.mjs';
import { importDescription, name, Reader, sections, u32 } from './wasm-binary.mjs';

const KEPT = new Set(['memory']);

/** Short names: a b … Z, then aa ab … (always valid JS identifiers). */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let length = 1; ; length += 1) {
    const digits = new Array(length).fill(0);
    for (;;) {
      yield digits.map((d) => letters[d]).join('');
      let i = length - 1;
      while (i >= 0 && digits[i] === letters.length - 1) digits[i--] = 0;
      if (i < 0) break;
      digits[i] += 1;
    }
  }
}

/**
 * Renames the wasm's import modules, imports and exports, and drops its custom sections.
 * Returns the new wasm and the renamings { modules, imports, exports } (Maps old → new).
 */
export function shortenWasm(wasm) {
  const fresh = shortNames();
  const modules = new Map();
  const imports = new Map();
  const exports = new Map();
  const out = [wasm.subarray(0, 8)];
  for (const { id, start, body, end } of sections(wasm)) {
    const r = new Reader(wasm, body);
    if (id === 2 || id === 7) {
      const count = r.u32();
      const written = u32(count);
      for (let i = 0; i < count; i += 1) {
        if (id === 2) {
          const module = r.name();
          const field = r.name();
          if (!modules.has(module)) modules.set(module, fresh.next().value);
          if (!imports.has(field)) imports.set(field, fresh.next().value);
          written.push(...name(modules.get(module)), ...name(imports.get(field)), ...importDescription(r).bytes);
        } else {
          const field = r.name();
          const kind = r.byte();
          const index = r.u32();
          if (!KEPT.has(field)) exports.set(field, fresh.next().value);
          written.push(...name(exports.get(field) ?? field), kind, ...u32(index));
        }
      }
      if (r.at !== end) throw new Error(`short wasm names: section ${id} not read to its end`);
      out.push(Uint8Array.from([id, ...u32(written.length), ...written]));
    } else if (id !== 0) {
      out.push(wasm.subarray(start, end));
    }
  }
  return { wasm: Buffer.concat(out), modules, imports, exports };
}

/** A property's name as written (`a: …`, `"./x.js": …`), or null when computed. */
const keyName = (property) =>
  property.computed ? null : property.key.type === 'Identifier' ? property.key.name : String(property.key.value);

/**
 * Applies the renamings of `shortenWasm` to wasm-bindgen's (unminified) JS glue, read as
 * a program: the keys of the import objects (import modules and the functions they
 * provide) and the `wasm.<export>` calls. Fails, naming what it misses, when the glue
 * does not provide an import, still names an old import, or calls an export the wasm
 * does not have.
 */
export function shortenGlue(js, { modules, imports, exports }) {
  const edits = [];
  const renamed = new Set();
  const known = new Set([...KEPT, ...exports.values()]);
  for (const node of nodes(parseModule(js))) {
    if (node.type === 'Property') {
      const key = keyName(node);
      const short = modules.get(key) ?? imports.get(key);
      if (short === undefined) continue;
      if (node.shorthand) throw new Error(`short wasm names: the JS glue provides ${key} in shorthand`);
      edits.push({ start: node.key.start, end: node.key.end, text: modules.has(key) ? `"${short}"` : short });
      renamed.add(key);
    } else if (node.type === 'MemberExpression' && !node.computed &&
               node.object.type === 'Identifier' && node.object.name === 'wasm') {
      const field = node.property.name;
      const short = exports.get(field);
      if (short !== undefined) edits.push({ start: node.property.start, end: node.property.end, text: short });
      else if (!known.has(field)) {
        throw new Error(`short wasm names: the JS glue calls wasm.${field}, which the wasm does not export`);
      }
    }
  }
  for (const [old, what] of [...[...modules.keys()].map((m) => [m, 'module']), ...[...imports.keys()].map((i) => [i, 'import'])]) {
    if (!renamed.has(old)) throw new Error(`short wasm names: the JS glue does not provide ${what} ${old}`);
  }
  const out = applyEdits(js, edits);
  for (const node of nodes(parseModule(out))) {
    const named = node.type === 'Identifier' ? node.name : node.type === 'Literal' ? node.value : null;
    if (typeof named === 'string' && imports.has(named)) {
      throw new Error(`short wasm names: the JS glue still names ${named}`);
    }
  }
  return out;
}

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
// Only the import and export sections of the wasm change. The glue must name every
// import it provides under its new name and none under its old one, and call only
// exports the wasm has: a glue that wasm-bindgen writes differently one day fails the
// build instead of the page.

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

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Applies the renamings of `shortenWasm` to wasm-bindgen's (unminified) JS glue. */
export function shortenGlue(js, { modules, imports, exports }) {
  let out = js;
  const replaceAll = (pattern, by, what) => {
    const next = out.replace(pattern, by);
    if (next === out) throw new Error(`short wasm names: the JS glue does not provide ${what}`);
    out = next;
  };
  for (const [old, short] of modules) {
    replaceAll(new RegExp(`(["'])${escape(old)}\\1(\\s*:)`, 'g'), `"${short}"$2`, `module ${old}`);
  }
  for (const [old, short] of imports) {
    replaceAll(new RegExp(`(?<![\\w$.])${escape(old)}(\\s*:)`, 'g'), `${short}$1`, `import ${old}`);
    if (new RegExp(`(?<![\\w$])${escape(old)}(?![\\w$])`).test(out)) {
      throw new Error(`short wasm names: the JS glue still names ${old}`);
    }
  }
  // Exports the glue never calls (such as `main`) are renamed all the same.
  for (const [old, short] of exports) {
    out = out.replace(new RegExp(`\\bwasm\\.${escape(old)}(?![\\w$])`, 'g'), `wasm.${short}`);
  }
  const known = new Set([...KEPT, ...exports.values()]);
  const unknown = [...out.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]).find((n) => !known.has(n));
  if (unknown) throw new Error(`short wasm names: the JS glue calls wasm.${unknown}, which the wasm does not export`);
  return out;
}

// Reading and writing the few parts of the WebAssembly binary format that the
// post-build steps touch (postbuild/short-names.mjs, postbuild/group-functions.mjs,
// postbuild/drop-unused-exports.mjs): LEB128 numbers, names, and the import and code
// sections' outlines, the import and export lists; and running binaryen's wasm-opt on
// a wasm in memory.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class Reader {
  constructor(bytes, at) {
    this.bytes = bytes;
    this.at = at;
  }
  byte() {
    return this.bytes[this.at++];
  }
  u32() {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
  }
  name() {
    const length = this.u32();
    const text = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
  limits() {
    const flags = this.byte();
    this.u32();
    if (flags & 1) this.u32();
  }
}

export function u32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

export function name(text) {
  const bytes = new TextEncoder().encode(text);
  return [...u32(bytes.length), ...bytes];
}

/** Reads one import's description (what follows its two names): its kind and its bytes. */
export function importDescription(r) {
  const from = r.at;
  const kind = r.byte();
  if (kind === 0) r.u32(); // function: type index
  else if (kind === 1) {
    r.byte(); // table: reference type, limits
    r.limits();
  } else if (kind === 2) r.limits(); // memory
  else if (kind === 3) {
    r.byte(); // global: value type, mutability
    r.byte();
  } else if (kind === 4) {
    r.byte(); // tag: attribute, type index
    r.u32();
  } else throw new Error(`wasm: unknown import kind ${kind}`);
  return { kind, bytes: r.bytes.subarray(from, r.at) };
}

/** Each section of a wasm: { id, start (of its id byte), body (start), end }. */
export function* sections(wasm) {
  const r = new Reader(wasm, 8);
  while (r.at < wasm.length) {
    const start = r.at;
    const id = r.byte();
    const size = r.u32();
    yield { id, start, body: r.at, end: r.at + size };
    r.at += size;
  }
}

/** Each entry of the wasm's sections `id` (a vector), as `read(reader)` returns it. */
export function* entries(wasm, id, read) {
  for (const section of sections(wasm)) {
    if (section.id !== id) continue;
    const r = new Reader(wasm, section.body);
    for (let i = r.u32(); i > 0; i -= 1) yield read(r);
  }
}

/** The wasm's imports, in order: { module, field, kind } (kind 0 is a function). */
export function importsOf(wasm) {
  return [...entries(wasm, 2, (r) => ({ module: r.name(), field: r.name(), kind: importDescription(r).kind }))];
}

/** The wasm's exports, in order: { name, kind, index }. */
export function exportsOf(wasm) {
  return [...entries(wasm, 7, (r) => ({ name: r.name(), kind: r.byte(), index: r.u32() }))];
}

/** The wasm with the body of its section `id` replaced by `payload` (bytes). */
export function withSection(wasm, id, payload) {
  const out = [wasm.subarray(0, 8)];
  for (const section of sections(wasm)) {
    const bytes = section.id === id
      ? Uint8Array.from([id, ...u32(payload.length), ...payload])
      : wasm.subarray(section.start, section.end);
    out.push(bytes);
  }
  return Buffer.concat(out);
}

/**
 * The wasm after binaryen's wasm-opt (`wasmOpt`, its path) with the given passes. The
 * StackIR options keep binaryen's last -Oz encoding of the code (without them the
 * rewritten code is about 0.5 KB larger). Features come from the target_features section.
 */
export function runWasmOpt(wasm, wasmOpt, passes) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-levis-wasm-'));
  try {
    writeFileSync(join(dir, 'in.wasm'), wasm);
    execFileSync(wasmOpt, [
      join(dir, 'in.wasm'), '-o', join(dir, 'out.wasm'), ...passes,
      '--generate-stack-ir', '--optimize-stack-ir', '--optimize-level=2', '--shrink-level=2',
    ]);
    return readFileSync(join(dir, 'out.wasm'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

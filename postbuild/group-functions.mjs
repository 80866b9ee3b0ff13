// Puts similar functions of the wasm next to each other, so that brotli compresses it
// better (about 3 KiB less here). The code is unchanged: only the order of functions.
//
// The order of function bodies matters to brotli: shuffled at random, the same wasm is
// 3.7 KiB larger; sorted by size, 1.7 KiB smaller. Functions of similar size that end
// with the same bytes (the same epilogue, the same last calls) are usually instances of
// one generic function. So functions are sorted by size class (a quarter of a power of
// two) and then by their bytes read backwards (−2.1 KiB); then, from the first one,
// each next function is the one left that shares the most 4-byte sequences with it,
// estimated with MinHash (−1.1 KiB more; about 1.5 s).
//
// binaryen does the renumbering (every call, table entry and export follows its
// function): this names each function after its place in the new order, in a `name`
// section, runs `wasm-opt --reorder-functions-by-name`, and strips the names again.

import { entries, importsOf, name, runWasmOpt, u32 } from './wasm-binary.mjs';

/** The number of imported functions, and the bodies of the defined ones, in order. */
function functions(wasm) {
  const bodies = [...entries(wasm, 10, (r) => {
    const size = r.u32();
    r.at += size;
    return wasm.subarray(r.at - size, r.at);
  })];
  return { imported: importsOf(wasm).filter((i) => i.kind === 0).length, bodies };
}

/** Compares two function bodies: size class first, then bytes from the end. */
function similarFirst(a, b) {
  const sizeClass = (body) => Math.floor(Math.log2(body.length) * 4);
  const bySize = sizeClass(a) - sizeClass(b);
  if (bySize !== 0) return bySize;
  for (let i = 1; i <= Math.min(a.length, b.length); i += 1) {
    const byByte = a[a.length - i] - b[b.length - i];
    if (byByte !== 0) return byByte;
  }
  return a.length - b.length;
}

const SIGNATURE = 128; // hash functions per MinHash signature
const SHINGLE = 4; // bytes per shingle

/** murmur3's 32-bit finaliser: a well-mixed hash of a 32-bit value. */
function mix(h) {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * MinHash signatures of the bodies' 4-byte shingles: two bodies agree on about as
 * many of the 128 slots as the share of shingles they have in common.
 */
function signatures(bodies) {
  const out = new Uint32Array(bodies.length * SIGNATURE).fill(0xffffffff);
  bodies.forEach((body, b) => {
    const row = out.subarray(b * SIGNATURE, (b + 1) * SIGNATURE);
    // A body shorter than a shingle is one shingle, padded with zeros.
    for (let i = 0; i + SHINGLE <= Math.max(body.length, SHINGLE); i += 1) {
      const shingle = mix(((body[i] << 24) | (body[i + 1] << 16) | (body[i + 2] << 8) | body[i + 3]) >>> 0);
      for (let k = 0; k < SIGNATURE; k += 1) {
        const h = mix(shingle ^ Math.imul(k + 1, 0x9e3779b9));
        if (h < row[k]) row[k] = h;
      }
    }
  });
  return out;
}

/**
 * The new position of each defined function. Sorted by size class and ending first;
 * then, from the first of that order, each next function is the most similar one left
 * (by MinHash estimate; ties go to the earlier in the sorted order).
 */
export function groupedOrder(bodies) {
  const sorted = bodies.map((_, index) => index);
  sorted.sort((x, y) => similarFirst(bodies[x], bodies[y]) || x - y);
  const sig = signatures(sorted.map((index) => bodies[index]));
  const n = sorted.length;
  const left = new Uint8Array(n).fill(1);
  const order = [];
  for (let last = 0; order.length < n; ) {
    order.push(sorted[last]);
    left[last] = 0;
    let best = -1;
    let bestScore = -1;
    for (let j = 0; j < n; j += 1) {
      if (!left[j]) continue;
      let score = 0;
      for (let k = 0; k < SIGNATURE; k += 1) {
        if (sig[j * SIGNATURE + k] === sig[last * SIGNATURE + k]) score += 1;
      }
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    }
    last = best;
  }
  const place = new Array(bodies.length);
  order.forEach((index, at) => {
    place[index] = at;
  });
  return place;
}

/** The wasm with its functions grouped; `wasmOpt` is the path of binaryen's wasm-opt. */
export function groupFunctions(wasm, wasmOpt) {
  const { imported, bodies } = functions(wasm);
  const place = groupedOrder(bodies);
  const width = String(bodies.length).length;
  const entries = bodies.flatMap((_, i) => [
    ...u32(imported + i),
    ...name(`f${String(place[i]).padStart(width, '0')}`),
  ]);
  const functionNames = [...u32(bodies.length), ...entries];
  const payload = [...name('name'), 1, ...u32(functionNames.length), ...functionNames];
  const named = Buffer.concat([wasm, Uint8Array.from([0, ...u32(payload.length)]), Uint8Array.from(payload)]);

  const out = runWasmOpt(named, wasmOpt, ['--reorder-functions-by-name', '--strip-debug']);
  const after = functions(out);
  if (after.bodies.length !== bodies.length || after.imported !== imported) {
    throw new Error('group wasm functions: wasm-opt changed the functions themselves');
  }
  return out;
}

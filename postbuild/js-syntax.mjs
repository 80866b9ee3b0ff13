// Reading wasm-bindgen's JS glue as a program (acorn's ESTree), for the steps that
// change it: they find what to change in the syntax tree, never by text patterns.
import { parse } from 'acorn';

export const parseModule = (js) => parse(js, { ecmaVersion: 'latest', sourceType: 'module', allowReturnOutsideFunction: true });

/** Every node under `node` (ESTree), depth first. */
export function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object') yield* nodes(child);
    }
  }
}

/** `js` with each `{ start, end, text }` edit applied (ranges must not overlap). */
export function applyEdits(js, edits) {
  let out = js;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

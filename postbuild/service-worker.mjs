// Writes the service worker of a build: public/sw.js (copied into the build by Trunk)
// with the list of the files to keep offline, each with its revision, then minified.
// Used by postbuild/run.mjs after every Trunk build, and by the update test.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

/**
 * Files named after a hash of their content (Trunk's CSS hash, and the JS glue and
 * wasm renamed by postbuild/run.mjs). Trunk's hash is hex without leading zeros,
 * so not always 16 digits. Groups: the hash, then the rest of the name.
 */
export const CONTENT_HASHED = /-([0-9a-f]{8,16})(\.js|_bg\.wasm|\.css)$/;

/** What the app needs offline: every file of the folder but the worker itself. */
const NEEDED = /\.(html|js|wasm|css|svg|png|webmanifest)$/;

/**
 * The precache list of the build in `dir`: [name, revision], the revision null for a
 * name with a content hash (its own revision), else the start of the content's SHA-256.
 * Sub-folders are not included.
 */
export function precacheList(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && NEEDED.test(e.name) && e.name !== 'sw.js')
    .map(({ name }) => [
      name,
      CONTENT_HASHED.test(name)
        ? null
        : createHash('sha256').update(readFileSync(`${dir}/${name}`)).digest('hex').slice(0, 16),
    ])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * Writes `dir`/sw.js from the worker's source (public/sw.js by default) and the
 * folder's precache list. Returns { count, size } of what it precaches.
 */
export async function writeServiceWorker(dir, source = new URL('../public/sw.js', import.meta.url)) {
  const list = precacheList(dir);
  const code = readFileSync(source, 'utf8');
  if (!code.includes('self.__PRECACHE')) throw new Error(`${source} has no self.__PRECACHE to replace`);
  const filled = code.replace('self.__PRECACHE', JSON.stringify(list));
  const { code: minified } = await minify(filled, { toplevel: true, compress: true, mangle: true });
  writeFileSync(`${dir}/sw.js`, minified);
  const size = list.reduce((sum, [name]) => sum + readFileSync(`${dir}/${name}`).length, 0);
  return { count: list.length, size };
}

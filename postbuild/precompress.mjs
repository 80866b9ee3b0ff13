// precompress: beside every file of a build that a server sends compressed, its brotli
// form (x.br, quality 11 with the largest window: Node's own brotli) and its gzip form
// (x.gz, by zopfli, Debian's package, the smallest gzip there is: about 5 % under
// gzip -9 on the wasm). Servers send them as they are (deploy/: nginx's brotli_static
// and gzip_static, Apache's rewrite rules), so every visitor gets the bytes the budget
// counts, whatever the server would have compressed on the fly.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * The files sent compressed: pages, scripts, stylesheets, the wasm, the manifest, and
 * the icons, SVG and PNG (scripts/make_icons.py draws the PNGs unfiltered, which
 * brotli takes to a quarter of their size: 1,507 bytes less in a first visit than
 * the PNGs as they are).
 */
export const COMPRESSIBLE = /\.(html|js|css|wasm|webmanifest|svg|png)$/;

/** A precompressed copy, not a file of the app. */
export const PRECOMPRESSED = /\.(br|gz)$/;

export const brotli = (body) =>
  brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });

/** zopfli's gzip of `path`. */
export const zopfli = (path) => execFileSync('zopfli', ['-c', path], { maxBuffer: 64 * 1024 * 1024 });

/** Write x.br and x.gz beside each compressible file of `dir` and its sub-folders. Returns how many. */
export function precompress(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    writeFileSync(`${path}.br`, brotli(readFileSync(path)));
    writeFileSync(`${path}.gz`, zopfli(path));
    count += 1;
  }
  return count;
}

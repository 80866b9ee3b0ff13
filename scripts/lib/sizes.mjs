// File sizes as a host would send them, and the budget of a first visit.
import { readdir, readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSIBLE, PRECOMPRESSED } from '../../postbuild/precompress.mjs';

/** The most a first visit may download: 144 KiB, brotli (docs/performance.md). */
export const FIRST_VISIT_BUDGET = 147456;

/**
 * What the rustup fallback toolchain adds to a first visit, at most. Its prebuilt std
 * keeps panic messages and formatting, and it links without scripts/lib/wasm-link.sh
 * (docs/toolchain.md): about 14 KiB more than the release toolchain's build.
 */
export const RUSTUP_STD_ALLOWANCE = 16384;

/**
 * The figure a build made with `toolchain` (`WASM_TOOLCHAIN` from scripts/setup.sh) is
 * checked against, and why: { budget, why }.
 */
export function budgetFor(toolchain) {
  if (toolchain !== 'rustup') return { budget: FIRST_VISIT_BUDGET, why: '' };
  return {
    budget: FIRST_VISIT_BUDGET + RUSTUP_STD_ALLOWANCE,
    why: `This build used rustup's prebuilt std (WASM_TOOLCHAIN=rustup: Debian's rustc-web and ` +
      `rust-web-src are not installed), which keeps panic messages and formatting. It is checked ` +
      `against the ${FIRST_VISIT_BUDGET.toLocaleString('en')}-byte budget plus ` +
      `${RUSTUP_STD_ALLOWANCE.toLocaleString('en')} bytes for that std; the budget itself is checked ` +
      `on a machine with the release toolchain (docs/toolchain.md).`,
  };
}

export const brotliSize = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The size of `path`'s precompressed copy (`.br`, `.gz`), or null without one. */
const copySize = (path) => readFile(path).then((b) => b.length, () => null);

/**
 * Raw, gzip and brotli sizes of the files of a folder (not its sub-folders), by name:
 * as a server sends them to a browser that accepts brotli, or only gzip. A first visit
 * downloads exactly these: the page, and what the service worker precaches (every file
 * of the folder; the kiosk's build in kiosque/ is its own). The build's precompressed
 * copies (postbuild/precompress.mjs) are what a server sends, where they exist; other
 * files are sent as they are (icons), or compressed here as the build would (a folder
 * without copies, in tests).
 */
export async function sizes(dir) {
  const rows = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && !PRECOMPRESSED.test(e.name))) {
    const path = join(dir, entry.name);
    const body = await readFile(path);
    const compressible = COMPRESSIBLE.test(entry.name);
    const gzip = (await copySize(`${path}.gz`)) ?? (compressible ? gzipSync(body, { level: 9 }).length : body.length);
    const brotli = (await copySize(`${path}.br`)) ?? (compressible ? brotliSize(body) : body.length);
    rows.push({ name: entry.name, raw: body.length, gzip, brotli });
  }
  return rows.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * The bytes a server at `url` sends for each file of the folder `dir` (not its
 * sub-folders; the page as the folder's address), to a browser that accepts brotli:
 * [{ name, sent, encoding }].
 */
export async function sentOverHttp(url, dir) {
  const rows = [];
  for (const { name } of await sizes(dir)) {
    const address = new URL(name === 'index.html' ? '' : name, url);
    const { status, bytes, headers } = await fetchRaw(address, { 'accept-encoding': 'br, gzip' });
    if (status !== 200) throw new Error(`${address}: ${status}`);
    rows.push({ name, sent: bytes.length, encoding: headers['content-encoding'] ?? null });
  }
  return rows;
}

/** GET `url` with `headers`: the bytes as they came (never decompressed), the status and headers. */
export function fetchRaw(url, headers = {}) {
  return new Promise((ok, fail) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => ok({ status: response.statusCode, headers: response.headers, bytes: Buffer.concat(chunks) }));
      response.on('error', fail);
    }).on('error', fail).end();
  });
}

export const sum = (rows, key) => rows.reduce((a, r) => a + r[key], 0);

/**
 * The first visit of the build in `dir` against the budget: { total, margin, line }.
 * `url`: as the server there sends it (else as the build's files say).
 */
export async function firstVisitBudget(dir, budget = FIRST_VISIT_BUDGET, { url, server } = {}) {
  const total = url ? sum(await sentOverHttp(url, dir), 'sent') : sum(await sizes(dir), 'brotli');
  const margin = budget - total;
  const line = `first visit${server ? ` as ${server} sends it` : ''}, brotli: ${total.toLocaleString('en')} bytes; ` +
    `budget ${budget.toLocaleString('en')} bytes: ` +
    (margin >= 0 ? `${margin.toLocaleString('en')} bytes to spare` : `${(-margin).toLocaleString('en')} bytes OVER`);
  return { total, margin, line };
}

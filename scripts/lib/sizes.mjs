// File sizes as a host would send them, and the budget of a first visit.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/**
 * Raw, gzip and brotli sizes of the files of a folder (not its sub-folders), by name.
 * A first visit downloads exactly these: the page, and what the service worker
 * precaches (every file of the folder; the kiosk's build in kiosque/ is its own).
 */
export async function sizes(dir) {
  const rows = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile())) {
    const body = await readFile(join(dir, entry.name));
    rows.push({ name: entry.name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliSize(body) });
  }
  return rows.sort((a, b) => (a.name < b.name ? -1 : 1));
}

export const sum = (rows, key) => rows.reduce((a, r) => a + r[key], 0);

/** The first visit of the build in `dir` against the budget: { total, margin, line }. */
export async function firstVisitBudget(dir, budget = FIRST_VISIT_BUDGET) {
  const total = sum(await sizes(dir), 'brotli');
  const margin = budget - total;
  const line = `first visit, brotli: ${total.toLocaleString('en')} bytes; budget ${budget.toLocaleString('en')} bytes: ` +
    (margin >= 0 ? `${margin.toLocaleString('en')} bytes to spare` : `${(-margin).toLocaleString('en')} bytes OVER`);
  return { total, margin, line };
}

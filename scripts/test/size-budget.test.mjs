// The first-visit budget check, on folders made here: it counts every file of the
// folder once at its brotli size (its precompressed copy's, where the build wrote one),
// leaves sub-folders out, and fails over the budget; with --nginx, as nginx sends it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliSize, FIRST_VISIT_BUDGET, RUSTUP_STD_ALLOWANCE, firstVisitBudget } from '../lib/sizes.mjs';
import { brotli } from '../../postbuild/precompress.mjs';

const SCRIPT = new URL('../size-budget.mjs', import.meta.url).pathname;

function build(files) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-levis-budget-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

test('every file of the folder counts once at its brotli size; sub-folders do not', async () => {
  const page = Buffer.from('<!doctype html>'.repeat(50));
  const wasm = randomBytes(3000);
  const dir = build({ 'index.html': page, 'app_bg.wasm': wasm, 'kiosque/index.html': randomBytes(5000) });
  const { total, margin } = await firstVisitBudget(dir);
  assert.equal(total, brotliSize(page) + brotliSize(wasm));
  assert.equal(margin, FIRST_VISIT_BUDGET - total);
});

test('where the build wrote copies, the .br counts; a copy never counts as a file; a file it does not compress counts as it is', async () => {
  const page = Buffer.from('<!doctype html>'.repeat(50));
  const dir = build({ 'index.html': page, 'index.html.br': Buffer.alloc(7), 'index.html.gz': Buffer.alloc(9), 'photo.jpg': randomBytes(100) });
  const { total } = await firstVisitBudget(dir);
  assert.equal(total, 7 + 100);
});

test('--nginx counts the bytes nginx sends with deploy/nginx/plan-levis.conf', () => {
  const page = Buffer.from('<!doctype html><p>Plan</p>'.repeat(80));
  const wasm = Buffer.from('\0asm'.repeat(500));
  const dir = build({
    'index.html': page, 'index.html.br': brotli(page),
    'app_bg.wasm': wasm, 'app_bg.wasm.br': brotli(wasm),
    'photo.jpg': randomBytes(100),
  });
  const out = execFileSync('node', [SCRIPT, dir, '--nginx'], { encoding: 'utf8', env: release });
  const sent = brotli(page).length + brotli(wasm).length + 100;
  assert.match(out, new RegExp(`^first visit as nginx sends it, brotli: ${sent.toLocaleString('en')} bytes; budget`, 'm'));
  const report = execFileSync('node', [SCRIPT, dir, '--nginx', '--report'], { encoding: 'utf8', env: release });
  assert.match(report, new RegExp(`: first visit as nginx sends it, brotli: ${sent.toLocaleString('en')} bytes\n$`));
});

const release = { ...process.env, WASM_TOOLCHAIN: 'build-std' };
const fallback = { ...process.env, WASM_TOOLCHAIN: 'rustup' };

test('a build within the budget passes and prints the margin', () => {
  const out = execFileSync('node', [SCRIPT, build({ 'index.html': 'x' })], { encoding: 'utf8', env: release });
  assert.match(out, /^first visit, brotli: \d+ bytes; budget 147,456 bytes: [\d,]+ bytes to spare$/m);
  assert.doesNotMatch(out, /rustup/);
});

test('a build over the budget fails and says by how much', () => {
  // Random bytes do not compress: 150,000 of them are over 147,456 in brotli too.
  const run = spawnSync('node', [SCRIPT, build({ 'app_bg.wasm': randomBytes(150000) })], { encoding: 'utf8', env: release });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /bytes OVER/);
  assert.match(run.stderr, /over its budget/);
});

test('a build with the rustup fallback is checked against the budget plus its std, and says so', () => {
  const dir = build({ 'app_bg.wasm': randomBytes(150000) });
  const run = spawnSync('node', [SCRIPT, dir], { encoding: 'utf8', env: fallback });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const budget = (FIRST_VISIT_BUDGET + RUSTUP_STD_ALLOWANCE).toLocaleString('en');
  assert.match(run.stdout, new RegExp(`budget ${budget} bytes: [\\d,]+ bytes to spare`));
  assert.match(run.stdout, /WASM_TOOLCHAIN=rustup/);
  assert.match(run.stdout, /147,456-byte budget plus 16,384 bytes/);
  // Past the allowance too, it fails.
  const over = spawnSync('node', [SCRIPT, build({ 'app_bg.wasm': randomBytes(166000) })], { encoding: 'utf8', env: fallback });
  assert.equal(over.status, 1);
});

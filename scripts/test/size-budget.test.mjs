// The first-visit budget check, on folders made here: it counts every file of the
// folder once at its brotli size, leaves sub-folders out, and fails over the budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliSize, FIRST_VISIT_BUDGET, firstVisitBudget } from '../lib/sizes.mjs';

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

test('a build within the budget passes and prints the margin', () => {
  const out = execFileSync('node', [SCRIPT, build({ 'index.html': 'x' })], { encoding: 'utf8' });
  assert.match(out, /first visit, brotli: \d+ bytes; budget 128,000 bytes: [\d,]+ bytes to spare/);
});

test('a build over the budget fails and says by how much', () => {
  // Random bytes do not compress: 130,000 of them are over 128,000 in brotli too.
  const run = spawnSync('node', [SCRIPT, build({ 'app_bg.wasm': randomBytes(130000) })], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /bytes OVER/);
  assert.match(run.stderr, /over its budget/);
});

// The spreadsheet scripts as the city's staff run them, from any folder with paths
// relative to it: the plan as CSV files, saved again as French-locale Excel saves them
// (semicolons), read back into the same plan file. The reading itself (every problem,
// every dialect) is tested in core/tests/plan_csv.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const script = (name) => join(ROOT, 'scripts', name);
const latestPlan = () => {
  const files = readdirSync(join(ROOT, 'data')).filter((f) => /^plan-.*\.json$/.test(f)).sort();
  return join(ROOT, 'data', files.at(-1));
};

test('plan-to-csv.sh then plan-from-csv.sh give back the plan file, even through semicolons', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-levis-csv-'));
  execFileSync('bash', [script('plan-to-csv.sh'), latestPlan(), 'tableurs'], { cwd: dir });
  assert.ok(existsSync(join(dir, 'tableurs', 'LISEZMOI.md')));
  // Commas to semicolons where no cell is quoted: what a French-locale spreadsheet writes.
  const axes = readFileSync(join(dir, 'tableurs', 'axes.csv'), 'utf8');
  assert.ok(!axes.includes('"'), 'axes.csv has no quoted cell');
  writeFileSync(join(dir, 'tableurs', 'axes.csv'), axes.replaceAll(',', ';'));
  execFileSync('bash', [script('plan-from-csv.sh'), 'tableurs', 'plan.json'], { cwd: dir });
  assert.equal(readFileSync(join(dir, 'plan.json'), 'utf8'), readFileSync(latestPlan(), 'utf8'));
});

test('plan-from-csv.sh refuses a broken folder in French and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-levis-csv-'));
  execFileSync('bash', [script('plan-to-csv.sh'), latestPlan(), 'tableurs'], { cwd: dir });
  const sections = readFileSync(join(dir, 'tableurs', 'sections.csv'), 'utf8');
  writeFileSync(join(dir, 'tableurs', 'sections.csv'), sections.replace('\r\npriorite,', '\r\npriorités,'));
  const run = spawnSync('bash', [script('plan-from-csv.sh'), 'tableurs', 'plan.json'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /sections\.csv, ligne 3, colonne « section », valeur « priorités » : cette section n'existe pas/);
  assert.match(run.stderr, /sections\.csv, colonne « section », valeur « priorite » : il manque la ligne « priorite »/);
  assert.ok(!existsSync(join(dir, 'plan.json')));
});

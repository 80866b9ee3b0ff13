// Checks the first visit of the built dist/ against its budget: prints the figure and
// the margin, and exits 1 over it. Run by scripts/test.sh after the release build.
// Usage: node scripts/size-budget.mjs [dir] (default dist/).
// The wasm toolchain (WASM_TOOLCHAIN, exported by scripts/setup.sh) decides the figure.
import { budgetFor, firstVisitBudget } from './lib/sizes.mjs';
import { DIST } from './lib/static-server.mjs';

const { budget, why } = budgetFor(process.env.WASM_TOOLCHAIN);
const { margin, line } = await firstVisitBudget(process.argv[2] ?? DIST, budget);
if (why) console.log(why);
console.log(line);
if (margin < 0) {
  console.error('The first visit is over its budget: see docs/performance.md for where the bytes go.');
  process.exit(1);
}

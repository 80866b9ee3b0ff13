// Checks the first visit of a build against its budget: prints the figure and the
// margin, and exits 1 over it. Run by scripts/test.sh after the release build.
// Usage: node scripts/size-budget.mjs [dir] [--nginx] [--report]
//   dir       the build (default dist/)
//   --nginx   the bytes Debian's nginx sends with deploy/nginx/plan-levis.conf (as a
//             city serves it), rather than the build's precompressed files
//   --report  print the figure only (the kiosk's build, which has no budget of its own)
// The wasm toolchain (WASM_TOOLCHAIN, exported by scripts/setup.sh) decides the figure.
import { budgetFor, firstVisitBudget } from './lib/sizes.mjs';
import { DIST } from './lib/static-server.mjs';
import { startNginx } from './lib/web-servers.mjs';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? DIST;
const { budget, why } = budgetFor(process.env.WASM_TOOLCHAIN);
const nginx = args.includes('--nginx') ? await startNginx({ root: dir }) : null;
let figure;
try {
  figure = await firstVisitBudget(dir, budget, nginx ? { url: nginx.url, server: 'nginx' } : {});
} finally {
  await nginx?.close();
}
if (args.includes('--report')) {
  console.log(`${dir}: ${figure.line.replace(/; budget.*/, '')}`);
  process.exit(0);
}
if (why) console.log(why);
console.log(figure.line);
if (figure.margin < 0) {
  console.error('The first visit is over its budget: see docs/performance.md for where the bytes go.');
  process.exit(1);
}

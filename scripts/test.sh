#!/usr/bin/env bash
# Installs what is missing and runs every test: native (cargo test), the release build
# and its size budget, the build tools' tests, the release build of a made-up next
# edition (tests/fixtures/) and its budget, then the browser suites (Chromium, Firefox
# ESR) against both builds served on 127.0.0.1, and the hosting tests against Debian's
# nginx and Apache with the configurations in deploy/.
set -euo pipefail
. "$(dirname "$0")/setup.sh" test
echo "== native tests (cargo test --workspace)"
# The property tests draw the same cases on every run here, so that a result depends on
# the code alone; `PROPTEST_RNG_SEED=<any number> PROPTEST_CASES=<many> cargo test -p
# plan-levis-core` explores others (docs/architecture.md).
PROPTEST_RNG_SEED=${PROPTEST_RNG_SEED:-2026} cargo test --workspace --quiet
echo "== release build (dist/)"
build_release
echo "== size budget of a first visit, as nginx sends it (deploy/nginx/)"
node scripts/size-budget.mjs --nginx
node scripts/size-budget.mjs dist/kiosque --nginx --report
echo "== build tools (post-build pipeline on the real build, size budget)"
npm run --silent tools
echo "== release build of the made-up next edition (tests/fixtures/; never published)"
# Built beside the real plan, with the editions in data/ as its previous ones, for
# tests/e2e/next-edition.test.mjs; its first visit is held to the same budget.
PLAN_LEVIS_PLAN="$PWD/tests/fixtures/plan-2097-2098.json" TRUNK_OFFLINE=${TRUNK_OFFLINE:-true} \
  wasm_env trunk build --release --dist target/dist-next-edition
node scripts/size-budget.mjs target/dist-next-edition --nginx
echo "== end-to-end tests (headless Chromium, Firefox ESR)"
npm run --silent e2e

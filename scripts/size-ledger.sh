#!/usr/bin/env bash
# Measures what each post-build size step saves on the current build: the citizens'
# app built with every step, then once without each (POSTBUILD_SKIP), each in a folder
# of its own; prints the first visit of each in brotli bytes. Prints figures, asserts
# nothing. The figures go to docs/performance.md's ledger.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
fetch_wasm_crates
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
first_visit() { node -e "import('./scripts/lib/sizes.mjs').then(async (m) => console.log((await m.firstVisitBudget('$1')).total))"; }
build() { # name, steps to skip
  POSTBUILD_SKIP=$2 TRUNK_OFFLINE=true wasm_env trunk build --release --dist "$out/$1" >"$out/$1.log" 2>&1 ||
    { cat "$out/$1.log"; return 1; }
}
build all ""
all=$(first_visit "$out/all")
printf '%-22s %9s %9s\n' "build" "bytes" "saving"
printf '%-22s %9s %9s\n' "every step" "$all" ""
for step in group-functions short-names minify; do
  build "no-$step" "$step"
  bytes=$(first_visit "$out/no-$step")
  printf '%-22s %9s %9s\n' "without $step" "$bytes" "$((bytes - all))"
done

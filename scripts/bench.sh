#!/usr/bin/env bash
# Benchmark (prints figures, asserts nothing; machines are noisy): file sizes, load
# timings next to a static page with the same content, filter and search latency,
# memory per thousand actions, imports of the largest notes files, a slow phone (when
# the filters work, against the static page's load), and Lighthouse. Options: --runs N (default 15),
# --paint-runs N (default 60), --phone-pairs N (default 7), --no-lighthouse.
set -euo pipefail
. "$(dirname "$0")/setup.sh" test
build_release
echo
cargo run --release --quiet --bin bench-explore
echo
if [[ " $* " != *" --no-lighthouse "* ]] && [ ! -d node_modules/lighthouse ]; then
  echo "[bench] npm install lighthouse (once, not saved in package.json)" >&2
  npm install --no-save --no-audit --no-fund --loglevel=error lighthouse@13 >/dev/null ||
    echo "[bench] lighthouse could not be installed; its figures are skipped" >&2
fi
node scripts/bench.mjs "$@"

#!/usr/bin/env bash
# Installs what is missing and runs every test: native (cargo test) then the
# end-to-end suite in headless Chromium against the release dist/ served on 127.0.0.1.
set -euo pipefail
. "$(dirname "$0")/setup.sh" test
echo "== native tests (cargo test)"
cargo test --quiet
echo "== release build (dist/)"
build_release
echo "== end-to-end tests (headless Chromium)"
npm run --silent e2e

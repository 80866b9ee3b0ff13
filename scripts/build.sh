#!/usr/bin/env bash
# Installs what is missing and writes the release build to dist/ (static files only).
set -euo pipefail
. "$(dirname "$0")/setup.sh"
TRUNK_OFFLINE=${TRUNK_OFFLINE:-true} wasm_env trunk build --release "$@"

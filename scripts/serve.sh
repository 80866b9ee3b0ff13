#!/usr/bin/env bash
# Installs what is missing, builds Plan Lévis and serves it on http://127.0.0.1:8080
set -euo pipefail
. "$(dirname "$0")/setup.sh"
TRUNK_OFFLINE=${TRUNK_OFFLINE:-true} wasm_env trunk serve --release "$@"

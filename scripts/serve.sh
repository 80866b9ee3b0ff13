#!/usr/bin/env bash
# Installs what is missing, builds Plan Lévis (the app and the kiosk's build) and serves
# dist/ on http://127.0.0.1:8080 (PORT=… for another port) until stopped.
# `--plan FILE`: build that plan file instead of the latest edition in data/.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
build_release "$@"
node scripts/serve-dist.mjs

#!/usr/bin/env bash
# Installs what is missing and writes the release build to dist/ (static files only).
# `--plan FILE`: build that plan file instead of the latest edition in data/.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
build_release "$@"

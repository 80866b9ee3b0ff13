#!/usr/bin/env bash
# Writes a plan file as CSV files a spreadsheet opens, with LISEZMOI.md describing
# every column: docs/publishing-a-new-plan.md.
# Usage: bash scripts/plan-to-csv.sh PLAN.json DOSSIER
set -euo pipefail
command -v cargo >/dev/null || { echo "Rust (cargo) is required: https://rustup.rs" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
exec cargo run --quiet --manifest-path "$root/Cargo.toml" -p plan-levis-core \
  --features open-data --bin plan-to-csv -- "$@"

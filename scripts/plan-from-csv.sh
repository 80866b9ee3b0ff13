#!/usr/bin/env bash
# Reads the CSV files of a plan (as plan-to-csv.sh wrote them, edited in a
# spreadsheet) back into a plan file; every problem is printed in French with its file,
# row and column, and nothing is written unless the plan is valid: docs/publishing-a-new-plan.md.
# Usage: bash scripts/plan-from-csv.sh DOSSIER SORTIE.json
set -euo pipefail
command -v cargo >/dev/null || { echo "Rust (cargo) is required: https://rustup.rs" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
exec cargo run --quiet --manifest-path "$root/Cargo.toml" -p plan-levis-core \
  --features open-data --bin plan-from-csv -- "$@"

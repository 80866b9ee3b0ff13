#!/usr/bin/env bash
# The wasm build's linker (`wasm_env` in scripts/setup.sh): wasm-ld with the arguments
# rustc gives it, less the exports of wasm-streams' three classes.
#
# Leptos always links server_fn, which brings wasm-streams; its `#[wasm_bindgen]`
# classes (`IntoUnderlyingSource`, `IntoUnderlyingSink`, `IntoUnderlyingByteSource`) are
# exported from every wasm that links it. The app never streams anything. Exported,
# those classes keep their code in the wasm, and with it the futures they run: the
# closures of those futures sit in the function table, and nothing after the link can
# tell that no code reaches them, so they stayed even once postbuild/drop-unused-exports.mjs
# had removed the exports (what they weigh: docs/performance.md).
# Not exported, the linker never takes them in. wasm-bindgen still writes the classes
# into the glue, and drop-unused-exports.mjs removes them there.
#
# rustc passes each export as `--export NAME`. The classes' exports are
# `intounderlying<class>_<method>_<hash>` and `__wbg_intounderlying<class>_free_<hash>`,
# and `__wbindgen_describe_intounderlying<class>_<method>_<hash>` describes each method
# to wasm-bindgen (which fails on a description of a method the wasm lacks).
set -euo pipefail

args=()
while [ $# -gt 0 ]; do
  if [ "$1" = --export ] && [ $# -gt 1 ]; then
    case "$2" in
      intounderlying*_* | __wbg_intounderlying*_* | __wbindgen_describe_intounderlying*_*) shift 2; continue ;;
    esac
  fi
  args+=("$1")
  shift
done
exec wasm-ld "${args[@]}"

#!/usr/bin/env bash
# Installs whatever is missing to build and test Plan Lévis, then exports the
# variables the wasm build needs. Source it: `. scripts/setup.sh [test]` (`test` also
# installs the browsers of the end-to-end tests).
# Re-running skips everything already installed (a few seconds).
#
# Why each step: see docs/toolchain.md.

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# A local marker so a machine where `rustup target add` cannot download only tries once.
STATE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/plan-levis"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || { log "please install: ${missing[*]}"; return 1; }
  log "apt-get install ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -q >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}" >/dev/null
}

# The wasm toolchain. By default Debian's rustc-web with the standard library's source:
# std is rebuilt for wasm with `panic=immediate-abort`, so no panic message or location
# is compiled in (a much smaller wasm: docs/performance.md). Where apt cannot
# install it, or with WASM_TOOLCHAIN=rustup set by hand (panics then print their
# message in the console: handy when debugging), the rustup target is used.
setup_wasm_toolchain() {
  mkdir -p "$STATE_DIR"
  if [ "${WASM_TOOLCHAIN:-}" != rustup ] && command -v apt-get >/dev/null &&
     apt_install rustc-web cargo-web rust-web-src lld &&
     [ -d /usr/lib/rustlib/src/rust/library ]; then
    WASM_TOOLCHAIN=build-std
  elif rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    WASM_TOOLCHAIN=rustup
  elif [ ! -e "$STATE_DIR/no-rustup-wasm-target" ] && command -v rustup >/dev/null &&
       timeout 60 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
    WASM_TOOLCHAIN=rustup
  else
    touch "$STATE_DIR/no-rustup-wasm-target"
    log "no wasm toolchain: install Debian's rustc-web, cargo-web, rust-web-src and lld, or rustup's wasm32-unknown-unknown target (then delete $STATE_DIR/no-rustup-wasm-target to let this script try rustup again)"
    return 1
  fi
  log "wasm toolchain: $WASM_TOOLCHAIN"
  export WASM_TOOLCHAIN
}

# Run a command with the environment of the wasm build. Cargo adds these rustflags to
# `.cargo/config.toml`'s (`erase_components`). std's `optimize_for_size` feature picks
# its smaller implementations (of sorting and formatting, for instance). The wasm
# formats nothing with `{:?}` and reports no panic location, so `-Zfmt-debug=none`
# (every `Debug` impl writes nothing) and `-Zlocation-detail=none` leave that code and
# those strings out (docs/performance.md). The linker is wasm-ld through
# scripts/lib/wasm-link.sh, which leaves wasm-streams' unused classes unexported.
wasm_env() {
  if [ "$WASM_TOOLCHAIN" = build-std ]; then
    PATH="/usr/bin:$PATH" \
    RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$PLAN_LEVIS_ROOT/scripts/lib/wasm-link.sh" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
    "$@"
  else
    "$@"
  fi
}

# Downloads the crates the wasm build needs, so that Trunk can then run offline (it
# passes `--offline` to cargo): the project's own crates and, with build-std, the
# crates of std itself (dlmalloc, compiler_builtins, …), which nothing else fetches on a
# machine that has never built. Both are no-ops, without network, once downloaded.
fetch_wasm_crates() {
  local failed=
  cargo fetch --quiet || failed=1
  if [ -z "$failed" ] && [ "$WASM_TOOLCHAIN" = build-std ]; then
    RUSTC_BOOTSTRAP=1 /usr/bin/cargo fetch --quiet \
      --manifest-path /usr/lib/rustlib/src/rust/library/Cargo.toml || failed=1
  fi
  if [ -n "$failed" ]; then
    log "cannot download the crates the wasm build needs: is crates.io (or your registry mirror) reachable?"
    return 1
  fi
}

# The release build: the app in dist/, then the kiosk's own build in dist/kiosque/
# (`--features kiosk`: the citizens' wasm holds no kiosk code, and the kiosk's service
# worker keeps only the kiosk's files). Trunk empties dist/ first, so the kiosk comes
# second. `--plan FILE` builds that plan file instead of the latest edition in data/
# (PLAN_LEVIS_PLAN, read by build.rs and export-open-data); other arguments go to both
# Trunk builds.
build_release() {
  if [ "${1:-}" = --plan ]; then
    [ -f "${2:-}" ] || { log "--plan: no such file: ${2:-}"; return 1; }
    PLAN_LEVIS_PLAN=$(realpath "$2")
    export PLAN_LEVIS_PLAN
    shift 2
  fi
  fetch_wasm_crates
  TRUNK_OFFLINE=${TRUNK_OFFLINE:-true} wasm_env trunk build --release "$@"
  # The feature through Trunk's variable, not `--features`: the post-build hook reads it
  # too, to give the kiosk's page its stylesheet.
  TRUNK_BUILD_FEATURES=kiosk TRUNK_OFFLINE=${TRUNK_OFFLINE:-true} \
    wasm_env trunk build --release --dist dist/kiosque "$@"
}

cargo_install() { # crate version binary
  local crate=$1 version=$2 bin=$3 extra=${4:-}
  if "$bin" --version 2>/dev/null | grep -q " $version"; then return 0; fi
  log "cargo install $crate $version (a few minutes, once)"
  # shellcheck disable=SC2086
  cargo install "$crate" --version "$version" $extra --quiet
}

setup_main() {
  local want_test=$1
  command -v cargo >/dev/null || { log "Rust (cargo) is required: https://rustup.rs"; return 1; }
  command -v npm >/dev/null || apt_install nodejs npm
  # zopfli: the build's gzip copies (postbuild/precompress.mjs).
  apt_install zopfli
  setup_wasm_toolchain
  # Without default features: no TLS stack and no update check against crates.io.
  # Trunk never downloads anything here (TRUNK_OFFLINE; its tools come from this
  # script) and serves over plain HTTP on 127.0.0.1.
  cargo_install trunk "$TRUNK_VERSION" trunk "--locked --no-default-features"
  # wasm-bindgen's CLI must match the library version in Cargo.lock exactly.
  local wbg
  wbg=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
  cargo_install wasm-bindgen-cli "$wbg" wasm-bindgen
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
  fi
  if [ "$want_test" = test ]; then
    # Browsers for the end-to-end tests: Debian's Chromium, and Firefox ESR with
    # geckodriver (WebDriver) for the Firefox suite.
    apt_install chromium chromium-driver firefox-esr
    # The web servers a city would use, for the hosting tests (tests/hosting/).
    apt_install nginx libnginx-mod-http-brotli-static apache2
    cargo_install geckodriver "$GECKODRIVER_VERSION" geckodriver --locked
  fi
  # wasm-opt (binaryen) from npm: Trunk uses the one on PATH.
  PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  export PATH
}

cd "$(dirname "${BASH_SOURCE[0]}")/.." || return 1
PLAN_LEVIS_ROOT=$PWD
setup_main "${1:-}"

#!/usr/bin/env bash
# Installs what building and testing Candor needs, skipping whatever is already there. Only
# package registries are used (rustup's target, crates.io, Debian apt, npm): no browser or
# binary downloads from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must be exactly the wasm-bindgen version in Cargo.lock, or the glue it writes does not
# match the compiled crate.
wasm_bindgen_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wasm_bindgen_version" ]]; then
  step "installing wasm-bindgen-cli $wasm_bindgen_version (a few minutes)"
  # Not --locked: one of its locked dependency versions is no longer on crates.io.
  cargo install --quiet --force wasm-bindgen-cli --version "$wasm_bindgen_version"
fi

# Fuzzing (crates/candor-fuzz) builds with the installed nightly (libFuzzer needs
# -Zsanitizer), through cargo-fuzz from crates.io.
if ! rustup toolchain list | grep -q '^nightly'; then
  step "installing the nightly toolchain (minimal profile)"
  rustup toolchain install nightly --profile minimal
fi
cargo_fuzz_version=0.13.2
if [[ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $cargo_fuzz_version" ]]; then
  step "installing cargo-fuzz $cargo_fuzz_version (a minute)"
  cargo install --quiet --locked --force cargo-fuzz --version "$cargo_fuzz_version"
fi

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  step "installing Debian chromium and chromium-driver"
  sudo=$([[ $(id -u) == 0 ]] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver > /dev/null
fi

if [[ ! -d e2e/node_modules/playwright-core ]] || [[ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]]; then
  step "installing e2e packages (playwright-core only; it never downloads a browser)"
  (cd e2e && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

#!/usr/bin/env bash
# Runs the wasm32 tests in headless Chromium (wasm-bindgen-test-runner + chromedriver), with two
# local mirrors of dist/: an honest one and one that flips a byte of every model file.
set -euo pipefail
cd "$(dirname "$0")/.."

node e2e/server.mjs --port 8091 --cors > /dev/null &
honest=$!
node e2e/server.mjs --port 8092 --cors --tamper > /dev/null &
tampered=$!
trap 'kill $honest $tampered 2>/dev/null || true' EXIT

export CANDOR_TEST_MIRROR=http://127.0.0.1:8091/
export CANDOR_TEST_TAMPERED_MIRROR=http://127.0.0.1:8092/
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_WEBDRIVER_JSON=$PWD/.ci/webdriver.json
export WASM_BINDGEN_TEST_TIMEOUT=300
export CHROMEDRIVER=/usr/bin/chromedriver

# Release: the same optimized code the site ships, and candle is far too slow unoptimized.
cargo test --release --target wasm32-unknown-unknown \
  --tests -p candor-worker

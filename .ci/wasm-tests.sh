#!/usr/bin/env bash
# Runs the wasm32 tests in headless Chromium (wasm-bindgen-test-runner + chromedriver), with three
# local servers of dist/ (e2e/server.mjs): an honest mirror, one that flips a byte of every model
# file, and one for the supply-chain tests, which turn faults on per request through its
# `/_f/<faults>/` path prefix and read its request log; and a fourth of tests/fixtures/.
#
# Extra arguments go to `cargo test` (for example `--test supply_chain`).
set -euo pipefail
cd "$(dirname "$0")/.."

node e2e/server.mjs --port 8091 --cors > /dev/null &
honest=$!
node e2e/server.mjs --port 8092 --cors --tamper > /dev/null &
tampered=$!
node e2e/server.mjs --port 8093 --cors > /dev/null &
faults=$!
# The tiny random-weight Qwen3 checkpoints, for the worker pipeline's Qwen3 path.
node e2e/server.mjs --port 8094 --cors --root tests/fixtures > /dev/null &
fixtures=$!
trap 'kill $honest $tampered $faults $fixtures 2>/dev/null || true' EXIT

export CANDOR_TEST_MIRROR=http://127.0.0.1:8091/
export CANDOR_TEST_TAMPERED_MIRROR=http://127.0.0.1:8092/
export CANDOR_TEST_FAULT_SERVER=http://127.0.0.1:8093/
export CANDOR_TEST_FIXTURES=http://127.0.0.1:8094/
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_WEBDRIVER_JSON=$PWD/.ci/webdriver.json
export WASM_BINDGEN_TEST_TIMEOUT=300
export CHROMEDRIVER=/usr/bin/chromedriver

# Release: the same optimized code the site ships, and candle is far too slow unoptimized.
# Every test file by default; arguments pick others (`--test supply_chain`).
[[ $# -gt 0 ]] || set -- --tests
cargo test --release --target wasm32-unknown-unknown -p candor-worker "$@"

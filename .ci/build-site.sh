#!/usr/bin/env bash
# Builds the static site into dist/: the page's wasm, the worker's wasm (two cargo invocations,
# so the page never links the worker's Candle runtime through feature unification), their
# wasm-bindgen glue, and the www/ shell. Model files are staged separately (stage-models.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${CANDOR_PROFILE:-release}
flag=$([[ $profile == release ]] && echo --release || true)
for crate in candor-worker candor-web; do
  cargo build --quiet $flag --target wasm32-unknown-unknown -p "$crate"
done

mkdir -p dist/pkg
for lib in candor_worker candor_web; do
  wasm-bindgen --target web --no-typescript --out-dir dist/pkg \
    "target/wasm32-unknown-unknown/$profile/$lib.wasm"
done
cp -r www/. dist/
echo "site built in dist/ ($(du -sh dist/pkg | cut -f1) of wasm and glue)"

#!/usr/bin/env bash
# Builds the benchmark wasm (crates/candor-bench) twice into e2e/bench/pkg/:
# simd/ with `-C target-feature=+simd128` (the site's own build, .ci/build-site.sh, does not set
# it yet: gemm's kernels switch simd128 on per function either way) and nosimd/ without, for the
# GEMM comparison. Each build has its own target dir: RUSTFLAGS changes would otherwise
# invalidate the main build cache in target/. BENCH_TARGET_ROOT (default: target) moves them, e.g.
# to share compiled dependencies when building from a snapshot of the tree elsewhere.
# BENCH_VARIANTS (default: "simd nosimd") picks the builds; the ranking benchmark (rank.mjs) needs
# only simd.
set -euo pipefail
cd "$(dirname "$0")/../.."

for variant in ${BENCH_VARIANTS:-simd nosimd}; do
  flags=$([[ $variant == simd ]] && echo "-C target-feature=+simd128" || true)
  target_dir=${BENCH_TARGET_ROOT:-target}/bench-$variant
  RUSTFLAGS="$flags" CARGO_TARGET_DIR=$target_dir \
    cargo build --quiet --release --target wasm32-unknown-unknown -p candor-bench
  rm -rf "e2e/bench/pkg/$variant"
  wasm-bindgen --target web --no-typescript --out-dir "e2e/bench/pkg/$variant" \
    "$target_dir/wasm32-unknown-unknown/release/candor_bench.wasm"
done
echo "bench wasm built in e2e/bench/pkg/ ($(du -sh e2e/bench/pkg | cut -f1))"

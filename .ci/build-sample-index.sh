#!/usr/bin/env bash
# Builds the sample job index (the bundled sample postings embedded with the staged MiniLM) into
# dist/indexes/sample/ and lists it with its pin in dist/indexes/catalog.json, which the page
# offers as a one-click "Add the index". Run after stage-models.sh. The build day is fixed, so
# the index (and its pin) is the same on every run of the same code on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# The dev profile: the crates it shares with the native tests are built once, and dependencies
# are optimized in it anyway (Cargo.toml).
cargo build --quiet -p candor-cli
out=dist/indexes/sample
# A fresh directory: shards are named by position, and none of an earlier build may linger.
rm -rf "$out"
report=$(target/debug/candor index build --site dist \
  --jobs crates/candor-core/data/sample_jobs.json \
  --name "Sample postings" --version 1 --created 2026-12-07 --out "$out")
pin=$(printf '%s' "$report" | python3 -c 'import json, sys; print(json.load(sys.stdin)["manifest_sha256"])')
cat > dist/indexes/catalog.json.partial <<JSON
{"indexes": [{"name": "Sample postings", "manifest": "sample/manifest.json", "pin": "$pin"}]}
JSON
mv dist/indexes/catalog.json.partial dist/indexes/catalog.json
echo "sample job index built in $out (pin $pin)"

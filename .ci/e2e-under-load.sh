#!/usr/bin/env bash
# Runs the whole e2e suite RUNS times (default 3) while a parallel cargo build keeps every core
# busy, to show that no wait depends on timing. The load is a niced release build of the
# workspace into its own target directory, cleaned and started again until the runs end.
# Prints one JSON line per run and a summary; exits non-zero if any run failed.
# Needs the site built (make site) and the models staged (make models).
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-3}
load_dir=$(mktemp -d /tmp/candor-load.XXXXXX)
(
  while true; do
    CARGO_TARGET_DIR="$load_dir" nice -n 19 cargo build --release --workspace --quiet -j "$(nproc)" \
      >/dev/null 2>&1
    rm -rf "$load_dir"/release
  done
) &
load_pid=$!
# Stop the loop, then the compilers it started (their arguments name the load directory).
trap 'kill $load_pid 2>/dev/null; pkill -f "$load_dir" 2>/dev/null; sleep 1; rm -rf "$load_dir"' EXIT
# Let the build get going before the first run.
sleep 20

failed=0
for run in $(seq 1 "$runs"); do
  log=$(mktemp /tmp/candor-e2e-run.XXXXXX)
  start=$(date +%s)
  (cd e2e && npm test) >"$log" 2>&1
  status=$?
  seconds=$(($(date +%s) - start))
  load=$(cut -d' ' -f1 /proc/loadavg)
  pass=$(grep -E '^# pass ' "$log" | awk '{print $3}')
  fail=$(grep -E '^# fail ' "$log" | awk '{print $3}')
  printf '{"run":%s,"exit_status":%s,"pass":%s,"fail":%s,"seconds":%s,"load_average_1m":%s}\n' \
    "$run" "$status" "${pass:-null}" "${fail:-null}" "$seconds" "$load"
  if [[ $status != 0 ]]; then
    failed=$((failed + 1))
    grep -E '^not ok' -A12 "$log" | head -60
  fi
  rm -f "$log"
done
printf '{"runs":%s,"failed_runs":%s,"cpus":%s}\n' "$runs" "$failed" "$(nproc)"
[[ $failed == 0 ]]

#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers of untrusted bytes (crates/candor-fuzz), seeded from the
# repository's fixtures. Usage: .ci/fuzz.sh SECONDS_PER_TARGET [TARGET ...] (all targets when
# none is named). Exits non-zero on the first crash, panic, leak or input slower than
# FUZZ_TIMEOUT seconds (default 10); the input is kept in crates/candor-fuzz/artifacts/<target>/.
# Corpora grow in target/fuzz-corpus/<target>/ (not committed: the seeds are made here).
# With FUZZ_REPORT=FILE, each target's totals (executions, edges covered, features, corpus size,
# peak memory) are also written to FILE as JSON, one object per target under "targets".
# With FUZZ_KEEP_GOING=1 a finding does not stop the other targets (a long campaign); the exit
# status is still non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:?seconds per target}
shift
targets=("$@")
if [[ ${#targets[@]} == 0 ]]; then
  targets=(job_import resume_import lockfile worker_protocol resume_matching tokenizer)
fi

corpus_root=target/fuzz-corpus
# The tokenizer target reads MiniLM's tokenizer.json from the staged mirror.
CANDOR_TOKENIZER=$(ls "$PWD"/dist/models/sentence-transformers/all-MiniLM-L6-v2/resolve/*/tokenizer.json | head -1)
export CANDOR_TOKENIZER
# A seed for a target whose first byte picks the file name (job_import, resume_import).
seed() { # target choice-byte file
  local dir="$corpus_root/$1"
  mkdir -p "$dir"
  { printf "\\x$2"; cat "$3"; } > "$dir/seed-$2-$(basename "$3")"
}
plain() { # target file...
  local target=$1
  shift
  mkdir -p "$corpus_root/$target"
  cp "$@" "$corpus_root/$target/"
}

seed job_import 01 e2e/fixtures/jobs.json
seed job_import 02 e2e/fixtures/jobs.csv
seed job_import 01 crates/candor-core/data/sample_jobs.json
seed job_import 03 www/index.html
seed resume_import 01 tests/fixtures/resumes/jose_nunez.pdf
seed resume_import 01 tests/fixtures/resumes/zoe_two_column.pdf
seed resume_import 01 tests/fixtures/resumes/jose_nunez_encrypted.pdf
seed resume_import 02 tests/fixtures/resumes/jose_nunez.docx
seed resume_import 03 tests/fixtures/resumes/jose_nunez.resume.json
seed resume_import 04 tests/fixtures/resumes/jose_nunez_utf16.txt
plain lockfile models.lock.toml
plain resume_matching tests/eval/long/resumes/r-health-1.txt tests/eval/long/postings/health-rn-medsurg-01.txt \
  tests/eval/long/resumes/r-sw-3.txt tests/eval/long/postings/trades-master-electrician-houston-05.txt
plain tokenizer tests/eval/long/resumes/r-fin-3.txt tests/eval/long/resumes/r-mfg-3.txt
mkdir -p "$corpus_root/worker_protocol"
printf '%s' '{"id":1,"body":{"type":"model_status","model_id":"all-minilm-l6-v2"}}' > "$corpus_root/worker_protocol/model_status.json"
printf '%s' '{"id":2,"body":{"type":"match","resume":"RN, 5 years"}}' > "$corpus_root/worker_protocol/rank.json"

# Every target is built once, up front, so that a build failure is told as one (with the
# compiler's own error and the disk and memory left) rather than as a target's crash. The build
# is tried twice: CI once saw rustc stop (exit 101) building a dependency that built here before
# and after; a real compile error fails both times.
build_log=target/fuzz-build.log
mkdir -p target
built=0
for attempt in 1 2; do
  if cargo +nightly fuzz build --fuzz-dir crates/candor-fuzz > "$build_log" 2>&1; then
    built=1
    break
  fi
  printf '== building the fuzz targets failed (attempt %s); the compiler said:\n' "$attempt"
  grep -E -A25 '^(error|thread .* panicked|note: )' "$build_log" | cut -c1-400 | head -120 || tail -40 "$build_log"
  df -h . | tail -1
  free -m | head -2
done
[[ $built == 1 ]] || exit 1

report_lines=()
# The totals of one finished run, as a JSON object, from libFuzzer's final lines in its log.
report_line() { # target seconds log status
  local done_line log=$3
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
  # A run that stopped on a finding has no totals: those fields are null.
  stat() { grep -E "^stat::$1:" "$log" | tail -1 | awk '{print $2}' | grep . || echo null; }
  from_done() { sed -nE "s/.* $1: ([0-9]+).*/\\1/p" <<<"$done_line" | grep . || echo null; }
  printf '{"target":"%s","seconds":%s,"exit_status":%s,"executions":%s,"executions_per_second":%s,"edges_covered":%s,"features":%s,"corpus_units":%s,"new_units_added":%s,"peak_rss_mb":%s}' \
    "$1" "$2" "$4" "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" \
    "$(from_done cov)" "$(from_done ft)" "$(from_done corp)" \
    "$(stat new_units_added)" "$(stat peak_rss_mb)"
}
write_report() {
  [[ -n ${FUZZ_REPORT:-} ]] || return 0
  local joined
  joined=$(IFS=,; echo "${report_lines[*]}")
  printf '{"note":"Written by .ci/fuzz.sh (FUZZ_REPORT); do not edit by hand.","date":"%s","cpus":%s,"timeout_seconds":%s,"targets":[%s]}\n' \
    "$(date -u +%FT%TZ)" "$(nproc)" "${FUZZ_TIMEOUT:-10}" "$joined" | python3 -m json.tool > "$FUZZ_REPORT"
}

for target in "${targets[@]}"; do
  printf '== fuzzing %s for %ss\n' "$target" "$seconds"
  mkdir -p "crates/candor-fuzz/artifacts/$target"
  log="target/fuzz-$target.log"
  status=0
  cargo +nightly fuzz run --fuzz-dir crates/candor-fuzz "$target" "$corpus_root/$target" -- \
    -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=4096 \
    -artifact_prefix="crates/candor-fuzz/artifacts/$target/" -print_final_stats=1 > "$log" 2>&1 || status=$?
  # The run's totals, and on a finding what it was and where its input is.
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|^#[0-9]+[[:space:]]+DONE|SUMMARY|panicked|Test unit written|ERROR' "$log" || true
  report_lines+=("$(report_line "$target" "$seconds" "$log" "$status")")
  write_report
  if [[ $status != 0 ]]; then
    tail -40 "$log"
    [[ ${FUZZ_KEEP_GOING:-0} == 1 ]] || exit "$status"
    failed=$status
  fi
done
exit "${failed:-0}"

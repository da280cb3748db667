#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers of untrusted bytes (crates/candor-fuzz), seeded from the
# repository's fixtures. Usage: .ci/fuzz.sh SECONDS_PER_TARGET [TARGET ...] (all targets when
# none is named). Exits non-zero on the first crash, panic, leak or input slower than
# FUZZ_TIMEOUT seconds (default 10); the input is kept in crates/candor-fuzz/artifacts/<target>/.
# Corpora grow in target/fuzz-corpus/<target>/ (not committed: the seeds are made here).
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

for target in "${targets[@]}"; do
  printf '== fuzzing %s for %ss\n' "$target" "$seconds"
  mkdir -p "crates/candor-fuzz/artifacts/$target"
  log="target/fuzz-$target.log"
  status=0
  cargo +nightly fuzz run --fuzz-dir crates/candor-fuzz "$target" "$corpus_root/$target" -- \
    -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=4096 \
    -artifact_prefix="crates/candor-fuzz/artifacts/$target/" -print_final_stats=1 > "$log" 2>&1 || status=$?
  # The run's totals, and on a finding what it was and where its input is.
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|^#[0-9]+ +DONE|SUMMARY|panicked|Test unit written|ERROR' "$log" || true
  if [[ $status != 0 ]]; then
    tail -40 "$log"
    exit "$status"
  fi
done

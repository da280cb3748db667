# The two entry points are `make serve` and `make test`; both set up a fresh machine first and
# are fast when everything is already in place. The steps live in .ci/*.sh.
.PHONY: serve test setup site models native-tests wasm-tests e2e-tests fuzz-tests lint learn results feedback

PORT ?= 8080

serve: setup site models
	node e2e/server.mjs --port $(PORT) --csp

test: setup site models lint native-tests wasm-tests e2e-tests fuzz-tests

setup:
	.ci/setup.sh

site:
	.ci/build-site.sh

models:
	.ci/stage-models.sh
	.ci/stage-tokenizers.sh
	.ci/build-sample-index.sh

lint:
	cargo fmt --all --check
	cargo fmt --manifest-path crates/candor-fuzz/Cargo.toml --check
	cargo clippy --workspace --all-targets --quiet -- -D warnings
	cargo clippy --release --target wasm32-unknown-unknown --quiet -p candor-worker --tests -- -D warnings
	cargo clippy --release --target wasm32-unknown-unknown --quiet -p candor-web -- -D warnings

native-tests:
	cargo test --workspace --quiet

wasm-tests:
	.ci/wasm-tests.sh

e2e-tests:
	cd e2e && npm test

# A short libFuzzer run of every target (crates/candor-fuzz); a longer campaign is the same
# script with more seconds per target.
FUZZ_SECONDS ?= 30
fuzz-tests:
	.ci/fuzz.sh $(FUZZ_SECONDS)

# Ranking: learn the fusion on the train splits and choose it on the dev splits (writes the app's
# weights), then report the test splits once (tests/eval_results.rs checks the file is current).
TRAIN = tests/eval/long/long_train.jsonl tests/eval/esco/esco_train.jsonl
DEV = tests/eval/long/long_dev.jsonl tests/eval/esco/esco_dev.jsonl
TEST = tests/eval/long/long_test.jsonl tests/eval/esco/esco_test.jsonl

learn: models
	cargo run --release --quiet -p candor-cli -- learn --models dist \
		$(addprefix --train ,$(TRAIN)) $(addprefix --dev ,$(DEV)) \
		--grades-from tests/eval/long/long_train.jsonl \
		--out crates/candor-core/data/hybrid_weights.json

results: models
	cargo run --release --quiet -p candor-cli -- results --models dist \
		$(addprefix --test ,$(TEST)) --out tests/eval/RESULTS.json

# Learning from a person's choices, simulated on every split under the app's setting (chosen on
# the dev splits with `candor feedback --sweep`).
feedback: models
	cargo run --release --quiet -p candor-cli -- feedback --models dist \
		$(addprefix --set ,$(TRAIN) $(DEV) $(TEST)) --out tests/eval/FEEDBACK.json

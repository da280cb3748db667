# The two entry points are `make serve` and `make test`; both set up a fresh machine first and
# are fast when everything is already in place. The steps live in .ci/*.sh.
.PHONY: serve test setup site models native-tests wasm-tests e2e-tests lint

PORT ?= 8080

serve: setup site models
	node e2e/server.mjs --port $(PORT) --csp

test: setup site models lint native-tests wasm-tests e2e-tests

setup:
	.ci/setup.sh

site:
	.ci/build-site.sh

models:
	.ci/stage-models.sh
	.ci/stage-tokenizers.sh

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --quiet -- -D warnings
	cargo clippy --release --target wasm32-unknown-unknown --quiet -p candor-worker --tests -- -D warnings
	cargo clippy --release --target wasm32-unknown-unknown --quiet -p candor-web -- -D warnings

native-tests:
	cargo test --workspace --quiet

wasm-tests:
	.ci/wasm-tests.sh

e2e-tests:
	cd e2e && npm test

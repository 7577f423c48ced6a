#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test the project has, in order of speed.
# Usage: bash scripts/test.sh        (CI: .ci/run calls exactly this)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
# A loaded 2-core machine can be slow to start chromedriver and the browser.
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-60}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

step() { printf '\n==> %s\n' "$1"; shift; "$@"; }

step "format (cargo fmt --check)" cargo fmt --all -- --check
step "pure core has no browser imports" bash scripts/check-pure-core.sh
step "clippy, host (the app and crates/dataset-build)" cargo clippy --locked --workspace --all-targets -- -D warnings
step "clippy, wasm32" cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
step "native tests (model, dataset, report)" cargo test --locked --workspace
step "browser component tests (wasm-bindgen-test, headless Chromium)" \
  cargo test --locked --target wasm32-unknown-unknown --test web
step "same numbers in WASM as natively (golden files, wasm-bindgen-test in Node)" \
  cargo test --locked --target wasm32-unknown-unknown --test model_wasm_golden
step "release build (trunk, offline)" trunk build --release --locked
step "bundle size" node scripts/size-report.mjs dist
step "end-to-end and accessibility (playwright-core + axe, Chromium)" \
  node --test --test-concurrency=1 tests/e2e/
# Three audits per page: the performance score printed is their median (one run swings by points).
step "lighthouse (accessibility must be 100)" env LH_RUNS=3 node scripts/lighthouse.mjs

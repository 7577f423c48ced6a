#!/usr/bin/env bash
# Builds every floor for wasm32 with the workspace's release profile (= the project's).
set -euo pipefail
cd "$(dirname "$0")"
for c in f1_yew f2_plotters f2b_chartbuilder f3_fluent f4_serde f4b_nofluent; do
  nice -n 19 cargo build --offline --release --target wasm32-unknown-unknown -p "$c" -j2
done

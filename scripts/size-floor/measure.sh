#!/usr/bin/env bash
# Builds the smallest app once per set of features, puts it through wasm-bindgen and wasm-opt as
# Trunk does for the project, and prints raw / gzip -9 / brotli -q 11 of the optimised WebAssembly
# and its JS glue (KB = 1024 B). Usage: bash measure.sh [name...]   (default: every build below)
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PWD/../../node_modules/.bin:$PATH"
declare -A FEATURES=(
  [f1_yew]=""
  [f2_plotters]="charts"
  [f2b_chartbuilder]="chartbuilder"
  [f3_fluent]="charts,fluent"
  [f4_serde]="charts,fluent,extras"
  [f4b_nofluent]="charts,extras"
)
builds=("$@"); [ ${#builds[@]} -gt 0 ] || builds=(f1_yew f2_plotters f2b_chartbuilder f3_fluent f4_serde f4b_nofluent)
sizes() { # file -> "raw gz br" in bytes
  local f=$1
  printf '%s %s %s\n' "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)" \
    "$(node -e 'const z=require("node:zlib");const b=require("node:fs").readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$f")"
}
kb() { awk -v n="$1" 'BEGIN{printf "%.1f", n/1024}'; }
printf '%-18s %8s %8s %8s | %7s %7s %7s | %8s %8s\n' build wasmRaw wasmGz wasmBr jsRaw jsGz jsBr totGz totBr
for b in "${builds[@]}"; do
  [ -n "${FEATURES[$b]+set}" ] || { echo "measure.sh: unknown build $b" >&2; exit 2; }
  nice -n 19 cargo build --offline --locked --release --target wasm32-unknown-unknown -q \
    --no-default-features ${FEATURES[$b]:+--features "${FEATURES[$b]}"}
  out=out/$b; rm -rf "$out"; mkdir -p "$out"
  nice wasm-bindgen --target web --out-name floor --out-dir "$out" target/wasm32-unknown-unknown/release/size_floor.wasm
  # As Trunk 0.21.14 calls it for data-wasm-opt="z" data-wasm-opt-params="--converge --low-memory-unused".
  nice wasm-opt "--output=$out/opt.wasm" -Oz "$out/floor_bg.wasm" --converge --low-memory-unused
  # The same with names kept, for breakdown.py.
  nice wasm-opt "--output=$out/named.wasm" -Oz -g "$out/floor_bg.wasm" --converge --low-memory-unused
  read -r wr wg wb < <(sizes "$out/opt.wasm")
  read -r jr jg jb < <(sizes "$out/floor.js")
  printf '%-18s %8s %8s %8s | %7s %7s %7s | %8s %8s\n' "$b" "$(kb $wr)" "$(kb $wg)" "$(kb $wb)" "$(kb $jr)" "$(kb $jg)" "$(kb $jb)" "$(kb $((wg+jg)))" "$(kb $((wb+jb)))"
done

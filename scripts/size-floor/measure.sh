#!/usr/bin/env bash
# wasm-bindgen + wasm-opt each floor, then print raw / gzip -9 / brotli -q 11 of opt wasm and JS glue.
# Usage: bash measure.sh [crate...]   (crates already built by build.sh)
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PWD/../../node_modules/.bin:$PATH"
crates=("$@"); [ ${#crates[@]} -gt 0 ] || crates=(f1_yew f2_plotters f2b_chartbuilder f3_fluent f4_serde f4b_nofluent)
sizes() { # file -> "raw gz br" in bytes
  local f=$1
  printf '%s %s %s\n' "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)" \
    "$(node -e 'const z=require("node:zlib");const b=require("node:fs").readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$f")"
}
kb() { awk -v n="$1" 'BEGIN{printf "%.1f", n/1024}'; }
printf '%-18s %8s %8s %8s | %7s %7s %7s | %8s %8s\n' build wasmRaw wasmGz wasmBr jsRaw jsGz jsBr totGz totBr
for c in "${crates[@]}"; do
  out=out/$c; rm -rf "$out"; mkdir -p "$out"
  nice wasm-bindgen --target web --out-dir "$out" "target/wasm32-unknown-unknown/release/$c.wasm"
  # as trunk 0.21.14 calls it for data-wasm-opt="z" data-wasm-opt-params="--converge --low-memory-unused"
  nice wasm-opt "--output=$out/opt.wasm" -Oz "$out/${c}_bg.wasm" --converge --low-memory-unused
  read -r wr wg wb < <(sizes "$out/opt.wasm")
  read -r jr jg jb < <(sizes "$out/$c.js")
  printf '%-18s %8s %8s %8s | %7s %7s %7s | %8s %8s\n' "$c" "$(kb $wr)" "$(kb $wg)" "$(kb $wb)" "$(kb $jr)" "$(kb $jg)" "$(kb $jb)" "$(kb $((wg+jg)))" "$(kb $((wb+jb)))"
done

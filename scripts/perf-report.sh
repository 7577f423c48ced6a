#!/usr/bin/env bash
# The performance report: size, model speed natively and in WASM, slider-to-redraw, first full
# render and Lighthouse, in one run; prints the figures beside the goals and adds them as a dated
# table at the top of the runs in docs/performance.md (earlier runs kept below, newest first).
#
# Usage: bash scripts/perf-report.sh [--no-build] [--no-write]
#   --no-build  measure the dist/ that is there instead of running `trunk build --release` first
#   --no-write  print only; leave docs/performance.md alone
# Needs what scripts/setup.sh installs (it does not run it: run scripts/test.sh or serve.sh once).
# Takes 2–3 minutes on 2 cores with warm build caches (much longer from clean). Close other heavy work first:
# every figure is a wall-clock time on this machine.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-60}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-600}"

build=1
write=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --no-write) write=0 ;;
    *) echo "perf-report: unknown argument $arg (see the top of $0)" >&2; exit 2 ;;
  esac
done

out="$(mktemp -d "${TMPDIR:-/tmp}/perf-report.XXXXXX")"
load_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
failed=()

# run <name> <command…>: shows the output and keeps it in $out/<name>.txt.
run() {
  local name="$1"; shift
  printf '\n==> %s: %s\n' "$name" "$*"
  if ! "$@" 2>&1 | tee "$out/$name.txt"; then
    failed+=("$name")
    echo "perf-report: step '$name' failed" | tee -a "$out/$name.txt"
  fi
}

# A cargo step is tried twice: with crate-type ["cdylib", "rlib"], `cargo bench` builds the
# library twice into the same file names (cargo's "output filename collision" warning,
# rust-lang/cargo#6313), which now and then races and fails to link; the second try finds the
# artifacts fresh.
run_cargo() {
  local name="$1"; shift
  run "$name" "$@"
  if [[ " ${failed[*]} " == *" $name "* ]]; then
    echo "perf-report: retrying '$name' once"
    failed=("${failed[@]/$name}")
    run "$name" "$@"
  fi
}

if [[ $build == 1 ]]; then
  run build trunk build --release --locked
fi
run size node scripts/size-report.mjs dist
run_cargo native cargo bench --locked --bench evaluate
# The same benchmark at the WASM's opt-level ("z"), for a like-for-like WASM ÷ native ratio.
run_cargo native_z env CARGO_PROFILE_BENCH_OPT_LEVEL=z cargo bench --locked --bench evaluate
run_cargo wasm cargo test --locked --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture
run redraw node scripts/bench-redraw.mjs
# The same with Chromium's CPU slowed ×4 (a mid-range phone; goal: two frames), and with
# "Compare with…" on (A = normal trade; goal: at most 30 % more than the default view).
run redraw_x4 env THROTTLE=4 node scripts/bench-redraw.mjs
run redraw_compare env QUERY='compare=preset%3Dbaseline-2024' node scripts/bench-redraw.mjs
# The magnet quota leaves the oxide markets' draws to be reused; `months` (the restriction's length) moves every market,
# so its ranges are the slowest a slider gives (benches/evaluate.rs, "slider moved").
run redraw_x4_months env THROTTLE=4 SLIDER=months node scripts/bench-redraw.mjs
run render node scripts/perf-first-render.mjs 10
# Charts are first drawn when near the screen; at 1280×900 none is on the first screen. The
# same loads in a viewport that holds all five show what drawing them adds.
run render_tall node scripts/perf-first-render.mjs 5 1280 3100
if [[ -f scripts/lighthouse.mjs ]]; then
  # Five audits per page: one run's score swings by a few points here; the goal reads the median.
  run lighthouse env LH_RUNS="${LH_RUNS:-5}" node scripts/lighthouse.mjs
else
  printf '\n==> lighthouse: skipped: scripts/lighthouse.mjs does not exist yet\n' | tee "$out/lighthouse.txt"
  echo "skipped: scripts/lighthouse.mjs does not exist" >"$out/lighthouse.txt"
fi

{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src benches Cargo.toml Cargo.lock index.html styles static 2>/dev/null || echo '+uncommitted')"
  echo "rustc=$(rustc --version 2>/dev/null)"
  echo "chromium=$("$CHROME_PATH" --version 2>/dev/null | head -n1)"
  echo "node=$(node --version)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//') ($(nproc) cores)"
  if [[ $build == 0 ]]; then echo "dist=not rebuilt: dist/ dates from $(date -u -r dist/index.html '+%Y-%m-%d %H:%M UTC' 2>/dev/null)"; fi
  echo "load=${load_start:-?} at the start, $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) at the end"
  echo "failed=$(echo ${failed[*]:-})"
} >"$out/meta.txt"

args=("$out")
[[ $write == 1 ]] && args+=(docs/performance.md)
printf '\n==> summary\n'
node scripts/perf-report.mjs "${args[@]}"
status=$?
rm -rf "$out"
if [[ -n "$(echo ${failed[*]:-})" ]]; then
  echo "perf-report: failed steps: $(echo ${failed[*]})" >&2
  exit 1
fi
exit "$status"

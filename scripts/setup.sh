#!/usr/bin/env bash
# Installs exactly what is missing to build and test the app, and checks versions.
# Idempotent: a second run installs nothing. Only package registries are used
# (crates.io, npm, Debian apt); Trunk itself never downloads (Trunk.toml: offline = true).
#
# Versions must move together: wasm-bindgen here = the `=0.2.130` pin in Cargo.toml = Trunk.toml [tools].
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
WASM_OPT_VERSION=132

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (run as root or install it yourself)"; fi
}

command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust with rustup (https://rustup.rs), then rerun"
command -v node >/dev/null 2>&1 || die "node not found: install Node.js 20 and npm, then rerun"

# 1. The wasm32 target.
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "ok: rust target wasm32-unknown-unknown"
else
  say "installing rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk (0.22 needs rustc >= 1.96.1; 0.21.14 builds with this toolchain).
if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "ok: trunk $TRUNK_VERSION"
else
  say "installing trunk $TRUNK_VERSION from crates.io (about 10 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli, same version as the library (without --locked: its lockfile pins a
#    webpki-roots the registry no longer serves).
if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "ok: wasm-bindgen-cli $WASM_BINDGEN_VERSION"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
grep -q "\"=$WASM_BINDGEN_VERSION\"" Cargo.toml || die "Cargo.toml must pin wasm-bindgen = \"=$WASM_BINDGEN_VERSION\" (same as the CLI)"

# 4. Chromium and its driver, from Debian (browser tests; never a downloaded browser).
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  say "ok: $(chromium --version 2>/dev/null | head -n1)"
else
  command -v apt-get >/dev/null 2>&1 || die "chromium and chromedriver are missing and apt-get is not available: install them and rerun"
  say "installing chromium and chromium-driver from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
chrome_major=$(chromium --version 2>/dev/null | grep -oE '[0-9]+' | head -n1)
driver_major=$(chromedriver --version 2>/dev/null | grep -oE '[0-9]+' | head -n1)
[ "$chrome_major" = "$driver_major" ] || die "chromium $chrome_major and chromedriver $driver_major differ: apt-get install --only-upgrade chromium chromium-driver"

# 5. npm tools (binaryen's wasm-opt, playwright-core, axe-core), exactly as locked.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/.setup-lock-sum ] && [ "$(cat node_modules/.setup-lock-sum)" = "$lock_sum" ]; then
  say "ok: npm packages match package-lock.json"
else
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.setup-lock-sum
fi
wasm-opt --version 2>/dev/null | grep -q "version $WASM_OPT_VERSION" \
  || die "wasm-opt on PATH is not binaryen $WASM_OPT_VERSION ($(command -v wasm-opt || echo none)); Debian's 108 builds a broken app. Run npm ci."

# 6. Crates, so Trunk's offline cargo build finds them.
cargo fetch --locked >/dev/null 2>&1 || { say "fetching crates"; cargo fetch --locked; }
say "ok: crates fetched (Cargo.lock)"

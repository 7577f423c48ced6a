#!/usr/bin/env bash
# Sets up what is missing, builds the release app, and serves it on loopback.
# Usage: bash scripts/serve.sh [PORT]   (default 8080)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --locked
exec node scripts/static-server.mjs dist "${1:-8080}"

#!/usr/bin/env bash
# The model and the dataset loader must know nothing of the browser, so they test natively
# and run unchanged in WASM. Fails if src/model/ or src/data/ mentions a browser crate.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pattern='\b(yew|web_sys|wasm_bindgen|js_sys|gloo[a-z_]*)\b'
hits=$(grep -rnE "$pattern" src/model src/data --include='*.rs' | grep -vE '^[^:]+:[0-9]+:\s*//' || true)
if [ -n "$hits" ]; then
  echo "pure core imports a browser crate (keep it in src/ui/):"
  echo "$hits"
  exit 1
fi
echo "pure core: src/model and src/data use no browser crate"

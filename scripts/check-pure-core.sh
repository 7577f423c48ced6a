#!/usr/bin/env bash
# The model and the dataset loader must know nothing of the browser, so they test natively
# and run unchanged in WASM. Fails if src/model/ or src/data/ mentions a browser crate, or
# reaches into the UI (`crate::ui`, also inside a `use crate::{…}` group): data flows from the
# core to the views, never back.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
code() { grep -rnE "$1" src/model src/data --include='*.rs' | grep -vE '^[^:]+:[0-9]+:\s*//' || true; }
status=0
hits=$(code '\b(yew|web_sys|wasm_bindgen|js_sys|gloo[a-z_]*)\b')
if [ -n "$hits" ]; then
  echo "pure core imports a browser crate (keep it in src/ui/):"
  echo "$hits"
  status=1
fi
hits=$(code '\bcrate::ui\b|\bcrate::\{[^}]*\bui\b|\bsuper::(super::)*ui\b|^\s+ui::')
if [ -n "$hits" ]; then
  echo "pure core imports the UI (the views read the model, not the other way round):"
  echo "$hits"
  status=1
fi
[ "$status" -eq 0 ] && echo "pure core: src/model and src/data use no browser crate and no crate::ui"
exit "$status"

// Trunk post_build step (scripts/post-build.mjs): starts the WebAssembly download after the first
// paint instead of during HTML parsing. index.html's heading and introduction are the page's first
// and largest paint; a 230 KB download competing with them slows that paint on a slow link, and
// Lighthouse's simulation then counts the download towards it (LCP 2.3 s instead of 0.9 s). The
// app cannot render before that paint anyway (src/ui/mod.rs, mount).
// Trunk 0.21 has no switch for this, so the step edits its output, and fails loudly if that
// output changes: it drops the <link rel="preload"> of the .wasm and makes Trunk's loader wait for
// the next frame (or 100 ms, for hidden tabs and frames that get no animation frames) before
// `init`. csp.mjs runs after it and hashes the loader as it now is.
// Usable by hand: TRUNK_STAGING_DIR=dist node scripts/defer-wasm.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stage = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!stage) {
  console.error("defer-wasm: set TRUNK_STAGING_DIR or pass the built folder");
  process.exit(1);
}
const file = join(stage, "index.html");
let html = readFileSync(file, "utf8");
const WAIT = "await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });";

const preload = /<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>/;
if (!preload.test(html)) {
  console.error("defer-wasm: no <link rel=\"preload\"> of the .wasm in index.html (did Trunk's output change?)");
  process.exit(1);
}
html = html.replace(preload, "");

if (!html.includes(WAIT)) {
  const loader = /(<script type="module">\s*import init, \* as bindings from '[^']+';\s*)(const wasm = await init\()/;
  if (!loader.test(html)) {
    console.error("defer-wasm: Trunk's loader script is not where expected in index.html (did Trunk's output change?)");
    process.exit(1);
  }
  html = html.replace(loader, (_, head, init) => `${head}// After the first paint (scripts/defer-wasm.mjs).\n${WAIT}\n${init}`);
}
writeFileSync(file, html);
console.log("defer-wasm: the WebAssembly loads after the first paint");

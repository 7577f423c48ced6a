// Trunk post_build step (scripts/post-build.mjs): writes the first screen's answer into
// $TRUNK_STAGING_DIR/index.html — the page's navigation and the summary sentence for a plain link
// in English, made by the native `first-screen` binary (src/bin/first-screen.rs) from the same
// code and dataset as the app — so a slow phone shows the answer before the WebAssembly loads.
// static/frame.js shows it only for that link; the app replaces it when it mounts.
// Cached under target/first-screen/ by a hash of its inputs, like dataset.json.
// Usable by hand: TRUNK_STAGING_DIR=dist node scripts/prerender.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cachedFile, inputsKey, root } from "./native-cache.mjs";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error("prerender: TRUNK_STAGING_DIR is not set (run as a Trunk post_build hook, or set it to a built dist/)");
  process.exit(1);
}
// What the sentence is made from (not the rest of the UI, so that `trunk serve` does not rebuild
// the native crate for every change of a view; a stale sentence would fail
// tests/e2e/prerender.test.mjs, and CI builds from a clean cache).
const key = inputsKey(["Cargo.toml", "Cargo.lock", "build.rs", "crates/dataset-build", "data", "i18n/en.ftl",
  "src/model", "src/data", "src/i18n", "src/bin/first-screen.rs",
  "src/ui/summary.rs", "src/ui/format.rs", "src/ui/state.rs", "src/ui/words.rs"]);
const cached = cachedFile("first-screen", "first-screen", "html", key, (path) => {
  try {
    writeFileSync(path, execFileSync("cargo", ["run", "--offline", "--locked", "--quiet", "--bin", "first-screen"],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }));
  } catch (e) {
    console.error(`prerender: the native first-screen binary failed (${e.message})`);
    process.exit(1);
  }
});
const fragment = readFileSync(cached, "utf8").trim();
const page = join(stage, "index.html");
const before = readFileSync(page, "utf8");
const boot = '<p class="boot">';
if (!before.includes(boot) || !fragment.includes('class="summary prerendered"')) {
  console.error("prerender: index.html has no boot message to put the first screen before, or the fragment is not one");
  process.exit(1);
}
writeFileSync(page, before.replace(boot, `${fragment}\n        ${boot}`));
console.log(`prerender: the first screen's answer in index.html (${fragment.length} bytes, inputs ${key})`);

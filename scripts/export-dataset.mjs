// Trunk post_build step (scripts/post-build.mjs): writes $TRUNK_STAGING_DIR/dataset.json, the
// dataset document ("Download the dataset", and the source titles/links and derivations the
// browser reads on demand; src/ui/reference.rs). A native build makes it (`cargo run --bin
// export-dataset`, src/data/document.rs), so the WebAssembly needs neither the text nor a JSON
// serializer for it. The result is kept under target/dataset-json/, keyed by a hash of what it is
// made from, so rebuilds that change only the UI (trunk serve) do not rebuild the native crate.
// Usable by hand: TRUNK_STAGING_DIR=dist node scripts/export-dataset.mjs
import { execFileSync } from "node:child_process";
import { copyFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { cachedFile, inputsKey, root } from "./native-cache.mjs";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error("export-dataset: TRUNK_STAGING_DIR is not set (run as a Trunk post_build hook, or set it to a built dist/)");
  process.exit(1);
}
const key = inputsKey(["Cargo.toml", "Cargo.lock", "build.rs", "crates/dataset-build", "data", "src/data", "src/bin/export-dataset.rs"]);
const cached = cachedFile("dataset-json", "dataset", "json", key, (path) => {
  try {
    execFileSync("cargo", ["run", "--offline", "--locked", "--quiet", "--bin", "export-dataset", "--", path],
      { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  } catch (e) {
    console.error(`export-dataset: the native export failed (${e.message}); the site would have no dataset.json`);
    process.exit(1);
  }
});
copyFileSync(cached, join(stage, "dataset.json"));
console.log(`export-dataset: dataset.json (${(statSync(cached).size / 1024).toFixed(1)} KB, inputs ${key})`);

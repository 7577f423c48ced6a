// Trunk post_build step (scripts/post-build.mjs): writes $TRUNK_STAGING_DIR/dataset.json, the
// dataset document ("Download the dataset", and the source titles/links and derivations the
// browser reads on demand; src/ui/reference.rs). A native build makes it (`cargo run --bin
// export-dataset`, src/data/document.rs), so the WebAssembly needs neither the text nor a JSON
// serializer for it. The result is kept under target/dataset-json/, keyed by a hash of what it is
// made from, so rebuilds that change only the UI (trunk serve) do not rebuild the native crate.
// Usable by hand: TRUNK_STAGING_DIR=dist node scripts/export-dataset.mjs
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error("export-dataset: TRUNK_STAGING_DIR is not set (run as a Trunk post_build hook, or set it to a built dist/)");
  process.exit(1);
}
const root = new URL("..", import.meta.url).pathname;
const inputs = ["Cargo.toml", "Cargo.lock", "build.rs", "crates/dataset-build", "data", "src/data", "src/bin/export-dataset.rs"];
const files = (p) => statSync(join(root, p)).isDirectory()
  ? readdirSync(join(root, p)).sort().flatMap((n) => files(join(p, n)))
  : [p];
const hash = createHash("sha256");
for (const f of inputs.flatMap(files)) hash.update(f).update("\0").update(readFileSync(join(root, f))).update("\0");
const key = hash.digest("hex").slice(0, 16);

const cacheDir = join(process.env.CARGO_TARGET_DIR || join(root, "target"), "dataset-json");
const cached = join(cacheDir, `dataset-${key}.json`);
if (!existsSync(cached)) {
  mkdirSync(cacheDir, { recursive: true });
  try {
    execFileSync("cargo", ["run", "--offline", "--locked", "--quiet", "--bin", "export-dataset", "--", cached],
      { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  } catch (e) {
    console.error(`export-dataset: the native export failed (${e.message}); the site would have no dataset.json`);
    process.exit(1);
  }
  // Keep only the current one: each data change would otherwise leave a stale copy behind.
  for (const name of readdirSync(cacheDir)) {
    if (/^dataset-[0-9a-f]+\.json$/.test(name) && name !== `dataset-${key}.json`) rmSync(join(cacheDir, name));
  }
}
copyFileSync(cached, join(stage, "dataset.json"));
console.log(`export-dataset: dataset.json (${(statSync(cached).size / 1024).toFixed(1)} KB, inputs ${key})`);

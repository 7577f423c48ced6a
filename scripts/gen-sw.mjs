// Trunk post_build hook (Trunk.toml): writes $TRUNK_STAGING_DIR/sw.js from scripts/sw.template.js
// with the list of every built file and a version derived from their names and contents, so any
// change to any file gives a new cache and clients pick up the deploy on their next load.
// In debug builds (TRUNK_PROFILE=debug, e.g. `trunk serve`) it writes a service worker that
// clears its caches and unregisters itself, so developers never see stale files.
// Node standard library only. Usable by hand: TRUNK_STAGING_DIR=dist node scripts/gen-sw.mjs
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error("gen-sw: TRUNK_STAGING_DIR is not set (run as a Trunk post_build hook, or set it to a built dist/)");
  process.exit(1);
}
const out = join(stage, "sw.js");

if (process.env.TRUNK_PROFILE === "debug") {
  writeFileSync(out, `// Debug build: no offline cache. Clears this app's caches and unregisters itself.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const prefix = \`rare-earth-risk:\${self.registration.scope}:\`;
    for (const key of await caches.keys()) if (key.startsWith(prefix)) await caches.delete(key);
    await self.registration.unregister();
  })());
});
`);
  console.log("gen-sw: debug build, wrote a self-unregistering sw.js");
  process.exit(0);
}

const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : [path];
});
const files = walk(stage)
  .map((f) => relative(stage, f).split("\\").join("/"))
  .filter((f) => f !== "sw.js" && !f.split("/").some((part) => part.startsWith(".")))
  .sort();
if (!files.includes("index.html")) {
  console.error(`gen-sw: ${stage} has no index.html`);
  process.exit(1);
}
const hash = createHash("sha256");
for (const f of files) hash.update(f).update("\0").update(readFileSync(join(stage, f))).update("\0");
const version = hash.digest("hex").slice(0, 16);
const template = readFileSync(new URL("./sw.template.js", import.meta.url), "utf8");
if (!template.includes('"__VERSION__"') || !template.includes("__PRECACHE__")) {
  console.error("gen-sw: scripts/sw.template.js lost its __VERSION__ / __PRECACHE__ placeholders");
  process.exit(1);
}
writeFileSync(out, template.replace("__VERSION__", () => version).replace("__PRECACHE__", () => JSON.stringify(files)));
console.log(`gen-sw: sw.js precaches ${files.length} files, version ${version}`);

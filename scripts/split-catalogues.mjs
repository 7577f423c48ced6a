// Trunk post_build hook step (scripts/post-build.mjs): splits each catalogue Trunk copied to
// $TRUNK_STAGING_DIR/i18n/ into <code>.ftl, what the first load needs (fetched before the app
// renders in that language; English is compiled into the WebAssembly), and
// <code>-methodology.ftl, the methodology page's messages (every id starting with `m-`), fetched
// when that page first opens. Same rule as `split` in build/i18n/mod.rs, which build.rs applies to
// the English compiled in: an entry starts on a non-blank line that does not begin with a space or
// a tab; in <code>.ftl every `m-` entry and every comment line is blanked, so each message keeps
// its line number (the methodology page cites one), and trailing blank lines are dropped.
// The service worker (gen-sw.mjs, after this step) precaches both files.
// Node standard library only. By hand: TRUNK_STAGING_DIR=dist node scripts/split-catalogues.mjs
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error("split-catalogues: TRUNK_STAGING_DIR is not set (run as a Trunk post_build hook, or set it to a built dist/)");
  process.exit(1);
}
const dir = join(stage, "i18n");
const PREFIX = "m-";

export function split(text) {
  const first = [];
  const methodology = [];
  let inMethodology = false;
  for (const line of text.split("\n").map((l) => l.replace(/\r$/, ""))) {
    if (line !== "" && !line.startsWith(" ") && !line.startsWith("\t")) inMethodology = line.startsWith(PREFIX);
    if (inMethodology) {
      first.push("");
      methodology.push(line);
    } else {
      first.push(line.startsWith("#") ? "" : line);
    }
  }
  while (first.length > 0 && first[first.length - 1] === "") first.pop();
  while (methodology.length > 0 && methodology[methodology.length - 1] === "") methodology.pop();
  return [`${first.join("\n")}\n`, `${methodology.join("\n")}\n`];
}

const catalogues = readdirSync(dir).filter((n) => /^[a-z]{2}\.ftl$/.test(n)).sort();
if (catalogues.length === 0) {
  console.error(`split-catalogues: no catalogue in ${dir}`);
  process.exit(1);
}
for (const name of catalogues) {
  const [first, methodology] = split(readFileSync(join(dir, name), "utf8"));
  if (methodology.trim() === "") {
    console.error(`split-catalogues: ${name} has no methodology message (m-…)`);
    process.exit(1);
  }
  writeFileSync(join(dir, name), first);
  writeFileSync(join(dir, name.replace(/\.ftl$/, "-methodology.ftl")), methodology);
}
console.log(`split-catalogues: ${catalogues.join(", ")} split into first-load and methodology parts`);

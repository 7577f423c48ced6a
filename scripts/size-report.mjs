// Prints the size of the built wasm, js, css and html in dist/: raw, gzip -9 and brotli -q 11,
// then dataset.json, which the page fetches only when a view needs it (src/ui/reference.rs).
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const kinds = [".wasm", ".js", ".css", ".html"];
const rows = [];
for (const name of readdirSync(dist).sort()) {
  if (!kinds.includes(extname(name))) continue;
  const raw = readFileSync(join(dist, name));
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push({ name, raw: raw.length, gz, br });
}
if (!rows.some((r) => r.name.endsWith(".wasm"))) {
  console.error(`no .wasm in ${dist}: build first`);
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
console.log(`${"file".padEnd(44)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(44)}${kb(r.raw)}${kb(r.gz)}${kb(r.br)}`);
const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
console.log(`${"total".padEnd(44)}${kb(sum("raw"))}${kb(sum("gz"))}${kb(sum("br"))}`);
try {
  const raw = readFileSync(join(dist, "dataset.json"));
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${"dataset.json (on demand, not in the total)".padEnd(44)}${kb(raw.length)}${kb(gz)}${kb(br)}`);
} catch {
  console.log("dataset.json: missing (the post-build step writes it)");
}

// Prints the size of the built wasm, js, css and html in dist/: raw, gzip -9 and brotli -q 11,
// then dataset.json, which the page fetches only when a view needs it (src/ui/reference.rs), then
// the first load in English and in each other language, and the methodology messages.
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

// The first load: index.html and what it references (CSS, scripts, the WebAssembly), gzip -9;
// in another language the page also fetches that language's catalogue before it renders. The
// methodology page's messages (i18n/<code>-methodology.ftl) come only when that page opens.
const html = readFileSync(join(dist, "index.html"), "utf8");
const referenced = new Set(["index.html"]);
for (const [, name] of html.matchAll(/(?:href|src)="\.\/([^"]+\.(?:css|js))"/g)) referenced.add(name);
for (const [name] of html.matchAll(/[\w.-]+_bg\.wasm/g)) referenced.add(name);
const first = rows.filter((r) => referenced.has(r.name));
const gzOf = (path) => {
  try {
    return gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
  } catch {
    return null;
  }
};
const firstGz = first.reduce((a, r) => a + r.gz, 0);
console.log(`${`first load, English (${first.length} files)`.padEnd(44)}${kb(first.reduce((a, r) => a + r.raw, 0))}${kb(firstGz)}${kb(first.reduce((a, r) => a + r.br, 0))}`);
for (const code of ["de", "fr", "ja", "es"]) {
  const ftl = gzOf(`i18n/${code}.ftl`);
  if (ftl === null) continue;
  console.log(`${`first load, ${code} (+ i18n/${code}.ftl ${(ftl / 1024).toFixed(1)} KB)`.padEnd(44)}${"".padStart(10)}${kb(firstGz + ftl)}`);
}
const methodology = ["en", "de", "fr", "ja", "es"]
  .map((code) => [code, gzOf(`i18n/${code}-methodology.ftl`)])
  .filter(([, n]) => n !== null);
if (methodology.length > 0) {
  console.log(`methodology messages (on demand, gzip): ${methodology.map(([c, n]) => `${c} ${(n / 1024).toFixed(1)} KB`).join(", ")}`);
}

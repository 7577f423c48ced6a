// Trunk post_build step (run by scripts/post-build.mjs before gen-sw.mjs): adds a strict
// Content-Security-Policy <meta> to the built index.html. Trunk's start-up script is inline, so
// its SHA-256 is allowed and nothing else inline is. Node standard library only.
//
// - script-src: our own files, the hashed inline start-up, and 'wasm-unsafe-eval' (WebAssembly
//   compilation; no JS eval).
// - styles: files only ('self'), no style elements or attributes inline (chart labels are
//   measured on the canvas, not with plotters' styled <span>).
// - frame-ancestors cannot be set from a <meta>; hosts send it as a header (docs/hosting.md).
//
// `node scripts/csp.mjs --header dist` prints, for a built dist/, the same policy with
// `frame-ancestors *` as the one header line a host can send instead (docs/hosting.md §5).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function policy(inlineHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineHashes.map((h) => `'sha256-${h}'`).join(" ")}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** SHA-256 (base64) of each inline script of `html`. */
function inlineHashes(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => createHash("sha256").update(m[1], "utf8").digest("base64"));
}

/** Returns index.html with a CSP meta tag allowing exactly its inline scripts. */
export function withCsp(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineHashes(html))}" />`;
  const cleaned = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/g, "");
  // As early as possible in <head>, right after the charset.
  return cleaned.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n  ${meta}`);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === "--header") {
  const dist = process.argv[3] ?? "dist";
  const html = readFileSync(join(dist, "index.html"), "utf8");
  console.log(`Content-Security-Policy: ${policy(inlineHashes(html))}; frame-ancestors *`);
} else if (import.meta.url === `file://${process.argv[1]}` || process.env.TRUNK_STAGING_DIR) {
  const stage = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!stage) {
    console.error("csp: set TRUNK_STAGING_DIR or pass the built folder");
    process.exit(1);
  }
  const file = join(stage, "index.html");
  const html = withCsp(readFileSync(file, "utf8"));
  if (!html.includes("Content-Security-Policy")) {
    console.error("csp: could not place the CSP meta tag (no <meta charset> in index.html?)");
    process.exit(1);
  }
  writeFileSync(file, html);
  console.log("csp: Content-Security-Policy added to index.html");
}

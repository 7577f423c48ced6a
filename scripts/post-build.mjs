// Trunk post_build hook: steps that must run in order on the staged build.
// 1. dataset.json (the native dataset export), 2. the first screen's answer into index.html
// (native too), 3. the catalogues split into first-load and methodology parts, 4. the
// WebAssembly loads after the first paint (edits Trunk's loader), 5. CSP meta tag (hashes that
// loader), 6. service worker last (hashes and precaches every file, these included).
await import("./export-dataset.mjs");
await import("./prerender.mjs");
await import("./split-catalogues.mjs");
await import("./defer-wasm.mjs");
await import("./csp.mjs");
await import("./gen-sw.mjs");

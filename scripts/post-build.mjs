// Trunk post_build hook: steps that must run in order on the staged build.
// 1. dataset.json (the native dataset export), 2. CSP meta tag (changes index.html),
// 3. service worker last (hashes and precaches every file, these included).
await import("./export-dataset.mjs");
await import("./csp.mjs");
await import("./gen-sw.mjs");

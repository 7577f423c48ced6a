// Trunk post_build hook: steps that must run in order on the staged build.
// 1. CSP meta tag (changes index.html), 2. service worker (hashes every file, index.html included).
await import("./csp.mjs");
await import("./gen-sw.mjs");

// A small static file server for dist/, used by `scripts/serve.sh` and the e2e tests.
// Serves the headers a real host should send (see README "Hosting"): wasm MIME type for
// streaming compilation, CORS on assets so sandboxed iframes can load them, and gzip.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** Types a real host compresses (docs/hosting.md): everything but images. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg", ".csv", ".txt"]);

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Starts a server for `root` on 127.0.0.1 (port 0 = any free port). Resolves to { server, url, close }. */
export async function startStaticServer(root, { port = 0, host = "127.0.0.1", headers = {} } = {}) {
  const base = resolve(root);
  // gzip bodies, computed once per file version (path + mtime + size).
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    try {
      let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^[/\\]+/, "");
      if (path === "" || path.endsWith("/")) path += "index.html";
      const file = resolve(join(base, path));
      if (!file.startsWith(base)) throw new Error("outside root");
      const info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
      let body = await readFile(file);
      // Compress like a real host (gzip when the client accepts it), so that what browsers and
      // Lighthouse download here is what they would download from a static host.
      const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
      if (gzip) {
        const key = `${file}:${info.mtimeMs}:${info.size}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
      }
      res.writeHead(200, {
        "content-type": MIME[extname(file)] ?? "application/octet-stream",
        "access-control-allow-origin": "*",
        "cache-control": "no-cache",
        vary: "accept-encoding",
        ...(gzip ? { "content-encoding": "gzip" } : {}),
        "content-length": body.length,
        ...headers,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(port, host, ok));
  const url = `http://${host}:${server.address().port}/`;
  const close = () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); });
  return { server, url, close };
}

// `node scripts/static-server.mjs DIR [PORT]` serves DIR until interrupted.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await startStaticServer(dir, { port: Number(port) });
  console.log(`Serving ${dir} at ${url}  (Ctrl-C to stop)`);
}

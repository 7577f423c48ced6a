// A small static file server for dist/, used by `scripts/serve.sh` and the e2e tests.
// Serves the headers a real host should send (see README "Hosting"): wasm MIME type for
// streaming compilation and CORS on assets so sandboxed iframes can load them.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

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
  const server = createServer(async (req, res) => {
    try {
      let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^[/\\]+/, "");
      if (path === "" || path.endsWith("/")) path += "index.html";
      const file = resolve(join(base, path));
      if (!file.startsWith(base)) throw new Error("outside root");
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": MIME[extname(file)] ?? "application/octet-stream",
        "access-control-allow-origin": "*",
        "cache-control": "no-cache",
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

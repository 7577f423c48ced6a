// What the post-build steps that run a native binary share (export-dataset.mjs, prerender.mjs):
// a key from the contents of their inputs, and a cache under target/<dir>/ holding only the
// current result, so rebuilds that change nothing they read do not rebuild the native crate.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("..", import.meta.url).pathname;

/** A 16-hex-digit key of the files (recursively) under `inputs`, paths relative to the repository. */
export function inputsKey(inputs) {
  const files = (p) => statSync(join(root, p)).isDirectory()
    ? readdirSync(join(root, p)).sort().flatMap((n) => files(join(p, n)))
    : [p];
  const hash = createHash("sha256");
  for (const f of inputs.flatMap(files)) hash.update(f).update("\0").update(readFileSync(join(root, f))).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * The cached file `<prefix>-<key>.<ext>` under target/<dir>/, made by `make(path)` when it is not
 * there; older results of the same prefix are removed.
 */
export function cachedFile(dir, prefix, ext, key, make) {
  const cacheDir = join(process.env.CARGO_TARGET_DIR || join(root, "target"), dir);
  const name = `${prefix}-${key}.${ext}`;
  const path = join(cacheDir, name);
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    make(path);
    const mine = new RegExp(`^${prefix}-[0-9a-f]+\\.${ext}$`);
    for (const n of readdirSync(cacheDir)) if (mine.test(n) && n !== name) rmSync(join(cacheDir, n));
  }
  return path;
}

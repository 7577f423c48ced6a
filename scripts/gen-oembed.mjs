// Trunk build hook (Trunk.toml): writes static oEmbed responses, one per preset plus
// default.json, into $TRUNK_STAGING_DIR/oembed/. A static host cannot answer oEmbed queries,
// so consumers find these through the discovery <link> in index.html (default.json) or by URL.
//
// oEmbed needs absolute URLs, and the public URL is not known at build time: set PUBLIC_ORIGIN
// to the URL the dist/ folder is served from (with its path, ending in "/"), e.g.
//   PUBLIC_ORIGIN=https://example.org/rare-earth-risk/ trunk build --release
// Default: https://example.org/rare-earth-risk/ (a placeholder; see docs/hosting.md).
// Node standard library only. By hand: node scripts/gen-oembed.mjs OUT_DIR
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DEFAULT_ORIGIN = "https://example.org/rare-earth-risk/";
const PROVIDER = "Rare-earth risk calculator";
const TITLE = "Rare-earth supply-chain risk calculator";
const WIDTH = 800;
const HEIGHT = 900;
const CACHE_AGE = 86400;

// Preset slugs and short labels (shared/MODEL.md §8).
export const PRESETS = {
  "baseline-2024": "Baseline 2024",
  "quota-2010": "The 2010 export-quota cut",
  "licensing-apr-2025": "Export licensing, April 2025",
  "truce-jun-2025": "Trade truce, June 2025",
  "controls-oct-2025": "Export controls, October 2025",
  "embargo-now": "A full embargo now",
  "pipeline-2030": "The 2030 capacity pipeline",
};

export function publicOrigin(raw = process.env.PUBLIC_ORIGIN) {
  const url = new URL(raw && raw.trim() ? raw.trim() : DEFAULT_ORIGIN);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`PUBLIC_ORIGIN must be http(s): ${raw}`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url.href;
}

const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function oembed(origin, preset) {
  const page = new URL(origin);
  if (preset) page.searchParams.set("preset", preset);
  const frame = new URL(page);
  frame.searchParams.set("embed", "1");
  const title = preset ? `${TITLE}: ${PRESETS[preset]}` : TITLE;
  const html =
    `<iframe src="${escapeAttr(frame.href)}" title="${escapeAttr(title)}" width="100%" height="${HEIGHT}" ` +
    `loading="lazy" style="display:block;width:100%;border:0"></iframe>`;
  return {
    type: "rich",
    version: "1.0",
    title,
    provider_name: PROVIDER,
    provider_url: origin,
    html,
    width: WIDTH,
    height: HEIGHT,
    cache_age: CACHE_AGE,
  };
}

function main() {
  const outRoot = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!outRoot) {
    console.error("gen-oembed: give an output directory or run as a Trunk hook (TRUNK_STAGING_DIR)");
    process.exit(1);
  }
  const origin = publicOrigin();
  const dir = join(outRoot, "oembed");
  mkdirSync(dir, { recursive: true });
  const write = (name, preset) => writeFileSync(join(dir, `${name}.json`), JSON.stringify(oembed(origin, preset), null, 2) + "\n");
  write("default", null);
  for (const preset of Object.keys(PRESETS)) write(preset, preset);
  console.log(`gen-oembed: ${Object.keys(PRESETS).length + 1} files in ${dir} for ${origin}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

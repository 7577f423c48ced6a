// Lighthouse (npm `lighthouse`, pinned in package.json) over the built app: serves dist/ on
// loopback, audits the default view and the methodology page in Debian's Chromium, prints the
// performance, accessibility and best-practices scores, and exits non-zero if any page scores
// below 100 for accessibility (listing the failing audits).
//
// Usage: node scripts/lighthouse.mjs [DIST]        (after `trunk build --release`)
//   CHROME_PATH   Chromium to use (default /usr/bin/chromium)
//   LH_JSON=DIR   also write each full report as JSON into DIR
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { startStaticServer } from "./static-server.mjs";

const dist = resolve(process.argv[2] ?? new URL("../dist/", import.meta.url).pathname);
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];
const PAGES = [
  ["default view", ""],
  ["methodology", "#methodology"],
];
const CATEGORIES = ["performance", "accessibility", "best-practices"];

const server = await startStaticServer(dist);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: "silent" });
let failed = false;
try {
  for (const [name, path] of PAGES) {
    const url = server.url + path;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    }, {
      extends: "lighthouse:default",
      // Mobile emulation and simulated throttling (Lighthouse's defaults): the harder case.
      settings: { formFactor: "mobile", disableFullPageScreenshot: true },
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    console.log(`lighthouse ${lhr.lighthouseVersion} · ${name} (${url}): ` +
      CATEGORIES.map((c) => `${c} ${score(c)}`).join(" · "));
    if (process.env.LH_JSON) {
      mkdirSync(process.env.LH_JSON, { recursive: true });
      writeFileSync(join(process.env.LH_JSON, `${name.replace(/\W+/g, "-")}.json`), JSON.stringify(lhr, null, 2));
    }
    if (score("accessibility") < 100) {
      failed = true;
      for (const ref of lhr.categories.accessibility.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) {
          console.log(`  accessibility: ${a.id}: ${a.title}`);
          for (const item of a.details?.items ?? []) console.log(`    ${item.node?.selector ?? ""} ${item.node?.explanation ?? ""}`.trimEnd());
        }
      }
    }
    // The other categories are reported, not enforced; say what holds them back.
    for (const cat of ["best-practices"]) {
      for (const ref of lhr.categories[cat].auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${cat}: ${a.id}: ${a.title}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (failed) {
  console.error("lighthouse: accessibility below 100");
  process.exit(1);
}

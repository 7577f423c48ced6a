// Lighthouse (npm `lighthouse`, pinned in package.json) over the built app: serves dist/ on
// loopback, audits the default view and the methodology page in Debian's Chromium, prints the
// performance, accessibility and best-practices scores, and exits non-zero if any page scores
// below 100 for accessibility (listing the failing audits).
//
// One run's performance score swings by a few points on a small machine (Lighthouse's own advice,
// docs/variability.md, is to take the median of five), so LH_RUNS audits each page several times:
// each run gets a "  run i:" line with its score and the metrics behind it, and the page's
// "lighthouse …" line gives the median score (and the worst, after "worst").
//
// Usage: node scripts/lighthouse.mjs [DIST]        (after `trunk build --release`)
//   CHROME_PATH   Chromium to use (default /usr/bin/chromium)
//   LH_RUNS=N     audits per page (default 1)
//   LH_JSON=DIR   also write each full report as JSON into DIR (the last run's, per page)
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

const RUNS = Math.max(1, Number.parseInt(process.env.LH_RUNS ?? "1", 10) || 1);
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;
// One run in a line: its performance score and the metrics that make it up.
const summary = (lhr) =>
  `performance ${score(lhr, "performance")} — FCP ${Math.round(metric(lhr, "first-contentful-paint"))} ms, ` +
  `LCP ${Math.round(metric(lhr, "largest-contentful-paint"))} ms, TBT ${Math.round(metric(lhr, "total-blocking-time"))} ms, ` +
  `CLS ${metric(lhr, "cumulative-layout-shift").toFixed(3)}, SI ${Math.round(metric(lhr, "speed-index"))} ms`;

async function audit(url, name) {
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
  return lhr;
}

const server = await startStaticServer(dist);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: "silent" });
let failed = false;
try {
  for (const [name, path] of PAGES) {
    const url = server.url + path;
    const runs = [];
    for (let i = 1; i <= RUNS; i++) {
      const lhr = await audit(url, name);
      runs.push(lhr);
      if (RUNS > 1) console.log(`  run ${i}: ${summary(lhr)}`);
    }
    const lhr = runs[runs.length - 1];
    const scores = (c) => runs.map((r) => score(r, c));
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    // Performance: the median (what Lighthouse advises reading); the others: the worst run.
    const shown = (c) => (c === "performance" ? median(scores(c)) : Math.min(...scores(c)));
    const extra = RUNS > 1 ? ` · runs ${RUNS} · performance-worst ${Math.min(...scores("performance"))}` : "";
    console.log(`lighthouse ${lhr.lighthouseVersion} · ${name} (${url}): ` +
      CATEGORIES.map((c) => `${c} ${shown(c)}`).join(" · ") + extra);
    if (RUNS === 1) console.log(`  ${summary(lhr)}`);
    if (process.env.LH_JSON) {
      mkdirSync(process.env.LH_JSON, { recursive: true });
      writeFileSync(join(process.env.LH_JSON, `${name.replace(/\W+/g, "-")}.json`), JSON.stringify(lhr, null, 2));
    }
    const poor = runs.find((r) => score(r, "accessibility") < 100);
    if (poor) {
      failed = true;
      for (const ref of poor.categories.accessibility.auditRefs) {
        const a = poor.audits[ref.id];
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

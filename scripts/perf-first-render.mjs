// Benchmark (not a test): time to the first full screen, in headless Debian Chromium against the
// release build in dist/, served on loopback. Part of `bash scripts/perf-report.sh`.
//
//   CHROME_PATH=/usr/bin/chromium node scripts/perf-first-render.mjs [loads=10] [width=1280] [height=900]
//
// Method. An init script (before the app loads) wraps the canvas drawing calls and watches the
// DOM. Times are performance.now(), i.e. ms since navigation start, for:
//   ready   main.app[data-ready='true'] is in the DOM (the app has rendered everything, with
//           the central figures; the 1,000-draw ranges follow in their own task),
//   charts  every chart canvas (#chart-*) on the first screen has drawn (the last drawing call
//           of the first pass over them; charts further down are drawn when scrolled to, so they
//           are not part of the first screen: the ones within 200 px of it. At 1280×900 there
//           are none; the report also runs 5 loads at 1280×3100, which holds all five),
//   frame   the next animation frame after that (the frame that shows them),
//   ranges  main.app[data-precision='full']: the Monte Carlo ranges are computed and rendered,
//   full    the frame after the last chart drawing once the ranges are in (the charts redrawn
//           with their ranges): the complete first screen. The goal "first full render" is this.
//           The page's charts on that screen are counted when the app is ready; the report
//           prints how many.
//   fcp     first-contentful-paint (the "Loading…" line from index.html, for reference).
// "cold": a new browser context per load (empty HTTP cache, no service worker).
// "warm": reloads in one context after a first visit (HTTP cache; the service worker controls
// the page and serves the hashed files from its cache).
// Prints medians and 95th percentiles (nearest rank) and one parseable line per mode.
import { launchBrowser } from "../tests/e2e/harness.mjs";
import { startStaticServer } from "./static-server.mjs";

const LOADS = Math.max(3, Number(process.argv[2] ?? 10) || 10);
const WIDTH = Number(process.argv[3] ?? 1280) || 1280;
const HEIGHT = Number(process.argv[4] ?? 900) || 900;
const DIST = new URL("../dist/", import.meta.url).pathname;

/** Installed before the app loads: records when the app is ready and when the charts drew. */
function instrument() {
  const w = /** @type {any} */ (globalThis);
  const t = (w.__firstRender = { ready: 0, charts: 0, frame: 0, ranges: 0, lastFrame: 0, drawn: new Set(), expected: 0 });
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ["clearRect", "fillRect", "strokeRect", "fillText", "stroke", "fill", "drawImage", "putImageData"]) {
    const orig = proto[name];
    proto[name] = function (...args) {
      const id = this.canvas?.id;
      if (id && id.startsWith("chart-") && !t.framing) {
        // Any chart drawing: remember the frame that shows it.
        t.framing = true;
        requestAnimationFrame(() => { t.lastFrame = performance.now(); t.framing = false; });
      }
      if (id && id.startsWith("chart-") && !t.frame) {
        if (!t.drawn.has(id)) t.drawnAt = performance.now();
        t.drawn.add(id);
        if (t.expected && t.drawn.size >= t.expected) {
          t.charts = performance.now();
          if (!t.pending) {
            t.pending = true;
            requestAnimationFrame(() => { t.frame = performance.now(); });
          }
        }
      }
      return orig.apply(this, args);
    };
  }
  new MutationObserver((_, obs) => {
    if (!t.ready && document.querySelector("main.app[data-ready='true']")) {
      t.ready = performance.now();
      // The charts a reader sees without scrolling (the page draws those within 200 px).
      t.expected = [...document.querySelectorAll("canvas[id^='chart-']")]
        .filter((c) => c.getBoundingClientRect().top < innerHeight + 200).length;
      if (!t.expected) {
        // Nothing to draw on this screen: it is complete once rendered.
        t.charts = t.ready;
        requestAnimationFrame(() => { t.frame = performance.now(); });
      } else if (t.drawn.size >= t.expected && !t.pending) {
        // The page renders in stages and says it is ready after its last one (the sources), so
        // the charts on this screen may all be drawn already: they were done when the last of
        // them was first drawn.
        t.charts = t.drawnAt;
        t.pending = true;
        requestAnimationFrame(() => { t.frame = performance.now(); });
      }
    }
    if (!t.ranges && document.querySelector("main.app[data-precision='full']")) t.ranges = performance.now();
    if (t.ready && t.ranges) obs.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-ready", "data-precision"] });
}

async function measure(page) {
  await page.waitForFunction(() => {
    const t = /** @type {any} */ (globalThis).__firstRender;
    return t?.frame > 0 && t.ranges > 0;
  }, null, { timeout: 30_000 });
  // The charts redraw with their ranges in the tasks after: wait until drawing has stopped.
  await page.waitForFunction(() => {
    const t = /** @type {any} */ (globalThis).__firstRender;
    if (!t.expected) return performance.now() - t.ranges > 300;
    return t.lastFrame > t.ranges && !t.framing && performance.now() - t.lastFrame > 300;
  }, null, { timeout: 30_000, polling: 50 });
  return page.evaluate(() => {
    const t = /** @type {any} */ (globalThis).__firstRender;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
    return { ready: t.ready, charts: t.charts, frame: t.frame, ranges: t.ranges, full: t.expected ? t.lastFrame : t.ranges, fcp, expected: t.expected };
  });
}

function stats(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1] };
}

const server = await startStaticServer(DIST);
const browser = await launchBrowser();
const errors = [];
const results = { cold: [], warm: [] };
const requests = { page: [], worker: [] };
try {
  const opts = { viewport: { width: WIDTH, height: HEIGHT } };
  const watch = (page) => {
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  };
  // One throw-away load so the first measured one does not pay for starting the browser.
  {
    const ctx = await browser.newContext(opts);
    await ctx.addInitScript(instrument);
    const page = await ctx.newPage();
    await page.goto(server.url);
    await measure(page);
    await ctx.close();
  }
  for (let i = 0; i < LOADS; i++) {
    const ctx = await browser.newContext(opts);
    await ctx.addInitScript(instrument);
    if (i === 0) {
      ctx.on("request", (r) => (r.serviceWorker() ? requests.worker : requests.page).push(r.url()));
    }
    const page = await ctx.newPage();
    watch(page);
    await page.goto(server.url);
    results.cold.push(await measure(page));
    if (i === 0) {
      // Let the service worker install (it precaches the build) before closing.
      await page.evaluate(() => navigator.serviceWorker?.ready.then(() => null));
      await page.waitForTimeout(500);
    }
    await ctx.close();
  }
  {
    const ctx = await browser.newContext(opts);
    await ctx.addInitScript(instrument);
    const page = await ctx.newPage();
    watch(page);
    await page.goto(server.url);
    await measure(page);
    // Wait until the service worker controls the page, so warm loads use it.
    await page.evaluate(() => navigator.serviceWorker?.ready.then(() => null));
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      results.warm.push(await measure(page));
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const cores = (await import("node:os")).cpus().length;
const onScreen = [...new Set(results.cold.map((r) => r.expected))].join("/");
console.log(`first-render: ${LOADS} loads per mode, viewport ${WIDTH}×${HEIGHT} (${onScreen} of the 5 charts on the first screen), Chromium headless, ${cores} cores, loopback`);
const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : "n/a").padStart(8);
console.log(`${"ms since navigation start".padEnd(44)}  median      p95      min      max`);
for (const mode of ["cold", "warm"]) {
  console.log(`${mode === "cold" ? "cold (new context: empty cache, no service worker)" : "warm (reload: HTTP cache + service worker)"}`);
  for (const [key, label] of [["fcp", "first contentful paint (heading)"], ["ready", "app rendered (data-ready='true')"], ["charts", "first-screen charts drawn"], ["frame", "next frame (screen shown)"], ["ranges", "ranges in (data-precision='full')"], ["full", "charts redrawn with ranges (full)"]]) {
    const s = stats(results[mode].map((r) => r[key]));
    console.log(`  ${label.padEnd(42)}${f(s.median)} ${f(s.p95)} ${f(s.min)} ${f(s.max)}`);
  }
}
for (const mode of ["cold", "warm"]) {
  const r = results[mode];
  const s = (k) => stats(r.map((x) => x[k]));
  console.log(`first-render-result: mode=${mode} loads=${r.length} ready_median_ms=${s("ready").median.toFixed(1)} charts_median_ms=${s("charts").median.toFixed(1)} frame_median_ms=${s("frame").median.toFixed(1)} frame_p95_ms=${s("frame").p95.toFixed(1)} ranges_median_ms=${s("ranges").median.toFixed(1)} full_median_ms=${s("full").median.toFixed(1)} full_p95_ms=${s("full").p95.toFixed(1)}`);
}
// What a first visit transfers: the files the page itself requested, then what the service
// worker fetched to precache (sizes from dist/, raw and as a host would compress them).
const { readFileSync, existsSync } = await import("node:fs");
const { gzipSync, brotliCompressSync, constants } = await import("node:zlib");
function sizes(urls) {
  const files = [...new Set(urls.map((u) => {
    const p = decodeURIComponent(new URL(u).pathname).replace(/^\//, "");
    return p === "" ? "index.html" : p;
  }))].filter((p) => existsSync(DIST + p)).sort();
  let raw = 0, gz = 0, br = 0;
  for (const p of files) {
    const b = readFileSync(DIST + p);
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
    br += brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files, raw, gz, br };
}
const kb = (n) => (n / 1024).toFixed(1);
for (const [who, urls] of [["page", requests.page], ["worker", requests.worker]]) {
  const s = sizes(urls);
  console.log(`transfer-result: who=${who} files=${s.files.length} raw_kb=${kb(s.raw)} gzip_kb=${kb(s.gz)} brotli_kb=${kb(s.br)} list=${s.files.join(",")}`);
}
if (errors.length) {
  console.log(`page errors: ${errors.join(" | ")}`);
  process.exitCode = 1;
}

// Downloads: the results as CSV and JSON, each chart as a PNG, and the dataset. Each file is
// produced by the page (Playwright's "download" event), read back, parsed and checked against
// the numbers on screen ([data-metric] data-value) and against the native `report` CLI.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/downloads.test.mjs
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useApp, visit, waitForRanges } from "./harness.mjs";
import { textOf } from "./find.mjs";
import { buildReport, report, valueAt, pageMetrics } from "./report.mjs";

const app = useApp();
before(() => buildReport(), { timeout: 600_000 });

const CHARTS = ["race", "chain", "price", "timeline", "exposure"];
// The PNG layout of src/ui/png.rs, CSS px: padding, gaps, title and footer line heights.
const PNG = { scale: 2, pad: 16, gap: 8, titleLine: 24, footLine: 16 };

/**
 * Opens a query, waits for its ranges and runs `steps(page, canonical)` with the canonical
 * query; the page must stay clean (see `visit`).
 */
function withScenario(query, steps, options = {}) {
  return visit(app.browser, app.url + query, async (page) => {
    await waitForRanges(page);
    const canonical = await page.evaluate(() => location.search.replace(/^\?/, ""));
    return steps(page, canonical);
  }, { acceptDownloads: true, ...options });
}

/** Clicks `selector` and returns the download's suggested name and bytes. */
async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 15_000 }), page.click(selector)]);
  const path = await d.path();
  assert.ok(path, `${selector}: the download was saved`);
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF rows. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; }
    else if (ch === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else if (ch !== "\r") cell += ch;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test("CSV: scenario, every headline number with its range, and the timeline, equal to the screen", () =>
  withScenario("?preset=embargo-now", async (page, canonical) => {
    const { name, bytes } = await download(page, "#download-csv");
    assert.equal(name, "rare-earth-risk-results.csv");
    const rows = parseCsv(bytes.toString("utf8"));
    assert.deepEqual(rows[0], ["section", "metric", "year", "unit", "central", "p10", "p50", "p90"]);
    for (const r of rows) assert.equal(r.length, 8, `row ${r.join(",")}`);
    const json = report(canonical);
    const year = String(json.year);
    const byMetric = new Map(rows.slice(1).map((r) => [`${r[1]}@${r[2]}`, r]));
    const get = (metric, y = year) => {
      const r = byMetric.get(`${metric}@${y}`);
      assert.ok(r, `CSV has a row for ${metric} in ${y}`);
      return r;
    };

    // The scenario: every key of the canonical URL, with its value.
    for (const [k, v] of new URLSearchParams(canonical)) {
      if (["v", "d", "m"].includes(k)) continue;
      const r = byMetric.get(`scenario.${k}@`);
      assert.ok(r, `CSV scenario row for ${k}`);
      assert.equal(Number.isNaN(Number(v)) ? r[4] : Number(r[4]), Number.isNaN(Number(v)) ? v : Number(v), `scenario ${k}`);
    }
    assert.equal(get("model_version", "")[4], json.model_version);
    assert.equal(get("query", "")[4], canonical);

    // Every headline number on screen is in the CSV with the same value, and its range is report's.
    const metrics = (await pageMetrics(page)).filter((m) => m.value !== null);
    assert.ok(metrics.length >= 10, `headline numbers on screen: ${metrics.length}`);
    for (const m of metrics) {
      const base = m.path.replace(/\.central$/, "");
      const r = get(base);
      assert.equal(r[4] === "" ? "null" : r[4], m.value, `${m.path}: CSV central = data-value`);
      if (m.path.endsWith(".central")) {
        const range = valueAt(json, base);
        for (const [i, p] of [[5, "p10"], [6, "p50"], [7, "p90"]]) {
          assert.equal(r[i] === "" ? null : Number(r[i]), range[p], `${base}.${p}`);
        }
      }
    }

    // The timeline: 2024–2035, each year's figures equal to report's.
    const years = json.timeline.map((t) => t.year);
    assert.deepEqual(years, Array.from({ length: 12 }, (_, i) => 2024 + i));
    json.timeline.forEach((t) => {
      const r = get("timeline.markets.magnet.multiplier", String(t.year));
      assert.equal(Number(r[4]), t.markets.magnet.multiplier.central, `magnet multiplier ${t.year}`);
      assert.equal(Number(r[7]), t.markets.magnet.multiplier.p90, `magnet p90 ${t.year}`);
      const d = get("timeline.dependency.light.magnet", String(t.year));
      assert.equal(Number(d[4]), t.dependency.light.magnet.central, `light dependency ${t.year}`);
    });
  }));

test("JSON: the report document, equal to the screen and to `report` for the same query", () =>
  withScenario("?preset=quota-2010", async (page, canonical) => {
    const { name, bytes } = await download(page, "#download-json");
    assert.equal(name, "rare-earth-risk-results.json");
    const doc = JSON.parse(bytes.toString("utf8"));
    assert.deepEqual(doc, report(canonical), "the JSON download equals `report` for the canonical query");
    for (const m of await pageMetrics(page)) {
      if (m.value === null || (m.value !== "null" && Number.isNaN(Number(m.value)))) continue; // a label
      const v = valueAt(doc, m.path);
      assert.equal(v === null ? "null" : v, m.value === "null" ? "null" : Number(m.value), m.path);
    }
  }));

test("a country view compared with another scenario: CSV and JSON carry its own figures and both sides, A labelled", () => {
  const a = "preset=quota-2010&view=japan";
  return withScenario(`?preset=embargo-now&view=japan&compare=${encodeURIComponent(a)}`, async (page, canonical) => {
    const json = JSON.parse((await download(page, "#download-json")).bytes.toString("utf8"));
    assert.deepEqual(json, report(canonical), "the JSON download equals `report` for the query with compare=");
    assert.equal(json.view, "japan");
    assert.equal(json.compare.side, "A: the scenario compared with");
    assert.equal(json.compare.scenario.preset, "quota-2010");
    const rows = parseCsv((await download(page, "#download-csv")).bytes.toString("utf8"));
    const cell = (metric) => {
      const r = rows.find((row) => row[1] === metric);
      assert.ok(r, `CSV row ${metric}`);
      return r;
    };
    const num = (metric) => (cell(metric)[4] === "" ? null : Number(cell(metric)[4]));
    // The view's own figures (#16), for B and for A.
    assert.equal(cell("viewpoint.key")[4], "japan");
    assert.equal(num("viewpoint.time_to_survive_months"), json.viewpoint.time_to_survive_months);
    assert.equal(num("viewpoint.markets.dy.cover_t"), json.viewpoint.markets.dy.cover_t);
    assert.equal(num("compare.viewpoint.time_to_survive_months"), json.compare.viewpoint.time_to_survive_months);
    // Both sides (#15), A's rows labelled.
    assert.equal(cell("compare.side")[4], "A: the scenario compared with");
    assert.equal(cell("compare.query")[4], json.compare.query);
    assert.equal(cell("compare.markets.magnet.multiplier")[0], "A: market");
    assert.equal(num("compare.markets.magnet.multiplier"), json.compare.markets.magnet.multiplier.central);
    assert.equal(num("markets.magnet.multiplier"), json.markets.magnet.multiplier.central);
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "PNG signature");
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Loads a PNG in the page and reports whether the title, chart and footer bands have ink. */
async function pngBands(page, bytes) {
  const url = `data:image/png;base64,${bytes.toString("base64")}`;
  return page.evaluate(async ([src, P]) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const inked = (y0, y1) => {
      const d = ctx.getImageData(0, y0, c.width, Math.max(1, y1 - y0)).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 160 && d[i + 1] < 160 && d[i + 2] < 160) n++;
      return n;
    };
    const s = P.scale;
    return {
      title: inked(0, s * (P.pad + P.titleLine)),
      bottom: inked(c.height - s * (P.pad + P.footLine * 3), c.height - s * P.pad),
    };
  }, [url, PNG]);
}

for (const dpr of [1, 3]) {
  test(`PNG of each chart: 2× its CSS size plus title and footer (device pixel ratio ${dpr})`, () =>
    withScenario("?preset=licensing-apr-2025", async (page) => {
      for (const id of CHARTS) {
        const css = await page.$eval(`#chart-${id}`, (el) => ({ w: el.clientWidth, h: el.clientHeight }));
        const { name, bytes } = await download(page, `#download-png-${id}`);
        assert.equal(name, `rare-earth-risk-${id}.png`);
        const { width, height } = pngSize(bytes);
        assert.equal(width, PNG.scale * css.w, `${id}: PNG width = 2 × CSS width ${css.w}`);
        // height = 2·(h + pad + titleLines·24 + gap + gap + footLines·16 + pad)
        const extra = height / PNG.scale - css.h - 2 * PNG.pad - 2 * PNG.gap;
        const fits = [];
        for (let t = 1; t <= 5; t++) {
          const rest = extra - t * PNG.titleLine;
          if (rest >= 3 * PNG.footLine && rest <= 12 * PNG.footLine && rest % PNG.footLine === 0) fits.push([t, rest / PNG.footLine]);
        }
        assert.ok(Number.isInteger(height / PNG.scale) && fits.length,
          `${id}: PNG height ${height} = 2 × (CSS height ${css.h} + title and ≥ 3 footer lines); extra ${extra}`);
        const bands = await pngBands(page, bytes);
        assert.ok(bands.title > 50, `${id}: the title is drawn (${bands.title} dark pixels)`);
        assert.ok(bands.bottom > 50, `${id}: the footer is drawn (${bands.bottom} dark pixels)`);
      }
    }, { viewport: { width: 1280, height: 900 }, deviceScaleFactor: dpr }));
}

test("dataset download: the whole dataset with its licence and credit line", () =>
  withScenario("", async (page) => {
    const { name, bytes } = await download(page, "#download-dataset");
    assert.match(name, /^rare-earth-risk-dataset-.+\.json$/);
    const doc = JSON.parse(bytes.toString("utf8"));
    const credit = await textOf(page, "#sources .credit");
    assert.ok(credit.includes(doc.credit), `credit line on screen: ${credit}`);
    assert.match(doc.licence, /USGS|public domain/i);
    assert.ok(Array.isArray(doc.dataset.sources) && doc.dataset.sources.length > 10, "sources in the dataset");
    assert.equal(doc.vintage, doc.dataset.vintage);
  }));

// The methodology page (#methodology): reachable from every screen and from the embed; its
// formulas show the live inputs of the scenario on screen ([data-formula-input] data-value),
// which must equal both the calculator's numbers and the native `report` CLI for the same query;
// its assumptions are the dataset's; the backtests say honestly what the model says beside what
// happened; it states privacy, citation and the change log. Plus axe-core (WCAG 2.0/2.1 A/AA)
// on the methodology page and in embed mode (`?embed=1`), light and dark, 1280 and 360 px.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/methodology.test.mjs
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useApp, openGuarded, axeViolations } from "./harness.mjs";
import { buildReport, report, valueAt, pageMetrics } from "./report.mjs";

const app = useApp();
before(() => buildReport(), { timeout: 600_000 });

const parse = (s) => (s === "null" ? null : Number(s));

/** Every live formula input on the methodology page: { path, value }. */
function formulaInputs(page) {
  return page.$$eval("[data-formula-input]", (els) =>
    els.map((e) => ({ path: e.dataset.formulaInput, value: e.getAttribute("data-value") })));
}

/** The methodology page with its backtests in (their draws run in tasks after the rest). */
const METHODOLOGY_DONE = "#methodology[aria-busy='false'] #m-formulas";

async function openFull(query) {
  const g = await openGuarded(app.browser, app.url + query, { acceptDownloads: true });
  await g.page.waitForSelector("main.app[data-precision='full']");
  return g;
}

for (const preset of ["embargo-now", "quota-2010", "licensing-apr-2025"]) {
  test(`formulas for ?preset=${preset} equal the calculator's numbers and report's`, async () => {
    const g = await openFull(`?preset=${preset}`);
    const { page } = g;
    try {
      const shown = new Map((await pageMetrics(page)).map((m) => [m.path, m.value]));
      const canonical = await page.evaluate(() => location.search.replace(/^\?/, ""));
      // The nav link opens the methodology page in place, with the same scenario.
      await page.click("#nav-methodology");
      await page.waitForSelector(METHODOLOGY_DONE);
      assert.equal(await page.evaluate(() => location.hash), "#methodology");
      assert.equal(await page.evaluate(() => location.search.replace(/^\?/, "")), canonical);
      const inputs = await formulaInputs(page);
      assert.ok(inputs.length >= 100, `live formula inputs: ${inputs.length}`);
      const json = report(canonical);
      const paths = new Set(inputs.map((i) => i.path));
      for (const want of ["markets.ndpr.inputs.demand", "markets.ndpr.inputs.non_china_supply",
        "markets.ndpr.inputs.non_china_capacity", "markets.ndpr.inputs.allowed_exports", "markets.ndpr.inputs.ed",
        "markets.ndpr.inputs.es", "markets.ndpr.inputs.backstop", "markets.ndpr.multiplier.central",
        "markets.magnet.inputs.magnet.cost_ex", "dependency.light.magnet.inputs.need",
        "dependency.light.mining.inputs.capacity", "dependency.light.separation.inputs.throughput",
        "dependency.heavy.magnet.dependency.central", "backtest.quota_2010.multiplier.p90"]) {
        assert.ok(paths.has(want), `the page shows ${want}`);
      }
      let compared = 0;
      for (const { path, value } of inputs) {
        assert.equal(parse(value), valueAt(json, path), `${path}: methodology = report`);
        if (shown.has(path)) {
          assert.equal(value, shown.get(path), `${path}: methodology = calculator`);
          compared++;
        }
      }
      assert.ok(compared >= 5, `numbers shared with the calculator: ${compared}`);
      g.assertClean();
    } finally {
      await g.close();
    }
  });
}

test("the formulas follow the scenario: change the preset, the inputs change", async () => {
  const g = await openFull("");
  const { page } = g;
  try {
    await page.selectOption("#preset", "embargo-now");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("quota_light") === "0"
      && document.querySelector("main.app")?.dataset.precision === "full");
    await page.click("#nav-methodology");
    await page.waitForSelector(METHODOLOGY_DONE);
    const q = await page.getAttribute("[data-formula-input='markets.ndpr.inputs.quota']", "data-value");
    assert.equal(Number(q), 0);
    const canonical = await page.evaluate(() => location.search.replace(/^\?/, ""));
    const json = report(canonical);
    for (const { path, value } of await formulaInputs(page)) {
      assert.equal(parse(value), valueAt(json, path), path);
    }
    // Back to the calculator from the page.
    await page.click("#methodology a[href='#calculator']");
    await page.waitForSelector("#calculator .cards");
    g.assertClean();
  } finally {
    await g.close();
  }
});

test("assumptions come from the dataset; backtests, privacy, citation and change log are stated", async () => {
  const g = await openFull("?preset=quota-2010#methodology");
  const { page } = g;
  try {
    await page.waitForSelector(METHODOLOGY_DONE);
    await page.waitForSelector("#m-assumptions");
    // The dataset, as the Sources view downloads it.
    const [d] = await Promise.all([page.waitForEvent("download"), page.click("#download-dataset")]);
    const { dataset } = JSON.parse(readFileSync(await d.path(), "utf8"));
    const rows = await page.$$eval("#m-elasticities tbody tr", (trs) => trs.map((tr) =>
      [tr.querySelector("th").textContent.trim(), ...[...tr.querySelectorAll("td")].map((td) => td.textContent.trim())]));
    assert.equal(rows.length, dataset.markets.length);
    dataset.markets.forEach((m, i) => {
      const [name, ...cells] = rows[i];
      assert.equal(name, m.name);
      const want = [m.ed.low, m.ed.central, m.ed.high, m.es.low, m.es.central, m.es.high, m.es_cn, m.backstop];
      want.forEach((f, j) => assert.ok(cells[j].startsWith(String(f.value)), `${m.name} col ${j}: "${cells[j]}" starts with ${f.value}`));
    });
    const defaults = (await page.textContent("#m-defaults")) ?? "";
    for (const f of [dataset.assumptions.dependency_target, dataset.assumptions.default_ramp_years,
      dataset.assumptions.added_capacity_start_year]) {
      assert.ok(defaults.includes(String(f.value)), `default ${f.value} shown`);
    }
    const conv = (await page.textContent("#m-conversions")) ?? "";
    assert.ok(conv.includes(String(dataset.conversions.ndpr_oxide_per_metal.value)), "oxide/metal ratio shown");
    assert.ok(conv.includes(String(dataset.conversions.ndpr_metal_share_of_magnet.value)), "NdPr share of magnet shown");

    // The backtests: the model's range beside what happened, and an honest verdict.
    const canonical = await page.evaluate(() => location.search.replace(/^\?/, ""));
    const bt = report(canonical).backtest.quota_2010;
    const text = (await page.textContent("#methodology")) ?? "";
    if (bt.observed_ratio !== null && !bt.observed_in_p10_p90) {
      assert.match(text, /above the model's p10–p90 range|below the model's p10–p90 range/);
    }
    assert.match(text, /speculative spike/);
    assert.match(text, /partial-equilibrium/);
    const spreads = await page.$$eval("#m-spreads tbody tr", (trs) => trs.length);
    assert.ok(spreads >= 1, "2025 spreads shown");
    // Model 2's spread is a 12-month average of its monthly path: the page says how many of the
    // observations its p10–p90 contains, and shows the path's spread in each observed month.
    // The verb agrees with the count: "1 of the 4 observations lies", "2 of the 4 … lie".
    const seen = text.match(/(\d+) of the \d+ observations (lies|lie) inside the p10–p90 range of the 12-month average/);
    assert.ok(seen, "the spreads' sentence");
    assert.equal(seen[2], seen[1] === "1" ? "lies" : "lie", seen[0]);
    assert.match(text, /Model, that month/);
    // Model 2 beside every observed figure of the two episodes (MODEL.md §10).
    const episodes = await page.$$eval("#m-episodes tbody tr", (trs) => trs.length);
    assert.equal(episodes, report(canonical).backtest.episodes.length, "one row per episode figure");

    // Privacy, and it is true: no cookie and nothing stored.
    assert.match(text, /no cookies/i);
    assert.match(text, /no analytics/i);
    const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(stored, { cookie: "", local: 0, session: 0 });

    // Citation: credit line, model version and data vintage.
    const citation = (await page.textContent("#citation")) ?? "";
    const json = report(canonical);
    assert.ok(citation.includes(`model ${json.model_version}`), citation);
    assert.ok(citation.includes(`data vintage ${json.data_vintage}`), citation);
    assert.match(text, /USGS/);
    assert.match(text, /IEA/);
    assert.match((await page.textContent("section[aria-labelledby='m-changes']")) ?? "", /Model \d+\.\d+\.\d+/);
    g.assertClean();
  } finally {
    await g.close();
  }
});

test("reachable from the embed: the link opens the full page's #methodology at the top level", async () => {
  const g = await openFull("?embed=1&preset=embargo-now");
  const { page } = g;
  let href = "";
  try {
    const link = page.locator("#nav-methodology");
    assert.equal(await link.getAttribute("target"), "_top");
    href = await link.getAttribute("href");
    const u = new URL(href, app.url);
    assert.ok(u.hash === "#methodology", href);
    assert.equal(u.searchParams.get("quota_light"), "0", href);
    assert.equal(u.searchParams.get("embed"), null, "the full page, not the embed");
    g.assertClean();
  } finally {
    await g.close();
  }
  // What the top-level navigation from an embedding article opens.
  const full = await openFull(new URL(href, app.url).href.replace(app.url, ""));
  try {
    await full.page.waitForSelector(METHODOLOGY_DONE);
    assert.equal(await full.page.getAttribute("[data-formula-input='markets.ndpr.inputs.quota']", "data-value"), "0.0");
    full.assertClean();
  } finally {
    await full.close();
  }
});

/** Every failing node, one line each, for the message. */
async function violationDetails(page) {
  return page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return r.violations.flatMap((v) => v.nodes.map((n) =>
      `  [${v.id}] ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\s*\n\s*/g, " / ")}`));
  });
}

for (const [name, query] of [["methodology", "?preset=quota-2010#methodology"], ["embed", "?embed=1"],
  ["embed, embargo-now", "?embed=1&preset=embargo-now"]]) {
  for (const scheme of ["light", "dark"]) {
    for (const width of [1280, 360]) {
      test(`axe: ${name}, ${scheme}, ${width} px`, async () => {
        const g = await openGuarded(app.browser, app.url + query, { viewport: { width, height: 900 }, bypassCSP: true });
        const { page } = g;
        try {
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForSelector("main.app[data-precision='full']");
          await page.$$eval("details", (ds) => ds.forEach((d) => { d.open = true; }));
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await page.waitForTimeout(300);
          const violations = await axeViolations(page);
          const details = violations.length ? await violationDetails(page) : [];
          assert.deepEqual(violations, [], `${name}, ${scheme}, ${width} px:\n${details.join("\n")}`);
          g.assertClean();
        } finally {
          await g.close();
        }
      });
    }
  }
}

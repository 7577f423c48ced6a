// The six viewpoints (issue #16), in one browser page reused from view to view: for each, with a
// different preset (and for two of them a comparison), every number on the page equals what
// `report` prints for the same query (A's too, under `compare.`), axe finds no WCAG 2.1 A/AA
// violation, and the time card says whose stocks it counts. The view picker works from the
// keyboard as one radio group and keeps `view` in the link. Any console error, uncaught
// exception or request off the page's origin fails the test (harness `openGuarded`).
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/views.test.mjs
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { useApp, openGuarded, axeViolations } from "./harness.mjs";
import { buildReport, report, assertMetricsEqualReport } from "./report.mjs";

const app = useApp();
before(() => buildReport(), { timeout: 600_000 });

const enc = encodeURIComponent;
// Each view with the query it opens on: a preset each, the first screen for the EU, and a
// comparison for Japan (with a preset) and India (with normal trade).
const CASES = [
  ["us", "?preset=embargo-now&view=us"],
  ["exchina", "?preset=licensing-apr-2025&view=exchina"],
  ["eu", "?view=eu"],
  ["japan", `?preset=quota-2010&view=japan&compare=${enc("preset=baseline-2024&view=japan")}`],
  ["korea", "?preset=controls-oct-2025&view=korea"],
  ["india", "?preset=truce-jun-2025&view=india&compare="],
];

/** The canonical query on screen once its ranges are in. */
async function settled(page) {
  await page.waitForSelector("main.app[data-precision='full']");
  return page.evaluate(() => location.search.replace(/^\?/, ""));
}

test("each view: numbers equal report for the same query, axe clean, the time card says whose stocks", async () => {
  // bypassCSP: axe is injected as an inline script, which the app's CSP (rightly) refuses.
  const g = await openGuarded(app.browser, app.url + CASES[0][1], { viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const { page } = g;
  try {
    for (const [view, query] of CASES) {
      if (view !== CASES[0][0]) {
        await page.goto(app.url + query);
        await page.waitForSelector("[data-ready='true']");
      }
      const canonical = await settled(page);
      assert.equal(new URLSearchParams(canonical).get("view"), view, `${view}: view stays in the link`);
      assert.ok(await page.isChecked(`#view-${view}`), `${view}: its radio is checked`);
      const metrics = await assertMetricsEqualReport(page, canonical, `view=${view}`);
      const json = report(canonical);
      assert.equal(json.view, view);
      // The time card: its heading says the pooled figures are the stocks outside China; a
      // country view's own time is on the card, as its own figure where it differs.
      const card = (await page.textContent("#card-time h2")) ?? "";
      assert.match(card, /stocks outside China last/);
      const own = metrics.find((m) => m.path === "viewpoint.time_to_survive_months");
      const restricted = json.markets.magnet.path.some((p) => p.ex_china !== 1 || p.unmet_share > 0);
      if (view === "exchina" || !restricted) {
        assert.equal(await page.$("#own-time"), null, `${view}: no own-time line`);
      } else {
        assert.ok(own, `${view}: the card shows its own time to survive`);
        assert.match(await page.textContent("#own-time"), /own buyers' stocks/);
        const differs = json.viewpoint.time_to_survive_months !== json.time_to_survive_months.central;
        assert.equal(await page.$("#own-time.own-time") !== null, differs, `${view}: a figure of its own only where it differs`);
      }
      if (canonical.includes("compare=")) {
        assert.ok(metrics.some((m) => m.path.startsWith("compare.")), `${view}: A's numbers are checked too`);
        assert.ok(json.compare, `${view}: report prints A`);
      }
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${view}: axe WCAG 2 A/AA violations`);
    }
    g.assertClean();
  } finally {
    await g.close();
  }
});

test("the view picker: one radio group with a legend, arrow keys move between views, the link follows", async () => {
  const g = await openGuarded(app.browser, `${app.url}?preset=embargo-now`);
  const { page } = g;
  try {
    await settled(page);
    assert.equal((await page.textContent("#group-view legend"))?.trim(), "Viewpoint");
    const radios = await page.$$eval("#group-view input[type=radio]", (rs) => rs.map((r) => ({
      name: r.name, id: r.id, label: r.closest("label")?.textContent.trim() ?? "",
    })));
    assert.equal(radios.length, 6);
    assert.ok(radios.every((r) => r.name === "view" && r.label.length > 1), JSON.stringify(radios));
    await page.focus("#view-us");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("view") === "exchina");
    assert.ok(await page.isChecked("#view-exchina"));
    assert.equal(await page.evaluate(() => document.activeElement?.id), "view-exchina", "focus moves with the choice");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("view") === "eu");
    // A preset keeps the view; so does a reload.
    await page.selectOption("#preset", "quota-2010");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("preset") === "quota-2010");
    assert.equal(new URLSearchParams(await settled(page)).get("view"), "eu");
    await page.reload();
    await page.waitForSelector("[data-ready='true']");
    assert.ok(await page.isChecked("#view-eu"));
    g.assertClean();
  } finally {
    await g.close();
  }
});

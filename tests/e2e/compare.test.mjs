// Comparing two scenarios (issue #15), as a matrix kept lean: one browser page reused throughout.
// Every preset (and normal trade) is opened compared with another scenario, then the comparison is
// switched off in place: with it on and off, every number on the page equals what `report` prints
// for the same query (both sides: A's numbers sit at their report path under `compare.`), and the
// race chart's marks equal `time_to_survive_months` and the recovery month. With it on, every
// card shows A and the change, the picker shows which A is chosen, the race and price charts say
// what their dashed lines are, and axe finds no WCAG 2.1 A/AA violation. Theme and width change
// only the styles, so they are checked on a subset (dark at 360 px and 1280 px, light at 360 px);
// compare off is checked in every theme and width by a11y.test.mjs. Any console error, uncaught
// exception or request off the page's origin fails the test (harness `openGuarded`).
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/compare.test.mjs
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { useApp, openGuarded, axeViolations } from "./harness.mjs";
import { buildReport, report, assertMetricsEqualReport, comparedNumbers } from "./report.mjs";

const app = useApp();
before(() => buildReport(), { timeout: 600_000 });

const enc = encodeURIComponent;
const PRESETS = [
  "baseline-2024", "quota-2010", "licensing-apr-2025", "truce-jun-2025",
  "controls-oct-2025", "embargo-now", "pipeline-2030",
];
// B, A, and the picker's value for A. A is normal trade, another preset, or a changed one.
const CASES = [
  ...PRESETS.map((b, i) => [`preset=${b}`, i % 2 ? "" : `preset=${PRESETS[(i + 3) % PRESETS.length]}`]),
  ["quota_magnet=100", "preset=embargo-now&months=6"],
  // A replays 2010–11 on 2009's markets (only NdPr and Dy): its other figures are words.
  ["preset=embargo-now", "preset=quota-2010"],
].map(([b, a]) => [b, a, a === "" ? "normal" : /&/.test(a) ? "pinned" : a.replace("preset=", "")]);
// Where theme and width are checked (compare on): [case index, scheme, width].
const LOOKS = new Map([[5, ["dark", 360]], [2, ["dark", 1280]], [1, ["light", 360]]]);
const CARDS = ["time", "ndpr", "dy", "tb", "magnet", "dependency", "capacity"];

/** The canonical query on screen once its ranges are in. */
async function settled(page) {
  await page.waitForSelector("main.app[data-precision='full']");
  return page.evaluate(() => location.search.replace(/^\?/, ""));
}

/** The race chart's marks, { "stocks run out": x, "back to normal": x }, from its canvas. */
async function raceMarks(page) {
  const raw = (await page.getAttribute("#chart-race", "data-marks")) ?? "";
  return Object.fromEntries(raw.split(";").filter(Boolean).map((m) => {
    const [label, x] = m.split("=");
    return [label, Number(x)];
  }));
}

/** The race chart's marks equal the report's times (capped at the path's last month). */
function assertMarks(marks, json, label) {
  const last = json.markets.magnet.path.length - 1;
  const want = {};
  const survive = json.time_to_survive_months.central;
  const recover = json.time_to_recover_months.central;
  if (survive !== null) want["stocks run out"] = Math.min(survive, last);
  if (recover !== null) want["back to normal"] = Math.min(recover, last);
  assert.deepEqual(marks, want, `${label}: race marks`);
}

test("every preset compared and not: numbers both sides equal report, race marks, cards, picker, charts, axe", async () => {
  const g = await openGuarded(app.browser, app.url, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const { page } = g;
  try {
    for (const [index, [b, a, picked]] of CASES.entries()) {
      const look = LOOKS.get(index) ?? ["light", 1280];
      await page.emulateMedia({ colorScheme: look[0] });
      await page.setViewportSize({ width: look[1], height: 900 });
      await page.goto(`${app.url}?${b}&compare=${enc(a)}`);
      await page.waitForSelector("[data-ready='true']");
      const label = `B ${b}, A ${a || "normal trade"}, ${look.join(" ")}`;
      const on = await settled(page);
      assert.ok(new URLSearchParams(on).has("compare"), `${label}: compare= stays in the link`);
      const metrics = await assertMetricsEqualReport(page, on, label);
      const json = report(on);
      assert.ok(json.compare, `${label}: report prints A`);
      // A's numbers: the table's and the cards' (fewer where a side replays 2009).
      const [aReplay, bReplay] = [json.compare.replay !== null, json.replay !== null];
      const aPaths = metrics.filter((m) => m.path.startsWith("compare.")).length;
      assert.equal(aPaths, comparedNumbers(json), `${label}: A numbers`);
      for (const card of CARDS) {
        const line = await page.$(`#card-${card} .compare-a`);
        const text = line ? ((await line.textContent()) ?? "") : "";
        if (bReplay && ["tb", "magnet", "dependency", "capacity"].includes(card)) {
          assert.equal(text, "", `${label}: card ${card} is not replayed, so has no A line`);
          assert.ok(await page.$(`#card-${card}.not-replayed`), `${label}: card ${card} says it is not replayed`);
          continue;
        }
        assert.match(text, /^A, .+: .+\(B − A: .+\)/, `${label}: card ${card} shows A and the change`);
        if (aReplay && ["tb", "magnet", "dependency", "capacity"].includes(card)) {
          assert.match(text, /not in the 2009 replay \(B − A: –\)/, `${label}: card ${card}: A has no such figure`);
        }
      }
      assert.equal(await page.inputValue("#compare-with"), picked, `${label}: the picker shows A`);
      assertMarks(await raceMarks(page), json, label);
      for (const chart of ["race", "price"]) {
        assert.match((await page.textContent(`#title-${chart}`)) ?? "", /Dashed lines: A, .+\. In A, /, `${label}: ${chart} heading`);
        assert.match((await page.getAttribute(`#chart-${chart}`, "aria-label")) ?? "", /Dashed lines: A, /);
      }
      // The price chart's data table has A's columns.
      await page.click("button[aria-controls='table-price']");
      const headers = await page.$$eval("#table-price th[scope=col]", (ths) => ths.map((t) => t.textContent));
      assert.ok(headers.some((h) => /, A \(/.test(h)), `${label}: price table headers ${headers}`);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${label}: axe WCAG 2 A/AA violations`);

      // The comparison switched off in place: B alone, same numbers, same marks.
      await page.selectOption("#compare-with", "");
      await page.waitForFunction(() => !location.search.includes("compare=") && !document.querySelector(".compare-a"));
      const off = await settled(page);
      const offMetrics = await assertMetricsEqualReport(page, off, `${label}, compare off`);
      assert.ok(!offMetrics.some((m) => m.path.startsWith("compare.")));
      assertMarks(await raceMarks(page), report(off), `${label}, compare off`);
    }
    g.assertClean();
  } finally {
    await g.close();
  }
});

test("an embed keeps compare= (and view=): cards show A, the link to the full calculator carries both", async () => {
  const g = await openGuarded(app.browser, `${app.url}?preset=embargo-now&view=korea&compare=&embed=1`);
  const { page } = g;
  try {
    const q = await settled(page);
    assert.ok(new URLSearchParams(q).has("compare"), q);
    assert.equal(await page.$("#compare-with"), null, "no picker in an embed");
    assert.ok(await page.$("#compare-table"), "the table is shown");
    assert.match((await page.textContent("#card-magnet .compare-a")) ?? "", /^A, Normal trade: /);
    const full = new URL((await page.getAttribute("#open-full", "href")) ?? "");
    assert.equal(full.searchParams.get("compare"), new URLSearchParams(q).get("compare"));
    assert.equal(full.searchParams.get("view"), "korea");
    await assertMetricsEqualReport(page, q, "embed with compare");
    g.assertClean();
  } finally {
    await g.close();
  }
});

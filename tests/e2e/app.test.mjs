// End-to-end tests of the calculator screen (playwright-core + Debian Chromium against dist/).
// Every page is opened with `visit` (harness.mjs): a console error, an uncaught exception or a request off
// the page's origin fails the test. The oracle for the numbers is the native `report` CLI
// (tests/e2e/report.mjs): what the page shows must equal what `report` prints for the same query.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/app.test.mjs
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { useApp, openGuarded, visit, waitForRanges, ARTIFACTS } from "./harness.mjs";
import { presetIds } from "./find.mjs";
import { buildReport, assertMetricsEqualReport, reportDrivers } from "./report.mjs";

const app = useApp();
before(() => buildReport(), { timeout: 600_000 });

const QUOTA_SLIDERS = ["quota_light", "quota_heavy", "quota_magnet"];
const CHARTS = ["race", "chain", "price", "timeline", "exposure"];

/** Waits until the scenario on screen has `key=value` in its canonical URL and its ranges are computed. */
async function waitForFull(page, key, value) {
  await page.waitForFunction(
    ([k, v]) => new URLSearchParams(location.search).get(k) === v
      && document.querySelector("main.app")?.dataset.precision === "full",
    [key, value],
    { timeout: 10_000 },
  );
}

/** Whether a canvas shows something (not every pixel the same), waiting up to 5 s for it. */
async function drawnSoon(canvas, timeout = 5000) {
  const blank = () => canvas.evaluate((el) => {
    const d = el.getContext("2d").getImageData(0, 0, el.width, el.height).data;
    for (let i = 4; i < d.length; i += 4) {
      if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) return false;
    }
    return true;
  });
  for (const end = Date.now() + timeout; Date.now() < end;) {
    if (!(await blank())) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !(await blank());
}

test("first screen: title, explanation, cards and five charts, no console errors", async () => {
  await visit(app.browser, app.url, async (page) => {
    assert.equal(await page.title(), "Rare-earth supply-chain risk calculator");
    assert.match(await page.textContent("h1"), /rare-earth supply-chain risk calculator/i);
    const lede = (await page.textContent(".lede")) ?? "";
    assert.ok(lede.length > 80, `explanation too short: "${lede}"`);
    const summary = (await page.textContent("#summary"))?.trim() ?? "";
    assert.ok(summary.length > 40, `summary: "${summary}"`);
    assert.equal(await page.getAttribute("#summary", "aria-live"), "polite");
    assert.ok((await page.$$(".cards .card")).length >= 4, "headline cards");
    for (const id of CHARTS) {
      const c = page.locator(`canvas#chart-${id}`);
      assert.equal(await c.count(), 1, `canvas #chart-${id}`);
      assert.equal(await c.getAttribute("role"), "img");
      assert.ok(((await c.getAttribute("aria-label")) ?? "").length > 20, `#chart-${id} has a description`);
      const box = await c.boundingBox();
      assert.ok(box && box.width > 100 && box.height > 80, `#chart-${id} is laid out: ${JSON.stringify(box)}`);
      // A chart is drawn when it comes near the screen: scroll to it, then something is drawn.
      await c.scrollIntoViewIfNeeded();
      assert.ok(await drawnSoon(c), `#chart-${id} is blank`);
    }
    // The ranges follow the first render in their own task.
    await waitForRanges(page);
    await assertMetricsEqualReport(page, await page.evaluate(() => location.search), "defaults");
  });
});

for (const key of QUOTA_SLIDERS) {
  test(`keyboard on #ctl-${key}: shown numbers equal what report prints for the same query`, async () => {
    await visit(app.browser, app.url, async (page) => {
      const slider = page.locator(`#ctl-${key}`);
      await slider.focus();
      const checkpoints = [
        { keys: ["End", "Home"], expect: "0" },
        { keys: ["End", ...Array(7).fill("ArrowLeft"), "PageDown"], expect: null },
      ];
      for (const { keys, expect } of checkpoints) {
        for (const k of keys) await page.keyboard.press(k);
        const value = await slider.inputValue();
        if (expect !== null) assert.equal(value, expect, `${keys.join(" ")} → ${value}`);
        else assert.ok(Number(value) > 0 && Number(value) < 93, `${keys.join(" ")} → ${value}`);
        await waitForFull(page, key, value);
        assert.equal(await page.inputValue(`#num-${key}`), value, "typed box follows the slider");
        const query = await page.evaluate(() => location.search);
        await assertMetricsEqualReport(page, query, `${key}=${value}`);
      }
    });
  });
}

test("phone: charts below the first screen are drawn when scrolled to, or when printing", async () => {
  await visit(app.browser, app.url, async (page) => {
    await waitForRanges(page);
    await page.waitForTimeout(300);
    const chain = page.locator("#chart-chain");
    const top = await chain.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top > 823 + 200, `the chain chart starts below the first screen (top ${top})`);
    assert.equal(await drawnSoon(chain, 0), false, "not drawn while nobody can see it");
    await chain.scrollIntoViewIfNeeded();
    assert.ok(await drawnSoon(chain), "drawn once scrolled to");
    // Printing from the top: every chart is drawn before the page is laid out for paper.
    await page.evaluate(() => window.scrollTo(0, 0));
    const exposure = page.locator("#chart-exposure");
    assert.equal(await drawnSoon(exposure, 0), false, "the last chart is still undrawn");
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    assert.ok(await drawnSoon(exposure, 0), "drawn synchronously on beforeprint");
  }, { viewport: { width: 412, height: 823 } });
});

test("every preset renders cleanly and its headline numbers equal report for preset=<id>", async () => {
  const first = await openGuarded(app.browser, app.url);
  const ids = await presetIds(first.page);
  await first.close();
  assert.ok(ids.length >= 7, `preset options: ${ids}`);
  for (const id of ids) {
    // From a link…
    await visit(app.browser, `${app.url}?preset=${id}`, async (page) => {
      await waitForRanges(page);
      assert.equal(await page.inputValue("#preset"), id, "the picker shows the preset");
      await assertMetricsEqualReport(page, `preset=${id}`, `link ?preset=${id}`);
    });
  }
  // …and from the picker, one after another in the same page.
  await visit(app.browser, app.url, async (page) => {
    for (const id of ids) {
      await page.selectOption("#preset", id);
      await waitForFull(page, "preset", id);
      await assertMetricsEqualReport(page, `preset=${id}`, `picker ${id}`);
    }
    await page.click("#reset");
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("preset")
      && document.querySelector("main.app").dataset.precision === "full");
    await assertMetricsEqualReport(page, "", "after reset");
  });
});

test("screenshots at 360 and 1280 px for review (tests/e2e/artifacts/)", async () => {
  const views = [["default", ""], ["embargo-now", "?preset=embargo-now"], ["quota-2010", "?preset=quota-2010"]];
  for (const width of [360, 1280]) {
    for (const [name, query] of views) {
      await visit(app.browser, app.url + query, async (page) => {
        await waitForRanges(page);
        // No horizontal scrolling at either width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} at ${width}px scrolls sideways by ${overflow}px`);
        // Charts draw as they come on screen: show each once, so the full-page picture has them.
        for (const id of CHARTS) {
          // The 2009 replay has no supply chain, timeline or products: those cards say so.
          if (await page.$(`#chart-${id}-card.not-replayed`)) continue;
          const c = page.locator(`#chart-${id}`);
          await c.scrollIntoViewIfNeeded();
          assert.ok(await drawnSoon(c), `${name} at ${width}px: #chart-${id} is blank`);
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${ARTIFACTS}${name}-${width}.png`, fullPage: true });
      }, { viewport: { width, height: 900 } });
    }
  }
});

test("hostile URL: renders, explains each correction in plain words, injects no markup", async () => {
  const hostile = "?quota_heavy=abc&year=99999&foo=1&caption=<script>alert(1)</script>";
  await visit(app.browser, app.url + hostile, async (page) => {
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await waitForRanges(page);
    const lines = await page.$$eval("#notices li", (ls) => ls.map((l) => l.textContent.trim()));
    assert.equal(await page.getAttribute("#notices", "role"), "status");
    const about = (re) => lines.filter((l) => re.test(l));
    assert.equal(about(/quota_heavy/).length, 1, `a line about quota_heavy: ${JSON.stringify(lines)}`);
    assert.equal(about(/year/).length, 1, `a line about year: ${JSON.stringify(lines)}`);
    assert.equal(about(/foo/).length, 1, `a line about foo: ${JSON.stringify(lines)}`);
    for (const l of lines) {
      // Plain language: a sentence with words, not a code, a stack trace or markup.
      assert.match(l, /^[^<>{}]+[.;:]?$/, `notice "${l}"`);
      assert.ok(l.split(/\s+/).length >= 5, `notice is a sentence: "${l}"`);
      assert.doesNotMatch(l, /panic|error:|undefined|NaN|Err\(|Some\(/i, `notice "${l}"`);
    }
    // No markup from the URL: no script or element built from it; any echo is text.
    const injected = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll("script")].filter((s) => /alert/.test(s.textContent)).length,
      inMain: document.querySelectorAll("main script, main iframe, main object, main embed").length,
      captionHtml: document.querySelector("#caption")?.innerHTML ?? null,
      alerted: typeof window.__alerted !== "undefined",
    }));
    assert.equal(injected.scripts, 0, "a script from the URL");
    assert.equal(injected.inMain, 0, "active elements inside the app");
    if (injected.captionHtml !== null) {
      assert.equal(injected.captionHtml, "&lt;script&gt;alert(1)&lt;/script&gt;", "caption shown as text");
    }
    assert.deepEqual(dialogs, [], "no alert ran");
    // The page went on with the corrected scenario, and the URL now holds it.
    const query = await page.evaluate(() => location.search);
    const params = new URLSearchParams(query);
    assert.equal(params.get("year"), "2035");
    assert.equal(params.get("quota_heavy"), "100");
    assert.equal(params.has("foo"), false);
    await assertMetricsEqualReport(page, query, "hostile URL, corrected");
  });
});

test("what drives this number follows a slider let go: its finding and table equal report --drivers", async () => {
  const g = await openGuarded(app.browser, `${app.url}?preset=embargo-now`);
  const { page } = g;
  try {
    // The card as the reader sees it, once its swings are in for the scenario whose `months`
    // the link holds (the link follows the state, so the render with it has happened).
    const card = async (months) => {
      await page.waitForFunction(
        (m) => new URLSearchParams(location.search).get("months") === m
          && document.querySelector(".drivers[aria-busy='false'] #table-drivers tbody tr") !== null,
        months,
        { timeout: 30_000 },
      );
      return page.evaluate(() => ({
        query: location.search.replace(/^\?/, ""),
        finding: document.querySelector("#title-drivers").textContent,
        rows: [...document.querySelectorAll("#table-drivers tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent)),
      }));
    };
    await page.waitForSelector(".drivers[aria-busy='false'] #chart-drivers", { timeout: 30_000 });
    await page.click("button[aria-controls='table-drivers']");
    const months = await page.$eval("#ctl-months", (el) => el.value);
    const before = await card(months);
    const expected = reportDrivers(before.query);
    assert.equal(before.finding, expected.finding);
    assert.deepEqual(before.rows, expected.rows);
    // Shorten the restriction to its least from the keyboard (Home fires input and change, as
    // letting go does).
    await page.focus("#ctl-months");
    await page.keyboard.press("Home");
    const next = await page.$eval("#ctl-months", (el) => el.min);
    assert.notEqual(next, months);
    const after = await card(next);
    const now = reportDrivers(after.query);
    assert.equal(after.finding, now.finding, "the finding after the change");
    assert.deepEqual(after.rows, now.rows, "the rows after the change");
    assert.notDeepEqual(after.rows, before.rows, "the swings follow the change");
    g.assertClean();
  } finally {
    await g.close();
  }
});

test("compare two scenarios: A lives in the link, the table shows A, B and B − A, B's numbers equal report", async () => {
  const q = `?preset=embargo-now&compare=${encodeURIComponent("preset=baseline-2024")}`;
  await visit(app.browser, `${app.url}${q}`, async (page) => {
    await page.waitForSelector("#compare-table tbody tr");
    assert.equal(await page.$$eval("#compare-table tbody tr", (rs) => rs.length), 14);
    assert.match((await page.textContent("#compare-table caption")) ?? "", /A: Baseline 2024/);
    const first = await page.$$eval("#compare-table tbody tr:first-child td", (tds) => tds.map((t) => t.textContent));
    assert.equal(first[0], "×1.0", "A: normal prices in 2024");
    // Moving B keeps A, in the URL and in the table.
    const slider = page.locator("#ctl-quota_magnet");
    await slider.focus();
    await page.keyboard.press("End");
    await waitForFull(page, "quota_magnet", "100");
    const params = new URLSearchParams(await page.evaluate(() => location.search));
    assert.match(params.get("compare") ?? "", /preset=baseline-2024/);
    const query = await page.evaluate(() => location.search);
    await assertMetricsEqualReport(page, query, "B with a comparison");
    // Stop comparing: the table goes, and so does compare= in the link.
    await page.selectOption("#compare-with", "");
    await page.waitForFunction(() => !document.querySelector("#compare-table") && !location.search.includes("compare="));
  });
});

test("compare: a bad value in A gets a notice that names A, and A falls back safely", async () => {
  const q = `?preset=embargo-now&compare=${encodeURIComponent("quota_magnet=500&colour=red")}`;
  await visit(app.browser, `${app.url}${q}`, async (page) => {
    await page.waitForSelector("#compare-table");
    const notices = (await page.textContent("#notices")) ?? "";
    assert.match(notices, /In the scenario compared with \(A\): quota_magnet=500 is outside 0–100; using 100\./);
    assert.match(notices, /In the scenario compared with \(A\): “colour” is not a setting/);
  });
});

// The dataset's reference text (source titles, dates and links; derivations) is not in the
// WebAssembly: the page reads it from dataset.json when a view first needs it (src/ui/reference.rs).
// These tests check that the first screen does not fetch it, that the Sources section and the
// methodology page do, and that a missing file leaves a clear message and every source listed.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/reference.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useApp, visit, waitForApp, waitForRanges, DIST } from "./harness.mjs";
import { scrollTo } from "./act.mjs";

const app = useApp();
const doc = () => JSON.parse(readFileSync(join(DIST, "dataset.json"), "utf8"));

/** Counts the page's requests for dataset.json from now on. */
function countFetches(page) {
  const seen = [];
  page.on("request", (r) => { if (new URL(r.url()).pathname.endsWith("/dataset.json")) seen.push(r.url()); });
  return seen;
}

test("the first screen does not fetch dataset.json; the Sources section does, once, and shows titles and links", () =>
  visit(app.browser, app.url, async (page) => {
    const fetches = countFetches(page);
    // The first screen, its ranges and the deferred tables are done; the sources are far below.
    await waitForRanges(page);
    await page.waitForSelector("#baseline-table");
    await page.waitForTimeout(500);
    assert.deepEqual(fetches, [], "dataset.json is not part of the first screen");
    assert.match(await page.textContent("#sources-status"), /Loading the titles and links/);

    await scrollTo(page, "#sources");
    const [first] = doc().dataset.sources;
    await page.waitForSelector(`#src-${first.id} a[href="${first.url}"]`);
    assert.equal(fetches.length, 1, "fetched once");
    const item = await page.textContent(`#src-${first.id}`);
    assert.ok(item.includes(first.title) && item.includes(first.publisher) && item.includes(first.date), item);
    assert.equal(await page.locator("#sources-status").count(), 0, "no status once loaded");
    assert.equal(await page.locator(".source-list li").count(), doc().dataset.sources.length);

    // The methodology page reuses the loaded document: derivations in the notes, no new fetch.
    await page.click("#nav-methodology");
    await page.waitForSelector("#m-conversions");
    const note = doc().dataset.conversions.ndpr_oxide_per_metal.derivation;
    assert.ok(note.length > 5);
    await page.waitForFunction((n) => document.querySelector("#m-conversions")?.textContent.includes(n), note);
    assert.equal(fetches.length, 1, "no second fetch");
  }));

test("a source link from a figure reaches its entry with the title shown", () =>
  visit(app.browser, app.url, async (page) => {
    const link = page.locator("#baseline-table a[href^='#src-']").first();
    await page.waitForSelector("#baseline-table a[href^='#src-']");
    const target = (await link.getAttribute("href")).slice(1);
    await link.click();
    const id = target.slice(4);
    const source = doc().dataset.sources.find((s) => s.id === id);
    await page.waitForFunction((t) => document.getElementById(t)?.textContent.includes(t.slice(4)) &&
      !document.getElementById("sources-status"), target);
    assert.ok((await page.textContent(`#${target}`)).includes(source.title));
    const inView = await page.locator(`#${target}`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top > -2 && r.bottom <= innerHeight + 2; // sub-pixel scroll positions
    });
    assert.ok(inView, "the linked source is on screen after its title arrived");
  }));

test("without dataset.json: a clear message, every source still listed, the page keeps working", async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await context.route("**/dataset.json", (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.goto(`${app.url}#methodology`);
    await waitForApp(page);
    await page.waitForSelector("#m-conversions");
    await page.waitForFunction(() => document.querySelector("#m-conversions")?.textContent.includes("could not be loaded"));
    await page.click("a[href='#sources']");
    await scrollTo(page, "#sources");
    await page.waitForFunction(() => /could not be loaded \(HTTP 404/.test(document.querySelector("#sources-status")?.textContent ?? ""));
    const first = doc().dataset.sources[0];
    assert.match(await page.textContent(`#src-${first.id}`), new RegExp(first.publisher.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    assert.equal(await page.locator(".source-list li").count(), doc().dataset.sources.length);
    assert.deepEqual(errors, [], "no uncaught exception");
    // The calculator itself is unaffected.
    await page.click("a[href='#calculator']");
    await page.waitForSelector(".cards .card");
  } finally {
    await context.close();
  }
});

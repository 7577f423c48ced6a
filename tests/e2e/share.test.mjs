// Share and embed, as a reader and a journalist meet them: "Copy link" reproduces the numbers in
// a fresh browser; the pinned embed fixes every input, the data vintage and the model version, so
// later changes of the app's defaults cannot move an article's numbers; embed mode honours
// hide=, lock= and caption= and links back to the full calculator with the same state.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test tests/e2e/share.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, visit } from "./harness.mjs";
import { controlKeys, headlineNumbers } from "./find.mjs";
import { chooseView, copyShareText, press } from "./act.mjs";
import { assertCarriesKeys } from "./check.mjs";

const app = useApp();

test("a copied link opened in a fresh browser context shows the same numbers", () =>
  visit(app.browser, app.url, async (page) => {
    await press(page, "#ctl-quota_magnet", "PageDown", 7);
    await chooseView(page, "exchina");
    const shown = await headlineNumbers(page);
    const link = await copyShareText(page, "#copy-link");
    const url = new URL(link);
    assert.equal(url.origin + url.pathname, app.url, "the link points at this calculator");
    assertCarriesKeys(url, ["quota_magnet", "view", "v", "d", "m"], "the copied link");
    assert.equal(url.searchParams.get("view"), "exchina");

    const fresh = await visit(app.browser, link, headlineNumbers);
    assert.deepEqual(fresh, shown, "same numbers in a fresh context");
  }));

test("the pinned embed fixes every input, the data vintage and the model version", () =>
  visit(app.browser, `${app.url}?preset=licensing-apr-2025`, async (page) => {
    const shown = await headlineNumbers(page);
    const live = await copyShareText(page, "#copy-embed");
    const pinned = await copyShareText(page, "#copy-embed-pinned");
    for (const code of [live, pinned]) {
      assert.match(code, /^<iframe src="[^"]+" title="[^"]+" loading="lazy" width="100%" height="\d+"/);
      assert.match(code, /<noscript><a href="[^"]+">/, "fallback link for readers without frames");
    }
    const src = (code) => new URL(code.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&"));
    const p = src(pinned);
    // Every meaning-bearing key is in the URL, so no default of any later version is consulted.
    const keys = await controlKeys(page);
    assert.ok(keys.length >= 14, `controls found: ${keys}`);
    assertCarriesKeys(p, [...keys, "view", "v", "d", "m"], "the pinned embed");
    assert.equal(p.searchParams.get("embed"), "1");
    // The live embed is short: the preset and what differs from it.
    assert.ok(src(live).searchParams.size < p.searchParams.size, "live embed is the short form");

    // The pinned embed shows the article's numbers, and so does the live one today.
    for (const u of [p, src(live)]) {
      assert.deepEqual(await visit(app.browser, u.href, headlineNumbers), shown, `numbers of ${u.search}`);
    }
  }));

test("embed mode: hide=, lock= and caption= shape the view; the full calculator is one click away", () => {
  const caption = "Our scenario: <b>magnets</b> cut by half";
  const q = `?preset=embargo-now&embed=1&hide=assumptions,capacity&lock=quota_magnet&caption=${encodeURIComponent(caption)}`;
  return visit(app.browser, app.url + q, async (page) => {
    assert.equal(await page.$eval("main.app", (m) => m.classList.contains("embedded")), true);
    assert.equal(await page.textContent("#caption"), caption, "caption shown as text");
    assert.equal(await page.$$eval("#caption b", (b) => b.length), 0, "no markup from the caption");
    assert.equal(await page.$("#group-assumptions"), null, "assumptions hidden");
    assert.equal(await page.$("#group-capacity"), null, "capacity hidden");
    assert.ok(await page.$("#group-policy"), "policy group still shown");
    assert.equal(await page.$eval("#ctl-quota_magnet", (i) => i.disabled), true, "locked slider");
    assert.equal(await page.$eval("#ctl-quota_heavy", (i) => i.disabled), false, "other sliders free");
    assert.equal(await page.$("#sources"), null, "no sources list inside the embed");
    const open = page.locator("#open-full");
    assert.equal(await open.getAttribute("target"), "_top");
    const href = new URL(await open.getAttribute("href"));
    assert.equal(href.searchParams.get("preset"), "embargo-now");
    assert.equal(href.searchParams.get("quota_magnet"), "0");
    assert.equal(href.searchParams.has("embed"), false, "the full calculator is not an embed");
    const how = new URL(await page.getAttribute("#nav-methodology", "href"));
    assert.equal(how.hash, "#methodology");
  });
});

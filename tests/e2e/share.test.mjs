// Share and embed, as a reader and a journalist meet them: "Copy link" reproduces the numbers in
// a fresh browser; the pinned embed fixes every input, the data vintage and the model version, so
// later changes of the app's defaults cannot move an article's numbers; embed mode honours
// hide=, lock= and caption= and links back to the full calculator with the same state.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test tests/e2e/share.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, openGuarded } from "./harness.mjs";

const app = useApp();

/** Every headline number on the page: path → data-value. */
async function metrics(page) {
  await page.waitForFunction(() => document.querySelector("main.app")?.dataset.precision === "full");
  return Object.fromEntries(
    await page.$$eval("[data-metric][data-value]", (els) => els.map((e) => [e.dataset.metric, e.dataset.value])),
  );
}

/** Clicks a share button and returns the text it offers (also shown for manual copying). */
async function shareText(page, button) {
  await page.click(button);
  await page.waitForSelector("#share-text");
  return page.inputValue("#share-text");
}

test("a copied link opened in a fresh browser context shows the same numbers", async () => {
  const g = await openGuarded(app.browser, app.url);
  try {
    await g.page.focus("#ctl-quota_magnet");
    for (let i = 0; i < 7; i++) await g.page.keyboard.press("PageDown");
    await g.page.click("#view-exchina");
    const shown = await metrics(g.page);
    const link = await shareText(g.page, "#copy-link");
    const url = new URL(link);
    assert.equal(url.origin + url.pathname, app.url, "the link points at this calculator");
    for (const key of ["quota_magnet", "view", "v", "d", "m"]) assert.ok(url.searchParams.has(key), `link carries ${key}: ${link}`);
    assert.equal(url.searchParams.get("view"), "exchina");

    const fresh = await openGuarded(app.browser, link);
    try {
      assert.deepEqual(await metrics(fresh.page), shown, "same numbers in a fresh context");
      fresh.assertClean();
    } finally {
      await fresh.close();
    }
    g.assertClean();
  } finally {
    await g.close();
  }
});

test("the pinned embed fixes every input, the data vintage and the model version", async () => {
  const g = await openGuarded(app.browser, `${app.url}?preset=licensing-apr-2025`);
  try {
    const shown = await metrics(g.page);
    const live = await shareText(g.page, "#copy-embed");
    const pinned = await shareText(g.page, "#copy-embed-pinned");
    for (const code of [live, pinned]) {
      assert.match(code, /^<iframe src="[^"]+" title="[^"]+" loading="lazy" width="100%" height="\d+"/);
      assert.match(code, /<noscript><a href="[^"]+">/, "fallback link for readers without frames");
    }
    const src = (code) => new URL(code.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&"));
    const p = src(pinned);
    // Every meaning-bearing key is in the URL, so no default of any later version is consulted.
    const keys = await g.page.$$eval("input[type=range][id^=ctl-], select[id^=ctl-]", (els) => els.map((e) => e.id.slice(4)));
    assert.ok(keys.length >= 14, `controls found: ${keys}`);
    for (const key of [...keys, "view", "v", "d", "m"]) assert.ok(p.searchParams.has(key), `pinned embed lacks ${key}`);
    assert.equal(p.searchParams.get("embed"), "1");
    // The live embed is short: the preset and what differs from it.
    assert.ok(src(live).searchParams.size < p.searchParams.size, "live embed is the short form");

    // The pinned embed shows the article's numbers, and so does the live one today.
    for (const u of [p, src(live)]) {
      const framed = await openGuarded(app.browser, u.href);
      try {
        assert.deepEqual(await metrics(framed.page), shown, `numbers of ${u.search}`);
        framed.assertClean();
      } finally {
        await framed.close();
      }
    }
    g.assertClean();
  } finally {
    await g.close();
  }
});

test("embed mode: hide=, lock= and caption= shape the view; the full calculator is one click away", async () => {
  const caption = "Our scenario: <b>magnets</b> cut by half";
  const q = `?preset=embargo-now&embed=1&hide=assumptions,capacity&lock=quota_magnet&caption=${encodeURIComponent(caption)}`;
  const g = await openGuarded(app.browser, app.url + q);
  const { page } = g;
  try {
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
    g.assertClean();
  } finally {
    await g.close();
  }
});

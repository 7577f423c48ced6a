// The first screen's answer in index.html (scripts/prerender.mjs, src/bin/first-screen.rs): a
// plain link in English, to the calculator or to the methodology, shows the summary before the
// WebAssembly loads; the app then shows the same sentence in the same place (nothing moves); any
// other link, page or language never shows it, since it would be the wrong sentence there.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test tests/e2e/prerender.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, waitForApp } from "./harness.mjs";

const app = useApp();

/** A page whose WebAssembly never arrives: what a reader sees before the app mounts. */
async function beforeTheApp(url, options = {}) {
  const context = await app.browser.newContext(options);
  await context.route("**/*.wasm", (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "domcontentloaded" });
  return { page, close: () => context.close() };
}

const box = (page, selector) => page.locator(selector).first().boundingBox();
const text = (page, selector) => page.locator(selector).first().innerText();

// Both pages a plain link opens: the calculator, and the methodology, which opens with the same
// summary (its navigation marks the methodology as the current page).
for (const [pageName, hash] of [["calculator", ""], ["methodology", "#methodology"]]) for (const width of [360, 1280]) {
  test(`a plain link shows the answer at once, and the app keeps it in place (${pageName}, ${width} px)`, async () => {
    const viewport = { width, height: 900 };
    const url = `${app.url}${hash}`;
    const navSelector = `.page-nav.prerendered[data-page='${pageName}']`;
    const early = await beforeTheApp(url, { viewport, locale: "en-US" });
    let staticText, staticBox, staticNav;
    try {
      assert.ok(await early.page.locator(".summary.prerendered").isVisible(), "the answer shows before the app");
      staticText = await text(early.page, ".summary.prerendered");
      staticBox = await box(early.page, ".summary.prerendered");
      staticNav = await box(early.page, navSelector);
      assert.equal(await early.page.locator(".page-nav.prerendered:visible").count(), 1, "one navigation shows");
      assert.equal(await early.page.locator(`${navSelector} [aria-current='page']`).getAttribute("href"), `#${pageName}`,
        "it marks the page opened");
      assert.match(staticText, /^If China /);
    } finally {
      await early.close();
    }

    const context = await app.browser.newContext({ viewport, locale: "en-US" });
    await context.addInitScript(() => {
      globalThis.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) globalThis.__shifts += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    try {
      await page.goto(url);
      await waitForApp(page);
      await page.waitForSelector("[data-precision='full']", { timeout: 30_000 });
      assert.equal(await page.locator(".prerendered").count(), 0, "the app replaced the static answer");
      assert.equal(await text(page, "#summary"), staticText, "the app says the same sentence");
      const live = await box(page, "#summary");
      const nav = await box(page, ".page-nav");
      assert.equal(await page.locator(".page-nav [aria-current='page']").getAttribute("href"), `#${pageName}`);
      for (const k of ["x", "y", "width", "height"]) {
        assert.ok(Math.abs(live[k] - staticBox[k]) <= 1, `summary ${k}: ${staticBox[k]} before, ${live[k]} after`);
        assert.ok(Math.abs(nav[k] - staticNav[k]) <= 1, `navigation ${k}: ${staticNav[k]} before, ${nav[k]} after`);
      }
      const shifts = await page.evaluate(() => globalThis.__shifts);
      assert.ok(shifts < 0.01, `layout shift while the app mounts: ${shifts}`);
    } finally {
      await context.close();
    }
  });
}

test("any other link, page, language or embed never shows the prerendered answer", async () => {
  const cases = [
    [`${app.url}?preset=quota-2010`, {}],
    [`${app.url}?view=eu`, {}],
    [`${app.url}?lang=en`, {}],
    [`${app.url}?preset=quota-2010#methodology`, {}],
    [`${app.url}#sources`, {}],
    [`${app.url}?embed=1`, {}],
    [app.url, { locale: "de-DE" }],
    [app.url, { locale: "ja-JP" }],
  ];
  for (const [url, options] of cases) {
    const early = await beforeTheApp(url, { locale: "en-US", ...options });
    try {
      assert.equal(await early.page.locator(".summary.prerendered").count(), 1, `${url}: the page holds it`);
      assert.equal(await early.page.locator(".summary.prerendered").isVisible(), false,
        `${url} (${options.locale || "en-US"}): the prerendered answer is hidden`);
      assert.equal(await early.page.locator(".page-nav.prerendered").count(), 2, `${url}: the page holds both navigations`);
      assert.equal(await early.page.locator(".page-nav.prerendered:visible").count(), 0, `${url}: they are hidden too`);
    } finally {
      await early.close();
    }
  }
});

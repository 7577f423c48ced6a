// WCAG 2.1 1.4.4 and 1.4.10: text resized to 200 % loses nothing. Browser zoom at 200 % on a
// 1280 px window is a 640 px layout with every CSS pixel doubled; text-only resizing doubles the
// root font size. In both, the page must not scroll sideways, every control stays reachable and
// the headline numbers stay readable (not clipped).
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test tests/e2e/zoom.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, openGuarded } from "./harness.mjs";

const app = useApp();

async function checkNoLoss(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `${label}: page scrolls sideways by ${overflow}px`);
  // Every headline number is fully visible inside its card (not clipped by overflow).
  const clipped = await page.$$eval(".card [data-metric]", (els) => els.filter((e) => {
    const r = e.getBoundingClientRect();
    const c = e.closest(".card").getBoundingClientRect();
    return r.width === 0 || r.right > c.right + 1 || r.left < c.left - 1;
  }).map((e) => e.dataset.metric));
  assert.deepEqual(clipped, [], `${label}: clipped numbers`);
  // Every slider can still be reached and moved from the keyboard.
  for (const id of ["#ctl-quota_magnet", "#ctl-year", "#preset"]) {
    await page.focus(id);
    assert.equal(await page.evaluate(() => document.activeElement?.id), id.slice(1), `${label}: ${id} focusable`);
  }
  const before = await page.getAttribute("[data-metric='markets.magnet.multiplier.central']", "data-value");
  await page.focus("#ctl-quota_magnet");
  await page.keyboard.press("Home");
  await page.waitForFunction((b) => document.querySelector("[data-metric='markets.magnet.multiplier.central']")?.dataset.value !== b, before);
}

test("browser zoom 200 %: a 640 px layout with doubled pixels", async () => {
  const g = await openGuarded(app.browser, app.url, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  try {
    await checkNoLoss(g.page, "zoom 200 %");
    g.assertClean();
  } finally {
    await g.close();
  }
});

test("text-only resize to 200 %", async () => {
  const g = await openGuarded(app.browser, app.url, { viewport: { width: 1280, height: 900 } });
  try {
    // Through the CSSOM, as a browser's text-size setting would (the CSP forbids injected <style>).
    await g.page.evaluate(() => { document.documentElement.style.fontSize = "200%"; document.body.style.fontSize = "32px"; });
    await checkNoLoss(g.page, "text 200 %");
    g.assertClean();
  } finally {
    await g.close();
  }
});

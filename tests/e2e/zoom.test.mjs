// WCAG 2.1 1.4.4 and 1.4.10: text resized to 200 % loses nothing. Browser zoom at 200 % on a
// 1280 px window is a 640 px layout with every CSS pixel doubled; text-only resizing doubles the
// root font size. In both, the page must not scroll sideways, every control stays reachable and
// the headline numbers stay readable (not clipped).
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test tests/e2e/zoom.test.mjs
import { test } from "node:test";
import { useApp, visit } from "./harness.mjs";
import { resizeText } from "./act.mjs";
import { assertFitsSideways, assertFocusable, assertMagnetSliderMovesTheNumbers, assertNumbersUnclipped } from "./check.mjs";

const app = useApp();

async function checkNoLoss(page, label) {
  await assertFitsSideways(page, label);
  await assertNumbersUnclipped(page, label);
  // Every control can still be reached and moved from the keyboard.
  await assertFocusable(page, ["#ctl-quota_magnet", "#ctl-year", "#preset"], label);
  await assertMagnetSliderMovesTheNumbers(page);
}

test("browser zoom 200 %: a 640 px layout with doubled pixels", () =>
  visit(app.browser, app.url, (page) => checkNoLoss(page, "zoom 200 %"),
    { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }));

test("text-only resize to 200 %", () =>
  visit(app.browser, app.url, async (page) => {
    await resizeText(page, 200);
    await checkNoLoss(page, "text 200 %");
  }, { viewport: { width: 1280, height: 900 } }));

// Checking what the page shows: each helper asserts one thing a reader relies on, with a
// message that says what went wrong. See find.mjs for the split.
import assert from "node:assert/strict";
import { clippedNumbers, focusedId, headlineNumber, sidewaysOverflow } from "./find.mjs";
import { press } from "./act.mjs";

/** The page does not scroll sideways. */
export async function assertFitsSideways(page, label) {
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow <= 1, `${label}: page scrolls sideways by ${overflow}px`);
}

/** Every headline number is fully visible inside its card. */
export async function assertNumbersUnclipped(page, label) {
  assert.deepEqual(await clippedNumbers(page), [], `${label}: clipped numbers`);
}

/** Each of `selectors` can take the keyboard focus. */
export async function assertFocusable(page, selectors, label) {
  for (const selector of selectors) {
    await page.focus(selector);
    assert.equal(await focusedId(page), selector.slice(1), `${label}: ${selector} focusable`);
  }
}

/** Moving the magnet quota slider from the keyboard changes the magnet price multiplier. */
export async function assertMagnetSliderMovesTheNumbers(page) {
  const metric = "markets.magnet.multiplier.central";
  const before = await headlineNumber(page, metric);
  await press(page, "#ctl-quota_magnet", "Home");
  await page.waitForFunction(([m, b]) => document.querySelector(`[data-metric='${m}']`)?.dataset.value !== b, [metric, before]);
}

/** A URL carries each of `keys` in its query. */
export function assertCarriesKeys(url, keys, label) {
  for (const key of keys) assert.ok(url.searchParams.has(key), `${label} lacks ${key}: ${url.href}`);
}

/**
 * Moving a slider from the keyboard changes some headline number, in a page or a frame: the first
 * slider, then (if that one moves no headline from this state, as the light-REE quota alone may
 * not bind) `#ctl-quota_magnet`.
 */
export async function assertSliderRecomputes(pageOrFrame) {
  const metrics = () => pageOrFrame.locator("[data-metric]").evaluateAll((els) => els.map((el) => el.textContent));
  const attempt = async (slider, timeout) => {
    if ((await slider.count()) === 0) return false;
    const before = await metrics();
    assert.ok(before.length > 0, "no [data-metric] element on the page");
    const { value, max } = await slider.evaluate((el) => ({ value: Number(el.value), max: Number(el.max || 100) }));
    await slider.press(value < max ? "End" : "Home");
    await slider.press("ArrowLeft");
    return pageOrFrame.waitForFunction(
      (prev) => [...document.querySelectorAll("[data-metric]")].some((el, i) => el.textContent !== prev[i]),
      before,
      { timeout },
    ).then(() => true, () => false);
  };
  const changed = await attempt(pageOrFrame.locator("input[type=range]").first(), 3_000)
    || await attempt(pageOrFrame.locator("#ctl-quota_magnet"), 10_000);
  assert.ok(changed, "no [data-metric] text changed after moving a slider with the keyboard");
}

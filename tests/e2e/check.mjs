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

// Finding things on the page: what a test reads, never changes. Split by role with act.mjs
// (doing) and check.mjs (asserting), as the leptos examples' e2e do, so a test reads as
// sentences: open the page, act, find, check.

/** Every headline number on the page once its ranges are computed: data-metric → data-value. */
export async function headlineNumbers(page) {
  await page.waitForFunction(() => document.querySelector("main.app")?.dataset.precision === "full");
  return Object.fromEntries(
    await page.$$eval("[data-metric][data-value]", (els) => els.map((e) => [e.dataset.metric, e.dataset.value])),
  );
}

/** One headline number as shown now (data-value), e.g. `markets.magnet.multiplier.central`. */
export function headlineNumber(page, metric) {
  return page.getAttribute(`[data-metric='${metric}']`, "data-value");
}

/** The preset ids offered by the page (option values; "" = today's defaults, excluded). */
export async function presetIds(page) {
  return (await page.$$eval("#preset option", (os) => os.map((o) => o.value))).filter((v) => v !== "");
}

/** The scenario keys that have a control (slider or select) on screen. */
export function controlKeys(page) {
  return page.$$eval("input[type=range][id^=ctl-], select[id^=ctl-]", (els) => els.map((e) => e.id.slice(4)));
}

/** How far the page scrolls sideways, in CSS pixels (0: it fits). */
export function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The headline numbers not fully visible inside their card (clipped or zero-width). */
export function clippedNumbers(page) {
  return page.$$eval(".card [data-metric]", (els) => els.filter((e) => {
    const r = e.getBoundingClientRect();
    const c = e.closest(".card").getBoundingClientRect();
    return r.width === 0 || r.right > c.right + 1 || r.left < c.left - 1;
  }).map((e) => e.dataset.metric));
}

/** The id of the focused element. */
export function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id);
}

/** Whether each selector is displayed (has a box, not hidden) under the current media: selector → bool. */
export function displayed(page, selectors) {
  return page.evaluate((sels) => Object.fromEntries(sels.map((s) => {
    const el = document.querySelector(s);
    return [s, !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden"];
  })), selectors);
}

/** The page's text at `selector` ("" when absent or empty). */
export async function textOf(page, selector) {
  return (await page.textContent(selector)) ?? "";
}

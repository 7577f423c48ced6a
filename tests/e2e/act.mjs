// Acting on the page as a reader does: keys, clicks, choices, scrolling, reloading. See find.mjs
// for the split.
import { waitForApp } from "./harness.mjs";

/** Focuses `selector` and presses `key` `times` times (sliders move by keyboard as readers move them). */
export async function press(page, selector, key, times = 1) {
  await page.focus(selector);
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Chooses a viewpoint (`us`, `exchina`, `eu`, …) with its button. */
export function chooseView(page, view) {
  return page.click(`#view-${view}`);
}

/** Clicks a share button and returns the text it offers (also shown for manual copying). */
export async function copyShareText(page, button) {
  await page.click(button);
  await page.waitForSelector("#share-text");
  return page.inputValue("#share-text");
}

/** Sets the page's text size through the CSSOM, as a browser's text-size setting would (the CSP forbids injected <style>). */
export function resizeText(page, percent) {
  return page.evaluate((p) => {
    document.documentElement.style.fontSize = `${p}%`;
    document.body.style.fontSize = `${(16 * p) / 100}px`;
  }, percent);
}

/** Reloads the page and waits for the app to be back. */
export async function reloadApp(page) {
  await page.reload();
  await waitForApp(page);
}

/** Follows a link to `url` in the same page and waits for the app. */
export async function goToApp(page, url) {
  await page.goto(url);
  await waitForApp(page);
}

/** Scrolls until `selector` is on screen (the charts and the sources load when they come near). */
export function scrollTo(page, selector) {
  return page.locator(selector).scrollIntoViewIfNeeded();
}

/** Opens every <details> and every chart's data table (content that starts collapsed). */
export async function openEverything(page) {
  await page.$$eval("details", (ds) => ds.forEach((d) => { d.open = true; }));
  const show = page.locator("button[aria-expanded='false']", { hasText: /show data table/i });
  while (await show.count()) await show.first().click();
}

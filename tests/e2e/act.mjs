// Acting on the page as a reader does: keys, clicks, choices. See find.mjs for the split.

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

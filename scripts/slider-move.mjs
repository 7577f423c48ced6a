// One move of the magnet quota's slider, run in the page (`page.evaluate(sliderMove, [value,
// release])`), for the diagnosis scripts profile-drag.mjs and trace-drag.mjs. A drag move sends
// `input` and resolves two frames later. A let-go move (`release`) sends `input`, then `change`,
// and resolves on the frame after the ranges (data-precision="full") and "what drives this
// number" (no longer aria-busy) are in.
export function sliderMove([value, release]) {
  return new Promise((resolve) => {
    const slider = document.querySelector("#ctl-quota_magnet");
    const main = document.querySelector("main.app");
    slider.value = String(value);
    slider.dispatchEvent(new InputEvent("input", { bubbles: true }));
    if (!release) return requestAnimationFrame(() => requestAnimationFrame(resolve));
    slider.dispatchEvent(new Event("change", { bubbles: true }));
    const ready = () => main.dataset.precision === "full" && !document.querySelector(".drivers[aria-busy='true']");
    const o = new MutationObserver(() => {
      if (ready()) { o.disconnect(); requestAnimationFrame(() => resolve()); }
    });
    o.observe(main, { attributes: true, subtree: true, attributeFilter: ["data-precision", "aria-busy"] });
  });
}

// Benchmark (not a test): how long from a slider `input` event to the charts redrawn, in headless
// Debian Chromium against the release build in dist/, served on loopback.
//
//   export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
//   trunk build --release
//   CHROME_PATH=/usr/bin/chromium node scripts/bench-redraw.mjs [moves=120] [width=1280] [height=900]
//   QUERY='compare=preset%3Dbaseline-2024' node scripts/bench-redraw.mjs   (the page opened on a link:
//   here with "Compare with…" on, A = normal trade, so every card and two charts carry A too)
//   THROTTLE=4 node scripts/bench-redraw.mjs   (Chromium's CPU slowed ×4, as on a mid-range phone,
//   after the page has loaded: the moves are timed throttled)
//   SLIDER=months node scripts/bench-redraw.mjs   (another slider than the magnet quota, by its key)
//
// A chart is drawn only while it is near the screen (within 200 px): the script first scrolls each
// chart into view, as a reader who has looked at them, then puts the race chart (the first) in
// the middle of the screen, as a reader who drags a slider while watching it; a move redraws the
// charts near the screen then (which, and how many, is printed). VIEW=top scrolls back to the top
// instead (on a desktop no chart is near the screen there, so none redraws: n/a).
//
// Method. The page's CanvasRenderingContext2D drawing calls are wrapped (an init script, before the
// app loads) to record which chart canvases drew and when. For each move of the slider
// (#ctl-quota_magnet unless SLIDER says) the script sets a new value and dispatches an `input`
// event, timing with performance.now() from just before the dispatch to:
//   dom    the first headline data-value written (Element.setAttribute, also wrapped),
//   draw   the last canvas drawing call of the redraw,
//   frame  the next requestAnimationFrame after at least one chart has redrawn (≈ the frame that
//          shows it; rAF runs at the display rate, so this rounds up to a ~16.7 ms boundary).
// "Central" moves follow each other frame by frame, as while dragging: the default-draw ranges are
// postponed (they start 60 ms after the last `input`) and never run. "Full" moves are let go of
// (`input`, then `change`, as a released slider or an arrow key fires them: the draws start at
// once) and wait for data-precision="full" (Monte Carlo + re-render) and the frame after the
// charts redraw with their bands, and for "what drives this number" to be ready (its card busy
// with the change, then no longer aria-busy, or never busy when a let-go computes it in the
// render of the change; it is timed on its own),
// as a reader looks before moving again. "Paused" moves send `input` only,
// as a pointer resting on a slider: the draws start after the 60 ms pause. A few extra moves
// check with canvas.toDataURL() that the pixels changed.
// Figures are medians and 95th percentiles (nearest rank) after 10 warm-up moves.
import { launchBrowser } from "../tests/e2e/harness.mjs";
import { startStaticServer } from "./static-server.mjs";

const MOVES = Math.max(100, Number(process.argv[2] ?? 120) || 120);
const WIDTH = Number(process.argv[3] ?? 1280) || 1280;
const HEIGHT = Number(process.argv[4] ?? 900) || 900;
const WARMUP = 10;
const QUERY = (process.env.QUERY || "").replace(/^\?/, "");
const THROTTLE = Number(process.env.THROTTLE || 1) || 1;
/** The app's pause before the ranges when a slider rests without being let go (SETTLE_MS in
 * src/ui/settle.rs). */
const RANGES_DELAY_MS = 60;
const VIEW = process.env.VIEW === "top" ? "top" : "slider";
/** The slider moved (its key: the page's `#ctl-<key>`), swept over its own range. A magnet quota
 * leaves the three oxide markets' draws as they were (they are reused: benches/evaluate.rs),
 * a heavy quota NdPr's, a light quota Dy's and Tb's; `months`, the restriction's length, none. */
const SLIDER = process.env.SLIDER || "quota_magnet";
if (!/^[a-z_]+$/.test(SLIDER)) {
  console.error("bench-redraw: SLIDER is a scenario key, such as quota_magnet or months");
  process.exit(2);
}
const DIST = process.env.DIST || new URL("../dist/", import.meta.url).pathname;

/** Installed before the app loads: stamps every drawing call on a chart canvas. */
function instrument() {
  const w = /** @type {any} */ (globalThis);
  w.__draws = { last: 0, ids: new Set(), dom: 0 };
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, v) {
    if (name === "data-value" && !w.__draws.dom) w.__draws.dom = performance.now();
    return setAttribute.call(this, name, v);
  };
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ["clearRect", "fillRect", "strokeRect", "fillText", "stroke", "fill", "drawImage", "putImageData"]) {
    const orig = proto[name];
    proto[name] = function (...args) {
      const id = this.canvas?.id;
      if (id && id.startsWith("chart-")) {
        w.__draws.last = performance.now();
        w.__draws.ids.add(id);
      }
      return orig.apply(this, args);
    };
  }
}

/** One move, run in the page. Resolves to timings in ms from the dispatch. */
function move([value, waitFull, release, slider_id]) {
  const w = /** @type {any} */ (globalThis);
  const main = document.querySelector("main.app");
  const slider = /** @type {HTMLInputElement} */ (document.querySelector(`#ctl-${slider_id}`));
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  return new Promise((resolve) => {
    w.__draws.dom = 0;
    w.__draws.ids.clear();
    w.__draws.last = 0;
    // `value` (0–100) as a share of the slider's own range, on its step; never the value it has.
    const [lo, hi, step] = [Number(slider.min), Number(slider.max), Number(slider.step) || 1];
    let v = lo + Math.round(((value / 100) * (hi - lo)) / step) * step;
    if (String(v) === slider.value) v = v + step <= hi ? v + step : v - step;
    slider.value = String(v);
    const t0 = performance.now();
    slider.dispatchEvent(new InputEvent("input", { bubbles: true }));
    // Letting go of a slider (or pressing an arrow key) fires `change` after the last `input`.
    if (release) slider.dispatchEvent(new Event("change", { bubbles: true }));
    // "What drives this number" may be ready before the ranges. A let-go computes its swings
    // in the render of the change itself (src/ui/settle.rs): the card is then never busy, and
    // is ready once that render is in the DOM (a headline written). Otherwise the card turns
    // busy with that render and is ready once it is no longer busy (a record of its aria-busy
    // leaving "true" counts as having seen it busy, should both happen between two calls).
    const swingsReady = !waitFull ? null : new Promise((r) => {
      let seenBusy = false;
      const o = new MutationObserver((records) => {
        const busy = !!document.querySelector(".drivers[aria-busy='true']");
        seenBusy ||= busy || records.some((m) => m.attributeName === "aria-busy" && m.oldValue === "true" && m.target.classList.contains("drivers"));
        if (!busy && (seenBusy || w.__draws.dom)) { o.disconnect(); r(performance.now()); }
      });
      o.observe(main, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ["aria-busy"] });
      setTimeout(() => { o.disconnect(); r(NaN); }, 5000);
    });
    const afterRedraw = async () => {
      // Frames until a chart has drawn for this change.
      // (At most 2 s: with no chart on screen none redraws, and the figures say so: n/a.)
      let frame = await nextFrame();
      while (w.__draws.ids.size === 0 && frame - t0 < 2000) frame = await nextFrame();
      return frame;
    };
    (async () => {
      const frame = await afterRedraw();
      const central = {
        // No headline changed (a slider that moves no headline number): n/a.
        dom: w.__draws.dom ? w.__draws.dom - t0 : NaN,
        draw: w.__draws.last - t0,
        frame: frame - t0,
        charts: w.__draws.ids.size,
        which: [...w.__draws.ids].sort().join(", "),
        precision: main.dataset.precision,
      };
      if (!waitFull) return resolve({ central });
      w.__draws.ids.clear();
      w.__draws.last = 0;
      // Wait for the ranges, then for the charts to redraw with them.
      await new Promise((r) => {
        if (main.dataset.precision === "full") return r();
        const pm = new MutationObserver(() => {
          if (main.dataset.precision === "full") { pm.disconnect(); r(); }
        });
        pm.observe(main, { attributes: true, attributeFilter: ["data-precision"] });
      });
      const fullAt = performance.now();
      const fullFrame = await nextFrame();
      const swings = await swingsReady;
      resolve({
        central,
        full: {
          precision: fullAt - t0,
          draw: (w.__draws.ids.size ? w.__draws.last : NaN) - t0,
          charts: w.__draws.ids.size,
          frame: fullFrame - t0,
          swings: swings - t0,
        },
      });
    })();
  });
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1] };
}

function row(label, xs) {
  const { n, median, p95, min, max } = stats(xs);
  const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : "n/a").padStart(7);
  return `${label.padEnd(46)} ${f(median)} ${f(p95)} ${f(min)} ${f(max)}   n=${n}`;
}

// Values that always differ from the previous one and sweep 0–100.
const value = (i) => (i * 37) % 101;

const server = await startStaticServer(DIST);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(QUERY ? `${server.url}?${QUERY}` : server.url);
  await page.waitForSelector("main.app[data-precision='full']", { timeout: 20_000 });
  for (const canvas of await page.$$("canvas[id^='chart-']")) {
    await canvas.scrollIntoViewIfNeeded();
    const id = await canvas.getAttribute("id");
    await page.waitForFunction((i) => /** @type {any} */ (globalThis).__draws.ids.has(i), id, { timeout: 10_000 });
  }
  if (VIEW === "top") await page.evaluate(() => window.scrollTo(0, 0));
  else await page.$eval("#chart-race", (el) => el.scrollIntoView({ block: "center" }));
  await page.waitForTimeout(300);
  if (THROTTLE > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  }

  // Sanity: a move changes the pixels of the charts (toDataURL, outside the timed runs).
  const snapshot = () => page.$$eval("canvas[id^='chart-']", (cs) => cs.map((c) => c.toDataURL()));
  let changedCharts = 0;
  for (let i = 1; i <= 3; i++) {
    const before = await snapshot();
    await page.evaluate(move, [value(i * 13), true, false, SLIDER]);
    const after = await snapshot();
    changedCharts = Math.max(changedCharts, after.filter((d, k) => d !== before[k]).length);
  }

  // Central: frame-by-frame moves, as while dragging.
  const central = [];
  for (let i = 0; i < MOVES + WARMUP; i++) {
    const r = await page.evaluate(move, [value(i), false, false, SLIDER]);
    if (i >= WARMUP) central.push(r.central);
  }
  await page.waitForSelector("main.app[data-precision='full']");

  // "What drives this number" computes its swings once the reader settles (src/ui/settle.rs):
  // every move that waits for the ranges also waits for them (timed), as a reader looks before
  // moving again.
  const idle = () =>
    page.waitForFunction(() => !document.querySelector(".drivers[aria-busy='true']"), null, { timeout: 10_000 }).catch(() => {});
  await idle();
  // Full: each move is let go of (input, then change) and waits for the ranges and their redraw.
  const full = [];
  for (let i = 0; i < MOVES + WARMUP; i++) {
    const r = await page.evaluate(move, [value(i + 50), true, true, SLIDER]);
    if (i >= WARMUP) full.push(r);
  }
  // Paused: the pointer rests on the slider without letting go (input only): the ranges start
  // after the pause.
  const paused = [];
  for (let i = 0; i < Math.ceil(MOVES / 2) + WARMUP; i++) {
    const r = await page.evaluate(move, [value(i + 25), true, false, SLIDER]);
    if (i >= WARMUP) paused.push(r);
  }

  const version = browser.version();
  const cores = (await import("node:os")).cpus().length;
  console.log(`bench-redraw: #ctl-${SLIDER}, ${MOVES} moves (+${WARMUP} warm-up), viewport ${WIDTH}×${HEIGHT}, CPU throttled ×${THROTTLE}, Chromium ${version} headless, ${cores} cores`);
  const total = (await page.$$("canvas[id^='chart-']")).length;
  const which = new Map();
  for (const c of central) which.set(c.which, (which.get(c.which) ?? 0) + 1);
  console.log(`view: ${VIEW === "top" ? "the top of the page" : "#chart-race in the middle of the screen"}`);
  console.log(`charts whose pixels changed on a move (toDataURL): ${changedCharts} of ${total}`);
  console.log(`charts redrawn per move (median): central ${stats(central.map((c) => c.charts)).median} of ${total}, with ranges ${stats(full.map((r) => r.full.charts)).median} of ${total}; ranges computed while dragging: ${central.filter((c) => c.precision === "full").length} of ${central.length}`);
  console.log(`charts redrawn while dragging: ${[...which].map(([k, n]) => `${k || "none"} (${n} moves)`).join("; ")}`);
  console.log(`${"ms from the input event to …".padEnd(46)}  median     p95     min     max`);
  console.log("central figures only (while dragging)");
  console.log(row("  headline numbers updated (DOM)", central.map((c) => c.dom)));
  console.log(row("  last chart drawing call", central.map((c) => c.draw)));
  console.log(row("  next animation frame (charts on screen)", central.map((c) => c.frame)));
  console.log("full ranges after letting go (input + change: the default draws start at once)");
  console.log(row("  central frame, same moves", full.map((r) => r.central.frame)));
  console.log(row("  data-precision=full", full.map((r) => r.full.precision)));
  console.log(row("  last chart drawing call with ranges", full.map((r) => r.full.draw).filter(Number.isFinite)));
  console.log(row("  next animation frame (ranges on screen)", full.map((r) => r.full.frame)));
  console.log(row("  \"what drives this number\" ready", full.map((r) => r.full.swings)));
  console.log(`full ranges after a rest without letting go (input only: ${RANGES_DELAY_MS} ms pause, then the draws)`);
  console.log(row("  after the pause: data-precision=full", paused.map((r) => r.full.precision)));
  console.log(row("  after the pause: next frame (ranges on screen)", paused.map((r) => r.full.frame)));
  if (errors.length) console.log(`page errors: ${errors.join(" | ")}`);
} finally {
  await browser.close();
  await server.close();
}

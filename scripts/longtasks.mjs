// Diagnosis (not a test): the long tasks of one cold load with the CPU throttled, each beside
// what the page did in it (ready, ranges in, charts drawn, drivers in), so a long task can be
// traced to its cause. Usage: node scripts/longtasks.mjs [query] [throttle=4] [width=412] [height=823]
import { openThrottledPage } from "./throttled-page.mjs";

const QUERY = process.argv[2] ?? "";
const RATE = Number(process.argv[3] ?? 4) || 4;
const WIDTH = Number(process.argv[4] ?? 412) || 412;
const HEIGHT = Number(process.argv[5] ?? 823) || 823;
const DIST = new URL("../dist/", import.meta.url).pathname;

function instrument() {
  const w = /** @type {any} */ (globalThis);
  const events = (w.__events = []);
  const tasks = (w.__tasks = []);
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: "longtask", buffered: true });
  const seen = new Set();
  const proto = CanvasRenderingContext2D.prototype;
  const orig = proto.fillText;
  proto.fillText = function (...a) {
    const id = this.canvas.id || "?";
    const key = id + ":" + Math.floor(performance.now() / 20);
    if (!seen.has(key)) {
      seen.add(key);
      events.push([Math.round(performance.now()), "draw " + id]);
    }
    return orig.apply(this, a);
  };
  const watch = [
    ["ready", "main.app[data-ready='true']"],
    ["ranges", "main.app[data-precision='full']"],
    ["drivers", ".drivers[aria-busy='false']"],
  ];
  new MutationObserver(() => {
    for (const [name, sel] of watch) {
      if (!seen.has(name) && document.querySelector(sel)) {
        seen.add(name);
        events.push([Math.round(performance.now()), name]);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const { url, page, close } = await openThrottledPage({
  dist: DIST,
  width: WIDTH,
  height: HEIGHT,
  rate: RATE,
  instrument,
});
await page.goto(`${url}${QUERY ? "?" + QUERY : ""}`);
console.log("loaded", page.url());
await page.waitForSelector(process.env.WAIT_FOR ?? ".drivers[aria-busy='false']", { timeout: 60000 }).catch(() => {});
await page.waitForTimeout(1500);
const { events, tasks } = await page.evaluate(() => ({
  events: [
    ...globalThis.__events,
    ...performance.getEntriesByType("mark").map((m) => [Math.round(m.startTime), "mark " + m.name]),
    ...performance.getEntriesByType("resource").map((r) => [Math.round(r.responseEnd), "loaded " + r.name.split("/").pop()]),
  ],
  tasks: globalThis.__tasks,
}));
const all = [
  ...events.map(([t, e]) => [t, `   ${e}`]),
  ...tasks.map(([t, d]) => [t, `TASK ${d} ms (ends ${t + d})`]),
].sort((a, b) => a[0] - b[0]);
for (const [t, e] of all) console.log(String(t).padStart(6), e);
const tbt = tasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
console.log(`long tasks: ${tasks.length}, blocking time ${tbt} ms (CPU ×${RATE}, ${WIDTH}×${HEIGHT})`);
await close();

// Diagnosis (not a test): the *thread* time of each main-thread task of one cold load, from
// Chromium's trace, with the CPU really throttled; other processes on the machine count far less
// than in the wall-clock times `longtasks.mjs` and Lighthouse read. Lists each task of at least
// min-ms with what it spent its time on (layout, lazy compilation, parsing…) and the methodology
// page's progress around it, then a SUMMARY line: the longest tasks that ran script, leaving
// out Playwright's own injected script and the browser's window set-up, and how far they go
// beyond 50 ms.
// Usage: node scripts/trace-tasks.mjs [url-tail=#methodology] [throttle=4] [width=412] [height=823] [min-ms=20]
//   DIST=dir (default dist/)   WAIT_FOR=selector (default: the methodology page no longer busy)
//   SAVE=file.json writes the raw trace events.
import { openThrottledPage } from "./throttled-page.mjs";
import fs from "node:fs";

const HASH = process.argv[2] ?? "#methodology";
const RATE = Number(process.argv[3] ?? 4);
const WIDTH = Number(process.argv[4] ?? 412);
const HEIGHT = Number(process.argv[5] ?? 823);
const MIN = Number(process.argv[6] ?? 20);
const DIST = process.env.DIST ?? new URL("../dist/", import.meta.url).pathname;

function instrument() {
  let last = "";
  new MutationObserver(() => {
    const a = document.querySelector("article#methodology");
    const key = a ? `meth n=${a.children.length} busy=${a.getAttribute("aria-busy")}` : "";
    const r = (document.querySelector("main.app[data-ready='true']") ? " ready" : "") + ` src=${document.querySelectorAll("#sources table").length}/${document.querySelectorAll("#sources li").length} m=${a ? a.getElementsByTagName("*").length : 0}`;
    const k = key + r;
    if (k !== last) { last = k; performance.mark("M " + k); }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const { url, page, cdp, close } = await openThrottledPage({
  dist: DIST,
  width: WIDTH,
  height: HEIGHT,
  rate: RATE,
  instrument,
});
const events = [];
cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", {
  transferMode: "ReportEvents",
  traceConfig: { includedCategories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.wasm", "disabled-by-default-v8.wasm.detailed", "blink.user_timing", "v8.execute"] },
});
await page.goto(`${url}${HASH}`);
await page.waitForSelector(process.env.WAIT_FOR ?? "article#methodology[aria-busy='false']", { timeout: 120000 }).catch(() => console.log("TIMEOUT"));
await page.waitForTimeout(1000);
await cdp.send("Tracing.end");
await done;
if (process.env.SAVE) fs.writeFileSync(process.env.SAVE, JSON.stringify(events));
await close();

const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" &&
  events.some((x) => x.pid === e.pid && x.name === "ResourceSendRequest"));
const pid = main?.pid, tid = main?.tid;
const on = events.filter((e) => e.pid === pid && e.tid === tid);
const nav = on.find((e) => e.name === "navigationStart") ?? on.find(e=>e.name==="TracingStartedInBrowser") ?? on[0];
const t0 = on.filter((e) => e.ph === "X" && e.name === "RunTask").reduce((m, e) => Math.min(m, e.ts), Infinity);
const ms = (us) => (us / 1000).toFixed(0);
const tasks = on.filter((e) => e.ph === "X" && e.name === "RunTask" && e.tdur !== undefined);
const marks = on.filter((e) => e.cat?.includes("blink.user_timing") && e.name.startsWith("M "));
const long = [];
for (const t of tasks) {
  if (t.tdur / 1000 < MIN) continue;
  const kids = on.filter((e) => e.ph === "X" && e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.name !== "RunTask");
  const agg = {};
  for (const k of kids) agg[k.name] = (agg[k.name] ?? 0) + (k.tdur ?? k.dur ?? 0);
  const top = Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 7).map(([n, v]) => `${n} ${ms(v)}`).join(", ");
  const m = marks.filter((x) => x.ts >= t.ts && x.ts <= t.ts + t.dur + 2000).map((x) => x.name.slice(2)).join(" | ");
  long.push(t.tdur / 1000);
  console.log(`${ms(t.ts - t0).padStart(6)} wall ${ms(t.dur).padStart(4)} thread ${ms(t.tdur).padStart(4)}  [${top}]  ${m}`);
}
// Not the page's: Playwright's injected script (an EvaluateScript without a URL) and the
// browser's set-up of the window.
const harness = (t) => on.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && ((e.name === "EvaluateScript" && !e.args?.data?.url && e.dur > 0.5 * t.dur) || e.name === "LocalWindowProxy::Initialize"));
const own = tasks.filter((t) => !harness(t)).map((t) => [t.tdur / 1000, (t.ts - t0) / 1000, on.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && (e.name === "FunctionCall" || e.name === "v8.callFunction"))]);
const js = own.filter(([, , f]) => f).map(([d]) => d).sort((a, b) => b - a);
const nonjs = own.filter(([, , f]) => !f).map(([d]) => d).sort((a, b) => b - a);
console.log(`SUMMARY page tasks with script: top ${js.slice(0, 5).map((d) => d.toFixed(0)).join(", ")} | over 50: ${js.filter((d) => d > 50).length}, excess ${js.reduce((s, d) => s + Math.max(0, d - 50), 0).toFixed(0)} ms || without script (layout, parse): top ${nonjs.slice(0, 3).map((d) => d.toFixed(0)).join(", ")}`);
const over = tasks.map((t) => t.tdur / 1000);
const tbtThread = over.reduce((s, v) => s + Math.max(0, v - 50), 0);
const tbtWall = tasks.map((t) => t.dur / 1000).reduce((s, v) => s + Math.max(0, v - 50), 0);
console.log(`tasks>${MIN}ms thread: ${long.length}; max thread ${Math.max(...over).toFixed(0)} ms; sum(thread-50)+ ${tbtThread.toFixed(0)}; sum(wall-50)+ ${tbtWall.toFixed(0)} (×${RATE}, ${WIDTH}×${HEIGHT})`);
for (const x of marks) console.log("   mark", ms(x.ts - t0), x.name.slice(2));

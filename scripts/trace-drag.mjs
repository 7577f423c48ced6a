// Diagnosis (not a test): what the browser itself does while a slider is dragged, from Chromium's
// trace. Drags #ctl-quota_magnet `moves` times, two frames apart, with the race chart in the middle
// of the screen (as bench-redraw.mjs), and prints the main thread's time per trace event (style,
// layout, paint, garbage collection, script…) per move, and how many layout objects a layout
// touched. `profile-drag.mjs` says which functions the script time goes to; this says what its
// "(program)" is.
//
//   trunk build --release && CHROME_PATH=/usr/bin/chromium node scripts/trace-drag.mjs [moves=40] [cpu=4]
//   RELEASE=1 (each move let go, up to the ranges on screen)   DIST=dir (default dist/)   QUERY=… (the page opened on a link)   WIDTH=1280 HEIGHT=900
import { launchBrowser } from "../tests/e2e/harness.mjs";
import { startStaticServer } from "./static-server.mjs";
import { sliderMove } from "./slider-move.mjs";

const MOVES = Number(process.argv[2] ?? 40) || 40;
const CPU = Number(process.argv[3] ?? 4) || 1;
const WIDTH = Number(process.env.WIDTH || 1280);
const HEIGHT = Number(process.env.HEIGHT || 900);
const QUERY = (process.env.QUERY || "").replace(/^\?/, "");
const server = await startStaticServer(process.env.DIST || new URL("../dist/", import.meta.url).pathname);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
const page = await context.newPage();
await page.goto(server.url + (QUERY ? `?${QUERY}` : ""));
await page.waitForSelector("main.app[data-precision='full']");
// Every chart looked at once (drawn), then the race chart in the middle of the screen.
for (const id of await page.$$eval("canvas[id^='chart-']", (cs) => cs.map((c) => c.id))) {
  await page.$eval(`#${id}`, (el) => el.scrollIntoView({ block: "center" }));
  await page.waitForTimeout(150);
}
await page.$eval("#chart-race", (el) => el.scrollIntoView({ block: "center" }));
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU });
const events = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", {
  traceConfig: { includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "blink", "blink.user_timing"] },
  transferMode: "ReportEvents",
});
// RELEASE=1: each move is let go of (input, then change) and waits for the ranges
// (data-precision="full"), "what drives this number" (no longer aria-busy) and the frame after
// them: what the browser does between letting go and the ranges on screen.
const RELEASE = process.env.RELEASE === "1";
for (let i = 0; i < MOVES; i++) await page.evaluate(sliderMove, [(i * 37) % 101, RELEASE]);
await cdp.send("Tracing.end");
await done;
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });

// The renderer's main thread.
const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur);
const total = new Map();
for (const e of onMain) total.set(e.name, (total.get(e.name) ?? 0) + e.dur);
const tasks = total.get("RunTask") ?? 0;
console.log(`trace-drag: ${MOVES} moves${RELEASE ? " let go (ranges)" : ""} at CPU ×${CPU}, ${WIDTH}×${HEIGHT}; main-thread tasks ${(tasks / 1000 / MOVES).toFixed(1)} ms a move.`);
console.log("inclusive time per move, ms (events nest: a Layout inside a FunctionCall counts in both):");
for (const [k, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((t / 1000 / MOVES).toFixed(2).padStart(8), k);
const layouts = onMain.filter((e) => e.name === "Layout");
const dirty = layouts.map((e) => e.args?.beginData?.dirtyObjects ?? 0);
const totalObjs = layouts.map((e) => e.args?.beginData?.totalObjects ?? 0);
console.log(`layouts: ${layouts.length}, dirty objects median ${dirty.sort((a, b) => a - b)[dirty.length >> 1] ?? 0}, of ${totalObjs.sort((a, b) => a - b)[totalObjs.length >> 1] ?? 0}`);
const styles = onMain.filter((e) => e.name === "UpdateLayoutTree");
const elems = styles.map((e) => e.args?.elementCount ?? 0).sort((a, b) => a - b);
console.log(`style recalcs: ${styles.length}, elements median ${elems[elems.length >> 1] ?? 0}, max ${elems[elems.length - 1] ?? 0}`);
await browser.close(); await server.close();

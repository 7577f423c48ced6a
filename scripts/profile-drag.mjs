// Diagnosis (not a test): where a slider drag spends its time. Drags #ctl-quota_magnet 60 times,
// two frames apart, with the slider mid-screen at 1280 × 900 (as bench-redraw.mjs), under
// Chromium's sampling CPU profiler (0.1 ms), and prints the 40 largest self times: JavaScript and
// browser functions by name (replaceState, clientWidth, fillText…), the WebAssembly by index
// (the release build keeps no names), "(program)" for the browser's own work (style, layout,
// paint) and "(idle)". `RELEASE=1` lets go of each move and waits for the ranges. `CPU=4` throttles the CPU as a mid-range phone; `QUERY=` opens the page on a link; `DIST=` profiles another
// build, e.g. one made with `data-wasm-opt="0" data-keep-debug="true"` in index.html, whose
// WebAssembly keeps its function names; it then also prints the self time per crate or module
// (the path before the function's last `::`, generics left out).
//
//   trunk build --release && CHROME_PATH=/usr/bin/chromium node scripts/profile-drag.mjs
import { launchBrowser } from "../tests/e2e/harness.mjs";
import { startStaticServer } from "./static-server.mjs";
import { sliderMove } from "./slider-move.mjs";
const server = await startStaticServer(process.env.DIST || new URL("../dist/", import.meta.url).pathname);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const QUERY = (process.env.QUERY || "").replace(/^\?/, "");
await page.goto(server.url + (QUERY ? `?${QUERY}` : ""));
await page.waitForSelector("main.app[data-precision='full']");
await page.$eval("#ctl-quota_magnet", (el) => el.scrollIntoView({ block: "center" }));
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
if (process.env.CPU) await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env.CPU) });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
// RELEASE=1: each move is let go of (input, then change) and waits for the ranges and "what drives
// this number" and the frame after them (slider-move.mjs): where the time to the ranges goes.
const RELEASE = process.env.RELEASE === "1";
for (let i = 0; i < 60; i++) await page.evaluate(sliderMove, [(i * 37) % 101, RELEASE]);
const { profile } = await cdp.send("Profiler.stop");
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}`; self.set(k, (self.get(k) ?? 0) + t); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`profile-drag: 60 moves${RELEASE ? " let go (ranges)" : ""}, total ${(total / 1000).toFixed(0)} ms sampled; self time in ms:`);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((t / 1000).toFixed(1).padStart(8), k);
// By module: "yew::html::component::lifecycle::…" → "yew::html", "rare_earth_risk::ui::charts::race::race_chart" → "rare_earth_risk::ui::charts::race".
const byModule = new Map();
for (const [k, t] of self) {
  const name = k.replace(/ [^ ]*$/, "").replace(/<[^<>]*>/g, "").replace(/<[^<>]*>/g, "");
  const parts = name.split("::");
  const mod = parts.length > 1 ? parts.slice(0, Math.min(parts.length - 1, parts[0] === "rare_earth_risk" ? 4 : 2)).join("::") : name;
  byModule.set(mod, (byModule.get(mod) ?? 0) + t);
}
// Inclusive time: each sample counts once for every distinct function on its stack.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const f = byId.get(n).callFrame.functionName.replace(/::h[0-9a-f]{16}$/, "");
    if (f && !seen.has(f)) { seen.add(f); incl.set(f, (incl.get(f) ?? 0) + (dt[i] ?? 0)); }
  }
});
console.log("inclusive time of the app's own functions (rare_earth_risk::), ms:");
for (const [k, t] of [...incl].filter(([k]) => k.includes("rare_earth_risk")).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((t / 1000).toFixed(1).padStart(8), k.slice(0, 150));
console.log("self time by crate or module, ms:");
for (const [k, t] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((t / 1000).toFixed(1).padStart(8), k);
await browser.close(); await server.close();

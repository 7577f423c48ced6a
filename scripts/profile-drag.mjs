// Diagnosis (not a test): where a slider drag spends its time. Drags #ctl-quota_magnet 60 times,
// two frames apart, with the slider mid-screen at 1280 × 900 (as bench-redraw.mjs), under
// Chromium's sampling CPU profiler (0.1 ms), and prints the 40 largest self times: JavaScript and
// browser functions by name (replaceState, clientWidth, fillText…), the WebAssembly by index
// (the release build keeps no names), "(program)" for the browser's own work (style, layout,
// paint) and "(idle)".
//
//   trunk build --release && CHROME_PATH=/usr/bin/chromium node scripts/profile-drag.mjs
import { launchBrowser } from "../tests/e2e/harness.mjs";
import { startStaticServer } from "./static-server.mjs";
const server = await startStaticServer(process.env.DIST || new URL("../dist/", import.meta.url).pathname);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector("main.app[data-precision='full']");
await page.$eval("#ctl-quota_magnet", (el) => el.scrollIntoView({ block: "center" }));
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
for (let i = 0; i < 60; i++) {
  await page.evaluate((v) => new Promise((r) => { const s = document.querySelector("#ctl-quota_magnet"); s.value = String(v); s.dispatchEvent(new InputEvent("input", { bubbles: true })); requestAnimationFrame(() => requestAnimationFrame(r)); }), (i * 37) % 101);
}
const { profile } = await cdp.send("Profiler.stop");
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}`; self.set(k, (self.get(k) ?? 0) + t); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`profile-drag: 60 moves, total ${(total / 1000).toFixed(0)} ms sampled; self time in ms:`);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((t / 1000).toFixed(1).padStart(8), k);
await browser.close(); await server.close();

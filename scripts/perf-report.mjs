// Assembles the outputs of scripts/perf-report.sh (one text file per step in a folder) into the
// figures-beside-goals summary, and inserts it as a dated Markdown section at the top of the runs
// in docs/performance.md. Node standard library only.
//
//   node scripts/perf-report.mjs <folder with size.txt native.txt native_z.txt wasm.txt redraw.txt redraw_x4.txt redraw_compare.txt redraw_x4_months.txt render.txt
//                                 lighthouse.txt meta.txt> [docs/performance.md]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [dir, doc] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node scripts/perf-report.mjs <folder> [docs/performance.md]");
  process.exit(2);
}
const read = (name) => (existsSync(join(dir, `${name}.txt`)) ? readFileSync(join(dir, `${name}.txt`), "utf8") : "");
const meta = Object.fromEntries(read("meta").split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));

// --- size (scripts/size-report.mjs) ---------------------------------------------------------
const sizeRows = [];
for (const line of read("size").split("\n")) {
  const m = /^(\S+)\s+([\d.]+) KB\s+([\d.]+) KB\s+([\d.]+) KB$/.exec(line.trim());
  if (m && m[1] !== "total") sizeRows.push({ name: m[1], raw: +m[2], gz: +m[3], br: +m[4] });
}
const kind = (ext) => {
  const rows = sizeRows.filter((r) => r.name.endsWith(ext));
  return { n: rows.length, raw: sum(rows, "raw"), gz: sum(rows, "gz"), br: sum(rows, "br"), names: rows.map((r) => r.name) };
};
function sum(rows, k) { return rows.reduce((a, r) => a + r[k], 0); }
const sizes = { wasm: kind(".wasm"), js: kind(".js"), css: kind(".css"), html: kind(".html") };

// --- transfer and first render (scripts/perf-first-render.mjs) -----------------------------
const render = read("render");
const transfer = {};
for (const m of render.matchAll(/transfer-result: who=(\w+) files=(\d+) raw_kb=([\d.]+) gzip_kb=([\d.]+) brotli_kb=([\d.]+) list=(\S*)/g)) {
  transfer[m[1]] = { files: +m[2], raw: +m[3], gz: +m[4], br: +m[5], list: m[6] };
}
/** first-render-result lines → { cold, warm }, and the viewport and charts on its first screen. */
function parseRender(text) {
  const out = {};
  for (const m of text.matchAll(/first-render-result: mode=(\w+) loads=(\d+) ready_median_ms=([\d.]+) charts_median_ms=([\d.]+) frame_median_ms=([\d.]+) frame_p95_ms=([\d.]+) ranges_median_ms=([\d.]+) full_median_ms=([\d.]+) full_p95_ms=([\d.]+)/g)) {
    out[m[1]] = { loads: +m[2], ready: +m[3], charts: +m[4], frame: +m[5], frameP95: +m[6], ranges: +m[7], full: +m[8], fullP95: +m[9] };
  }
  const v = /viewport (\d+×\d+) \(([\d/]+) of the \d+ charts/.exec(text);
  out.viewport = v ? v[1] : "?";
  out.onScreen = v ? v[2] : "?";
  return out;
}
const firstRenderTall = parseRender(read("render_tall"));
const firstRender = {};
for (const m of render.matchAll(/first-render-result: mode=(\w+) loads=(\d+) ready_median_ms=([\d.]+) charts_median_ms=([\d.]+) frame_median_ms=([\d.]+) frame_p95_ms=([\d.]+) ranges_median_ms=([\d.]+) full_median_ms=([\d.]+) full_p95_ms=([\d.]+)/g)) {
  firstRender[m[1]] = { loads: +m[2], ready: +m[3], charts: +m[4], frame: +m[5], frameP95: +m[6], ranges: +m[7], full: +m[8], fullP95: +m[9] };
}
Object.assign(firstRender, (({ viewport, onScreen }) => ({ viewport, onScreen }))(parseRender(render)));

// --- evaluate, native (benches/evaluate.rs) and WASM (tests/wasm_bench.rs) ------------------
/** The native benchmark's rows: scenario → central and full median / p95. */
function parseNative(text) {
  const rows = {};
  for (const line of text.split("\n")) {
    const m = /^(\S+)\s+([\d.]+) \/ ([\d.]+) ms\s+([\d.]+) \/ ([\d.]+) ms/.exec(line);
    if (m) rows[m[1]] = { cm: +m[2], cp: +m[3], fm: +m[4], fp: +m[5] };
  }
  return rows;
}
// `native`: the bench profile (opt-level 3, how a native build is made); `native_z`: the same at
// the WASM's opt-level "z", the like-for-like base of the WASM ÷ native goal.
const nativeText = read("native");
const native = parseNative(nativeText);
const nativeProfile = /^profile: (.*)$/m.exec(nativeText)?.[1] ?? "";
const nativeZText = read("native_z");
const nativeZ = parseNative(nativeZText);
const nativeZProfile = /^profile: (.*)$/m.exec(nativeZText)?.[1] ?? "";
const worstNative = Object.keys(native).length ? Math.max(...Object.values(native).map((n) => n.fm)) : NaN;
const wasm = {};
const wasmText = read("wasm");
for (const m of wasmText.matchAll(/wasm-bench: scenario="([^"]*)" central_median_ms=([\d.]+) central_p95_ms=([\d.]+) full_median_ms=([\d.]+) full_p95_ms=([\d.]+) runs=(\d+) timer_resolution_ms=([\d.]+|inf)/g)) {
  wasm[m[1]] = { cm: +m[2], cp: +m[3], fm: +m[4], fp: +m[5], runs: +m[6], res: +m[7] };
}
const wasmProfile = /wasm-bench: profile=(\w+)/.exec(wasmText)?.[1] ?? "";
const scenarios = Object.keys(native).filter((k) => k in wasm);
const ratios = scenarios.map((k) => ({
  k,
  full: wasm[k].fm / native[k].fm,
  central: wasm[k].cm / native[k].cm,
  fullZ: k in nativeZ ? wasm[k].fm / nativeZ[k].fm : NaN,
}));
const worstFull = ratios.length ? Math.max(...ratios.map((r) => r.full)) : NaN;
const worstFullZ = ratios.length ? Math.max(...ratios.map((r) => r.fullZ)) : NaN;

// --- slider to redraw (scripts/bench-redraw.mjs) --------------------------------------------
const redrawOf = (name) => {
  const text = read(name);
  const row = (label) => {
    const m = new RegExp(`^\\s*${label.replace(/[()]/g, "\\$&")}\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`, "m").exec(text);
    return m ? { median: +m[1], p95: +m[2] } : null;
  };
  return {
    dom: row("headline numbers updated (DOM)"),
    draw: row("last chart drawing call"),
    frame: row("next animation frame (charts on screen)"),
    ranges: row("data-precision=full"),
    rangesFrame: row("next animation frame (ranges on screen)"),
    paused: row("after the pause: data-precision=full"),
    pausedFrame: row("after the pause: next frame (ranges on screen)"),
    swings: row('"what drives this number" ready'),
  };
};
const redraw = redrawOf("redraw");
const redrawX4 = redrawOf("redraw_x4");
const redrawCompare = redrawOf("redraw_compare");
const redrawX4Months = redrawOf("redraw_x4_months");
const compareAdds = redraw.draw && redrawCompare.draw ? redrawCompare.draw.p95 / redraw.draw.p95 - 1 : NaN;

// --- Lighthouse (scripts/lighthouse.mjs, if present) ----------------------------------------
// Its lines: "lighthouse <version> · <page> (<url>): performance 97 · accessibility 100 · …".
const lhText = read("lighthouse");
const lhPages = [...lhText.matchAll(/^lighthouse (\S+) · (.+?) \(\S*\): (.+)$/gm)].map((m) => ({
  version: m[1],
  page: m[2],
  scores: Object.fromEntries([...m[3].matchAll(/([a-z-]+) (\d+)/g)].map((x) => [x[1], +x[2]])),
}));
const worst = (cat) => (lhPages.length ? Math.min(...lhPages.map((p) => p.scores[cat] ?? NaN)) : NaN);
// With LH_RUNS > 1 a page's "performance" is the median of its runs, "performance-worst" the
// lowest single run.
const lighthouse = lhText.startsWith("skipped")
  ? { skipped: lhText.trim() }
  : {
    performance: worst("performance"),
    worstRun: Math.min(...lhPages.map((p) => p.scores["performance-worst"] ?? p.scores.performance)),
    runs: lhPages[0]?.scores.runs ?? 1,
    accessibility: worst("accessibility"),
    pages: lhPages,
  };

// --- goals ----------------------------------------------------------------------------------
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
const verdict = (ok) => (ok === null ? "n/a" : ok ? "met" : "**missed**");
const check = (x, ok) => (Number.isFinite(x) ? ok(x) : null);
const goals = [
  {
    what: "Total transfer of a first load (gzip)",
    figure: transfer.page ? `${fmt(transfer.page.gz)} KB (brotli ${fmt(transfer.page.br)} KB; raw ${fmt(transfer.page.raw)} KB; ${transfer.page.files} files)` : "n/a",
    goal: "< 250 KB",
    ok: check(transfer.page?.gz, (x) => x < 250),
  },
  {
    what: "Native `evaluate` (default draws + timeline), worst scenario, median (issue 4)",
    figure: `${fmt(worstNative, 3)} ms (${nativeProfile.replace(/^bench, /, "").replace(/ \(.*?\)/, "").split(",")[0] || "?"})`,
    goal: "< 2 ms",
    ok: check(worstNative, (x) => x < 2),
  },
  {
    what: "WASM `evaluate` (default draws + timeline) vs native at the same opt-level (\"z\"), worst scenario",
    figure: `×${fmt(worstFullZ, 2)} (vs native at opt-level 3: ×${fmt(worstFull, 2)})`,
    goal: "≤ ×1.6",
    ok: check(worstFullZ, (x) => x <= 1.6),
  },
  {
    what: "Slider to charts redrawn, p95 (input event → last chart drawing call)",
    figure: redraw.draw ? `${fmt(redraw.draw.p95)} ms (median ${fmt(redraw.draw.median)} ms)` : "n/a",
    goal: "< 16 ms",
    ok: check(redraw.draw?.p95, (x) => x < 16),
  },
  {
    what: "Slider to charts redrawn with the CPU throttled ×4, p95 (a mid-range phone; two frames)",
    figure: redrawX4.draw ? `${fmt(redrawX4.draw.p95)} ms (median ${fmt(redrawX4.draw.median)} ms)` : "n/a",
    goal: "≤ 33 ms",
    ok: check(redrawX4.draw?.p95, (x) => x <= 33),
  },
  {
    what: "What \"Compare with…\" on adds to the slider-to-redraw p95",
    figure: redrawCompare.draw ? `${Number.isFinite(compareAdds) ? `${compareAdds >= 0 ? "+" : "−"}${fmt(Math.abs(compareAdds) * 100, 0)} %` : "n/a"} (${fmt(redrawCompare.draw.p95)} ms, median ${fmt(redrawCompare.draw.median)} ms)` : "n/a",
    goal: "≤ +30 %",
    ok: check(compareAdds, (x) => x <= 0.3),
  },
  {
    what: "Ranges in after the last input, p95, unthrottled / CPU ×4: the magnet quota let go (input + change: the default draws start after the next paint); then `months` (the restriction's length) let go at CPU ×4 (every market's draws redone); in brackets, a pointer resting on a slider without letting go (input only: a 60 ms pause first)",
    figure: redraw.ranges ? `${fmt(redraw.ranges.p95)} / ${fmt(redrawX4.ranges?.p95)} ms; months ${fmt(redrawX4Months.ranges?.p95)} ms (medians ${fmt(redraw.ranges.median)} / ${fmt(redrawX4.ranges?.median)} / ${fmt(redrawX4Months.ranges?.median)} ms; resting: p95 ${fmt(redraw.paused?.p95)} / ${fmt(redrawX4.paused?.p95)} ms)` : "n/a",
    goal: "≤ 100 ms, even throttled",
    ok: check(Math.max(redraw.ranges?.p95 ?? NaN, redrawX4.ranges?.p95 ?? NaN, redrawX4Months.ranges?.p95 ?? NaN), (x) => x <= 100),
  },
  {
    what: "\"What drives this number\" ready after the last input (the magnet quota let go: its card no longer busy), p95, unthrottled / CPU ×4",
    figure: redraw.swings ? `${fmt(redraw.swings.p95)} / ${fmt(redrawX4.swings?.p95)} ms (medians ${fmt(redraw.swings.median)} / ${fmt(redrawX4.swings?.median)} ms)` : "n/a",
    goal: "≤ 100 ms, even throttled",
    ok: check(Math.max(redraw.swings?.p95 ?? NaN, redrawX4.swings?.p95 ?? NaN), (x) => x <= 100),
  },
  {
    what: "First full render, cold load on loopback (navigation start → everything rendered, the charts on the first screen drawn with their Monte Carlo ranges, on screen), median",
    figure: firstRender.cold ? `${fmt(firstRender.cold.full)} ms at ${firstRender.viewport}, ${firstRender.onScreen} of the 5 charts on that screen (p95 ${fmt(firstRender.cold.fullP95)} ms; warm reload ${fmt(firstRender.warm?.full)} ms). With all five charts on the first screen (${firstRenderTall.viewport}): ${fmt(firstRenderTall.cold?.full)} ms` : "n/a",
    goal: "< 500 ms",
    ok: check(firstRender.cold?.full, (x) => x < 500),
  },
  {
    what: "Lighthouse performance (mobile, simulated throttling), worst page, median of its runs",
    figure: lighthouse.skipped ? "skipped (no scripts/lighthouse.mjs)"
      : `${fmt(lighthouse.performance, 0)} (median of ${lighthouse.runs} runs; lowest single run ${fmt(lighthouse.worstRun, 0)}; accessibility ${fmt(lighthouse.accessibility, 0)})`,
    goal: "≥ 95",
    ok: lighthouse.skipped ? null : check(lighthouse.performance, (x) => x >= 95),
  },
];

// --- the Markdown section -------------------------------------------------------------------
const md = [];
md.push(`### ${meta.date ?? new Date().toISOString()} · commit ${meta.commit ?? "?"}${meta.dist ? ` (${meta.dist})` : ""}`);
md.push("");
md.push(`${meta.cpu ?? ""}, load average (1/5/15 min) ${meta.load ?? "?"}; ${meta.rustc ?? ""}; ${meta.chromium ?? ""} (headless); Node ${meta.node ?? ""}.` +
  (meta.failed ? ` **Failed steps: ${meta.failed}.**` : ""));
md.push("");
md.push("| Goal | Figure | Target | |");
md.push("|---|---|---|---|");
for (const g of goals) md.push(`| ${g.what} | ${g.figure} | ${g.goal} | ${verdict(g.ok)} |`);
md.push("");
md.push("| Size (dist/) | raw KB | gzip KB | brotli KB | files |");
md.push("|---|---:|---:|---:|---|");
for (const [k, s] of Object.entries(sizes)) md.push(`| ${k} | ${fmt(s.raw)} | ${fmt(s.gz)} | ${fmt(s.br)} | ${s.names.join(", ")} |`);
if (transfer.page) md.push(`| **first load** (what the page requests) | ${fmt(transfer.page.raw)} | ${fmt(transfer.page.gz)} | ${fmt(transfer.page.br)} | ${transfer.page.list.replaceAll(",", ", ")} |`);
if (transfer.worker) md.push(`| then the service worker's precache (size of every precached file; hashed ones come from the HTTP cache, the rest are re-fetched) | ${fmt(transfer.worker.raw)} | ${fmt(transfer.worker.gz)} | ${fmt(transfer.worker.br)} | ${transfer.worker.files} files |`);
md.push("");
md.push(`| \`evaluate\`, ms (median / p95) | native central | WASM central | native full | native full, opt-level z | WASM full | WASM ÷ native full: opt-level z (3) |`);
md.push("|---|---:|---:|---:|---:|---:|---:|");
for (const r of ratios) {
  const n = native[r.k], w = wasm[r.k], z = nativeZ[r.k];
  md.push(`| \`${r.k}\` | ${fmt(n.cm, 3)} / ${fmt(n.cp, 3)} | ${fmt(w.cm, 3)} / ${fmt(w.cp, 3)} | ${fmt(n.fm, 3)} / ${fmt(n.fp, 3)} | ${z ? `${fmt(z.fm, 3)} / ${fmt(z.fp, 3)}` : "n/a"} | ${fmt(w.fm, 3)} / ${fmt(w.fp, 3)} | ×${fmt(r.fullZ, 2)} (×${fmt(r.full, 2)}) |`);
}
md.push("");
md.push(`Native: \`cargo bench --bench evaluate\`, ${nativeProfile || "?"}; and with \`CARGO_PROFILE_BENCH_OPT_LEVEL=z\`, ${nativeZProfile || "?"}. WASM: \`tests/wasm_bench.rs\`, ${wasmProfile || "?"} profile, ` +
  `${Object.values(wasm)[0]?.runs ?? "?"} runs, timer step ${fmt(Math.min(...Object.values(wasm).map((w) => w.res)), 3)} ms (Chromium coarsens \`performance.now()\`).`);
md.push("");
// The native benchmark's second table: an evaluation after a slider move reuses the oxide paths
// the slider did not change (benches/evaluate.rs).
const moved = [...nativeText.matchAll(/^(preset=\S+) (\w+)\s+([\d.]+) \/ ([\d.]+) ms\s+([\d.]+) ms$/gm)];
if (moved.length) {
  md.push("| `evaluate` after a slider move (default draws + timeline), native, ms | after the move: median / p95 | from cold: median |");
  md.push("|---|---:|---:|");
  for (const m of moved) md.push(`| \`${m[1]}\`, \`${m[2]}\` moved | ${fmt(+m[3], 3)} / ${fmt(+m[4], 3)} | ${fmt(+m[5], 3)} |`);
  md.push("");
}
md.push("| Slider to redraw, ms from the input event (central figures while dragging) | median | p95 |");
md.push("|---|---:|---:|");
for (const [label, r] of [["headline numbers in the DOM", redraw.dom], ["last chart drawing call", redraw.draw], ["next animation frame (charts on screen)", redraw.frame], ["with ranges, let go: next frame after the default draws", redraw.rangesFrame], ["with ranges, resting: next frame after the 60 ms pause + the draws", redraw.pausedFrame],
  ["CPU ×4: last chart drawing call", redrawX4.draw], ["CPU ×4: next animation frame", redrawX4.frame], ["CPU ×4: with ranges, let go, next frame", redrawX4.rangesFrame], ["\"what drives this number\" ready, let go", redraw.swings], ["CPU ×4: with ranges, resting, next frame", redrawX4.pausedFrame], ["CPU ×4: \"what drives this number\" ready, let go", redrawX4.swings], ["CPU ×4, `months` moved: with ranges, let go, next frame", redrawX4Months.rangesFrame],
  ["\"Compare with…\" on: last chart drawing call", redrawCompare.draw], ["\"Compare with…\" on: next animation frame", redrawCompare.frame]]) {
  if (r) md.push(`| ${label} | ${fmt(r.median)} | ${fmt(r.p95)} |`);
}
md.push("");
md.push("| First render, ms since navigation start (10 loads), medians | app rendered | first-screen charts drawn | on screen (next frame) | ranges in | full: charts with ranges on screen | p95 full |");
md.push("|---|---:|---:|---:|---:|---:|---:|");
for (const [r, label] of [
  [firstRender.cold, `cold: new context, empty cache (${firstRender.viewport}, ${firstRender.onScreen} of 5 charts on screen)`],
  [firstRender.warm, "warm: reload, HTTP cache + service worker"],
  [firstRenderTall.cold, `cold, ${firstRenderTall.viewport} (${firstRenderTall.onScreen} of 5 charts on screen), ${firstRenderTall.cold?.loads ?? 0} loads`],
]) {
  if (r) md.push(`| ${label} | ${fmt(r.ready)} | ${fmt(r.charts)} | ${fmt(r.frame)} | ${fmt(r.ranges)} | ${fmt(r.full)} | ${fmt(r.fullP95)} |`);
}
md.push("");
if (lighthouse.skipped) md.push(`Lighthouse: ${lighthouse.skipped}.`);
else if (!lighthouse.pages.length) md.push("Lighthouse: no scores found in the output of scripts/lighthouse.mjs.");
else {
  const heads = { performance: lighthouse.runs > 1 ? "performance (median)" : "performance", "performance-worst": "performance (lowest run)" };
  const keys = Object.keys(lighthouse.pages[0].scores);
  md.push(`| Lighthouse ${lighthouse.pages[0].version} (\`node scripts/lighthouse.mjs\`: mobile, simulated throttling) | ${keys.map((k) => heads[k] ?? k).join(" | ")} |`);
  md.push(`|---|${keys.map(() => "---:").join("|")}|`);
  for (const p of lighthouse.pages) md.push(`| ${p.page} | ${keys.map((k) => p.scores[k]).join(" | ")} |`);
}
md.push("");
const section = md.join("\n");

// --- print ----------------------------------------------------------------------------------
console.log("");
console.log(`${"".padEnd(2)}${"goal".padEnd(70)}${"figure".padEnd(44)}target`);
for (const g of goals) {
  const mark = g.ok === null ? "  " : g.ok ? "✔ " : "✘ ";
  console.log(`${mark}${g.what.slice(0, 68).padEnd(70)}${g.figure.slice(0, 42).padEnd(44)}${g.goal}`);
}
console.log("");
console.log(section);

// --- write ----------------------------------------------------------------------------------
if (doc) {
  const MARK = "<!-- perf-report: runs below, newest first (scripts/perf-report.sh inserts here) -->";
  let text = existsSync(doc) ? readFileSync(doc, "utf8") : `# Performance\n\n## Runs\n\n${MARK}\n`;
  if (!text.includes(MARK)) text = `${text.trimEnd()}\n\n## Runs\n\n${MARK}\n`;
  text = text.replace(MARK, `${MARK}\n\n${section}`);
  writeFileSync(doc, text);
  console.log(`perf-report: added this run to ${doc}`);
}

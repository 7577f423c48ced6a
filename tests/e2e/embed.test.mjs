// Embedding: the app in a cross-site iframe, a sandbox="allow-scripts" iframe and the embed.js
// loader, plus the static files that go with it (oEmbed, manifest). The app is served from
// 127.0.0.1:<A> and the host pages from a real loopback server reached as localhost:<B>, so the
// frames are cross-site (and Chromium's Local Network Access checks pass; TOOLCHAIN.md §5.3).
// Run after `trunk build --release`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST as BUILT, launchBrowser, visit } from "./harness.mjs";
import { assertSliderRecomputes } from "./check.mjs";
import { startStaticServer } from "../../scripts/static-server.mjs";

// E2E_DIST: test another build folder than dist/ (debugging aid).
const DIST = process.env.E2E_DIST || BUILT;
const NS = "rare-earth-risk";
const PRESETS = ["baseline-2024", "quota-2010", "licensing-apr-2025", "truce-jun-2025", "controls-oct-2025", "embargo-now", "pipeline-2030"];

let app, host, hostUrl, browser;
const hostPages = new Map();

before(async () => {
  assert.ok(existsSync(join(DIST, "index.html")), "dist/ is missing: run `trunk build --release` first");
  app = await startStaticServer(DIST);
  host = createServer((req, res) => {
    const body = hostPages.get(new URL(req.url, "http://x").pathname);
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(body);
  });
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
  hostUrl = `http://localhost:${host.address().port}/`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
  host?.closeAllConnections();
  await new Promise((ok) => (host ? host.close(ok) : ok()));
});

// A host page's own script: records every message from the app and applies resize messages to
// the frame that sent them (what a CMS integration would do without embed.js).
const RECORDER = `
  window.received = [];
  addEventListener("message", (e) => {
    if (e.origin !== APP_ORIGIN && e.origin !== "null") return;
    window.received.push(e.data);
    const f = [...document.querySelectorAll("iframe")].find((x) => x.contentWindow === e.source);
    if (f && !f.dataset.managed && e.data && e.data.type === "${NS}:resize") f.style.height = e.data.height + "px";
  });`;

function hostPage(path, body) {
  hostPages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host ${path}</title><link rel="icon" href="data:,">
<script>const APP_ORIGIN = ${JSON.stringify(new URL(app.url).origin)};${RECORDER}</script></head>
<body style="margin:0"><h1 style="margin:0;height:50px">A host article</h1>${body}<p>After the embed.</p></body></html>`);
  return new URL(path.slice(1), hostUrl).href;
}

/**
 * Opens a host page (`openHost`), runs `steps(page)`, then checks that nothing went wrong in any
 * frame; closes it, also when a step fails.
 */
async function withHost(url, steps) {
  const h = await openHost(url);
  try {
    await steps(h.page);
    assert.deepEqual(h.problems, []);
  } finally { await h.close(); }
}

/** Opens a host page, recording console errors and exceptions of every frame, dialogs, and requests off the two origins. */
async function openHost(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const allowed = new Set([new URL(hostUrl).origin, new URL(app.url).origin]);
  context.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  context.on("weberror", (e) => problems.push(`uncaught exception: ${e.error().message}`));
  page.on("dialog", (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
  context.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  context.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith("data:") && !u.startsWith("blob:") && !allowed.has(new URL(u).origin)) problems.push(`request off origin: ${u}`);
  });
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}

async function appFrame(page, selector = "iframe") {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  await frame.waitForSelector("[data-ready='true']", { timeout: 20_000 });
  return { handle, frame };
}

const received = (page) => page.evaluate(() => window.received);
const resizes = (msgs) => msgs.filter((m) => m && typeof m === "object" && m.type === `${NS}:resize`);

/** Waits for the frame's current content height to be posted and applied to the iframe (±2 px). */
async function assertHeightApplied(page, handle, frame, clamp = (h) => h) {
  let posted, shown;
  for (let i = 0; i < 100; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const msgs = resizes(await received(page));
    posted = msgs.at(-1)?.height;
    shown = (await handle.boundingBox())?.height;
    if (posted === content && Math.abs(shown - clamp(posted)) <= 2) return posted;
    await page.waitForTimeout(100);
  }
  assert.fail(`iframe height ${shown} does not follow the posted height ${posted}`);
}

const HOSTILE = [
  "<script>alert(1)</script>",
  "alert(document.domain)",
  `{"type":"${NS}:theme","dark":"true"}`,
  null, 42, true, ["rare-earth-risk:theme", "true"],
  { type: `${NS}:theme`, dark: "<img src=x onerror=alert(1)>" },
  { type: `${NS}:theme`, dark: "javascript:alert(1)" },
  { type: `${NS}:theme`, dark: true },
  { type: `${NS}:theme` },
  { type: `${NS}:theme`, dark: "true", html: "<b>x</b>" },
  { type: `${NS}:theme`, dark: ["true"] },
  { type: `${NS}:resize`, height: 1 },
  { type: `${NS}:THEME`, dark: "true" },
  { sentinel: "amp", type: "embed-size", height: 10 },
  "pymxPYMxchildxPYMxheightxPYMx10",
];

/** Snapshot of what a message could change: the <html> attributes and the whole body. */
const snapshot = (frame) => frame.evaluate(() => ({
  attrs: [...document.documentElement.attributes].filter((a) => a.name !== "data-theme").map((a) => `${a.name}=${a.value}`),
  body: document.body.innerHTML,
  title: document.title,
  url: location.href,
}));

/** Waits until the frame's DOM stops changing (e.g. ranges still being computed after a slider move). */
async function settle(frame) {
  let last = null, stable = 0;
  for (let i = 0; i < 100 && stable < 3; i++) {
    const now = JSON.stringify(await snapshot(frame));
    stable = now === last ? stable + 1 : 0;
    last = now;
    await frame.page().waitForTimeout(150);
  }
}

/** Hostile messages change nothing; the one valid message sets the theme. Messages arrive in order. */
async function assertMessageContract(page, frame, selector = "iframe") {
  await settle(frame);
  const before = await snapshot(frame);
  const theme = () => frame.evaluate(() => document.documentElement.getAttribute("data-theme"));
  await page.evaluate(({ sel, hostile }) => {
    const w = document.querySelector(sel).contentWindow;
    const huge = {};
    for (let i = 0; i < 200_000; i++) huge[`k${i}`] = "<img src=x onerror=alert(1)>";
    huge.type = "rare-earth-risk:theme";
    huge.dark = "true";
    for (const m of [...hostile, huge, "x".repeat(5_000_000)]) w.postMessage(m, "*");
    w.postMessage({ type: "rare-earth-risk:theme", dark: "true" }, "*");
  }, { sel: selector, hostile: HOSTILE });
  await frame.waitForFunction(() => document.documentElement.getAttribute("data-theme") === "dark", null, { timeout: 10_000 });
  assert.deepEqual(await snapshot(frame), before, "hostile messages changed the page");
  for (const [dark, want] of [["false", "light"], ["auto", null], ["true", "dark"]]) {
    await page.evaluate(({ sel, dark }) => document.querySelector(sel).contentWindow.postMessage({ type: "rare-earth-risk:theme", dark }, "*"), { sel: selector, dark });
    await frame.waitForFunction((w) => document.documentElement.getAttribute("data-theme") === w, want, { timeout: 5_000 });
  }
  assert.equal(await theme(), "dark");
}

test("static files: oEmbed per preset with discovery, manifest, loader", () => {
  const index = readFileSync(join(DIST, "index.html"), "utf8");
  assert.match(index, /<link rel="alternate" type="application\/json\+oembed" href="oembed\/default\.json" title="[^"]+"/);
  assert.match(index, /<link rel="manifest" href="manifest\.webmanifest"/);
  assert.doesNotMatch(index, /<script>|<script type="text\/javascript">/, "no classic inline scripts (CSP)");
  for (const name of ["default", ...PRESETS]) {
    const o = JSON.parse(readFileSync(join(DIST, "oembed", `${name}.json`), "utf8"));
    assert.equal(o.type, "rich");
    assert.equal(o.version, "1.0");
    assert.equal(o.provider_name, "Rare-earth risk calculator");
    assert.match(o.provider_url, /^https?:\/\/.+\/$/);
    for (const k of ["width", "height", "cache_age"]) assert.ok(Number.isInteger(o[k]) && o[k] > 0, k);
    assert.ok(o.title.length > 0);
    const src = /<iframe src="([^"]+)"/.exec(o.html)?.[1]?.replace(/&amp;/g, "&");
    assert.ok(src, `iframe in ${name}.json`);
    const url = new URL(src);
    assert.ok(src.startsWith(o.provider_url));
    assert.equal(url.searchParams.get("embed"), "1");
    assert.equal(url.searchParams.get("preset"), name === "default" ? null : name);
    assert.match(o.html, /title="[^"]+"/);
    assert.doesNotMatch(o.html, /<script/);
  }
  const m = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8"));
  assert.equal(m.start_url, "./");
  assert.equal(m.display, "standalone");
  assert.ok(m.name && m.short_name && m.theme_color && m.background_color);
  assert.ok(m.icons.some((i) => i.type === "image/svg+xml" && existsSync(join(DIST, i.src))));
  assert.ok(existsSync(join(DIST, "embed.js")));
});

test("top level: ?embed=1 and ?dark= set the page mode; plain visits do not", async () => {
  await visit(browser, app.url, async (page) => {
    assert.deepEqual(await page.evaluate(() => [document.documentElement.className, document.documentElement.getAttribute("data-theme")]), ["", null]);
  });
  await visit(browser, `${app.url}?embed=1&dark=true`, async (page) => {
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains("embedded")));
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-theme")), "dark");
  });
});

test("cross-site iframe: renders, computes, auto-sizes (own, AMP, Pym, WordPress formats), ignores hostile messages", async () => {
  const src = `${app.url}?preset=embargo-now&childId=calc-1#?secret=Ab12Cd34Ef`;
  const url = hostPage("/cross-site.html", `<iframe src="${src}" title="Rare-earth risk calculator" width="100%" height="400" style="display:block;width:100%;border:0"></iframe>`);
  await withHost(url, async (page) => {
    const { handle, frame } = await appFrame(page);
    assert.ok(await frame.evaluate(() => document.documentElement.classList.contains("embedded")));
    const height = await assertHeightApplied(page, handle, frame);
    const msgs = await received(page);
    assert.ok(msgs.some((m) => m?.sentinel === "amp" && m.type === "embed-size" && m.height === height), "AMP format");
    assert.ok(msgs.includes(`pymxPYMxcalc-1xPYMxheightxPYMx${height}`), "Pym format");
    assert.ok(msgs.some((m) => m?.secret === "Ab12Cd34Ef" && m.message === "height" && m.value === height), "WordPress format");

    await assertSliderRecomputes(frame);
    await assertHeightApplied(page, handle, frame);
    await assertMessageContract(page, frame);
  });
});

test("cross-site iframe with lang=ja: the embed renders in Japanese and auto-sizes", async () => {
  const src = `${app.url}?preset=embargo-now&lang=ja`;
  const url = hostPage("/ja.html", `<iframe src="${src}" title="レアアース計算ツール" width="100%" height="400" style="display:block;width:100%;border:0"></iframe>`);
  await withHost(url, async (page) => {
    const { handle, frame } = await appFrame(page);
    assert.equal(await frame.evaluate(() => document.documentElement.lang), "ja");
    const summary = await frame.locator("#summary").textContent();
    assert.match(summary, /中国/, `summary not in Japanese: ${summary}`);
    assert.match(await frame.locator("h1").textContent(), /レアアース/);
    assert.match(await frame.locator("#open-full").textContent(), /計算ツール/);
    await assertHeightApplied(page, handle, frame);
  });
});

test("sandbox=allow-scripts iframe: renders and computes with an opaque origin, AMP but no Pym/WordPress", async () => {
  const url = hostPage("/sandboxed.html", `<iframe sandbox="allow-scripts" src="${app.url}?dark=false" title="Rare-earth risk calculator" width="100%" height="400" style="display:block;width:100%;border:0"></iframe>`);
  await withHost(url, async (page) => {
    const { handle, frame } = await appFrame(page);
    assert.equal(await frame.evaluate(() => document.documentElement.getAttribute("data-theme")), "light", "?dark=false at load");
    assert.equal(await frame.evaluate(() => origin), "null", "opaque origin");
    const height = await assertHeightApplied(page, handle, frame);
    const msgs = await received(page);
    assert.ok(msgs.some((m) => m?.sentinel === "amp" && m.height === height), "AMP format");
    assert.ok(!msgs.some((m) => typeof m === "string" || m?.secret !== undefined), "no Pym or WordPress messages without childId/secret");

    await assertSliderRecomputes(frame);
    await assertHeightApplied(page, handle, frame);
    await assertMessageContract(page, frame);
  });
});

test("embed.js loader: becomes a titled lazy iframe, follows the app's height within [300, 4000]", async () => {
  const url = hostPage("/loader.html",
    `<div id="slot"><script src="${app.url}embed.js" data-rare-earth-risk="?preset=embargo-now" data-height="700" data-title="Rare-earth risk: full embargo" async></script>` +
    `<noscript><a href="${app.url}?preset=embargo-now">Open the rare-earth risk calculator</a></noscript></div>`);
  await withHost(url, async (page) => {
    const { handle, frame } = await appFrame(page, "#slot iframe");
    const attrs = await handle.evaluate((f) => ({
      title: f.title, loading: f.getAttribute("loading"), width: f.getAttribute("width"),
      allow: f.getAttribute("allow"), src: f.src, scripts: document.querySelectorAll("#slot script").length,
    }));
    assert.equal(attrs.title, "Rare-earth risk: full embargo");
    assert.equal(attrs.loading, "lazy");
    assert.equal(attrs.width, "100%");
    assert.equal(attrs.allow, null);
    assert.equal(attrs.scripts, 0, "the script replaced itself");
    const src = new URL(attrs.src);
    assert.equal(src.origin + src.pathname, app.url);
    assert.equal(src.searchParams.get("preset"), "embargo-now");
    assert.equal(src.searchParams.get("embed"), "1");

    await handle.evaluate((f) => { f.dataset.managed = "1"; }); // from here on only embed.js sizes it
    const clamp = (x) => Math.max(300, Math.min(4000, x));
    await assertHeightApplied(page, handle, frame, clamp);
    await assertSliderRecomputes(frame);
    await assertHeightApplied(page, handle, frame, clamp);
    await assertMessageContract(page, frame, "#slot iframe");

    // Clamping, and messages from anything but its own frame are ignored.
    const box = async () => Math.round((await handle.boundingBox()).height);
    await frame.evaluate(() => parent.postMessage({ type: "rare-earth-risk:resize", height: 1e9 }, "*"));
    await page.waitForFunction(() => document.querySelector("#slot iframe").getBoundingClientRect().height === 4000);
    await page.evaluate(() => postMessage({ type: "rare-earth-risk:resize", height: 500 }, "*"));
    await frame.evaluate(() => parent.postMessage({ type: "rare-earth-risk:resize", height: "600" }, "*"));
    await frame.evaluate(() => parent.postMessage({ type: "rare-earth-risk:resize", height: 10 }, "*"));
    await page.waitForFunction(() => document.querySelector("#slot iframe").getBoundingClientRect().height === 300);
    assert.equal(await box(), 300);
  });
});

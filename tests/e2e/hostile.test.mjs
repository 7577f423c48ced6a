// Hostile links: whatever a URL holds (huge numbers, Unicode, markup and script in caption= and
// elsewhere, repeated keys, 10 KB query strings, prototype names, junk in hide=/lock=, markup in
// WordPress's #?secret=), the page renders, says what it corrected (#notices) and runs nothing
// from the link: no dialog opens, no element from a payload exists, window.__pwned stays unset.
//
// Every page comes from `openGuarded` (a console error, an uncaught exception or a request off the
// page's origin fails the test). The guarded page first loads the plain app, then dialog and
// injection traps are set and the hostile URL is loaded in the same page, so the traps see it
// from its first byte.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/hostile.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, openGuarded, visit, waitForApp } from "./harness.mjs";

const app = useApp();

/** Payloads that would run or insert markup if the app ever treated URL text as HTML or code. */
const XSS = [
  "<img src=x onerror=alert(1)>",
  "<img src=x onerror=\"window.__pwned=1\">",
  "</script><script>window.__pwned=1</script>",
  "<svg onload=\"window.__pwned=1\"></svg>",
  "\"><iframe src=\"javascript:window.__pwned=1\"></iframe>",
  "<a id=\"xss-link\" href=\"javascript:window.__pwned=1\">click</a>",
  "<style>body{display:none}</style><b id=\"xss-bold\">bold</b>",
  "{{constructor.constructor('window.__pwned=1')()}}",
  "${window.__pwned=1}",
  "javascript:window.__pwned=1",
];

/** Selectors for anything a payload above could have created. */
const INJECTED = [
  "img[src='x']", "svg[onload]", "iframe", "a[href^='javascript:']", "#xss-link", "#xss-bold",
  "[onerror]", "[onload]", "[onclick]", "style:not([data-trunk])",
];

/** Every notice line on the page, as text. */
const noticeLines = (page) => page.$$eval("#notices li", (lis) => lis.map((li) => li.textContent ?? ""));

/**
 * Opens the app guarded, arms the traps, then loads `query` (no leading `?`) plus `hash`.
 * Returns the guard with `dialogs` (every dialog that opened) and `baseline` (script and style
 * element counts of a clean load, to compare against).
 */
async function openHostile(query, hash = "") {
  const g = await openGuarded(app.browser, app.url);
  const { page } = g;
  const baseline = await page.evaluate(() => ({
    scripts: document.scripts.length,
    styles: document.querySelectorAll("style").length,
  }));
  const dialogs = [];
  g.context.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  // A second net under the dialog event: alert/confirm/prompt and eval record their use.
  await g.context.addInitScript(() => {
    const w = /** @type {any} */ (globalThis);
    w.__trapped = [];
    for (const name of ["alert", "confirm", "prompt"]) {
      const orig = w[name];
      w[name] = function (...args) { w.__trapped.push(`${name}(${args.join(",")})`); return orig.apply(this, args); };
    }
  });
  const url = `${app.url}?${query}${hash}`;
  await page.goto(url);
  await waitForApp(page);
  // Give onerror/onload handlers of any injected element time to run.
  await page.waitForTimeout(300);
  return Object.assign(g, { dialogs, baseline, url });
}

/**
 * Opens `query` (plus `hash`) as `openHostile` does, runs `steps(page, lines)` with the notice
 * lines shown, then checks that nothing from the link ran and that the page stayed clean; closes
 * the page, also when a step fails.
 */
async function withHostile(query, steps, hash = "") {
  const g = await openHostile(query, hash);
  try {
    await steps(g.page, await noticeLines(g.page));
    await assertNothingRan(g);
    g.assertClean();
  } finally {
    await g.close();
  }
}

/** Nothing from a payload ran or exists; every shown figure is finite. */
async function assertNothingRan(g) {
  const { page } = g;
  assert.deepEqual(g.dialogs, [], "a dialog opened");
  const state = await page.evaluate((sel) => ({
    pwned: typeof (/** @type {any} */ (globalThis)).__pwned,
    trapped: (/** @type {any} */ (globalThis)).__trapped ?? [],
    polluted: [({}).polluted, Object.prototype.hasOwnProperty.call(Object.prototype, "x")],
    injected: sel.filter((s) => document.querySelector(s) !== null),
    scripts: document.scripts.length,
    styles: document.querySelectorAll("style").length,
    bodyShown: getComputedStyle(document.body).display !== "none",
  }), INJECTED);
  assert.equal(state.pwned, "undefined", "window.__pwned was set");
  assert.deepEqual(state.trapped, [], "alert/confirm/prompt was called");
  assert.deepEqual(state.polluted, [undefined, false], "Object.prototype was polluted");
  assert.deepEqual(state.injected, [], "elements from the payload exist");
  assert.equal(state.scripts, g.baseline.scripts, "script elements added");
  assert.equal(state.styles, g.baseline.styles, "style elements added");
  assert.ok(state.bodyShown, "an injected style hid the page");
  await assertFiniteFigures(page);
}

/**
 * Every data-value on screen is a finite number, "null" (never), a month of the path ("2026-01")
 * or a word; no NaN/Infinity shown.
 */
async function assertFiniteFigures(page) {
  const { bad, text } = await page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll("[data-value]")) {
      const v = el.getAttribute("data-value") ?? "";
      if (/^(NaN|-?inf(inity)?)$/i.test(v)) bad.push(`${el.getAttribute("data-metric") ?? el.tagName}=${v}`);
      else if (/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) continue;
      else if (/^[-+0-9.eE]+$/.test(v) && !Number.isFinite(Number(v))) bad.push(`${el.getAttribute("data-metric")}=${v}`);
    }
    // The app's parts: the static heading and whatever the app rendered into #app-body.
    const main = document.querySelector("main.app");
    const body = document.querySelector("#app-body");
    const all = [...(main?.children ?? [])].filter((c) => c !== body).concat([...(body?.children ?? [])]);
    // The notices quote the link's own words ("delay=Infinity was not a number"); skip them.
    const parts = all.filter((c) => c.id !== "notices");
    return { bad, text: parts.map((c) => (c instanceof HTMLElement ? c.innerText : "")).join("\n") };
  });
  assert.deepEqual(bad, [], "non-finite figures on screen");
  const shown = text.match(/\bNaN\b|\bInfinity\b|\bundefined\b|\binf\b/g) ?? [];
  assert.deepEqual(shown, [], "non-finite words on screen");
  const ready = await page.getAttribute("main.app", "data-ready");
  assert.equal(ready, "true");
  // Five charts at once, and "what drives this number" with the ranges.
  await page.waitForSelector("main.app[data-precision='full']");
  await page.waitForSelector("canvas#chart-drivers");
  const charts = await page.$$eval("canvas[id^='chart-']", (cs) => cs.length);
  assert.equal(charts, 6, "six charts");
}

const enc = encodeURIComponent;

test("huge, negative, infinite and NaN values: clamped or replaced, one notice per key, finite figures", async () => {
  const values = {
    year: "1e308", quota_light: "1e400", quota_heavy: "-1e308", quota_magnet: "-0",
    pipeline: "99999999999999999999999999999999999999999999999999", delay: "Infinity",
    growth: "NaN", buffer: "-inf", add_magnet: "1.7976931348623157e308", add_mining: "4.9e-324",
    ed: "1e308", es: "-1e308",
  };
  const q = Object.entries(values).map(([k, v]) => `${k}=${enc(v)}`).join("&");
  const g = await openHostile(q);
  try {
    const lines = await noticeLines(g.page);
    for (const key of Object.keys(values).filter((k) => !["quota_magnet", "add_mining"].includes(k))) {
      assert.ok(lines.some((l) => l.includes(key)), `no notice for ${key}: ${JSON.stringify(lines)}`);
    }
    // The link on screen is rewritten to what was used: every value in range.
    const params = new URLSearchParams(await g.page.evaluate(() => location.search));
    assert.equal(params.get("year"), "2035");
    assert.equal(params.get("quota_heavy"), "0");
    assert.equal(params.get("pipeline"), "100");
    assert.equal(params.get("ed"), "-2");
    assert.equal(params.get("es"), "0");
    await assertNothingRan(g);
    // Still usable: a key press on a slider recomputes.
    await g.page.focus("#ctl-quota_light");
    await g.page.keyboard.press("Home");
    await g.page.waitForFunction(() => new URLSearchParams(location.search).get("quota_light") === "0");
    await assertFiniteFigures(g.page);
    g.assertClean();
  } finally {
    await g.close();
  }
});

// `-0` is a valid zero: the link must not say quota_magnet=-0 nor the summary "-0.0 months".
test("-0 reads back as 0 in the link and on screen", async () => {
  await withHostile("quota_magnet=-0&buffer=-0.0&growth=-0", async (page) => {
    const params = new URLSearchParams(await page.evaluate(() => location.search));
    assert.deepEqual([params.get("quota_magnet"), params.get("buffer"), params.get("growth")], ["0", "0", "0"]);
    const text = await page.$eval("main.app", (el) => el instanceof HTMLElement ? el.innerText : "");
    assert.deepEqual(text.match(/[-−]0(\.0+)?(?![.\d])/g) ?? [], [], "a negative zero on screen");
  });
});

test("Unicode digits, RTL marks and emoji: read as malformed with a notice, shown as plain text", async () => {
  const caption = "Ünïcødé ‮ 日本語 🚀 \u200b zero-width";
  const q = [
    `quota_light=${enc("٣٠")}`, `quota_heavy=${enc("３０")}`, `buffer=${enc("𝟓")}`,
    `view=${enc("ｕｓ")}`, `${enc("🚀")}=1`, `caption=${enc(caption)}`,
  ].join("&");
  await withHostile(q, async (page, lines) => {
    for (const key of ["quota_light", "quota_heavy", "buffer", "view", "🚀"]) {
      assert.ok(lines.some((l) => l.includes(key)), `no notice for ${key}: ${JSON.stringify(lines)}`);
    }
    assert.equal(await page.inputValue("#ctl-quota_light"), "100", "malformed quota falls back to 100");
    assert.equal((await page.textContent("#caption"))?.trim(), caption.trim());
  });
});

for (const [i, payload] of XSS.entries()) {
  test(`caption= with script or markup #${i + 1} is shown as text and never runs: ${payload.slice(0, 40)}`, async () => {
    await withHostile(`caption=${enc(payload)}&embed=1`, async (page) => {
      const caption = page.locator("#caption");
      assert.equal(await caption.count(), 1, "caption shown");
      assert.equal(await caption.textContent(), payload, "caption text is the payload, verbatim");
      assert.equal(await caption.evaluate((el) => el.childElementCount), 0, "caption holds no elements");
    });
  });
}

test("markup in other keys (preset, unknown keys, values) only ever appears as notice text", async () => {
  const q = [
    `preset=${enc(XSS[0])}`,
    `${enc(XSS[1])}=1`,
    `quota_light=${enc(XSS[2])}`,
    `view=${enc(XSS[3])}`,
    `ed=${enc(XSS[4])}`,
    `dark=${enc(XSS[5])}`,
    `childId=${enc(XSS[1])}`,
    `caption=${enc(XSS[6])}`,
  ].join("&");
  await withHostile(q, async (page, lines) => {
    assert.ok(lines.some((l) => l.startsWith("There is no preset called “<img src=x onerror=alert(1)>”")), JSON.stringify(lines));
    for (const key of ["quota_light", "view", "ed"]) {
      assert.ok(lines.some((l) => l.startsWith(`${key}=`) && /[<>"]/.test(l)), `no notice for ${key}: ${JSON.stringify(lines)}`);
    }
    assert.equal(await page.$eval("#notices", (el) => el.querySelectorAll("li *").length), 0, "markup inside notices");
    assert.equal(await page.getAttribute("html", "data-theme"), null, "junk dark= ignored");
  });
});

test("repeated keys: the last value wins, with one notice per repeated key", async () => {
  await withHostile("year=2030&year=2031&year=2032&quota_magnet=10&quota_magnet=20&preset=quota-2010&preset=embargo-now", async (page, lines) => {
    assert.equal(lines.filter((l) => l.includes("more than once")).length, 3, JSON.stringify(lines));
    const params = new URLSearchParams(await page.evaluate(() => location.search));
    assert.equal(params.get("year"), "2032");
    assert.equal(params.get("quota_magnet"), "20");
    assert.equal(params.get("preset"), "embargo-now");
    assert.equal(await page.inputValue("#ctl-quota_magnet"), "20");
  });
});

test("10 KB query strings: many unknown keys, one key repeated, one 10 KB caption", async () => {
  const many = ["quota_magnet=40", ...Array.from({ length: 800 }, (_, i) => `junk${i}=${"v".repeat(6)}`)].join("&");
  const repeated = Array.from({ length: 1100 }, (_, i) => `year=${2024 + (i % 12)}`).join("&");
  const longCaption = `caption=${"A".repeat(10_000)}${enc("<img src=x onerror=alert(1)>")}`;
  for (const [name, q, check] of [
    ["800 unknown keys", many, async (page, lines) => {
      // Three named, the rest counted in one line.
      assert.equal(lines.filter((l) => l.includes("is not a setting")).length, 3, JSON.stringify(lines.slice(0, 5)));
      assert.ok(lines.some((l) => l.startsWith("797 more settings")), JSON.stringify(lines));
      assert.equal(await page.inputValue("#ctl-quota_magnet"), "40");
    }],
    ["one key 1,100 times", repeated, async (page, lines) => {
      assert.equal(lines.filter((l) => l.includes("more than once")).length, 1, "one line for one key");
      assert.equal(new URLSearchParams(await page.evaluate(() => location.search)).get("year"), String(2024 + (1099 % 12)));
    }],
    ["a 10 KB caption", longCaption, async (page, lines) => {
      assert.deepEqual(lines, [], "caption is a presentation key: no notice");
      const text = (await page.textContent("#caption")) ?? "";
      assert.equal(text.length, 280, "caption cut to 280 characters");
    }],
  ]) {
    assert.ok(q.length >= 10_000, `${name}: ${q.length} bytes`);
    await withHostile(q, check);
  }
});

test("preset=__proto__ and other prototype names: unknown preset, no pollution", async () => {
  for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty", "prototype"]) {
    const q = `preset=${name}&__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__.x=1`;
    await withHostile(q, async (page, lines) => {
      assert.ok(lines.some((l) => l.startsWith(`There is no preset called “${name}”`)), `${name}: ${JSON.stringify(lines)}`);
      assert.equal(await page.inputValue("#preset"), "", `${name}: today's defaults selected`);
    });
  }
});

test("junk in hide= and lock= hides and locks nothing", async () => {
  const junk = [
    "<script>", "../../etc", "__proto__", "constructor", "%00", "a".repeat(40), "", " ", "policy;capacity",
    "all<", "al l", "<img src=x onerror=alert(1)>",
  ].map(enc).join(",");
  await withHostile(`hide=${junk}&lock=${junk}`, async (page) => {
    for (const id of ["#preset", "#ctl-quota_light", "#ctl-quota_heavy", "#ctl-quota_magnet", "#ctl-pipeline", "#ctl-buffer", "#ctl-growth"]) {
      const el = page.locator(id);
      assert.equal(await el.count(), 1, `${id} exists`);
      assert.ok(await el.isEnabled(), `${id} is locked`);
    }
    assert.ok(await page.locator("#ctl-quota_light").isVisible(), "controls hidden");
  });
});

test("#?secret= with markup: ignored at top level and in a frame; a clean secret still works", async () => {
  const markup = "#?secret=" + enc("<img src=x onerror=alert(1)>") + "&x=<svg onload=alert(1)>";
  // Top level: nothing is posted and nothing runs.
  await withHostile("preset=embargo-now", async (page) => {
    // The fragment survives the app's URL rewrite untouched (it is never parsed as markup).
    assert.ok((await page.evaluate(() => location.hash)).startsWith("#?secret="));
  }, markup);

  // Framed by a host page (about:blank, so the host's origin is not the app's): the frame
  // posts heights, never a WordPress message with the bad secret; with a clean one it does.
  await visit(app.browser, app.url, async (_, host) => {
    const dialogs = [];
    host.context.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    for (const [hash, expectSecret] of [[markup, null], ["#?secret=abc123XYZ", "abc123XYZ"]]) {
      const page = await host.context.newPage();
      page.on("console", (m) => { if (m.type() === "error") host.problems.push(`console error: ${m.text()}`); });
      page.on("pageerror", (e) => host.problems.push(`uncaught exception: ${e.message}`));
      const src = `${app.url}?embed=1&caption=${enc(XSS[2])}${hash}`;
      await page.setContent(
        `<script>window.__msgs=[];addEventListener("message",(e)=>window.__msgs.push(e.data))</script>` +
        `<iframe id="f" title="calculator" width="800" height="600" src="${src.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"></iframe>`);
      const frame = await (await page.waitForSelector("#f")).contentFrame();
      assert.ok(frame, "frame exists");
      await waitForApp(frame);
      await page.waitForFunction(() => (/** @type {any} */ (globalThis)).__msgs.some((m) => m && m.type === "rare-earth-risk:resize"), null, { timeout: 10_000 });
      await page.waitForTimeout(400);
      const msgs = await page.evaluate(() => (/** @type {any} */ (globalThis)).__msgs);
      const secrets = msgs.filter((m) => m && typeof m === "object" && "secret" in m).map((m) => m.secret);
      if (expectSecret === null) assert.deepEqual(secrets, [], "a WordPress message carried the bad secret");
      else assert.ok(secrets.length > 0 && secrets.every((s) => s === expectSecret), JSON.stringify(secrets));
      const inFrame = await frame.evaluate((sel) => ({
        pwned: typeof (/** @type {any} */ (globalThis)).__pwned,
        injected: sel.filter((s) => document.querySelector(s) !== null),
        caption: document.querySelector("#caption")?.textContent,
      }), INJECTED);
      assert.deepEqual(inFrame, { pwned: "undefined", injected: [], caption: XSS[2] });
      assert.equal(await page.evaluate(() => typeof (/** @type {any} */ (globalThis)).__pwned), "undefined");
      await page.close();
    }
    assert.deepEqual(dialogs, [], "a dialog opened");
  });
});

// Offline and update behaviour of the service worker (scripts/gen-sw.mjs, scripts/sw.template.js),
// against the release build in dist/ (run `trunk build --release` first). The static server is
// really stopped, not emulated offline. Real Chromium, loopback only.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST as BUILT, launchBrowser, openGuarded, waitForApp } from "./harness.mjs";
import { goToApp, reloadApp, scrollTo } from "./act.mjs";
import { assertSliderRecomputes } from "./check.mjs";
import { startStaticServer } from "../../scripts/static-server.mjs";

// E2E_DIST: test another build folder than dist/ (debugging aid).
const DIST = process.env.E2E_DIST || BUILT;
const GEN_SW = new URL("../../scripts/gen-sw.mjs", import.meta.url).pathname;
let browser;
const temps = [];

before(async () => {
  assert.ok(existsSync(join(DIST, "sw.js")), "dist/sw.js is missing: run `trunk build --release` first");
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away copy of dist/ that a test may "deploy" over. */
function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), "rer-dist-"));
  temps.push(dir);
  // Skip dot entries such as Trunk's .stage/ (present while another build runs).
  cpSync(DIST, dir, { recursive: true, filter: (src) => !src.slice(DIST.length).split("/").some((p) => p.startsWith(".")) });
  return dir;
}

function genSw(dir, profile = "release") {
  return execFileSync(process.execPath, [GEN_SW], {
    env: { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_PROFILE: profile },
    encoding: "utf8",
  });
}

const swVersion = (dir) => /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(dir, "sw.js"), "utf8"))?.[1];

/** Resolves once a service worker controls the page (or frame). */
async function waitForController(page) {
  await page.evaluate(() => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no service worker took control within 20 s")), 20_000);
    navigator.serviceWorker.ready.then(() => {
      const done = () => { clearTimeout(timer); resolve(); };
      if (navigator.serviceWorker.controller) done();
      else navigator.serviceWorker.addEventListener("controllerchange", done, { once: true });
    });
  }));
}

/** Polls until the only cache of this app is the one for `version`. */
async function waitForOnlyCache(page, version) {
  let keys = [];
  for (let i = 0; i < 100; i++) {
    keys = await page.evaluate(() => caches.keys());
    if (keys.length === 1 && keys[0].endsWith(`:${version}`)) return keys;
    await page.waitForTimeout(100);
  }
  assert.fail(`expected exactly the cache for ${version}, got ${JSON.stringify(keys)}`);
}

test("gen-sw: precaches every built file, version follows content, debug build unregisters", () => {
  const dir = copyOfDist();
  genSw(dir);
  const sw = readFileSync(join(dir, "sw.js"), "utf8");
  const precache = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)[1]);
  const built = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1))
    .filter((f) => f !== "sw.js" && !f.split("/").some((p) => p.startsWith(".")))
    .sort();
  assert.deepEqual(precache, built);
  for (const f of ["index.html", "embed.js", "manifest.webmanifest", "oembed/default.json"]) assert.ok(precache.includes(f), f);
  assert.ok(precache.some((f) => /\.wasm$/.test(f)), "a .wasm file is precached");

  const v1 = swVersion(dir);
  genSw(dir);
  assert.equal(swVersion(dir), v1, "same files, same version");
  writeFileSync(join(dir, "index.html"), readFileSync(join(dir, "index.html"), "utf8") + "\n");
  genSw(dir);
  assert.notEqual(swVersion(dir), v1, "changed file, new version");

  genSw(dir, "debug");
  const debug = readFileSync(join(dir, "sw.js"), "utf8");
  assert.match(debug, /unregister\(\)/);
  assert.doesNotMatch(debug, /addEventListener\("fetch"/);
});

/**
 * Serves `dir`, opens the app until a service worker controls it, runs `steps(page, server)`, and
 * checks that the page stayed clean; stops the server and closes the page, also on failure.
 */
async function visitInstalled(dir, steps) {
  const server = await startStaticServer(dir);
  const g = await openGuarded(browser, server.url);
  try {
    await waitForController(g.page);
    await steps(g.page, server);
    g.assertClean();
  } finally {
    await g.close();
    await server.close();
  }
}

/** Stops the server (really offline, not emulated) and reloads the page. */
async function reloadOffline(page, server) {
  await server.close();
  await reloadApp(page);
}

test("after one visit the app loads and recomputes with the server stopped", () =>
  visitInstalled(DIST, async (page, server) => {
    const keys = await page.evaluate(() => caches.keys());
    assert.equal(keys.length, 1, `one cache: ${keys}`);
    assert.ok(keys[0].endsWith(`:${swVersion(DIST)}`), `cache named after the build: ${keys[0]}`);

    await reloadOffline(page, server);
    await assertSliderRecomputes(page);
    // The source titles and links come from dataset.json, which the worker precached.
    await scrollTo(page, "#sources");
    await page.waitForSelector(".source-list a[href^='https://']");
    assert.equal(await page.locator("#sources-status").count(), 0, "no 'could not be loaded' offline");

    // Deep links keep working offline: the query string is ignored for the cached shell.
    await goToApp(page, `${server.url}?preset=embargo-now`);
    assert.equal(await page.evaluate(() => new URLSearchParams(location.search).get("preset")), "embargo-now");
    assert.equal(await page.locator("#ctl-quota_magnet").inputValue(), "0", "the embargo preset applied offline");
    // Every language's catalogue was precached: a language never opened online works offline.
    for (const [lang, words] of [["ja", /中国/], ["de", /China/]]) {
      await goToApp(page, `${server.url}?preset=embargo-now&lang=${lang}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${lang} offline`);
      assert.match(await page.locator("#summary").textContent(), words);
    }
    // The methodology page's messages (fetched when it opens) were precached too.
    await page.goto(`${server.url}?preset=embargo-now&lang=ja#methodology`);
    await page.waitForSelector("#methodology[aria-busy='false'] #m-formulas");
    assert.match(await page.locator("#methodology a[href='#m-formulas']").textContent(), /[\u3040-\u30ff\u4e00-\u9fff]/, "Japanese offline");
  }));

test("a new deploy is picked up on the next load, and its files are what works offline", () => {
  const dir = copyOfDist();
  return visitInstalled(dir, async (page, server) => {
    const oldVersion = swVersion(dir);
    await waitForOnlyCache(page, oldVersion);
    const oldTitle = await page.title();

    // Deploy: a changed index.html and the sw.js the post_build hook would write for it.
    const newTitle = `${oldTitle} (deploy 2)`;
    const html = readFileSync(join(dir, "index.html"), "utf8");
    assert.ok(html.includes(`<title>${oldTitle}</title>`), "title found in index.html");
    writeFileSync(join(dir, "index.html"), html.replace(`<title>${oldTitle}</title>`, `<title>${newTitle}</title>`));
    genSw(dir);
    const newVersion = swVersion(dir);
    assert.notEqual(newVersion, oldVersion);

    await reloadApp(page);
    assert.equal(await page.title(), newTitle, "the first load after a deploy shows it");
    await waitForOnlyCache(page, newVersion); // new worker installed, old cache deleted

    await reloadOffline(page, server);
    assert.equal(await page.title(), newTitle, "offline, the new deploy is served from the cache");
  });
});

test("a debug build's sw.js removes the offline cache it replaces", () => {
  const dir = copyOfDist();
  return visitInstalled(dir, async (page) => {
    genSw(dir, "debug");
    await reloadApp(page);
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistrations()).length === 0 && (await caches.keys()).length === 0,
      null,
      { timeout: 20_000, polling: 100 },
    );
  });
});

test("a same-site iframe (another port on the same host) also works offline", async () => {
  const server = await startStaticServer(DIST);
  const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Same-site host</title>
<link rel="icon" href="data:,"></head><body><iframe src="${server.url}" title="Rare-earth risk calculator"
width="100%" height="800" style="border:0"></iframe></body></html>`;
  const host = createServer((req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostPage));
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  context.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  context.on("weberror", (e) => problems.push(e.error().message));
  const frame = async () => {
    const f = await (await page.waitForSelector("iframe")).contentFrame();
    await waitForApp(f);
    return f;
  };
  try {
    await page.goto(`http://127.0.0.1:${host.address().port}/`);
    await waitForController(await frame());
    await server.close();
    await page.reload();
    const f = await frame();
    assert.ok(await f.evaluate(() => document.documentElement.classList.contains("embedded")));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    host.closeAllConnections();
    await new Promise((ok) => host.close(ok));
  }
});

// Security and privacy of the built app (dist/, after `trunk build --release`):
//  * dist/index.html carries a strict Content-Security-Policy <meta> (scripts/csp.mjs): scripts
//    from 'self', 'wasm-unsafe-eval' and the SHA-256 of exactly the inline start-up script; no
//    'unsafe-inline'/'unsafe-eval' for scripts and no origin other than the page's own anywhere;
//  * the policy is live (an injected inline script and eval() are refused);
//  * the default view and every preset load with no `securitypolicyviolation` and no request
//    leaving the page's origin;
//  * after a reader moves sliders, switches presets, opens every <details> and visits the
//    methodology page, the app has set no cookie and written nothing to localStorage,
//    sessionStorage or IndexedDB.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/security.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { useApp, visit, waitForApp, waitForRanges, DIST } from "./harness.mjs";
import { presetIds } from "./find.mjs";
import { goToApp, press, reloadApp } from "./act.mjs";

const app = useApp();

/** Every file of the build, as paths relative to dist/ (dot folders such as .stage/ skipped). */
function distFiles(dir = DIST) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...distFiles(p));
    else out.push(relative(DIST, p));
  }
  return out;
}

let built;

/** Asserts that `u` is a file of this build on the page's own origin (`what` says how it was met). */
function assertOwnBuiltFile(u, what) {
  const url = new URL(u);
  assert.equal(url.origin, new URL(app.url).origin, `${what} off origin: ${u}`);
  const path = decodeURIComponent(url.pathname).replace(/^\//, "") || "index.html";
  assert.ok((built ??= new Set(distFiles())).has(path), `${what} something not in dist/: ${u}`);
}

/** The CSP meta tag's directives, as a Map of name → list of sources. */
function cspOf(html) {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  assert.ok(m, "dist/index.html has no Content-Security-Policy meta tag");
  const directives = new Map();
  for (const part of m[1].split(";").map((s) => s.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    assert.ok(!directives.has(name), `directive ${name} given twice`);
    directives.set(name, sources);
  }
  return { directives, index: m.index };
}

test("dist/index.html: strict CSP meta tag, hashed inline start-up script, no third-party origins", () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const { directives, index } = cspOf(html);

  // The tag must come before every script (a CSP <meta> only governs what follows it).
  const firstScript = html.search(/<script\b/i);
  assert.ok(firstScript === -1 || index < firstScript, "CSP meta tag comes after a <script>");

  const scriptSrc = directives.get("script-src");
  assert.ok(scriptSrc, "no script-src");
  assert.ok(scriptSrc.includes("'self'"), "script-src lacks 'self'");
  assert.ok(scriptSrc.includes("'wasm-unsafe-eval'"), "script-src lacks 'wasm-unsafe-eval'");
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "*", "data:", "blob:", "http:", "https:"]) {
    assert.ok(!scriptSrc.includes(bad), `script-src allows ${bad}`);
  }
  // Exactly the hashes of the inline scripts in the file, no more and no fewer.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  const hashes = scriptSrc.filter((s) => s.startsWith("'sha"));
  assert.ok(hashes.length >= 1, "no 'sha256-…' for the inline start-up script");
  assert.deepEqual([...hashes].sort(), [...inline].sort(), "script-src hashes ≠ the inline scripts' hashes");
  assert.ok(hashes.every((h) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(h)), `malformed hash in ${hashes}`);

  // The rest of the policy: own origin only, nothing framed, no plugins, no base or form hijack.
  assert.deepEqual(directives.get("default-src"), ["'self'"]);
  assert.deepEqual(directives.get("object-src"), ["'none'"]);
  assert.ok(["'self'", "'none'"].includes(directives.get("base-uri")?.[0] ?? ""), "base-uri");
  assert.deepEqual(directives.get("form-action"), ["'none'"]);
  assert.deepEqual(directives.get("connect-src"), ["'self'"], "connect-src");
  // Styles from the build's files only: no inline style elements or attributes.
  assert.deepEqual(directives.get("style-src"), ["'self'"], "style-src");
  assert.ok(!directives.has("style-src-attr") && !directives.has("style-src-elem"), "no looser style directive");
  // frame-ancestors is ignored in a <meta> (and Chromium logs an error): hosts send it as a header.
  assert.ok(!directives.has("frame-ancestors"), "frame-ancestors in a <meta> is ignored");
  // No third-party origin anywhere: every source is a keyword, a hash, data: or blob:.
  for (const [name, sources] of directives) {
    for (const s of sources) {
      const ok = /^'[a-z-]+'$/.test(s) || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s) || s === "data:" || s === "blob:";
      assert.ok(ok, `${name} allows ${s}`);
    }
  }
  // Nothing in the page itself points off-site either (scripts, styles, links).
  const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(urls.length > 0);
  for (const u of urls) assert.ok(!/^(https?:)?\/\//i.test(u), `index.html references ${u}`);
});

test("the policy is enforced: an injected inline script and string-eval are refused", async () => {
  const context = await app.browser.newContext();
  try {
    const page = await context.newPage();
    const violations = [];
    page.on("console", (m) => { if (m.type() === "error") violations.push(m.text()); });
    await page.goto(app.url);
    await waitForApp(page);
    const r = await page.evaluate(async () => {
      const w = /** @type {any} */ (globalThis);
      const seen = [];
      document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective));
      const s = document.createElement("script");
      s.textContent = "window.__inline = 1";
      document.head.append(s);
      // String code compiled by the page itself (DevTools' own evaluation, which runs this
      // function, is exempt from CSP, so eval() is tried from a timer string instead).
      // @ts-ignore: the string form is the point
      setTimeout("window.__evaluated = 1", 0);
      await new Promise((r) => setTimeout(r, 150));
      return { inline: typeof w.__inline, evaluated: typeof w.__evaluated, seen };
    });
    assert.equal(r.inline, "undefined", "an injected inline script ran");
    assert.equal(r.evaluated, "undefined", "a string was compiled as code (eval)");
    assert.equal(r.seen.filter((d) => d.startsWith("script-src")).length, 2, `violations reported: ${r.seen}`);
  } finally {
    await context.close();
  }
});

test("default view and every preset: no CSP violation, every request on the page's origin", () =>
  visit(app.browser, app.url, async (page, { context }) => {
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    // Our own record of violations (the harness also turns them into console errors).
    await context.addInitScript(() => {
      const w = /** @type {any} */ (globalThis);
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const presets = await presetIds(page);
    assert.ok(presets.length >= 7, `presets: ${presets}`);
    for (const query of ["", ...presets.map((p) => `?preset=${p}`), "?preset=embargo-now&dark=true", "?embed=1&preset=quota-2010"]) {
      await goToApp(page, `${app.url}${query}`);
      await waitForRanges(page);
      const v = await page.evaluate(() => (/** @type {any} */ (globalThis)).__violations);
      assert.deepEqual(v, [], `CSP violations on ${query || "the default view"}`);
    }
    assert.ok(requests.length > 0);
    for (const u of requests) {
      if (u.startsWith("data:") || u.startsWith("blob:")) continue;
      assertOwnBuiltFile(u, "request");
    }
  }));

test("no cookies, localStorage, sessionStorage or IndexedDB after a reader uses the app", () =>
  visit(app.browser, app.url, async (page, { context }) => {
    // Move sliders by keyboard and by input events, as a reader would.
    for (const id of ["#ctl-quota_magnet", "#ctl-quota_light", "#ctl-buffer", "#ctl-growth"]) {
      for (const key of ["End", "ArrowLeft", "ArrowLeft", "PageDown", "Home", "ArrowRight"]) await press(page, id, key);
    }
    await waitForRanges(page);
    // Switch presets and views.
    await page.selectOption("#preset", "embargo-now");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("preset") === "embargo-now");
    if (await page.locator("#ctl-view").count()) await page.selectOption("#ctl-view", "exchina");
    // Open every <details> (derivations, elasticities, sources…).
    for (const summary of await page.$$("details:not([open]) > summary")) {
      if (await summary.isVisible()) await summary.click();
    }
    // Visit the methodology page and come back.
    await page.click("#nav-methodology");
    await page.waitForFunction(() => location.hash === "#methodology");
    await page.goBack();
    await waitForApp(page);
    // Reload: a stored setting would show up now, if there were one.
    await reloadApp(page);
    await waitForRanges(page);

    const state = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).map((d) => d.name),
      // The service worker's CacheStorage holds the app's own built files (offline use,
      // scripts/sw.template.js): the same for every reader and nothing about what they did.
      // Checked below: only this app's caches, only files of the build, no query strings.
      caches: await (async () => {
        const out = {};
        for (const name of await caches.keys()) {
          out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
        }
        return out;
      })(),
    }));
    assert.deepEqual(await context.cookies(), [], "cookies were set");
    assert.equal(state.cookie, "", "document.cookie");
    assert.equal(state.local, 0, "localStorage was written");
    assert.equal(state.session, 0, "sessionStorage was written");
    assert.deepEqual(state.idb, [], "IndexedDB databases were created");

    for (const [name, urls] of Object.entries(state.caches)) {
      assert.ok(name.startsWith("rare-earth-risk:"), `cache ${name} is not the app's`);
      for (const u of urls) {
        assert.equal(new URL(u).search, "", `cached a URL with a query (what the reader looked at): ${u}`);
        assertOwnBuiltFile(u, "cached");
      }
    }
  }));

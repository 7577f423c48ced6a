// Shared e2e set-up: start (server + browser), open (a guarded page), and the guards every test
// gets for free. The steps of a test are split by role, as the leptos examples do: find.mjs
// (read the page), act.mjs (do what a reader does), check.mjs (assert what a reader relies on).
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { startStaticServer } from "../../scripts/static-server.mjs";

// E2E_DIST tests another build folder than dist/ (e.g. while someone else rebuilds dist/).
export const DIST = process.env.E2E_DIST || new URL("../../dist/", import.meta.url).pathname;
export const ARTIFACTS = new URL("./artifacts/", import.meta.url).pathname;

const CHROME_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Launches Debian's Chromium (never a downloaded one). */
export function launchBrowser(extraArgs = []) {
  const executablePath = process.env.CHROME_PATH || "/usr/bin/chromium";
  return chromium.launch({ executablePath, args: [...CHROME_ARGS, ...extraArgs] });
}

/**
 * Registers before/after hooks that serve dist/ on loopback and launch Chromium.
 * Returns a context object whose `url` and `browser` are filled in before the tests run.
 */
export function useApp() {
  const ctx = { url: "", browser: null, server: null };
  before(async () => {
    ctx.server = await startStaticServer(DIST);
    ctx.url = ctx.server.url;
    ctx.browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/**
 * Opens a page that records every console error, uncaught exception and request that leaves
 * the page's own origin. Call `guard.assertClean()` at the end of each test.
 */
export async function openGuarded(browser, url, options = {}) {
  const context = await browser.newContext(options);
  // Chromium logs CSP refusals as console errors; this makes any missed one loud too.
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`uncaught exception: ${e.message}`));
  context.on("request", (r) => {
    const u = r.url();
    if (u.startsWith("data:") || u.startsWith("blob:")) return;
    if (new URL(u).origin !== origin) problems.push(`request off origin: ${u}`);
  });
  await page.goto(url);
  await waitForApp(page);
  return {
    page,
    context,
    problems,
    assertClean() { assert.deepEqual(problems, [], "page problems"); },
    async close() { await context.close(); },
  };
}

/**
 * Opens `url` in a guarded page, runs `steps(page, guard)`, checks that nothing went wrong on the
 * page (no console error, exception or request off origin) and closes it, also when a step fails.
 * Returns what `steps` returns.
 */
export async function visit(browser, url, steps, options = {}) {
  const g = await openGuarded(browser, url, options);
  try {
    const result = await steps(g.page, g);
    g.assertClean();
    return result;
  } finally {
    await g.close();
  }
}

/** Waits until the Monte Carlo ranges are on screen (`data-precision="full"`). */
export async function waitForRanges(page) {
  await page.waitForSelector("main.app[data-precision='full']");
}

/** Waits until the app has mounted and computed its first outcome. */
export async function waitForApp(page) {
  await page.waitForSelector("[data-ready='true']", { timeout: 20_000 });
}

/** Runs axe-core (WCAG 2 A/AA) on the page and returns the violations. */
export async function axeViolations(page) {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
  });
}

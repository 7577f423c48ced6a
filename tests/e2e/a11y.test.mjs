// Accessibility: axe-core (WCAG 2.0/2.1 A and AA, via harness `axeViolations`) finds no violation
// in the default view and in every preset, in light and dark colour schemes, at 1280 and 360 px.
// The default view is also checked with every "How is this calculated" and every chart data table
// open, so content that starts collapsed is checked too.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/a11y.test.mjs
// A failure lists each rule id, its help text and every offending element with axe's summary.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, openGuarded, visit, waitForRanges, axeViolations } from "./harness.mjs";
import { presetIds } from "./find.mjs";
import { openEverything } from "./act.mjs";

const app = useApp();

// The preset ids, as in the #preset picker (checked against the page below so a new preset is
// not silently skipped).
const PRESETS = [
  "baseline-2024", "quota-2010", "licensing-apr-2025", "truce-jun-2025",
  "controls-oct-2025", "embargo-now", "pipeline-2030",
];
const VIEWS = [["default", ""], ...PRESETS.map((id) => [id, `?preset=${id}`])];
const SCHEMES = ["light", "dark"];
const WIDTHS = [1280, 360];

/** After `axeViolations` has injected axe: every failing node, one line each, for the message. */
async function violationDetails(page) {
  return page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return r.violations.flatMap((v) => v.nodes.map((n) =>
      `  [${v.id}] ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\s*\n\s*/g, " / ")}\n      html: ${n.html.slice(0, 160)}`));
  });
}

/** Opens a view in a colour scheme and width, and returns axe's violations with details. */
function audit({ query, scheme, width, expand = false }) {
  // bypassCSP: axe is injected as an inline script, which the app's CSP (rightly) refuses.
  return visit(app.browser, app.url + query, async (page) => {
    await page.emulateMedia({ colorScheme: scheme });
    assert.equal(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), scheme === "dark");
    await waitForRanges(page);
    if (expand) {
      await openEverything(page);
      await page.waitForFunction(() => document.querySelectorAll(".table-wrap:not([hidden]) table").length >= 4);
    }
    // Let the charts redraw for the scheme and any CSS transition end.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(300);
    const violations = await axeViolations(page);
    const details = violations.length ? await violationDetails(page) : [];
    return { violations, details };
  }, { viewport: { width, height: 900 }, bypassCSP: true });
}

function assertNoViolations(label, { violations, details }) {
  assert.deepEqual(violations, [], `${label}: axe WCAG 2 A/AA violations:\n${details.join("\n")}`);
}

test("the preset list covers every preset the page offers", async () => {
  const g = await openGuarded(app.browser, app.url);
  try {
    assert.deepEqual([...await presetIds(g.page)].sort(), [...PRESETS].sort());
  } finally {
    await g.close();
  }
});

for (const width of WIDTHS) {
  for (const scheme of SCHEMES) {
    for (const [name, query] of VIEWS) {
      test(`axe: ${name}, ${scheme}, ${width} px`, async () => {
        assertNoViolations(`${name}, ${scheme}, ${width} px`, await audit({ query, scheme, width }));
      });
    }
    test(`axe: default with derivations and data tables open, ${scheme}, ${width} px`, async () => {
      assertNoViolations(`expanded, ${scheme}, ${width} px`, await audit({ query: "", scheme, width, expand: true }));
    });
  }
}

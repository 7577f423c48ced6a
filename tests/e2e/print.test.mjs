// Print: the scenario on screen prints as a one-page card (styles/print.css): the summary, the
// headline numbers, the chain chart and where the figures come from; controls, navigation,
// sharing, downloads and the other charts do not print. Checked on A4 and Letter by counting the
// pages of the PDF Chromium makes.
//
// Run: trunk build --release && CHROME_PATH=/usr/bin/chromium node --test --test-concurrency=1 tests/e2e/print.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, visit, waitForRanges } from "./harness.mjs";
import { displayed, textOf } from "./find.mjs";

const app = useApp();

/** Page objects in a PDF: `/Type /Page` but not `/Type /Pages`. */
function pdfPages(bytes) {
  return (bytes.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

const CASES = [
  ["default", "", { width: 1280, height: 900 }],
  ["embargo-now", "?preset=embargo-now", { width: 1280, height: 900 }],
  ["quota-2010 on a phone", "?preset=quota-2010", { width: 360, height: 800 }],
  // A country view (its own time to survive on the card) compared with normal trade (the table).
  ["embargo-now, Japan, compared with normal trade", "?preset=embargo-now&view=japan&compare=", { width: 1280, height: 900 }],
];

for (const [name, query, viewport] of CASES) {
  test(`print: ${name} fits one A4 and one Letter page, with the card's parts and nothing else`, () =>
    visit(app.browser, app.url + query, async (page) => {
      await waitForRanges(page);
      await page.emulateMedia({ media: "print" });
      const comparing = query.includes("compare=");
      // The 2009 replay has no supply chain (its card says so): its page carries the prices.
      const replay = (await page.$("#chart-chain")) === null;
      assert.equal(replay, query.includes("quota-2010"), "only the replay has no chain chart");
      const chart = replay ? "#chart-price" : "#chart-chain";
      // Comparing, the A/B table stands in for the cards.
      const printed = ["#summary", comparing ? "#compare-table" : ".cards", chart, "#print-note", "#sources .credit"];
      const notPrinted = [".controls", ".page-nav", ".share", "#download-json", "#download-csv", ".chart-tools",
        "#chart-chain", "#chart-price", "#chart-timeline", "#chart-exposure", ".source-list", "#baseline-table",
        "#chart-race", "#compare-with", "#drivers-headline", "#chart-chain-card"].filter((s) => s !== chart);
      const vis = await displayed(page, [...new Set([...printed, ".cards", "#compare-table", ...notPrinted])]);
      for (const s of printed) assert.ok(vis[s], `${s} prints`);
      if (comparing) assert.ok(!vis[".cards"], ".cards do not print beside the table");
      for (const s of notPrinted) assert.ok(!vis[s], `${s} does not print`);
      // The print note names the scenario, the printed chart's sources and the credit line.
      const note = await textOf(page, "#print-note");
      assert.match(note, /Scenario from [A-Z][a-z]+ \d{4}/);
      assert.match(note, /Sources: /);
      if (!replay) assert.match(note, /USGS/);
      // The chart keeps its aspect ratio (no stretched canvas).
      const ratio = await page.$eval(chart, (c) => {
        const r = c.getBoundingClientRect();
        return [r.width / r.height, c.width / c.height];
      });
      assert.ok(Math.abs(ratio[0] - ratio[1]) / ratio[1] < 0.02, `${chart} aspect ${ratio}`);
      for (const format of ["A4", "Letter"]) {
        const pdf = await page.pdf({ format, printBackground: true });
        assert.equal(pdfPages(pdf), 1, `${format}: one page`);
      }
    }, { viewport }));
}

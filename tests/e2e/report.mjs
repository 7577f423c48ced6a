// The native `report` CLI as an oracle for the e2e tests: the page's headline numbers must equal,
// exactly, what `report` prints for the same query string (same Rust code path, run natively).
//
//   buildReport()                 cargo build --bin report (once, in a `before`)
//   report(query)                 the Outcome JSON for a query string (without the leading "?")
//   reportDrivers(query)          "what drives this number" for it: the card's finding and table rows
//   valueAt(json, "a.b.c")        the value at a data-metric path
//   pageMetrics(page)             every [data-metric] on the page: { path, value, text }
//   assertMetricsEqualReport(page, query, label)
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const REPORT_BIN = `${ROOT}target/debug/report`;

/** Builds the CLI (debug profile; cargo makes this a no-op when it is up to date). */
export function buildReport() {
  execFileSync("cargo", ["build", "--quiet", "--locked", "--bin", "report"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  assert.ok(existsSync(REPORT_BIN), `${REPORT_BIN} was not built`);
}

/** The Outcome JSON `report` prints for a query string (leading "?" allowed). */
export function report(query) {
  const q = query.replace(/^\?/, "");
  const out = execFileSync(REPORT_BIN, ["--compact", q], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

/** `report --drivers` for a query: the swings, and the card's finding and table rows as the page writes them. */
export function reportDrivers(query) {
  const q = query.replace(/^\?/, "");
  return JSON.parse(execFileSync(REPORT_BIN, ["--compact", "--drivers", q], { cwd: ROOT, encoding: "utf8" }));
}

/** The value at a dotted JSON path; throws if the path does not exist. */
export function valueAt(json, path) {
  let v = json;
  for (const part of path.split(".")) {
    if (v === null || typeof v !== "object" || !(part in v)) {
      throw new Error(`path ${path} not in report JSON (stopped at "${part}")`);
    }
    v = v[part];
  }
  return v;
}

/** Every headline number on the page: its JSON path, its data-value (null if absent) and its text. */
export function pageMetrics(page) {
  return page.$$eval("[data-metric]", (els) =>
    els.map((e) => ({ path: e.dataset.metric, value: e.getAttribute("data-value"), text: e.textContent.trim() })));
}

/** data-value is Rust's `{:?}` of an f64 ("1.0", "2288.32") or "null". */
function parseDataValue(s) {
  if (s === "null") return null;
  const n = Number(s);
  if (!Number.isFinite(n) && s !== "inf" && s !== "-inf") throw new Error(`data-value ${JSON.stringify(s)} is not a number`);
  return s === "inf" ? Infinity : s === "-inf" ? -Infinity : n;
}

/**
 * Asserts every [data-metric] on the page equals `report`'s value for `query` at its path.
 * Numbers are compared exactly. A metric with no data-value is a label (e.g. the bottleneck stage):
 * its text must start with the JSON string. Returns the metrics checked, for extra assertions.
 */
export async function assertMetricsEqualReport(page, query, label = query) {
  const json = report(query);
  const metrics = await pageMetrics(page);
  assert.ok(metrics.length >= 10, `${label}: only ${metrics.length} [data-metric] elements on the page`);
  const mismatches = [];
  for (const m of metrics) {
    assert.ok(m.text.length > 0, `${label}: [data-metric=${m.path}] shows no text`);
    const expected = valueAt(json, m.path);
    if (m.value === null) {
      if (typeof expected !== "string" || !m.text.startsWith(expected)) {
        mismatches.push(`${m.path}: shows "${m.text}" (no data-value), report says ${JSON.stringify(expected)}`);
      }
      continue;
    }
    if (typeof expected === "string") {
      // A word (e.g. the bottleneck stage): data-value carries the JSON string itself.
      if (m.value !== expected) mismatches.push(`${m.path}: data-value ${m.value}, report says ${JSON.stringify(expected)}`);
      continue;
    }
    const shown = parseDataValue(m.value);
    if (!Object.is(shown, expected)) {
      mismatches.push(`${m.path}: data-value ${m.value}, report says ${JSON.stringify(expected)}`);
    }
  }
  assert.deepEqual(mismatches, [], `${label}: page and \`report '${query}'\` disagree`);
  return metrics;
}

/**
 * How many of A's numbers a compared page carries (data-metric under `compare.`): the table's 14
 * rows and, on the cards, 13 lines (all but the electric car's cost). A 2009 replay (MODEL.md §8)
 * has 6 of the 14 figures only (the times, NdPr's and Dy's; not Tb, magnets, today's chain or
 * the car): on A the other 8 are words, 7 of them on the cards; on B the cards it has not (Tb,
 * magnets, dependency, capacity) say so, with no A line, which leaves the 6 lines of the time,
 * NdPr and Dy cards.
 */
export function comparedNumbers(json) {
  const [aReplay, bReplay] = [json.compare.replay !== null, json.replay !== null];
  const onCards = bReplay ? 6 : 13 - (aReplay ? 7 : 0);
  return 14 - (aReplay ? 8 : 0) + onCards;
}

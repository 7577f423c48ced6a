// Languages (issue 17): every language at a phone and a desktop width, on two presets, in one
// browser. The whole main screen (every visible text of the app, the "How is this calculated"
// panels and the charts' data tables opened, the text alternatives, the print note) shows no
// English (names, symbols and numbers aside), numbers are formatted for the locale, the numbers
// equal `report`'s, nothing overflows sideways and axe finds nothing; every preset compared with
// normal trade, in every language, has no English left either, and on that same page (panels and
// tables open) at 1280 px and again resized to 360 px nothing overflows sideways and axe finds
// nothing; its numbers, A's and B's, equal `report`'s and the summary's share is written for the
// locale (one page per preset and language, not one per width); the picker switches the page
// and every copied link keeps `lang=`; a browser that prefers French gets French; an unknown
// `lang=` gets a notice and English; the loading message before the app is in the page's language.
// Run after `trunk build --release`.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useApp, openGuarded, axeViolations, waitForRanges } from "./harness.mjs";
import { buildReport, report, valueAt, assertMetricsEqualReport, comparedNumbers } from "./report.mjs";
import { presetIds, sidewaysOverflow } from "./find.mjs";

const app = useApp();
before(() => buildReport());

const LANGS = ["de", "fr", "ja", "es"];
const PRESETS = ["embargo-now", "licensing-apr-2025"];
const WIDTHS = [360, 1280];
// Texts that are the same in English and another language: names, symbols, units, notation.
// Everything else on the main screen (the whole app: summary, controls, cards with their "How
// is this calculated" panels, compare, charts' headings, findings, text alternatives and data
// tables, sources, downloads' print note) must differ from the English page's text.
const SAME = new Set([
  // Element and product symbols, units.
  "NdPr", "Dy", "Tb", "NdFeB", "Dy+Tb", "HHI", "%", "p10", "p50", "p90", "p10 – p90", "A", "B", "B − A",
  // The language picker names each language in its own words.
  "English", "Deutsch", "Français", "日本語", "Español",
  // Units written as symbols in the dataset.
  "t", "t REO", "USD/kg", "kg/kg",
]);
// Words and place names spelt the same in one language (viewpoints, the projects' countries).
const SAME_IN = {
  de: ["Japan", "Angola", "Malawi", "Malaysia", "Vietnam", "Magnet", "Start", "Status"],
  fr: ["Angola", "Malawi", "France", "restriction", "section", "Source", "Sources", "Pages", "multiple"],
  ja: [],
  es: ["India", "Angola", "Vietnam", "Australia", "Estonia", "central", "factor", "metal"],
};
// Where names are, not words: companies and their projects, the capacities as each source
// announced them, sources' titles and publishers, the credit line.
const NAME_PLACES = [
  "#projects-table tbody th", "#projects-table tbody td:nth-child(4)", ".source-list", "a[href^='#src-']",
  "a[href^='http']", ".credit",
];

/**
 * Every visible text of the app, trimmed, with every "How is this calculated" panel open and
 * every chart's data table shown, plus the text alternatives (aria-label) and the print-only
 * note; a formula is read line by line. Texts inside NAME_PLACES are left out.
 */
async function texts(page) {
  await page.evaluate(() => { for (const d of document.querySelectorAll("#app details")) d.open = true; });
  // "What drives this number" computes with the ranges; its card then shows a chart too.
  await page.waitForSelector(".drivers[aria-busy='false'] #chart-drivers", { timeout: 60_000 });
  // Every chart's table shown (a card that re-renders meanwhile is clicked again).
  await page.waitForFunction(() => {
    for (const b of document.querySelectorAll("#app button[aria-controls^='table-'][aria-expanded='false']")) b.click();
    return [...document.querySelectorAll("#app .chart .table-wrap")].every((w) => w.querySelector("table"));
  }, null, { polling: 250 });
  return page.evaluate((names) => {
    const out = [];
    const skip = (el) => names.some((sel) => el.closest(sel));
    const walk = document.createTreeWalker(document.querySelector("#app"), NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      const t = n.textContent.trim();
      if (!t || !el || el.closest("[hidden], noscript") || skip(el)) continue;
      if (getComputedStyle(el).display === "none" && !el.closest(".print-only")) continue;
      if (el.closest(".formula")) out.push(...t.split("\n").map((l) => l.trim()).filter(Boolean));
      else out.push(t);
    }
    for (const el of document.querySelectorAll("#app [aria-label]")) {
      if (!el.closest("[hidden]") && !skip(el)) out.push(el.getAttribute("aria-label").trim());
    }
    return out;
  }, NAME_PLACES);
}

/** A text that is only numbers, symbols and punctuation (the same in every language). */
// "US$" is a currency sign (fmt-usd: Japanese writes "→ US$39" as English does), not a word.
const numeric = (t) => /^[\p{N}\p{P}\p{S}\s×–−]+$/u.test(t.replace(/US\$/g, "$"));

/**
 * Notation: a formula's equation or an input's symbols ("θ, λ = 0.5, 0.2", "T_s = min(…)"):
 * no word of three letters or more once variables (`cap_s`, `T_mining`) and the functions
 * min, max and cap and the name China are taken out.
 */
const notation = (t) => {
  const rest = t.replace(/\bChina\b/g, "").replace(/\b\p{L}+_[\p{L}\p{N}()−+]+/gu, "").replace(/\b(min|max|cap)\b/g, "");
  return !/\p{L}{3,}/u.test(rest);
};

/** Every month of 2000–2040 as the page's `Intl` writes it for `lang` ("April 2025" in German too). */
function monthsIn(page, lang) {
  return page.evaluate((l) => {
    const out = [];
    for (let y = 2000; y <= 2040; y++) {
      for (let m = 0; m < 12; m++) {
        for (const month of ["long", "short"]) {
          out.push(new Intl.DateTimeFormat(l, { month, year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m, 15)));
        }
      }
    }
    return out;
  }, lang);
}

/** The texts of `mine` that are also on the English page: English left, names, dates (as the
 *  locale writes them) and numbers aside. */
async function englishLeft(page, lang, english) {
  const dates = new Set(await monthsIn(page, lang));
  return [...new Set(await texts(page))]
    .filter((t) => english.has(t) && !numeric(t) && !notation(t) && !SAME.has(t) && !SAME_IN[lang].includes(t) && !dates.has(t));
}

/** Nothing scrolls sideways and axe finds no WCAG 2.1 A/AA violation, at the page's width now. */
async function assertLaidOut(page, label) {
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow <= 0, `${label}: ${overflow}px of horizontal overflow`);
  assert.deepEqual(await axeViolations(page), [], `${label}: axe`);
}

/**
 * Every number on the page equals `report`'s for `query` (with `compare=`, A's too: report
 * prints them under `compare.`, where the page's A numbers have their data-metric), and the
 * summary's dependency share (on the 2009 replay, which has no chain: China's own output) is
 * written as `Intl` writes it for `lang`. Returns the metrics.
 */
async function assertNumbers(page, lang, query, label) {
  await waitForRanges(page);
  const metrics = await assertMetricsEqualReport(page, query, label);
  const json = report(query);
  const share = json.replay === null
    ? valueAt(json, "dependency.light.magnet.dependency.central")
    : valueAt(json, "scenario.china_output") / 100;
  const expected = await page.evaluate(([l, v]) =>
    new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(v), [lang, share]);
  const summary = await page.locator("#summary").textContent();
  assert.ok(summary.includes(expected), `${label}: summary lacks ${expected}: ${summary}`);
  return metrics;
}

/** Resizes an open page to a phone's width and lets the charts redraw (two frames). */
async function toPhone(page) {
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  await page.waitForFunction((w) => document.documentElement.clientWidth === w, WIDTHS[0]);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function open(query, width, options = {}) {
  // bypassCSP: axe is injected as an inline script, which the app's CSP (rightly) refuses.
  return openGuarded(app.browser, `${app.url}?${query}`, { viewport: { width, height: 900 }, bypassCSP: true, ...options });
}

test("each language, two presets, 360 and 1280 px: translated, locale numbers, report's numbers, no overflow, axe clean", async () => {
  const english = new Map();
  for (const preset of PRESETS) {
    const g = await open(`preset=${preset}`, 1280);
    try { english.set(preset, new Set(await texts(g.page))); g.assertClean(); } finally { await g.close(); }
  }
  for (const lang of LANGS) {
    for (const preset of PRESETS) {
      const query = `preset=${preset}&lang=${lang}`;
      const label = `${lang} ${preset}`;
      // Opened at a desktop's width, then resized to a phone's, as in the test below: the text
      // and the numbers do not depend on the width; the layout and axe are checked at both.
      const g = await open(query, WIDTHS[1]);
      try {
        const { page } = g;
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang, label);
        assert.deepEqual(await englishLeft(page, lang, english.get(preset)), [], `${label}: English left`);
        await assertNumbers(page, lang, `preset=${preset}`, label);
        await assertLaidOut(page, `${label} ${WIDTHS[1]}px`);
        await toPhone(page);
        await assertLaidOut(page, `${label} ${WIDTHS[0]}px`);
        g.assertClean();
      } finally { await g.close(); }
    }
  }
});

test("every preset, compared with normal trade, 1280 then 360 px: no English left, both sides' numbers equal report's, locale numbers, no overflow, axe clean", async () => {
  const first = await open("", 1280);
  let presets;
  try { presets = await presetIds(first.page); first.assertClean(); } finally { await first.close(); }
  assert.ok(presets.length >= 7, `presets: ${presets}`);
  const left = {};
  for (const preset of presets) {
    const query = `preset=${preset}&compare=`;
    const g = await open(query, 1280);
    let english;
    try {
      assert.ok(await g.page.locator("#compare-table").count(), `${preset}: the comparison is on`);
      english = new Set(await texts(g.page));
      g.assertClean();
    } finally { await g.close(); }
    for (const lang of LANGS) {
      const label = `${lang} ${preset}, compared`;
      const l = await open(`${query}&lang=${lang}`, 1280);
      try {
        assert.equal(await l.page.evaluate(() => document.documentElement.lang), lang, label);
        assert.ok(await l.page.locator(".compare-a").count(), `${label}: cards show A`);
        const found = await englishLeft(l.page, lang, english);
        if (found.length) left[label] = found;
        // The same page (every panel and data table open) checked at a desktop's width, then
        // resized to a phone's: cheaper than opening it again, and the text does not depend on
        // the width. B's numbers and A's (14 in the table, 13 on the cards, fewer on a replay).
        const metrics = await assertNumbers(l.page, lang, query, label);
        assert.equal(metrics.filter((m) => m.path.startsWith("compare.")).length, comparedNumbers(report(query)), `${label}: A's numbers`);
        await assertLaidOut(l.page, `${label} 1280px`);
        await toPhone(l.page);
        await assertLaidOut(l.page, `${label} 360px`);
        l.assertClean();
      } finally { await l.close(); }
    }
  }
  assert.deepEqual(left, {}, "English left");
});

test("the picker switches the language, keeps the scenario, and every copied link carries lang=", async () => {
  const g = await open("preset=embargo-now&year=2027", 1280);
  try {
    const { page } = g;
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    await page.selectOption("#lang-picker", "de");
    await page.waitForFunction(() => document.documentElement.lang === "de" && document.querySelector("[data-ready='true'] #summary"));
    await page.waitForFunction(() => /China/.test(document.querySelector("#summary")?.textContent) && /Wenn China/.test(document.querySelector("#summary").textContent));
    const url = new URL(page.url());
    assert.equal(url.searchParams.get("lang"), "de");
    assert.equal(url.searchParams.get("year"), "2027");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "lang-picker", "focus stays on the picker");
    for (const button of ["#copy-link", "#copy-embed", "#copy-embed-pinned"]) {
      await page.click(button);
      const value = await page.inputValue("#share-text");
      assert.match(value, /lang=de/, `${button}: ${value}`);
    }
    assert.match(await page.inputValue("#share-text"), /title="Rechner/);
    await page.selectOption("#lang-picker", "en");
    await page.waitForFunction(() => document.documentElement.lang === "en" && /^If China/.test(document.querySelector("#summary")?.textContent ?? ""));
    assert.equal(new URL(page.url()).searchParams.get("lang"), null);
    assert.match(await page.locator("h1").textContent(), /^Rare-earth/, "the static heading is English again");
    assert.equal(await page.title(), "Rare-earth supply-chain risk calculator");
    g.assertClean();
  } finally { await g.close(); }
});

test("without lang=, the full site follows the browser's languages; an unknown lang= says so and stays English", async () => {
  const fr = await open("preset=embargo-now", 1280, { locale: "fr-FR" });
  try {
    assert.equal(await fr.page.evaluate(() => document.documentElement.lang), "fr");
    assert.match(await fr.page.locator("#summary").textContent(), /Si la Chine/);
    fr.assertClean();
  } finally { await fr.close(); }
  const xx = await open("preset=embargo-now&lang=xx", 1280, { locale: "fr-FR" });
  try {
    assert.equal(await xx.page.evaluate(() => document.documentElement.lang), "en");
    assert.match(await xx.page.locator("#notices").textContent(), /“xx” is not a language this calculator offers/);
    xx.assertClean();
  } finally { await xx.close(); }
});

// The methodology page in each language (issue 17): every sentence of it comes from the
// catalogues, so no text node equals its English text except names, numbers and formulas; it does
// not overflow a phone's width and axe finds nothing.
// Text that is the dataset's own, not the page's: the derivation notes (td.note, as dataset.json
// writes them) and the sources cited (publisher, title, date), like source titles elsewhere; and
// the URL's own values (translate="no").
const METHOD_DATASET_TEXT = "td.note, section[aria-labelledby='m-cite'] ul, [translate='no']";
// Names and symbols that every language writes the same.
const METHOD_NAMES = new Set(["NdPr", "China", "Europe", "E1", "E2", "B", "es_cn", "cap_s", "R_s", "T_s", "dep_s"]);
const METHOD_SAME = [
  /^\[[\w-]+\]$/, // a source's id: [S1], [MODEL]
  /^[A-Z][a-z]?$/, // an element's symbol: Nd, Dy
  /^[A-Z][a-z]?, \d{4}-\d{2}$/, // an observation: element and month, as the dataset dates it
  /^[\d.,\s\u00a0\u202f]+(kg|t)$/, // a number of kilograms or tonnes
  /^D_t = D · \(1 \+ growth\)/, // the year-t formulas: symbols and variable names only
  /^E[12] [a-z]+ [a-z_]+ [\d.-]+$/, // a calibration figure's id: episode, element, figure, window
];
/** A piece of a formula between two live numbers: symbols, "=", and punctuation (", w_Dy =", "t, F ="). */
const formulaBit = (t) => /=|^t\.$|p10–p90/.test(t)
  && t.split(/[\s,;.()=]+/).filter(Boolean).every((w) => /^([A-Za-zθλ](_[A-Za-z]+)?|e[ds]|p10–p90|–)$/u.test(w));

/** Every visible text node of the methodology page outside the dataset's own text, trimmed. */
function methodologyTexts(page) {
  return page.evaluate((skip) => {
    const out = [];
    const root = document.querySelector("#methodology");
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      const t = n.textContent.trim();
      if (!t || !el || el.closest(skip) || el.closest("[hidden]") || getComputedStyle(el).display === "none") continue;
      const sym = el.closest("span.sym, code") !== null;
      out.push({ t, sym });
    }
    return out;
  }, METHOD_DATASET_TEXT);
}

async function openMethodology(query, width) {
  const g = await open(`${query}#methodology`, width);
  await g.page.waitForSelector("#methodology[aria-busy='false'] #m-formulas", { timeout: 120_000 });
  return g;
}

test("the methodology page in each language: no English left besides names, numbers and formulas; 360 px; axe", async () => {
  const preset = "preset=licensing-apr-2025";
  const en = await openMethodology(preset, 360);
  let english;
  try {
    english = new Set((await methodologyTexts(en.page)).map((x) => x.t));
    assert.ok(english.has("What the calculator cannot tell you"), "the English page is whole");
    en.assertClean();
  } finally { await en.close(); }
  for (const lang of LANGS) {
    const label = `${lang} methodology 360px`;
    const g = await openMethodology(`${preset}&lang=${lang}`, 360);
    try {
      const { page } = g;
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, label);
      const shown = await methodologyTexts(page);
      assert.ok(shown.length > 500, `${label}: ${shown.length} text nodes`);
      // Symbols (the market table's span.sym) and URL keys (code) stay; every other node that
      // is English text is a miss.
      const left = shown
        .filter(({ t, sym }) => english.has(t) && !sym && !numeric(t) && !SAME.has(t) && !METHOD_NAMES.has(t)
          && !METHOD_SAME.some((re) => re.test(t)) && !formulaBit(t))
        .map(({ t }) => t);
      assert.deepEqual([...new Set(left)], [], `${label}: English left`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${label}: ${overflow}px of horizontal overflow`);
      assert.deepEqual(await axeViolations(page), [], `${label}: axe`);
      g.assertClean();
    } finally { await g.close(); }
  }
});

/** The value of message `id` in the source catalogue i18n/<code>.ftl (a one-line message). */
function message(code, id) {
  const line = readFileSync(new URL(`../../i18n/${code}.ftl`, import.meta.url), "utf8")
    .split("\n").find((l) => l.startsWith(`${id} =`));
  assert.ok(line, `${code}.ftl has no ${id}`);
  return line.slice(id.length + 2).trim();
}

/** The paths the page itself fetched (not the service worker's precache). */
const fetched = (page) => page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));

test("the methodology page's messages are not in the first load: fetched in the page's language when it opens", async () => {
  for (const lang of ["en", "de", "ja"]) {
    const g = await open(`preset=embargo-now${lang === "en" ? "" : `&lang=${lang}`}`, 1280);
    try {
      const { page } = g;
      await page.waitForSelector("main.app[data-precision='full']");
      assert.deepEqual((await fetched(page)).filter((p) => p.endsWith("-methodology.ftl")), [], `${lang}: before opening`);
      await page.click("#nav-methodology");
      await page.waitForSelector("#methodology[aria-busy='false'] #m-formulas");
      assert.deepEqual((await fetched(page)).filter((p) => p.endsWith("-methodology.ftl")).map((p) => p.split("/").pop()),
        [`${lang}-methodology.ftl`], lang);
      const nav = await page.locator("#methodology a[href='#m-formulas']").textContent();
      assert.equal(nav, message(lang, "m-nav-formulas"), `${lang}: the page's link to its formulas`);
      const text = (await page.textContent("#methodology")) ?? "";
      assert.doesNotMatch(text, /\bm-[a-z]+-[a-z-]+/, `${lang}: a message id shown instead of its text`);
      g.assertClean();
    } finally { await g.close(); }
  }
});

test("before the app loads, the loading message is in the page's language, as its catalogue says it", async () => {
  const { readFileSync } = await import("node:fs");
  const { DIST } = await import("./harness.mjs");
  const loading = (lang) => {
    const line = readFileSync(`${DIST}/i18n/${lang}.ftl`, "utf8").split("\n").find((l) => l.startsWith("app-loading = "));
    assert.ok(line, `${lang}: app-loading`);
    return line.slice("app-loading = ".length).trim();
  };
  for (const [query, locale, lang] of [
    ...LANGS.map((l) => [`lang=${l}`, "en-US", l]), ["", "ja-JP", "ja"], ["", "en-US", "en"],
    ["lang=xx", "fr-FR", "en"], ["embed=1", "de-DE", "en"],
  ]) {
    const context = await app.browser.newContext({ locale });
    try {
      const page = await context.newPage();
      // No WebAssembly: the page stays on its loading message.
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto(`${app.url}?${query}`);
      await page.waitForLoadState("domcontentloaded");
      const text = (await page.locator("#app-body > .boot").first().textContent()).trim();
      assert.equal(text, loading(lang), `${query} (${locale})`);
    } finally { await context.close(); }
  }
});

test("downloads in another language: the CSV's headings and title from the catalogue, its cells and the JSON as report's", async () => {
  const { readFileSync } = await import("node:fs");
  const { DIST } = await import("./harness.mjs");
  const message = (lang, id) => {
    const line = readFileSync(`${DIST}/i18n/${lang}.ftl`, "utf8").split("\n").find((l) => l.startsWith(`${id} = `));
    assert.ok(line, `${lang}: ${id}`);
    return line.slice(id.length + 3).trim();
  };
  const save = async (page, selector) => {
    const [d] = await Promise.all([page.waitForEvent("download", { timeout: 15_000 }), page.click(selector)]);
    const path = await d.path();
    assert.ok(path, `${selector}: saved`);
    return readFileSync(path, "utf8");
  };
  const csvOf = async (lang) => {
    const g = await open(`preset=embargo-now${lang === "en" ? "" : `&lang=${lang}`}`, 1280, { acceptDownloads: true });
    try {
      const csv = await save(g.page, "#download-csv");
      const json = await save(g.page, "#download-json");
      g.assertClean();
      return { lines: csv.split("\r\n"), json };
    } finally { await g.close(); }
  };
  const english = await csvOf("en");
  for (const lang of LANGS) {
    const { lines, json } = await csvOf(lang);
    const heads = ["section", "metric", "year", "unit", "central", "p10", "p50", "p90"].map((h) => message(lang, `csv-${h}`));
    assert.equal(lines[0], heads.join(","), `${lang}: headings`);
    assert.notEqual(lines[0], english.lines[0], `${lang}: headings translated`);
    assert.match(lines[1], new RegExp(`^about,title,,,${message(lang, "csv-title").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), `${lang}: title`);
    assert.deepEqual(lines.slice(2), english.lines.slice(2), `${lang}: the cells are report's keys and values`);
    assert.equal(json, english.json, `${lang}: the JSON is the same document`);
  }
});

//! Text goldens per preset (`tests/golden/text/<preset>.txt`): every sentence the page builds
//! from numbers — the summary live region, each chart's heading, finding and text alternative,
//! the time card's two figures, each market card's sentence, price line and note, and the
//! methodology's sentences built from numbers (its plain-language example, who goes short first,
//! the added costs) — compared exactly, so a wrong sentence fails a test and a changed one is
//! reviewed in the diff; the same in every other language for four presets.
//! Regenerate with `UPDATE_GOLDEN=1 cargo test --test text_golden`.
#![cfg(not(target_arch = "wasm32"))]

mod common {
    pub mod diff;
    pub mod golden;
}

use rare_earth_risk::data::{MarketId, DATASET};
use rare_earth_risk::i18n::t;
use rare_earth_risk::model::drivers::{drivers, Headline};
use rare_earth_risk::model::{evaluate_with, Options, Scenario};
use rare_earth_risk::ui::charts::{
    chain_chart, drivers_chart, exposure_chart, price_chart, race_chart, timeline_chart, Against,
    ChartSpec,
};
use rare_earth_risk::ui::compare::{card_sentence, name_of, CARDS};
use rare_earth_risk::ui::methodology::{backtest_prose, prose};
use rare_earth_risk::ui::summary::{
    market_note, own_time, price_line, price_phrase, recover_text, summary_text, survive_text,
};
use std::fmt::Write;
use std::path::PathBuf;
use yew::virtual_dom::VNode;
use yew::Html;

/// The page's full-precision outcome (draws, no backtest ranges), as `state::evaluate_full`.
fn page_outcome(query: &str) -> (Scenario, rare_earth_risk::model::Outcome) {
    let s = Scenario::from_query(query, &DATASET);
    let opts = Options {
        backtests: false,
        ..Options::default()
    };
    let o = evaluate_with(&s, &DATASET, &opts);
    (s, o)
}

fn text_of(query: &str) -> String {
    let (s, o) = page_outcome(query);
    let (_, today) = page_outcome(&format!("preset=baseline-2024&view={}", s.view.key()));
    let mut out = String::new();
    let _ = writeln!(out, "query: {query}\n\nsummary: {}\n", summary_text(&o, &s));
    let _ = writeln!(out, "time to survive: {}", survive_text(&o));
    let _ = writeln!(out, "time to recover: {}", recover_text(&o));
    if let Some(own) = own_time(&o) {
        let same = if own.differs { "" } else { " (the same)" };
        let _ = writeln!(
            out,
            "own time: {}: {}{same}. {}",
            own.label, own.text, own.detail
        );
    }
    let _ = writeln!(out);
    for id in MarketId::ALL {
        let m = o.markets.get(id);
        // A market the 2009 replay does not have shows one line instead of figures.
        let line = if o.replay.as_ref().is_some_and(|r| !r.has(id)) {
            t("card-not-replayed")
        } else {
            price_phrase(m, &t("what-prices"))
        };
        let _ = writeln!(out, "card {}: {line}", id.key());
        if o.has_market(id) {
            let _ = writeln!(out, "  price: {}", price_line(&o, m));
            let _ = writeln!(out, "  note: {}", market_note(&o, m));
        }
    }
    let charts: [ChartSpec; 5] = [
        race_chart(&o, None),
        chain_chart(&o, &today),
        price_chart(&o, None),
        timeline_chart(&o),
        exposure_chart(&o),
    ];
    for c in charts {
        if o.replay.is_some() && c.id.today_only() {
            let line = t("chart-not-replayed");
            let _ = writeln!(out, "\nchart {}\n  title: {}\n  {line}", c.id, c.title);
            continue;
        }
        let _ = writeln!(
            out,
            "\nchart {}\n  title: {}\n  finding: {}\n  alt: {}",
            c.id, c.title, c.finding, c.alt
        );
        if !c.note.is_empty() {
            let _ = writeln!(out, "  note: {}", c.note);
        }
    }
    // The methodology's sentences built from the same numbers.
    let _ = writeln!(out, "\nmethodology");
    for part in prose(&o) {
        let mut text = String::new();
        text_of_html(&part, &mut text);
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let _ = writeln!(out, "  {line}");
        }
    }
    // Compared with normal trade (A), as the first screen is: each card's A line and the two
    // charts' headings with A.
    let (sa, a) = page_outcome("");
    let name = name_of(&sa);
    let _ = writeln!(out, "\ncompared with A, {name}");
    for card in CARDS {
        let _ = writeln!(out, "  card {card}: {}", card_sentence(card, &name, &a, &o));
    }
    let against = Against {
        name: &name,
        outcome: &a,
    };
    for c in [
        race_chart(&o, Some(&against)),
        price_chart(&o, Some(&against)),
    ] {
        let _ = writeln!(out, "  chart {} finding: {}", c.id, c.finding);
        let _ = writeln!(out, "  chart {} alt: {}", c.id, c.alt);
    }
    let d = drivers(&s, &DATASET);
    // The picker offers only the headlines the scenario has (no magnets on the 2009 replay).
    for h in Headline::ALL
        .into_iter()
        .filter(|h| h.applies(o.replay.is_some()))
    {
        let c = drivers_chart(&d, h);
        let _ = writeln!(out, "\ndrivers {}: {}", h.key(), c.finding);
        for row in &c.table.rows {
            let _ = writeln!(out, "  {}", row.join(" | "));
        }
    }
    out
}

/// The text a reader sees in `html`, a line per block (paragraph, list item, heading, table
/// caption and row), a table's cells separated by " | ".
fn text_of_html(html: &Html, out: &mut String) {
    match html {
        VNode::VText(t) => out.push_str(&t.text),
        VNode::VTag(tag) => {
            let block = matches!(
                tag.tag(),
                "p" | "li" | "h3" | "h4" | "ul" | "section" | "caption" | "tr"
            );
            if block {
                out.push('\n');
            }
            if let Some(children) = tag.children() {
                text_of_html(children, out);
            }
            if block {
                out.push('\n');
            }
            if matches!(tag.tag(), "td" | "th") {
                out.push_str(" | ");
            }
        }
        VNode::VList(list) => list.iter().for_each(|c| text_of_html(c, out)),
        _ => {}
    }
}

#[test]
fn every_sentence_matches_its_golden_per_preset() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/text");
    let mut failures = Vec::new();
    let mut queries: Vec<(String, String)> = DATASET
        .presets
        .iter()
        .map(|p| (p.id.to_string(), format!("preset={}", p.id)))
        .collect();
    queries.push(("defaults".into(), String::new()));
    // The country views (#16): the EU's benchmark sentence, Japan's and Korea's stockpiles,
    // India's own stocks, and exchina's pooled figure (no "own time" line).
    for v in ["eu", "japan", "korea", "india", "exchina"] {
        queries.push((
            format!("embargo-now-{v}"),
            format!("preset=embargo-now&view={v}"),
        ));
    }
    for (name, q) in queries {
        let got = text_of(&q);
        let path = dir.join(format!("{name}.txt"));
        common::golden::check(&path, &got, "text_golden", &mut failures);
    }
    common::golden::assert_none(&failures);
}

/// The same sentences in each other language (`tests/golden/text/<lang>/<preset>.txt`), for the
/// cases whose words differ: the first screen (a restriction nobody runs short in), an embargo at
/// the backstop, normal trade and the 2009 replay. Natively the numbers keep the English format
/// (the browser's `Intl` formats them on the page); the words, their grammar and their order are
/// the catalogue's.
#[test]
fn every_sentence_matches_its_golden_in_each_language() {
    use rare_earth_risk::i18n::Lang;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/text");
    let mut failures = Vec::new();
    // Every language but English, so a new one gets its goldens without being listed here.
    let others = Lang::ALL.into_iter().filter(|l| *l != Lang::En);
    in_each_language(others, &mut failures, |lang, failures| {
        for preset in [
            "licensing-apr-2025",
            "embargo-now",
            "baseline-2024",
            "quota-2010",
        ] {
            let got = text_of(&format!("preset={preset}"));
            let path = dir.join(lang.code()).join(format!("{preset}.txt"));
            common::golden::check(&path, &got, "text_golden", failures);
        }
    });
    common::golden::assert_none(&failures);
}

/// The race chart's marks are the report's times (MODEL.md §7), and its heading says them.
#[test]
fn the_race_marks_are_the_reported_times() {
    use rare_earth_risk::ui::chart_card::Plot;
    for p in DATASET.presets {
        let (_, o) = page_outcome(&format!("preset={}", p.id));
        let c = race_chart(&o, None);
        let Plot::Lines { x, .. } = &c.plot else {
            panic!("lines")
        };
        let mark = |label: &str| x.marks.iter().find(|m| m.1 == label).map(|m| m.0);
        let last = (x.labels.len() - 1) as f64;
        assert_eq!(
            mark("stocks run out"),
            o.time_to_survive_months.central.map(|v| v.min(last)),
            "{}",
            p.id
        );
        assert_eq!(
            mark("back to normal"),
            o.time_to_recover_months.central.map(|v| v.min(last)),
            "{}",
            p.id
        );
        assert_eq!(x.labels.len(), o.markets.magnet.path.len());
    }
}

/// The summary's account of what China does, in every language, for the mixes of policy no
/// preset has (`tests/golden/text/policies.txt`): a market stopped beside one let out in part,
/// several stopped, China's own output cut or raised, a duty, output alone.
#[test]
fn policy_sentences_match_their_golden_in_each_language() {
    use rare_earth_risk::i18n::Lang;
    let queries = [
        "quota_magnet=0&quota_heavy=50",
        "quota_magnet=0&quota_heavy=0",
        "quota_light=60&quota_heavy=30&quota_magnet=0&china_output=110",
        "quota_heavy=40&china_output=80&export_duty=25",
        "quota_light=100&quota_heavy=100&quota_magnet=100&china_output=80",
    ];
    let mut out = String::new();
    let mut failures = Vec::new();
    in_each_language(Lang::ALL, &mut failures, |lang, _| {
        for q in queries {
            let s = Scenario::from_query(q, &DATASET);
            let o = evaluate_with(&s, &DATASET, &Options::central());
            let _ = writeln!(out, "{} {q}\n{}\n", lang.code(), summary_text(&o, &s));
        }
    });
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/text/policies.txt");
    common::golden::check(&path, &out, "text_golden", &mut failures);
    common::golden::assert_none(&failures);
}

/// The methodology's backtests section (the episodes against the model, the calibration, Japan's
/// chain, the 2010 replay, the 2025 spreads and stoppages) in every language
/// (`tests/golden/text/<lang>/methodology-backtests.txt`, English at the top level): its sentences
/// count, compare and agree with numbers the model works out ("1 of the 4 observations lies").
#[test]
fn the_backtests_section_matches_its_golden_in_each_language() {
    use rare_earth_risk::i18n::Lang;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/text");
    let (_, page) = page_outcome("preset=licensing-apr-2025");
    let s = Scenario::from_query("preset=licensing-apr-2025", &DATASET);
    let licensing = evaluate_with(&s, &DATASET, &Options::default());
    let mut failures = Vec::new();
    in_each_language(Lang::ALL, &mut failures, |lang, failures| {
        let mut text = String::new();
        text_of_html(&backtest_prose(&page, &licensing), &mut text);
        let mut got = String::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let _ = writeln!(got, "{line}");
        }
        let path = if lang == Lang::En {
            dir.join("methodology-backtests.txt")
        } else {
            dir.join(lang.code()).join("methodology-backtests.txt")
        };
        common::golden::check(&path, &got, "text_golden", failures);
    });
    common::golden::assert_none(&failures);
}

/// Runs `f` with each of `langs` installed from its catalogue file (one that does not load is a
/// failure, and its language is skipped), then puts English back for the other tests.
fn in_each_language(
    langs: impl IntoIterator<Item = rare_earth_risk::i18n::Lang>,
    failures: &mut Vec<String>,
    mut f: impl FnMut(rare_earth_risk::i18n::Lang, &mut Vec<String>),
) {
    use rare_earth_risk::i18n::{install, Lang};
    for lang in langs {
        let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(lang.catalogue_path());
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        if let Err(e) = install(lang, &source) {
            failures.push(format!("{}: {e}", file.display()));
            continue;
        }
        f(lang, failures);
    }
    let _ = install(Lang::En, "");
}

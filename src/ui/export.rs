//! Downloads made in the browser (nothing is sent anywhere): the results as CSV and as JSON (the
//! same document the `report` tool prints), and each chart as a PNG that stands on its own.
//!
//! The text builders here are pure (tested natively); `png.rs` does the canvas work.

use crate::data::{Chain, MarketId, Stage, DATASET};
use crate::model::{MaybeRange, Outcome, Range, Scenario, ScenarioKey};
use crate::ui::charts::ChartId;
use crate::ui::format;
use crate::ui::summary::viewpoint_phrase;

/// The outcome as pretty JSON: byte for byte what `report '<query>'` prints for the same scenario.
/// (Writing it cannot fail: every map key is a string and non-finite numbers become null. The
/// fallback names no serde error, whose messages would add 2 KB to the WebAssembly.)
pub fn results_json(o: &Outcome) -> String {
    serde_json::to_string_pretty(o)
        .unwrap_or_else(|_| r#"{"error": "the results could not be written as JSON"}"#.into())
}

/// The CSV header. Every row has these eight columns.
pub const CSV_HEADER: [&str; 8] = [
    "section", "metric", "year", "unit", "central", "p10", "p50", "p90",
];

/// A CSV field: quoted when it holds a comma, a quote or a line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A number exactly as the page's `data-value` attributes write it (Rust's shortest round-trip
/// form), so a reader's spreadsheet and a test get the very same figure.
fn num(v: f64) -> String {
    format!("{v:?}")
}

fn opt(v: Option<f64>) -> String {
    v.map(num).unwrap_or_default()
}

struct Csv {
    out: String,
}

impl Csv {
    fn row(&mut self, cells: [&str; 8]) {
        let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
        self.out.push_str(&line.join(","));
        self.out.push_str("\r\n");
    }
    /// A text value (scenario keys, metadata): in the `central` column.
    fn text(&mut self, section: &str, metric: &str, year: &str, unit: &str, value: &str) {
        self.row([section, metric, year, unit, value, "", "", ""]);
    }
    fn range(&mut self, section: &str, metric: &str, year: &str, unit: &str, r: &Range) {
        self.row([
            section,
            metric,
            year,
            unit,
            &num(r.central),
            &num(r.p10),
            &num(r.p50),
            &num(r.p90),
        ]);
    }
    /// A figure that may be "never": empty cells (no shortfall, or not by 2035).
    fn maybe(&mut self, section: &str, metric: &str, year: &str, unit: &str, r: &MaybeRange) {
        self.row([
            section,
            metric,
            year,
            unit,
            &opt(r.central),
            &opt(r.p10),
            &opt(r.p50),
            &opt(r.p90),
        ]);
    }
    fn value(&mut self, section: &str, metric: &str, year: &str, unit: &str, v: f64) {
        self.range(section, metric, year, unit, &Range::point(v));
    }
}

/// The results as CSV: one tidy table (`section, metric, year, unit, central, p10, p50, p90`)
/// holding the scenario, every headline number with its range, and the 2024–2035 timeline.
/// `metric` is the JSON path of the figure in the `report` document (without `.central`), so
/// CSV, JSON and the page's `data-metric` attributes name each number the same way. Empty
/// number cells mean "never" (no shortfall, or not by 2035).
pub fn results_csv(o: &Outcome) -> String {
    let mut c = Csv { out: String::new() };
    c.row(CSV_HEADER);
    let y = o.year.to_string();
    let y = y.as_str();

    // About the document.
    c.text(
        "about",
        "title",
        "",
        "",
        "Rare-earth supply-chain risk calculator: results",
    );
    c.text("about", "model_version", "", "", o.model_version);
    c.text("about", "data_vintage", "", "", o.data_vintage);
    c.text("about", "credit", "", "", DATASET.credit);
    c.text("about", "query", "", "", &o.scenario.query);
    c.text("about", "draws", "", "", &o.draws.to_string());
    c.text("about", "seed", "", "", &o.seed.to_string());

    // The scenario, as its URL keys.
    let s = &o.scenario.scenario;
    for (key, value) in scenario_pairs(s) {
        c.text("scenario", &format!("scenario.{key}"), "", "", &value);
    }

    // Headline numbers for the scenario year.
    for id in MarketId::ALL {
        let m = o.markets.get(id);
        let k = id.key();
        let p = |name: &str| format!("markets.{k}.{name}");
        c.range("market", &p("multiplier"), y, "×", &m.multiplier);
        c.range(
            "market",
            &p("china_multiplier"),
            y,
            "×",
            &m.china_multiplier,
        );
        c.range("market", &p("spread"), y, "×", &m.spread);
        c.range("market", &p("unmet_share"), y, "share", &m.unmet_share);
        c.range("market", &p("peak"), y, "×", &m.peak);
        c.text("market", &p("peak_month"), y, "month", &m.peak_month);
        c.text(
            "market",
            &p("at_backstop"),
            y,
            "",
            if m.at_backstop { "true" } else { "false" },
        );
        c.value(
            "market",
            &p("price.baseline"),
            "2024",
            "USD/kg",
            m.price.baseline,
        );
        c.range(
            "market",
            &p("price.ex_china"),
            y,
            "USD/kg",
            &m.price.ex_china,
        );
        c.range("market", &p("price.china"), y, "USD/kg", &m.price.china);
        c.maybe(
            "market",
            &p("time_to_survive_months"),
            y,
            "months",
            &m.time_to_survive_months,
        );
        c.maybe(
            "market",
            &p("time_to_recover_year"),
            y,
            "year",
            &m.time_to_recover_year,
        );
        c.maybe(
            "market",
            &p("time_to_recover_months"),
            y,
            "months",
            &m.time_to_recover_months,
        );
    }
    for ch in Chain::ALL {
        let chain = o.dependency.get(ch);
        let k = ch.key();
        for st in Stage::ALL {
            let so = chain.stage(st);
            let p = |name: &str| format!("dependency.{k}.{}.{name}", st.key());
            c.range("dependency", &p("dependency"), y, "share", &so.dependency);
            c.value(
                "dependency",
                &p("direct_reliance"),
                y,
                "share",
                so.direct_reliance,
            );
            c.range(
                "dependency",
                &p("supply_at_risk"),
                y,
                "share",
                &so.supply_at_risk,
            );
            c.value("dependency", &p("china_share"), y, "share", so.china_share);
            c.value("dependency", &p("hhi"), y, "HHI", so.hhi);
            c.value(
                "dependency",
                &p("capacity_needed"),
                y,
                chain.unit,
                so.capacity_needed,
            );
        }
        c.text(
            "dependency",
            &format!("dependency.{k}.bottleneck"),
            y,
            "",
            chain.bottleneck.key(),
        );
        c.value(
            "dependency",
            &format!("dependency.{k}.target"),
            y,
            "share",
            chain.target,
        );
        c.value(
            "dependency",
            &format!("dependency.{k}.capacity_needed_total"),
            y,
            chain.unit,
            chain.capacity_needed_total,
        );
    }
    c.maybe(
        "time",
        "time_to_survive_months",
        y,
        "months",
        &o.time_to_survive_months,
    );
    c.maybe(
        "time",
        "time_to_recover_year",
        y,
        "year",
        &o.time_to_recover_year,
    );
    c.maybe(
        "time",
        "time_to_recover_months",
        y,
        "months",
        &o.time_to_recover_months,
    );
    c.text("time", "path_start", y, "month", &o.path_start);
    // The central path, month by month (the race chart's numbers): `year` holds the month.
    for id in MarketId::ALL {
        let k = id.key();
        for (i, p) in o.markets.get(id).path.iter().enumerate() {
            let metric = |name: &str| format!("markets.{k}.path.{i}.{name}");
            c.value("path", &metric("ex_china"), &p.month, "×", p.ex_china);
            c.value("path", &metric("china"), &p.month, "×", p.china);
            c.value("path", &metric("exports"), &p.month, "t/month", p.exports);
            c.value(
                "path",
                &metric("stock_months"),
                &p.month,
                "months",
                p.stock_months,
            );
            c.value(
                "path",
                &metric("unmet_share"),
                &p.month,
                "share",
                p.unmet_share,
            );
        }
    }
    c.text(
        "time",
        "time_binding_market",
        y,
        "",
        o.time_binding_market.key(),
    );
    for e in &o.exposure {
        let p = |name: &str| format!("exposure.{}.{name}", e.id);
        c.range(
            "exposure",
            &p("added_cost_usd"),
            y,
            &format!("USD {}", e.per),
            &e.added_cost_usd,
        );
        c.value("exposure", &p("share_at_risk"), y, "share", e.share_at_risk);
        c.value(
            "exposure",
            &p("share_at_risk_defence_first"),
            y,
            "share",
            e.share_at_risk_defence_first,
        );
    }

    // The timeline, 2024–2035.
    for t in &o.timeline {
        let ty = t.year.to_string();
        for id in MarketId::ALL {
            let m = match id {
                MarketId::Ndpr => &t.markets.ndpr,
                MarketId::Dy => &t.markets.dy,
                MarketId::Tb => &t.markets.tb,
                MarketId::Magnet => &t.markets.magnet,
            };
            let p = |name: &str| format!("timeline.markets.{}.{name}", id.key());
            c.range("timeline", &p("multiplier"), &ty, "×", &m.multiplier);
            c.range(
                "timeline",
                &p("china_multiplier"),
                &ty,
                "×",
                &m.china_multiplier,
            );
            c.range("timeline", &p("unmet_share"), &ty, "share", &m.unmet_share);
            c.value("timeline", &p("demand"), &ty, "t", m.demand);
            c.value(
                "timeline",
                &p("non_china_supply"),
                &ty,
                "t",
                m.non_china_supply,
            );
            c.value(
                "timeline",
                &p("allowed_exports"),
                &ty,
                "t",
                m.allowed_exports,
            );
        }
        for ch in Chain::ALL {
            let d = match ch {
                Chain::Light => &t.dependency.light,
                Chain::Heavy => &t.dependency.heavy,
            };
            for (st, r) in [
                (Stage::Mining, &d.mining),
                (Stage::Separation, &d.separation),
                (Stage::Metal, &d.metal),
                (Stage::Magnet, &d.magnet),
            ] {
                let metric = format!("timeline.dependency.{}.{}", ch.key(), st.key());
                c.range("timeline", &metric, &ty, "share", r);
            }
        }
        c.maybe(
            "timeline",
            "timeline.time_to_survive_months",
            &ty,
            "months",
            &t.time_to_survive_months,
        );
        c.maybe(
            "timeline",
            "timeline.time_to_recover_year",
            &ty,
            "year",
            &t.time_to_recover_year,
        );
    }
    c.out
}

/// The scenario's URL keys and values (MODEL.md §2), in a stable order, each exactly as the
/// canonical URL writes it (an optional key that is not set is empty: the dataset's value
/// applies).
pub fn scenario_pairs(s: &Scenario) -> Vec<(&'static str, String)> {
    // Every key but the preset, then the preset (the order downloads have always had).
    let keys = ScenarioKey::ALL
        .into_iter()
        .filter(|k| *k != ScenarioKey::Preset);
    keys.chain([ScenarioKey::Preset])
        .map(|k| (k.name(), s.query_value(k).unwrap_or_default()))
        .collect()
}

/// The scenario in one line, for a chart's footer: year and first month, viewpoint, the
/// restriction, capacity, market and stocks.
pub fn scenario_line(s: &Scenario) -> String {
    let pct = |v: f64| format::percent(v / 100.0);
    let start = format::month(&crate::model::month_label(s.year, s.start, 0));
    let mut parts = vec![
        format!("Scenario from {start}"),
        format!("seen from {}", viewpoint_phrase(s.view)),
        format!(
            "for {} month{} China lets out {} of light, {} of heavy rare-earth and {} of magnet exports",
            format::sig(s.months),
            if s.months == 1.0 { "" } else { "s" },
            pct(s.quota_light),
            pct(s.quota_heavy),
            pct(s.quota_magnet)
        ),
    ];
    if s.china_output != 100.0 {
        parts.push(format!("China's output {}", pct(s.china_output)));
    }
    if s.export_duty > 0.0 {
        parts.push(format!("export duty {}", pct(s.export_duty)));
    }
    parts.push(format!(
        "projects delivered {}, {} yr late",
        pct(s.pipeline),
        format::sig(s.delay)
    ));
    let adds = s.add_mining + s.add_separation + s.add_metal + s.add_magnet;
    if adds > 0.0 {
        parts.push("extra capacity added".into());
    }
    parts.push(format!("demand +{}/yr", pct(s.growth)));
    if let Some(b) = s.buffer {
        parts.push(format!("buyers' stocks {} months", format::sig(b)));
    }
    if let Some(p) = s.panic {
        parts.push(format!("panic buying {} months", format::sig(p)));
    }
    if let Some(b) = s.buffer_cn {
        parts.push(format!("stocks in China {} months", format::sig(b)));
    }
    if s.china_stockpiling > 0.0 {
        parts.push(format!(
            "China stockpiles {} months",
            format::sig(s.china_stockpiling)
        ));
    }
    if let Some(p) = &s.preset {
        parts.push(format!("preset {p}"));
    }
    parts.join(" · ").replace('\u{a0}', " ")
}

/// The source ids behind one chart, most used first (ties in dataset order), read from the
/// figures it draws: the chain's stage baselines and needs; the markets' baselines and
/// elasticities; the markets and the projects for the timeline; the products and the magnet
/// price for exposure.
pub fn chart_source_ids(chart: ChartId) -> Vec<&'static str> {
    let mut raw: Vec<&'static str> = Vec::new();
    let markets = |raw: &mut Vec<&'static str>| {
        for m in &DATASET.markets {
            for f in [
                &m.demand,
                &m.non_china_supply,
                &m.non_china_capacity,
                &m.china_production,
                &m.price,
                &m.ed.central,
                &m.es.central,
                &m.backstop,
            ] {
                raw.push(f.source);
            }
        }
    };
    match chart {
        ChartId::Chain => {
            for st in &DATASET.stages {
                raw.push(st.capacity.source);
                raw.push(st.recycling.source);
            }
            for n in &DATASET.needs {
                raw.push(n.need.source);
            }
        }
        ChartId::Price | ChartId::Race => markets(&mut raw),
        ChartId::Drivers => {
            markets(&mut raw);
            let (b, sens) = (&DATASET.behaviour, &DATASET.sensitivity);
            for r in [&b.theta, &b.lambda, &b.panic] {
                raw.extend([r.low.source, r.high.source]);
            }
            for f in [sens.buffer, sens.pipeline, sens.delay, sens.growth] {
                raw.extend(f.map(|x| x.source));
            }
        }
        ChartId::Timeline => {
            markets(&mut raw);
            for p in DATASET.projects {
                raw.push(p.source);
            }
        }
        ChartId::Exposure => {
            for p in DATASET.products {
                raw.push(p.magnet_kg.source);
                raw.push(p.dy_tb_kg.source);
            }
            raw.push(DATASET.market(MarketId::Magnet).price.source);
        }
    }
    let used: Vec<&str> = raw.iter().flat_map(|s| s.split_whitespace()).collect();
    let mut ids: Vec<(usize, usize, &'static str)> = DATASET
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (used.iter().filter(|u| **u == s.id).count(), i, s.id))
        .filter(|(n, _, _)| *n > 0)
        .collect();
    ids.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ids.into_iter().map(|(_, _, id)| id).collect()
}

/// Publishers named in a chart's footer; the rest are counted ("and 12 more").
const FOOTER_PUBLISHERS: usize = 5;

/// "Sources: U.S. Geological Survey; IEA; … and 12 more (Sources & data in the calculator)"
/// for a chart's footer: the publishers behind its figures, most used first.
pub fn chart_sources_line(chart: ChartId) -> String {
    let mut publishers: Vec<&str> = Vec::new();
    for id in chart_source_ids(chart) {
        if let Some(s) = DATASET.source(id) {
            let name = if s.publisher.is_empty() {
                s.id
            } else {
                s.publisher
            };
            if !name.is_empty() && !publishers.contains(&name) {
                publishers.push(name);
            }
        }
    }
    if publishers.is_empty() {
        return "Sources: see Sources & data in the calculator".into();
    }
    let more = publishers.len().saturating_sub(FOOTER_PUBLISHERS);
    publishers.truncate(FOOTER_PUBLISHERS);
    if more > 0 {
        format!(
            "Sources: {} and {more} more (see Sources & data in the calculator)",
            publishers.join("; ")
        )
    } else {
        format!("Sources: {}", publishers.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate_with, Options};

    fn outcome(q: &str) -> Outcome {
        let s = Scenario::from_query(q, &DATASET);
        evaluate_with(&s, &DATASET, &Options::default())
    }

    /// A tiny CSV reader (quoted fields, doubled quotes) for the round trip.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let (mut row, mut cell, mut quoted) = (Vec::new(), String::new(), false);
        let mut chars = csv.chars().peekable();
        while let Some(ch) = chars.next() {
            match (quoted, ch) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    #[test]
    fn csv_round_trips_the_headline_numbers_and_the_timeline() {
        let o = outcome("preset=embargo-now");
        let rows = parse(&results_csv(&o));
        assert_eq!(rows[0], CSV_HEADER.map(String::from).to_vec());
        assert!(rows.iter().all(|r| r.len() == 8), "every row has 8 cells");
        let find = |metric: &str, year: &str| {
            rows.iter()
                .find(|r| r[1] == metric && r[2] == year)
                .cloned()
                .unwrap_or_else(|| panic!("no row {metric} {year}"))
        };
        let y = o.year.to_string();
        let r = find("markets.magnet.multiplier", &y);
        assert_eq!(
            r[4].parse::<f64>().ok(),
            Some(o.markets.magnet.multiplier.central)
        );
        assert_eq!(
            r[7].parse::<f64>().ok(),
            Some(o.markets.magnet.multiplier.p90)
        );
        let r = find("dependency.light.magnet.dependency", &y);
        assert_eq!(
            r[4].parse::<f64>().ok(),
            Some(o.dependency.light.magnet.dependency.central)
        );
        for t in &o.timeline {
            let r = find("timeline.markets.ndpr.multiplier", &t.year.to_string());
            assert_eq!(
                r[4].parse::<f64>().ok(),
                Some(t.markets.ndpr.multiplier.central)
            );
        }
        assert_eq!(find("scenario.quota_light", "")[4], "0");
        // The path, month by month, named as in the JSON (`markets.dy.path.3.stock_months`).
        let p = &o.markets.dy.path[3];
        let r = find("markets.dy.path.3.stock_months", &p.month);
        assert_eq!(r[4].parse::<f64>().ok(), Some(p.stock_months));
        assert_eq!(
            rows.iter().filter(|r| r[0] == "path").count(),
            4 * 5 * o.markets.dy.path.len()
        );
    }

    #[test]
    fn never_is_an_empty_cell() {
        let o = outcome("");
        let csv = results_csv(&o);
        if o.time_to_survive_months.central.is_none() {
            assert!(csv.contains("time,time_to_survive_months,2026,months,,,,\r\n"));
        }
    }

    #[test]
    fn quoting() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("plain"), "plain");
    }

    #[test]
    fn every_chart_has_sources_and_a_scenario_line() {
        for id in ChartId::ALL {
            assert!(!chart_source_ids(id).is_empty(), "{id}");
            assert!(chart_sources_line(id).starts_with("Sources: "), "{id}");
        }
        let s = Scenario::from_query("preset=embargo-now", &DATASET);
        let line = scenario_line(&s);
        assert!(line.contains("0 % of light"), "{line}");
        assert!(!line.contains('\n'));
    }
}

//! The results as CSV: one tidy table (`section, metric, year, unit, central, p10, p50, p90`).

use super::{scenario_pairs, SideA};
use crate::data::{Chain, MarketId, Stage, DATASET};
use crate::model::{MaybeRange, Outcome, Range};
use crate::ui::summary::price_year;

/// The CSV header. Every row has these eight columns.
pub const CSV_HEADER: [&str; 8] = [
    "section", "metric", "year", "unit", "central", "p10", "p50", "p90",
];

/// The CSV header in the page's language (English: [`CSV_HEADER`]). The cells below stay the
/// `report` tool's keys and values, so a spreadsheet reads the same file in every language.
pub fn csv_header() -> [String; 8] {
    CSV_HEADER.map(|h| crate::i18n::t(&format!("csv-{h}")))
}

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
    /// Put before every section and metric: empty for the scenario on screen (B), `A: ` and
    /// `compare.` for the scenario it is compared with (the metric is then its path in the JSON).
    prefix: (&'static str, &'static str),
}

impl Csv {
    fn row(&mut self, cells: [&str; 8]) {
        let (section, metric) = (
            format!("{}{}", self.prefix.0, cells[0]),
            format!("{}{}", self.prefix.1, cells[1]),
        );
        let line: Vec<String> = [section.as_str(), metric.as_str()]
            .into_iter()
            .chain(cells.into_iter().skip(2))
            .map(field)
            .collect();
        self.out.push_str(&line.join(","));
        self.out.push_str("\r\n");
    }
    /// A text value (scenario keys, metadata): in the `central` column.
    fn text(&mut self, section: &str, metric: &str, year: &str, unit: &str, value: &str) {
        self.row([section, metric, year, unit, value, "", "", ""]);
    }
    fn range(&mut self, section: &str, metric: &str, year: &str, unit: &str, r: &Range) {
        let cells = [r.central, r.p10, r.p50, r.p90].map(num);
        self.figures(section, metric, year, unit, &cells);
    }
    /// A figure that may be "never": empty cells (no shortfall, or not by 2035).
    fn maybe(&mut self, section: &str, metric: &str, year: &str, unit: &str, r: &MaybeRange) {
        let cells = [r.central, r.p10, r.p50, r.p90].map(opt);
        self.figures(section, metric, year, unit, &cells);
    }
    /// The central, p10, p50 and p90 cells, written.
    fn figures(
        &mut self,
        section: &str,
        metric: &str,
        year: &str,
        unit: &str,
        cells: &[String; 4],
    ) {
        let [central, p10, p50, p90] = cells;
        self.row([section, metric, year, unit, central, p10, p50, p90]);
    }
    fn value(&mut self, section: &str, metric: &str, year: &str, unit: &str, v: f64) {
        self.range(section, metric, year, unit, &Range::point(v));
    }
    /// A central figure with no range (the viewpoint's own figures are central only).
    fn point(&mut self, section: &str, metric: &str, year: &str, unit: &str, v: f64) {
        self.central(section, metric, year, unit, Some(v));
    }
    /// A central figure that may be "never" or missing (an empty cell).
    fn central(&mut self, section: &str, metric: &str, year: &str, unit: &str, v: Option<f64>) {
        self.row([section, metric, year, unit, &opt(v), "", "", ""]);
    }
}

/// The results as CSV: one tidy table (`section, metric, year, unit, central, p10, p50, p90`)
/// holding the scenario, every headline number with its range, and the 2024–2035 timeline.
/// `metric` is the JSON path of the figure in the `report` document (without `.central`), so
/// CSV, JSON and the page's `data-metric` attributes name each number the same way. Empty
/// number cells mean "never" (no shortfall, or not by 2035).
///
/// When the page compares two scenarios, the scenario compared with (A) follows in full, its
/// sections marked `A: ` and its metrics `compare.` (their paths in the JSON download), after
/// three `about` rows that say which it is.
pub fn results_csv(o: &Outcome, a: Option<&SideA>) -> String {
    let mut c = Csv {
        out: String::new(),
        prefix: ("", ""),
    };
    let header = csv_header();
    c.row(header.each_ref().map(String::as_str));

    // About the document.
    c.text("about", "title", "", "", &crate::i18n::t("csv-title"));
    c.text("about", "model_version", "", "", o.model_version);
    c.text("about", "data_vintage", "", "", o.data_vintage);
    c.text("about", "credit", "", "", DATASET.credit);
    c.text("about", "query", "", "", &o.scenario.query);
    c.text("about", "draws", "", "", &o.draws.to_string());
    c.text("about", "seed", "", "", &o.seed.to_string());
    outcome_rows(&mut c, o);
    if let Some(a) = a {
        c.text("about", "compare.side", "", "", SideA::SIDE);
        c.text("about", "compare.name", "", "", &a.name);
        c.text("about", "compare.query", "", "", &a.query);
        c.prefix = ("A: ", "compare.");
        outcome_rows(&mut c, a.outcome);
    }
    c.out
}

/// One scenario's rows: its keys, every headline number, the viewpoint's own figures, the path
/// month by month, exposure and the timeline.
fn outcome_rows(c: &mut Csv, o: &Outcome) {
    let y = o.year.to_string();
    let y = y.as_str();

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
            &price_year(o).to_string(),
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
    view_rows(c, o, y);
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
        c.text(
            "exposure",
            &p("verified"),
            y,
            "",
            if e.verified { "true" } else { "false" },
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
}

/// The viewpoint's own figures (MODEL.md §7.2) and, for the EU, the Act's benchmarks (§6.2).
fn view_rows(c: &mut Csv, o: &Outcome, y: &str) {
    let v = &o.viewpoint;
    c.text("viewpoint", "viewpoint.key", y, "", v.key.key());
    c.text("viewpoint", "viewpoint.name", y, "", v.name);
    let stockpile = v.state_stockpile_months;
    c.central(
        "viewpoint",
        "viewpoint.state_stockpile_months",
        y,
        "months",
        stockpile,
    );
    for id in MarketId::ALL {
        let m = v.markets.get(id);
        let p = |name: &str| format!("viewpoint.markets.{}.{name}", id.key());
        c.point("viewpoint", &p("share"), y, "share", m.share);
        let months = m.buyers_stock_months;
        c.point("viewpoint", &p("buyers_stock_months"), y, "months", months);
        c.point("viewpoint", &p("cover_months"), y, "months", m.cover_months);
        c.point("viewpoint", &p("cover_t"), y, "t", m.cover_t);
        let short = m.shortfall_12m_t;
        c.point("viewpoint", &p("shortfall_12m_t"), y, "t", short);
        let survive = m.time_to_survive_months;
        c.central(
            "viewpoint",
            &p("time_to_survive_months"),
            y,
            "months",
            survive,
        );
    }
    let survive = v.time_to_survive_months;
    c.central(
        "viewpoint",
        "viewpoint.time_to_survive_months",
        y,
        "months",
        survive,
    );
    let binding = v
        .binding_market
        .map(crate::data::MarketId::key)
        .unwrap_or_default();
    c.text("viewpoint", "viewpoint.binding_market", y, "", binding);
    if let Some(crma) = &o.crma {
        for (name, check) in crma.all() {
            let p = |f: &str| format!("crma.{}.{f}", name.replace(' ', "_"));
            let year = crma.year.to_string();
            c.point("crma", &p("benchmark"), &year, "share", check.benchmark);
            c.central("crma", &p("light"), &year, "share", check.light);
            c.central("crma", &p("heavy"), &year, "share", check.heavy);
            let met = check.met.map(|m| if m { "true" } else { "false" });
            c.text("crma", &p("met"), &year, "", met.unwrap_or_default());
        }
    }
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;

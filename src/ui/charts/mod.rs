//! The charts, built from the outcome: the race between stocks and recovery, the chain, the
//! price shock, the timeline and the exposure. The builders are pure (tested natively), one per
//! file; the component only lays them out.

mod chain;
mod drivers;
mod exposure;
mod price;
mod race;
mod timeline;

pub use chain::chain_chart;
pub use drivers::{drivers_chart, DriversCard};
pub use exposure::exposure_chart;
pub use price::{price_chart, price_finding};
pub use race::race_chart;
pub use timeline::timeline_chart;

use crate::data::MarketId;
use crate::model::{Outcome, Range};
use crate::ui::chart::BarValue;
use crate::ui::chart_card::{ChartCard, Plot, Table};
use crate::ui::state::Compared;
use std::rc::Rc;
use yew::prelude::*;

/// The charts, in the order shown. The key names the canvas (`chart-<key>`), the PNG and the
/// CSV rows of each chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Race,
    Chain,
    Price,
    Timeline,
    Exposure,
    Drivers,
}

impl ChartId {
    pub const ALL: [ChartId; 6] = [
        ChartId::Race,
        ChartId::Chain,
        ChartId::Price,
        ChartId::Timeline,
        ChartId::Exposure,
        ChartId::Drivers,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            ChartId::Race => "race",
            ChartId::Chain => "chain",
            ChartId::Price => "price",
            ChartId::Timeline => "timeline",
            ChartId::Exposure => "exposure",
            ChartId::Drivers => "drivers",
        }
    }

    /// Charts built on today's supply chain, timeline or products, which the 2009 replay does
    /// not have (MODEL.md §8): on it each shows one line instead.
    pub const fn today_only(self) -> bool {
        matches!(self, ChartId::Chain | ChartId::Timeline | ChartId::Exposure)
    }

    /// The chart a printed page carries (styles/print.css): the supply chain, or on the 2009
    /// replay, which has no chain (MODEL.md §8), the prices.
    pub const fn printed(replay: bool) -> ChartId {
        if replay {
            ChartId::Price
        } else {
            ChartId::Chain
        }
    }

    /// Charts with stacked panels or many rows get a taller card.
    pub const fn tall(self) -> bool {
        matches!(
            self,
            ChartId::Race | ChartId::Timeline | ChartId::Exposure | ChartId::Drivers
        )
    }
}

impl std::fmt::Display for ChartId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// The scenario compared with (A), for the charts that overlay it dashed on B's.
#[derive(Clone, Copy, Debug)]
pub struct Against<'a> {
    /// Its name on the page ("Normal trade", a preset's name…).
    pub name: &'a str,
    pub outcome: &'a Outcome,
}

/// Everything a chart card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    pub id: ChartId,
    pub title: String,
    pub finding: String,
    pub alt: String,
    /// A sentence shown under the chart (empty: none), e.g. which EU benchmarks are met.
    pub note: String,
    pub plot: Plot,
    pub table: Table,
}

/// A bar with its p10–p90 whisker (none when the range is a point: central figures only).
pub(super) fn ranged(r: &Range) -> BarValue {
    BarValue {
        value: r.central,
        range: ((r.p90 - r.p10).abs() > 1e-12).then_some((r.p10, r.p90)),
        observed: None,
        compare: None,
    }
}

pub(super) fn plain(v: f64) -> BarValue {
    BarValue {
        value: v,
        range: None,
        observed: None,
        compare: None,
    }
}

/// A market as a chart labels it ("NdPr oxide", "Magnets"). (A `Cow`, so callers written for
/// the former `&'static str` convert it as they did.)
pub(super) fn market_label(id: MarketId) -> std::borrow::Cow<'static, str> {
    std::borrow::Cow::Owned(match id {
        MarketId::Magnet => crate::i18n::t("market-magnet-short"),
        _ => crate::ui::summary::market_heading(id),
    })
}

/// "Dashed lines: A, Normal trade. In A, …": what A's dashed lines show, after B's finding.
/// A's finding follows in lower case where the language writes a sentence's first word so
/// (German keeps its nouns' capitals).
pub(super) fn dashed_a(name: &str, finding: &str) -> String {
    let finding = match crate::i18n::current() {
        crate::i18n::Lang::De => finding.to_string(),
        _ => crate::ui::summary::lowercased_first(finding),
    };
    crate::i18n::tr(
        "chart-dashed-a",
        &[("name", name.into()), ("finding", finding.into())],
    )
}

/// B's finding, then what A's dashed lines show.
pub(super) fn then_a(finding: &str, dashed: &str) -> String {
    crate::i18n::tr(
        "chart-then-a",
        &[("finding", finding.into()), ("dashed", dashed.into())],
    )
}

/// A column of the data table for A: "Outside China, A (Normal trade)".
pub(super) fn column_a(header: &str, name: &str) -> String {
    crate::i18n::tr("col-a", &[("header", header.into()), ("name", name.into())])
}

/// Central values and, when any range is wider than a point, the p10–p90 band.
pub(super) fn band(rs: impl Iterator<Item = Range>) -> (Vec<f64>, Option<Vec<(f64, f64)>>) {
    let rs: Vec<Range> = rs.collect();
    let values = rs.iter().map(|r| r.central).collect();
    let has = rs.iter().any(|r| (r.p90 - r.p10).abs() > 1e-12);
    (
        values,
        has.then(|| rs.iter().map(|r| (r.p10, r.p90)).collect()),
    )
}

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    pub outcome: Rc<Outcome>,
    /// The scenario compared with (A), if any: the race and price charts draw it dashed.
    #[prop_or_default]
    pub compare: Option<Compared>,
    /// The 2024 baseline for the same viewpoint ("today").
    pub today: Rc<Outcome>,
}

#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let name = props
        .compare
        .as_ref()
        .map(|c| crate::ui::compare::name_of(&c.scenario));
    let a = props
        .compare
        .as_ref()
        .zip(name.as_deref())
        .map(|(c, name)| Against {
            name,
            outcome: &c.outcome,
        });
    let specs = [
        race_chart(&props.outcome, a.as_ref()),
        chain_chart(&props.outcome, &props.today),
        price_chart(&props.outcome, a.as_ref()),
        timeline_chart(&props.outcome),
        exposure_chart(&props.outcome),
    ];
    let line: AttrValue = crate::ui::export::scenario_line(&props.outcome.scenario.scenario).into();
    let replay = props.outcome.replay.is_some();
    html! {
        <div class="charts">
            { for specs.into_iter().map(|c| if replay && c.id.today_only() {
                html! {
                    <section class="chart not-replayed" id={format!("chart-{}-card", c.id)}>
                        <h2 class="kicker">{ c.title }</h2>
                        <p class="sub">{ crate::i18n::t("chart-not-replayed") }</p>
                    </section>
                }
            } else {
                html! {
                    <ChartCard id={c.id} title={c.title} finding={c.finding} alt={c.alt} note={c.note}
                        plot={c.plot} table={c.table} tall={c.id.tall()} scenario_line={line.clone()}
                        printed={c.id == ChartId::printed(replay)} {replay} />
                }
            }) }
            <DriversCard scenario={props.outcome.scenario.scenario.clone()} scenario_line={line.clone()} />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;
    use crate::ui::test_support::central_outcome as outcome;

    #[test]
    fn charts_carry_the_outcome_numbers() {
        let o = outcome("quota_magnet=0");
        let today = outcome("preset=baseline-2024");
        let chain = chain_chart(&o, &today);
        let Plot::Bars(b) = &chain.plot else {
            panic!("bars")
        };
        assert_eq!(b.groups.len(), 4);
        assert_eq!(
            b.groups[3].values[1].as_ref().map(|v| v.value),
            Some(o.dependency.light.magnet.dependency.central)
        );
        assert_eq!(chain.table.rows.len(), 8);
        let price = price_chart(&o, None);
        let Plot::Bars(p) = &price.plot else {
            panic!("bars")
        };
        assert_eq!(
            p.groups[3].values[0].as_ref().map(|v| v.value),
            Some(o.markets.magnet.multiplier.central)
        );
        assert!(p.max > o.markets.magnet.multiplier.central);
        let t = timeline_chart(&o);
        assert_eq!(t.table.rows.len(), 12);
        let e = exposure_chart(&o);
        assert_eq!(e.table.rows.len(), o.exposure.len());
    }

    /// The destroyer and the submarine carry total rare-earth material, not magnet mass: they
    /// are marked as upper bounds, said so under the chart, and never lead its heading.
    #[test]
    fn products_known_only_as_upper_bounds_are_marked_and_never_lead_the_heading() {
        let o = outcome("preset=embargo-now");
        let unverified: Vec<_> = o.exposure.iter().filter(|e| !e.verified).collect();
        assert_eq!(
            unverified.iter().map(|e| e.id).collect::<Vec<_>>(),
            ["ddg51", "virginia-ssn"]
        );
        // Their costs are the largest (the masses are the whole platform's rare earths)…
        let largest = o
            .exposure
            .iter()
            .max_by(|a, b| {
                a.added_cost_usd
                    .central
                    .total_cmp(&b.added_cost_usd.central)
            })
            .map(|e| e.id);
        assert_eq!(largest, Some("virginia-ssn"));
        let e = exposure_chart(&o);
        // …but the heading names the largest with a known magnet mass.
        let top = o
            .exposure
            .iter()
            .filter(|e| e.verified)
            .max_by(|a, b| {
                a.added_cost_usd
                    .central
                    .total_cmp(&b.added_cost_usd.central)
            })
            .expect("a verified product");
        assert!(
            e.finding.contains(&crate::ui::words::product_name(top.id)),
            "{}",
            e.finding
        );
        assert!(
            !e.finding.contains("submarine") && !e.finding.contains("destroyer"),
            "{}",
            e.finding
        );
        let Plot::Bars(b) = &e.plot else {
            panic!("bars")
        };
        for (g, x) in b.groups.iter().zip(&o.exposure) {
            assert_eq!(g.label.starts_with("≤ "), !x.verified, "{}", g.label);
        }
        assert!(e.note.contains("upper bound"), "{}", e.note);
        assert!(e.table.rows[4][0].starts_with("Virginia-class submarine (upper bound)"));
    }

    #[test]
    fn the_eu_chain_chart_draws_the_act_benchmarks_and_says_which_are_met() {
        let o = outcome("view=eu");
        let today = outcome("preset=baseline-2024&view=eu");
        let chart = chain_chart(&o, &today);
        let Plot::Bars(b) = &chart.plot else {
            panic!("bars")
        };
        let c = DATASET.crma;
        let at: Vec<f64> = b.reference.iter().map(|r| r.0).collect();
        assert_eq!(
            at,
            vec![
                c.single_supplier.value,
                1.0 - c.processing.value,
                1.0 - c.extraction.value
            ]
        );
        let crma = o.crma.as_ref().expect("crma for view=eu");
        for (name, check) in crma.all() {
            assert!(chart.note.contains(name), "{name}: {}", chart.note);
            let met = chart.note.split("Not met").next().unwrap_or_default();
            assert_eq!(met.contains(name), check.met == Some(true), "{name}");
        }
        // Every other view keeps the one capacity-needed target and no note.
        let us = chain_chart(&outcome(""), &outcome("preset=baseline-2024"));
        let Plot::Bars(b) = &us.plot else {
            panic!("bars")
        };
        assert_eq!(b.reference.len(), 1);
        assert!(us.note.is_empty());
    }

    /// A German page's race and price charts, and the comparison with A, speak German; English
    /// comes back with the English catalogue.
    #[test]
    fn the_race_and_price_charts_follow_the_page_language() {
        use crate::i18n::{install, Lang};
        let (o, a) = (outcome("preset=embargo-now"), outcome(""));
        let against = Against {
            name: "Normaler Handel",
            outcome: &a,
        };
        assert_eq!(
            install(Lang::De, include_str!("../../../i18n/de.ftl")),
            Ok(())
        );
        let race = race_chart(&o, Some(&against));
        let price = price_chart(&o, Some(&against));
        let rows = crate::ui::compare::rows(&a, &o);
        assert_eq!(install(Lang::En, ""), Ok(()));
        assert_eq!(
            race.title,
            "Das Rennen: Vorräte gegen Erholung, Monat für Monat"
        );
        assert!(
            race.finding.starts_with("Die Vorräte an Magneten reichen "),
            "{}",
            race.finding
        );
        assert!(
            race.finding
                .contains(" Gestrichelte Linien: A, Normaler Handel. In A: Ohne Beschränkung"),
            "{}",
            race.finding
        );
        assert_eq!(race.table.headers[0], "Monat");
        assert_eq!(
            race.table.headers[6],
            "Außerhalb Chinas, A (Normaler Handel)"
        );
        assert!(price.finding.starts_with("In den ersten 12 Monaten: Die Magnetpreise außerhalb Chinas erreichen den Höchstpreis"), "{}", price.finding);
        assert_eq!(price.table.headers[0], "Markt");
        assert_eq!(rows[0][0], "Magnetpreis außerhalb Chinas, 12-Monats-Mittel");
        assert!(rows[0][2].starts_with("mindestens ×"), "{:?}", rows[0]);
        // And back: English, as the goldens hold it.
        assert!(race_chart(&o, None)
            .finding
            .starts_with("Stocks of magnets last "));
    }

    #[test]
    fn quota_2010_shows_model_2_on_the_2009_market_beside_what_happened() {
        let o = outcome("preset=quota-2010");
        let Plot::Bars(p) = price_chart(&o, None).plot else {
            panic!("bars")
        };
        // NdPr and Dy, the markets the 2009 data has, then the backtest beside what happened.
        assert_eq!(p.groups.len(), 3);
        let replay = p.groups.last().and_then(|g| g.values[0].clone());
        let e1 = o
            .backtest
            .episodes
            .iter()
            .find(|e| e.id == "E1" && e.element == "nd" && e.figure == "ex_china")
            .expect("E1 Nd outside China");
        let v = replay.expect("a replay bar");
        assert_eq!(v.observed, Some(e1.observed.value));
        assert_eq!(v.value, e1.model.central);
        // Only for that preset.
        let Plot::Bars(p) = price_chart(&outcome("preset=embargo-now"), None).plot else {
            panic!("bars")
        };
        assert_eq!(p.groups.len(), 4);
    }
}

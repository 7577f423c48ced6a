//! Dependency at each stage of the light and heavy chains, today beside the scenario (MODEL.md §6).

use super::{plain, ranged, ChartId, ChartSpec};
use crate::data::{Chain, Stage};
use crate::i18n::{t, tr};
use crate::model::{Crma, CrmaCheck, Outcome};
use crate::ui::chart::{BarChart, BarGroup, Tick};
use crate::ui::chart_card::{Plot, Table};
use crate::ui::format;
use crate::ui::summary::viewpoint_phrase;

/// A stage as an axis label ("Separation").
fn stage_label(s: Stage) -> String {
    t(&format!("stage-{}-short", s.key()))
}

/// A chain as a legend says it ("Light (NdPr)").
fn chain_label(c: Chain) -> String {
    t(match c {
        Chain::Light => "chain-light",
        Chain::Heavy => "chain-heavy",
    })
}

/// The EU figure a benchmark is judged on: the weaker of the two chains (the lower share where
/// the Act asks for at least, the higher dependency where it asks for at most).
fn weaker(c: &CrmaCheck) -> Option<f64> {
    let (l, h) = (c.light?, c.heavy?);
    Some(if c.at_least { l.min(h) } else { l.max(h) })
}

/// Under the chain chart for `view=eu`: which of the Act's benchmarks the EU's chain meets in the
/// scenario year (MODEL.md §6.2).
pub fn crma_sentence(c: &Crma) -> String {
    let mut met = Vec::new();
    let mut missed = Vec::new();
    let mut unknown = Vec::new();
    for (name, check) in c.all() {
        let key = name.replace(' ', "-");
        let name = t(&format!("crma-{key}"));
        match (weaker(check), check.met) {
            (Some(v), Some(ok)) => {
                let id = if check.at_least {
                    "crma-check-at-least"
                } else {
                    "crma-check-at-most"
                };
                let text = tr(
                    id,
                    &[
                        ("name", name.into()),
                        ("value", format::percent(v).into()),
                        ("benchmark", format::percent(check.benchmark).into()),
                    ],
                );
                if ok {
                    met.push(text);
                } else {
                    missed.push(text);
                }
            }
            _ => unknown.push(tr(
                "crma-unmeasured",
                &[
                    ("name", name.into()),
                    ("note", t(&format!("crma-{key}-note")).into()),
                ],
            )),
        }
    }
    let list = |v: &[String]| {
        if v.is_empty() {
            t("crma-none")
        } else {
            v.join(&t("crma-list-separator"))
        }
    };
    let mut out = tr(
        "crma-sentence",
        &[
            ("year", c.year.to_string().into()),
            ("met", list(&met).into()),
            ("missed", list(&missed).into()),
        ],
    );
    if !unknown.is_empty() {
        out.push(' ');
        out.push_str(&tr("crma-not-measured", &[("list", list(&unknown).into())]));
    }
    out.push(' ');
    out.push_str(&t("crma-lines"));
    out
}

/// The lines across the chart: the capacity-needed target, or for `view=eu` the Act's benchmarks
/// on the dependency scale (at least `x` in the EU is a dependency of at most `1 − x`).
fn reference_lines(o: &Outcome, target: f64) -> Vec<(f64, String)> {
    match &o.crma {
        Some(c) => vec![
            (
                c.single_supplier.benchmark,
                tr(
                    "crma-line-single",
                    &[("share", format::percent(c.single_supplier.benchmark).into())],
                ),
            ),
            (
                1.0 - c.processing.benchmark,
                tr(
                    "crma-line-processed",
                    &[("share", format::percent(c.processing.benchmark).into())],
                ),
            ),
            (
                1.0 - c.extraction.benchmark,
                tr(
                    "crma-line-mined",
                    &[("share", format::percent(c.extraction.benchmark).into())],
                ),
            ),
        ],
        None => vec![(
            target,
            tr("chain-target", &[("share", format::percent(target).into())]),
        )],
    }
}

/// dependency at each stage, light and heavy chains, today vs the scenario.
pub fn chain_chart(o: &Outcome, today: &Outcome) -> ChartSpec {
    let today_year = today.year.to_string();
    let groups = Stage::ALL
        .iter()
        .map(|s| BarGroup {
            label: stage_label(*s),
            values: vec![
                Some(plain(today.dependency.light.stage(*s).dependency.central)),
                Some(ranged(&o.dependency.light.stage(*s).dependency)),
                Some(plain(today.dependency.heavy.stage(*s).dependency.central)),
                Some(ranged(&o.dependency.heavy.stage(*s).dependency)),
            ],
        })
        .collect();
    let light = &o.dependency.light;
    let target = light.target;
    let mut rows = Vec::new();
    for c in Chain::ALL {
        for s in Stage::ALL {
            let now = today.dependency.get(c).stage(s);
            let sc = o.dependency.get(c).stage(s);
            rows.push(vec![
                format!("{} — {}", chain_label(c), stage_label(s)),
                format::percent(now.dependency.central),
                format::percent(sc.dependency.central),
                format!(
                    "{} – {}",
                    format::percent(sc.dependency.p10),
                    format::percent(sc.dependency.p90)
                ),
                format::percent(sc.direct_reliance),
                format::percent(sc.china_share),
                format::thousands(sc.hhi),
            ]);
        }
    }
    let who = viewpoint_phrase(o.view);
    let finding = tr(
        "chain-finding",
        &[
            ("view", o.view.key().into()),
            ("year", o.year.to_string().into()),
            ("who", who.into()),
            (
                "dependency",
                format::percent(light.magnet.dependency.central).into(),
            ),
            (
                "today",
                format::percent(today.dependency.light.magnet.dependency.central).into(),
            ),
            (
                "stage",
                crate::ui::summary::stage_phrase(light.bottleneck).into(),
            ),
            (
                "weakest",
                crate::i18n::yes_no(crate::ui::summary::has_weakest_stage(light)).into(),
            ),
        ],
    );
    let note = o.crma.as_ref().map(crma_sentence).unwrap_or_default();
    ChartSpec {
        id: ChartId::Chain,
        title: t("chain-title"),
        alt: tr(
            "chain-alt",
            &[
                ("finding", finding.as_str().into()),
                (
                    "heavy",
                    format::percent(o.dependency.heavy.magnet.dependency.central).into(),
                ),
                (
                    "note",
                    if note.is_empty() {
                        String::new()
                    } else {
                        format!("{note} ")
                    }
                    .into(),
                ),
            ],
        ),
        finding,
        note,
        plot: Plot::Bars(BarChart {
            series: vec![
                tr(
                    "chain-series-light",
                    &[("year", today_year.as_str().into())],
                ),
                tr("chain-series-light", &[("year", o.year.to_string().into())]),
                tr(
                    "chain-series-heavy",
                    &[("year", today_year.as_str().into())],
                ),
                tr("chain-series-heavy", &[("year", o.year.to_string().into())]),
            ],
            groups,
            min: 0.0,
            max: 1.0,
            log: false,
            horizontal: false,
            reference: reference_lines(o, target),
            tick: Tick::Percent,
            observed_label: String::new(),
            compare_label: String::new(),
        }),
        table: Table {
            headers: vec![
                t("col-chain-stage"),
                tr(
                    "col-dependency-year",
                    &[("year", today_year.as_str().into())],
                ),
                tr(
                    "col-dependency-year",
                    &[("year", o.year.to_string().into())],
                ),
                "p10 – p90".into(),
                t("col-direct-reliance"),
                t("col-china-share"),
                "HHI".into(),
            ],
            rows,
        },
    }
}

//! Assumptions: the chain tables, the dataset's conversion and default figures with their derivations.

use super::{
    attrs, el, el_dyn, figure_cell, figure_unit, format, h3, heads, live, msg, p, range3_cells,
    rich, s, section, stage_phrase, t, table_of, td, td_s, th_row, viewpoint_phrase, AttrValue,
    Chain, Figure, Html, Outcome, Reference, Scenario, Stage, DATASET, NONE, URL_VERSION,
};
use crate::i18n::{t as text, tr};
use crate::ui::words;

/// A chain table's columns after the stage: JSON field, value, and whether it is a share.
type StageGet = fn(&crate::model::StageOutcome) -> f64;
const STAGE_COLS: [(&str, StageGet, bool); 7] = [
    ("inputs.capacity", |so| so.inputs.capacity, false),
    ("inputs.recycling", |so| so.inputs.recycling, false),
    ("inputs.throughput", |so| so.inputs.throughput, false),
    ("dependency.central", |so| so.dependency.central, true),
    ("direct_reliance", |so| so.direct_reliance, true),
    ("inputs.quota", |so| so.inputs.quota, true),
    (
        "supply_at_risk.central",
        |so| so.supply_at_risk.central,
        true,
    ),
];

pub(super) fn chain_table(o: &Outcome, c: Chain) -> Html {
    let ch = o.dependency.get(c);
    let k = c.key();
    let name = text(&format!("m-chain-{k}"));
    let unit = text(&format!("m-chain-unit-{k}"));
    let need = ch.magnet.inputs.need;
    let rows = Stage::ALL
        .iter()
        .map(|st| {
            let so = ch.stage(*st);
            let mut cells = vec![th_row(vec![s(stage_phrase(*st))])];
            for (field, get, share) in &STAGE_COLS {
                let v = get(so);
                let text = if *share {
                    format::percent(v)
                } else {
                    format::thousands(v)
                };
                cells.push(td(vec![live(
                    format!("dependency.{k}.{}.{field}", st.key()),
                    v,
                    text,
                )]));
            }
            el("tr", NONE, cells)
        })
        .collect();
    let head = heads(&[
        "m-col-stage",
        "cap_s",
        "R_s",
        "T_s",
        "dep_s",
        "m-col-direct",
        "m-col-quota",
        "m-col-at-risk",
    ]);
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    crate::ui::dom::table(
        tr("m-chain-label", &[("chain", name.as_str().into())]).into(),
        format!("m-chain-{k}").into(),
        rich(
            "m-chain-caption",
            &[
                ("chain", name.clone()),
                ("who", viewpoint_phrase(o.view)),
                ("year", o.year.to_string()),
                ("unit", unit),
            ],
            vec![(
                "need",
                live(
                    format!("dependency.{k}.magnet.inputs.need"),
                    need,
                    format::thousands(need),
                ),
            )],
        ),
        &head,
        rows,
    )
}

/// `at!("label", conversions.ndpr_recovery)`: a figure of the dataset with its path in
/// `dataset.json`, where the page reads its derivation (`ui::reference`).
macro_rules! at {
    ($label:expr, $($p:ident).+) => {
        ($label, stringify!($($p).+), &DATASET.$($p).+)
    };
}

/// A figure's label (a message id) and its path in the dataset document.
type Listed = (&'static str, &'static str, &'static Figure);

/// The conversion factors and the average magnet (MODEL.md §1, §3).
pub(super) fn conversion_figures() -> [Listed; 18] {
    [
        at!("m-conv-ndpr-oxide", conversions.ndpr_oxide_per_metal),
        at!("m-conv-ndpr-magnet", conversions.ndpr_metal_share_of_magnet),
        at!("m-conv-dy-oxide", conversions.dy_oxide_per_metal),
        at!("m-conv-tb-oxide", conversions.tb_oxide_per_metal),
        at!("m-conv-ndpr-mp", conversions.ndpr_share_mountain_pass),
        at!("m-conv-ndpr-weld", conversions.ndpr_share_mt_weld),
        at!("m-conv-ndpr-monazite", conversions.ndpr_share_monazite),
        at!("m-conv-ndpr-loparite", conversions.ndpr_share_loparite),
        at!("m-conv-ndpr-ionic", conversions.ndpr_share_ionic_clay),
        at!("m-conv-dytb-mp", conversions.dytb_share_mountain_pass),
        at!("m-conv-dytb-weld", conversions.dytb_share_mt_weld),
        at!("m-conv-dytb-ionic", conversions.dytb_share_ionic_clay),
        at!("m-conv-recovery", conversions.ndpr_recovery),
        at!("m-conv-scrap", conversions.machining_scrap),
        at!("m-conv-magnet-ndpr", magnet.ndpr_per_kg),
        at!("m-conv-magnet-dy", magnet.dy_per_kg),
        at!("m-conv-magnet-tb", magnet.tb_per_kg),
        at!("m-conv-magnet-dytb-cn", magnet.china_magnet_dytb_per_kg),
    ]
}

/// The model defaults that are analysts' choices.
pub(super) fn default_figures() -> [Listed; 3] {
    [
        at!("m-default-target", assumptions.dependency_target),
        at!("m-default-ramp", assumptions.default_ramp_years),
        at!("m-default-start", assumptions.added_capacity_start_year),
    ]
}

/// The note column: the figure's derivation from the dataset document, or where it stands.
pub(super) fn derivation_cell(reference: &Reference, path: &str) -> Html {
    let text = match reference {
        Reference::Ready(doc) => doc.derivation(path).unwrap_or_default(),
        Reference::Loading => text("m-ref-loading"),
        Reference::Failed(_) => text("m-ref-failed"),
    };
    el("td", attrs!("class" = "note"), vec![s(text)])
}

/// The assumption tables' columns after the first.
const FIGURE_HEAD: [&str; 3] = ["m-col-value", "m-col-unit", "m-col-note"];

pub(super) fn assumptions(o: &Outcome, reference: &Reference) -> Html {
    let a = &DATASET.assumptions;
    let own_ramp = DATASET
        .projects
        .iter()
        .filter(|p| f64::from(p.ramp_years) != a.default_ramp_years.value)
        .count();
    let keys = Scenario::keys(&DATASET, o.view);
    let figure_row = |name: Html, path: &str, f: &Figure| {
        el(
            "tr",
            NONE,
            vec![
                th_row(vec![name]),
                figure_cell(f),
                td_s(figure_unit(f.unit)),
                derivation_cell(reference, path),
            ],
        )
    };
    let elasticities = DATASET
        .markets
        .iter()
        .map(|m| {
            let mut cells = vec![th_row(vec![s(crate::ui::summary::market_heading(m.id))])];
            range3_cells(&m.ed, &mut cells);
            range3_cells(&m.es, &mut cells);
            cells.push(figure_cell(&m.es_cn));
            cells.push(figure_cell(&m.backstop));
            el("tr", NONE, cells)
        })
        .collect();
    let mut defaults: Vec<Html> = default_figures()
        .iter()
        .map(|(name, path, f)| figure_row(msg(name), path, f))
        .collect();
    defaults.extend(DATASET.markets.iter().enumerate().map(|(i, m)| {
        figure_row(
            s(tr(
                "m-default-tolerance",
                &[("market", crate::ui::summary::market_name(m.id).into())],
            )),
            &format!("markets.{i}.export_tolerance"),
            &m.export_tolerance,
        )
    }));
    let inputs = keys
        .iter()
        .map(|k| {
            // A key's values (us, low…) are the URL's own words: the same in every language.
            let values = |text: String| {
                el_dyn(
                    "td",
                    &["translate"],
                    vec![AttrValue::Static("no")],
                    vec![s(text)],
                )
            };
            let (range, default) = if k.unit == "year" {
                // A year is a name, not an amount: "2024 – 2035", never "2,024 – 2,035 year".
                let y = |v: f64| format!("{v:.0}");
                (
                    td_s(format!("{} – {}", y(k.min), y(k.max))),
                    td_s(y(k.default)),
                )
            } else if k.choices.is_empty() {
                let unit = words::unit(k.unit);
                (
                    td_s(format!(
                        "{} – {} {unit}",
                        format::sig(k.min),
                        format::sig(k.max)
                    )),
                    td_s(format!("{} {unit}", format::sig(k.default))),
                )
            } else {
                (
                    values(k.choices.join(", ")),
                    values(k.default_choice.to_string()),
                )
            };
            el(
                "tr",
                NONE,
                vec![
                    th_row(vec![el("code", NONE, vec![t(k.key.name())])]),
                    td_s(words::key_label(k.key)),
                    range,
                    default,
                ],
            )
        })
        .collect();
    let figure_head = |first: &str| heads(&[first, FIGURE_HEAD[0], FIGURE_HEAD[1], FIGURE_HEAD[2]]);
    section(
        "m-assumptions",
        vec![
            h3("m-assumptions", "m-assumptions-title"),
            p(vec![msg("m-assumptions-intro")]),
            table_of(
                "m-elasticities-label",
                "m-elasticities",
                vec![msg("m-elasticities-caption")],
                &heads(&[
                    "m-col-market",
                    "m-col-ed-low",
                    "m-col-ed-central",
                    "m-col-ed-high",
                    "m-col-es-low",
                    "m-col-es-central",
                    "m-col-es-high",
                    "es_cn",
                    "B",
                ]),
                elasticities,
            ),
            table_of(
                "m-defaults-label",
                "m-defaults",
                vec![msg("m-defaults-label")],
                &figure_head("m-col-assumption"),
                defaults,
            ),
            p(vec![s(tr(
                "m-ramp",
                &[
                    ("own", format::thousands(own_ramp as f64).into()),
                    (
                        "total",
                        format::thousands(DATASET.projects.len() as f64).into(),
                    ),
                ],
            ))]),
            table_of(
                "m-conversions-label",
                "m-conversions",
                vec![msg("m-conversions-caption")],
                &figure_head("m-col-factor"),
                conversion_figures()
                    .iter()
                    .map(|(n, path, f)| figure_row(msg(n), path, f))
                    .collect(),
            ),
            table_of(
                "m-inputs-label",
                "m-inputs",
                vec![s(tr(
                    "m-inputs-caption",
                    &[("version", URL_VERSION.into())],
                ))],
                &heads(&["m-col-key", "m-col-meaning", "m-col-range", "m-col-default"]),
                inputs,
            ),
        ],
    )
}

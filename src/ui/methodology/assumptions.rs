//! Assumptions: the chain tables, the dataset's conversion and default figures with their derivations.

use super::{
    attrs, el, figure_cell, format, h3, live, p, range3_cells, s, section, stage_phrase, t, table,
    td, td_s, th_row, viewpoint_phrase, AttrValue, Chain, Figure, Html, Outcome, Reference,
    Scenario, Stage, DATASET, NONE, URL_VERSION,
};

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
    let name = match c {
        Chain::Light => "Light chain (NdPr)",
        Chain::Heavy => "Heavy chain (Dy+Tb)",
    };
    let need = ch.magnet.inputs.need;
    let rows = Stage::ALL
        .iter()
        .map(|st| {
            let so = ch.stage(*st);
            let mut cells = vec![th_row(vec![s(stage_phrase(*st))])];
            for (field, get, share) in STAGE_COLS.iter() {
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
    table(
        format!("{name}: inputs and dependency").into(),
        format!("m-chain-{k}").into(),
        vec![
            s(format!(
                "{name}, {} in {}, in {} a year. Need N = ",
                viewpoint_phrase(o.view),
                o.year,
                ch.unit
            )),
            live(
                format!("dependency.{k}.magnet.inputs.need"),
                need,
                format::thousands(need),
            ),
        ],
        &[
            "Stage",
            "cap_s",
            "R_s",
            "T_s",
            "dep_s",
            "direct reliance",
            "quota",
            "supply at risk",
        ],
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

/// A labelled figure and its path in the dataset document.
type Listed = (&'static str, &'static str, &'static Figure);

/// The conversion factors and the average magnet (MODEL.md §1, §3).
pub(super) fn conversion_figures() -> [Listed; 18] {
    [
        at!(
            "NdPr oxide per kg NdPr metal",
            conversions.ndpr_oxide_per_metal
        ),
        at!(
            "NdPr metal share of a magnet",
            conversions.ndpr_metal_share_of_magnet
        ),
        at!("Dy oxide per kg Dy metal", conversions.dy_oxide_per_metal),
        at!("Tb oxide per kg Tb metal", conversions.tb_oxide_per_metal),
        at!(
            "NdPr share of TREO, Mountain Pass",
            conversions.ndpr_share_mountain_pass
        ),
        at!(
            "NdPr share of TREO, Mt Weld",
            conversions.ndpr_share_mt_weld
        ),
        at!(
            "NdPr share of TREO, monazite",
            conversions.ndpr_share_monazite
        ),
        at!(
            "NdPr share of TREO, loparite",
            conversions.ndpr_share_loparite
        ),
        at!(
            "NdPr share of TREO, ionic clays",
            conversions.ndpr_share_ionic_clay
        ),
        at!(
            "Dy+Tb share of TREO, Mountain Pass",
            conversions.dytb_share_mountain_pass
        ),
        at!(
            "Dy+Tb share of TREO, Mt Weld",
            conversions.dytb_share_mt_weld
        ),
        at!(
            "Dy+Tb share of TREO, ionic clays",
            conversions.dytb_share_ionic_clay
        ),
        at!("NdPr recovery, ore to oxide", conversions.ndpr_recovery),
        at!(
            "Machining scrap, share of magnet output",
            conversions.machining_scrap
        ),
        at!("kg NdPr oxide eq. per kg magnet", magnet.ndpr_per_kg),
        at!("kg Dy oxide eq. per kg magnet", magnet.dy_per_kg),
        at!("kg Tb oxide eq. per kg magnet", magnet.tb_per_kg),
        at!(
            "kg Dy+Tb oxide eq. per kg Chinese magnet",
            magnet.china_magnet_dytb_per_kg
        ),
    ]
}

/// The model defaults that are analysts' choices.
pub(super) fn default_figures() -> [Listed; 3] {
    [
        at!(
            "Dependency target for \u{201c}capacity needed\u{201d}",
            assumptions.dependency_target
        ),
        at!(
            "Ramp years of a project that states none",
            assumptions.default_ramp_years
        ),
        at!(
            "First year of the extra-capacity sliders",
            assumptions.added_capacity_start_year
        ),
    ]
}

/// The note column: the figure's derivation from the dataset document, or where it stands.
pub(super) fn derivation_cell(reference: &Reference, path: &str) -> Html {
    let text = match reference {
        Reference::Ready(doc) => doc.derivation(path).unwrap_or_default(),
        Reference::Loading => "Loading…".into(),
        Reference::Failed(_) => "(could not be loaded; reload when online)".into(),
    };
    el("td", attrs!("class" = "note"), vec![s(text)])
}

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
                td(vec![t(f.unit)]),
                derivation_cell(reference, path),
            ],
        )
    };
    let elasticities = DATASET
        .markets
        .iter()
        .map(|m| {
            let mut cells = vec![th_row(vec![t(m.name)])];
            range3_cells(&m.ed, &mut cells);
            range3_cells(&m.es, &mut cells);
            cells.push(figure_cell(&m.es_cn));
            cells.push(figure_cell(&m.backstop));
            el("tr", NONE, cells)
        })
        .collect();
    let mut defaults: Vec<Html> = default_figures()
        .iter()
        .map(|(name, path, f)| figure_row(t(name), path, f))
        .collect();
    defaults.extend(DATASET.markets.iter().enumerate().map(|(i, m)| {
        figure_row(
            s(format!("Export check tolerance, {}", m.name)),
            &format!("markets.{i}.export_tolerance"),
            &m.export_tolerance,
        )
    }));
    let inputs = keys
        .iter()
        .map(|k| {
            let (range, default) = if k.choices.is_empty() {
                (
                    format!("{} – {} {}", format::sig(k.min), format::sig(k.max), k.unit),
                    format!("{} {}", format::sig(k.default), k.unit),
                )
            } else {
                (k.choices.join(", "), k.default_choice.to_string())
            };
            el(
                "tr",
                NONE,
                vec![
                    th_row(vec![el("code", NONE, vec![t(k.key.name())])]),
                    td(vec![t(k.label)]),
                    td_s(range),
                    td_s(default),
                ],
            )
        })
        .collect();
    const FIGURE_HEAD: [&str; 3] = ["Value", "Unit", "Note"];
    section(
        "m-assumptions",
        vec![
            h3("m-assumptions", "Assumptions and their defaults"),
            p(vec![t("These are analysts' choices, not facts. Each is in the dataset with its confidence and source; the \
                  elasticity sets and every scenario input can be changed in the calculator.")]),
            table(
                AttrValue::Static("Elasticity sets and backstops"),
                AttrValue::Static("m-elasticities"),
                vec![t("Elasticity sets and backstops (MODEL.md §5; the ranges are drawn triangularly)")],
                &["Market", "ed low", "ed central", "ed high", "es low", "es central", "es high", "es_cn", "B"],
                elasticities,
            ),
            table(
                AttrValue::Static("Model defaults"),
                AttrValue::Static("m-defaults"),
                vec![t("Model defaults")],
                &["Assumption", FIGURE_HEAD[0], FIGURE_HEAD[1], FIGURE_HEAD[2]],
                defaults,
            ),
            p(vec![s(format!("{} of the {} announced projects state their own ramp-up; the others use the default.",
                own_ramp, DATASET.projects.len()))]),
            table(
                AttrValue::Static("Conversion factors"),
                AttrValue::Static("m-conversions"),
                vec![t("Conversion factors and the average magnet (MODEL.md §1, §3)")],
                &["Factor", FIGURE_HEAD[0], FIGURE_HEAD[1], FIGURE_HEAD[2]],
                conversion_figures().iter().map(|(n, path, f)| figure_row(t(n), path, f)).collect(),
            ),
            table(
                AttrValue::Static("Scenario inputs"),
                AttrValue::Static("m-inputs"),
                vec![t("Scenario inputs (the public URL keys, version "), t(URL_VERSION), t(")")],
                &["Key", "Meaning", "Range", "Default"],
                inputs,
            ),
        ],
    )
}

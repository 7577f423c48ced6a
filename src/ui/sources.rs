//! "Sources & data": every source with its link, the confidence of each baseline figure, the data
//! vintage, a credit line for re-users, and a download of the whole dataset.

use crate::data::{Chain, Figure, Market, Stage, Viewpoint, DATASET};
use crate::ui::dom::{attrs, el, el_dyn, leaf, p, raw, s, t, table, td, td_s, th_row, Attrs, NONE};
use crate::ui::download;
use crate::ui::format;
use crate::ui::headlines::source_links;
use gloo::timers::callback::Timeout;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

/// What "Download the dataset" saves: the credit line and licence on top, then every figure.
#[derive(serde::Serialize)]
struct DatasetDocument {
    title: &'static str,
    vintage: &'static str,
    credit: &'static str,
    licence: &'static str,
    dataset: &'static crate::data::Dataset,
}

/// The dataset as JSON, with the credit line and vintage on top.
pub fn dataset_json() -> String {
    let doc = DatasetDocument {
        title: "Rare-earth supply-chain risk calculator: dataset",
        vintage: DATASET.vintage,
        credit: DATASET.credit,
        licence: "Figures are from the listed sources under their own terms (USGS: public domain; IEA: CC BY 4.0). Cite the original sources.",
        dataset: &DATASET,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

const SRC: Attrs = attrs!("class" = "src");
const FIGURE_HEAD: [&str; 6] = ["Figure", "Value", "Unit", "Year", "Confidence", "Source"];

// Built with the non-generic helpers of `ui::dom` rather than `html!`: the tables have hundreds
// of rows, and `html!` expands every element inline.
fn figure_row(name: Html, f: &Figure) -> Html {
    el(
        "tr",
        NONE,
        vec![
            th_row(vec![name]),
            td_s(format::sig(f.value)),
            td(vec![t(f.unit)]),
            td_s(f.year.to_string()),
            td(vec![t(f.confidence.label())]),
            el("td", SRC, vec![source_links(f.source)]),
        ],
    )
}

fn market_rows(m: &Market, rows: &mut Vec<Html>) {
    let mut row =
        |what: &str, f: &Figure| rows.push(figure_row(s(format!("{}: {what}", m.name)), f));
    row("world production W", &m.world_production);
    row("China's production C", &m.china_production);
    row("supply outside China F", &m.non_china_supply);
    row("capacity outside China K", &m.non_china_capacity);
    row("demand outside China D", &m.demand);
    if let Some(e) = &m.reported_exports {
        row("China's reported exports", e);
    }
    row("2024 price P", &m.price);
    row("demand elasticity (central)", &m.ed.central);
    row("supply elasticity (central)", &m.es.central);
    row("backstop multiplier B", &m.backstop);
}

/// The confidence of a project's conversion into the model's units (its largest contribution).
fn project_confidence(p: &crate::data::Project) -> &'static str {
    [p.light_t, p.heavy_t, p.magnet_t]
        .iter()
        .filter(|f| f.value > 0.0)
        .map(|f| f.confidence.label())
        .next()
        .unwrap_or("–")
}

fn baseline_table() -> Html {
    let h = &DATASET.headline;
    let mut rows = vec![
        figure_row(t("World mine production"), &h.world_mine_production),
        figure_row(t("China's mine production"), &h.china_mine_production),
        figure_row(t("US mine production"), &h.us_mine_production),
        figure_row(t("US net import reliance"), &h.us_net_import_reliance),
        figure_row(t("China's magnet exports"), &h.china_magnet_exports),
    ];
    for m in DATASET.markets.iter() {
        market_rows(m, &mut rows);
    }
    table(
        AttrValue::Static("2024 baseline figures (table)"),
        AttrValue::Static("baseline-table"),
        vec![t("2024 baseline figures")],
        &FIGURE_HEAD,
        rows,
    )
}

fn chain_table() -> Html {
    let mut rows = Vec::new();
    for v in Viewpoint::ALL.iter() {
        for c in Chain::ALL.iter() {
            let (vk, ck) = (v.key(), c.key());
            rows.push(figure_row(
                s(format!("{vk} · {ck} chain: need N")),
                &DATASET.need(*v, *c).need,
            ));
            for st in Stage::ALL.iter() {
                let row = DATASET.stage(*v, *c, *st);
                let sk = st.key();
                rows.push(figure_row(
                    s(format!("{vk} · {ck} · {sk}: capacity")),
                    &row.capacity,
                ));
                if row.recycling.value > 0.0 {
                    rows.push(figure_row(
                        s(format!("{vk} · {ck} · {sk}: recycled feed")),
                        &row.recycling,
                    ));
                }
            }
        }
    }
    table(
        AttrValue::Static("Chain capacities and needs (table)"),
        AttrValue::Static("chain-table"),
        vec![t("China-free capacity and need along the chain, 2024 (t/yr; light: NdPr-oxide eq., heavy: Dy+Tb-oxide eq.)")],
        &FIGURE_HEAD,
        rows,
    )
}

fn products_table() -> Html {
    let mut rows = Vec::new();
    for p in DATASET.products.iter() {
        rows.push(figure_row(
            s(format!("{} ({}): magnet", p.name, p.per)),
            &p.magnet_kg,
        ));
        rows.push(figure_row(
            s(format!("{} ({}): Dy+Tb", p.name, p.per)),
            &p.dy_tb_kg,
        ));
    }
    table(
        AttrValue::Static("Products (table)"),
        AttrValue::Static("products-table"),
        vec![t("Products (exposure view)")],
        &FIGURE_HEAD,
        rows,
    )
}

fn projects_table() -> Html {
    let rows = DATASET
        .projects
        .iter()
        .map(|p| {
            let capacity = if p.stated_capacity > 0.0 {
                format!("{} {}", format::sig(p.stated_capacity), p.stated_unit)
            } else {
                "not disclosed".into()
            };
            el(
                "tr",
                NONE,
                vec![
                    th_row(vec![s(format!("{}: {}", p.company, p.name))]),
                    td(vec![t(p.country)]),
                    td(vec![t(p.stage.key())]),
                    td_s(capacity),
                    td_s(p.start_year.to_string()),
                    td(vec![t(p.status)]),
                    td(vec![t(project_confidence(p))]),
                    el("td", SRC, vec![source_links(p.source)]),
                ],
            )
        })
        .collect();
    table(
        AttrValue::Static("Projects outside China (table)"),
        AttrValue::Static("projects-table"),
        vec![s(format!(
            "Announced and operating projects outside China ({})",
            DATASET.projects.len()
        ))],
        &[
            "Project",
            "Country",
            "Stage",
            "Capacity as announced",
            "Start",
            "Status",
            "Confidence",
            "Source",
        ],
        rows,
    )
}

fn source_list() -> Html {
    let items = DATASET
        .sources
        .iter()
        .map(|src| {
            let mut item = vec![
                el("strong", NONE, vec![s(format!("[{}] ", src.id))]),
                t(src.title),
            ];
            if !src.publisher.is_empty() {
                item.push(s(format!(" — {}", src.publisher)));
            }
            if !src.date.is_empty() {
                item.push(s(format!(" ({})", src.date)));
            }
            if !src.licence.is_empty() {
                item.push(s(format!(". Licence: {}", src.licence)));
            }
            if src.url.starts_with('#') {
                item.push(t(" "));
                item.push(el_dyn(
                    "a",
                    &["href"],
                    vec![AttrValue::Static(src.url)],
                    vec![t("read it here")],
                ));
            } else if !src.url.is_empty() {
                item.push(t(" "));
                item.push(el_dyn(
                    "a",
                    &["href", "rel", "target"],
                    vec![
                        AttrValue::Static(src.url),
                        AttrValue::Static("noopener noreferrer"),
                        AttrValue::Static("_blank"),
                    ],
                    vec![t("link")],
                ));
            }
            el_dyn("li", &["id"], vec![format!("src-{}", src.id).into()], item)
        })
        .collect();
    el("ol", attrs!("class" = "source-list"), items)
}

#[component]
pub fn SourcesView() -> Html {
    let download = Callback::from(|_| {
        download::offer(
            &format!("rare-earth-risk-dataset-{}.json", DATASET.vintage),
            "application/json",
            &dataset_json(),
        );
    });
    // The dataset's tables and the list of sources are thousands of elements below the fold:
    // they are built after the first paint and the charts, one part per task, so that none of
    // them holds up the first screen (see `dom::raw`).
    let tables = use_state(|| None::<Html>);
    let list = use_state(|| None::<Html>);
    {
        let (tables, list) = (tables.clone(), list.clone());
        use_effect_with((), move |_| {
            let first = Timeout::new(0, move || {
                tables.set(Some(raw(&Html::from_iter([
                    baseline_table(),
                    chain_table(),
                    products_table(),
                    projects_table(),
                ]))));
            });
            let second = Timeout::new(0, move || {
                list.set(Some(raw(&Html::from_iter([
                    leaf("h3", NONE, "Sources"),
                    source_list(),
                ]))));
            });
            move || drop((first, second))
        });
    }
    el(
        "section",
        attrs!("id" = "sources", "class" = "sources", "aria-labelledby" = "sources-title"),
        vec![
            leaf("h2", attrs!("id" = "sources-title"), "Sources & data"),
            p(vec![
                s(format!("Data as of {}. Baseline year {}. ", DATASET.vintage, DATASET.baseline_year)),
                t("Every figure carries its unit, year, source and confidence: high (read from the primary publication), medium (secondary report), low (single or unclear source), derived (computed from sourced inputs), assumption (an analyst's adjustable default)."),
            ]),
            el("p", attrs!("class" = "credit"), vec![leaf("strong", NONE, "Credit line: "), t(DATASET.credit)]),
            html! {
                <p><button type="button" id="download-dataset" onclick={download}>{ "Download the dataset (JSON)" }</button></p>
            },
            (*tables).clone().unwrap_or_default(),
            (*list).clone().unwrap_or_default(),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dataset_download_carries_credit_licence_and_every_figure() {
        let json: serde_json::Value = match serde_json::from_str(&dataset_json()) {
            Ok(v) => v,
            Err(e) => panic!("the dataset download is not valid JSON: {e}"),
        };
        assert_eq!(json["vintage"], DATASET.vintage);
        assert_eq!(json["credit"], DATASET.credit);
        assert!(json["licence"]
            .as_str()
            .is_some_and(|l| l.contains("CC BY 4.0")));
        let d = &json["dataset"];
        assert_eq!(
            d["sources"].as_array().map(Vec::len),
            Some(DATASET.sources.len())
        );
        assert_eq!(
            d["projects"].as_array().map(Vec::len),
            Some(DATASET.projects.len())
        );
        assert_eq!(d["markets"][3]["reported_exports"]["value"], 58152.0);
        assert_eq!(
            d["markets"][3]["reported_exports"]["source"],
            DATASET.markets[3]
                .reported_exports
                .map(|f| f.source)
                .unwrap_or_default()
        );
    }
}

//! "Sources & data": every source with its link, the confidence of each baseline figure, the data
//! vintage, a credit line for re-users, and a download of the whole dataset.

use crate::data::{Chain, Figure, Market, Stage, Viewpoint, DATASET};
use crate::ui::download;
use crate::ui::format;
use crate::ui::headlines::source_links;
use yew::prelude::*;

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

fn figure_row(name: &str, f: &Figure) -> Html {
    html! {
        <tr>
            <th scope="row">{ name }</th>
            <td>{ format::sig(f.value) }</td>
            <td>{ f.unit }</td>
            <td>{ f.year }</td>
            <td>{ f.confidence.label() }</td>
            <td class="src">{ source_links(f.source) }</td>
        </tr>
    }
}

fn market_rows(m: &Market) -> Html {
    html! {
        <>
            { figure_row(&format!("{}: world production W", m.name), &m.world_production) }
            { figure_row(&format!("{}: China's production C", m.name), &m.china_production) }
            { figure_row(&format!("{}: supply outside China F", m.name), &m.non_china_supply) }
            { figure_row(&format!("{}: capacity outside China K", m.name), &m.non_china_capacity) }
            { figure_row(&format!("{}: demand outside China D", m.name), &m.demand) }
            if let Some(e) = &m.reported_exports {
                { figure_row(&format!("{}: China's reported exports", m.name), e) }
            }
            { figure_row(&format!("{}: 2024 price P", m.name), &m.price) }
            { figure_row(&format!("{}: demand elasticity (central)", m.name), &m.ed.central) }
            { figure_row(&format!("{}: supply elasticity (central)", m.name), &m.es.central) }
            { figure_row(&format!("{}: backstop multiplier B", m.name), &m.backstop) }
        </>
    }
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

#[component]
pub fn SourcesView() -> Html {
    let download = Callback::from(|_| {
        download::offer(
            &format!("rare-earth-risk-dataset-{}.json", DATASET.vintage),
            "application/json",
            &dataset_json(),
        );
    });
    let h = &DATASET.headline;
    html! {
        <section id="sources" class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ "Sources & data" }</h2>
            <p>{ format!("Data as of {}. Baseline year {}. ", DATASET.vintage, DATASET.baseline_year) }
                { "Every figure carries its unit, year, source and confidence: high (read from the primary publication), medium (secondary report), low (single or unclear source), derived (computed from sourced inputs), assumption (an analyst's adjustable default)." }</p>
            <p class="credit"><strong>{ "Credit line: " }</strong>{ DATASET.credit }</p>
            <p><button type="button" id="download-dataset" onclick={download}>{ "Download the dataset (JSON)" }</button></p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="2024 baseline figures (table)">
                <table class="data" id="baseline-table">
                    <caption>{ "2024 baseline figures" }</caption>
                    <thead><tr><th scope="col">{ "Figure" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Unit" }</th>
                        <th scope="col">{ "Year" }</th><th scope="col">{ "Confidence" }</th><th scope="col">{ "Source" }</th></tr></thead>
                    <tbody>
                        { figure_row("World mine production", &h.world_mine_production) }
                        { figure_row("China's mine production", &h.china_mine_production) }
                        { figure_row("US mine production", &h.us_mine_production) }
                        { figure_row("US net import reliance", &h.us_net_import_reliance) }
                        { figure_row("China's magnet exports", &h.china_magnet_exports) }
                        { for DATASET.markets.iter().map(market_rows) }
                    </tbody>
                </table>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Chain capacities and needs (table)">
                <table class="data" id="chain-table">
                    <caption>{ "China-free capacity and need along the chain, 2024 (t/yr; light: NdPr-oxide eq., heavy: Dy+Tb-oxide eq.)" }</caption>
                    <thead><tr><th scope="col">{ "Figure" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Unit" }</th>
                        <th scope="col">{ "Year" }</th><th scope="col">{ "Confidence" }</th><th scope="col">{ "Source" }</th></tr></thead>
                    <tbody>
                        { for Viewpoint::ALL.iter().flat_map(|v| Chain::ALL.iter().map(move |c| (*v, *c))).map(|(v, c)| html! {
                            <>
                                { figure_row(&format!("{} · {} chain: need N", v.key(), c.key()), &DATASET.need(v, c).need) }
                                { for Stage::ALL.iter().map(|s| {
                                    let row = DATASET.stage(v, c, *s);
                                    html! {
                                        <>
                                            { figure_row(&format!("{} · {} · {}: capacity", v.key(), c.key(), s.key()), &row.capacity) }
                                            if row.recycling.value > 0.0 {
                                                { figure_row(&format!("{} · {} · {}: recycled feed", v.key(), c.key(), s.key()), &row.recycling) }
                                            }
                                        </>
                                    }
                                }) }
                            </>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Products (table)">
                <table class="data" id="products-table">
                    <caption>{ "Products (exposure view)" }</caption>
                    <thead><tr><th scope="col">{ "Figure" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Unit" }</th>
                        <th scope="col">{ "Year" }</th><th scope="col">{ "Confidence" }</th><th scope="col">{ "Source" }</th></tr></thead>
                    <tbody>
                        { for DATASET.products.iter().map(|p| html! {
                            <>
                                { figure_row(&format!("{} ({}): magnet", p.name, p.per), &p.magnet_kg) }
                                { figure_row(&format!("{} ({}): Dy+Tb", p.name, p.per), &p.dy_tb_kg) }
                            </>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Projects outside China (table)">
                <table class="data" id="projects-table">
                    <caption>{ format!("Announced and operating projects outside China ({})", DATASET.projects.len()) }</caption>
                    <thead><tr><th scope="col">{ "Project" }</th><th scope="col">{ "Country" }</th><th scope="col">{ "Stage" }</th>
                        <th scope="col">{ "Capacity as announced" }</th><th scope="col">{ "Start" }</th><th scope="col">{ "Status" }</th>
                        <th scope="col">{ "Confidence" }</th><th scope="col">{ "Source" }</th></tr></thead>
                    <tbody>
                        { for DATASET.projects.iter().map(|p| html! {
                            <tr>
                                <th scope="row">{ format!("{}: {}", p.company, p.name) }</th>
                                <td>{ p.country }</td>
                                <td>{ p.stage.key() }</td>
                                <td>{ if p.stated_capacity > 0.0 { format!("{} {}", format::sig(p.stated_capacity), p.stated_unit) } else { "not disclosed".into() } }</td>
                                <td>{ p.start_year }</td>
                                <td>{ p.status }</td>
                                <td>{ project_confidence(p) }</td>
                                <td class="src">{ source_links(p.source) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ "Sources" }</h3>
            <ol class="source-list">
                { for DATASET.sources.iter().map(|s| html! {
                    <li id={format!("src-{}", s.id)}>
                        <strong>{ format!("[{}] ", s.id) }</strong>
                        { s.title }
                        if !s.publisher.is_empty() { { format!(" — {}", s.publisher) } }
                        if !s.date.is_empty() { { format!(" ({})", s.date) } }
                        if !s.licence.is_empty() { { format!(". Licence: {}", s.licence) } }
                        if s.url.starts_with('#') {
                            { " " }<a href={s.url}>{ "read it here" }</a>
                        } else if !s.url.is_empty() {
                            { " " }<a href={s.url} rel="noopener noreferrer" target="_blank">{ "link" }</a>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dataset_download_carries_credit_licence_and_every_figure() {
        let json: serde_json::Value = serde_json::from_str(&dataset_json()).expect("valid JSON");
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

//! What the calculator cannot tell you, privacy, how to cite it, the change log, and who
//! translated the page.

use super::{
    attrs, el, el_dyn, h3, leaf, li, p, s, section, source_links, t, AttrValue, Html, Outcome,
    Reference, DATASET, MODEL_VERSION, NONE, URL_VERSION,
};
use crate::i18n;

/// A list of static items.
fn static_list(items: &'static [&'static str]) -> Html {
    el(
        "ul",
        NONE,
        items.iter().map(|text| li(vec![t(text)])).collect(),
    )
}

pub(super) fn limits() -> Html {
    section(
        "m-limits",
        vec![
            h3("m-limits", "What the calculator cannot tell you"),
            static_list(&[
                "Next month's prices. The monthly path shows what a restriction of the length and strength you set does \
                       to markets with these stocks and elasticities; it has no speculation, smuggling or news, and its stock \
                       behaviour is an assumption calibrated on few episodes (see the backtests).",
                "Whether China will restrict exports, or how strictly licences are enforced: you set the quotas.",
                "Whether a given project will be built. Projects count by the probability you set, all alike; the \
                       dataset lists their status.",
                "Stockpiles it does not know: government stockpiles, company inventories beyond the stocks you set, \
                       and material already in transit.",
                "Other rare earths (lanthanum, cerium, samarium, yttrium…) and other products than sintered NdFeB \
                       magnets, and any market reaction beyond the four markets (substitution is only the demand elasticity \
                       and the backstop).",
                "Quality and qualification: a tonne of new capacity counts at once, although qualifying magnets for cars \
                       or defence can take years.",
                "Exact figures. Many inputs are estimates (marked low confidence or assumption); the ranges show only \
                       the uncertainty of the elasticities and of project delivery, not of the baseline data.",
            ]),
        ],
    )
}

pub(super) fn privacy() -> Html {
    section(
        "m-privacy",
        vec![
            h3("m-privacy", "Your privacy"),
            p(vec![t("The calculator runs entirely in your browser. It sets no cookies, runs no analytics and stores nothing \
                  about you; nothing you do is sent anywhere. The scenario lives only in the page's address, and every \
                  download (CSV, JSON, PNG, the dataset) is made on your device.")]),
        ],
    )
}

pub(super) fn cite(o: &Outcome, reference: &Reference) -> Html {
    let link = format!("{}?{}", crate::ui::url_state::page_base(), o.scenario.query);
    let sources = DATASET
        .sources
        .iter()
        .enumerate()
        .filter(|(_, s)| s.publisher == "U.S. Geological Survey" || s.publisher == "IEA")
        .take(4)
        .map(|(i, src)| {
            // Titles and dates come from dataset.json; until it is read, the publisher stands alone.
            let mut item = vec![t(src.publisher)];
            if let Some(text) = reference.doc().and_then(|d| d.source(i)) {
                if !text.title.is_empty() {
                    item.push(s(format!(", {}", text.title)));
                }
                if !text.date.is_empty() {
                    item.push(s(format!(" ({})", text.date)));
                }
            }
            if !src.licence.is_empty() {
                item.push(s(format!(". Licence: {}", src.licence)));
            }
            item.push(source_links(src.id));
            li(item)
        })
        .collect();
    section(
        "m-cite",
        vec![
            h3("m-cite", "How to cite"),
            p(vec![
                t("Credit the calculator and the original data: "),
                leaf("strong", NONE, DATASET.credit),
                t("."),
            ]),
            p(vec![t("Suggested citation:")]),
            el("p", attrs!("class" = "citation", "id" = "citation"), vec![s(format!(
                "Rare-earth supply-chain risk calculator, model {}, data vintage {} (baseline {}). Scenario: {}. {}",
                MODEL_VERSION, DATASET.vintage, DATASET.baseline_year, o.scenario.query, link))]),
            p(vec![t("The underlying figures are from the sources listed under Sources & data, used under their own terms. \
                  Cite them directly when you use a figure, for example:")]),
            el("ul", NONE, sources),
            p(vec![t("Charts downloaded as PNG carry the scenario, their sources and this credit line in their footer.")]),
        ],
    )
}

pub(super) fn changes() -> Html {
    section(
        "m-changes",
        vec![
            h3("m-changes", "Change log"),
            p(vec![t("Every link carries the data vintage (d) and model version (m) it was made with; a link made with another \
                  version opens with a note saying so.")]),
            el("ul", NONE, vec![
                li(vec![s(format!("Model {MODEL_VERSION} (URL settings version {URL_VERSION}): model 2, MODEL.md specification \
                    v2. Each market is followed month by month for 36 months, with buyers' stocks drawn down and rebuilt, \
                    panic buying, stocks in China, one world market that splits when China's export limit binds, China's \
                    own output and the export duty. Headline prices are 12-month averages with the peak month, and \
                    \u{201c}at least ×B\u{201d} with the unmet share where the backstop binds; time to survive and to \
                    recover come from the path. New settings: months, china_output, export_duty, buffer_cn, panic, \
                    china_stockpiling. A version-1 link still opens, with a note."))]),
                li(vec![t("Model 1 (URL settings version 1): first public version, MODEL.md specification v1: a sustained, \
                    year-long restriction with no stocks, and China's price that could only fall.")]),
                li(vec![s(format!("Data {} (baseline year {}): first public dataset: {} sources, {} announced projects, {} products, \
                    the 2009 snapshot and the 2010–11 and 2025 price observations.",
                    DATASET.vintage, DATASET.baseline_year, DATASET.sources.len(), DATASET.projects.len(), DATASET.products.len()))]),
            ]),
        ],
    )
}

/// Which translations are machine-assisted and how to correct one: the catalogue of the page's
/// language and the line of one of its messages, as an example a reader can follow.
pub(super) fn translations() -> Html {
    let lang = i18n::current();
    let file = lang.catalogue_path();
    let id = "summary-sentence";
    let line = i18n::line_of(id).unwrap_or(1).to_string();
    section(
        "m-translations",
        vec![
            el_dyn(
                "h3",
                &["id"],
                vec![AttrValue::Static("m-translations")],
                vec![s(i18n::t("m-translations-title"))],
            ),
            p(vec![s(i18n::t("m-translations-which"))]),
            p(vec![s(i18n::tr(
                "m-translations-fix",
                &[
                    ("file", file.as_str().into()),
                    ("line", line.as_str().into()),
                    ("id", id.into()),
                ],
            ))]),
        ],
    )
}

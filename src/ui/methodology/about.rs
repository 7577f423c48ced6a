//! What the calculator cannot tell you, privacy, how to cite it, the change log, and who
//! translated the page.

use super::{
    attrs, el, el_dyn, format, h3, li, msg, p, rich, s, section, source_links, t, AttrValue, Html,
    Outcome, Reference, DATASET, MODEL_VERSION, NONE, URL_VERSION,
};
use crate::i18n::{self, tr};

/// A list of messages.
fn message_list(ids: &[&str]) -> Html {
    el("ul", NONE, ids.iter().map(|id| li(vec![msg(id)])).collect())
}

pub(super) fn limits() -> Html {
    section(
        "m-limits",
        vec![
            h3("m-limits", "m-limits-title"),
            message_list(&[
                "m-limits-prices",
                "m-limits-policy",
                "m-limits-projects",
                "m-limits-stockpiles",
                "m-limits-scope",
                "m-limits-quality",
                "m-limits-exact",
            ]),
        ],
    )
}

pub(super) fn privacy() -> Html {
    section(
        "m-privacy",
        vec![
            h3("m-privacy", "m-privacy-title"),
            p(vec![msg("m-privacy")]),
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
                item.push(s(tr("src-licence", &[("licence", src.licence.into())])));
            }
            item.push(source_links(src.id));
            li(item)
        })
        .collect();
    // The dataset's credit line (data/meta.csv) as the catalogue words it.
    let credit = el("strong", NONE, vec![msg("credit")]);
    let year = DATASET.baseline_year.to_string();
    section(
        "m-cite",
        vec![
            h3("m-cite", "m-cite-title"),
            p(rich("m-cite-credit", &[], vec![("credit", credit)])),
            p(vec![msg("m-cite-suggested")]),
            el(
                "p",
                attrs!("class" = "citation", "id" = "citation"),
                vec![s(tr(
                    "m-cite-citation",
                    &[
                        ("model", MODEL_VERSION.into()),
                        ("vintage", DATASET.vintage.into()),
                        ("baseline", year.as_str().into()),
                        ("query", o.scenario.query.as_str().into()),
                        ("link", link.as_str().into()),
                    ],
                ))],
            ),
            p(vec![msg("m-cite-sources")]),
            el("ul", NONE, sources),
            p(vec![msg("m-cite-png")]),
        ],
    )
}

pub(super) fn changes() -> Html {
    let count = |n: usize| format::thousands(n as f64).into();
    section(
        "m-changes",
        vec![
            h3("m-changes", "m-changes-title"),
            p(vec![msg("m-changes-links")]),
            el(
                "ul",
                NONE,
                vec![
                    li(vec![s(tr(
                        "m-changes-model-2",
                        &[("model", MODEL_VERSION.into()), ("url", URL_VERSION.into())],
                    ))]),
                    li(vec![msg("m-changes-model-1")]),
                    li(vec![s(tr(
                        "m-changes-data",
                        &[
                            ("vintage", DATASET.vintage.into()),
                            ("baseline", DATASET.baseline_year.to_string().into()),
                            ("sources", count(DATASET.sources.len())),
                            ("projects", count(DATASET.projects.len())),
                            ("products", count(DATASET.products.len())),
                        ],
                    ))]),
                ],
            ),
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

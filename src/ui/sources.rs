//! "Sources & data": every source with its link, the confidence of each baseline figure, the data
//! vintage, a credit line for re-users, and a download of the whole dataset.
//!
//! Source titles, dates and links come from `dataset.json` (`ui::reference`), fetched when the
//! section comes on screen; until then, or if it cannot be read, each source shows its id,
//! publisher and licence.

use crate::data::{Chain, Figure, Market, Stage, Viewpoint, DATASET};
use crate::i18n::tr;
use crate::ui::dom::{attrs, el, el_dyn, p, raw, s, t, table, td_s, th_row, Attrs, NONE};
use crate::ui::format;
use crate::ui::headlines::source_links;
use crate::ui::on_screen::when_on_screen;
use crate::ui::reference::{self, use_reference, Reference};
use crate::ui::summary::market_heading;
use crate::ui::words::{data_word, product_label, product_per, stage_key_word};
use gloo::timers::callback::Timeout;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

const SRC: Attrs = attrs!("class" = "src");
/// The figure tables' column headings (message ids).
const FIGURE_HEAD: [&str; 6] = [
    "src-col-figure",
    "src-col-value",
    "src-col-unit",
    "src-col-year",
    "src-col-confidence",
    "src-col-source",
];

/// Message ids → the page's words.
fn words(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| tr(id, &[])).collect()
}

/// A table with translated caption, label and headings.
fn figure_table(
    label: &str,
    id: &'static str,
    caption: String,
    head: &[&str],
    rows: Vec<Html>,
) -> Html {
    let head = words(head);
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    table(
        AttrValue::from(tr("src-table-label", &[("caption", label.into())])),
        AttrValue::Static(id),
        vec![s(caption)],
        &head,
        rows,
    )
}

/// A confidence level in the page's language.
/// A confidence word; "–" (a project with no tonnage to rate) stays a dash.
fn confidence(c: &str) -> String {
    if c == "–" {
        return c.to_string();
    }
    tr(&format!("confidence-{c}"), &[])
}

/// A figure's unit: the controls' units (`words::unit`), else the dataset's own word
/// (`unit-<word>`); symbols (t, USD/kg, t REO) stay as they are.
fn unit_word(u: &str) -> String {
    match crate::ui::words::unit(u) {
        same if same == u => data_word("unit", u),
        other => other,
    }
}

// Built with the non-generic helpers of `ui::dom` rather than `html!`: the tables have hundreds
// of rows, and `html!` expands every element inline.
fn figure_row(name: Html, f: &Figure) -> Html {
    el(
        "tr",
        NONE,
        vec![
            th_row(vec![name]),
            td_s(format::sig(f.value)),
            td_s(unit_word(f.unit)),
            td_s(f.year.to_string()),
            td_s(confidence(f.confidence.label())),
            el("td", SRC, vec![source_links(f.source)]),
        ],
    )
}

fn market_rows(m: &Market, rows: &mut Vec<Html>) {
    let name = market_heading(m.id);
    let mut row = |what: &str, f: &Figure| {
        let label = tr(
            "src-market-row",
            &[
                ("market", name.as_str().into()),
                ("what", tr(what, &[]).into()),
            ],
        );
        rows.push(figure_row(s(label), f));
    };
    row("src-world-production", &m.world_production);
    row("src-china-production", &m.china_production);
    row("src-supply-outside", &m.non_china_supply);
    row("src-capacity-outside", &m.non_china_capacity);
    row("src-demand-outside", &m.demand);
    if let Some(e) = &m.reported_exports {
        row("src-reported-exports", e);
    }
    row("src-price", &m.price);
    row("src-ed", &m.ed.central);
    row("src-es", &m.es.central);
    row("src-backstop", &m.backstop);
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
        figure_row(s(tr("src-world-mine", &[])), &h.world_mine_production),
        figure_row(s(tr("src-china-mine", &[])), &h.china_mine_production),
        figure_row(s(tr("src-us-mine", &[])), &h.us_mine_production),
        figure_row(s(tr("src-us-reliance", &[])), &h.us_net_import_reliance),
        figure_row(s(tr("src-china-magnets", &[])), &h.china_magnet_exports),
    ];
    for m in &DATASET.markets {
        market_rows(m, &mut rows);
    }
    let caption = tr("src-baseline-caption", &[]);
    figure_table(
        &caption,
        "baseline-table",
        caption.clone(),
        &FIGURE_HEAD,
        rows,
    )
}

fn chain_table() -> Html {
    let mut rows = Vec::new();
    for v in &Viewpoint::ALL {
        for c in &Chain::ALL {
            let (vk, ck) = (v.key(), c.key());
            rows.push(figure_row(
                s(tr("src-need", &[("view", vk.into()), ("chain", ck.into())])),
                &DATASET.need(*v, *c).need,
            ));
            for st in &Stage::ALL {
                let row = DATASET.stage(*v, *c, *st);
                let sk = st.key();
                rows.push(figure_row(
                    s(tr(
                        "src-stage-capacity",
                        &[
                            ("view", vk.into()),
                            ("chain", ck.into()),
                            ("stage", sk.into()),
                        ],
                    )),
                    &row.capacity,
                ));
                if row.recycling.value > 0.0 {
                    rows.push(figure_row(
                        s(tr(
                            "src-stage-recycled",
                            &[
                                ("view", vk.into()),
                                ("chain", ck.into()),
                                ("stage", sk.into()),
                            ],
                        )),
                        &row.recycling,
                    ));
                }
            }
        }
    }
    figure_table(
        &tr("src-chain-label", &[]),
        "chain-table",
        tr("src-chain-caption", &[]),
        &FIGURE_HEAD,
        rows,
    )
}

fn products_table() -> Html {
    let mut rows = Vec::new();
    for p in DATASET.products {
        rows.push(figure_row(
            s(tr(
                "src-product-magnet",
                &[
                    ("product", product_label(p.id).into()),
                    ("per", product_per(p.id).into()),
                ],
            )),
            &p.magnet_kg,
        ));
        rows.push(figure_row(
            s(tr(
                "src-product-dytb",
                &[
                    ("product", product_label(p.id).into()),
                    ("per", product_per(p.id).into()),
                ],
            )),
            &p.dy_tb_kg,
        ));
    }
    figure_table(
        &tr("src-products-label", &[]),
        "products-table",
        tr("src-products-caption", &[]),
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
                tr("src-not-disclosed", &[])
            };
            el(
                "tr",
                NONE,
                vec![
                    th_row(vec![s(format!("{}: {}", p.company, p.name))]),
                    td_s(data_word("country", p.country)),
                    td_s(stage_key_word(p.stage)),
                    td_s(capacity),
                    td_s(p.start_year.to_string()),
                    td_s(data_word("status", p.status)),
                    // The status' odds: what the model delivers it with unless `pipeline` is set.
                    td_s(format::percent(DATASET.delivery_odds(p.status))),
                    td_s(confidence(project_confidence(p))),
                    el("td", SRC, vec![source_links(p.source)]),
                ],
            )
        })
        .collect();
    let n = DATASET.projects.len() as f64;
    figure_table(
        &tr("src-projects-label", &[]),
        "projects-table",
        tr(
            "src-projects-caption",
            &[("n", n.into()), ("count", format::thousands(n).into())],
        ),
        &[
            "src-col-project",
            "src-col-country",
            "src-col-stage",
            "src-col-capacity",
            "src-col-start",
            "src-col-status",
            "src-col-odds",
            "src-col-confidence",
            "src-col-source",
        ],
        rows,
    )
}

/// A link target from `dataset.json` that may go into an `href`: the web, or a place on this page.
fn safe_url(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://") || url.starts_with('#')
}

fn source_list(reference: &Reference) -> Html {
    let doc = reference.doc();
    let items = DATASET
        .sources
        .iter()
        .enumerate()
        .map(|(i, src)| {
            let text = doc.and_then(|d| d.source(i));
            let mut item = vec![el("strong", NONE, vec![s(format!("[{}] ", src.id))])];
            match text {
                Some(x) if !x.title.is_empty() => {
                    item.push(s(x.title.clone()));
                    // Not twice: many secondary sources' titles already begin with their outlet.
                    if !src.publisher.is_empty() && !x.title.starts_with(src.publisher) {
                        item.push(s(format!(" — {}", src.publisher)));
                    }
                }
                _ => item.push(t(src.publisher)),
            }
            if let Some(x) = text.filter(|x| !x.date.is_empty()) {
                item.push(s(format!(" ({})", x.date)));
            }
            if !src.licence.is_empty() {
                item.push(s(tr("src-licence", &[("licence", src.licence.into())])));
            }
            match text.map(|x| x.url.as_str()).filter(|u| safe_url(u)) {
                Some(url) if url.starts_with('#') => {
                    item.push(t(" "));
                    item.push(el_dyn(
                        "a",
                        &["href"],
                        vec![url.to_string().into()],
                        vec![s(tr("src-read-here", &[]))],
                    ));
                }
                Some(url) => {
                    item.push(t(" "));
                    item.push(el_dyn(
                        "a",
                        &["href", "rel", "target"],
                        vec![
                            url.to_string().into(),
                            AttrValue::Static("noopener noreferrer"),
                            AttrValue::Static("_blank"),
                        ],
                        vec![s(tr("src-link", &[]))],
                    ));
                }
                None => {}
            }
            el_dyn("li", &["id"], vec![format!("src-{}", src.id).into()], item)
        })
        .collect();
    let status = match reference {
        Reference::Loading => el(
            "p",
            attrs!("class" = "reference-status", "id" = "sources-status"),
            vec![s(tr("src-loading", &[]))],
        ),
        Reference::Ready(_) => Html::default(),
        Reference::Failed(why) => el(
            "p",
            attrs!(
                "class" = "reference-status",
                "id" = "sources-status",
                "role" = "status"
            ),
            vec![s(tr("src-failed", &[("why", why.as_ref().into())]))],
        ),
    };
    Html::from_iter([
        el("h3", NONE, vec![s(tr("src-sources", &[]))]),
        status,
        el("ol", attrs!("class" = "source-list"), items),
    ])
}

/// After the titles arrive, an item a link pointed at (`#src-S12`) may have moved: show it again.
fn reveal_linked_source() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let hash = crate::ui::url_state::read_hash();
    if let Some(id) = hash.strip_prefix('#').filter(|h| h.starts_with("src-")) {
        if let Some(el) = doc.get_element_by_id(id) {
            el.scroll_into_view();
        }
    }
}

/// The dataset's tables, in page order.
const TABLES: [fn() -> Html; 4] = [baseline_table, chain_table, products_table, projects_table];

#[component]
pub fn SourcesView() -> Html {
    // The dataset's tables and the list of sources are thousands of elements below the fold:
    // they are built after the first paint and the charts, one table per task (all four in one
    // were a 45–75 ms task on a phone, CPU × 4), then the list, so that none of them holds up
    // the first screen (see `dom::raw`). Each table is keyed, so adding one leaves those before
    // it alone. The list is rebuilt once the sources' titles and links arrive
    // (`ui::reference`), asked for when the section comes on screen.
    let tables = use_state(Vec::<Html>::new);
    let list_due = use_state(|| false);
    let on_screen = use_state(|| false);
    let reference = use_reference(*on_screen);
    {
        let (tables, list_due) = (tables.clone(), list_due.clone());
        use_effect_with((tables.len(), *list_due), move |&(n, listed)| {
            let timer = (!listed).then(|| {
                Timeout::new(0, move || match TABLES.get(n) {
                    Some(build) => {
                        let mut next = (*tables).clone();
                        let key = u32::try_from(n).ok().map(Into::into);
                        next.push(Html::VList(std::rc::Rc::new(
                            yew::virtual_dom::VList::with_children(vec![raw(&build())], key),
                        )));
                        tables.set(next);
                    }
                    None => list_due.set(true),
                })
            });
            move || drop(timer)
        });
    }
    {
        let on_screen = on_screen.clone();
        use_effect_with((), move |()| {
            let watch = {
                let on_screen = on_screen.clone();
                // The sources section starts with long tables, so the titles are in long before
                // a reader scrolls down to the list.
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("sources"))
                    .and_then(|el| when_on_screen(&el, "0px", move || on_screen.set(true)))
            };
            if watch.is_none() {
                on_screen.set(true);
            }
            move || drop(watch)
        });
    }
    let list = use_memo((*list_due, reference.clone()), |(due, reference)| {
        due.then(|| raw(&source_list(reference)))
    });
    use_effect_with(reference.clone(), |r| {
        if matches!(r, Reference::Ready(_)) {
            reveal_linked_source();
        }
    });
    el(
        "section",
        attrs!(
            "id" = "sources",
            "class" = "sources",
            "aria-labelledby" = "sources-title"
        ),
        vec![
            el(
                "h2",
                attrs!("id" = "sources-title"),
                vec![s(tr("nav-sources", &[]))],
            ),
            p(vec![s(tr(
                "src-intro",
                &[
                    ("vintage", DATASET.vintage.into()),
                    ("year", DATASET.baseline_year.to_string().into()),
                ],
            ))]),
            el(
                "p",
                attrs!("class" = "credit"),
                vec![
                    el("strong", NONE, vec![s(tr("src-credit-line", &[]))]),
                    s(tr("credit", &[])),
                ],
            ),
            p(vec![el_dyn(
                "a",
                &["href", "download", "id", "class"],
                vec![
                    AttrValue::Static(reference::FILE),
                    format!("rare-earth-risk-dataset-{}.json", DATASET.vintage).into(),
                    AttrValue::Static("download-dataset"),
                    AttrValue::Static("button-link"),
                ],
                vec![s(tr("src-download", &[]))],
            )]),
            tables.iter().cloned().collect::<Html>(),
            (*list).clone().unwrap_or_default(),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::dom::to_html;
    use crate::ui::reference::{Doc, SourceText};
    use std::rc::Rc;

    fn html(reference: &Reference) -> String {
        let mut out = String::new();
        to_html(&source_list(reference), &mut out);
        out
    }

    #[test]
    fn before_the_titles_arrive_each_source_shows_id_publisher_and_licence() {
        let out = html(&Reference::Loading);
        let usgs = &DATASET.sources[0];
        assert!(
            out.contains(&format!(
                "<li id=\"src-{}\"><strong>[{}] </strong>{}",
                usgs.id, usgs.id, usgs.publisher
            )),
            "{}",
            &out[..400]
        );
        assert!(out.contains("Loading the titles and links"));
        assert_eq!(out.matches("<li ").count(), DATASET.sources.len());
        assert!(!out.contains("href"), "no links without the document");
    }

    #[test]
    fn a_failed_load_says_why_and_keeps_every_source() {
        let out = html(&Reference::Failed("HTTP 404 for dataset.json".into()));
        assert!(out.contains("could not be loaded (HTTP 404 for dataset.json)"));
        assert_eq!(out.matches("<li ").count(), DATASET.sources.len());
    }

    #[test]
    fn titles_dates_and_only_safe_links_come_from_the_document() {
        let mut texts = vec![None; DATASET.sources.len()];
        texts[0] = Some(SourceText {
            title: "Mineral <Commodity> Summaries".into(),
            date: "Jan 2025".into(),
            url: "https://pubs.usgs.gov/x.pdf".into(),
        });
        texts[1] = Some(SourceText {
            title: "Hostile".into(),
            date: String::new(),
            url: "javascript:alert(1)".into(),
        });
        texts[2] = Some(SourceText {
            title: "On this page".into(),
            date: String::new(),
            url: "#methodology".into(),
        });
        let out = html(&Reference::Ready(Rc::new(Doc::with_sources(texts))));
        let (s0, s1, s2) = (
            &DATASET.sources[0],
            &DATASET.sources[1],
            &DATASET.sources[2],
        );
        assert!(out.contains(&format!(
            "[{}] </strong>Mineral &lt;Commodity&gt; Summaries — {} (Jan 2025)",
            s0.id, s0.publisher
        )));
        assert!(out.contains("<a href=\"https://pubs.usgs.gov/x.pdf\" rel=\"noopener noreferrer\" target=\"_blank\">link</a>"));
        assert!(out.contains(&format!("[{}] </strong>Hostile — {}", s1.id, s1.publisher)));
        assert!(!out.contains("javascript:"), "unsafe link dropped");
        assert!(out.contains(&format!("[{}] </strong>On this page", s2.id)));
        assert!(out.contains("<a href=\"#methodology\">read it here</a>"));
        assert!(!out.contains("Loading the titles"));
        // A source the document lacks still shows its publisher.
        let s3 = &DATASET.sources[3];
        assert!(out.contains(&format!("[{}] </strong>{}", s3.id, s3.publisher)));
    }

    #[test]
    fn a_title_that_begins_with_its_publisher_does_not_repeat_it() {
        let mut texts = vec![None; DATASET.sources.len()];
        let s0 = &DATASET.sources[0];
        texts[0] = Some(SourceText {
            title: format!("{} (Jan 2025), a summary", s0.publisher),
            date: "Jan 2025".into(),
            url: String::new(),
        });
        let out = html(&Reference::Ready(Rc::new(Doc::with_sources(texts))));
        assert!(out.contains(&format!(
            "[{}] </strong>{} (Jan 2025), a summary (Jan 2025)",
            s0.id, s0.publisher
        )));
        assert!(!out.contains(&format!("a summary — {}", s0.publisher)));
    }
}

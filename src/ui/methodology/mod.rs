//! The methodology page: the model in plain language, its formulas with the live values of the
//! scenario on screen, every assumption and its default, the backtests, what the calculator
//! cannot tell you, how to cite it, and the change log.
//!
//! One file per section of the page (this one holds the component and the shared helpers).
//!
//! Every number here comes from the `Outcome` on screen or from `DATASET`; none is typed in.
//! Each live formula input carries `data-formula-input="<JSON path in the report document>"`
//! and `data-value` (Rust's round-trip form), so a test can compare it with `report`.

use crate::data::{Chain, Figure, MarketId, Range3, Stage, Viewpoint, DATASET};
use crate::model::{
    stage_quota, Elasticity, MarketOutcome, Options, Outcome, Range, Scenario, MODEL_VERSION,
    URL_VERSION,
};
use crate::ui::dom::{attrs, el, el_dyn, leaf, li, p, s, t, table, td, td_s, th_row, Attrs, NONE};
use crate::ui::format;
use crate::ui::headlines::source_links;
use crate::ui::reference::{use_reference, Reference};
use crate::ui::summary::{stage_phrase, viewpoint_phrase};
use crate::ui::tasks::{evaluate_in_tasks, Cancel};
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

mod about;
mod assumptions;
mod backtests;
mod formulas;
mod plain;
mod viewpoint;

use about::{changes, cite, limits, privacy, translations};
use assumptions::{assumptions, chain_table, derivation_cell};
use backtests::backtests;
use formulas::{formulas, maybe_value};
use plain::plain_language;
use viewpoint::{deviations, japan_backtest, view_figures};

// Built with the non-generic helpers of `ui::dom` rather than `html!`: this page has hundreds of
// elements, and `html!` expands each one inline (tens of KB of WASM for this page alone).

#[derive(Properties, PartialEq)]
pub struct MethodologyProps {
    /// The outcome on screen, so the formulas show its inputs.
    pub outcome: Rc<Outcome>,
}

/// A catalogue message whose arguments are nodes (live figures, links): the message is formatted
/// with a marker for each, then cut at the markers, so a translation may put them in any order.
fn rich(id: &str, text_args: &[(&str, String)], nodes: Vec<(&'static str, Html)>) -> Vec<Html> {
    const MARK: char = '\u{E000}';
    let mut args: Vec<crate::i18n::Arg<'_>> = text_args
        .iter()
        .map(|(k, v)| (*k, v.as_str().into()))
        .collect();
    let markers: Vec<String> = (0..nodes.len())
        .map(|i| format!("{MARK}{i}{MARK}"))
        .collect();
    for ((k, _), m) in nodes.iter().zip(&markers) {
        args.push((k, m.as_str().into()));
    }
    let text = crate::i18n::tr(id, &args);
    let mut nodes: Vec<Option<Html>> = nodes.into_iter().map(|(_, n)| Some(n)).collect();
    text.split(MARK)
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| {
            let node = (i % 2 == 1)
                .then(|| part.parse::<usize>().ok())
                .flatten()
                .and_then(|n| nodes.get_mut(n)?.take());
            node.unwrap_or_else(|| s(part.to_string()))
        })
        .collect()
}

/// How a figure is written.
type Fmt = fn(f64) -> String;

const FORMULA: Attrs = attrs!("class" = "formula");

/// A span carrying a live value: its JSON path in the `report` document and `data-value`.
fn live_span(path: String, value: String, text: String) -> Html {
    el_dyn(
        "span",
        &["data-formula-input", "data-value"],
        vec![path.into(), value.into()],
        vec![s(text)],
    )
}

/// A live number: its JSON path in the `report` document and its exact value.
fn live(path: String, value: f64, text: String) -> Html {
    live_span(path, format!("{value:?}"), text)
}

/// A live number at a static path.
fn live_at(path: &'static str, value: f64, text: String) -> Html {
    live(path.to_string(), value, text)
}

/// "×2.8 – ×7.4" for a range's p10–p90, or the single figure when there is no spread.
fn range_mult(r: &Range) -> String {
    let (lo, hi) = (format::multiplier(r.p10), format::multiplier(r.p90));
    if lo == hi {
        lo
    } else {
        format!("{lo} – {hi}")
    }
}

/// An element symbol as written in chemistry: "nd" → "Nd" (symbols are ASCII; ASCII case
/// mapping keeps Unicode's case tables out of the WASM).
fn element(e: &str) -> String {
    let mut out = e.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

fn section(labelled_by: &'static str, children: Vec<Html>) -> Html {
    el_dyn(
        "section",
        &["aria-labelledby"],
        vec![AttrValue::Static(labelled_by)],
        children,
    )
}

/// A section's heading: its id and the message id of its text.
fn h3(id: &'static str, message: &str) -> Html {
    el_dyn(
        "h3",
        &["id"],
        vec![AttrValue::Static(id)],
        vec![msg(message)],
    )
}

fn h4(message: &str) -> Html {
    el("h4", NONE, vec![msg(message)])
}

/// A formula block whose words are the message `message` (its symbols stay in every language).
fn formula(message: &str) -> Html {
    el("p", FORMULA, vec![msg(message)])
}

/// The message `id` as a text node.
fn msg(id: &str) -> Html {
    s(crate::i18n::t(id))
}

/// A table's column headings: a message id (`m-…`) in the page's language, anything else (a
/// symbol such as `cap_s`, a year) as given.
fn heads(ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            if id.starts_with("m-") {
                crate::i18n::t(id)
            } else {
                id.to_string()
            }
        })
        .collect()
}

/// `table` with headings already in the page's language.
fn table_of(
    label: &str,
    id: &'static str,
    caption: Vec<Html>,
    head: &[String],
    rows: Vec<Html>,
) -> Html {
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    table(
        AttrValue::from(crate::i18n::t(label)),
        AttrValue::Static(id),
        caption,
        &head,
        rows,
    )
}

/// A market's short label ("NdPr oxide", "Magnets") in the page's language.
fn market_label(id: MarketId) -> String {
    crate::i18n::t(&format!("m-label-{}", id.key()))
}

/// A dataset figure's unit in the page's language (the units of the scenario keys, plus the
/// dataset's own: share, t/yr, kg/kg, yr); any other unit is shown as written.
fn figure_unit(unit: &str) -> String {
    match unit {
        "share" => crate::i18n::t("m-unit-share"),
        "t/yr" => crate::i18n::t("m-unit-t-yr"),
        "kg/kg" => crate::i18n::t("m-unit-kg-kg"),
        "yr" => crate::i18n::t("m-unit-yr"),
        other => crate::ui::words::unit(other),
    }
}

/// A live figure in tonnes (without the unit): its path in the `report` document and value.
fn live_t(path: &'static str, value: f64) -> Html {
    live_at(path, value, format::thousands(value))
}

fn figure_cell(f: &Figure) -> Html {
    // A calendar year is written without a thousands separator.
    let value = if f.unit == "year" {
        format!("{:.0}", f.value)
    } else {
        format::sig(f.value)
    };
    td(vec![
        s(value),
        el(
            "span",
            attrs!("class" = "conf"),
            vec![s(format!(
                " ({})",
                crate::i18n::t(&format!("confidence-{}", f.confidence.label()))
            ))],
        ),
        source_links(f.source),
    ])
}

fn range3_cells(r: &Range3, out: &mut Vec<Html>) {
    out.extend([
        figure_cell(&r.low),
        figure_cell(&r.central),
        figure_cell(&r.high),
    ]);
}

/// The page's table of contents: (href, message id of its text).
const NAV: [(&str, &str); 9] = [
    ("#calculator", "m-nav-back"),
    ("#m-formulas", "m-nav-formulas"),
    ("#m-assumptions", "m-nav-assumptions"),
    ("#m-view", "m-nav-view"),
    ("#m-backtests", "m-nav-backtests"),
    ("#m-limits", "m-nav-limits"),
    ("#m-translations", "m-translations-title"),
    ("#m-cite", "m-nav-cite"),
    ("#m-changes", "m-nav-changes"),
];

/// The parts before the backtests' draws: the model in plain language (the first screen), the
/// formulas, the assumptions and the viewpoint's figures.
const EARLY_PARTS: usize = 4;
/// Elements and text nodes added to the page per task, at most (a single piece may be larger):
/// at CPU × 4, creating a node through yew costs about 0.2 ms, with the page's diff and layout
/// on top.
const NODES_PER_TASK: usize = 90;

/// How far the page has been built: the parts before `part` are whole; of part `part`, `shown`
/// is `None` until it is built, then the number of its pieces on the page.
#[derive(Clone, Copy, PartialEq, Default, Debug)]
struct Progress {
    part: usize,
    shown: Option<usize>,
}

#[component]
pub fn Methodology(props: &MethodologyProps) -> Html {
    let o = &*props.outcome;
    // The page is a thousand elements and a second 1,000-draw evaluation: it is built in short
    // tasks, so none is long on a slow phone. The heading and the table of contents come in the
    // page's first render; then each part is built in a task of its own (memoised: built
    // once) and added a few dozen elements per task, each section's children keyed, so adding
    // one rewrites nothing before it. The early parts first, then the backtests' draws run, and
    // the parts that need them follow in the same way.
    let progress = use_state(Progress::default);
    // The 2025 licensing backtest is about its own preset, whatever the reader has on screen;
    // its outcome also carries the backtests' ranges, which depend only on the elasticity sets
    // (the page's own evaluation leaves them out), so it takes the reader's sets.
    // Its 400 draws and the episodes' 400 run a few milliseconds per task (`ui::tasks`).
    let licensing = use_state(|| None::<((Elasticity, Elasticity), Rc<Outcome>)>);
    {
        let licensing = licensing.clone();
        use_effect_with(
            (progress.part >= EARLY_PARTS, o.ed, o.es),
            move |&(due, ed, es)| {
                let cancel = Cancel::default();
                if due {
                    let cancel = cancel.clone();
                    spawn_local(async move {
                        let mut s = Scenario::from_query("preset=licensing-apr-2025", &DATASET);
                        (s.ed, s.es) = (ed, es);
                        if let Some(out) = evaluate_in_tasks(s, Options::default(), &cancel).await {
                            licensing.set(Some(((ed, es), out)));
                        }
                    });
                }
                move || cancel.cancel()
            },
        );
    }
    let licensing = licensing
        .as_ref()
        .filter(|(sets, _)| *sets == (o.ed, o.es))
        .map(|(_, out)| out.clone());
    // Derivations and source titles are read from dataset.json (`ui::reference`).
    let reference = use_reference(true);
    let mut nav = Vec::new();
    for (i, (href, id)) in NAV.iter().enumerate() {
        if i > 0 {
            nav.push(t(" · "));
        }
        nav.push(el_dyn(
            "a",
            &["href"],
            vec![AttrValue::Static(href)],
            vec![s(crate::i18n::t(id))],
        ));
    }
    let (outcome, r) = (&props.outcome, &reference);
    let built = |i: usize| progress.part > i || (progress.part == i && progress.shown.is_some());
    let parts = [
        use_part(outcome, r, built(0), |o, _| plain_language(o)),
        use_part(outcome, r, built(1), |o, _| formulas(o)),
        use_part(outcome, r, built(2), assumptions),
        use_part(outcome, r, built(3), view_figures),
        use_late_part(
            outcome,
            r,
            licensing.clone().filter(|_| built(4)),
            |o, l, _| vec![backtests(o, l)],
        ),
        use_late_part(
            outcome,
            r,
            licensing.clone().filter(|_| built(5)),
            |o, _, _| vec![deviations(o), limits(), privacy()],
        ),
        use_late_part(
            outcome,
            r,
            licensing.clone().filter(|_| built(6)),
            |o, _, r| vec![translations(), cite(o, r), changes()],
        ),
    ];
    // The next step, one per task: build the next part (a late one once the backtests are in),
    // then add its pieces.
    let next = parts.get(progress.part).and_then(|part| {
        match (progress.shown, part.as_ref()) {
            (None, _) if progress.part < EARLY_PARTS || licensing.is_some() => Some(Progress {
                part: progress.part,
                shown: Some(0),
            }),
            (Some(shown), Some(part)) => Some(match part.next(shown) {
                Some(more) => Progress {
                    part: progress.part,
                    shown: Some(more),
                },
                None => Progress {
                    part: progress.part + 1,
                    shown: None,
                },
            }),
            // Waiting for the backtests' draws.
            _ => None,
        }
    });
    {
        let progress = progress.clone();
        use_effect_with(next, move |next| {
            let timer = next.map(|next| Timeout::new(0, move || progress.set(next)));
            move || drop(timer)
        });
    }
    // Busy until the backtests are in and every part is on the page.
    let whole = licensing.is_some() && progress.part >= parts.len();
    let mut children = vec![title(), p(nav)];
    for (i, part) in parts.iter().enumerate() {
        let Some(part) = part.as_ref() else { continue };
        if i < progress.part {
            children.extend(part.sections.iter().cloned());
        } else if i == progress.part {
            part.shown(progress.shown.unwrap_or(0), &mut children);
        }
    }
    article(!whole, children)
}

/// A part of the page (one or more sections), built and cut into pieces that are added to the
/// page one task after another: each section's children, each keyed by its position.
#[derive(PartialEq)]
struct Part {
    sections: Vec<Html>,
    /// After each piece: (its section, that section's children up to it or `None` for the
    /// whole section, nodes in the part up to it).
    cuts: Vec<(usize, Option<usize>, usize)>,
}

impl Part {
    fn new(mut sections: Vec<Html>) -> Part {
        let mut cuts = Vec::new();
        let mut nodes = 0;
        for (i, section) in sections.iter_mut().enumerate() {
            if let Some(children) = keyed_children(section) {
                // The section's own element comes with its first child.
                nodes += 1;
                for (c, child) in children.iter().enumerate() {
                    nodes += count_nodes(child);
                    cuts.push((i, Some(c + 1), nodes));
                }
            } else {
                nodes += count_nodes(section);
                cuts.push((i, None, nodes));
            }
        }
        Part { sections, cuts }
    }

    /// The number of pieces on the page after the next task (`None` once all are on it), when
    /// `shown` are now: at least one more, and more while they stay within `NODES_PER_TASK`.
    fn next(&self, shown: usize) -> Option<usize> {
        if shown >= self.cuts.len() {
            return None;
        }
        let before = shown.checked_sub(1).map_or(0, |k| self.cuts[k].2);
        let more = self.cuts[shown + 1..]
            .iter()
            .take_while(|(_, _, nodes)| nodes - before <= NODES_PER_TASK)
            .count();
        Some(shown + 1 + more)
    }

    /// The first `shown` pieces, appended to `out`.
    fn shown(&self, shown: usize, out: &mut Vec<Html>) {
        let shown = shown.min(self.cuts.len());
        let Some(&(last, children, _)) = shown.checked_sub(1).and_then(|k| self.cuts.get(k)) else {
            return;
        };
        out.extend(self.sections[..last].iter().cloned());
        let mut section = self.sections[last].clone();
        if let (Some(n), Html::VTag(tag)) = (children, &mut section) {
            if let Some(list) = Rc::make_mut(tag).children_mut() {
                list.to_vlist_mut().truncate(n);
            }
        }
        out.push(section);
    }
}

/// The children of `section`, each keyed by its position, if they are all elements (a key
/// needs one); `None` leaves the section whole.
fn keyed_children(section: &mut Html) -> Option<&[Html]> {
    let Html::VTag(tag) = section else {
        return None;
    };
    let list = Rc::make_mut(tag).children_mut()?.to_vlist_mut();
    if !list.iter().all(|c| matches!(c, Html::VTag(_))) {
        return None;
    }
    for (i, child) in list.iter_mut().enumerate() {
        if let Html::VTag(tag) = child {
            Rc::make_mut(tag).key = u32::try_from(i).ok().map(Into::into);
        }
    }
    list.recheck_fully_keyed();
    Some(&list[..])
}

/// Elements and text nodes in `node`.
fn count_nodes(node: &Html) -> usize {
    match node {
        Html::VTag(tag) => 1 + tag.children().map_or(0, count_nodes),
        Html::VList(list) => list.iter().map(count_nodes).sum(),
        _ => 1,
    }
}

/// A part of the page, built once it is `due` and again only when the outcome or the reference
/// text changes.
#[hook]
fn use_part(
    outcome: &Rc<Outcome>,
    reference: &Reference,
    due: bool,
    build: fn(&Outcome, &Reference) -> Html,
) -> Rc<Option<Part>> {
    use_memo(
        (outcome.clone(), reference.clone(), due),
        move |(o, r, due)| due.then(|| Part::new(vec![build(o, r)])),
    )
}

/// Parts that need the backtests' outcome (`due` once it is in and their turn has come).
#[hook]
fn use_late_part(
    outcome: &Rc<Outcome>,
    reference: &Reference,
    due: Option<Rc<Outcome>>,
    build: fn(&Outcome, &Outcome, &Reference) -> Vec<Html>,
) -> Rc<Option<Part>> {
    use_memo(
        (outcome.clone(), reference.clone(), due),
        move |(o, r, due)| due.as_ref().map(|l| Part::new(build(o, l, r))),
    )
}

/// The methodology page's `<article>`, headed "Methodology": the page itself, and what stands
/// in its place while its messages load (`methodology_gate`). `busy` while something is pending.
///
/// Its parts are keyed by position: the page only ever adds parts at the end, and yew matches
/// unkeyed children from the end, so without keys each added part rewrote every `<section>`
/// before it into the next one (a layout shift of 0.37 on a wide screen, twice).
pub(crate) fn article(busy: bool, children: Vec<Html>) -> Html {
    let keyed = children
        .into_iter()
        .enumerate()
        .map(|(i, child)| match child {
            Html::VTag(mut tag) => {
                std::rc::Rc::make_mut(&mut tag).key = u32::try_from(i).ok().map(Into::into);
                Html::VTag(tag)
            }
            other => other,
        })
        .collect();
    el_dyn(
        "article",
        &["id", "class", "aria-labelledby", "aria-busy"],
        vec![
            AttrValue::Static("methodology"),
            AttrValue::Static("methodology"),
            AttrValue::Static("methodology-title"),
            AttrValue::from(busy.to_string()),
        ],
        keyed,
    )
}

/// The page's heading.
pub(crate) fn title() -> Html {
    el(
        "h2",
        attrs!("id" = "methodology-title"),
        vec![s(crate::i18n::t("nav-methodology"))],
    )
}

/// The market whose price moves most (highest peak outside China), to illustrate the path.
/// The methodology's sentences built from the scenario's numbers (the plain-language example,
/// who goes short first, the added costs, the choices and deviations with this scenario's
/// figures), for the text goldens.
pub fn prose(o: &Outcome) -> [Html; 4] {
    [
        plain_language(o),
        formulas::survive_paragraph(o),
        formulas::exposure_paragraph(o),
        deviations(o),
    ]
}

/// The backtests section as the page builds it from the page's outcome `o` and the licensing
/// preset's evaluated with its backtests' draws (`licensing`), for the text goldens.
pub fn backtest_prose(o: &Outcome, licensing: &Outcome) -> Html {
    backtests(o, licensing)
}

fn most_moved(o: &Outcome) -> &MarketOutcome {
    MarketId::ALL
        .iter()
        .map(|id| o.markets.get(*id))
        .max_by(|a, b| a.peak.central.total_cmp(&b.peak.central))
        .unwrap_or(&o.markets.magnet)
}

/// A live multiplier that reads "at least ×B" where the backstop binds.
fn live_mult(path: String, v: f64, m: &MarketOutcome) -> Html {
    live(
        path,
        v,
        format::multiplier_capped(v, m.inputs.backstop, m.at_backstop),
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::assumptions::{conversion_figures, default_figures};
    use super::*;

    /// A section of `rows` paragraphs of `words` text nodes each, after a heading.
    fn section_of(rows: usize, words: usize) -> Html {
        let mut children = vec![h4("m-f-year-title")];
        children.extend((0..rows).map(|_| p((0..words).map(|_| t("x")).collect())));
        section("m-formulas", children)
    }

    /// The part's pieces, task after task, end with the whole part on the page; each task adds
    /// at most `NODES_PER_TASK` nodes unless one piece alone is larger; the sections before the
    /// last one shown are whole, and each section's children are keyed.
    #[test]
    fn a_part_comes_in_small_pieces_and_ends_whole() {
        let whole = vec![section_of(30, 5), section_of(1, 200), section_of(3, 2)];
        let part = Part::new(whole.clone());
        let nodes = |shown: usize| {
            let mut out = Vec::new();
            part.shown(shown, &mut out);
            (out.iter().map(count_nodes).sum::<usize>(), out)
        };
        let (mut shown, mut tasks) = (0, 0);
        while let Some(next) = part.next(shown) {
            assert!(next > shown);
            let added = nodes(next).0 - nodes(shown).0;
            assert!(
                added <= NODES_PER_TASK || next == shown + 1,
                "{added} nodes at once"
            );
            shown = next;
            tasks += 1;
        }
        // 30 paragraphs of 6 nodes, one of 201, three of 3, three sections and three headings.
        assert_eq!(nodes(shown).0, 180 + 201 + 9 + 3 + 6);
        assert!((5..=12).contains(&tasks), "{tasks} tasks");
        let (_, out) = nodes(shown);
        assert_eq!(out.len(), 3);
        for (shown, whole) in out.iter().zip(&whole) {
            assert_eq!(count_nodes(shown), count_nodes(whole));
            let Html::VTag(tag) = shown else {
                panic!("a section is an element")
            };
            let children = tag.children().map(|c| match c {
                Html::VList(list) => list.iter().map(|c| c.key().cloned()).collect::<Vec<_>>(),
                _ => Vec::new(),
            });
            let keys: Vec<_> = (0..children.as_ref().map_or(0, Vec::len))
                .map(|i| u32::try_from(i).ok().map(Into::into))
                .collect();
            assert_eq!(children, Some(keys));
        }
        // Part way: the first section whole, the second cut, the third not yet there.
        let first = part.cuts.iter().position(|c| c.0 == 1).map_or(0, |k| k + 1);
        let (_, out) = nodes(first);
        assert_eq!(out.len(), 2);
        assert_eq!(count_nodes(&out[0]), count_nodes(&whole[0]));
        assert_eq!(count_nodes(&out[1]), 1 + 2);
    }

    /// The page looks derivations up in dataset.json by path (`ui::reference`): every path it
    /// uses must lead to that figure's derivation in the document.
    #[test]
    fn every_listed_figure_path_leads_to_its_derivation_in_the_document() {
        let doc: serde_json::Value =
            match serde_json::from_str(&crate::data::document::dataset_json()) {
                Ok(v) => v,
                Err(e) => panic!("dataset.json is not JSON: {e}"),
            };
        let lookup = |path: &str| {
            let mut v = &doc["dataset"];
            for key in path.split('.') {
                v = match key.parse::<usize>() {
                    Ok(i) => &v[i],
                    Err(_) => &v[key],
                };
            }
            v["derivation"].as_str().map(str::to_string)
        };
        let mut listed: Vec<(String, &Figure)> = conversion_figures()
            .iter()
            .chain(default_figures().iter())
            .map(|(_, path, f)| (path.to_string(), *f))
            .collect();
        listed.extend(
            DATASET
                .markets
                .iter()
                .enumerate()
                .map(|(i, m)| (format!("markets.{i}.export_tolerance"), &m.export_tolerance)),
        );
        assert_eq!(listed.len(), 25);
        for (path, f) in listed {
            assert_eq!(lookup(&path).as_deref(), Some(f.derivation), "{path}");
        }
    }
}

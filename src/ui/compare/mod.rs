//! Compare two scenarios: "Compare with…" pins the scenario on screen (or a preset, or normal
//! trade) as A; the reader changes B. The table lists every headline for A, B and B − A. A
//! lives in the link as `compare=<its own query>` (state.rs), so a shared link or an embed
//! shows the same comparison.

use crate::data::DATASET;
use crate::i18n::{t, tr};
use crate::model::{Outcome, Scenario};
use crate::ui::state::Compared;
use crate::ui::words::{preset_name, slotted};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

mod rows;
use rows::{compared, path_in, ROWS};

/// The headline cards that show A when comparing, in the page's order.
pub const CARDS: [&str; 7] = [
    "time",
    "ndpr",
    "dy",
    "tb",
    "magnet",
    "dependency",
    "capacity",
];

/// One line of a card when comparing: what the card calls the figure, A's value and B − A.
#[derive(Debug, Clone, PartialEq)]
pub struct CardLine {
    pub short: String,
    /// A's value, and its path in the report under `compare.` (the page's `data-metric`);
    /// `a_has` is false where A, a 2009 replay, has no such figure (then it carries no metric).
    pub a_value: Option<f64>,
    pub a_has: bool,
    pub a_path: String,
    pub a_text: String,
    pub change: String,
}

/// The lines of a headline card (`time`, `ndpr`, `dy`, `tb`, `magnet`, `dependency`,
/// `capacity`) when the page compares B with A.
pub fn card_lines(card: &str, a: &Outcome, b: &Outcome) -> Vec<CardLine> {
    ROWS.iter()
        .filter(|r| r.card == card)
        .map(|r| {
            let (a_value, [a_text, _, change]) = compared(r, a, b);
            CardLine {
                short: t(&format!("cmp-{}-short", r.id)),
                a_value,
                a_has: r.has(a),
                a_path: format!("compare.{}", path_in(r, a)),
                a_text,
                change,
            }
        })
        .collect()
}

/// A card's comparison in one sentence (the goldens read it): "A, Normal trade: 12-month
/// average: ×1.0 (B − A: ×9.6 of A); peak: ×1.0 (B − A: ×10 of A)".
pub fn card_sentence(card: &str, a_name: &str, a: &Outcome, b: &Outcome) -> String {
    let parts: Vec<String> = card_lines(card, a, b)
        .into_iter()
        .map(|l| {
            tr(
                "cmp-card-part",
                &[
                    ("short", l.short.into()),
                    ("value", l.a_text.into()),
                    ("change", l.change.into()),
                ],
            )
        })
        .collect();
    tr(
        "cmp-card-line",
        &[
            ("name", a_name.into()),
            ("parts", parts.join(&t("cmp-separator")).into()),
        ],
    )
    .replace('\u{a0}', " ")
}

/// A card's comparison lines, each A figure marked with its report path (`compare.…`).
pub fn card_compare(card: &str, a: Option<&Compared>, b: &Outcome) -> Html {
    let Some(a) = a else {
        return html! {};
    };
    let name = name_of(&a.scenario);
    html! {
        <p class="sub compare-a">
            <span class="compare-tag">{ tr("cmp-card-tag", &[("name", name.into())]) }</span>
            { for card_lines(card, &a.outcome, b).into_iter().enumerate().map(|(i, l)| html! { <>
                if i > 0 { { t("cmp-separator") } }
                { slotted("cmp-card-part", &[("short", l.short.into())], vec![
                    ("value", if l.a_has {
                        html! { <span data-metric={l.a_path} data-value={l.a_value.map_or_else(|| "null".into(), |v| format!("{v:?}"))}>{ l.a_text }</span> }
                    } else {
                        html! { <span>{ l.a_text }</span> }
                    }),
                    ("change", html! { <strong>{ l.change }</strong> }),
                ]) }
            </> }) }
        </p>
    }
}

/// A scenario's name on the page: its preset's, or "your pinned scenario".
pub fn name_of(s: &Scenario) -> String {
    thread_local! {
        /// The last name given, with its scenario and language: a page renders A's name in
        /// five places on every slider move, and A stays put while B moves (telling a preset
        /// from a changed one parses the preset's link).
        static LAST: std::cell::RefCell<Option<(Scenario, crate::i18n::Lang, String)>> =
            const { std::cell::RefCell::new(None) };
    }
    let lang = crate::i18n::current();
    if let Some(name) = LAST.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(last, l, _)| last == s && *l == lang)
            .map(|(_, _, name)| name.clone())
    }) {
        return name;
    }
    let name = name_uncached(s);
    LAST.with(|l| *l.borrow_mut() = Some((s.clone(), lang, name.clone())));
    name
}

fn name_uncached(s: &Scenario) -> String {
    match s.preset.as_deref().and_then(|id| DATASET.preset(id)) {
        Some(p) if *s == Scenario::from_query(&format!("preset={}", p.id), &DATASET) => {
            preset_name(p)
        }
        Some(p) => tr("cmp-changed", &[("name", preset_name(p).into())]),
        None if *s == Scenario::default_for(&DATASET) => t("cmp-normal"),
        None => t("cmp-pinned"),
    }
}

/// A scenario's name in the downloads and `report`, which stay in English whatever the
/// page's language (the JSON is byte for byte `report`'s).
pub fn english_name_of(s: &Scenario) -> String {
    match s.preset.as_deref().and_then(|id| DATASET.preset(id)) {
        Some(p) if *s == Scenario::from_query(&format!("preset={}", p.id), &DATASET) => {
            p.name.to_string()
        }
        Some(p) => format!("{}, changed", p.name),
        None if *s == Scenario::default_for(&DATASET) => "Normal trade".into(),
        None => "Your pinned scenario".into(),
    }
}

/// The rows of the table as text: label, A, B, B − A (also what the tests read).
pub fn rows(a: &Outcome, b: &Outcome) -> Vec<[String; 4]> {
    ROWS.iter()
        .map(|r| {
            let (_, [x, y, d]) = compared(r, a, b);
            [t(&format!("cmp-{}", r.id)), x, y, d]
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub b: std::rc::Rc<Outcome>,
    pub scenario: Scenario,
    pub compare: Option<Compared>,
    /// A scenario query to compare with, or `None` to stop.
    pub on_compare: Callback<Option<String>>,
    /// In an embed the comparison is shown but not changed.
    #[prop_or_default]
    pub embedded: bool,
}

/// The table's caption; where A and B are seen from different viewpoints it says so (the
/// viewpoint's own time to survive then compares two viewpoints).
fn caption(a_name: &str, a: &Scenario, b: &Scenario) -> String {
    let mut out = tr("cmp-caption", &[("name", a_name.into())]);
    if a.view != b.view {
        out.push_str(&tr(
            "cmp-caption-views",
            &[
                ("a", crate::ui::summary::viewpoint_phrase(a.view).into()),
                ("b", crate::ui::summary::viewpoint_phrase(b.view).into()),
            ],
        ));
    }
    out
}

/// The picker's option for A: `""` (nothing), `normal`, a preset's id when A is that preset
/// unchanged, else `pinned` (a scenario the reader pinned, or a preset changed).
pub fn picked(a: Option<&Scenario>) -> String {
    match a {
        None => String::new(),
        Some(s) if *s == Scenario::default_for(&DATASET) => "normal".into(),
        Some(s) => match s.preset.as_deref().and_then(|id| DATASET.preset(id)) {
            Some(p) if *s == Scenario::from_query(&format!("preset={}", p.id), &DATASET) => {
                p.id.to_string()
            }
            _ => "pinned".into(),
        },
    }
}

/// The "Compare with…" picker (showing which A is selected) and, when comparing, the table.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let a_query = props
        .compare
        .as_ref()
        .map(|a| a.scenario.to_query(&DATASET));
    let onchange = {
        let (on_compare, current) = (props.on_compare.clone(), props.scenario.to_query(&DATASET));
        let a_query = a_query.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            let v = sel.value();
            on_compare.emit(match v.as_str() {
                "" => None,
                "this" => Some(current.clone()),
                "pinned" => a_query.clone(),
                "normal" => Some(String::new()),
                id => Some(format!("preset={id}")),
            });
        })
    };
    let picked = picked(props.compare.as_ref().map(|a| &a.scenario));
    let picker = html! {
        <div class="compare-picker">
            <label for="compare-with">{ t("cmp-with") }</label>{ " " }
            <select id="compare-with" {onchange}>
                <option value="" selected={picked.is_empty()}>{ t("cmp-nothing") }</option>
                if picked == "pinned" {
                    if let Some(a) = &props.compare {
                        <option value="pinned" selected=true>{ tr("cmp-pinned-option", &[("name", name_of(&a.scenario).into())]) }</option>
                    }
                }
                <option value="this" selected=false>{ t("cmp-this") }</option>
                <option value="normal" selected={picked == "normal"}>{ t("cmp-normal") }</option>
                { for DATASET.presets.iter().map(|p| html! {
                    <option value={p.id} selected={picked == p.id}>{ preset_name(p) }</option>
                }) }
            </select>
        </div>
    };
    let picker = if props.embedded {
        html! {}
    } else {
        picker
    };
    let Some(a) = &props.compare else {
        return html! { <div class="compare" id="compare">{ picker }</div> };
    };
    let a_name = name_of(&a.scenario);
    let value = |v: Option<f64>| v.map_or_else(|| "null".into(), |v| format!("{v:?}"));
    html! {
        <div class="compare" id="compare">
            { picker }
            // Scrolls sideways on its own when the words do not fit (German is 500 px wide, a
            // phone 328), as the charts' tables do, so the page itself never does.
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="compare-caption">
            <table class="data" id="compare-table">
                <caption id="compare-caption">{ caption(&a_name, &a.scenario, &props.scenario) }</caption>
                <thead><tr>
                    <th scope="col">{ t("cmp-col-headline") }</th>
                    <th scope="col">{ "A" }</th>
                    <th scope="col">{ "B" }</th>
                    <th scope="col">{ "B − A" }</th>
                </tr></thead>
                <tbody>
                    { for ROWS.iter().map(|r| {
                        let (va, [x, y, d]) = compared(r, &a.outcome, &props.b);
                        // A figure a 2009 replay does not have is words, not a metric.
                        let cell = |o: &Outcome, path: String, v: Option<f64>, text: String| if r.has(o) {
                            html! { <span data-metric={path} data-value={value(v)}>{ text }</span> }
                        } else {
                            html! { <span>{ text }</span> }
                        };
                        html! {
                            <tr><th scope="row">{ t(&format!("cmp-{}", r.id)) }</th>
                                <td>{ cell(&a.outcome, format!("compare.{}", path_in(r, &a.outcome)), va, x) }</td>
                                <td>{ cell(&props.b, path_in(r, &props.b), (r.value)(&props.b), y) }</td>
                                <td>{ d }</td></tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
            <p class="hint">{ t("cmp-hint") }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::ui::format;
    use crate::ui::test_support::central_outcome as outcome;

    /// A time on one side only, under restrictions on both: the other side is beyond the
    /// 36-month path, so the change is at least the rest of the path; against normal trade
    /// ("no restriction") there is no change to tell.
    #[test]
    fn a_time_beyond_the_path_is_a_change_of_at_least_the_rest_of_it() {
        let embargo = outcome("preset=embargo-now");
        let licensing = outcome("preset=licensing-apr-2025");
        let Some(x) = embargo.time_to_survive_months.central else {
            panic!("stocks run out within the path under the embargo");
        };
        assert_eq!(licensing.time_to_survive_months.central, None);
        let change = |a, b| {
            card_lines("time", a, b)
                .into_iter()
                .next()
                .map(|l| l.change)
                .unwrap_or_default()
        };
        let rest = format::one_decimal(36.0 - x);
        assert_eq!(
            change(&embargo, &licensing),
            format!("+{rest} months or more")
        );
        assert_eq!(
            change(&licensing, &embargo),
            format!("−{rest} months or more")
        );
        let (normal, calm) = (outcome(""), outcome("preset=baseline-2024"));
        assert_eq!(change(&normal, &embargo), "–");
        // Neither has a time, for opposite reasons: no restriction, and stocks that last.
        assert_eq!(change(&normal, &licensing), "–");
        // Neither restricted: the same "no restriction" on both sides.
        assert_eq!(change(&normal, &calm), "no change");
    }

    #[test]
    fn the_table_reads_a_and_b_and_their_change() {
        let (a, b) = (outcome(""), outcome("preset=embargo-now"));
        let r = rows(&a, &b);
        assert_eq!(r.len(), ROWS.len());
        assert_eq!(r[0][1], "×1.0");
        assert_eq!(
            r[0][2],
            format!(
                "at least {}",
                format::multiplier(b.markets.magnet.multiplier.central)
            )
        );
        // Against itself every row reads "no change", but a price at the backstop, whose
        // figures are floors: between two floors there is no change to tell.
        for row in rows(&b, &b) {
            let floor = row[2].starts_with("at least");
            let want = if floor {
                "both at the backstop"
            } else {
                "no change"
            };
            assert_eq!(row[3], want, "{row:?}");
        }
        // B at the backstop: its price and its change are floors.
        assert!(b.markets.magnet.at_backstop);
        assert!(r[0][2].starts_with("at least ×"), "{:?}", r[0]);
        assert!(r[0][3].starts_with("at least ×"), "{:?}", r[0]);
        assert_eq!(
            rows(&b, &a)[0][3].split(' ').take(2).collect::<Vec<_>>(),
            ["at", "most"]
        );
        assert_eq!(name_of(&Scenario::default_for(&DATASET)), "Normal trade");
        assert_eq!(
            name_of(&Scenario::from_query("preset=embargo-now", &DATASET)),
            DATASET
                .preset("embargo-now")
                .map(|p| p.name.to_string())
                .unwrap_or_default()
        );
    }

    #[test]
    fn the_caption_says_when_a_and_b_are_seen_from_different_viewpoints() {
        let s = |q: &str| Scenario::from_query(q, &DATASET);
        let same = caption(
            "Normal trade",
            &s("view=eu"),
            &s("preset=embargo-now&view=eu"),
        );
        assert_eq!(
            same,
            "A: Normal trade · B: the scenario set on this page · B − A"
        );
        let other = caption("Normal trade", &s("view=japan"), &s("preset=embargo-now"));
        assert!(
            other.ends_with(" · A is seen from Japan, B from the United States"),
            "{other}"
        );
    }

    #[test]
    fn the_picker_shows_which_a_is_selected() {
        let s = |q: &str| Scenario::from_query(q, &DATASET);
        assert_eq!(picked(None), "");
        assert_eq!(picked(Some(&s(""))), "normal");
        assert_eq!(picked(Some(&s("preset=embargo-now"))), "embargo-now");
        assert_eq!(picked(Some(&s("preset=embargo-now&months=6"))), "pinned");
        assert_eq!(picked(Some(&s("quota_magnet=30"))), "pinned");
    }

    /// Every card line's A figure sits at its path under `compare` in the JSON download (and
    /// `report`), and every card but the cost table's has lines.
    #[test]
    fn card_lines_name_where_a_is_in_the_report() {
        use crate::ui::export::SideA;
        let (a, b) = (
            outcome("preset=licensing-apr-2025&view=japan"),
            outcome("preset=embargo-now"),
        );
        let sa = Scenario::from_query("preset=licensing-apr-2025&view=japan", &DATASET);
        let side = SideA::new(&sa, &a);
        // A as it is written under `compare` (no parsing: serde_json's reader rounds).
        let doc = serde_json::json!({ "compare": serde_json::to_value(&side).unwrap_or_default() });
        for card in CARDS {
            let lines = card_lines(card, &a, &b);
            assert!(!lines.is_empty(), "{card}");
            for l in lines {
                let at = l
                    .a_path
                    .split('.')
                    .fold(&doc, |v, k| match k.parse::<usize>() {
                        Ok(i) => &v[i],
                        Err(_) => &v[k],
                    });
                assert_eq!(at.as_f64(), l.a_value, "{card}: {}", l.a_path);
            }
        }
        let s = card_sentence("magnet", "Normal trade", &outcome(""), &b);
        assert!(
            s.starts_with("A, Normal trade: 12-month average: ×1.0 (B − A: at least ×"),
            "{s}"
        );
    }
}

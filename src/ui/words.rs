//! The model's and the dataset's names in the page's language: a key's label and unit, a
//! viewpoint, a preset's name and note. The model keeps its English (the `report` tool, the
//! downloads' keys); the page looks the same words up in the catalogue by a stable id.

use crate::data::{Preset, Stage, Viewpoint};
use crate::i18n::{t, tr, Arg};
use crate::model::ScenarioKey;
use yew::prelude::*;

/// A control's label: `key-<url name>`.
pub fn key_label(key: ScenarioKey) -> String {
    t(&format!("key-{}", key.name()))
}

/// A key's unit (the model's English unit string) in the page's language.
pub fn unit(english: &str) -> String {
    let id = match english {
        "% of normal" => "unit-pct-normal",
        "t/yr NdPr oxide eq." => "unit-t-ndpr",
        "t/yr NdFeB" => "unit-t-ndfeb",
        "months of demand" => "unit-months-demand",
        "months of China's demand" => "unit-months-china",
        "year" => "unit-year",
        "years" => "unit-years",
        "%" => "unit-pct",
        "%/yr" => "unit-pct-yr",
        "months" => "unit-months",
        "month" => "unit-month",
        other => return other.to_string(),
    };
    t(id)
}

/// A viewpoint's name as a control shows it ("United States").
pub fn viewpoint_name(v: Viewpoint) -> String {
    t(&format!("view-{}", v.key()))
}

/// A preset's name.
pub fn preset_name(p: &Preset) -> String {
    t(&format!("preset-{}", p.id))
}

/// A preset's note (what happened, with its figures).
pub fn preset_note(p: &Preset) -> String {
    t(&format!("preset-{}-note", p.id))
}

/// A product's name as a sentence says it ("direct-drive wind turbine", "F-35 fighter"):
/// `product-<id>`.
pub fn product_name(id: &str) -> String {
    t(&format!("product-{id}"))
}

/// A product's name where it begins a label (data/products.csv's name in English).
pub fn product_label(id: &str) -> String {
    crate::i18n::case::upper_first(&product_name(id))
}

/// What a product's figures are per ("per vehicle"): `product-<id>-per`.
pub fn product_per(id: &str) -> String {
    t(&format!("product-{id}-per"))
}

/// A stage as the URL and the sources' table name it ("mining", "magnet").
pub fn stage_key_word(s: Stage) -> String {
    t(&format!("stage-key-{}", s.key()))
}

/// The message id of one of the dataset's own words: `<kind>-<the word in lower case, other
/// characters as hyphens>`.
fn data_word_id(kind: &str, english: &str) -> String {
    let slug: String = english
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("{kind}-{slug}")
}

/// One of the dataset's own words (a country, a project's status) in the page's language:
/// `<kind>-<the word in lower case, spaces as hyphens>`; a word the catalogue lacks stays as
/// the dataset writes it.
pub fn data_word(kind: &str, english: &str) -> String {
    let id = data_word_id(kind, english);
    match t(&id) {
        found if found == id => english.to_string(),
        found => found,
    }
}

/// Private-use characters that stand in for the `slots` of [`slotted`] while the message is
/// formatted (no message or number contains them).
const SLOT: u32 = 0xE000;

/// Message `id` with `args`, some of its variables filled with markup: each `(name, html)` of
/// `slots` goes where the message puts `{ $name }` (a language may move it), the text around
/// it stays text.
pub fn slotted(id: &str, args: &[Arg<'_>], slots: Vec<(&str, Html)>) -> Html {
    let marks: Vec<String> = (0..slots.len())
        .map(|i| {
            char::from_u32(SLOT + i as u32)
                .map(String::from)
                .unwrap_or_default()
        })
        .collect();
    let mut all: Vec<Arg<'_>> = args.to_vec();
    all.extend(
        slots
            .iter()
            .zip(&marks)
            .map(|((name, _), m)| (*name, m.as_str().into())),
    );
    let text = tr(id, &all);
    let mut slots: Vec<Option<Html>> = slots.into_iter().map(|(_, h)| Some(h)).collect();
    let mut out: Vec<Html> = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        let i = (c as u32).wrapping_sub(SLOT) as usize;
        match slots.get_mut(i).and_then(Option::take) {
            Some(h) => {
                if !run.is_empty() {
                    out.push(html! { { std::mem::take(&mut run) } });
                }
                out.push(h);
            }
            None => run.push(c),
        }
    }
    if !run.is_empty() {
        out.push(html! { { run } });
    }
    html! { <>{ for out }</> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    /// The catalogue has every id these functions build, and English reads as the model does.
    #[test]
    fn english_words_match_the_model_and_the_dataset() {
        for k in ScenarioKey::ALL {
            assert_eq!(key_label(k), k.label(), "{k}");
            if let Some(n) = k.number() {
                assert_eq!(unit(n.unit), n.unit, "{k}");
            }
        }
        for v in Viewpoint::ALL {
            assert_eq!(viewpoint_name(v), v.name());
        }
        assert_eq!(t("credit"), DATASET.credit);
        for p in DATASET.products {
            assert_eq!(product_label(p.id), p.name, "{}", p.id);
            assert_eq!(product_per(p.id), p.per, "{}", p.id);
        }
        for p in DATASET.presets {
            assert_eq!(preset_name(p), p.name, "{}", p.id);
            assert_eq!(preset_note(p), p.note, "{}", p.id);
        }
    }

    /// Every country and status of the projects has a message (a missing one would show the
    /// dataset's English in every language), and English reads as the dataset does.
    #[test]
    fn the_datasets_own_words_are_in_the_catalogue() {
        for p in DATASET.projects {
            for (kind, word) in [("country", p.country), ("status", p.status)] {
                assert_eq!(data_word(kind, word), word, "{}", p.id);
                let id = data_word_id(kind, word);
                assert_ne!(t(&id), id, "{}: no message {id}", p.id);
            }
            assert_eq!(stage_key_word(p.stage), p.stage.key(), "{}", p.id);
        }
    }

    /// Markup goes where the message puts its variable, the text around it stays.
    #[test]
    fn slotted_puts_markup_where_the_message_says() {
        let html = slotted(
            "card-peak",
            &[],
            vec![
                ("peak", html! { <b>{ "×2.0" }</b> }),
                ("month", html! { <i>{ "May 2025" }</i> }),
            ],
        );
        let Html::VList(list) = html else {
            panic!("a list")
        };
        let shown: Vec<String> = list
            .iter()
            .map(|n| match n {
                Html::VText(t) => format!("text:{}", t.text),
                Html::VTag(t) => format!("tag:{}", t.tag()),
                _ => "other".into(),
            })
            .collect();
        assert_eq!(shown, ["text:Peak ", "tag:b", "text: in ", "tag:i"]);
    }
}

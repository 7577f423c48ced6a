//! The model's and the dataset's names in the page's language: a key's label and unit, a
//! viewpoint, a preset's name and note. The model keeps its English (the `report` tool, the
//! downloads' keys); the page looks the same words up in the catalogue by a stable id.

use crate::data::{Preset, Viewpoint};
use crate::i18n::t;
use crate::model::ScenarioKey;

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

/// A product's name (data/products.csv): `product-<id>`.
pub fn product_name(id: &str) -> String {
    t(&format!("product-{id}"))
}

/// What a product's figures are per ("per vehicle"): `product-<id>-per`.
pub fn product_per(id: &str) -> String {
    t(&format!("product-{id}-per"))
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
            assert_eq!(product_name(p.id), p.name, "{}", p.id);
            assert_eq!(product_per(p.id), p.per, "{}", p.id);
        }
        for p in DATASET.presets {
            assert_eq!(preset_name(p), p.name, "{}", p.id);
            assert_eq!(preset_note(p), p.note, "{}", p.id);
        }
    }
}

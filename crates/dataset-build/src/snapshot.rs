//! The 2009 snapshot (MODEL.md §8, the `quota-2010` replay), typed.
//!
//! Its keys are listed once, in the two `snapshot_fields!` declarations below: each field is a
//! key of `baseline.csv` (`snapshot_2009.<field>`, `snapshot_2009.<market>.<field>`) with its
//! unit, the year it must describe and whether it must be positive, and the field of
//! `data::Snapshot2009` / `data::SnapshotMarket` it fills. The schema ([`crate::schema`]), the
//! checks (`load/cross.rs`) and the emitter ([`crate::emit`]) all read these declarations.

use crate::schema::{KeySpec, YearRule};
use crate::Fig;
use std::collections::BTreeMap;

/// The markets the 2009 snapshot has one of each (`snapshot_2009.<market>.*`), in the order of
/// `data::Snapshot2009`'s fields.
pub const MARKETS: [&str; 2] = ["ndpr", "dy"];

/// One key of the snapshot, as declared.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The field name, and the last part of the key.
    pub name: &'static str,
    pub unit: &'static str,
    pub year: YearRule,
    /// The snapshot is incomplete when this field is zero or negative.
    pub positive: bool,
}

/// Declares a struct of figures and its key list from one table of `field: unit, year, positive`.
macro_rules! snapshot_fields {
    ($(#[$doc:meta])* $name:ident { $($field:ident: $unit:literal, $year:expr, $positive:literal;)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name {
            $(pub $field: Fig,)*
        }

        impl $name {
            /// Every field, in declaration order (the order `data::` declares them).
            pub const FIELDS: &'static [Field] = &[
                $(Field { name: stringify!($field), unit: $unit, year: $year, positive: $positive },)*
            ];

            /// Reads every field from `figures` under `prefix.<field>`; `None` if one is missing.
            fn read(figures: &BTreeMap<String, Fig>, prefix: &str) -> Option<Self> {
                let get = |f: &str| figures.get(&format!("{prefix}.{f}")).cloned();
                Some($name { $($field: get(stringify!($field))?,)* })
            }

            /// Every field's name and figure, in declaration order.
            pub fn figures(&self) -> Vec<(&'static str, &Fig)> {
                vec![$((stringify!($field), &self.$field),)*]
            }
        }
    };
}

snapshot_fields! {
    /// The world totals of 2009 (`snapshot_2009.<field>`).
    Totals {
        world_production: "t REO", YearRule::Exactly(2009), true;
        china_production: "t REO", YearRule::Exactly(2009), true;
        non_china_supply: "t REO", YearRule::Exactly(2009), true;
        non_china_capacity: "t REO", YearRule::Exactly(2009), true;
        china_consumption: "t REO", YearRule::Exactly(2009), true;
        exports: "t REO", YearRule::Exactly(2009), true;
        demand: "t REO", YearRule::Exactly(2009), true;
        quota_2010: "t REO", YearRule::Exactly(2010), true;
        production_quota_2011: "t REO", YearRule::Exactly(2011), true;
        export_tolerance: "share", YearRule::Any, false;
    }
}

snapshot_fields! {
    /// One market of 2009 (`snapshot_2009.<market>.<field>`).
    Market {
        demand: "t", YearRule::Exactly(2009), true;
        non_china_supply: "t", YearRule::Exactly(2009), false;
        non_china_capacity: "t/yr", YearRule::Exactly(2009), false;
        china_production: "t", YearRule::Exactly(2009), true;
        china_consumption: "t", YearRule::Exactly(2009), true;
        exports: "t", YearRule::Exactly(2009), true;
        price: "USD/kg", YearRule::Exactly(2009), true;
    }
}

/// The 2009 snapshot as read from `baseline.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot2009 {
    pub totals: Totals,
    /// One per [`MARKETS`], in that order.
    pub markets: Vec<(&'static str, Market)>,
}

impl Snapshot2009 {
    /// Reads the snapshot from the keyed figures of `baseline.csv`; `None` when a key is missing
    /// (already reported as a missing key).
    pub fn read(figures: &BTreeMap<String, Fig>) -> Option<Self> {
        let totals = Totals::read(figures, "snapshot_2009")?;
        let markets = MARKETS
            .iter()
            .map(|m| Some((*m, Market::read(figures, &format!("snapshot_2009.{m}"))?)))
            .collect::<Option<Vec<_>>>()?;
        Some(Snapshot2009 { totals, markets })
    }
}

/// The snapshot's keys for `baseline.csv`, all required.
pub fn key_specs() -> Vec<KeySpec> {
    let spec = |key: String, f: &Field| KeySpec {
        key,
        unit: f.unit,
        required: true,
        year: f.year,
    };
    let mut v: Vec<KeySpec> = Totals::FIELDS
        .iter()
        .map(|f| spec(format!("snapshot_2009.{}", f.name), f))
        .collect();
    for m in MARKETS {
        for f in Market::FIELDS {
            v.push(spec(format!("snapshot_2009.{m}.{}", f.name), f));
        }
    }
    v
}

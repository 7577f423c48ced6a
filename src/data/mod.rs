//! The bundled, sourced dataset: types here, values compiled from `data/` by `build.rs`.
//!
//! `DATASET` is generated at build time from the CSV files in `data/` (see `data/README.md`);
//! no parser runs in the browser. Text that no page shows at once is compiled into native builds
//! only and reaches the browser as `dataset.json` ([`document`]).

#[cfg(not(target_arch = "wasm32"))]
pub mod document;
pub mod types;

pub use types::*;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

//! The bundled, sourced dataset: types here, values compiled from `data/` by `build.rs`.

pub mod types;

pub use types::*;

//! rare-earth-risk: an in-browser rare-earth supply-chain risk calculator.
//!
//! Data flows one way: `data/` → [`data`] statics; URL/sliders → [`model::Scenario`] →
//! [`model::evaluate`] → [`model::Outcome`] → [`ui`] views.

pub mod data;
pub mod i18n;
pub mod model;
pub mod ui;

//! Downloads made in the browser (nothing is sent anywhere): the results as CSV and as JSON (the
//! same document the `report` tool prints), and each chart as a PNG that stands on its own.

use crate::model::Outcome;

/// The outcome as pretty JSON: byte for byte what `report '<query>'` prints for the same scenario.
pub fn results_json(o: &Outcome) -> String {
    serde_json::to_string_pretty(o).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

//! The URL adapter: reads the query string once, writes it back with `replaceState` while the
//! reader drags (so the back button stays useful). Fallible and silent: some embeds refuse it.

use wasm_bindgen::JsValue;

/// The page's query string without the leading `?` (empty when unavailable).
pub fn read_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The page's fragment (e.g. WordPress's `#?secret=…`), kept when the query is rewritten.
pub fn read_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Keys that shape the presentation (embeds, hosts' resize protocols), not the scenario: kept as
/// they are when the scenario part of the URL is rewritten.
pub const PRESENTATION_KEYS: [&str; 11] = [
    "embed",
    "hide",
    "lock",
    "caption",
    "dark",
    "childId",
    "parentUrl",
    "initialWidth",
    "lang",
    "highlight",
    "plain",
];

/// `scenario_query` followed by the presentation keys of `current` (a query string).
pub fn with_presentation(scenario_query: &str, current: &str) -> String {
    let kept: Vec<(String, String)> =
        form_urlencoded::parse(current.trim_start_matches('?').as_bytes())
            .into_owned()
            .filter(|(k, _)| PRESENTATION_KEYS.contains(&k.as_str()))
            .collect();
    if kept.is_empty() {
        return scenario_query.to_string();
    }
    let tail = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(kept)
        .finish();
    if scenario_query.is_empty() {
        tail
    } else {
        format!("{scenario_query}&{tail}")
    }
}

/// Replaces the scenario part of the query string without adding a history entry, keeping the
/// presentation keys (an embed stays an embed). Ignores refusals.
pub fn replace_query(scenario_query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let current = read_query();
    let url = format!(
        "?{}{}",
        with_presentation(scenario_query, &current),
        read_hash()
    );
    if url != format!("?{current}{}", read_hash()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Replaces the whole query string (fragment kept) without adding a history entry.
pub fn replace_all(query: &str) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let sep = if query.is_empty() { "" } else { "?" };
    let url = format!("{}{sep}{query}{}", page_path(), read_hash());
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}

/// The page's path (no query or fragment), for a same-document URL.
fn page_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The page address without query or fragment, for share links.
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presentation_keys_survive_a_scenario_rewrite() {
        assert_eq!(
            with_presentation("year=2030", "year=2026&embed=1&caption=Hi%20there&foo=1"),
            "year=2030&embed=1&caption=Hi+there"
        );
        assert_eq!(with_presentation("year=2030", "?year=2026"), "year=2030");
    }
}

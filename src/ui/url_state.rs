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

/// Replaces the query string without adding a history entry. Ignores refusals.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("?{query}{}", read_hash());
    let current = format!("?{}{}", read_query(), read_hash());
    if url != current {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
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

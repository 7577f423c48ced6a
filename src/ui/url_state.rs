//! The URL adapter: reads the query string once, writes it back with `replaceState` while the
//! reader drags (so the back button stays useful). Fallible and silent: some embeds refuse it.

use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// At most one URL write per this many ms while a slider moves (the last change is always
/// written, this long after the one before at most).
const URL_EVERY_MS: f64 = 250.0;

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

/// [`replace_query`] at most every [`URL_EVERY_MS`], the last query always: in Chromium a
/// `replaceState` costs about 2 ms, as much as the rest of a redraw, and a drag asks for one
/// per frame. Clones share the same writer.
#[derive(Clone, Default)]
pub struct ThrottledQuery(Rc<RefCell<Pending>>);

#[derive(Default)]
struct Pending {
    /// When the URL was last written (the page's clock, ms).
    last: Option<f64>,
    /// The newest query not yet written.
    latest: Option<String>,
    /// The trailing write, and whether it has run.
    timer: Option<(Timeout, Rc<Cell<bool>>)>,
}

impl ThrottledQuery {
    /// Writes `query` now if the last write is old enough, else once the interval is over.
    pub fn write(&self, query: String) {
        let now = crate::ui::tasks::now();
        let mut p = self.0.borrow_mut();
        p.latest = Some(query);
        let waiting = p.timer.as_ref().is_some_and(|(_, done)| !done.get());
        match p.last {
            _ if waiting => {}
            Some(last) if now - last < URL_EVERY_MS => {
                let (this, done) = (self.clone(), Rc::new(Cell::new(false)));
                let ran = done.clone();
                let wait = (URL_EVERY_MS - (now - last)).ceil() as u32;
                // Replacing an earlier timer that has run only frees its closure.
                p.timer = Some((
                    Timeout::new(wait, move || {
                        ran.set(true);
                        this.flush();
                    }),
                    done,
                ));
            }
            _ => {
                drop(p);
                self.flush();
            }
        }
    }

    /// Drops a write not yet made (the app is going away: a later one would overwrite the URL of
    /// whatever replaced it).
    pub fn cancel(&self) {
        let mut p = self.0.borrow_mut();
        p.latest = None;
        p.timer = None;
    }

    /// Writes the newest query, if there is one not yet written.
    fn flush(&self) {
        let mut p = self.0.borrow_mut();
        if let Some(q) = p.latest.take() {
            p.last = Some(crate::ui::tasks::now());
            drop(p);
            replace_query(&q);
        }
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

//! When the app panics, the page says so instead of freezing: a short message, a reload button
//! and a link to report it, in an overlay that takes the focus (`role="alertdialog"`).
//!
//! A panic aborts the WebAssembly instance (wasm32-unknown-unknown has no unwinding), so nothing
//! here may call back into Rust once it is shown: the overlay is plain DOM built in the hook, the
//! reload button runs the browser's own `location.reload`, and the report link is an address.

use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The overlay's element id (and the prefix of its parts' ids).
pub const OVERLAY_ID: &str = "panic-overlay";

/// Where the report link points: the package's `repository` (Cargo.toml) issue form when it is
/// set, else an e-mail the reader addresses, pre-filled either way.
const REPOSITORY: Option<&str> = option_env!("CARGO_PKG_REPOSITORY");

/// The overlay's words: the title, the text, the reload button and the report link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub title: String,
    pub text: String,
    pub reload: String,
    pub report: String,
}

/// The words in English, the fallback when no catalogue was taken (or its language is English).
const TITLE: &str = "Something went wrong in the calculator";
const TEXT: &str = "It has stopped and will not respond until the page is reloaded. Your settings \
                    are in the page address, so reloading brings them back.";
const RELOAD: &str = "Reload the page";
const REPORT: &str = "Report the problem";

impl Words {
    fn english() -> Words {
        Words {
            title: TITLE.into(),
            text: TEXT.into(),
            reload: RELOAD.into(),
            report: REPORT.into(),
        }
    }
}

thread_local! {
    /// The words in the page's language, taken from its catalogue once it is installed.
    static WORDS: RefCell<Option<Words>> = const { RefCell::new(None) };
}

/// Takes the overlay's words from the installed catalogue now, so the panic hook formats no
/// message (the catalogue's code may be what panicked). Called once the page's language is
/// installed, or has failed to load (then the words are English).
pub fn use_catalogue() {
    let words = Words {
        title: crate::i18n::t("panic-title"),
        text: crate::i18n::t("panic-text"),
        reload: crate::i18n::t("panic-reload"),
        report: crate::i18n::t("panic-report"),
    };
    WORDS.with(|w| *w.borrow_mut() = Some(words));
}

/// The words taken by [`use_catalogue`], else English; never panics (a panic while they are
/// being set finds them busy and says it in English).
fn words() -> Words {
    WORDS
        .try_with(|w| w.try_borrow().ok().and_then(|w| w.clone()))
        .ok()
        .flatten()
        .unwrap_or_else(Words::english)
}

/// What the overlay says, computed from the panic message and the page address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanicNotice {
    pub title: String,
    pub text: String,
    pub reload: String,
    pub report: String,
    /// The report link: its title and body carry the message and the page (with the scenario).
    pub report_href: String,
}

/// The notice for a panic with `message` on the page at `page_url`, in `words`. The report
/// (to the maintainers) is written in English whatever the page's language.
pub fn notice_in(words: Words, message: &str, page_url: &str) -> PanicNotice {
    let title = TITLE;
    let body = format!(
        "The calculator stopped on this page:\n{page_url}\n\nError:\n{message}\n\nWhat I did just before:\n"
    );
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair(
            match REPOSITORY {
                Some(r) if !r.is_empty() => "title",
                _ => "subject",
            },
            title,
        )
        .append_pair("body", &body)
        .finish()
        // mailto: readers take `%20` for a space; `+` would stay a plus.
        .replace('+', "%20");
    let report_href = match REPOSITORY {
        Some(r) if !r.is_empty() => format!("{}/issues/new?{query}", r.trim_end_matches('/')),
        _ => format!("mailto:?{query}"),
    };
    PanicNotice {
        title: words.title,
        text: words.text,
        reload: words.reload,
        report: words.report,
        report_href,
    }
}

/// The notice in the page's language (English if no catalogue was taken).
pub fn notice(message: &str, page_url: &str) -> PanicNotice {
    notice_in(words(), message, page_url)
}

/// Shows the overlay on every panic from now on, and logs the panic to the console.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        show(&message);
    }));
}

/// Builds the overlay for `message` and puts it on the page, focused; once only. Never panics:
/// a missing document or a refused call leaves the page as it is.
pub fn show(message: &str) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    if document.get_element_by_id(OVERLAY_ID).is_some() {
        return Some(());
    }
    let page = window.location().href().unwrap_or_default();
    let n = notice(message, &page);
    let el = |tag: &str, id: &str, text: &str| -> Option<web_sys::Element> {
        let e = document.create_element(tag).ok()?;
        e.set_id(id);
        e.set_text_content(Some(text));
        Some(e)
    };
    let overlay = el("div", OVERLAY_ID, "")?;
    let _ = overlay.set_attribute("class", "panic-overlay");
    let _ = overlay.set_attribute("role", "alertdialog");
    let _ = overlay.set_attribute("aria-modal", "true");
    let _ = overlay.set_attribute("aria-labelledby", "panic-title");
    let _ = overlay.set_attribute("aria-describedby", "panic-text");
    let title = el("h2", "panic-title", &n.title)?;
    let text = el("p", "panic-text", &n.text)?;
    let reload = el("button", "panic-reload", &n.reload)?;
    let _ = reload.set_attribute("type", "button");
    // The browser's own reload, bound to `location`: a JavaScript function, not a Rust closure.
    let location = window.location();
    let reload_fn = js_sys::Reflect::get(&location, &"reload".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .bind0(&location);
    let _ = reload.add_event_listener_with_callback("click", &reload_fn);
    let report = el("a", "panic-report", &n.report)?;
    let _ = report.set_attribute("href", &n.report_href);
    let _ = report.set_attribute("target", "_blank");
    let _ = report.set_attribute("rel", "noopener noreferrer");
    let actions = el("p", "panic-actions", "")?;
    actions.append_child(&reload).ok()?;
    actions.append_child(&report).ok()?;
    for part in [&title, &text, &actions] {
        overlay.append_child(part).ok()?;
    }
    document.body()?.append_child(&overlay).ok()?;
    reload.dyn_into::<web_sys::HtmlElement>().ok()?.focus().ok()
}

#[cfg(test)]
mod tests {
    use super::notice;

    #[test]
    fn the_report_carries_the_message_and_the_page() {
        let n = notice(
            "panicked at src/model/x.rs:1: oops & more",
            "https://example.org/?preset=embargo-now&view=eu",
        );
        assert!(
            n.report_href
                .starts_with("mailto:?subject=Something%20went%20wrong")
                || n.report_href
                    .contains("/issues/new?title=Something%20went%20wrong"),
            "{}",
            n.report_href
        );
        // The message and the page address are encoded into the body, not left as query syntax.
        assert!(
            n.report_href.contains("oops%20%26%20more"),
            "{}",
            n.report_href
        );
        assert!(
            n.report_href.contains("preset%3Dembargo-now%26view%3Deu"),
            "{}",
            n.report_href
        );
        assert!(n.text.contains("reload"));
    }

    /// The overlay speaks the page's language; the report to the maintainers stays English.
    #[test]
    fn the_overlay_speaks_the_words_it_was_given() {
        let words = super::Words {
            title: "Im Rechner ist ein Fehler aufgetreten".into(),
            text: "Er reagiert nicht mehr.".into(),
            reload: "Seite neu laden".into(),
            report: "Problem melden".into(),
        };
        let n = super::notice_in(words.clone(), "oops", "https://example.org/");
        assert_eq!(n.title, words.title);
        assert_eq!(n.reload, words.reload);
        assert!(
            n.report_href.contains("Something%20went%20wrong"),
            "{}",
            n.report_href
        );
        // English until a catalogue is taken, and the catalogue's English is the same text.
        let english = notice("oops", "https://example.org/");
        assert_eq!(english.title, super::TITLE);
        super::use_catalogue();
        assert_eq!(notice("oops", "https://example.org/"), english);
    }
}

//! When the app panics, the page says so instead of freezing: a short message, a reload button
//! and a link to report it, in an overlay that takes the focus (`role="alertdialog"`).
//!
//! A panic aborts the WebAssembly instance (wasm32-unknown-unknown has no unwinding), so nothing
//! here may call back into Rust once it is shown: the overlay is plain DOM built in the hook, the
//! reload button runs the browser's own `location.reload`, and the report link is an address.

use wasm_bindgen::JsCast;

/// The overlay's element id (and the prefix of its parts' ids).
pub const OVERLAY_ID: &str = "panic-overlay";

/// Where the report link points: the package's `repository` (Cargo.toml) issue form when it is
/// set, else an e-mail the reader addresses, pre-filled either way.
const REPOSITORY: Option<&str> = option_env!("CARGO_PKG_REPOSITORY");

/// What the overlay says, computed from the panic message and the page address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanicNotice {
    pub title: &'static str,
    pub text: &'static str,
    pub reload: &'static str,
    pub report: &'static str,
    /// The report link: its title and body carry the message and the page (with the scenario).
    pub report_href: String,
}

/// The notice for a panic with `message` on the page at `page_url`.
pub fn notice(message: &str, page_url: &str) -> PanicNotice {
    let title = "Something went wrong in the calculator";
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
        title,
        text:
            "It has stopped and will not respond until the page is reloaded. Your settings are in \
               the page address, so reloading brings them back.",
        reload: "Reload the page",
        report: "Report the problem",
        report_href,
    }
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
    let title = el("h2", "panic-title", n.title)?;
    let text = el("p", "panic-text", n.text)?;
    let reload = el("button", "panic-reload", n.reload)?;
    let _ = reload.set_attribute("type", "button");
    // The browser's own reload, bound to `location`: a JavaScript function, not a Rust closure.
    let location = window.location();
    let reload_fn = js_sys::Reflect::get(&location, &"reload".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .bind0(&location);
    let _ = reload.add_event_listener_with_callback("click", &reload_fn);
    let report = el("a", "panic-report", n.report)?;
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
}

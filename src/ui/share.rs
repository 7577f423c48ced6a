//! "Copy link" and "Copy embed code": the canonical URL with every input, the data vintage and
//! the model version; a live embed (follows future defaults) and a pinned one (fixes them all).

use crate::data::DATASET;
use crate::i18n::{self, t};
use crate::model::Scenario;
use crate::ui::language::with_lang;
use crate::ui::state::with_compare;
use crate::ui::url_state;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Default iframe height in CSS pixels; the embed posts its real height (static/frame.js).
pub const EMBED_HEIGHT: u32 = 900;

/// The iframe snippet for an article, with a link for readers whose reader or CMS strips iframes.
/// Its title and fallback text are in the page's language, as is the embed (`lang=` in `query`).
pub fn embed_code(base: &str, query: &str) -> String {
    let src = format!(
        "{base}?{query}{}embed=1",
        if query.is_empty() { "" } else { "&" }
    );
    let full = format!("{base}?{query}");
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{EMBED_HEIGHT}\" style=\"border:0;max-width:100%\"></iframe>\n<noscript><a href=\"{}\">{}</a></noscript>",
        esc(&src),
        esc(&t("app-title")),
        esc(&full),
        esc(&t("share-fallback-link"))
    )
}

/// Writes text to the clipboard when the browser allows it (Promise ignored; a sandbox may refuse).
fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(navigator) = js_sys::Reflect::get(&window, &"navigator".into()) else {
        return false;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    match write.call1(&clipboard, &text.into()) {
        Ok(promise) => {
            // Swallow a rejection (permission denied) so it is not an uncaught error.
            if let Ok(p) = promise.dyn_into::<js_sys::Promise>() {
                let noop =
                    wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
                let _ = p.catch(&noop);
                noop.forget(); // a few bytes per click; the handler must outlive the promise
            }
            true
        }
        Err(_) => false,
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub scenario: Scenario,
    /// The scenario compared with (A), carried in every link as `compare=`.
    #[prop_or_default]
    pub compare: Option<Scenario>,
}

/// Which text the panel shows for manual copying.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    Link,
    Embed,
    Pinned,
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    let shown = use_state(|| None::<Shown>);
    let copied = use_state(|| false);
    let base = url_state::page_base();
    // Each form of the link carries A in the same form (canonical, pinned, short).
    // Every form carries the page's language (`lang=`, absent for English).
    let a = props.compare.as_ref();
    let lang = i18n::current();
    let full = with_lang(
        &with_compare(
            props.scenario.to_query(&DATASET),
            a.map(|a| a.to_query(&DATASET)).as_deref(),
        ),
        lang,
    );
    let pinned = with_lang(
        &with_compare(
            props.scenario.to_pinned_query(&DATASET),
            a.map(|a| a.to_pinned_query(&DATASET)).as_deref(),
        ),
        lang,
    );
    let short = with_lang(
        &with_compare(
            props.scenario.to_short_query(&DATASET),
            a.map(|a| a.to_short_query(&DATASET)).as_deref(),
        ),
        lang,
    );
    let text = |which: Shown| match which {
        Shown::Link => format!("{base}?{full}"),
        Shown::Embed => embed_code(&base, &short),
        Shown::Pinned => embed_code(&base, &pinned),
    };
    let click = |which: Shown| {
        let shown = shown.clone();
        let copied = copied.clone();
        let value = text(which);
        Callback::from(move |_| {
            copied.set(write_clipboard(&value));
            shown.set(Some(which));
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.select();
    });
    html! {
        <section class="share" aria-label={t("share-label")}>
            <div class="share-buttons">
                <button type="button" id="copy-link" onclick={click(Shown::Link)}>{ t("share-copy-link") }</button>
                <button type="button" id="copy-embed" onclick={click(Shown::Embed)}>{ t("share-copy-embed") }</button>
                <button type="button" id="copy-embed-pinned" onclick={click(Shown::Pinned)}>{ t("share-copy-pinned") }</button>
            </div>
            if let Some(which) = *shown {
                <label for="share-text" class="share-label">{
                    t(match (which, *copied) {
                        (Shown::Link, true) => "share-link-copied",
                        (Shown::Link, false) => "share-link-manual",
                        (Shown::Embed, true) => "share-embed-copied",
                        (Shown::Embed, false) => "share-embed-manual",
                        (Shown::Pinned, true) => "share-pinned-copied",
                        (Shown::Pinned, false) => "share-pinned-manual",
                    })
                }</label>
                <input id="share-text" class="share-text" type="text" readonly=true value={text(which)} onfocus={select_all} />
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_code_is_an_escaped_iframe_with_a_fallback_link() {
        let code = embed_code("https://x.org/app/", "preset=embargo-now&year=2030");
        assert!(
            code.starts_with(
                "<iframe src=\"https://x.org/app/?preset=embargo-now&amp;year=2030&amp;embed=1\""
            ),
            "{code}"
        );
        assert!(code.contains("title=\"Rare-earth supply-chain risk calculator\""));
        assert!(code.contains("loading=\"lazy\""));
        assert!(code.contains("width=\"100%\""));
        assert!(code.contains(
            "<noscript><a href=\"https://x.org/app/?preset=embargo-now&amp;year=2030\">"
        ));
        assert!(embed_code("https://x.org/", "").contains("src=\"https://x.org/?embed=1\""));
    }
}

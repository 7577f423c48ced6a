//! The page's language: chosen from `lang=` (an embed code carries it), else, on the full site,
//! from the browser's preferred languages; its catalogue fetched the first time it is needed
//! (the service worker precaches every catalogue, so this works offline after one visit) and
//! installed before the app renders, so no English flashes by. Fallible and silent: a catalogue
//! that cannot be read leaves the page in English.

use crate::i18n::{self, t, Lang};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The language a page with this query opens in: a valid `lang=` (an invalid one gets the
/// parser's notice and English), else the browser's choice on the full site, else English.
pub fn initial(query: &str, embedded: bool) -> Lang {
    let given = form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| k == "lang")
        .last()
        .map(|(_, v)| Lang::from_code(&v).unwrap_or_default());
    match given {
        Some(lang) => lang,
        None if embedded => Lang::En,
        None => Lang::negotiate(preferred().iter().map(String::as_str)).unwrap_or_default(),
    }
}

/// `navigator.languages` (empty when unavailable).
fn preferred() -> Vec<String> {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"navigator".into()).ok())
        .and_then(|n| js_sys::Reflect::get(&n, &"languages".into()).ok())
        .map(|v| {
            js_sys::Array::from(&v)
                .iter()
                .filter_map(|s| s.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Fetches and installs `lang`'s catalogue (English is compiled in), then updates the static
/// parts of the page; English stays on any failure.
pub async fn load(lang: Lang) {
    let installed = match lang {
        Lang::En => i18n::install(Lang::En, ""),
        _ => match fetch(&lang.catalogue_path()).await {
            Ok(source) => i18n::install(lang, &source),
            Err(e) => Err(e.as_string().unwrap_or_else(|| "fetch failed".into())),
        },
    };
    if let Err(e) = installed {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "{}: {e}; the page stays in English",
            lang.catalogue_path()
        )));
    }
    crate::ui::panic::use_catalogue();
    apply_to_document();
}

/// Fetches and adds the methodology page's messages in the page's language, unless they are in
/// already (natively they are compiled in). Failing, says why.
pub async fn load_methodology() -> Result<(), String> {
    let lang = i18n::current();
    if i18n::has_methodology() {
        return Ok(());
    }
    let path = lang.methodology_path();
    let source = fetch(&path)
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "fetch failed".into()))
        .map_err(|e| format!("{path}: {e}"))?;
    i18n::add_methodology(lang, &source)
}

async fn fetch(path: &str) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!("HTTP {}", response.status())));
    }
    JsFuture::from(response.text()?)
        .await?
        .as_string()
        .ok_or_else(|| JsValue::from_str("not text"))
}

thread_local! {
    /// Whether the static words of index.html were replaced by another language's.
    static REPLACED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `<html lang>`, and for another language than English the title and the static heading and
/// introduction of index.html.
fn apply_to_document() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = i18n::current();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    // index.html is written in English: leave it as the host served it (a deploy's own title)
    // until another language has replaced its words.
    let replaced = REPLACED.with(|r| r.replace(r.get() || lang != Lang::En));
    if lang == Lang::En && !replaced {
        return;
    }
    document.set_title(&t("app-title"));
    let set = |selector: &str, id: &str| {
        if let Ok(Some(el)) = document.query_selector(selector) {
            el.set_text_content(Some(&t(id)));
        }
    };
    set("main.app .app-header h1", "app-title");
    set("main.app .app-header .lede", "app-lede");
}

/// The query with `lang=` set to `lang` (removed for English, the default).
pub fn with_lang(query: &str, lang: Lang) -> String {
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .filter(|(k, _)| k != "lang")
        .collect();
    if lang != Lang::En {
        pairs.push(("lang".into(), lang.code().into()));
    }
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_in_the_query_wins_and_english_is_not_written() {
        assert_eq!(initial("year=2030&lang=ja", false), Lang::Ja);
        assert_eq!(initial("lang=xx", false), Lang::En);
        assert_eq!(initial("embed=1", true), Lang::En);
        assert_eq!(
            with_lang("year=2030&lang=de", Lang::Fr),
            "year=2030&lang=fr"
        );
        assert_eq!(with_lang("year=2030&lang=de", Lang::En), "year=2030");
        assert_eq!(with_lang("", Lang::Ja), "lang=ja");
    }
}

//! Browser download adapter: text made in the page becomes a file the reader saves.
//! Nothing is sent anywhere. Fallible and silent where a sandbox refuses it.

use wasm_bindgen::JsCast;

/// Offers `contents` as a file called `name` with MIME type `mime`. Returns false if refused.
pub fn offer(name: &str, mime: &str, contents: &str) -> bool {
    try_offer(name, mime, contents).is_some()
}

fn try_offer(name: &str, mime: &str, contents: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_attribute("hidden", "").ok()?;
    let body = document.body()?;
    body.append_child(&a).ok()?;
    a.click();
    body.remove_child(&a).ok()?;
    web_sys::Url::revoke_object_url(&url).ok()?;
    Some(())
}

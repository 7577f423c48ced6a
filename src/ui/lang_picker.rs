//! The language picker of the full site: a labelled `<select>` whose options name each language
//! in itself (a reader who cannot read the page's language still finds their own).

use crate::i18n::{self, t, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[component]
pub fn LangPicker() -> Html {
    let current = i18n::current();
    let onchange = Callback::from(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        if let Some(lang) = Lang::from_code(&select.value()) {
            crate::ui::switch_language(lang);
        }
    });
    html! {
        <span class="lang-picker">
            <label for="lang-picker">{ t("lang-label") }</label>
            <select id="lang-picker" {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == current}>{ l.native_name() }</option>
                }) }
            </select>
        </span>
    }
}

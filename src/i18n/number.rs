//! The one formatting interface the views' number functions (`ui::format`) go through for the
//! locale-dependent part: digits, separators, the percent sign and month names. In English, and
//! in every native build (tests, the `report` tool, the text goldens), each function returns
//! `None` and the caller keeps its own English formatting, so those stay deterministic and
//! unchanged. In the browser, another language is formatted by `Intl` for that locale.

/// `v` with `min`..=`max` fraction digits and grouping, in the page's locale.
pub fn decimal(v: f64, min: u8, max: u8) -> Option<String> {
    imp::format(Style::Decimal, v, min, max)
}

/// A share in 0..1 as a whole percentage, in the page's locale ("86 %", "86%").
pub fn percent(share: f64) -> Option<String> {
    imp::format(Style::Percent, share, 0, 0)
}

/// US dollars, in the page's locale: whole below a million, compact above ("2,5 Mio. US$",
/// "US$25億"), cents below ten. The number is the locale's; the currency is the catalogue's
/// `fmt-usd`, the same "US$" or "$US" its prices per kilogram carry (`Intl`'s own symbol is "$"
/// in German and Japanese, "$US" in French: a page would mix "296.000 $" and "US$56/kg").
pub fn usd(v: f64) -> Option<String> {
    let a = v.abs();
    let number = if a >= 1e6 {
        imp::format(Style::Compact, v, 0, 1)
    } else if a >= 10.0 {
        imp::format(Style::Decimal, v, 0, 0)
    } else {
        imp::format(Style::Decimal, v, 2, 2)
    }?;
    Some(crate::i18n::tr("fmt-usd", &[("value", number.into())]))
}

/// Month `month` (1–12) of `year`, long ("Mai 2025") or short ("Mai 2025", "5月").
pub fn month_year(year: i32, month: u32, short: bool) -> Option<String> {
    imp::month_year(year, month, short)
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Style {
    Decimal,
    Percent,
    Compact,
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Style;

    pub fn format(_: Style, _: f64, _: u8, _: u8) -> Option<String> {
        None
    }

    pub fn month_year(_: i32, _: u32, _: bool) -> Option<String> {
        None
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::Style;
    use crate::i18n::{current, Lang};
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use std::cell::RefCell;
    use std::collections::HashMap;
    use wasm_bindgen::JsValue;

    /// A formatter's identity: building an `Intl` formatter costs far more than using one.
    type Key = (Lang, Style, u8, u8);

    thread_local! {
        static NUMBERS: RefCell<HashMap<Key, Function>> = RefCell::new(HashMap::new());
        static MONTHS: RefCell<HashMap<(Lang, bool), Function>> = RefCell::new(HashMap::new());
    }

    fn options(pairs: &[(&str, JsValue)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), v);
        }
        o
    }

    fn locales(lang: Lang) -> Array {
        Array::of1(&JsValue::from_str(lang.code()))
    }

    fn text(f: &Function, v: &JsValue) -> Option<String> {
        f.call1(&JsValue::NULL, v).ok()?.as_string()
    }

    pub fn format(style: Style, v: f64, min: u8, max: u8) -> Option<String> {
        let lang = current();
        if lang == Lang::En || !v.is_finite() {
            return None;
        }
        let key = (lang, style, min, max);
        let f = NUMBERS.with(|m| {
            m.borrow_mut()
                .entry(key)
                .or_insert_with(|| {
                    let mut pairs = vec![
                        ("minimumFractionDigits", f64::from(min).into()),
                        ("maximumFractionDigits", f64::from(max).into()),
                    ];
                    match style {
                        Style::Decimal => {}
                        Style::Percent => pairs.push(("style", "percent".into())),
                        Style::Compact => {
                            pairs.push(("notation", "compact".into()));
                            pairs.push(("compactDisplay", "short".into()));
                        }
                    }
                    let o = options(&pairs);
                    Intl::NumberFormat::new(&locales(lang), &o).format()
                })
                .clone()
        });
        text(&f, &JsValue::from_f64(v))
    }

    pub fn month_year(year: i32, month: u32, short: bool) -> Option<String> {
        let lang = current();
        if lang == Lang::En {
            return None;
        }
        let f = MONTHS.with(|m| {
            m.borrow_mut()
                .entry((lang, short))
                .or_insert_with(|| {
                    let o = options(&[
                        ("year", "numeric".into()),
                        ("month", if short { "short" } else { "long" }.into()),
                        ("timeZone", "UTC".into()),
                    ]);
                    Intl::DateTimeFormat::new(&locales(lang), &o).format()
                })
                .clone()
        });
        // Mid-month at noon UTC, formatted in UTC: no time zone moves it to another month.
        let ms = js_sys::Date::utc(f64::from(year), f64::from(month) - 1.0);
        let date = js_sys::Date::new(&JsValue::from_f64(ms + 14.5 * 86_400_000.0));
        text(&f, &date.into())
    }
}

//! Upper- and lower-casing for sentences in any of the page's languages, without Unicode's case
//! tables in the WebAssembly: `char::to_uppercase`/`str::to_lowercase` link core's conversion
//! tables (≈ 26 KB raw, 11 KB gzip of the first load). In the browser a non-ASCII letter goes
//! through JavaScript's `String.prototype.toUpperCase`/`toLowerCase` (the same Unicode default
//! case mapping, no locale); natively (tests, `report`) Rust's own.

/// `text` with its first letter upper-cased ("état…" → "État…").
pub fn upper_first(text: &str) -> String {
    first_mapped(text, true)
}

/// `text` with its first letter lower-cased, to follow "In A, ".
pub fn lower_first(text: &str) -> String {
    first_mapped(text, false)
}

/// `text` in lower case.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        mapped(text, false)
    }
}

fn first_mapped(text: &str, upper: bool) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut out = if first.is_ascii() {
        let c = if upper {
            first.to_ascii_uppercase()
        } else {
            first.to_ascii_lowercase()
        };
        c.to_string()
    } else {
        mapped(first.encode_utf8(&mut [0; 4]), upper)
    };
    out.push_str(chars.as_str());
    out
}

#[cfg(target_arch = "wasm32")]
fn mapped(text: &str, upper: bool) -> String {
    let s = js_sys::JsString::from(text);
    let m = if upper {
        s.to_upper_case()
    } else {
        s.to_lower_case()
    };
    m.as_string().unwrap_or_else(|| text.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn mapped(text: &str, upper: bool) -> String {
    if upper {
        text.to_uppercase()
    } else {
        text.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_the_first_letter_or_the_whole_text_in_every_script() {
        assert_eq!(upper_first("état des stocks"), "État des stocks");
        assert_eq!(upper_first("über"), "Über");
        assert_eq!(upper_first("if China"), "If China");
        assert_eq!(upper_first("中国"), "中国");
        assert_eq!(upper_first(""), "");
        assert_eq!(lower_first("Élasticité"), "élasticité");
        assert_eq!(lower_first("Demand growth"), "demand growth");
        assert_eq!(lowercase("Demand Growth"), "demand growth");
        assert_eq!(lowercase("ÉLAN Ü"), "élan ü");
    }
}

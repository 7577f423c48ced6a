//! Embed options read from the page URL (ANCHORS.md §5.4): they change the presentation only,
//! never the numbers, so they live in the UI rather than in `Scenario`.

/// Presentation options for articles that embed the calculator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedOptions {
    /// `embed=1`, or the page is framed: compact layout and an "Open the full calculator" link.
    pub embedded: bool,
    /// `hide=` control groups (`policy`, `stocks`, `capacity`, `market`, `assumptions`, `view`, `presets`).
    pub hide: Vec<String>,
    /// `lock=` keys or groups shown but not editable (`all` locks everything).
    pub lock: Vec<String>,
    /// `caption=`: a line of text from the embedding article (shown as text, never as markup).
    pub caption: Option<String>,
}

fn list(v: &str) -> Vec<String> {
    v.split(',')
        .map(|s| s.trim().to_ascii_lowercase())
        .filter(|s| {
            !s.is_empty()
                && s.len() <= 32
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .take(32)
        .collect()
}

impl EmbedOptions {
    /// Reads the options from a query string; `framed` says whether the page sits in an iframe.
    pub fn from_query(query: &str, framed: bool) -> EmbedOptions {
        let mut o = EmbedOptions {
            embedded: framed,
            ..EmbedOptions::default()
        };
        for (k, v) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            match k.as_ref() {
                "embed" => o.embedded |= matches!(v.as_ref(), "1" | "true" | "yes"),
                "hide" => o.hide = list(&v),
                "lock" => o.lock = list(&v),
                "caption" => {
                    let text: String = v.chars().filter(|c| !c.is_control()).take(280).collect();
                    let text = text.trim().to_string();
                    o.caption = (!text.is_empty()).then_some(text);
                }
                _ => {}
            }
        }
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_embed_options_and_rejects_junk() {
        let o = EmbedOptions::from_query(
            "embed=1&hide=assumptions,capacity&lock=quota_magnet&caption=Hello%20%3Cb%3E",
            false,
        );
        assert!(o.embedded);
        assert_eq!(o.hide, vec!["assumptions", "capacity"]);
        assert_eq!(o.lock, vec!["quota_magnet"]);
        assert_eq!(o.caption.as_deref(), Some("Hello <b>"));
        let o = EmbedOptions::from_query("hide=<script>,ok&caption=%20", true);
        assert!(o.embedded);
        assert_eq!(o.hide, vec!["ok"]);
        assert_eq!(o.caption, None);
        let long = format!("caption={}", "x".repeat(10_000));
        assert_eq!(
            EmbedOptions::from_query(&long, false)
                .caption
                .map(|c| c.len()),
            Some(280)
        );
    }
}

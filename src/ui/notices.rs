//! The parser's and the model's notices in the reader's language. The model writes each in
//! English (the `report` tool prints that) and names its message id and arguments
//! (`Notice::said_as`); the page formats that message. A notice without an id shows its English.

use crate::data::MarketId;
use crate::i18n::{tr, Arg};
use crate::model::Notice;
use crate::ui::state::IN_COMPARE;
use crate::ui::summary::market_heading;

/// What the page shows for `n`.
pub fn notice_text(n: &Notice) -> String {
    if n.id.is_empty() {
        return n.message.clone();
    }
    let mut in_compare = false;
    let mut args: Vec<Arg<'_>> = Vec::with_capacity(n.args.len());
    for (k, v) in &n.args {
        match *k {
            IN_COMPARE => in_compare = true,
            // The backstop notice names a market by its key.
            "market" => {
                let name = MarketId::ALL
                    .into_iter()
                    .find(|id| id.key() == v)
                    .map_or_else(|| v.clone(), market_heading);
                args.push((k, name.into()));
            }
            _ => args.push((k, v.as_str().into())),
        }
    }
    let text = tr(n.id, &args);
    if in_compare {
        tr("notice-in-compare", &[("text", text.into())])
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;
    use crate::model::{evaluate_with, Options, Scenario};
    use crate::ui::state::AppState;

    /// In English the catalogue says exactly what the model wrote, for every kind of notice.
    #[test]
    fn english_notices_read_as_the_model_wrote_them() {
        let queries = [
            "a=1&b=2&c=3&d1=4&e=5&f=6",
            "year=2030&year=2031",
            "v=1",
            "v=7",
            "d=1999-01&m=0.1",
            "lang=xx",
            "quota_magnet=400&growth=abc&buffer=x",
            "year=2030.5&months=3.5",
            "ed=0.5&es=9",
            "ed=wobbly",
            "preset=nope",
            "view=mars",
            "quota_magnet=0&quota_heavy=0&quota_light=0",
            "compare=year%3D1999%26view%3Dmars",
        ];
        let mut seen = 0;
        for q in queries {
            let state = AppState::from_query(q);
            let s = Scenario::from_query(q, &DATASET);
            let o = evaluate_with(&s, &DATASET, &Options::central());
            for n in state.notices.iter().chain(o.notices.iter()) {
                assert!(!n.id.is_empty(), "{q}: no id for {}", n.message);
                assert_eq!(notice_text(n), n.message, "{q}");
                seen += 1;
            }
        }
        assert!(seen >= 18, "{seen}");
    }
}

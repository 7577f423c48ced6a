//! The notices a parse returns: what was corrected or ignored, in plain English words and as a
//! message id with arguments the page says in the reader's language.

use super::Scenario;
use serde::Serialize;

/// What kind of correction a [`Notice`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// A key the model does not know.
    UnknownKey,
    /// A number outside its range, clamped.
    Clamped,
    /// A value that could not be read; the default is used.
    Malformed,
    /// A preset id that does not exist.
    UnknownPreset,
    /// A key given more than once; the last wins.
    Repeated,
    /// The link was made with another URL scheme, data vintage or model version.
    Version,
    /// Something about the result the reader should know (backstop reached, …).
    Model,
}

/// One plain-language line shown to the reader.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notice {
    /// The URL key concerned (empty for model-level notices; an unknown key as given).
    pub key: String,
    /// What was wrong with it.
    pub kind: NoticeKind,
    /// The line shown, in plain English words (the `report` tool and the downloads print it).
    pub message: String,
    /// The page's message id for this text (empty: none), and its arguments, so the page can
    /// say it in the reader's language; `message` is its English.
    #[serde(skip)]
    pub id: &'static str,
    /// The message's arguments (variable name, value as shown).
    #[serde(skip)]
    pub args: Vec<(&'static str, String)>,
}

impl Notice {
    /// A notice about URL key `key`.
    pub fn new(key: &str, kind: NoticeKind, message: String) -> Self {
        Notice {
            key: key.to_string(),
            kind,
            message,
            id: "",
            args: Vec::new(),
        }
    }

    /// The same notice with the page's message id and arguments.
    pub fn said_as(mut self, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        self.id = id;
        self.args = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        self
    }
}

/// A scenario read from a query string, with the corrections made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parsed {
    /// The scenario, every value in range.
    pub scenario: Scenario,
    /// What was corrected or ignored, one line each.
    pub notices: Vec<Notice>,
}

/// Short text of a user value for a notice (long or odd values are cut).
pub(super) fn shown(value: &str) -> String {
    let mut s: String = value.chars().filter(|c| !c.is_control()).take(40).collect();
    if value.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// Unknown keys shown one by one at most; beyond that one line counts the rest, so a junk link
/// cannot bury the reader under hundreds of lines.
const UNKNOWN_SHOWN: usize = 3;

pub(super) fn collapse_unknown(notices: Vec<Notice>) -> Vec<Notice> {
    let unknown = notices
        .iter()
        .filter(|n| n.kind == NoticeKind::UnknownKey)
        .count();
    if unknown <= UNKNOWN_SHOWN + 1 {
        return notices;
    }
    let mut seen = 0;
    let mut out: Vec<Notice> = notices
        .into_iter()
        .filter(|n| {
            if n.kind != NoticeKind::UnknownKey {
                return true;
            }
            seen += 1;
            seen <= UNKNOWN_SHOWN
        })
        .collect();
    out.push(
        Notice::new(
            "",
            NoticeKind::UnknownKey,
            format!(
                "{} more settings this calculator does not know were ignored.",
                unknown - UNKNOWN_SHOWN
            ),
        )
        .said_as(
            "notice-unknown-more",
            &[("count", &(unknown - UNKNOWN_SHOWN).to_string())],
        ),
    );
    out
}

/// A number as a notice or a link writes it.
pub(super) fn fmt_num(v: f64) -> String {
    format!("{v}")
}

impl Notice {
    /// “`name`=`raw` is outside `min`–`max`; using `used`.”
    pub(super) fn outside(name: &str, raw: &str, min: f64, max: f64, used: f64) -> Notice {
        Notice::new(
            name,
            NoticeKind::Clamped,
            format!(
                "{name}={} is outside {}–{}; using {}.",
                shown(raw),
                fmt_num(min),
                fmt_num(max),
                fmt_num(used)
            ),
        )
        .said_as(
            "notice-outside",
            &[
                ("key", name),
                ("value", &shown(raw)),
                ("min", &fmt_num(min)),
                ("max", &fmt_num(max)),
                ("used", &fmt_num(used)),
            ],
        )
    }

    /// A link made with another version (`given`, as the link says it) of the URL scheme, the
    /// data or the model than `current`; `None` when they are the same. `english` writes the
    /// line from the version as shown.
    pub(super) fn version(
        key: &str,
        given: &str,
        current: &str,
        id: &'static str,
        english: impl FnOnce(&str) -> String,
    ) -> Option<Notice> {
        (given != current).then(|| {
            let given = shown(given);
            Notice::new(key, NoticeKind::Version, english(&given))
                .said_as(id, &[("given", &given), ("current", current)])
        })
    }
}

//! The installed catalogues: English always (compiled in), and the page's language when it is
//! another one. A message the other catalogue lacks falls back to English (the build check makes
//! that a deploy mistake, not a habit).

use super::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;

/// The English catalogue, the source of every message id: `i18n/en.ftl` with its comment lines
/// blanked by build.rs (same line numbers).
const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// One argument of a message: its variable name and value (`String`/`&str` for text the page
/// has formatted, `f64` for the number a plural selects on).
pub type Arg<'a> = (&'a str, FluentValue<'a>);

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static EN: Bundle = bundle(Lang::En, ENGLISH).unwrap_or_else(|_| FluentBundle::new(Vec::new()));
    static OTHER: RefCell<Option<(Lang, Bundle)>> = const { RefCell::new(None) };
    /// The installed catalogue's text (for [`line_of`]); empty for English.
    static SOURCE: RefCell<String> = const { RefCell::new(String::new()) };
}

fn bundle(lang: Lang, source: &str) -> Result<Bundle, String> {
    let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
        format!("{}: {} parse error(s)", lang.catalogue_path(), errors.len())
    })?;
    let locale = lang
        .code()
        .parse()
        .map_err(|_| format!("{}: bad locale", lang.code()))?;
    let mut b = FluentBundle::new(vec![locale]);
    // No Unicode isolation marks around arguments: the page's text is one direction, and the
    // marks would end up in copied text, downloads and the tests' comparisons.
    b.set_use_isolating(false);
    b.add_resource(resource)
        .map_err(|e| format!("{}: {} error(s)", lang.catalogue_path(), e.len()))?;
    Ok(b)
}

/// Makes `lang` the page's language, with `source` its catalogue (ignored for English).
pub fn install(lang: Lang, source: &str) -> Result<(), String> {
    let other = match lang {
        Lang::En => None,
        _ => Some((lang, bundle(lang, source)?)),
    };
    OTHER.with(|o| *o.borrow_mut() = other);
    SOURCE.with(|s| *s.borrow_mut() = source.to_string());
    Ok(())
}

/// The line (from 1) of message `id` in the page's catalogue, so the page can tell a reader
/// where to correct a translation.
pub fn line_of(id: &str) -> Option<usize> {
    let find = |text: &str| {
        text.lines().position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
    };
    let other = SOURCE.with(|s| (current() != Lang::En).then(|| find(&s.borrow())));
    other.unwrap_or_else(|| find(ENGLISH)).map(|i| i + 1)
}

pub(super) fn current() -> Lang {
    OTHER.with(|o| o.borrow().as_ref().map_or(Lang::En, |(l, _)| *l))
}

/// The message `id` without arguments.
pub fn t(id: &str) -> String {
    tr(id, &[])
}

/// The message `id` with `args`, in the page's language (else English, else the id itself).
pub fn tr(id: &str, args: &[Arg<'_>]) -> String {
    let mut fa = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    let from = |b: &Bundle| -> Option<String> {
        let pattern = b.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            b.format_pattern(pattern, Some(&fa), &mut errors)
                .into_owned(),
        )
    };
    OTHER
        .with(|o| o.borrow().as_ref().and_then(|(_, b)| from(b)))
        .or_else(|| EN.with(from))
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_compiled_in_and_other_languages_fall_back_to_it() {
        assert_eq!(t("nav-calculator"), "Calculator");
        assert_eq!(t("no-such-message"), "no-such-message");
        let installed = install(Lang::De, "nav-calculator = Rechner\n");
        assert_eq!(installed, Ok(()));
        assert_eq!(current(), Lang::De);
        assert_eq!(t("nav-calculator"), "Rechner");
        assert_eq!(t("nav-methodology"), "Methodology");
        assert!(install(Lang::Fr, "broken = {").is_err());
        assert_eq!(current(), Lang::De);
        assert_eq!(line_of("nav-calculator"), Some(1));
        assert_eq!(install(Lang::En, ""), Ok(()));
        assert_eq!(t("nav-calculator"), "Calculator");
        let english_line = ENGLISH
            .lines()
            .position(|l| l.starts_with("nav-calculator ="));
        assert_eq!(line_of("nav-calculator"), english_line.map(|i| i + 1));
    }

    #[test]
    fn plurals_follow_the_language() {
        let one = tr("fmt-months", &[("n", 1.0.into()), ("value", "1".into())]);
        assert_eq!(one, "1\u{a0}month");
        let many = tr("fmt-months", &[("n", 2.5.into()), ("value", "2.5".into())]);
        assert_eq!(many, "2.5\u{a0}months");
    }
}

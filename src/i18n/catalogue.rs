//! The installed catalogues: English always (compiled in), and the page's language when it is
//! another one. A message the other catalogue lacks falls back to English (the build check makes
//! that a deploy mistake, not a habit).

use super::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;

/// The English catalogue, the source of every message id: `i18n/en.ftl` with its comment lines
/// blanked by build.rs (same line numbers). In the browser, without the methodology page's
/// messages (`m-…`, blanked too), which [`add_methodology`] adds when that page first opens;
/// natively (tests, `report`) all of it.
#[cfg(target_arch = "wasm32")]
const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en-first.ftl"));
#[cfg(not(target_arch = "wasm32"))]
const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// Whether the English catalogue above holds the methodology page's messages.
const ENGLISH_HAS_METHODOLOGY: bool = cfg!(not(target_arch = "wasm32"));

/// One argument of a message: its variable name and value (`String`/`&str` for text the page
/// has formatted, `f64` for the number a plural selects on).
pub type Arg<'a> = (&'a str, FluentValue<'a>);

type Bundle = FluentBundle<FluentResource>;

/// An installed catalogue and whether its methodology messages are in it.
struct Installed {
    bundle: Bundle,
    methodology: bool,
}

thread_local! {
    static EN: RefCell<Installed> = RefCell::new(Installed {
        bundle: bundle(Lang::En, ENGLISH).unwrap_or_else(|_| FluentBundle::new(Vec::new())),
        methodology: ENGLISH_HAS_METHODOLOGY,
    });
    static OTHER: RefCell<Option<(Lang, Installed)>> = const { RefCell::new(None) };
    /// The installed catalogue's text (for [`line_of`]); empty for English.
    static SOURCE: RefCell<String> = const { RefCell::new(String::new()) };
}

fn resource(lang: Lang, source: &str) -> Result<FluentResource, String> {
    FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
        format!("{}: {} parse error(s)", lang.catalogue_path(), errors.len())
    })
}

fn bundle(lang: Lang, source: &str) -> Result<Bundle, String> {
    let resource = resource(lang, source)?;
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
        _ => Some((
            lang,
            Installed {
                bundle: bundle(lang, source)?,
                methodology: false,
            },
        )),
    };
    OTHER.with(|o| *o.borrow_mut() = other);
    SOURCE.with(|s| *s.borrow_mut() = source.to_string());
    Ok(())
}

/// Whether the page's language has its methodology messages installed (always, natively).
pub fn has_methodology() -> bool {
    OTHER
        .with(|o| o.borrow().as_ref().map(|(_, i)| i.methodology))
        .unwrap_or_else(|| EN.with(|e| e.borrow().methodology))
}

/// Adds `lang`'s methodology messages (`i18n/<code>-methodology.ftl`) to its installed
/// catalogue; nothing when `lang` is not the page's language or they are already in.
pub fn add_methodology(lang: Lang, source: &str) -> Result<(), String> {
    if lang != current() || has_methodology() {
        return Ok(());
    }
    let resource = resource(lang, source)?;
    let add = |installed: &mut Installed| {
        installed
            .bundle
            .add_resource(resource)
            .map_err(|e| format!("{}: {} error(s)", lang.methodology_path(), e.len()))?;
        installed.methodology = true;
        Ok(())
    };
    match lang {
        Lang::En => EN.with(|e| add(&mut e.borrow_mut())),
        _ => OTHER.with(|o| match o.borrow_mut().as_mut() {
            Some((_, installed)) => add(installed),
            None => Ok(()),
        }),
    }
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
        .with(|o| o.borrow().as_ref().and_then(|(_, i)| from(&i.bundle)))
        .or_else(|| EN.with(|e| from(&e.borrow().bundle)))
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
    fn methodology_messages_join_the_installed_language_once_added() {
        // Natively English has them compiled in.
        assert_eq!(install(Lang::En, ""), Ok(()));
        assert!(has_methodology());
        assert_eq!(install(Lang::De, "nav-calculator = Rechner\n"), Ok(()));
        assert!(!has_methodology());
        assert_eq!(t("m-nav-back"), "Back to the calculator");
        // Another language's file is ignored: the page is in German.
        assert_eq!(add_methodology(Lang::Fr, "m-nav-back = Retour\n"), Ok(()));
        assert!(!has_methodology());
        assert!(add_methodology(Lang::De, "m-nav-back = {").is_err());
        assert!(!has_methodology());
        assert_eq!(add_methodology(Lang::De, "m-nav-back = Zurück\n"), Ok(()));
        assert!(has_methodology());
        assert_eq!(t("m-nav-back"), "Zurück");
        assert_eq!(t("nav-calculator"), "Rechner");
        // A new language starts without them again.
        assert_eq!(install(Lang::Ja, "nav-calculator = 計算\n"), Ok(()));
        assert!(!has_methodology());
        assert_eq!(install(Lang::En, ""), Ok(()));
    }

    #[test]
    fn plurals_follow_the_language() {
        let one = tr("fmt-months", &[("n", 1.0.into()), ("value", "1".into())]);
        assert_eq!(one, "1\u{a0}month");
        let many = tr("fmt-months", &[("n", 2.5.into()), ("value", "2.5".into())]);
        assert_eq!(many, "2.5\u{a0}months");
    }
}

//! The page's languages. Every visible sentence is a message in a Project Fluent catalogue
//! (`i18n/<code>.ftl`): English is compiled in, another language is fetched the first time it is
//! needed (`ui::lang_load`) and installed here. Views ask for text with [`t`] and [`tr`];
//! numbers go through [`number`], so native builds (tests, the `report` tool) print today's
//! English and the browser formats them with `Intl` for the reader's locale.

pub mod case;
mod catalogue;
pub mod number;

pub use catalogue::{add_methodology, has_methodology, install, line_of, t, tr, Arg};

/// A language the page offers. `en` is the default and the source of every message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Ja,
    Es,
}

impl Lang {
    /// Every language, in the picker's order.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Ja, Lang::Es];

    /// The code in `lang=`, `<html lang>` and the catalogue's file name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Ja => "ja",
            Lang::Es => "es",
        }
    }

    /// The language's own name, as the picker shows it whatever the page's language.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Ja => "日本語",
            Lang::Es => "Español",
        }
    }

    /// Reads a `lang=` value (exactly one of the codes; case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The first of the browser's preferred languages (`navigator.languages`, e.g. `de-AT`,
    /// `ja`) that the page offers, by primary subtag.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferred.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            Lang::from_code(primary)
        })
    }

    /// The catalogue's path relative to the page (Trunk copies `i18n/` to `dist/i18n/`).
    pub fn catalogue_path(self) -> String {
        format!("i18n/{}.ftl", self.code())
    }

    /// The methodology page's messages in this language, fetched when that page first opens
    /// (`scripts/split-catalogues.mjs` writes the file; natively they are compiled in).
    pub fn methodology_path(self) -> String {
        format!("i18n/{}-methodology.ftl", self.code())
    }
}

/// A condition as a catalogue's selector reads it (`{ $x -> [yes] … *[no] … }`).
pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// The language the page shows now.
pub fn current() -> Lang {
    catalogue::current()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_and_negotiates_by_primary_subtag() {
        assert_eq!(Lang::from_code("ja"), Some(Lang::Ja));
        assert_eq!(Lang::from_code("DE"), Some(Lang::De));
        assert_eq!(Lang::from_code("pt"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::negotiate(["pt-BR", "fr-CA", "en"]), Some(Lang::Fr));
        assert_eq!(Lang::negotiate(["zh-Hans"]), None);
        assert_eq!(Lang::negotiate(["es_419"]), Some(Lang::Es));
        // The parser's list (its notice for an invalid `lang=`) names the same languages.
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, crate::model::scenario::LANG_CODES);
    }
}

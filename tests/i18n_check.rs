//! The catalogue check build.rs runs (build/i18n/): the real catalogues pass, and fixtures with a
//! missing message, an extra one or other variables fail with the file and the message id.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/i18n/mod.rs"]
mod i18n;

use std::path::Path;

fn errors_of(fixture: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/i18n")
        .join(fixture);
    match i18n::check_dir(&dir) {
        Ok(files) => panic!("{fixture}: the check passed ({files:?})"),
        Err(e) => e,
    }
}

#[test]
fn the_real_catalogues_have_every_english_message() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    match i18n::check_dir(&dir) {
        Ok(files) => assert_eq!(files, ["de.ftl", "es.ftl", "fr.ftl", "ja.ftl"]),
        Err(e) => panic!("{e:#?}"),
    }
}

#[test]
fn a_missing_message_fails_with_file_and_id() {
    let e = errors_of("missing");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].ends_with("missing/de.ftl: missing message `bye`"),
        "{e:?}"
    );
}

#[test]
fn an_extra_message_fails_with_file_and_id() {
    let e = errors_of("extra");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].ends_with("extra/fr.ftl: extra message `surplus` (not in en.ftl)"),
        "{e:?}"
    );
}

#[test]
fn other_variables_fail_with_file_and_id() {
    let e = errors_of("variables");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].ends_with(
            "variables/ja.ftl: message `hello` uses variables $nom where en.ftl uses $name"
        ),
        "{e:?}"
    );
}

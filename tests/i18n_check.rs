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

/// build.rs compiles English into the WebAssembly without the methodology page's messages
/// (`split`): the first part has every other message at its own line and no `m-` message, the
/// second every `m-` message and nothing else.
#[test]
fn the_split_keeps_line_numbers_and_moves_every_methodology_message() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/en.ftl");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => panic!("{}: {e}", path.display()),
    };
    let (first, methodology) = i18n::split(&text);
    let ids = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| !l.starts_with([' ', '\t', '#']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next().map(str::to_string))
            .collect()
    };
    let (all, first_ids, m_ids) = (ids(&text), ids(&first), ids(&methodology));
    assert!(m_ids.len() >= 20, "{m_ids:?}");
    assert!(m_ids
        .iter()
        .all(|id| id.starts_with(i18n::METHODOLOGY_PREFIX)));
    assert!(first_ids
        .iter()
        .all(|id| !id.starts_with(i18n::METHODOLOGY_PREFIX)));
    assert_eq!(first_ids.len() + m_ids.len(), all.len());
    // Each message of the first part is on the line it has in en.ftl; comments are blanked.
    for (n, line) in first.lines().enumerate() {
        if !line.is_empty() {
            assert_eq!(text.lines().nth(n), Some(line), "line {}", n + 1);
        }
        assert!(!line.starts_with('#'), "line {}: a comment", n + 1);
    }
    // A multi-line message moves whole: its indented lines go with it.
    let (first, methodology) = i18n::split("a = A\nm-b =\n    B\n    C\n\nc = { $x }\n# note\n");
    assert_eq!(first, "a = A\n\n\n\n\nc = { $x }\n");
    assert_eq!(methodology, "m-b =\n    B\n    C\n\n");
}

#[test]
fn a_message_of_the_first_load_that_uses_a_methodology_message_fails() {
    let e = errors_of("methodology-ref");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].ends_with(
            "methodology-ref/en.ftl: message `hello` uses `m-name`, a methodology message the first load does not have"
        ),
        "{e:?}"
    );
}

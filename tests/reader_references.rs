//! What readers see points only to what they can open. The page's words (`i18n/*.ftl`) and the
//! dataset's titles, notes and derivations (`data/*.csv`, shown on the methodology page and in the
//! dataset download) once cited the team's specification and working notes ("MODEL.md §4–§5",
//! "data-reference §11.3.1", "data audit row 34"), which are not shipped with the project. Comment
//! lines are for the people editing the files and may cite anything.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Documents outside the project, as readers would meet them.
const OUTSIDE: [&str; 5] = [
    "MODEL.md",
    "data-reference",
    "data audit",
    "data-audit",
    "../shared",
];

/// `file:line: text` for every line of the files in `dir` ending in `ext` (comment lines left
/// out) that names a document outside the project.
fn outside_references(dir: &Path, ext: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .{ext} file in {}", dir.display());
    for path in files {
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            if OUTSIDE.iter().any(|o| line.contains(o)) {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                found.push(format!("{}:{}: {line}", name.unwrap_or_default(), i + 1));
            }
        }
    }
    found
}

#[test]
fn the_page_s_words_cite_nothing_readers_cannot_open() {
    let found = outside_references(&project().join("i18n"), "ftl");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_dataset_s_notes_cite_nothing_readers_cannot_open() {
    let found = outside_references(&project().join("data"), "csv");
    assert!(found.is_empty(), "{found:#?}");
}

/// The check finds what it looks for (a line as the catalogues had it, and a comment it leaves).
#[test]
fn the_check_finds_an_outside_reference() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("reader-references");
    fs::create_dir_all(&dir).expect("fixture folder made");
    fs::write(
        dir.join("xx.ftl"),
        "# MODEL.md in a comment is fine\nnote = Time. MODEL.md §7.\nok = Fine.\n",
    )
    .expect("fixture written");
    let found = outside_references(&dir, "ftl");
    assert_eq!(found, ["xx.ftl:2: note = Time. MODEL.md §7."]);
}

//! Golden files: compare, or write them with `UPDATE_GOLDEN=1` (`mod common { pub mod diff;
//! pub mod golden; }`).

use super::diff::line_diff;
use std::path::Path;

/// True when the run should write the golden files instead of comparing (`UPDATE_GOLDEN=1`).
pub fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

/// Compares `got` with the golden file at `path`, or writes it when updating. A mismatch or a
/// missing file is added to `failures` with a line diff; a file that cannot be written panics,
/// so an update never passes without having written every file.
pub fn check(path: &Path, got: &str, test: &str, failures: &mut Vec<String>) {
    if updating() {
        if let Some(dir) = path.parent() {
            if let Err(e) = std::fs::create_dir_all(dir) {
                panic!("cannot create {}: {e}", dir.display());
            }
        }
        if let Err(e) = std::fs::write(path, got) {
            panic!("cannot write {}: {e}", path.display());
        }
        return;
    }
    match std::fs::read_to_string(path) {
        Ok(want) if want == got => {}
        Ok(want) => failures.push(format!(
            "{} differs (if the change is intended: UPDATE_GOLDEN=1 cargo test --test {test}):\n{}",
            path.display(),
            line_diff(&want, got)
        )),
        Err(e) => failures.push(format!(
            "{}: {e} (run UPDATE_GOLDEN=1 cargo test --test {test})",
            path.display()
        )),
    }
}

/// Fails the test with every mismatch, printed as text (not `{:?}`, which would escape the diff).
#[track_caller]
pub fn assert_none(failures: &[String]) {
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

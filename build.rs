//! Compiles the human-editable dataset in `data/` into `$OUT_DIR/dataset.rs`
//! (`pub static DATASET: Dataset = …`), after checking it, with the dataset compiler of
//! `crates/dataset-build`. A malformed or inconsistent file fails the build with the file, the
//! line or key, and what is wrong. It also checks the message catalogues of `i18n/`.

#[path = "build/i18n/mod.rs"]
mod i18n;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    println!("cargo::rerun-if-changed=build.rs");
    check_catalogues(&root);
    for f in dataset_build::FILES {
        println!("cargo::rerun-if-changed=data/{f}");
    }
    // Cargo runs build scripts in the package root, so `data/…` paths in messages are relative.
    let data = if root.join("data").is_dir() {
        PathBuf::from("data")
    } else {
        root.join("data")
    };
    match dataset_build::load_dir(&data) {
        Ok(ds) => {
            let out = match std::env::var("OUT_DIR") {
                Ok(o) => PathBuf::from(o).join("dataset.rs"),
                Err(e) => {
                    eprintln!("error: OUT_DIR is not set: {e}");
                    std::process::exit(1);
                }
            };
            if let Err(e) = std::fs::write(&out, dataset_build::emit(&ds)) {
                eprintln!("error: cannot write {}: {e}", out.display());
                std::process::exit(1);
            }
        }
        Err(errors) => {
            eprintln!("The dataset in data/ has {} problem(s):", errors.len());
            for e in &errors {
                eprintln!("  {e}");
                println!("cargo::warning=data: {e}");
            }
            std::process::exit(1);
        }
    }
}

/// Every catalogue in `i18n/` has every message of `en.ftl`, with the same variables; a missing
/// or extra message fails the build with the file and the message id.
fn check_catalogues(root: &std::path::Path) {
    println!("cargo::rerun-if-changed=build/i18n/mod.rs");
    println!("cargo::rerun-if-changed=i18n");
    let dir = if root.join("i18n").is_dir() {
        PathBuf::from("i18n")
    } else {
        root.join("i18n")
    };
    // The English catalogue compiled into the app, its comments blanked (line numbers kept, so
    // the methodology page's "line N" stays true): a few KB less in the first load.
    match (
        std::fs::read_to_string(dir.join(i18n::SOURCE)),
        std::env::var("OUT_DIR"),
    ) {
        (Ok(text), Ok(out)) => {
            let blanked: String = text
                .lines()
                .map(|l| if l.starts_with('#') { "" } else { l })
                .collect::<Vec<_>>()
                .join("\n");
            // The WebAssembly's English: the same without the methodology page's messages,
            // which the page fetches when it first opens (`i18n/en-methodology.ftl`, written
            // into dist/ by scripts/split-catalogues.mjs with the same rule).
            let (first, _) = i18n::split(&text);
            for (name, content) in [("en.ftl", blanked + "\n"), ("en-first.ftl", first)] {
                if let Err(e) = std::fs::write(PathBuf::from(&out).join(name), content) {
                    eprintln!("error: cannot write {name} to OUT_DIR: {e}");
                    std::process::exit(1);
                }
            }
        }
        (Err(e), _) => {
            eprintln!("error: cannot read i18n/{}: {e}", i18n::SOURCE);
            std::process::exit(1);
        }
        (_, Err(e)) => {
            eprintln!("error: OUT_DIR is not set: {e}");
            std::process::exit(1);
        }
    }
    if let Err(errors) = i18n::check_dir(&dir) {
        eprintln!(
            "The message catalogues in i18n/ have {} problem(s):",
            errors.len()
        );
        for e in &errors {
            eprintln!("  {e}");
            println!("cargo::warning=i18n: {e}");
        }
        std::process::exit(1);
    }
}

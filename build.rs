//! Compiles the human-editable dataset in `data/` into `$OUT_DIR/dataset.rs`
//! (`pub static DATASET: Dataset = …`), after checking it, with the dataset compiler of
//! `crates/dataset-build`. A malformed or inconsistent file fails the build with the file, the
//! line or key, and what is wrong.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    println!("cargo::rerun-if-changed=build.rs");
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

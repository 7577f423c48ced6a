//! `cargo run --bin export-dataset -- <file>`: writes the dataset as JSON (`data::document`), the
//! file the built site serves as `dataset.json` (scripts/post-build.mjs runs this). Without a
//! file argument it prints to standard output.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let json = rare_earth_risk::data::document::dataset_json();
    match std::env::args().nth(1) {
        Some(path) => {
            if let Err(e) = std::fs::write(&path, json) {
                eprintln!("export-dataset: cannot write {path}: {e}");
                std::process::exit(1);
            }
        }
        None => println!("{json}"),
    }
}

/// The dataset document is made by native builds only.
#[cfg(target_arch = "wasm32")]
fn main() {}

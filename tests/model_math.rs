//! Native and WASM must give the same bits (MODEL.md §8), so the model's non-test code calls
//! transcendental functions only through `src/model/math.rs` (pure-Rust `libm`), never the
//! std methods, which use the platform's C library natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

const FORBIDDEN: [&str; 16] = [
    ".exp(", ".exp2(", ".exp_m1(", ".ln(", ".ln_1p(", ".log(", ".log2(", ".log10(", ".powf(",
    ".powi(", ".sin(", ".cos(", ".tan(", ".atan(", ".atan2(", ".cbrt(",
];

#[test]
fn model_calls_transcendentals_only_through_math_rs() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut bad = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("math.rs") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        // Unit tests (after `#[cfg(test)]`) may compute expectations with std.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let l = line.trim_start();
            if l.starts_with("//") {
                continue;
            }
            for f in FORBIDDEN {
                if line.contains(f) {
                    bad.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        files >= 10,
        "found only {files} model files in {}",
        dir.display()
    );
    assert!(
        bad.is_empty(),
        "use model::math instead:\n{}",
        bad.join("\n")
    );
}

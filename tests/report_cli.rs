//! The `report` command line: the JSON the e2e tests and analysts read, and its refusals.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn report(args: &[&str]) -> std::process::Output {
    match Command::new(env!("CARGO_BIN_EXE_report"))
        .args(args)
        .output()
    {
        Ok(out) => out,
        Err(e) => panic!("report does not run: {e}"),
    }
}

#[test]
fn prints_the_outcome_with_the_draws_asked_for() {
    let out = report(&["--draws", "0", "--compact", "preset=embargo-now"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(json["draws"], 0);
    assert_eq!(json["scenario"]["preset"], "embargo-now");
    assert!(json["markets"]["magnet"]["path"]
        .as_array()
        .is_some_and(|p| p.len() == 36));
}

/// A link that compares prints A's outcome under `compare`, read as the page reads it.
#[test]
fn a_comparison_prints_both_sides() {
    let out = report(&[
        "--draws",
        "0",
        "--compact",
        "preset=embargo-now&compare=preset%3Dbaseline-2024%26view%3Djapan",
    ]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(json["scenario"]["preset"], "embargo-now");
    let a = &json["compare"];
    assert_eq!(a["side"], "A: the scenario compared with");
    assert_eq!(a["scenario"]["preset"], "baseline-2024");
    assert_eq!(a["view"], "japan");
    assert_eq!(a["draws"], 0);
    let alone = report(&["--draws", "0", "--compact", "preset=embargo-now"]);
    let alone: serde_json::Value = serde_json::from_slice(&alone.stdout).unwrap_or_default();
    assert!(alone.get("compare").is_none());
    assert_eq!(alone["markets"], json["markets"]);
}

#[test]
fn a_bad_option_is_refused_with_usage_and_exit_code_2() {
    for args in [
        &["--draws", "many", "preset=embargo-now"][..],
        &["--draws"][..],
        &["--draws", "-3"][..],
        &["--timeline-draws", "1e9"][..],
        &["--drawz", "5", "preset=embargo-now"][..],
    ] {
        let out = report(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("usage: report"), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}: no JSON on a refusal");
    }
}

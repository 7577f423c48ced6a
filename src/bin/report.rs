//! `cargo run --release --bin report -- '<query string>'`: prints the model's JSON outcome for a
//! scenario, through the same code path as the browser (`evaluate_query`). Bad input becomes
//! notices in the JSON; the exit code is 0 unless the JSON cannot be written.
//!
//! Options (before the query): `--draws N` (default 1,000; 0 = central only),
//! `--timeline-draws N` (default draws/10), `--compact` (one line).

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::{evaluate_query, Options};

fn main() {
    let mut opts = Options::default();
    let mut compact = false;
    let mut query = String::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--draws" => {
                opts.draws = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(opts.draws);
            }
            "--timeline-draws" => {
                opts.timeline_draws = args.next().and_then(|v| v.parse().ok());
            }
            "--compact" => compact = true,
            "-h" | "--help" => {
                println!(
                    "usage: report [--draws N] [--timeline-draws N] [--compact] '<query string>'"
                );
                return;
            }
            _ => {
                if !query.is_empty() {
                    query.push('&');
                }
                query.push_str(&a);
            }
        }
    }
    let outcome = evaluate_query(&query, &DATASET, &opts);
    let json = if compact {
        serde_json::to_string(&outcome)
    } else {
        serde_json::to_string_pretty(&outcome)
    };
    match json {
        Ok(s) => println!("{s}"),
        Err(e) => {
            eprintln!("report: could not write JSON: {e}");
            std::process::exit(1);
        }
    }
}

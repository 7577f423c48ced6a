//! `cargo run --release --bin report -- '<query string>'`: prints the model's JSON outcome for a
//! scenario, through the same code path as the browser (`evaluate_query`). Bad input in the
//! query becomes notices in the JSON; a bad option is refused with a usage line and exit code 2;
//! exit code 1 if the JSON cannot be written.
//!
//! Options (before or after the query): `--draws N` (default 400; 0 = central only),
//! `--timeline-draws N` (default draws/20), `--compact` (one line), `--drivers` ("what drives
//! this number" for the scenario instead of the outcome: its swings, and the card's finding and
//! table for the headline it opens on, in English, as the page writes them).

use rare_earth_risk::data::DATASET;
use rare_earth_risk::model::drivers::{drivers, Headline};
use rare_earth_risk::model::{evaluate_query, evaluate_with, Options, Scenario};
use rare_earth_risk::ui::charts::drivers_chart;
use rare_earth_risk::ui::export::{results_json, SideA};
use rare_earth_risk::ui::state::compared_of;

const USAGE: &str =
    "usage: report [--draws N] [--timeline-draws N] [--compact] [--drivers] '<query string>'";

/// The most draws a run may ask for (the 20,000-draw reference of MODEL.md §8 fits).
const MAX_DRAWS: usize = 100_000;

/// Refuses the command line: what was wrong, the usage line, exit code 2.
fn refuse(problem: &str) -> ! {
    eprintln!("report: {problem}\n{USAGE}");
    std::process::exit(2);
}

/// The number after `flag`, a whole number of draws up to [`MAX_DRAWS`].
fn draws(flag: &str, value: Option<String>) -> usize {
    match value.as_deref().map(str::parse::<usize>) {
        Some(Ok(n)) if n <= MAX_DRAWS => n,
        Some(Ok(n)) => refuse(&format!("{flag} {n} is more than {MAX_DRAWS}")),
        Some(Err(_)) => refuse(&format!(
            "{flag} needs a whole number, not “{}”",
            value.unwrap_or_default()
        )),
        None => refuse(&format!("{flag} needs a number")),
    }
}

fn main() {
    let mut opts = Options::default();
    let mut compact = false;
    let mut swings = false;
    let mut query = String::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--draws" => opts.draws = draws("--draws", args.next()),
            "--timeline-draws" => {
                opts.timeline_draws = Some(draws("--timeline-draws", args.next()));
            }
            "--compact" => compact = true,
            "--drivers" => swings = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            flag if flag.starts_with("--") => refuse(&format!("unknown option {flag}")),
            _ => {
                if !query.is_empty() {
                    query.push('&');
                }
                query.push_str(&a);
            }
        }
    }
    if swings {
        print_drivers(&query, compact);
        return;
    }
    let outcome = evaluate_query(&query, &DATASET, &opts);
    // A link that compares (`compare=<A's query>`, read as the page reads it) prints A too,
    // under `compare`, as the page's JSON download does.
    let a = compared_of(&query, &DATASET).map(|(s, _)| {
        let o = evaluate_with(&s, &DATASET, &opts);
        (s, o)
    });
    let side = a.as_ref().map(|(s, o)| SideA::new(s, o));
    println!("{}", results_json(&outcome, side.as_ref(), !compact));
}

/// `--drivers`: the swings of the scenario in `query` (read as the page reads it), and the card's
/// finding and table rows for the headline it opens on.
fn print_drivers(query: &str, compact: bool) {
    let s = Scenario::parse(query, &DATASET).scenario;
    let d = drivers(&s, &DATASET);
    let headline = Headline::default_for(s.replays_2009(&DATASET));
    let chart = drivers_chart(&d, headline);
    let doc = serde_json::json!({
        "headline": headline,
        "finding": chart.finding,
        "rows": chart.table.rows,
        "drivers": d,
    });
    let text = if compact {
        serde_json::to_string(&doc)
    } else {
        serde_json::to_string_pretty(&doc)
    };
    match text {
        Ok(t) => println!("{t}"),
        Err(e) => {
            eprintln!("report: {e}");
            std::process::exit(1);
        }
    }
}

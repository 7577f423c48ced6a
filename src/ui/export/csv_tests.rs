//! Tests of the results CSV: the round trip, "never", quoting, the viewpoint's rows and A's.

use super::*;
use crate::model::{evaluate_with, Options, Scenario};
use crate::ui::export::SideA;

fn outcome(q: &str) -> Outcome {
    let s = Scenario::from_query(q, &DATASET);
    evaluate_with(&s, &DATASET, &Options::default())
}

/// A tiny CSV reader (quoted fields, doubled quotes) for the round trip.
fn parse(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = csv.chars().peekable();
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (_, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_round_trips_the_headline_numbers_and_the_timeline() {
    let o = outcome("preset=embargo-now");
    let rows = parse(&results_csv(&o, None));
    assert_eq!(rows[0], CSV_HEADER.map(String::from).to_vec());
    assert!(rows.iter().all(|r| r.len() == 8), "every row has 8 cells");
    let find = |metric: &str, year: &str| {
        rows.iter()
            .find(|r| r[1] == metric && r[2] == year)
            .cloned()
            .unwrap_or_else(|| panic!("no row {metric} {year}"))
    };
    let y = o.year.to_string();
    let r = find("markets.magnet.multiplier", &y);
    assert_eq!(
        r[4].parse::<f64>().ok(),
        Some(o.markets.magnet.multiplier.central)
    );
    assert_eq!(
        r[7].parse::<f64>().ok(),
        Some(o.markets.magnet.multiplier.p90)
    );
    let r = find("dependency.light.magnet.dependency", &y);
    assert_eq!(
        r[4].parse::<f64>().ok(),
        Some(o.dependency.light.magnet.dependency.central)
    );
    for t in &o.timeline {
        let r = find("timeline.markets.ndpr.multiplier", &t.year.to_string());
        assert_eq!(
            r[4].parse::<f64>().ok(),
            Some(t.markets.ndpr.multiplier.central)
        );
    }
    assert_eq!(find("scenario.quota_light", "")[4], "0");
    // The path, month by month, named as in the JSON (`markets.dy.path.3.stock_months`).
    let p = &o.markets.dy.path[3];
    let r = find("markets.dy.path.3.stock_months", &p.month);
    assert_eq!(r[4].parse::<f64>().ok(), Some(p.stock_months));
    assert_eq!(
        rows.iter().filter(|r| r[0] == "path").count(),
        4 * 5 * o.markets.dy.path.len()
    );
}

#[test]
fn never_is_an_empty_cell() {
    let o = outcome("");
    let csv = results_csv(&o, None);
    if o.time_to_survive_months.central.is_none() {
        assert!(csv.contains("time,time_to_survive_months,2026,months,,,,\r\n"));
    }
}

#[test]
fn quoting() {
    assert_eq!(field("a,b"), "\"a,b\"");
    assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(field("plain"), "plain");
}

fn find(rows: &[Vec<String>], metric: &str) -> Vec<String> {
    match rows.iter().find(|r| r[1] == metric) {
        Some(r) => r.clone(),
        None => panic!("no row {metric}"),
    }
}

/// Issue #16: the viewpoint's own figures, and for the EU the Act's benchmarks.
#[test]
fn the_viewpoints_own_figures_are_rows() {
    let o = outcome("preset=embargo-now&view=japan");
    let rows = parse(&results_csv(&o, None));
    let v = &o.viewpoint;
    assert_eq!(find(&rows, "viewpoint.key")[4], "japan");
    let r = find(&rows, "viewpoint.time_to_survive_months");
    assert_eq!(r[4].parse::<f64>().ok(), v.time_to_survive_months);
    let r = find(&rows, "viewpoint.markets.dy.cover_t");
    assert_eq!(r[4].parse::<f64>().ok(), Some(v.markets.dy.cover_t));
    let r = find(&rows, "viewpoint.state_stockpile_months");
    assert_eq!(r[4].parse::<f64>().ok(), v.state_stockpile_months);
    assert!(!rows.iter().any(|r| r[0] == "crma"), "the Act is the EU's");
    let o = outcome("view=eu");
    let rows = parse(&results_csv(&o, None));
    let Some(crma) = &o.crma else {
        panic!("view=eu has the Act's benchmarks")
    };
    let r = find(&rows, "crma.single_supplier.light");
    assert_eq!(r[4].parse::<f64>().ok(), crma.single_supplier.light);
    let r = find(&rows, "crma.processing.benchmark");
    assert_eq!(r[4].parse::<f64>().ok(), Some(crma.processing.benchmark));
}

/// Issue #15: with a comparison, A follows B in full, labelled on every row.
#[test]
fn a_comparison_carries_both_sides_with_a_labelled() {
    let (b, a) = (
        outcome("preset=embargo-now"),
        outcome("preset=baseline-2024"),
    );
    let s = Scenario::from_query("preset=baseline-2024", &DATASET);
    let side = SideA::new(&s, &a);
    let rows = parse(&results_csv(&b, Some(&side)));
    assert!(rows.iter().all(|r| r.len() == 8), "every row has 8 cells");
    assert_eq!(find(&rows, "compare.side")[4], SideA::SIDE);
    assert_eq!(find(&rows, "compare.query")[4], s.to_query(&DATASET));
    assert_eq!(find(&rows, "compare.name")[4], "Baseline 2024");
    let r = find(&rows, "compare.markets.magnet.multiplier");
    assert_eq!(r[0], "A: market");
    assert_eq!(
        r[4].parse::<f64>().ok(),
        Some(a.markets.magnet.multiplier.central)
    );
    let r = find(&rows, "markets.magnet.multiplier");
    assert_eq!(r[0], "market");
    assert_eq!(
        r[4].parse::<f64>().ok(),
        Some(b.markets.magnet.multiplier.central)
    );
    // Every B row has its A row.
    let b_rows = rows
        .iter()
        .filter(|r| r[0] != "about" && !r[0].starts_with("A: "))
        .count();
    let a_rows = rows.iter().filter(|r| r[0].starts_with("A: ")).count();
    assert_eq!(a_rows, b_rows - 1, "all but the header");
    let alone = parse(&results_csv(&b, None));
    assert_eq!(alone.len() + 3 + a_rows, rows.len());
}

/// In another language the column headings, the title and the one-line scenario follow the
/// page; the cells stay the report's keys and values, so the file reads the same in a
/// spreadsheet whatever the language.
#[test]
fn headings_follow_the_page_language_and_cells_stay_the_reports() {
    use crate::i18n::{install, Lang};
    let o = outcome("preset=embargo-now");
    let english = results_csv(&o, None);
    let s = Scenario::from_query("preset=embargo-now", &DATASET);
    let english_line = super::super::scenario_line(&s);
    assert_eq!(
        install(Lang::De, include_str!("../../../i18n/de.ftl")),
        Ok(())
    );
    let german = results_csv(&o, None);
    let german_line = super::super::scenario_line(&s);
    assert_eq!(install(Lang::En, ""), Ok(()));
    let (de_rows, en_rows) = (parse(&german), parse(&english));
    assert_eq!(
        de_rows[0],
        [
            "Abschnitt",
            "Kennzahl",
            "Jahr",
            "Einheit",
            "zentral",
            "p10",
            "p50",
            "p90"
        ]
    );
    assert_eq!(en_rows[0], CSV_HEADER.map(String::from).to_vec());
    assert_eq!(
        de_rows[1][4],
        "Rechner für Lieferkettenrisiken Seltener Erden: Ergebnisse"
    );
    // Every row after the title is the same in both.
    assert_eq!(de_rows.len(), en_rows.len());
    assert_eq!(de_rows[2..], en_rows[2..]);
    assert!(english_line.starts_with("Scenario from "), "{english_line}");
    assert!(german_line.starts_with("Szenario ab "), "{german_line}");
    assert!(
        german_line.contains("12 Monate lang lässt China"),
        "{german_line}"
    );
}

/// A baseline price's year is the year that price is from: 2009 on the replay of 2010–11,
/// which runs on the 2009 snapshot's prices, the dataset's baseline year otherwise.
#[test]
fn the_baseline_price_carries_its_own_year() {
    for (q, year) in [
        ("preset=quota-2010", "2009"),
        ("preset=embargo-now", "2024"),
    ] {
        let o = outcome(q);
        let rows = parse(&results_csv(&o, None));
        let r = rows
            .iter()
            .find(|r| r[1] == "markets.ndpr.price.baseline")
            .unwrap_or_else(|| panic!("no baseline price row for {q}"));
        assert_eq!(r[2], year, "{q}");
        assert_eq!(
            r[4].parse::<f64>().ok(),
            Some(o.markets.ndpr.price.baseline),
            "{q}"
        );
    }
}

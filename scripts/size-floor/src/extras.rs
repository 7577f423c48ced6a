//! serde_json serialisation, form_urlencoded query parsing, f64 parsing and `{:.1}` formatting.
use serde::Serialize;

#[derive(Serialize)]
pub struct Outcome {
    pub year: u32,
    pub quota: f64,
    pub label: String,
    pub prices: Vec<f64>,
}

/// Parses `?year=2030&quota=0.4&label=x` (defaults for what is missing or bad).
pub fn parse_query(query: &str) -> Outcome {
    let mut o = Outcome { year: 2030, quota: 0.5, label: String::new(), prices: Vec::new() };
    for (k, v) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        match &*k {
            "year" => o.year = v.parse().unwrap_or(o.year),
            "quota" => o.quota = v.parse::<f64>().ok().filter(|q| q.is_finite()).unwrap_or(o.quota),
            "label" => o.label = v.into_owned(),
            _ => {}
        }
    }
    o.prices = (0..6).map(|i| o.quota * f64::from(i) + 1.0).collect();
    o
}

/// The outcome as JSON, and a one-decimal summary.
pub fn describe(o: &Outcome) -> (String, String) {
    let json = serde_json::to_string(o).unwrap_or_default();
    let summary = format!("{:.1} × in {} ({:.1} %)", o.prices.last().copied().unwrap_or(0.0), o.year, o.quota * 100.0);
    (json, summary)
}

//! `sources.csv`, `meta.csv` and `policy.csv`: the bibliography, the dataset's own facts and the
//! policy timeline.

use super::cx::{check_date, Cx};
use crate::csv::Table;
use crate::schema;
use crate::{PPolicy, PSource};
use std::collections::BTreeMap;

pub(super) fn read_sources(cx: &mut Cx, t: &Table) -> Vec<PSource> {
    let cols = ["id", "title", "publisher", "date", "url", "licence"];
    if !cx.has_columns(t, &cols) {
        return vec![];
    }
    let mut out = Vec::new();
    for r in &t.records {
        let id = t.get(r, "id").to_string();
        let loc = Cx::at(r, &id);
        if id.is_empty() || id.contains(char::is_whitespace) {
            cx.err(&t.file, &loc, "source id must be one word, e.g. S1");
        }
        if !cx.sources.insert(id.clone()) {
            cx.err(&t.file, &loc, format!("duplicate source id `{id}`"));
        }
        if t.get(r, "title").is_empty() {
            cx.err(&t.file, &loc, "missing title");
        }
        // The app turns this into a link: only plain web addresses or an in-app anchor
        // (`#methodology`), never `javascript:` or markup.
        let url = t.get(r, "url");
        let web = url.starts_with("https://") || url.starts_with("http://") || url.starts_with('#');
        if !url.is_empty()
            && (!web || url.contains(|c: char| c.is_whitespace() || "\"'<>`".contains(c)))
        {
            cx.err(
                &t.file,
                &loc,
                format!("url `{url}` must be a plain http(s) address or an in-app #anchor"),
            );
        }
        out.push(PSource {
            id,
            title: t.get(r, "title").into(),
            publisher: t.get(r, "publisher").into(),
            date: t.get(r, "date").into(),
            url: t.get(r, "url").into(),
            licence: t.get(r, "licence").into(),
        });
    }
    out
}

pub(super) fn read_meta(cx: &mut Cx, t: &Table) -> (String, String, Vec<String>, String) {
    if !cx.has_columns(t, &["key", "value"]) {
        return (String::new(), String::new(), vec![], String::new());
    }
    let mut m: BTreeMap<String, String> = BTreeMap::new();
    for r in &t.records {
        let k = t.get(r, "key").to_string();
        if m.insert(k.clone(), t.get(r, "value").to_string()).is_some() {
            cx.err(&t.file, Cx::at(r, &k), format!("duplicate key `{k}`"));
        }
    }
    let mut get = |k: &str| -> String {
        match m.get(k) {
            Some(v) if !v.is_empty() => v.clone(),
            _ => {
                cx.err(&t.file, format!("key {k}"), "missing or empty");
                String::new()
            }
        }
    };
    let vintage = get("vintage");
    let credit = get("credit");
    let first_screen = get("first_screen");
    let (ymin, ymax, base) = (get("year_min"), get("year_max"), get("baseline_year"));
    let names: Vec<String> = schema::MARKETS
        .iter()
        .map(|mk| get(&format!("market.{mk}.name")))
        .collect();
    match (
        ymin.parse::<u16>(),
        ymax.parse::<u16>(),
        base.parse::<u16>(),
    ) {
        (Ok(a), Ok(b), Ok(c)) if a <= c && c <= b => {
            cx.year_min = a;
            cx.year_max = b;
            cx.baseline_year = c;
        }
        _ => cx.err(
            &t.file,
            "key year_min/year_max/baseline_year",
            "must be years with year_min ≤ baseline_year ≤ year_max",
        ),
    }
    (vintage, credit, names, first_screen)
}

pub(super) fn read_policy(cx: &mut Cx, t: &Table) -> Vec<PPolicy> {
    let mut out = Vec::new();
    if !cx.has_columns(t, &["date", "title", "detail", "source"]) {
        return out;
    }
    for r in &t.records {
        let (date, title) = (t.get(r, "date"), t.get(r, "title"));
        let loc = Cx::at(r, &format!("{date} {title}"));
        check_date(cx, &t.file, &loc, date);
        if title.is_empty() {
            cx.err(&t.file, &loc, "missing title");
        }
        cx.check_sources(&t.file, &loc, t.get(r, "source"));
        out.push(PPolicy {
            date: date.into(),
            title: title.into(),
            detail: t.get(r, "detail").into(),
            source: t.get(r, "source").into(),
        });
    }
    out
}

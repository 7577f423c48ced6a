//! Broken-data fixtures as small patches to the real `data/`.
//!
//! A fixture `tests/fixtures/dataset/<case>.patch` names a data file, the rows it changes and the
//! problems the checker must then report. One instruction per line (`#` starts a comment):
//!
//! ```text
//! in baseline.csv                                  the file the next lines patch
//! set market.ndpr.non_china_capacity value = 5000  one cell of the row whose leading fields are the key
//! remove snapshot_2009.demand                      drop that row
//! add nd,1890,19,USD/kg,S236,medium,               append a raw CSV line
//! expect key market.ndpr.non_china_capacity | K = 5000 is below F
//! ```
//!
//! `set` with nothing after `=` empties the cell. `expect <place> | <problem>`: some error names the patched file, `<place>` (where) and
//! `<problem>` (what). `{line}` in `<place>` is the line of the row the instruction before it
//! touched, so an expectation survives rows being added to `data/` above it. A key is the row's
//! leading fields joined by commas (`dy,2024` in `prices.csv`); it must match exactly one row.

use dataset_build::csv;
use std::collections::BTreeMap;

/// One error the patched data must produce.
#[derive(Debug)]
pub struct Expect {
    /// The data file, as the checker shows it.
    pub file: String,
    pub place: String,
    pub problem: String,
}

/// A fixture applied: the patched files' text by name, and what must be reported.
#[derive(Debug, Default)]
pub struct Patched {
    pub files: BTreeMap<String, String>,
    pub expects: Vec<Expect>,
}

/// How a patched file is named in the checker's messages.
pub fn shown(case: &str, file: &str) -> String {
    format!("data/{file} (patched by {case})")
}

/// Applies the fixture `text` (named `case`) to the data files `read` returns.
pub fn apply(
    case: &str,
    text: &str,
    read: &dyn Fn(&str) -> Result<String, String>,
) -> Result<Patched, String> {
    let mut out = Patched::default();
    let mut file: Option<String> = None;
    let mut last_line: Option<usize> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fail = |m: &str| format!("{case}.patch line {}: {m}", n + 1);
        let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
        if word == "in" {
            let name = rest.trim().to_string();
            if !out.files.contains_key(&name) {
                let data = read(&name).map_err(|e| fail(&format!("cannot read {name}: {e}")))?;
                out.files.insert(name.clone(), data);
            }
            file = Some(name);
            last_line = None;
            continue;
        }
        let Some(name) = file.clone() else {
            return Err(fail("no `in <file>` before this line"));
        };
        let Some(body) = out.files.get_mut(&name) else {
            return Err(fail("the file was not read"));
        };
        match word {
            "set" => {
                let (key_col, value) = rest
                    .split_once(" =")
                    .ok_or_else(|| fail("want `set <key> <column> = <value>`"))?;
                let (key, col) = key_col
                    .trim()
                    .split_once(' ')
                    .ok_or_else(|| fail("want `set <key> <column> = <value>`"))?;
                last_line =
                    Some(set(body, &name, key, col.trim(), value.trim()).map_err(|e| fail(&e))?);
            }
            "remove" => last_line = Some(remove(body, &name, rest.trim()).map_err(|e| fail(&e))?),
            "add" => {
                if !body.ends_with('\n') {
                    body.push('\n');
                }
                body.push_str(rest.trim());
                body.push('\n');
                last_line = Some(body.lines().count());
            }
            "expect" => {
                let (place, problem) = rest
                    .split_once(" | ")
                    .ok_or_else(|| fail("want `expect <place> | <problem>`"))?;
                let place = match (place.contains("{line}"), last_line) {
                    (false, _) => place.trim().to_string(),
                    (true, Some(l)) => place.trim().replace("{line}", &format!("line {l}")),
                    (true, None) => return Err(fail("`{line}` with no row touched before it")),
                };
                out.expects.push(Expect {
                    file: shown(case, &name),
                    place,
                    problem: problem.trim().to_string(),
                });
            }
            _ => return Err(fail(&format!("unknown instruction `{word}`"))),
        }
    }
    if out.expects.is_empty() {
        return Err(format!("{case}.patch expects no error"));
    }
    Ok(out)
}

/// The one record whose leading fields are `key` (comma-separated).
fn find(body: &str, file: &str, key: &str) -> Result<csv::Record, String> {
    let table = csv::parse(file, body).map_err(|e| format!("{file} does not parse: {e:?}"))?;
    let parts: Vec<&str> = key.split(',').collect();
    let mut hits = table.records.into_iter().filter(|r| {
        r.fields.len() >= parts.len() && r.fields.iter().zip(&parts).all(|(f, p)| f == p)
    });
    match (hits.next(), hits.next()) {
        (Some(r), None) => Ok(r),
        (None, _) => Err(format!("no row `{key}` in {file}")),
        (Some(_), Some(_)) => Err(format!("more than one row `{key}` in {file}")),
    }
}

/// Sets column `col` of row `key` to `value`; returns the row's line.
fn set(body: &mut String, file: &str, key: &str, col: &str, value: &str) -> Result<usize, String> {
    let table = csv::parse(file, body).map_err(|e| format!("{file} does not parse: {e:?}"))?;
    let i = table.col(col).map_err(|e| e.to_string())?;
    let mut record = find(body, file, key)?;
    match record.fields.get_mut(i) {
        Some(f) => *f = value.to_string(),
        None => return Err(format!("row `{key}` has no column `{col}`")),
    }
    replace_line(body, record.line, Some(&to_csv(&record.fields)))?;
    Ok(record.line)
}

/// Removes row `key`; returns the line it was on.
fn remove(body: &mut String, file: &str, key: &str) -> Result<usize, String> {
    let record = find(body, file, key)?;
    replace_line(body, record.line, None)?;
    Ok(record.line)
}

/// Replaces (or with `None` removes) physical line `n` (1-based), which must hold a whole record.
fn replace_line(body: &mut String, n: usize, with: Option<&str>) -> Result<(), String> {
    let mut lines: Vec<&str> = body.lines().collect();
    let Some(old) = lines.get(n - 1) else {
        return Err(format!("no line {n}"));
    };
    if old.matches('"').count() % 2 == 1 {
        return Err(format!("line {n} is part of a record over several lines"));
    }
    match with {
        Some(new) => lines[n - 1] = new,
        None => {
            lines.remove(n - 1);
        }
    }
    *body = lines.join("\n") + "\n";
    Ok(())
}

/// Writes fields as one CSV line, quoting those that need it.
fn to_csv(fields: &[String]) -> String {
    let cell = |f: &String| {
        if f.contains([',', '"', '\n']) {
            format!("\"{}\"", f.replace('"', "\"\""))
        } else {
            f.clone()
        }
    };
    fields.iter().map(cell).collect::<Vec<_>>().join(",")
}

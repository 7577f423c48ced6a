//! Reads the data files' CSV into tables that keep line numbers, so every error can point at a
//! line. Parsing is the `csv` crate's; this module adds the editors' conventions (comments,
//! trimming) and the checks that a header and its rows agree.

use super::DataError;

/// One record: its first physical line (1-based) and its fields.
#[derive(Debug, Clone)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// A parsed CSV file: the header and the data records.
#[derive(Debug, Clone)]
pub struct Table {
    pub file: String,
    pub header: Vec<String>,
    pub records: Vec<Record>,
}

/// Splits `text` into records with the `csv` crate (RFC 4180: quoted fields may hold commas,
/// `""` and newlines), keeping each record's first line. Blank lines and lines starting with `#`
/// are skipped (comments for editors); fields are trimmed. Errors name the file and line.
pub fn parse(file: &str, text: &str) -> Result<Table, Vec<DataError>> {
    // The csv crate reads an unclosed quote to the end of the file without complaint; an odd
    // number of quote characters is exactly that mistake, so say it plainly.
    if text.matches('"').count() % 2 == 1 {
        let line = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.matches('"').count() % 2 == 1)
            .map(|(i, _)| i + 1)
            .next()
            .unwrap_or(1);
        return Err(vec![DataError::new(
            file,
            format!("line {line}"),
            "a quoted field is never closed (missing \")",
        )]);
    }
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut records: Vec<Record> = Vec::new();
    for row in reader.records() {
        match row {
            Ok(rec) => {
                let line = rec.position().map_or(0, |p| physical_line(text, p.byte()));
                // A line of only spaces is blank too.
                if rec.iter().all(str::is_empty) {
                    continue;
                }
                records.push(Record {
                    line,
                    fields: rec.iter().map(str::to_string).collect(),
                });
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| physical_line(text, p.byte()));
                return Err(vec![DataError::new(
                    file,
                    format!("line {line}"),
                    format!("cannot read this CSV row: {e}"),
                )]);
            }
        }
    }
    let mut errors = Vec::new();
    let mut iter = records.into_iter();
    let header = match iter.next() {
        Some(h) => h.fields,
        None => {
            return Err(vec![DataError::new(
                file,
                "line 1",
                "the file is empty (no header row)",
            )]);
        }
    };
    let records: Vec<Record> = iter.collect();
    for r in &records {
        if r.fields.len() != header.len() {
            errors.push(DataError::new(
                file,
                format!("line {}", r.line),
                format!(
                    "has {} fields but the header has {} ({}); quote fields that contain commas",
                    r.fields.len(),
                    header.len(),
                    header.join(",")
                ),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Table {
        file: file.to_string(),
        header,
        records,
    })
}

/// The 1-based line of `text` on which the record the csv crate places at byte `byte` begins.
/// The crate's own line count skips comment lines, and its byte position is where it began
/// reading, before any comment or blank lines it then skipped; so skip those here too.
fn physical_line(text: &str, byte: u64) -> usize {
    let mut at = usize::try_from(byte).map_or(text.len(), |b| b.min(text.len()));
    while let Some(rest) = text.get(at..) {
        let line = rest.split('\n').next().unwrap_or("");
        let skipped = line.trim_end_matches('\r').is_empty() || line.starts_with('#');
        if !skipped || line.len() == rest.len() {
            break;
        }
        at += line.len() + 1;
    }
    text.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

impl Table {
    /// Column index, or an error naming the missing column.
    pub fn col(&self, name: &str) -> Result<usize, DataError> {
        self.header.iter().position(|h| h == name).ok_or_else(|| {
            DataError::new(
                &self.file,
                "line 1 (header)",
                format!(
                    "missing column `{name}` (header is: {})",
                    self.header.join(",")
                ),
            )
        })
    }

    /// Checks that every named column exists; returns all missing ones as errors.
    pub fn require(&self, names: &[&str]) -> Result<(), Vec<DataError>> {
        let errs: Vec<DataError> = names.iter().filter_map(|n| self.col(n).err()).collect();
        if errs.is_empty() {
            Ok(())
        } else {
            Err(errs)
        }
    }

    /// The value of column `name` in record `r` (empty string if the column is missing).
    pub fn get<'a>(&self, r: &'a Record, name: &str) -> &'a str {
        match self.header.iter().position(|h| h == name) {
            Some(i) => r.fields.get(i).map_or("", String::as_str),
            None => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn records_keep_their_physical_line_after_comments_and_blank_lines() {
        let text = "key,value\n# a comment\n\nvintage,2026-12\n# two\n# comments\nfirst,\"a,\nb\"\nlast,x\n";
        let t = match parse("meta.csv", text) {
            Ok(t) => t,
            Err(e) => panic!("{e:?}"),
        };
        let lines: Vec<usize> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, [4, 7, 9]);
    }
}

//! A small RFC 4180 CSV reader that keeps line numbers, so every error can point at a line.
//!
//! Rules: comma-separated; a field may be wrapped in double quotes, inside which `""` is a
//! literal quote and commas and newlines are allowed; unquoted fields are trimmed; blank lines
//! and lines starting with `#` are skipped (comments for editors).

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

/// Splits `text` into records. Errors name the file and line.
pub fn parse(file: &str, text: &str) -> Result<Table, Vec<DataError>> {
    let mut records: Vec<Record> = Vec::new();
    let mut errors = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut line = 1;
    while i < chars.len() {
        // Skip blank and comment lines.
        let at_line_start = i == 0 || chars[i - 1] == '\n';
        if at_line_start {
            let mut j = i;
            while j < chars.len() && (chars[j] == ' ' || chars[j] == '\t' || chars[j] == '\r') {
                j += 1;
            }
            if j >= chars.len() || chars[j] == '\n' || chars[j] == '#' {
                while j < chars.len() && chars[j] != '\n' {
                    j += 1;
                }
                i = j + 1;
                line += 1;
                continue;
            }
        }
        let start_line = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut was_quoted = false;
        loop {
            if i >= chars.len() {
                if quoted {
                    errors.push(DataError::new(
                        file,
                        format!("line {start_line}"),
                        "a quoted field is never closed (missing \")",
                    ));
                }
                break;
            }
            let c = chars[i];
            if quoted {
                if c == '"' {
                    if i + 1 < chars.len() && chars[i + 1] == '"' {
                        field.push('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i += 1;
                    continue;
                }
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
                i += 1;
                continue;
            }
            match c {
                '"' if field.trim().is_empty() && !was_quoted => {
                    field.clear();
                    quoted = true;
                    was_quoted = true;
                    i += 1;
                }
                ',' => {
                    fields.push(finish(&field, was_quoted));
                    field.clear();
                    was_quoted = false;
                    i += 1;
                }
                '\n' => {
                    i += 1;
                    line += 1;
                    break;
                }
                '\r' => i += 1,
                _ => {
                    if was_quoted && !c.is_whitespace() {
                        errors.push(DataError::new(
                            file,
                            format!("line {start_line}"),
                            format!(
                                "text {c:?} after a closing quote; wrap the whole field in quotes"
                            ),
                        ));
                    }
                    field.push(c);
                    i += 1;
                }
            }
        }
        fields.push(finish(&field, was_quoted));
        records.push(Record {
            line: start_line,
            fields,
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
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

fn finish(field: &str, quoted: bool) -> String {
    if quoted {
        field.trim_end_matches([' ', '\t']).to_string()
    } else {
        field.trim().to_string()
    }
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
            Some(i) => r.fields.get(i).map(String::as_str).unwrap_or(""),
            None => "",
        }
    }
}

//! The build-time check of the message catalogues (`i18n/*.ftl`): every catalogue must parse,
//! and hold exactly the messages of `en.ftl`, each with the same variables. Shared by `build.rs`
//! (a mismatch fails the build) and `tests/i18n_check.rs` (fixtures prove that it does).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The catalogue every other one is checked against.
pub const SOURCE: &str = "en.ftl";

/// Message id → the variables its value and attributes use.
type Messages = BTreeMap<String, BTreeSet<String>>;

/// Checks every `.ftl` file in `dir` against `dir/en.ftl`. Each error names the file and the
/// message id (or the line that does not parse).
pub fn check_dir(dir: &Path) -> Result<Vec<String>, Vec<String>> {
    let shown = |name: &str| dir.join(name).display().to_string();
    let mut errors = Vec::new();
    let english = match read(dir, SOURCE) {
        Ok(m) => m,
        Err(mut e) => {
            errors.append(&mut e);
            return Err(errors);
        }
    };
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| {
                Path::new(n)
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ftl"))
                    && n != SOURCE
            })
            .collect(),
        Err(e) => return Err(vec![format!("{}: cannot list: {e}", dir.display())]),
    };
    names.sort();
    for name in &names {
        let other = match read(dir, name) {
            Ok(m) => m,
            Err(mut e) => {
                errors.append(&mut e);
                continue;
            }
        };
        for (id, vars) in &english {
            match other.get(id) {
                None => errors.push(format!("{}: missing message `{id}`", shown(name))),
                Some(v) if v != vars => errors.push(format!(
                    "{}: message `{id}` uses variables {} where {SOURCE} uses {}",
                    shown(name),
                    list(v),
                    list(vars)
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            errors.push(format!(
                "{}: extra message `{id}` (not in {SOURCE})",
                shown(name)
            ));
        }
    }
    if errors.is_empty() {
        Ok(names)
    } else {
        Err(errors)
    }
}

fn list(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        "none".into()
    } else {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The prefix of the methodology page's message ids: those messages are not in the first load
/// (the page fetches them when the methodology page first opens).
pub const METHODOLOGY_PREFIX: &str = "m-";

/// Splits a catalogue into what the first load needs and the methodology page's messages.
///
/// An entry starts on a line that begins with neither a space nor a tab and is not blank; its
/// indented and blank lines follow it (Fluent's continuation lines are indented). The first part
/// is the catalogue with every `m-` message and every comment line blanked, so each remaining
/// message keeps its line number (the methodology page cites one); trailing blank lines are
/// dropped. The second part holds the `m-` messages alone, one after the other.
/// `scripts/split-catalogues.mjs` applies the same rule to the catalogues Trunk copies to `dist/`.
pub fn split(text: &str) -> (String, String) {
    let mut first = Vec::new();
    let mut methodology = Vec::new();
    let mut in_methodology = false;
    for line in text.lines() {
        let starts_entry = !line.is_empty() && !line.starts_with([' ', '\t']);
        if starts_entry {
            in_methodology = line.starts_with(METHODOLOGY_PREFIX);
        }
        if in_methodology {
            first.push("");
            methodology.push(line);
        } else if line.starts_with('#') {
            first.push("");
        } else {
            first.push(line);
        }
    }
    while first.last() == Some(&"") {
        first.pop();
    }
    let join = |lines: Vec<&str>| {
        let mut s = lines.join("\n");
        s.push('\n');
        s
    };
    (join(first), join(methodology))
}

/// Reads one catalogue's messages; a parse error or a duplicate id is an error with its line.
fn read(dir: &Path, name: &str) -> Result<Messages, Vec<String>> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| vec![format!("{}: cannot read: {e}", path.display())])?;
    let line_of = |offset: usize| text[..offset.min(text.len())].lines().count().max(1);
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errs)) => {
            return Err(errs
                .iter()
                .map(|e| {
                    format!(
                        "{}:{}: does not parse: {:?}",
                        path.display(),
                        line_of(e.pos.start),
                        e.kind
                    )
                })
                .collect())
        }
    };
    let mut messages = Messages::new();
    let mut errors = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            // The first load holds no `m-` message (`split`): another message cannot use one.
            if !m.id.name.starts_with(METHODOLOGY_PREFIX) {
                let mut refs = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_refs(p, &mut refs);
                }
                for a in &m.attributes {
                    pattern_refs(&a.value, &mut refs);
                }
                for r in refs.iter().filter(|r| r.starts_with(METHODOLOGY_PREFIX)) {
                    errors.push(format!(
                        "{}: message `{}` uses `{r}`, a methodology message the first load does not have",
                        path.display(),
                        m.id.name
                    ));
                }
            }
            if messages.insert(m.id.name.to_string(), vars).is_some() {
                errors.push(format!(
                    "{}: message `{}` is defined twice",
                    path.display(),
                    m.id.name
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(messages)
    } else {
        Err(errors)
    }
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// The messages a pattern refers to (`{ other-message }`).
fn pattern_refs(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_refs(expression, out);
        }
    }
}

fn expression_refs(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    let inline = |i: &InlineExpression<&str>, out: &mut BTreeSet<String>| match i {
        InlineExpression::MessageReference { id, .. } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_refs(expression, out),
        _ => {}
    };
    match e {
        Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                pattern_refs(&v.value, out);
            }
        }
        Expression::Inline(i) => inline(i, out),
    }
}

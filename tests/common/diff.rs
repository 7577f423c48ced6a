//! A readable line diff for golden-file mismatches (`mod common { pub mod diff; }`).

use std::fmt::Write;

/// How many lines of the diff to print at most; the rest is counted.
const MAX_LINES: usize = 60;
/// Unchanged lines shown around each change.
const CONTEXT: usize = 2;
/// Above this many differing lines on a side, the changed middle is printed without alignment.
const MAX_ALIGN: usize = 2_000;

/// The lines that differ between `want` (the golden file) and `got`, as `- golden` / `+ now`
/// lines with their line numbers and a little context, like a unified diff. Empty when equal.
pub fn line_diff(want: &str, got: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mid_a, mid_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    if mid_a.is_empty() && mid_b.is_empty() {
        return String::new();
    }
    let ops = if mid_a.len() <= MAX_ALIGN && mid_b.len() <= MAX_ALIGN {
        align(mid_a, mid_b)
    } else {
        let mut ops = vec![Op::Del; mid_a.len()];
        ops.extend(vec![Op::Add; mid_b.len()]);
        ops
    };
    render(&a, &b, prefix, &ops)
}

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Del,
    Add,
}

/// The shortest edit from `a` to `b` by longest common subsequence.
fn align(a: &[&str], b: &[&str]) -> Vec<Op> {
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut ops) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push(Op::Same);
            (i, j) = (i + 1, j + 1);
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(Op::Del);
            i += 1;
        } else {
            ops.push(Op::Add);
            j += 1;
        }
    }
    ops
}

/// Prints the changed lines with `CONTEXT` lines around them, numbering golden lines.
fn render(a: &[&str], b: &[&str], prefix: usize, ops: &[Op]) -> String {
    // Every line of both files in order, tagged; the common prefix and suffix are `Same`.
    let mut rows: Vec<(Op, usize, &str)> = (0..prefix).map(|i| (Op::Same, i, a[i])).collect();
    let (mut i, mut j) = (prefix, prefix);
    for op in ops {
        match op {
            Op::Same => {
                rows.push((Op::Same, i, a[i]));
                (i, j) = (i + 1, j + 1);
            }
            Op::Del => {
                rows.push((Op::Del, i, a[i]));
                i += 1;
            }
            Op::Add => {
                rows.push((Op::Add, j, b[j]));
                j += 1;
            }
        }
    }
    rows.extend((i..a.len()).map(|k| (Op::Same, k, a[k])));
    let changed: Vec<usize> = (0..rows.len()).filter(|&r| rows[r].0 != Op::Same).collect();
    let near = |r: usize| {
        changed
            .iter()
            .any(|&c| r + CONTEXT >= c && r <= c + CONTEXT)
    };
    let (mut out, mut printed, mut skipped, mut gap) = (String::new(), 0, 0, false);
    for (r, (op, line, text)) in rows.iter().enumerate() {
        if !near(r) {
            gap = true;
            continue;
        }
        if printed >= MAX_LINES {
            skipped += usize::from(*op != Op::Same);
            continue;
        }
        if gap && !out.is_empty() {
            out.push_str("  …\n");
        }
        gap = false;
        let mark = match op {
            Op::Same => ' ',
            Op::Del => '-',
            Op::Add => '+',
        };
        let _ = writeln!(out, "{mark} {:>5} {text}", line + 1);
        printed += 1;
    }
    if skipped > 0 {
        let _ = writeln!(out, "  … and {skipped} more changed lines");
    }
    format!("--- golden\n+++ now\n{out}")
}

// Native only: wasm-bindgen-test runs `#[wasm_bindgen_test]` functions, not `#[test]` ones.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::line_diff;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(line_diff("a\nb\n", "a\nb\n"), "");
    }

    #[test]
    fn a_changed_line_shows_as_minus_and_plus_with_context() {
        let want = "1\n2\n3\n4\n5\n6\n7\n";
        let got = "1\n2\n3\nfour\n5\n6\n7\n";
        let d = line_diff(want, got);
        assert!(d.contains("-     4 4\n+     4 four\n"), "{d}");
        assert!(
            d.contains("      3 3\n") && d.contains("      5 5\n"),
            "{d}"
        );
        assert!(!d.contains(" 1 1\n"), "context is two lines: {d}");
    }

    #[test]
    fn an_inserted_line_does_not_mark_the_rest_as_changed() {
        let d = line_diff("a\nb\nc\nd\n", "a\nnew\nb\nc\nd\n");
        let changed = d
            .lines()
            .filter(|l| l.starts_with("+ ") || l.starts_with("- "))
            .count();
        assert_eq!(changed, 1, "{d}");
    }
}

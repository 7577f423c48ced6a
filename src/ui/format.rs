//! Numbers formatted for people: ×1.8, +78 %, 2.3 months, 12,400 t, US$1,234.
//! Pure string functions, unit-tested natively. The words come from the catalogue and the
//! locale's digits from `i18n::number` (English natively, `Intl` in the browser).

use crate::i18n::{number, t, tr};
use crate::model::Range;

/// An integer with thousands separators: 12400 → "12,400".
pub fn thousands(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    if let Some(s) = number::decimal(v.round(), 0, 0) {
        return s;
    }
    let n = v.round().abs() as u64;
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if v.round() < 0.0 {
        out.push('−');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// `v` written with `digits` decimals, a tie rounded away from zero as `Intl` does (Rust's own
/// `{:.N}` rounds a tie to even: 66.5 → "66" in English beside "67 %" in German).
pub fn half_up(v: f64, digits: u8) -> String {
    let m = 10f64.powi(i32::from(digits));
    format!("{:.*}", usize::from(digits), (v * m).round() / m)
}

/// A number with exactly `digits` decimals: fixed(1.234, 2) → "1.23".
pub fn fixed(v: f64, digits: u8) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    number::decimal(v, digits, digits).unwrap_or_else(|| half_up(v, digits))
}

/// A number as written in the dataset, every digit kept: 0.35 → "0.35", 2 → "2".
pub fn exact(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    number::decimal(v, 0, 10).unwrap_or_else(|| v.to_string())
}

/// A number with a sensible number of significant digits: 0.0123, 1.23, 12.3, 1,234.
pub fn sig(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let a = v.abs();
    let digits = match a {
        a if a >= 100.0 => 0,
        a if a >= 10.0 => 1,
        a if a >= 1.0 => 2,
        _ => 3,
    };
    if let Some(s) = number::decimal(v, 0, digits) {
        return s;
    }
    if a >= 1000.0 {
        thousands(v)
    } else if a == 0.0 {
        "0".into()
    } else {
        trim(half_up(v, digits))
    }
}

fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A price multiplier: 1.0 → "×1.0", 1.83 → "×1.8", 12.4 → "×12" (as MODEL.md and the
/// model's notices write it).
pub fn multiplier(m: f64) -> String {
    if !m.is_finite() {
        return "–".into();
    }
    let digits = u8::from(m < 9.95);
    match number::decimal(m, digits, digits) {
        Some(s) => format!("×{s}"),
        None => format!("×{}", half_up(m, digits)),
    }
}

/// A multiplier that may sit at the backstop `b`: "at least ×30" there (the price that
/// clears the market is higher, or demand goes unmet), else as [`multiplier`]. With
/// `lower_bound` (a path that reached the backstop) every figure is a floor.
pub fn multiplier_capped(m: f64, b: f64, lower_bound: bool) -> String {
    if lower_bound || at_cap(m, b) {
        at_least(&multiplier(m))
    } else {
        multiplier(m)
    }
}

/// "at least ×30".
fn at_least(value: &str) -> String {
    tr("fmt-at-least", &[("value", value.into())])
}

/// Whether a multiplier is at the backstop `b` (to rounding): the model's rule.
pub fn at_cap(m: f64, b: f64) -> bool {
    crate::model::market::at_backstop(m, b)
}

/// What a price multiplier's p10–p90 says once the backstop `b` is weighed: never "×30 – ×30".
enum RangeShape {
    /// Every draw at the cap: "every draw at least ×30".
    AllCapped {
        cap: String,
    },
    /// No spread to show.
    Empty,
    /// The central path reached the backstop with demand unmet: the whole range is a floor.
    Floor {
        low: String,
        high: String,
    },
    /// The upper end at the cap: "at least ×30".
    Capped {
        low: String,
        cap: String,
    },
    Plain {
        low: String,
        high: String,
    },
}

impl RangeShape {
    fn of(r: &Range, b: f64, lower_bound: bool) -> RangeShape {
        let (low, high) = (multiplier(r.p10), multiplier(r.p90));
        let cap = multiplier(b);
        if at_cap(r.p10, b) {
            RangeShape::AllCapped { cap }
        } else if low == high {
            RangeShape::Empty
        } else if lower_bound {
            RangeShape::Floor { low, high }
        } else if at_cap(r.p90, b) {
            RangeShape::Capped { low, cap }
        } else {
            RangeShape::Plain { low, high }
        }
    }
}

/// The p10–p90 of a price multiplier that may reach the backstop `b`, labelled ("p10–p90: …");
/// see [`RangeShape`]. `lower_bound`: the central path reached the backstop with demand unmet.
pub fn price_range(r: &Range, b: f64, lower_bound: bool) -> String {
    match RangeShape::of(r, b, lower_bound) {
        RangeShape::AllCapped { cap } => tr("fmt-range-all-capped", &[("cap", cap.into())]),
        RangeShape::Empty => String::new(),
        RangeShape::Floor { low, high } => tr(
            "fmt-range-floor",
            &[("low", low.into()), ("high", high.into())],
        ),
        RangeShape::Capped { low, cap } => tr(
            "fmt-range-capped",
            &[("low", low.into()), ("cap", cap.into())],
        ),
        RangeShape::Plain { low, high } => {
            tr("fmt-range", &[("low", low.into()), ("high", high.into())])
        }
    }
}

/// One decimal always: 2.0 → "2.0", 0.25 → "0.3" (differences in points or months).
pub fn one_decimal(v: f64) -> String {
    number::decimal(v, 1, 1).unwrap_or_else(|| half_up(v, 1))
}

/// [`price_range`] without its "p10–p90: " label, for a table column headed "p10 – p90".
pub fn price_range_bare(r: &Range, b: f64, lower_bound: bool) -> String {
    match RangeShape::of(r, b, lower_bound) {
        RangeShape::AllCapped { cap } => tr("fmt-range-all-capped", &[("cap", cap.into())]),
        RangeShape::Empty => String::new(),
        RangeShape::Floor { low, high } => format!("{} – {high}", at_least(&low)),
        RangeShape::Capped { low, cap } => format!("{low} – {}", at_least(&cap)),
        RangeShape::Plain { low, high } => format!("{low} – {high}"),
    }
}

/// A month label of the model, `YYYY-MM`, as a reader says it: "2025-05" → "May 2025".
pub fn month(label: &str) -> String {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match parse_month(label) {
        Some((y, m)) => number::month_year(y, m as u32, false)
            .unwrap_or_else(|| format!("{} {y}", NAMES[m - 1])),
        None => label.to_string(),
    }
}

/// `YYYY-MM` → (year, month 1–12).
fn parse_month(label: &str) -> Option<(i32, usize)> {
    label
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<usize>().ok()?)))
        .filter(|(_, m)| (1..=12).contains(m))
}

/// A whole number of years: "1 year", "2 years".
pub fn years(y: f64) -> String {
    let n = y.round();
    tr(
        "fmt-years",
        &[("n", n.into()), ("value", thousands(n).into())],
    )
}

/// A month label for a crowded axis: "2025-05" → "May 2025" with the month cut to three letters.
pub fn month_short(label: &str) -> String {
    if let Some(s) = parse_month(label).and_then(|(y, m)| number::month_year(y, m as u32, true)) {
        return s;
    }
    let long = month(label);
    match long.split_once(' ') {
        Some((m, y)) if m.chars().count() > 3 => {
            format!("{} {y}", m.chars().take(3).collect::<String>())
        }
        _ => long,
    }
}

/// A price change from a multiplier: 1.78 → "+78 %", 1.0 → "no change", 0.8 → "−20 %".
pub fn change(m: f64) -> String {
    if !m.is_finite() {
        return "–".into();
    }
    let pct = (m - 1.0) * 100.0;
    if pct.abs() < 0.5 {
        t("fmt-no-change")
    } else if let Some(p) = number::percent((m - 1.0).abs()) {
        format!("{}{p}", if pct > 0.0 { "+" } else { "−" })
    } else if pct > 0.0 {
        format!("+{}\u{a0}%", thousands(pct))
    } else {
        format!("−{}\u{a0}%", thousands(-pct))
    }
}

/// A share in 0..1 as a percentage: 0.862 → "86 %"; values just below 1 show "> 99 %".
pub fn percent(share: f64) -> String {
    if !share.is_finite() {
        return "–".into();
    }
    let p = share * 100.0;
    let whole = |share: f64| {
        number::percent(share).unwrap_or_else(|| format!("{}\u{a0}%", half_up(share * 100.0, 0)))
    };
    if p > 99.0 && p < 100.0 {
        format!("> {}", whole(0.99))
    } else if p > 0.0 && p < 1.0 {
        format!("< {}", whole(0.01))
    } else {
        whole(share)
    }
}

/// Months, one decimal below 10 unless whole: 2.34 → "2.3 months"; 1 → "1 month"; 9 → "9
/// months"; ∞ → "no shortfall".
pub fn months(m: Option<f64>) -> String {
    let shown =
        |n: f64, value: String| tr("fmt-months", &[("n", n.into()), ("value", value.into())]);
    match m {
        None => t("fmt-no-shortfall"),
        Some(m) if !m.is_finite() => t("fmt-no-shortfall"),
        Some(m) if (m - m.round()).abs() < 1e-9 || m >= 10.0 => {
            let value = number::decimal(m.round(), 0, 0).unwrap_or_else(|| half_up(m, 0));
            shown(m.round(), value)
        }
        // One decimal always ("10.0 months" for 9.96); a fraction takes the plural of one.
        Some(m) => {
            let value = number::decimal(m, 1, 1).unwrap_or_else(|| half_up(m, 1));
            shown(m, value)
        }
    }
}

/// Tonnes: 12400 → "12,400 t".
pub fn tonnes(t: f64) -> String {
    format!("{}\u{a0}t", thousands(t))
}

/// US dollars to three significant figures, whole below a million: 1234.5 → "US$1,230";
/// 11,026 → "US$11,000"; 2.5e6 → "US$2.5 million"; 0.42 → "US$0.42". An added cost is a
/// mass times an uncertain price change (its p10–p90 is often ×2 wide): a fourth digit would
/// claim a precision the model does not have. Downloads keep the full value.
pub fn usd(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let v = three_figures(v);
    if let Some(s) = number::usd(v) {
        return s;
    }
    let a = v.abs();
    let number = if a >= 1e9 {
        format!("{} billion", sig(v / 1e9))
    } else if a >= 1e6 {
        format!("{} million", sig(v / 1e6))
    } else if a >= 10.0 {
        thousands(v)
    } else {
        half_up(v, 2)
    };
    tr("fmt-usd", &[("value", number.into())])
}

/// A price the model works out, in dollars per kilogram, to three significant figures as every
/// dollar figure ("16,200", not "16,180": a price ×20 of 810 is known to no more than that).
pub fn model_price(v: f64) -> String {
    sig(three_figures(v))
}

/// `v` rounded to three significant figures from 1,000 up (below, whole dollars or cents
/// already show at most three).
fn three_figures(v: f64) -> f64 {
    let a = v.abs();
    if a < 1000.0 {
        return v;
    }
    let step = 10f64.powi(a.log10().floor() as i32 - 2);
    (v / step).round() * step
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tie_rounds_away_from_zero_as_intl_does() {
        // Rust's `{:.0}` gives "66" and "2" here; `Intl` (every other language) 67 and 3.
        assert_eq!(percent(0.665).replace('\u{a0}', " "), "67 %");
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(one_decimal(0.25), "0.3");
        assert_eq!(multiplier(2.25), "×2.3");
        assert_eq!(sig(100.5), "101");
        assert_eq!(fixed(-2.5, 0), "-3");
    }

    #[test]
    fn formats_numbers_for_people() {
        // The functions emit no-break spaces so "3 %" never wraps; the tests read plain ones.
        let change = |m| change(m).replace('\u{a0}', " ");
        let percent = |v| percent(v).replace('\u{a0}', " ");
        let months = |v| months(v).replace('\u{a0}', " ");
        let tonnes = |v| tonnes(v).replace('\u{a0}', " ");
        assert_eq!(thousands(12400.0), "12,400");
        assert_eq!(thousands(999.6), "1,000");
        assert_eq!(thousands(-58152.0), "−58,152");
        assert_eq!(multiplier(1.0), "×1.0");
        assert_eq!(multiplier(1.834), "×1.8");
        assert_eq!(multiplier(12.4), "×12");
        assert_eq!(multiplier_capped(30.0, 30.0, false), "at least ×30");
        assert_eq!(multiplier_capped(24.0, 30.0, true), "at least ×24");
        assert_eq!(multiplier_capped(9.64, 30.0, false), "×9.6");
        assert_eq!(month("2025-05"), "May 2025");
        assert_eq!(month("2026-12"), "December 2026");
        assert_eq!(month("junk"), "junk");
        let r = |p10, p90| crate::model::Range {
            central: p10,
            p10,
            p50: p10,
            p90,
        };
        assert_eq!(
            price_range(&r(30.0, 30.0), 30.0, true),
            "every draw at least ×30"
        );
        assert_eq!(
            price_range(&r(9.48, 10.0), 10.0, false),
            "p10–p90: ×9.5 – at least ×10"
        );
        assert_eq!(
            price_range(&r(17.0, 27.5), 30.0, true),
            "p10–p90: at least ×17 – ×28"
        );
        assert_eq!(price_range(&r(1.0, 1.0), 30.0, false), "");
        assert_eq!(change(1.78), "+78 %");
        assert_eq!(change(1.0004), "no change");
        assert_eq!(change(0.8), "−20 %");
        assert_eq!(change(12.0), "+1,100 %");
        assert_eq!(percent(0.862), "86 %");
        assert_eq!(percent(0.996), "> 99 %");
        assert_eq!(percent(1.0), "100 %");
        assert_eq!(percent(0.0), "0 %");
        assert_eq!(months(Some(2.34)), "2.3 months");
        assert_eq!(months(None), "no shortfall");
        assert_eq!(months(Some(14.2)), "14 months");
        assert_eq!(months(Some(1.0)), "1 month");
        assert_eq!(months(Some(9.0)), "9 months");
        assert_eq!(months(Some(0.0)), "0 months");
        assert_eq!(months(Some(9.96)), "10.0 months");
        assert_eq!(tonnes(12400.0), "12,400 t");
        assert_eq!(usd(1234.5), "US$1,230");
        assert_eq!(usd(11_026.0), "US$11,000");
        assert_eq!(usd(295_980.0), "US$296,000");
        assert_eq!(usd(-1234.5), "US$−1,230");
        assert_eq!(usd(999.6), "US$1,000");
        assert_eq!(usd(39.4), "US$39");
        assert_eq!(usd(2_500_000.0), "US$2.5 million");
        assert_eq!(usd(0.42), "US$0.42");
        assert_eq!(sig(0.0123), "0.012");
        assert_eq!(sig(1.5), "1.5");
        assert_eq!(thousands(f64::NAN), "–");
    }

    #[test]
    fn fixed_keeps_its_decimals_and_exact_every_digit() {
        assert_eq!(fixed(1.0 / 3.0, 2), "0.33");
        assert_eq!(fixed(2.0, 3), "2.000");
        assert_eq!(fixed(f64::INFINITY, 2), "–");
        assert_eq!(exact(0.35), "0.35");
        assert_eq!(exact(2.0), "2");
        assert_eq!(exact(0.0125), "0.0125");
    }
}

//! `export_shares.csv`, `episodes.csv` and `domestic_prices.csv`: what happened month by month,
//! the backtests' observed figures and China's domestic prices.

use super::cx::{check_month, check_window, one_of, Cx, FigCols, Src, LONG};
use crate::csv::Table;
use crate::schema::{self, YearRule};
use crate::{PDomesticPrice, PEpisode, PExportShare};

/// `export_shares.csv`: China's realised exports of a quota group in a month ÷ normal.
pub(super) fn read_export_shares(cx: &mut Cx, t: &Table) -> Vec<PExportShare> {
    let mut out: Vec<PExportShare> = Vec::new();
    if !cx.has_columns(
        t,
        &[
            "group",
            "month",
            "value",
            "unit",
            "source",
            "confidence",
            "derivation",
        ],
    ) {
        return out;
    }
    for r in &t.records {
        let (group, month) = (t.get(r, "group"), t.get(r, "month"));
        let label = format!("{group} {month}");
        let loc = Cx::at(r, &label);
        let ok = one_of(cx, &t.file, &loc, "group", group, &schema::EXPORT_GROUPS);
        let Some(year) = check_month(cx, &t.file, &loc, month) else {
            continue;
        };
        if out.iter().any(|e| e.group == group && e.month == month) {
            cx.err(&t.file, &loc, "duplicate row for this group and month");
        }
        let cols = FigCols {
            year: Src::Fixed(year),
            ..LONG
        };
        if let (true, Some(f)) = (ok, cx.fig(t, r, &label, cols, Some("ratio"), YearRule::Any)) {
            out.push(PExportShare {
                group: group.into(),
                month: month.into(),
                share: f,
            });
        }
    }
    out.sort_by(|a, b| (&a.group, &a.month).cmp(&(&b.group, &b.month)));
    out
}

/// `episodes.csv`: the observed figures of the backtests (MODEL.md §10).
pub(super) fn read_episodes(cx: &mut Cx, t: &Table) -> Vec<PEpisode> {
    let mut out: Vec<PEpisode> = Vec::new();
    if !cx.has_columns(
        t,
        &[
            "id",
            "element",
            "figure",
            "window",
            "value",
            "low",
            "high",
            "unit",
            "source",
            "confidence",
            "derivation",
        ],
    ) {
        return out;
    }
    for r in &t.records {
        let (id, el, fig, window) = (
            t.get(r, "id"),
            t.get(r, "element"),
            t.get(r, "figure"),
            t.get(r, "window"),
        );
        let label = format!("{id} {el} {fig} {window}");
        let loc = Cx::at(r, &label);
        let ok = one_of(cx, &t.file, &loc, "id", id, &schema::EPISODE_IDS)
            & one_of(cx, &t.file, &loc, "element", el, &schema::EPISODE_ELEMENTS)
            & one_of(cx, &t.file, &loc, "figure", fig, &schema::EPISODE_FIGURES);
        let Some(year) = check_window(cx, &t.file, &loc, window) else {
            continue;
        };
        if out
            .iter()
            .any(|e| e.id == id && e.element == el && e.figure == fig && e.window == window)
        {
            cx.err(
                &t.file,
                &loc,
                "duplicate row for this episode, element, figure and window",
            );
        }
        let low = cx.number(&t.file, &loc, "low", t.get(r, "low"));
        let high = cx.number(&t.file, &loc, "high", t.get(r, "high"));
        let cols = FigCols {
            year: Src::Fixed(year),
            ..LONG
        };
        let f = cx.fig(t, r, &label, cols, Some("multiple"), YearRule::Any);
        let (Some(f), Some(low), Some(high), true) = (f, low, high, ok) else {
            continue;
        };
        if !(low > 0.0 && low <= f.value && f.value <= high) {
            cx.err(
                &t.file,
                &loc,
                format!(
                    "low ≤ value ≤ high does not hold ({low} ≤ {} ≤ {high}, low > 0)",
                    f.value
                ),
            );
        }
        out.push(PEpisode {
            id: id.into(),
            element: el.into(),
            figure: fig.into(),
            window: window.into(),
            value: f,
            low,
            high,
        });
    }
    out
}

/// `domestic_prices.csv`: China-domestic oxide prices on a month, US$/kg with the CNY quote.
pub(super) fn read_domestic_prices(cx: &mut Cx, t: &Table) -> Vec<PDomesticPrice> {
    let mut out: Vec<PDomesticPrice> = Vec::new();
    if !cx.has_columns(
        t,
        &[
            "element",
            "date",
            "value",
            "unit",
            "cny_value",
            "source",
            "confidence",
            "derivation",
        ],
    ) {
        return out;
    }
    for r in &t.records {
        let (el, date) = (t.get(r, "element"), t.get(r, "date"));
        let label = format!("{el} {date}");
        let loc = Cx::at(r, &label);
        let ok = one_of(cx, &t.file, &loc, "element", el, &schema::DOMESTIC_ELEMENTS);
        let Some(year) = check_month(cx, &t.file, &loc, date) else {
            continue;
        };
        if out.iter().any(|p| p.element == el && p.date == date) {
            cx.err(&t.file, &loc, "duplicate row for this element and month");
        }
        let cny = cx.number(&t.file, &loc, "cny_value", t.get(r, "cny_value"));
        if cny.is_some_and(|v| v <= 0.0) {
            cx.err(&t.file, &loc, "cny_value must be positive");
        }
        let cols = FigCols {
            year: Src::Fixed(year),
            ..LONG
        };
        let f = cx.fig(t, r, &label, cols, Some("USD/kg"), YearRule::Any);
        if let (true, Some(f), Some(cny)) = (ok, f, cny) {
            if f.derivation.is_empty() {
                cx.err(
                    &t.file,
                    &loc,
                    "the derivation must give the unit of cny_value and the exchange rate",
                );
            }
            out.push(PDomesticPrice {
                element: el.into(),
                date: date.into(),
                price: f,
                cny_value: cny,
            });
        }
    }
    out
}

//! The headlines a comparison lists: one [`Row`] per figure (its message ids, card, path in the
//! `report` document and value), how each value and each B − A is written, and when a figure on
//! one side only is still a change ("beyond" the 36-month path).

use crate::data::MarketId;
use crate::i18n::{t, tr};
use crate::model::path::PATH_MONTHS;
use crate::model::Outcome;
use crate::ui::format;
use crate::ui::summary::restricted;

/// One headline row: its label, the card it belongs to and its short name there, its path in
/// the `report` document, its value in an outcome (`None`: never / not within the path), and
/// how a value and a difference are written.
pub(super) struct Row {
    /// Its messages: `cmp-<id>` (the table's label) and `cmp-<id>-short` (what the card calls it).
    pub(super) id: &'static str,
    /// The headline card that shows it (`card-<card>`).
    pub(super) card: &'static str,
    /// Its path in the report (`{ev}`: the electric car's index in `exposure`).
    pub(super) path: &'static str,
    pub(super) value: fn(&Outcome) -> Option<f64>,
    pub(super) shown: fn(&Outcome, Option<f64>) -> String,
    pub(super) change: fn(f64, f64, Bound) -> String,
    /// For a price: its market, whose backstop makes the figure a floor (MODEL.md §5).
    pub(super) price_of: Option<MarketId>,
    /// A time whose `None` means "not within the path" under a restriction: against a value on
    /// the other side, the change is at least the rest of the path.
    pub(super) beyond: bool,
    /// What the figure is made of, so a side that replays 2010–11 on 2009's markets (MODEL.md §8)
    /// can say it has no such figure rather than show a calm "×1.0" or today's chain.
    pub(super) scope: Scope,
}

/// Where a row's figure comes from.
#[derive(Clone, Copy)]
pub(super) enum Scope {
    /// The path as a whole (times): every outcome has it.
    Path,
    /// One market's path: replayed only if the 2009 snapshot has the market.
    Market(MarketId),
    /// Today's supply chain or products: never replayed.
    Today,
}

impl Row {
    /// Whether outcome `o` has this figure (every outcome does, except the 2009 replay).
    pub(super) fn has(&self, o: &Outcome) -> bool {
        match self.scope {
            Scope::Path => true,
            Scope::Market(id) => o.has_market(id),
            Scope::Today => o.replay.is_none(),
        }
    }
}

fn mult(_: &Outcome, v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), format::multiplier)
}
fn pct(_: &Outcome, v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), format::percent)
}
/// A time, or what "never" means for that outcome ("no restriction", "not within 36 months").
fn months(o: &Outcome, v: Option<f64>) -> String {
    match v {
        Some(m) => format::months(Some(m.max(0.0))),
        None => crate::ui::summary::never_phrase(o),
    }
}
fn usd(_: &Outcome, v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), format::usd)
}
fn tonnes(_: &Outcome, v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), format::tonnes)
}
/// Whether a change is exact or a bound: against a price at the backstop, which is a floor, B − A
/// is "at least" (B's floor) or "at most" (A's) what it reads.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Bound {
    Exact,
    AtLeast,
    AtMost,
}

impl Bound {
    /// The catalogues' `$bound` selector.
    fn key(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::AtLeast => "at-least",
            Bound::AtMost => "at-most",
        }
    }
}

/// `text` with its bound: "at least +52 %", "at most −10 %".
fn bounded(bound: Bound, text: String) -> String {
    match bound {
        Bound::Exact => text,
        Bound::AtLeast => tr("fmt-at-least", &[("value", text.into())]),
        Bound::AtMost => tr("cmp-at-most", &[("value", text.into())]),
    }
}

/// B ÷ A for prices, as a change ("+52 %"), or from twice A on as a multiple ("×9.6 of A"; with
/// a bound, one message, since where "at least" goes depends on the language: "A の少なくとも ×9.6").
fn ratio(a: f64, b: f64, bound: Bound) -> String {
    match b / a {
        r if a <= 0.0 || !r.is_finite() => "–".into(),
        r if r >= 1.995 => tr(
            "cmp-of-a",
            &[
                ("value", format::multiplier(r).into()),
                ("bound", bound.key().into()),
            ],
        ),
        r => bounded(bound, format::change(r)),
    }
}
/// B − A in percentage points.
fn points(a: f64, b: f64, bound: Bound) -> String {
    let d = signed(100.0 * (b - a), 0.05, |d| {
        // French says "0,1 point" (singular below 2): the plural selects on the number shown.
        let shown = (d * 10.0).round() / 10.0;
        tr(
            "cmp-points",
            &[
                ("value", format::one_decimal(d).into()),
                ("n", shown.into()),
            ],
        )
    });
    bounded(bound, d)
}
fn month_diff(a: f64, b: f64, bound: Bound) -> String {
    bounded(bound, months_apart(a, b))
}
fn months_apart(a: f64, b: f64) -> String {
    signed(b - a, 0.05, |d| {
        tr("cmp-months", &[("value", format::one_decimal(d).into())])
    })
}
/// A signed difference in a unit that `fmt` writes for a positive amount.
fn signed(d: f64, zero: f64, fmt: fn(f64) -> String) -> String {
    if d.abs() < zero {
        t("fmt-no-change")
    } else if d > 0.0 {
        format!("+{}", fmt(d))
    } else {
        format!("−{}", fmt(-d))
    }
}
fn usd_diff(a: f64, b: f64, bound: Bound) -> String {
    bounded(bound, signed(b - a, 0.5, format::usd))
}
fn tonnes_diff(a: f64, b: f64, bound: Bound) -> String {
    bounded(bound, signed(b - a, 0.5, format::tonnes))
}

fn market(o: &Outcome, id: MarketId) -> &crate::model::MarketOutcome {
    o.markets.get(id)
}

/// The electric car's place in the exposure list.
fn ev(o: &Outcome) -> Option<usize> {
    o.exposure.iter().position(|e| e.id == "ev-motor")
}

/// A price outside China: its 12-month average or peak, a floor at the backstop.
const fn price(
    id: &'static str,
    card: &'static str,
    path: &'static str,
    value: fn(&Outcome) -> Option<f64>,
    market: MarketId,
) -> Row {
    Row {
        id,
        card,
        path,
        value,
        shown: mult,
        change: ratio,
        price_of: Some(market),
        beyond: false,
        scope: Scope::Market(market),
    }
}

/// A share (unmet demand, dependency), compared in percentage points.
const fn share(
    id: &'static str,
    card: &'static str,
    path: &'static str,
    value: fn(&Outcome) -> Option<f64>,
    scope: Scope,
) -> Row {
    Row {
        id,
        card,
        path,
        value,
        shown: pct,
        change: points,
        price_of: None,
        beyond: false,
        scope,
    }
}

/// A time in months; `None` is beyond the 36-month path when there is a restriction.
const fn time(id: &'static str, path: &'static str, value: fn(&Outcome) -> Option<f64>) -> Row {
    Row {
        id,
        card: "time",
        path,
        value,
        shown: months,
        change: month_diff,
        price_of: None,
        beyond: true,
        scope: Scope::Path,
    }
}

pub(super) const ROWS: [Row; 14] = [
    price(
        "magnet-average",
        "magnet",
        "markets.magnet.multiplier.central",
        |o| Some(market(o, MarketId::Magnet).multiplier.central),
        MarketId::Magnet,
    ),
    price(
        "magnet-peak",
        "magnet",
        "markets.magnet.peak.central",
        |o| Some(market(o, MarketId::Magnet).peak.central),
        MarketId::Magnet,
    ),
    price(
        "ndpr-average",
        "ndpr",
        "markets.ndpr.multiplier.central",
        |o| Some(market(o, MarketId::Ndpr).multiplier.central),
        MarketId::Ndpr,
    ),
    price(
        "dy-average",
        "dy",
        "markets.dy.multiplier.central",
        |o| Some(market(o, MarketId::Dy).multiplier.central),
        MarketId::Dy,
    ),
    price(
        "tb-average",
        "tb",
        "markets.tb.multiplier.central",
        |o| Some(market(o, MarketId::Tb).multiplier.central),
        MarketId::Tb,
    ),
    share(
        "magnet-unmet",
        "magnet",
        "markets.magnet.unmet_share.central",
        |o| Some(market(o, MarketId::Magnet).unmet_share.central),
        Scope::Market(MarketId::Magnet),
    ),
    share(
        "dy-unmet",
        "dy",
        "markets.dy.unmet_share.central",
        |o| Some(market(o, MarketId::Dy).unmet_share.central),
        Scope::Market(MarketId::Dy),
    ),
    time("survive", "time_to_survive_months.central", |o| {
        o.time_to_survive_months.central
    }),
    time("recover", "time_to_recover_months.central", |o| {
        o.time_to_recover_months.central
    }),
    // Not "beyond": `None` is also a view with no own figure (`exchina`), and A and B may be
    // seen from different views.
    Row {
        id: "own-survive",
        card: "time",
        path: "viewpoint.time_to_survive_months",
        value: |o| o.viewpoint.time_to_survive_months,
        shown: months,
        price_of: None,
        change: month_diff,
        beyond: false,
        scope: Scope::Path,
    },
    share(
        "dependency-light",
        "dependency",
        "dependency.light.magnet.dependency.central",
        |o| Some(o.dependency.light.magnet.dependency.central),
        Scope::Today,
    ),
    share(
        "dependency-heavy",
        "dependency",
        "dependency.heavy.magnet.dependency.central",
        |o| Some(o.dependency.heavy.magnet.dependency.central),
        Scope::Today,
    ),
    Row {
        id: "capacity",
        card: "capacity",
        path: "dependency.light.capacity_needed_total",
        value: |o| Some(o.dependency.light.capacity_needed_total),
        shown: tonnes,
        price_of: None,
        change: tonnes_diff,
        beyond: false,
        scope: Scope::Today,
    },
    Row {
        id: "ev-cost",
        card: "",
        path: "exposure.{ev}.added_cost_usd.central",
        value: |o| ev(o).map(|i| o.exposure[i].added_cost_usd.central),
        shown: usd,
        price_of: None,
        change: usd_diff,
        beyond: false,
        scope: Scope::Today,
    },
];

/// A row's value in A and in B, as shown, and the change.
///
/// A price at the backstop is a floor, as the cards say: "at least ×10", and a change against
/// it "at least …" (B's floor) or "at most …" (A's); between two floors there is no change to
/// tell.
pub(super) fn compared(r: &Row, a: &Outcome, b: &Outcome) -> (Option<f64>, [String; 3]) {
    let (va, vb) = ((r.value)(a), (r.value)(b));
    let floor = |o: &Outcome| r.price_of.is_some_and(|id| o.markets.get(id).at_backstop);
    let shown = |o: &Outcome, v: Option<f64>| match (r.shown)(o, v) {
        _ if !r.has(o) => t("cmp-not-replayed"),
        v_text if floor(o) && v.is_some() => tr("fmt-at-least", &[("value", v_text.into())]),
        v_text => v_text,
    };
    if !r.has(a) || !r.has(b) {
        return (va, [shown(a, va), shown(b, vb), "–".into()]);
    }
    let change = match (va, vb) {
        (Some(_), Some(_)) if floor(a) && floor(b) => t("cmp-both-backstop"),
        (Some(x), Some(y)) => {
            let bound = match (floor(a), floor(b)) {
                (_, true) => Bound::AtLeast,
                (true, false) => Bound::AtMost,
                (false, false) => Bound::Exact,
            };
            (r.change)(x, y, bound)
        }
        // "No change" only when both lack a figure for the same reason: "no restriction"
        // against "not within 36 months" is nothing to compare (the fallback, "–").
        (None, None) if restricted(a) == restricted(b) => t("fmt-no-change"),
        // B beyond the path, A at x: B − A is more than the path's rest (and A beyond, less).
        (Some(x), None) if r.beyond && restricted(b) => beyond(x, 1.0),
        (None, Some(y)) if r.beyond && restricted(a) => beyond(y, -1.0),
        _ => "–".into(),
    };
    (va, [shown(a, va), shown(b, vb), change])
}

/// A change in months past the end of the path from `m` months (`sign` +1: later, −1: sooner),
/// "+27.6 months or more".
fn beyond(m: f64, sign: f64) -> String {
    let rest = PATH_MONTHS as f64 - m.max(0.0);
    tr(
        "cmp-beyond",
        &[("value", months_apart(0.0, sign * rest).into())],
    )
}

/// A row's path in `o`'s report document.
pub(super) fn path_in(r: &Row, o: &Outcome) -> String {
    r.path
        .replace("{ev}", &ev(o).map(|i| i.to_string()).unwrap_or_default())
}

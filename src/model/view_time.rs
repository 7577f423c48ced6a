//! The viewpoint's own time to survive (MODEL.md §7.2, issue #16): its buyers' stocks and state
//! stockpile against its share of the shortfall outside China, read from the central path of
//! each market. Prices stay those of the one market outside China (§5); only the cover differs.

use super::path::{Path, PATH_MONTHS, STOCKS_RUN_OUT};

/// The market's shortfall outside China in each month, t/month: what buyers outside China used
/// beyond what reached them from their own supply and China's exports. By the market clearing of
/// §5.2–§5.4 that is the stocks they drew, `S_(i−1) − S_i`, plus the demand left unmet at the
/// backstop, `u_i · d_i` (`d_i` = the month's demand at the 2024 price, t/month). Negative when
/// buyers build stocks. Stocks are carried in months of demand across a change of year (§5.5),
/// so the draw is measured in months and converted at the month's `d_i`.
///
/// `demand[i]` is `d_i`; `start_months` is the buyers' cover before month 0 (the path's
/// `buffer`).
pub fn market_shortfall(
    path: &Path,
    k: usize,
    demand: &[f64; PATH_MONTHS],
    start_months: f64,
) -> [f64; PATH_MONTHS] {
    let mut out = [0.0; PATH_MONTHS];
    let mut before = start_months.max(0.0);
    for (i, row) in path.iter().enumerate() {
        let p = &row[k];
        out[i] = (before - p.stock_months + p.unmet_share) * demand[i].max(0.0);
        before = p.stock_months;
    }
    out
}

/// The view's cover at the start of the path, months of its own demand (`share · d_i`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cover {
    /// Its buyers' stocks.
    pub buyers: f64,
    /// Its state stockpile (0 when it has none).
    pub stockpile: f64,
}

/// The view's time to survive in market `k`, months from the path's start (interpolated within
/// the month); `+∞` when its cover lasts the `n` months simulated. `start_months` is the
/// market's own starting cover (the path's `buffer`).
///
/// The view's shortfall is `share ×` the market's ([`market_shortfall`]) and its demand `share ×`
/// the market's, so in months of its own demand it gives up, each month, the market's stock draw
/// `S_(i−1)/d − S_i/d` plus the unmet share `u_i`; the share only decides whether it buys the
/// product at all (`share = 0`: never runs out). Two pots hold its cover:
/// - its buyers' stocks carry the stock draw (negative: they rebuild); what they cannot carry
///   comes from the state stockpile;
/// - demand the market leaves unmet at the backstop comes from the state stockpile alone: buyers'
///   stocks are already drawn as far as the market's stock rule lets them (§5.5), so, as in
///   §7.1, the view runs out at a month with unmet demand unless its stockpile can serve it
///   (interpolated: `i + stockpile left / u_i`).
///
/// It has also run out once buyers' stocks plus stockpile fall below [`STOCKS_RUN_OUT`] (10 %) of
/// their start, interpolated as in §7.1. For `exchina` (share 1, no stockpile, buyers' stocks =
/// the market's) this is §7.1's time to survive exactly.
pub fn survive(
    path: &Path,
    k: usize,
    start_months: f64,
    share: f64,
    cover: Cover,
    n: usize,
) -> f64 {
    if share <= 0.0 {
        return f64::INFINITY;
    }
    let mut buyers = cover.buyers.max(0.0);
    let mut stockpile = cover.stockpile.max(0.0);
    let start = buyers + stockpile;
    let threshold = STOCKS_RUN_OUT * start;
    let mut market_before = start_months.max(0.0);
    for (i, row) in path.iter().take(n.min(PATH_MONTHS)).enumerate() {
        let p = &row[k];
        let before = buyers + stockpile;
        if p.unmet_share > 0.0 {
            if stockpile < p.unmet_share {
                return i as f64 + (stockpile / p.unmet_share).max(0.0);
            }
            stockpile -= p.unmet_share;
        }
        buyers -= market_before - p.stock_months;
        market_before = p.stock_months;
        if buyers < 0.0 {
            stockpile += buyers;
            buyers = 0.0;
        }
        let after = buyers + stockpile;
        // With no cover at all, only a real deficit (not a rounding error) ends it.
        let out = if start > 0.0 {
            after < threshold
        } else {
            after < -1e-9
        };
        if out {
            let drop = before - after;
            let frac = if drop > 0.0 {
                ((before - threshold) / drop).clamp(0.0, 1.0)
            } else {
                0.0
            };
            return i as f64 + frac;
        }
    }
    f64::INFINITY
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::path::{survive as market_survive, MonthPoint};

    /// A path of market 0 whose buyers start with `start` months and draw `draw` months a month
    /// from month 2 on, with `unmet` from month `unmet_from`.
    fn path(start: f64, draw: f64, unmet_from: usize, unmet: f64) -> Path {
        let mut p = [[MonthPoint::default(); 4]; PATH_MONTHS];
        let mut s = start;
        for (i, row) in p.iter_mut().enumerate() {
            if i >= 2 {
                s = (s - draw).max(0.0);
            }
            row[0].stock_months = s;
            row[0].unmet_share = if i >= unmet_from { unmet } else { 0.0 };
            row[0].ex_china = 1.0;
            row[0].china = 1.0;
        }
        p
    }

    const D: [f64; PATH_MONTHS] = [100.0; PATH_MONTHS];
    const N: usize = PATH_MONTHS;

    fn cover(buyers: f64, stockpile: f64) -> Cover {
        Cover { buyers, stockpile }
    }

    #[test]
    fn the_shortfall_is_the_stock_draw_plus_the_unmet_volume() {
        let p = path(3.0, 0.5, 10, 0.2);
        let f = market_shortfall(&p, 0, &D, 3.0);
        assert_eq!(f[0], 0.0);
        assert!((f[2] - 50.0).abs() < 1e-12);
        // Month 10: stocks 3 − 9·0.5 < 0 → 0, so only the unmet 20 t.
        assert!((f[10] - 20.0).abs() < 1e-12);
    }

    #[test]
    fn the_pooled_view_is_the_market_time() {
        // exchina: share 1, no stockpile, buyers' stocks = the market's buffer.
        for (draw, unmet_from, unmet) in [(0.5, N, 0.0), (0.25, 4, 0.1), (0.0, 5, 0.3)] {
            let p = path(3.0, draw, unmet_from, unmet);
            let own = survive(&p, 0, 3.0, 1.0, cover(3.0, 0.0), N);
            let market = market_survive(&p, 0, N, 3.0);
            assert!(market.is_finite());
            assert!((own - market).abs() < 1e-12, "{own} vs {market}");
        }
    }

    #[test]
    fn a_stockpile_serves_unmet_demand_and_then_runs_out() {
        // Unmet 0.1 a month from month 4 and buyers' stocks drawing 0.25 a month: 1 month of
        // stockpile serves 10 months of unmet demand; the buyers' 3 months plus what is left fall
        // below 10 % of 4 months first, in month 12.
        let p = path(3.0, 0.25, 4, 0.1);
        let t = survive(&p, 0, 3.0, 0.2, cover(3.0, 1.0), N);
        assert!(t > 4.0 && t < 14.0, "{t}");
        // Without the stockpile it stops at the first unmet month, as §7.1.
        assert_eq!(survive(&p, 0, 3.0, 0.2, cover(3.0, 0.0), N), 4.0);
    }

    #[test]
    fn less_cover_than_the_market_runs_out_sooner() {
        // The market's buyers hold 8 months and draw 0.5 a month (never below 10 %: 8 → 0.8 takes
        // 14.4 draws, so within the path); a view holding 2.5 months runs out after 2.25 draws.
        let p = path(8.0, 0.5, N, 0.0);
        let market = market_survive(&p, 0, N, 8.0);
        let own = survive(&p, 0, 8.0, 0.1, cover(2.5, 0.0), N);
        assert!((own - 6.5).abs() < 1e-12, "{own}");
        assert!(own < market);
    }

    #[test]
    fn more_stockpile_never_shortens_it() {
        for (draw, unmet_from, unmet) in [(0.5, N, 0.0), (0.25, 4, 0.1), (1.0, 0, 0.5)] {
            let p = path(2.0, draw, unmet_from, unmet);
            for buyers in [0.0, 1.0, 2.0, 4.0] {
                let mut last = 0.0;
                for stockpile in [0.0, 0.5, 1.0, 2.0, 3.3, 6.0, 24.0] {
                    let t = survive(&p, 0, 2.0, 0.3, cover(buyers, stockpile), N);
                    assert!(t >= last, "{draw} {buyers} {stockpile}: {t} < {last}");
                    last = t;
                }
                assert!(last.is_infinite() || last > 20.0, "{last}");
            }
        }
    }

    #[test]
    fn zero_share_never_runs_out() {
        let p = path(1.0, 1.0, 0, 1.0);
        assert!(survive(&p, 0, 1.0, 0.0, cover(0.0, 0.0), N).is_infinite());
        // A positive share with no cover runs out in the first month with a shortfall.
        assert_eq!(survive(&p, 0, 1.0, 0.1, cover(0.0, 0.0), N), 0.0);
    }

    #[test]
    fn no_shortfall_never_runs_out() {
        let p = path(2.0, 0.0, N, 0.0);
        assert!(survive(&p, 0, 2.0, 0.5, cover(0.0, 0.0), N).is_infinite());
        assert!(market_shortfall(&p, 0, &D, 2.0).iter().all(|x| *x == 0.0));
    }
}

//! Model 1's annual recovery rule (MODEL.md §7 "time to recover", by year), searched over the
//! years after the scenario year for the central figures and each draw.

use super::super::capacity::{Additions, DrawSums, TARGETS, YEARS};
use super::super::scenario::FIRST_YEAR;
use super::super::time;
use super::context::Ctx;

impl Ctx {
    /// Whether market `k` is recovered in year index `yy` (MODEL.md §7) when `added` is the
    /// capacity added to its supply that year; `scale` widens or narrows that supply for the
    /// rounding margins of [`may_recover`] (1 otherwise).
    fn recovers(&self, k: usize, yy: usize, added: f64, scale: f64) -> bool {
        let b = &self.base[k];
        let dt = b.d * self.growth[yy];
        let ft = (b.f + added) * scale;
        time::recovered(dt, ft, b.quota * (dt - ft).max(0.0))
    }
}

/// For each market and each year `y ≥ from`, the first year ≥ `y` (as a number) in which the
/// market recovers (MODEL.md §7), `+∞` if none: one backward pass over the years.
pub(super) fn recover_years(ctx: &Ctx, from: usize, adds: &Additions) -> [[f64; YEARS]; 4] {
    let mut out = [[f64::INFINITY; YEARS]; 4];
    for k in 0..4 {
        let mut next = f64::INFINITY;
        for yy in (from..YEARS).rev() {
            if ctx.recovers(k, yy, adds[yy][k], 1.0) {
                next = f64::from(FIRST_YEAR) + yy as f64;
            }
            out[k][yy] = next;
        }
    }
    out
}

/// Like [`recover_years`] for year `y` only (other entries `+∞`), for one draw whose year-`y`
/// additions are `adds_y`: a forward search that stops at the first recovered year, skipping
/// the later years where `may[k][yy]` says no draw can recover, and summing a later year's
/// additions only when the search reaches it.
pub(super) fn recover_year(
    ctx: &Ctx,
    y: usize,
    adds_y: &[f64; TARGETS],
    sums: &DrawSums,
    built: &[f64],
    may: &[[bool; YEARS]; 4],
) -> [[f64; YEARS]; 4] {
    let mut out = [[f64::INFINITY; YEARS]; 4];
    for k in 0..4 {
        for yy in y..YEARS {
            if yy > y && !may[k][yy] {
                continue;
            }
            let added = if yy == y {
                adds_y[k]
            } else {
                sums.realised_entry(built, yy, k)
            };
            if ctx.recovers(k, yy, added, 1.0) {
                out[k][y] = f64::from(FIRST_YEAR) + yy as f64;
                break;
            }
        }
    }
    out
}

/// Which (market, year) pairs from year `y` on could recover in some draw, from the two
/// extreme draws: if every announced project delivered still leaves a year unrecovered, no
/// draw recovers then; and if the scenario year recovers with none delivered, every draw
/// recovers in the scenario year and never looks further. (Recovery is monotone in `F_t`; a
/// relative margin of 1e−9 covers rounding.) Draws beyond the timeline then search only the
/// later years that can matter.
pub(super) fn may_recover(
    ctx: &Ctx,
    sums: &DrawSums,
    chances: &[f64],
    y: usize,
) -> [[bool; YEARS]; 4] {
    // A draw builds a project when a uniform in [0, 1) is below its chance: never at 0 (the
    // historical presets, a shut plant), always at 1.
    let all: Vec<f64> = chances
        .iter()
        .map(|&c| f64::from(u8::from(c > 0.0)))
        .collect();
    let none: Vec<f64> = chances
        .iter()
        .map(|&c| f64::from(u8::from(c >= 1.0)))
        .collect();
    let (mut most, mut least) = ([[0.0; TARGETS]; YEARS], [[0.0; TARGETS]; YEARS]);
    sums.realised(&all, y, &mut most);
    sums.realised(&none, y, &mut least);
    let margin = 1e-9;
    let mut out = [[true; YEARS]; 4];
    for k in 0..4 {
        let always_now = ctx.recovers(k, y, least[y][k], 1.0 - margin);
        for yy in y + 1..YEARS {
            out[k][yy] = !always_now && ctx.recovers(k, yy, most[yy][k], 1.0 + margin);
        }
    }
    out
}

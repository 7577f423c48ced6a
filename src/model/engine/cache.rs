//! One-slot caches for what does not depend on the sliders (the backtests): the browser has one
//! thread, and a slider move must not redo them.
//!
//! Only results for the bundled dataset [`DATASET`] are kept. It is a `static`, the same for the
//! life of the program, so a key without the dataset in it cannot go stale; any other dataset (a
//! test's modified copy) is computed afresh. A dataset's address would be no key for it: a copy
//! dropped and another built in its place share the address (test `a_copy_of_the_dataset_…`).

use super::super::backtest;
use super::super::episodes::{self, Backtests};
use super::super::outcome::Quota2010;
use super::super::scenario::Elasticity;
use super::context::{Ctx, Elast};
use crate::data::{Dataset, DATASET};
use crate::model::path::Kept;
use std::cell::RefCell;

/// What a backtest of [`DATASET`] depends on: the elasticity choices (as bits, `N` numbers each)
/// and the draws (seed and count).
#[derive(Clone, Copy, PartialEq)]
struct DrawsKey<const N: usize> {
    ed: [u64; N],
    es: [u64; N],
    seed: u64,
    draws: usize,
}

/// The episodes' key: each elasticity choice as its kind and, for a number, its bits.
type EpisodesKey = DrawsKey<2>;

/// The `quota-2010` replay's key: the `ndpr` elasticity choice (central value and triangular
/// bounds). Nothing else in the scenario.
type BacktestKey = DrawsKey<4>;

/// A one-slot cache on this thread.
type Slot<K, V> = std::thread::LocalKey<RefCell<Option<(K, V)>>>;

thread_local! {
    /// The last backtests computed on this thread with draws: they do not depend on the
    /// sliders.
    static LAST_EPISODES: RefCell<Option<(EpisodesKey, Backtests)>> =
        const { RefCell::new(None) };
    /// The same without draws (central figures only), in a slot of their own: every
    /// evaluation without drawn backtests (the page's central figures on each slider move,
    /// its ranges, a `report --draws 0`) reads these, and in a shared slot one with other
    /// elasticities evicted the backtests drawn for the methodology page (or a `report`),
    /// whose next evaluation then redid 400 draws of both episodes (about 18 ms natively).
    static CENTRAL_EPISODES: RefCell<Option<(EpisodesKey, Backtests)>> =
        const { RefCell::new(None) };
}

/// The episodes' slot for `draws`: with draws or without.
fn episodes_slot(draws: usize) -> &'static Slot<EpisodesKey, Backtests> {
    if draws == 0 {
        &CENTRAL_EPISODES
    } else {
        &LAST_EPISODES
    }
}

/// [`episodes::run`], computed once per distinct input (the result is the same either way).
pub(super) fn episodes_cached(
    d: &Dataset,
    ed: Elasticity,
    es: Elasticity,
    draws: usize,
    seed: u64,
) -> Backtests {
    episodes_cached_with(d, ed, es, draws, seed, || {
        episodes::run(d, ed, es, draws, seed)
    })
}

/// True when [`episodes_cached`] would not compute anything.
pub(super) fn episodes_known(
    d: &Dataset,
    ed: Elasticity,
    es: Elasticity,
    draws: usize,
    seed: u64,
) -> bool {
    let bundled: &Dataset = &DATASET;
    let key = episodes_key(ed, es, draws, seed);
    std::ptr::eq(d, bundled)
        && episodes_slot(draws).with(|c| c.borrow().as_ref().is_some_and(|(k, _)| *k == key))
}

/// [`episodes_cached`] with the computation given (an [`episodes::EpisodeRun`] made in steps).
pub(super) fn episodes_cached_with(
    d: &Dataset,
    ed: Elasticity,
    es: Elasticity,
    draws: usize,
    seed: u64,
    compute: impl FnOnce() -> Backtests,
) -> Backtests {
    cached(
        episodes_slot(draws),
        d,
        episodes_key(ed, es, draws, seed),
        compute,
    )
}

fn episodes_key(ed: Elasticity, es: Elasticity, draws: usize, seed: u64) -> EpisodesKey {
    let bits = |e: Elasticity| match e {
        Elasticity::Low => [0, 0],
        Elasticity::Central => [1, 0],
        Elasticity::High => [2, 0],
        Elasticity::Value(v) => [3, v.to_bits()],
    };
    EpisodesKey {
        ed: bits(ed),
        es: bits(es),
        seed,
        draws,
    }
}

thread_local! {
    /// The last replay computed on this thread (the browser has one) with draws: moving any
    /// other slider does not redo its 1,000 solves.
    static LAST_BACKTEST: RefCell<Option<(BacktestKey, Quota2010)>> = const { RefCell::new(None) };
    /// The same without draws, in a slot of its own (see `CENTRAL_EPISODES`).
    static CENTRAL_BACKTEST: RefCell<Option<(BacktestKey, Quota2010)>> =
        const { RefCell::new(None) };
}

/// [`backtest::quota_2010`] for this scenario's `ndpr` elasticities and draws, computed once per
/// distinct input (the result is the same either way).
pub(super) fn quota_2010_cached(
    d: &Dataset,
    ctx: &Ctx,
    el_draws: &[Elast],
    seed: u64,
) -> Quota2010 {
    let b = &ctx.base[0];
    let bits = |v: f64, t: [f64; 3]| [v.to_bits(), t[0].to_bits(), t[1].to_bits(), t[2].to_bits()];
    let key = BacktestKey {
        ed: bits(b.ed, b.ed_tri),
        es: bits(b.es, b.es_tri),
        seed,
        draws: el_draws.len(),
    };
    let slot = if el_draws.is_empty() {
        &CENTRAL_BACKTEST
    } else {
        &LAST_BACKTEST
    };
    cached(slot, d, key, || {
        let ndpr_draws: Vec<[f64; 2]> = el_draws.iter().map(|e| e.el[0]).collect();
        backtest::quota_2010(d, [b.ed, b.es], &ndpr_draws)
    })
}

/// For the bundled dataset: the value last computed on this thread for `key` (the browser has
/// one thread), or `compute()`'s, kept for next time (one slot, as the inputs change rarely).
/// For any other dataset `d`: `compute()`, neither read from nor kept in the slot.
pub(super) fn cached<K: PartialEq + Copy + 'static, V: Clone + 'static>(
    slot: &'static Slot<K, V>,
    d: &Dataset,
    key: K,
    compute: impl FnOnce() -> V,
) -> V {
    let bundled: &Dataset = &DATASET;
    if !std::ptr::eq(d, bundled) {
        return compute();
    }
    let hit = slot.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    });
    if let Some(v) = hit {
        return v;
    }
    let v = compute();
    slot.with(|c| *c.borrow_mut() = Some((key, v.clone())));
    v
}

thread_local! {
    /// The oxide markets' paths of the last draws made on this thread, one slot per draw and
    /// year (`Drawn::slot`). The browser has one thread; each slot keeps the inputs' bits
    /// with the path, so a slot filled by any other scenario or dataset is simply not reused.
    static KEPT_PATHS: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
}

/// The most slots kept: the page's 400 draws and their timeline take 640, about 3.5 MB.
/// Beyond this (a `report --draws 20000`, a one-off run that nothing follows) keeping would
/// cost memory, about 5 KB a slot, and save nothing.
const MAX_KEPT_SLOTS: usize = 4096;

/// `f` with `slots` slots of kept paths: this thread's, emptied first if it had another
/// number (another number of draws); none at all beyond [`MAX_KEPT_SLOTS`] or while they are
/// in use (a nested evaluation; none today).
pub(super) fn with_kept_paths<R>(slots: usize, f: impl FnOnce(&mut [Kept]) -> R) -> R {
    if slots > MAX_KEPT_SLOTS {
        return f(&mut []);
    }
    KEPT_PATHS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut kept) => {
            if kept.len() != slots {
                kept.clear();
                kept.resize_with(slots, Kept::default);
            }
            f(&mut kept)
        }
        Err(_) => f(&mut []),
    })
}

/// Empties this thread's kept paths (see [`super::forget_kept_paths`]).
pub(super) fn forget_kept_paths() {
    KEPT_PATHS.with(|cell| {
        if let Ok(mut kept) = cell.try_borrow_mut() {
            *kept = Vec::new();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate_with, Options, Scenario};

    /// A run with more draws than are worth keeping (a `report --draws 20000`) keeps none, so
    /// its memory is what the draws' samples take; the page's 400 draws are kept.
    #[test]
    fn only_runs_of_a_page_s_size_keep_their_paths() {
        let d: &Dataset = &DATASET;
        let s = Scenario::from_query("preset=embargo-now", d);
        let kept = || KEPT_PATHS.with(|c| c.borrow().len());
        let draws = |n| Options {
            draws: n,
            timeline: false,
            backtests: false,
            ..Options::default()
        };
        evaluate_with(&s, d, &draws(MAX_KEPT_SLOTS + 1));
        assert_eq!(kept(), 0, "a large run kept its paths");
        evaluate_with(&s, d, &draws(400));
        assert_eq!(kept(), 400);
    }

    /// An evaluation without drawn backtests, with other elasticities (a slider move on the
    /// page): it must not evict the drawn backtests, which the next evaluation that shows them
    /// would otherwise redraw (400 draws of both episodes and of the 2010 replay).
    #[test]
    fn central_evaluations_keep_the_drawn_backtests() {
        let d: &Dataset = &DATASET;
        let s = Scenario::from_query("preset=licensing-apr-2025", d);
        let drawn = Options {
            draws: 40,
            ..Options::default()
        };
        let replay_draws = || LAST_BACKTEST.with(|c| c.borrow().as_ref().map(|(k, _)| k.draws));
        evaluate_with(&s, d, &drawn);
        assert!(episodes_known(d, s.ed, s.es, 40, drawn.seed));
        assert_eq!(replay_draws(), Some(40));
        let central = Options {
            draws: 0,
            timeline: false,
            backtests: false,
            ..Options::default()
        };
        let mut low = s.clone();
        low.ed = Elasticity::Low;
        evaluate_with(&low, d, &central);
        assert!(episodes_known(d, low.ed, low.es, 0, central.seed));
        assert!(
            episodes_known(d, s.ed, s.es, 40, drawn.seed),
            "a central evaluation evicted the drawn episodes"
        );
        assert_eq!(
            replay_draws(),
            Some(40),
            "a central evaluation evicted the drawn 2010 replay"
        );
    }
}

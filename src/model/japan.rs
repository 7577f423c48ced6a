//! The `japan-2010-2024` backtest (MODEL.md §6.1): the §6 chain dependency of Japan's 2010 chain
//! (`backtest.japan.2010.*`) and of its 2024 chain (the `japan` view's baseline rows, no
//! projects) beside the recorded China share of Japan's rare-earth imports.

use super::chain;
use super::outcome::{ChainDependency, JapanBacktestOutcome, StageDependency};
use crate::data::{Chain, Dataset, Stage, StageBaseline, Viewpoint};

/// `dep_s` of both chains (§6) from their stage rows and needs.
pub fn chain_dependency(
    row: impl Fn(Chain, Stage) -> StageBaseline,
    need: impl Fn(Chain) -> f64,
) -> ChainDependency {
    let one = |c: Chain| {
        let mut cap = [0.0; 4];
        let mut rec = [0.0; 4];
        for s in Stage::ALL {
            let r = row(c, s);
            cap[s.index()] = r.capacity.value.max(0.0);
            rec[s.index()] = r.recycling.value.max(0.0);
        }
        let d = chain::dependency(chain::throughput(cap, rec), need(c).max(0.0));
        StageDependency {
            mining: d[0],
            separation: d[1],
            metal: d[2],
            magnet: d[3],
        }
    };
    ChainDependency {
        light: one(Chain::Light),
        heavy: one(Chain::Heavy),
    }
}

/// The backtest's figures.
pub fn backtest(d: &Dataset) -> JapanBacktestOutcome {
    let b = &d.japan_backtest;
    let low = &b.dependency_2024_low;
    let high = &b.dependency_2024_high;
    let source_2024 = if low.source == high.source {
        low.source.to_string()
    } else {
        format!("{} {}", low.source, high.source)
    };
    JapanBacktestOutcome {
        recorded_2010: b.dependency_2010.value,
        recorded_2010_source: b.dependency_2010.source,
        recorded_2024_low: low.value,
        recorded_2024_high: high.value,
        recorded_2024_source: source_2024,
        model_2010: chain_dependency(|c, s| *b.stage_2010(c, s), |c| b.need_2010(c).need.value),
        model_2024: chain_dependency(
            |c, s| *d.stage(Viewpoint::Japan, c, s),
            |c| d.need(Viewpoint::Japan, c).need.value,
        ),
    }
}

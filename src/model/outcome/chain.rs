//! Dependency along the chains (MODEL.md §6): per stage, per chain, and the bottleneck.

use super::Range;
use crate::data::{Chain, Stage};
use serde::Serialize;

/// The central-case inputs of one stage (MODEL.md §6), in the chain's unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StageInputs {
    /// `cap_s` in year t (baseline + expected projects for the viewpoint + sliders).
    pub capacity: f64,
    /// `R_s`.
    pub recycling: f64,
    /// `T_s`.
    pub throughput: f64,
    /// `N` in year t.
    pub need: f64,
    /// The quota share that applies to the stage's flows (0–1).
    pub quota: f64,
    /// China-controlled and total world output at the stage (for the share and HHI).
    pub china_output: f64,
    /// World output at the stage.
    pub world_output: f64,
}

/// One stage of one chain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageOutcome {
    /// The stage.
    pub stage: Stage,
    /// `dep_s = 1 − min(1, T_s/N)`.
    pub dependency: Range,
    /// `1 − min(1, (cap_s + R_s)/N)`.
    pub direct_reliance: f64,
    /// China's share of world output at the stage.
    pub china_share: f64,
    /// Herfindahl–Hirschman index, 0–10,000.
    pub hhi: f64,
    /// `dep_s · (1 − quota)`.
    pub supply_at_risk: Range,
    /// Extra China-free capacity at this stage to bring `dep_magnet` to the target.
    pub capacity_needed: f64,
    /// The central-case inputs the figures came from.
    pub inputs: StageInputs,
}

/// One chain for the viewpoint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChainOutcome {
    /// The chain.
    pub chain: Chain,
    /// "t NdPr-oxide eq." or "t Dy+Tb-oxide eq.".
    pub unit: &'static str,
    /// Mining.
    pub mining: StageOutcome,
    /// Separation into oxides.
    pub separation: StageOutcome,
    /// Metal and alloy.
    pub metal: StageOutcome,
    /// Magnet making.
    pub magnet: StageOutcome,
    /// Stage where dependency jumps most, and the jump.
    pub bottleneck: Stage,
    /// The jump in dependency at the bottleneck (share points, 0–1).
    pub bottleneck_jump: f64,
    /// Target for `dep_magnet` used by capacity needed.
    pub target: f64,
    /// Sum of capacity needed over the stages.
    pub capacity_needed_total: f64,
}

impl ChainOutcome {
    /// The stage `s`.
    pub fn stage(&self, s: Stage) -> &StageOutcome {
        match s {
            Stage::Mining => &self.mining,
            Stage::Separation => &self.separation,
            Stage::Metal => &self.metal,
            Stage::Magnet => &self.magnet,
        }
    }
}

/// Dependency on China along both chains, for the viewpoint (MODEL.md §6).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dependency {
    /// The light chain (NdPr).
    pub light: ChainOutcome,
    /// The heavy chain (Dy and Tb).
    pub heavy: ChainOutcome,
}

impl Dependency {
    /// The chain `c`.
    pub fn get(&self, c: Chain) -> &ChainOutcome {
        match c {
            Chain::Light => &self.light,
            Chain::Heavy => &self.heavy,
        }
    }
}

/// The stage with the largest jump in dependency over both chains.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Bottleneck {
    /// The chain of the bottleneck.
    pub chain: Chain,
    /// Its stage.
    pub stage: Stage,
    /// The jump in dependency there (0–1).
    pub jump: f64,
}

/// Dependency `dep_s` at each stage of one chain (MODEL.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StageDependency {
    /// Mining.
    pub mining: f64,
    /// Separation.
    pub separation: f64,
    /// Metal and alloy.
    pub metal: f64,
    /// Magnet making.
    pub magnet: f64,
}

/// Dependency per stage of both chains.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChainDependency {
    /// The light chain.
    pub light: StageDependency,
    /// The heavy chain.
    pub heavy: StageDependency,
}

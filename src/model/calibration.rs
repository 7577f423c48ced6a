//! The calibration's fits (MODEL.md §10, docs/calibration.md): a parameter set of the
//! stock-holders (θ, λ, panic, Dy/Tb and magnet cover) and every observed figure of E1 and E2
//! beside the model's central value under it. `bin/calibrate.rs` searches the grid with these
//! functions; the methodology page shows the three recorded fits (`calibration.*` in
//! `data/baseline.csv`) with each one's in-sample and out-of-sample figures, computed live.

use super::central_path;
use super::episodes::{e1_path, model_value, E1China, E1Route, E1_START_YEAR};
use super::path::Params;
use super::scenario::Scenario;
use crate::data::{CalibrationFit, Dataset};

/// One candidate set of the fitted parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// θ: how strongly desired cover falls as prices rise (`S* ∝ m^−θ`).
    pub theta: f64,
    /// λ: share of the stock gap closed per month.
    pub lambda: f64,
    /// Extra months of cover buyers seek while restricted.
    pub panic: f64,
    /// Buyers' cover of Dy and Tb, months (one value for both).
    pub buffer_heavy: f64,
    /// Buyers' cover of magnets, months.
    pub buffer_magnet: f64,
}

impl From<&CalibrationFit> for Fit {
    fn from(c: &CalibrationFit) -> Fit {
        Fit {
            theta: c.theta.value,
            lambda: c.lambda.value,
            panic: c.panic.value,
            buffer_heavy: c.buffer_heavy.value,
            buffer_magnet: c.buffer_magnet.value,
        }
    }
}

impl Fit {
    /// The path's parameters with this set in place.
    pub fn apply(&self, p: &mut Params) {
        p.theta = self.theta;
        p.lambda = self.lambda;
        p.panic = self.panic;
        p.buffer[1] = self.buffer_heavy;
        p.buffer[2] = self.buffer_heavy;
        p.buffer[3] = self.buffer_magnet;
    }
}

/// One observed figure beside the model's central value under a fit.
#[derive(Debug, Clone, PartialEq)]
pub struct FitFigure {
    /// The figure as the dataset names it (`episodes.csv`): its episode, element and window.
    pub figure: &'static crate::data::EpisodeFigure,
    /// The observed figure (a multiple of the pre-episode level).
    pub observed: f64,
    /// The model's central figure for it.
    pub model: f64,
}

impl FitFigure {
    /// Its short name for the calibration tool's output: "dy spread 2025-05..2025-07".
    pub fn label(&self) -> String {
        let e = self.figure;
        format!("{} {} {}", e.element, e.figure, e.window)
    }
}

/// Every observed figure of episode `id` (`E1`, `E2`) under fit `c`; E1 on `route` with
/// China's side `china`.
pub fn figures(d: &Dataset, id: &str, c: &Fit, china: E1China, route: E1Route) -> Vec<FitFigure> {
    if id == "E2" {
        let s = Scenario::from_query("preset=licensing-apr-2025", d);
        let (path, _) = central_path(&s, d, &|p| c.apply(p));
        d.episodes
            .iter()
            .filter(|e| e.id == "E2")
            .map(|e| FitFigure {
                figure: e,
                observed: e.value.value,
                model: model_value(e, &path, s.year, s.start),
            })
            .collect()
    } else {
        let s = Scenario::from_query("", d);
        let (_, mut p) = central_path(&s, d, &|p| c.apply(p));
        c.apply(&mut p);
        let path = e1_path(d, &p, china, route);
        d.episodes
            .iter()
            .filter(|e| e.id == "E1")
            .map(|e| FitFigure {
                figure: e,
                observed: e.value.value,
                model: model_value(e, &path, E1_START_YEAR, 1.0),
            })
            .collect()
    }
}

/// Mean squared log error of model against observed: what the grid minimises.
pub fn loss(f: &[FitFigure]) -> f64 {
    f.iter()
        .map(|x| {
            let r = super::math::ln(x.model / x.observed);
            r * r
        })
        .sum::<f64>()
        / f.len().max(1) as f64
}

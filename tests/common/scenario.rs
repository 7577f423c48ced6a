//! The scenario builder the property tests share (`mod common { pub mod scenario; }`).

use rare_earth_risk::data::{Dataset, Viewpoint};
use rare_earth_risk::model::scenario::{add_max, ScenarioKey};
use rare_earth_risk::model::{Elasticity, Scenario};

/// The values a property test draws for a scenario of the US or ex-China view: the sliders as
/// the page sets them, with the four capacity additions as shares (0–1) of their slider's maximum.
#[derive(Debug, Clone)]
pub struct ScenarioDraw {
    pub year: u16,
    /// Ex-China view when true, US view otherwise.
    pub exchina: bool,
    /// Light, heavy and magnet export quotas, % of normal.
    pub quotas: [f64; 3],
    /// One delivery chance for every project, %; `NaN` keeps the default, each project's odds
    /// by status.
    pub pipeline: f64,
    pub delay: f64,
    /// Mining, separation, metal and magnet additions, each a share of its maximum.
    pub adds: [f64; 4],
    pub growth: f64,
    pub buffer: f64,
    pub ed: Elasticity,
    pub es: Elasticity,
    /// Index into the dataset's presets (out of range or `None`: no preset).
    pub preset: Option<usize>,
}

/// A [`ScenarioDraw`]'s fields in order, as a strategy's tuple yields them.
pub type DrawFields = (
    u16,
    bool,
    [f64; 3],
    f64,
    f64,
    [f64; 4],
    f64,
    f64,
    Elasticity,
    Elasticity,
    Option<usize>,
);

impl From<DrawFields> for ScenarioDraw {
    fn from(f: DrawFields) -> Self {
        let (year, exchina, quotas, pipeline, delay, adds, growth, buffer, ed, es, preset) = f;
        ScenarioDraw {
            year,
            exchina,
            quotas,
            pipeline,
            delay,
            adds,
            growth,
            buffer,
            ed,
            es,
            preset,
        }
    }
}

impl ScenarioDraw {
    /// The scenario: the dataset's defaults with the drawn values set.
    pub fn build(self, d: &Dataset) -> Scenario {
        let view = if self.exchina {
            Viewpoint::Exchina
        } else {
            Viewpoint::Us
        };
        let add = |key, share: f64| share * add_max(key, d, view);
        let mut s = Scenario::default_for(d);
        s.year = self.year;
        s.view = view;
        [s.quota_light, s.quota_heavy, s.quota_magnet] = self.quotas;
        if !self.pipeline.is_nan() {
            (s.pipeline, s.pipeline_by_status) = (self.pipeline, false);
        }
        s.delay = self.delay;
        s.add_mining = add(ScenarioKey::AddMining, self.adds[0]);
        s.add_separation = add(ScenarioKey::AddSeparation, self.adds[1]);
        s.add_metal = add(ScenarioKey::AddMetal, self.adds[2]);
        s.add_magnet = add(ScenarioKey::AddMagnet, self.adds[3]);
        s.growth = self.growth;
        s.buffer = Some(self.buffer);
        s.ed = self.ed;
        s.es = self.es;
        s.preset = self
            .preset
            .and_then(|i| d.presets.get(i))
            .map(|p| p.id.to_string());
        s
    }
}

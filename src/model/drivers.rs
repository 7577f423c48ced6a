//! "What drives this number" (MODEL.md §8): how far a headline moves when one assumption goes
//! from its low to its high value, every other held at the scenario's. Central figures only
//! (no draws), the scenario year only: a few dozen evaluations, cheap enough for the browser.

use super::engine::{central_figures, CentralFigures};
use super::market;
use super::path::PATH_MONTHS;
use super::scenario::{Elasticity, Scenario, ScenarioKey};
use crate::data::{Dataset, MarketId};
use serde::Serialize;

/// The headlines a reader can ask about, in the order offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Headline {
    /// `markets.magnet.multiplier.central`: the 12-month average magnet price outside China.
    MagnetPrice,
    /// `markets.magnet.peak.central`.
    MagnetPeak,
    /// `markets.ndpr.multiplier.central` (the 2009 replay's lead: it has no magnet market).
    NdprPrice,
    /// `markets.dy.multiplier.central`.
    DyPrice,
    /// `markets.dy.unmet_share.central`.
    DyUnmet,
    /// `time_to_survive_months.central`, months (36 when stocks last the whole path).
    TimeToSurvive,
}

impl Headline {
    /// Every headline, in the order of `Swing::at_low` and `at_high`.
    pub const ALL: [Headline; 6] = [
        Headline::MagnetPrice,
        Headline::MagnetPeak,
        Headline::NdprPrice,
        Headline::DyPrice,
        Headline::DyUnmet,
        Headline::TimeToSurvive,
    ];

    /// The headline's id in URLs and downloads.
    pub const fn key(self) -> &'static str {
        match self {
            Headline::MagnetPrice => "magnet_price",
            Headline::MagnetPeak => "magnet_peak",
            Headline::NdprPrice => "ndpr_price",
            Headline::DyPrice => "dy_price",
            Headline::DyUnmet => "dy_unmet",
            Headline::TimeToSurvive => "time_to_survive",
        }
    }

    /// Whether the headline exists for a scenario (`replay`: the 2009 replay, which has no
    /// magnet market).
    pub fn applies(self, replay: bool) -> bool {
        !(replay && matches!(self, Headline::MagnetPrice | Headline::MagnetPeak))
    }

    /// The headline shown first: the magnet price, or NdPr's on the 2009 replay.
    pub fn default_for(replay: bool) -> Headline {
        if Headline::MagnetPrice.applies(replay) {
            Headline::MagnetPrice
        } else {
            Headline::NdprPrice
        }
    }

    /// The headline as the reader sees it.
    pub const fn label(self) -> &'static str {
        match self {
            Headline::MagnetPrice => "Magnet price outside China, 12-month average",
            Headline::MagnetPeak => "Magnet price outside China, peak month",
            Headline::NdprPrice => "NdPr oxide price outside China, 12-month average",
            Headline::DyPrice => "Dy oxide price outside China, 12-month average",
            Headline::DyUnmet => "Dy oxide demand left unmet, 12-month average",
            Headline::TimeToSurvive => "Time to survive, months",
        }
    }

    /// The headline's value among a scenario's central figures (time to survive: the path's
    /// length when stocks never run out, so that "longer" reads as more).
    pub fn of(self, c: &CentralFigures) -> f64 {
        match self {
            Headline::MagnetPrice => c.multiplier(MarketId::Magnet),
            Headline::MagnetPeak => c.peak(MarketId::Magnet),
            Headline::NdprPrice => c.multiplier(MarketId::Ndpr),
            Headline::DyPrice => c.multiplier(MarketId::Dy),
            Headline::DyUnmet => c.unmet_share(MarketId::Dy),
            Headline::TimeToSurvive => c.time_to_survive_months().unwrap_or(PATH_MONTHS as f64),
        }
    }

    /// Whether the headline's value is a floor, "at least", as the cards say it (MODEL.md §5): a
    /// 12-month average price of a market that leaves demand unmet at its backstop within the
    /// first 12 months (`markets.<k>.at_backstop`), a peak at the backstop, or a time to survive
    /// longer than the path.
    pub fn is_floor(self, c: &CentralFigures, d: &Dataset) -> bool {
        let at_backstop = |id: MarketId| c.unmet_share(id) > 0.0;
        match self {
            Headline::MagnetPrice => at_backstop(MarketId::Magnet),
            Headline::MagnetPeak => {
                let b = d.market(MarketId::Magnet).backstop.value;
                at_backstop(MarketId::Magnet) || market::at_backstop(c.peak(MarketId::Magnet), b)
            }
            Headline::NdprPrice => at_backstop(MarketId::Ndpr),
            Headline::DyPrice => at_backstop(MarketId::Dy),
            Headline::DyUnmet => false,
            // Stocks that last the whole path: "not within 36 months" on the time card.
            Headline::TimeToSurvive => c.time_to_survive_months().is_none(),
        }
    }
}

/// Every headline at one point, in [`Headline::ALL`] order: its value, and whether that value
/// is a floor ([`Headline::is_floor`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figures {
    /// Each headline's value.
    pub value: [f64; Headline::ALL.len()],
    /// Whether each value is a floor ("at least").
    pub floor: [bool; Headline::ALL.len()],
}

/// The assumptions that are swung, each between its dataset low and high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    /// The demand elasticity set (`ed`).
    Ed,
    /// The supply elasticity set (`es`).
    Es,
    /// θ, how desired cover falls with price.
    Theta,
    /// λ, how fast stocks close their gap.
    Lambda,
    /// Extra cover buyers seek while restricted.
    Panic,
    /// Buyers' stocks outside China (a factor on each market's cover).
    Buffer,
    /// The chance each announced project is delivered.
    Pipeline,
    /// Years every project slips.
    Delay,
    /// Demand growth outside China.
    Growth,
}

impl Driver {
    /// Every driver.
    pub const ALL: [Driver; 9] = [
        Driver::Ed,
        Driver::Es,
        Driver::Theta,
        Driver::Lambda,
        Driver::Panic,
        Driver::Buffer,
        Driver::Pipeline,
        Driver::Delay,
        Driver::Growth,
    ];

    /// Whether swinging it can move anything: the 2009 replay (`replay`) has no new capacity
    /// and no growth (MODEL.md §8), so projects, delays and growth are left out there.
    pub const fn applies(self, replay: bool) -> bool {
        !(replay && matches!(self, Driver::Pipeline | Driver::Delay | Driver::Growth))
    }

    /// The drivers swung for scenario `s`, in the listed order.
    pub fn of(s: &Scenario, d: &Dataset) -> impl Iterator<Item = Driver> {
        let replay = s.replays_2009(d);
        Driver::ALL.into_iter().filter(move |x| x.applies(replay))
    }

    /// A stable name (the page's message id `driver-<key>`): the scenario key's URL name where
    /// the assumption is one (`θ` and `λ` are not: they come from the dataset only).
    pub const fn key(self) -> &'static str {
        match self {
            Driver::Ed => ScenarioKey::Ed.name(),
            Driver::Es => ScenarioKey::Es.name(),
            Driver::Theta => "theta",
            Driver::Lambda => "lambda",
            Driver::Panic => ScenarioKey::Panic.name(),
            Driver::Buffer => ScenarioKey::Buffer.name(),
            Driver::Pipeline => ScenarioKey::Pipeline.name(),
            Driver::Delay => ScenarioKey::Delay.name(),
            Driver::Growth => ScenarioKey::Growth.name(),
        }
    }

    /// The assumption as the reader sees it.
    pub const fn label(self) -> &'static str {
        match self {
            Driver::Ed => "Demand elasticity (ed)",
            Driver::Es => "Supply elasticity (es)",
            Driver::Theta => "How cover falls with price (θ)",
            Driver::Lambda => "How fast buyers restock (λ)",
            Driver::Panic => "Panic buying (months)",
            Driver::Buffer => "Buyers' stocks at the start",
            Driver::Pipeline => "Projects delivered",
            Driver::Delay => "Project delays (years)",
            Driver::Growth => "Demand growth (%/yr)",
        }
    }

    /// The scenario and `θ`, `λ` with this assumption at its low (`high = false`) or high end,
    /// and that value as a reader reads it.
    fn apply(self, s: &Scenario, d: &Dataset, high: bool) -> (Scenario, Behaviour, String) {
        let mut t = s.clone();
        let mut o: Behaviour = [None; 2];
        let end = usize::from(high);
        let sens = &d.sensitivity;
        let pick = |r: &crate::data::Range3| if high { r.high.value } else { r.low.value };
        let shown = match self {
            Driver::Ed | Driver::Es => {
                let e = if high {
                    Elasticity::High
                } else {
                    Elasticity::Low
                };
                if self == Driver::Ed {
                    t.ed = e;
                } else {
                    t.es = e;
                }
                e.to_query_value()
            }
            Driver::Theta => {
                let v = pick(&d.behaviour.theta);
                o[0] = Some(v);
                format!("{v}")
            }
            Driver::Lambda => {
                let v = pick(&d.behaviour.lambda);
                o[1] = Some(v);
                format!("{v}")
            }
            Driver::Panic => {
                let v = pick(&d.behaviour.panic);
                t.panic = Some(v);
                format!("{v}")
            }
            Driver::Buffer => {
                let f = sens.buffer[end].value;
                // Each group's cover (the scenario's, else the dataset's) times the factor.
                for (g, id) in [MarketId::Ndpr, MarketId::Dy, MarketId::Magnet]
                    .into_iter()
                    .enumerate()
                {
                    let k = id as usize;
                    let now = s.buffer_for(k).unwrap_or(d.market(id).buffer.value);
                    t.buffer_group[g] = Some(now * f);
                }
                format!("×{f}")
            }
            Driver::Pipeline => {
                let v = sens.pipeline[end].value;
                (t.pipeline, t.pipeline_by_status) = (100.0 * v, false);
                format!("{}\u{a0}%", 100.0 * v)
            }
            Driver::Delay => {
                let v = sens.delay[end].value;
                t.delay = v;
                format!("{v}")
            }
            Driver::Growth => {
                let v = sens.growth[end].value;
                t.growth = v;
                format!("{v}\u{a0}%")
            }
        };
        (t, o, shown)
    }
}

/// `θ` and `λ` in place of the dataset's (`None`: the dataset's), as `Options::behaviour`.
type Behaviour = [Option<f64>; 2];

/// One assumption's swing: its low and high value and every headline at each.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Swing {
    /// The assumption swung.
    pub driver: Driver,
    /// Its low value, as shown (with unit).
    pub low: String,
    /// Its high value, as shown (with unit).
    pub high: String,
    /// Every headline at the low value.
    pub at_low: Figures,
    /// Every headline at the high value.
    pub at_high: Figures,
}

impl Swing {
    /// How far headline `h` moves between the two ends.
    pub fn width(&self, h: Headline) -> f64 {
        let i = Headline::ALL.iter().position(|x| *x == h).unwrap_or(0);
        (self.at_high.value[i] - self.at_low.value[i]).abs()
    }
}

/// The scenario's headlines and each assumption's swing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Drivers {
    /// The scenario's own headlines.
    pub base: Figures,
    /// One swing per [`Driver`].
    pub swings: Vec<Swing>,
}

impl Drivers {
    /// The swings for headline `h`, widest first (ties in the listed order).
    pub fn sorted(&self, h: Headline) -> Vec<&Swing> {
        let mut v: Vec<&Swing> = self.swings.iter().collect();
        v.sort_by(|a, b| b.width(h).total_cmp(&a.width(h)));
        v
    }
}

/// Every headline of `s` with `θ`, `λ` at `behaviour`: one central run of the scenario year.
fn headlines(s: &Scenario, d: &Dataset, behaviour: Behaviour) -> Figures {
    let c = central_figures(s, d, behaviour);
    Figures {
        value: Headline::ALL.map(|h| h.of(&c)),
        floor: Headline::ALL.map(|h| h.is_floor(&c, d)),
    }
}

/// The scenario's own headlines: the centre every swing is drawn around.
pub fn base(s: &Scenario, d: &Dataset) -> Figures {
    headlines(s, d, [None; 2])
}

/// One end of a swing: the assumption's value there, as shown, and the headlines with it (one
/// central evaluation of the scenario year).
pub fn swing_end(s: &Scenario, d: &Dataset, driver: Driver, high: bool) -> (String, Figures) {
    let (scenario, behaviour, value) = driver.apply(s, d, high);
    (value, headlines(&scenario, d, behaviour))
}

/// One assumption swung between its low and high, others held central: two central
/// evaluations of the scenario year.
pub fn swing(s: &Scenario, d: &Dataset, driver: Driver) -> Swing {
    Swing::of(
        driver,
        swing_end(s, d, driver, false),
        swing_end(s, d, driver, true),
    )
}

impl Swing {
    /// A swing from its two ends, as [`swing_end`] gives them.
    pub fn of(driver: Driver, low: (String, Figures), high: (String, Figures)) -> Swing {
        Swing {
            driver,
            low: low.0,
            high: high.0,
            at_low: low.1,
            at_high: high.1,
        }
    }
}

/// Every assumption swung between its low and high (MODEL.md §8): 1 + 2 × 9 central
/// evaluations of the scenario year.
pub fn drivers(s: &Scenario, d: &Dataset) -> Drivers {
    Drivers {
        base: base(s, d),
        swings: Driver::of(s, d).map(|x| swing(s, d, x)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;
    use crate::model::{evaluate_with, Options, Outcome};

    /// The headlines as the outcome's keys carry them, from a full central evaluation, each a
    /// floor where the page says "at least" or "not within": a market at its backstop
    /// (`at_backstop`), its peak at the backstop (`inputs.backstop`), stocks that outlast the path.
    fn from_outcome(s: &Scenario, behaviour: Behaviour) -> Figures {
        let opts = Options {
            draws: 0,
            timeline: false,
            behaviour,
            ..Options::default()
        };
        let o: Outcome = evaluate_with(s, &DATASET, &opts);
        let m = |id: MarketId| o.markets.get(id);
        let value = Headline::ALL.map(|h| match h {
            Headline::MagnetPrice => m(MarketId::Magnet).multiplier.central,
            Headline::MagnetPeak => m(MarketId::Magnet).peak.central,
            Headline::NdprPrice => m(MarketId::Ndpr).multiplier.central,
            Headline::DyPrice => m(MarketId::Dy).multiplier.central,
            Headline::DyUnmet => m(MarketId::Dy).unmet_share.central,
            Headline::TimeToSurvive => o
                .time_to_survive_months
                .central
                .unwrap_or(m(MarketId::Magnet).path.len() as f64),
        });
        let magnet = m(MarketId::Magnet);
        let floor = Headline::ALL.map(|h| match h {
            Headline::MagnetPrice => magnet.at_backstop,
            Headline::MagnetPeak => {
                magnet.at_backstop
                    || market::at_backstop(magnet.peak.central, magnet.inputs.backstop)
            }
            Headline::NdprPrice => m(MarketId::Ndpr).at_backstop,
            Headline::DyPrice => m(MarketId::Dy).at_backstop,
            Headline::DyUnmet => false,
            Headline::TimeToSurvive => o.time_to_survive_months.central.is_none(),
        });
        Figures { value, floor }
    }

    /// The swings read the central run without assembling an outcome: they must find the very
    /// figures the outcome reports, for every preset and at both ends of every assumption.
    #[test]
    fn central_figures_are_the_outcome_s_to_the_bit() {
        for p in DATASET.presets {
            let s = Scenario::from_query(&format!("preset={}", p.id), &DATASET);
            assert_eq!(base(&s, &DATASET), from_outcome(&s, [None; 2]), "{}", p.id);
            for x in Driver::of(&s, &DATASET) {
                for high in [false, true] {
                    let (t, behaviour, _) = x.apply(&s, &DATASET, high);
                    let (_, lean) = swing_end(&s, &DATASET, x, high);
                    assert_eq!(lean, from_outcome(&t, behaviour), "{} {x:?} {high}", p.id);
                }
            }
        }
    }

    /// Under the embargo the magnet price sits at its backstop: a floor, as its card says; on
    /// the first screen it does not, but its stocks outlast the path: "at least 36 months".
    #[test]
    fn a_price_at_its_backstop_is_a_floor() {
        let at = |q: &str| base(&Scenario::from_query(q, &DATASET), &DATASET);
        let (embargo, licensing) = (at("preset=embargo-now"), at("preset=licensing-apr-2025"));
        assert!(embargo.floor[0] && embargo.floor[1], "{embargo:?}");
        assert!(!licensing.floor[0], "{licensing:?}");
        assert!(!embargo.floor[4], "an unmet share is no floor");
        // Stocks run out under the embargo; they outlast the path under the licensing.
        assert!(!embargo.floor[5] && licensing.floor[5]);
    }

    #[test]
    fn swings_bracket_their_ends_and_sort_widest_first() {
        let s = Scenario::from_query("preset=licensing-apr-2025", &DATASET);
        let d = drivers(&s, &DATASET);
        assert_eq!(d.swings.len(), Driver::ALL.len());
        // The base is the scenario's own central figure.
        let o = evaluate_with(&s, &DATASET, &Options::central());
        assert_eq!(d.base.value[0], o.markets.magnet.multiplier.central);
        let sorted = d.sorted(Headline::MagnetPrice);
        for w in sorted.windows(2) {
            assert!(w[0].width(Headline::MagnetPrice) >= w[1].width(Headline::MagnetPrice));
        }
        // A longer cover at the start never raises the Dy price (MODEL.md §9).
        let buffer = d
            .swings
            .iter()
            .find(|x| x.driver == Driver::Buffer)
            .unwrap();
        assert!(
            buffer.at_high.value[2] <= buffer.at_low.value[2] + 1e-12,
            "{buffer:?}"
        );
        // Something moves the magnet price in a restricted scenario.
        assert!(sorted[0].width(Headline::MagnetPrice) > 0.0);
    }

    #[test]
    fn normal_trade_has_nothing_to_drive_its_prices() {
        let d = drivers(&Scenario::default_for(&DATASET), &DATASET);
        for sw in &d.swings {
            assert!(
                (sw.at_low.value[0] - 1.0).abs() < 1e-9 && (sw.at_high.value[0] - 1.0).abs() < 1e-9,
                "{sw:?}"
            );
        }
    }

    #[test]
    fn the_replay_leaves_out_what_it_has_not() {
        let s = Scenario::from_query("preset=quota-2010", &DATASET);
        let d = drivers(&s, &DATASET);
        let swung: Vec<Driver> = d.swings.iter().map(|x| x.driver).collect();
        assert_eq!(swung.len(), Driver::ALL.len() - 3, "{swung:?}");
        // Left out because they move nothing there: 2009's markets have no projects or growth.
        for x in [Driver::Pipeline, Driver::Delay, Driver::Growth] {
            assert!(!swung.contains(&x));
            let sw = swing(&s, &DATASET, x);
            for h in [
                Headline::NdprPrice,
                Headline::DyPrice,
                Headline::TimeToSurvive,
            ] {
                assert_eq!(sw.width(h), 0.0, "{x:?} {h:?}");
            }
        }
        // Today's markets keep every driver.
        let today = Scenario::from_query("preset=licensing-apr-2025", &DATASET);
        assert_eq!(Driver::of(&today, &DATASET).count(), Driver::ALL.len());
    }
}

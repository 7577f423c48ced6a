//! The app's state: the scenario the reader has set, the notices about how it was read, and the
//! latest outcome. Changes go through the model's own parser, so clamping and notices follow one
//! set of rules whether a value came from a link or a slider.

use crate::data::{Dataset, DATASET};
use crate::model::{evaluate_with, Notice, Options, Outcome, Parsed, Scenario, ScenarioKey};
use std::rc::Rc;
use yew::prelude::*;

/// Which ranges the shown outcome carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// Central figures only (while a slider moves).
    Central,
    /// Central figures and the Monte Carlo p10–p90 ranges.
    Full,
}

/// The scenario the page compares with ("A"; the one the reader changes is "B"), read from the
/// link's `compare=` by the model's own parser.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub scenario: Scenario,
    /// Central figures at once, when A is pinned or the link is read; its Monte Carlo ranges
    /// follow in short tasks, as B's do (`full` then true).
    pub outcome: Rc<Outcome>,
    pub full: bool,
}

impl Compared {
    /// A with its central figures, ranges to follow.
    pub fn central(scenario: Scenario) -> Compared {
        Compared {
            outcome: evaluate_central(&scenario),
            scenario,
            full: false,
        }
    }
}

/// The URL key that holds A's query.
pub const COMPARE_KEY: &str = "compare";

/// A from a link's `compare=`: its scenario and the notices about how it was read, each naming
/// the side it applies to. `None` without the key.
pub fn compared_of(query: &str, d: &Dataset) -> Option<(Scenario, Vec<Notice>)> {
    let raw = form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .filter(|(k, _)| k == COMPARE_KEY)
        .last()?
        .1
        .into_owned();
    let parsed = Scenario::parse(&raw, d);
    let notices = parsed
        .notices
        .into_iter()
        .map(|mut n| {
            // The page says it in the reader's language with `notice-in-compare` (ui::notices).
            n.args.push((IN_COMPARE, String::new()));
            Notice {
                message: format!("In the scenario compared with (A): {}", n.message),
                ..n
            }
        })
        .collect();
    Some((parsed.scenario, notices))
}

/// The argument that marks a notice about A, the scenario compared with.
pub const IN_COMPARE: &str = "in_compare";

/// `query` (B's) with A's own query appended as `compare=`, if there is an A.
pub fn with_compare(query: String, a: Option<&str>) -> String {
    match a {
        Some(a) => {
            let tail = form_urlencoded::Serializer::new(String::new())
                .append_pair(COMPARE_KEY, a)
                .finish();
            if query.is_empty() {
                tail
            } else {
                format!("{query}&{tail}")
            }
        }
        None => query,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub scenario: Scenario,
    /// The scenario compared with, if any.
    pub compare: Option<Compared>,
    /// How the link or the last typed value was read (clamped, unknown keys…).
    pub notices: Vec<Notice>,
    pub outcome: Rc<Outcome>,
    pub precision: Precision,
    /// Bumped on every scenario change so late range computations can tell they are stale.
    pub revision: u64,
}

pub enum Action {
    /// One key set to a raw value (a number or a word), as a slider or box sends it.
    Set(ScenarioKey, String),
    /// Start again from a preset (`None`: today's defaults).
    Preset(Option<String>),
    /// Full-precision outcome for a revision, computed after the central one.
    Ranges(u64, Rc<Outcome>),
    /// Compare with this scenario's query (`None`: stop comparing).
    Compare(Option<String>),
    /// A's full-precision outcome, for the A it was computed for.
    CompareRanges(Box<Scenario>, Rc<Outcome>),
}

/// The scenario with `key` replaced by `raw`, read by the model's parser (clamped, with notices).
pub fn with_value(s: &Scenario, d: &Dataset, key: ScenarioKey, raw: &str) -> Parsed {
    let query = s.to_query(d);
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .filter(|(k, _)| {
            ScenarioKey::from_name(k).is_none_or(|k| k != key && !key.replaces().contains(&k))
        })
        .collect();
    pairs.push((key.name().to_string(), raw.to_string()));
    let rebuilt = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    Scenario::parse(&rebuilt, d)
}

/// Central figures for every year: fast enough to run on every slider event.
pub fn evaluate_central(s: &Scenario) -> Rc<Outcome> {
    Rc::new(evaluate_with(s, &DATASET, &Options::central()))
}

/// Central figures and the default Monte Carlo ranges (400 draws). The backtests' ranges are
/// left to the methodology page, which shows them (they are the same for every scenario).
pub fn evaluate_full(s: &Scenario) -> Rc<Outcome> {
    Rc::new(evaluate_with(s, &DATASET, &full_options()))
}

/// The options of [`evaluate_full`].
pub fn full_options() -> Options {
    Options {
        backtests: false,
        ..Options::default()
    }
}

/// The query the page opens on: a link that sets no scenario key (only the viewpoint, UI keys
/// such as `embed`, or nothing) opens on the dataset's `first_screen` preset, the restriction
/// in force as of the data's vintage, so the first screen already shows a race, a price and a
/// cost. "Reset to normal trade" then clears it.
pub fn first_screen_query(query: &str, d: &Dataset) -> String {
    let q = query.trim_start_matches('?');
    let sets_scenario = form_urlencoded::parse(q.as_bytes())
        .any(|(k, _)| ScenarioKey::from_name(k.trim()).is_some_and(|k| k != ScenarioKey::View));
    if sets_scenario {
        q.to_string()
    } else if q.is_empty() {
        format!("preset={}", d.first_screen)
    } else {
        format!("preset={}&{q}", d.first_screen)
    }
}

impl AppState {
    /// The state for a query string (from the page URL), with central figures: the first render
    /// shows them at once, and the ranges follow in their own task as after any change (the
    /// 1,000 draws, run by freshly compiled WebAssembly, would otherwise lengthen the first one).
    pub fn from_query(query: &str) -> AppState {
        let mut state = AppState::without_compare(query);
        state.add_compare(query);
        state
    }

    /// B alone, with its central figures (the first half of [`AppState::from_query`]).
    pub fn without_compare(query: &str) -> AppState {
        let parsed = Scenario::parse(&first_screen_query(query, &DATASET), &DATASET);
        let outcome = evaluate_central(&parsed.scenario);
        AppState {
            scenario: parsed.scenario,
            compare: None,
            notices: parsed.notices,
            outcome,
            precision: Precision::Central,
            revision: 0,
        }
    }

    /// Adds A from the link's `compare=` (its central figures and its notices after B's), unless
    /// it is already there (the second half of [`AppState::from_query`]).
    pub fn add_compare(&mut self, query: &str) {
        if self.compare.is_some() {
            return;
        }
        if let Some((scenario, mut n)) = compared_of(query, &DATASET) {
            self.notices.append(&mut n);
            self.compare = Some(Compared::central(scenario));
        }
    }

    /// B's full query: its canonical query and, when comparing, A's as `compare=`.
    pub fn query(&self) -> String {
        let a = self.compare.as_ref().map(|c| c.scenario.to_query(&DATASET));
        with_compare(self.scenario.to_query(&DATASET), a.as_deref())
    }

    fn changed(&self, parsed: Parsed) -> AppState {
        let outcome = evaluate_central(&parsed.scenario);
        AppState {
            scenario: parsed.scenario,
            compare: self.compare.clone(),
            notices: parsed.notices,
            outcome,
            precision: Precision::Central,
            revision: self.revision + 1,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Set(key, raw) => {
                let parsed = with_value(&self.scenario, &DATASET, key, &raw);
                if parsed.scenario == self.scenario && parsed.notices.is_empty() {
                    return self; // same Rc: yew 0.23 skips the re-render
                }
                Rc::new(self.changed(parsed))
            }
            Action::Preset(id) => {
                // A preset (or normal trade) sets the restriction, not whose chain is seen: the
                // viewpoint stays as the reader chose it, and in the link.
                let view = format!("view={}", self.scenario.view.key());
                let query = match id {
                    Some(id) => format!("preset={id}&{view}"),
                    None => view,
                };
                Rc::new(self.changed(Scenario::parse(&query, &DATASET)))
            }
            Action::Compare(query) => {
                let compare = query.map(|q| Compared::central(Scenario::from_query(&q, &DATASET)));
                Rc::new(AppState {
                    compare,
                    ..(*self).clone()
                })
            }
            Action::CompareRanges(scenario, outcome) => match &self.compare {
                Some(a) if a.scenario == *scenario && !a.full => Rc::new(AppState {
                    compare: Some(Compared {
                        scenario: *scenario,
                        outcome,
                        full: true,
                    }),
                    ..(*self).clone()
                }),
                _ => self,
            },
            Action::Ranges(revision, outcome) => {
                if revision != self.revision || self.precision == Precision::Full {
                    return self;
                }
                Rc::new(AppState {
                    outcome,
                    precision: Precision::Full,
                    ..(*self).clone()
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_link_without_a_scenario_opens_on_the_restriction_in_force() {
        let first = format!("preset={}", DATASET.first_screen);
        assert_eq!(first_screen_query("", &DATASET), first);
        assert_eq!(
            first_screen_query("?embed=1&view=eu", &DATASET),
            format!("{first}&embed=1&view=eu")
        );
        // Any scenario key keeps the link as it is (including a preset, or normal trade).
        for q in [
            "preset=embargo-now",
            "quota_magnet=100",
            "year=2030&embed=1",
        ] {
            assert_eq!(first_screen_query(q, &DATASET), q);
        }
        let s = AppState::from_query("");
        assert_eq!(s.scenario.preset.as_deref(), Some(DATASET.first_screen));
        assert!(s.notices.is_empty(), "{:?}", s.notices);
        // "Reset to normal trade": the defaults, China exporting normally.
        let reset = Rc::new(s).reduce(Action::Preset(None));
        assert_eq!(reset.scenario, Scenario::default_for(&DATASET));
    }

    #[test]
    fn a_preset_or_a_reset_keeps_the_viewpoint() {
        let s = Rc::new(AppState::from_query("view=japan&quota_magnet=40"));
        let p = s.clone().reduce(Action::Preset(Some("embargo-now".into())));
        assert_eq!(p.scenario.view.key(), "japan");
        assert_eq!(p.scenario.preset.as_deref(), Some("embargo-now"));
        assert!(p.notices.is_empty(), "{:?}", p.notices);
        assert!(p.query().contains("view=japan"), "{}", p.query());
        let r = p.reduce(Action::Preset(None));
        assert_eq!(r.scenario, Scenario::from_query("view=japan", &DATASET));
    }

    use super::*;

    #[test]
    fn a_slider_value_goes_through_the_model_parser() {
        let s = Scenario::default_for(&DATASET);
        let p = with_value(&s, &DATASET, ScenarioKey::QuotaMagnet, "40");
        assert_eq!(p.scenario.quota_magnet, 40.0);
        assert!(p.notices.is_empty());
        let p = with_value(&s, &DATASET, ScenarioKey::QuotaMagnet, "140");
        assert_eq!(p.scenario.quota_magnet, 100.0);
        assert_eq!(p.notices.len(), 1, "{:?}", p.notices);
    }

    #[test]
    fn reducer_skips_no_op_changes_and_stale_ranges() {
        // Normal trade, set explicitly (an empty link opens on the restriction in force).
        let first = Rc::new(AppState::from_query("quota_magnet=100"));
        assert_eq!(
            first.precision,
            Precision::Central,
            "ranges come after the first render"
        );
        let state = first
            .clone()
            .reduce(Action::Ranges(0, evaluate_full(&first.scenario)));
        assert_eq!(state.precision, Precision::Full);
        assert_eq!(state.revision, 0);
        let same = state
            .clone()
            .reduce(Action::Set(ScenarioKey::QuotaMagnet, "100".into()));
        assert!(Rc::ptr_eq(&state, &same));
        let moved = state
            .clone()
            .reduce(Action::Set(ScenarioKey::QuotaMagnet, "0".into()));
        assert_eq!(moved.precision, Precision::Central);
        assert_eq!(moved.revision, 1);
        let stale = moved
            .clone()
            .reduce(Action::Ranges(0, state.outcome.clone()));
        assert!(Rc::ptr_eq(&moved, &stale));
        let full = evaluate_full(&moved.scenario);
        let done = moved.clone().reduce(Action::Ranges(1, full.clone()));
        assert_eq!(done.precision, Precision::Full);
        assert_eq!(done.outcome, full);
        assert_eq!(
            done.outcome.markets.magnet.multiplier.central,
            moved.outcome.markets.magnet.multiplier.central,
            "central figures do not depend on the draws"
        );
    }

    #[test]
    fn a_ranges_follow_and_a_stale_a_is_ignored() {
        let q = "quota_magnet=100&compare=preset%3Dembargo-now";
        let state = Rc::new(AppState::from_query(q));
        let a = match &state.compare {
            Some(a) => a.clone(),
            None => panic!("compare= read"),
        };
        assert!(!a.full, "A's ranges come after the first render");
        // Ranges for another A (the reader pinned a new one meanwhile) change nothing.
        let other = Scenario::from_query("preset=quota-2010", &DATASET);
        let full_other = evaluate_full(&other);
        let same = state
            .clone()
            .reduce(Action::CompareRanges(Box::new(other), full_other));
        assert!(Rc::ptr_eq(&state, &same));
        let full = evaluate_full(&a.scenario);
        let done = state.clone().reduce(Action::CompareRanges(
            Box::new(a.scenario.clone()),
            full.clone(),
        ));
        match &done.compare {
            Some(c) => {
                assert!(c.full);
                assert_eq!(c.outcome, full);
                assert_ne!(c.outcome, a.outcome, "the draws add ranges");
            }
            None => panic!("A kept"),
        }
        // Once full, a second delivery is ignored.
        let again = done
            .clone()
            .reduce(Action::CompareRanges(Box::new(a.scenario), full));
        assert!(Rc::ptr_eq(&done, &again));
    }
}

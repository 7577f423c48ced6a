//! Scenario parsing: round trips, corrections with notices, and no panics on any input.
#![cfg(not(target_arch = "wasm32"))]

mod common {
    pub mod scenario;
}

use common::scenario::ScenarioDraw;
use proptest::prelude::*;
use rare_earth_risk::data::{Viewpoint, DATASET};
use rare_earth_risk::model::scenario::{add_max, ScenarioKey};
use rare_earth_risk::model::{Elasticity, NoticeKind, Scenario};

fn kinds(q: &str) -> Vec<(String, NoticeKind)> {
    Scenario::parse(q, &DATASET)
        .notices
        .into_iter()
        .map(|n| (n.key, n.kind))
        .collect()
}

#[test]
fn defaults_and_empty_query() {
    let p = Scenario::parse("", &DATASET);
    assert_eq!(p.scenario, Scenario::default_for(&DATASET));
    assert!(p.notices.is_empty());
    let s = p.scenario;
    assert_eq!(
        (s.year, s.view, s.delay, s.growth, s.buffer),
        (
            2026,
            Viewpoint::Us,
            DATASET.assumptions.default_delay.value,
            6.0,
            None
        )
    );
    // Each project with the odds of its status; the slider shows their average.
    assert!(s.pipeline_by_status);
    assert_eq!(s.pipeline, 100.0 * DATASET.mean_delivery_odds());
}

/// `pipeline`: by default each project keeps the delivery odds of its status (`status` in the
/// link); a number sets one chance for every project; a model-1 link keeps model 1's 50 %.
#[test]
fn pipeline_follows_project_status_unless_set() {
    let by_status = Scenario::parse("", &DATASET).scenario;
    assert_eq!(
        by_status.query_value(ScenarioKey::Pipeline).as_deref(),
        Some("status")
    );
    assert_eq!(
        Scenario::parse("pipeline=status", &DATASET).scenario,
        by_status
    );
    assert_eq!(
        Scenario::parse("pipeline=STATUS", &DATASET).scenario,
        by_status
    );

    // The same number as the average is still one chance for all, and reads back as such.
    let avg = by_status.pipeline;
    let uniform = Scenario::parse(&format!("pipeline={avg}"), &DATASET).scenario;
    assert!(!uniform.pipeline_by_status);
    assert_ne!(uniform, by_status);
    assert_eq!(
        Scenario::from_query(&uniform.to_short_query(&DATASET), &DATASET),
        uniform
    );
    assert_eq!(
        Scenario::from_query(&by_status.to_short_query(&DATASET), &DATASET),
        by_status
    );

    let v1 = Scenario::parse("v=1", &DATASET).scenario;
    assert_eq!((v1.pipeline, v1.pipeline_by_status), (50.0, false));
    let v1_set = Scenario::parse("v=1&pipeline=status", &DATASET).scenario;
    assert!(v1_set.pipeline_by_status);

    // Each project's chance: its status' odds, or the one chance.
    for p in DATASET.projects {
        assert_eq!(
            by_status.delivery_chance(&DATASET, p),
            DATASET.delivery_odds(p.status)
        );
        assert_eq!(uniform.delivery_chance(&DATASET, p), avg / 100.0);
    }
    // The dataset has statuses at both ends, so the odds really differ between projects.
    let odds: Vec<f64> = DATASET
        .projects
        .iter()
        .map(|p| DATASET.delivery_odds(p.status))
        .collect();
    assert!(odds.contains(&1.0) && odds.iter().any(|&o| o <= 0.3));
}

#[test]
fn corrections_produce_notices() {
    let p = Scenario::parse(
        "?quota_heavy=abc&year=2050&growth=-3&foo=1&embed=1&hide=x&ed=0.3&es=wild",
        &DATASET,
    );
    let s = &p.scenario;
    assert_eq!(s.quota_heavy, 100.0);
    assert_eq!(s.year, 2035);
    assert_eq!(s.growth, 0.0);
    assert_eq!(s.ed, Elasticity::Value(-0.3));
    assert_eq!(s.es, Elasticity::Central);
    let msg: Vec<&str> = p.notices.iter().map(|n| n.message.as_str()).collect();
    assert!(
        msg.contains(&"quota_heavy=abc was not a number; using 100."),
        "{msg:?}"
    );
    let k = kinds("quota_heavy=abc&year=2050&foo=1&embed=1&lang=de&childId=x");
    assert_eq!(
        k,
        vec![
            ("foo".to_string(), NoticeKind::UnknownKey),
            ("year".to_string(), NoticeKind::Clamped),
            ("quota_heavy".to_string(), NoticeKind::Malformed),
        ]
    );
    assert_eq!(kinds("preset=nope")[0].1, NoticeKind::UnknownPreset);
    assert_eq!(kinds("v=3&d=1999-01&m=0.1").len(), 3);
    // A model-1 link keeps its meaning and says the numbers now come from model 2.
    let v1 = Scenario::parse("v=1&quota_magnet=30", &DATASET);
    assert_eq!(v1.scenario.quota_magnet, 30.0);
    assert_eq!(v1.scenario.months, 12.0);
    assert!(v1
        .notices
        .iter()
        .any(|n| n.key == "v" && n.kind == NoticeKind::Version && n.message.contains("model 2")));
    assert_eq!(kinds("year=2030&year=2031")[0].1, NoticeKind::Repeated);
    assert_eq!(
        Scenario::from_query("year=2030&year=2031", &DATASET).year,
        2031
    );
    assert_eq!(Scenario::from_query("year=2030.4", &DATASET).year, 2030);
    assert_eq!(Scenario::from_query("year=inf", &DATASET).year, 2026);
}

#[test]
fn add_ranges_follow_the_viewpoint() {
    let us = add_max(ScenarioKey::AddSeparation, &DATASET, Viewpoint::Us);
    let ex = add_max(ScenarioKey::AddSeparation, &DATASET, Viewpoint::Exchina);
    assert!(ex > us);
    let s = Scenario::from_query(&format!("view=us&add_separation={ex}"), &DATASET);
    assert_eq!(s.add_separation, us);
    let s = Scenario::from_query(&format!("view=exchina&add_separation={ex}"), &DATASET);
    assert_eq!(s.add_separation, ex);
    let m = add_max(ScenarioKey::AddMagnet, &DATASET, Viewpoint::Us);
    assert!(
        (m - 5.0
            * DATASET
                .need(Viewpoint::Us, rare_earth_risk::data::Chain::Light)
                .need
                .value
            / DATASET.magnet.ndpr_per_kg.value)
            .abs()
            < 1e-9
    );
    let keys = Scenario::keys(&DATASET, Viewpoint::Us);
    let k = keys
        .iter()
        .find(|k| k.key == ScenarioKey::AddMagnet)
        .map(|k| k.max);
    assert_eq!(k, Some(m));
}

#[test]
fn presets_apply_and_explicit_keys_override() {
    for p in DATASET.presets {
        let parsed = Scenario::parse(&format!("preset={}", p.id), &DATASET);
        assert!(parsed.notices.is_empty(), "{}: {:?}", p.id, parsed.notices);
        assert_eq!(parsed.scenario.preset.as_deref(), Some(p.id));
        let s = &parsed.scenario;
        assert_eq!(Scenario::from_query(&s.to_query(&DATASET), &DATASET), *s);
        assert_eq!(
            Scenario::from_query(&s.to_short_query(&DATASET), &DATASET),
            *s
        );
    }
    let s = Scenario::from_query("preset=embargo-now&quota_magnet=40", &DATASET);
    assert_eq!((s.quota_light, s.quota_magnet), (0.0, 40.0));
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    (
        2024u16..=2035,
        any::<bool>(),
        prop::array::uniform3(0.0f64..=100.0),
        0.0f64..=100.0,
        0.0f64..=6.0,
        prop::array::uniform4(0.0f64..=1.0),
        0.0f64..=15.0,
        0.0f64..=24.0,
        prop_oneof![
            Just(Elasticity::Low),
            Just(Elasticity::High),
            (-2.0f64..=0.0).prop_map(Elasticity::Value)
        ],
        prop_oneof![
            Just(Elasticity::Central),
            (0.0f64..=2.0).prop_map(Elasticity::Value)
        ],
        prop::option::of(0usize..16),
    )
        .prop_map(|fields| ScenarioDraw::from(fields).build(&DATASET))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn round_trip(s in any_scenario()) {
        let q = s.to_query(&DATASET);
        let p = Scenario::parse(&q, &DATASET);
        prop_assert!(p.notices.is_empty(), "{:?}", p.notices);
        prop_assert_eq!(&p.scenario, &s);
        prop_assert_eq!(&Scenario::from_query(&s.to_short_query(&DATASET), &DATASET), &s);
    }

    #[test]
    fn never_panics_on_any_string(q in ".*") {
        let _ = Scenario::parse(&q, &DATASET);
    }

    #[test]
    fn never_panics_on_key_soup(pairs in prop::collection::vec((prop_oneof![
        Just("year".to_string()), Just("view".to_string()), Just("quota_light".to_string()), Just("add_magnet".to_string()),
        Just("ed".to_string()), Just("es".to_string()), Just("preset".to_string()), Just("delay".to_string()), "[a-z_%=&]{0,8}"
    ], "[-+0-9a-zA-Z.eE%&=#?]{0,12}"), 0..8)) {
        let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let p = Scenario::parse(&q.join("&"), &DATASET);
        let s = &p.scenario;
        prop_assert!((2024..=2035).contains(&s.year));
        prop_assert!((0.0..=100.0).contains(&s.quota_light));
        prop_assert!(s.add_magnet >= 0.0 && s.add_magnet <= add_max(ScenarioKey::AddMagnet, &DATASET, s.view));
        // What it reads back is stable.
        prop_assert_eq!(&Scenario::from_query(&s.to_query(&DATASET), &DATASET), s);
    }
}

#[test]
fn a_junk_link_gives_a_few_lines_not_hundreds() {
    let junk: Vec<String> = (0..50).map(|i| format!("junk{i}=1")).collect();
    let q = format!("{}&year=2030&year=2031", junk.join("&"));
    let p = Scenario::parse(&q, &DATASET);
    let unknown: Vec<&str> = p
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::UnknownKey)
        .map(|n| n.message.as_str())
        .collect();
    assert_eq!(unknown.len(), 4, "{unknown:?}");
    assert!(unknown[3].starts_with("47 more settings"), "{unknown:?}");
    let repeated = p
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::Repeated)
        .count();
    assert_eq!(repeated, 1);
    assert_eq!(p.scenario.year, 2031);
}

/// A pinned link writes out every value the dataset supplies (stocks per group, China's stocks,
/// panic), so it gives the same numbers today and cannot move when those defaults change.
#[test]
fn pinned_query_fixes_the_dataset_defaults() {
    use rare_earth_risk::model::{evaluate_with, Options};
    for p in DATASET.presets {
        let s = Scenario::from_query(&format!("preset={}", p.id), &DATASET);
        let pinned = s.to_pinned_query(&DATASET);
        for key in [
            "buffer=",
            "buffer_light=",
            "buffer_heavy=",
            "buffer_magnet=",
            "buffer_cn=",
            "panic=",
        ] {
            assert!(pinned.contains(key), "{}: {pinned} lacks {key}", p.id);
        }
        let t = Scenario::from_query(&pinned, &DATASET);
        let (a, b) = (
            evaluate_with(&s, &DATASET, &Options::central()),
            evaluate_with(&t, &DATASET, &Options::central()),
        );
        assert_eq!(
            serde_json::to_string(&a.markets).ok(),
            serde_json::to_string(&b.markets).ok(),
            "{}",
            p.id
        );
    }
    // In a link a group's own cover wins over `buffer`, whatever the order; the slider, which
    // sets `buffer` alone, replaces the group keys (`Scenario::replaced_by`, ui::state).
    for q in ["buffer_heavy=6&buffer=1", "buffer=1&buffer_heavy=6"] {
        let s = Scenario::from_query(q, &DATASET);
        assert_eq!(
            (s.buffer_for(1), s.buffer_for(2), s.buffer_for(3)),
            (Some(6.0), Some(6.0), Some(1.0))
        );
    }
    assert_eq!(
        ScenarioKey::Buffer
            .replaces()
            .iter()
            .map(|k| k.name())
            .collect::<Vec<_>>(),
        ["buffer_light", "buffer_heavy", "buffer_magnet"]
    );
}

#[test]
fn every_viewpoint_parses_and_round_trips() {
    for v in Viewpoint::ALL {
        let s = Scenario::from_query(&format!("view={}", v.key()), &DATASET);
        assert_eq!(s.view, v, "{}", v.key());
        // Case does not matter, and the link written back names the same view.
        let upper = Scenario::from_query(&format!("view={}", v.key().to_uppercase()), &DATASET);
        assert_eq!(upper.view, v);
        let again = Scenario::from_query(&s.to_query(&DATASET), &DATASET);
        assert_eq!(again.view, v);
    }
    let p = Scenario::parse("view=mars", &DATASET);
    assert_eq!(p.scenario.view, Viewpoint::Us);
    assert!(p
        .notices
        .iter()
        .any(|n| n.message.contains("view=mars") && n.message.contains("“japan”")));
    // The add_* ranges follow each view's own need.
    let japan = add_max(ScenarioKey::AddSeparation, &DATASET, Viewpoint::Japan);
    assert_eq!(
        japan,
        5.0 * DATASET
            .need(Viewpoint::Japan, rare_earth_risk::data::Chain::Light)
            .need
            .value
    );
}

//! Hostile input for the query-string parser and the model: no panic, and no NaN or infinity in
//! any output, for any input.
//!
//! Normal run (`cargo test`): `FUZZ_CASES` cases per property, default 2,000.
//! Long run (≥ 100,000 cases per property, a few minutes):
//!
//! ```text
//! FUZZ_CASES=100000 cargo test --release --test fuzz
//! ```
//!
//! **How "no NaN or infinity" is checked.** JSON cannot hold NaN or ±∞: `serde_json::to_value`
//! turns a non-finite `f64` into `null`. So the outcome is serialised and the tree walked; a
//! `null` fails the test except at the keys where the model documents one (`Option` fields of
//! `Outcome`): the four figures of `time_to_survive_months` and `time_to_recover_year` ("never"),
//! `observed_ratio`, `peak_ratio`, `observed_spread`, `model_spread` and the scenario's `preset`.
//! A NaN could hide behind one of those nulls (`MaybeRange::from_infinite` maps NaN and +∞ alike
//! to `None`), so each market's central time to survive is also recomputed from its own (finite)
//! inputs and must be `null` exactly when there is no shortfall. Every number must also be
//! representable in JSON as a finite `f64` (no integer overflow into floats).
//!
//! Inputs: arbitrary strings (up to 10 KB); key soups of valid keys with junk values (extreme
//! numbers such as `1e308`, `-0`, `NaN`, `inf`, 400-digit integers, Unicode digits, percent
//! escapes, control characters), repeated keys, 10 KB values; and in-range scenarios weighted
//! towards the ends of every range. Fixed extreme-but-valid scenarios check that the model says
//! so (a notice) where it hits its backstop.
#![cfg(not(target_arch = "wasm32"))]
// A failed unwrap in a test is a failed test with a clear location.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common {
    pub mod scenario;
}

use common::scenario::ScenarioDraw;
use proptest::prelude::*;
use rare_earth_risk::data::{Viewpoint, DATASET};
use rare_earth_risk::model::scenario::{add_max, ScenarioKey, ED_RANGE, ES_RANGE, UI_KEYS};

use rare_earth_risk::model::{
    evaluate_query, evaluate_with, Elasticity, NoticeKind, Options, Outcome, Scenario,
};
use serde_json::Value;
use std::fmt::Write as _;

/// Cases per property: `FUZZ_CASES`, default 2,000.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(2_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        // Rejections are not used; shrinking a 10 KB string can take long, so cap it.
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    }
}

/// Keys whose value may be `null` in the outcome's JSON (the `Option` fields of `Outcome`).
const NULLABLE: [&str; 8] = [
    "observed_ratio",
    "peak_ratio",
    "observed_spread",
    "model_spread",
    "preset",
    // `viewpoint`'s own time to survive (central only, `null` = never) and the market that
    // binds it (`null` when none runs out).
    "time_to_survive_months",
    "binding_market",
    // No state stockpile for `exchina`, which has no state.
    "state_stockpile_months",
];
/// Objects whose four figures may be `null` ("never").
const NULLABLE_RANGES: [&str; 3] = [
    "time_to_survive_months",
    "time_to_recover_year",
    "time_to_recover_months",
];
const RANGE_FIGURES: [&str; 4] = ["central", "p10", "p50", "p90"];

/// Walks the JSON tree; returns the paths of every `null` not documented as nullable and of
/// every number that is not a finite `f64`.
fn bad_values(v: &Value, path: &mut Vec<String>, out: &mut Vec<String>) {
    match v {
        Value::Null => {
            let last = path.last().map(String::as_str).unwrap_or("");
            let parent = path
                .len()
                .checked_sub(2)
                .and_then(|i| path.get(i))
                .map(String::as_str)
                .unwrap_or("");
            let allowed = NULLABLE.contains(&last)
                || (NULLABLE_RANGES.contains(&parent) && RANGE_FIGURES.contains(&last));
            if !allowed {
                out.push(format!("null (NaN or ±∞) at {}", path.join(".")));
            }
        }
        Value::Number(n) => {
            if !n.as_f64().is_some_and(f64::is_finite) {
                out.push(format!("non-finite number {n} at {}", path.join(".")));
            }
        }
        Value::Array(xs) => {
            for (i, x) in xs.iter().enumerate() {
                path.push(i.to_string());
                bad_values(x, path, out);
                path.pop();
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                path.push(k.clone());
                bad_values(x, path, out);
                path.pop();
            }
        }
        Value::Bool(_) | Value::String(_) => {}
    }
}

/// Every check on one outcome; returns a description of what is wrong (empty: all good).
fn outcome_problems(o: &Outcome) -> Vec<String> {
    let mut out = Vec::new();
    match serde_json::to_value(o) {
        Ok(v) => bad_values(&v, &mut Vec::new(), &mut out),
        Err(e) => out.push(format!("outcome does not serialise: {e}")),
    }
    let s = &o.scenario.scenario;
    for id in rare_earth_risk::data::MarketId::ALL {
        let m = o.markets.get(id);
        let i = &m.inputs;
        // A NaN would hide behind "never": a time to survive is null or a month of the path.
        let got = m.time_to_survive_months.central;
        let _ = (s, i);
        let expect = "null or 0–36 months";
        let consistent = match got {
            None => true,
            Some(x) => x.is_finite() && (0.0..=36.0).contains(&x),
        };
        if !consistent {
            out.push(format!(
                "{}: time_to_survive_months.central {got:?}, expected {expect}",
                m.name
            ));
        }
        for y in [
            m.time_to_recover_year.central,
            m.time_to_recover_year.p10,
            m.time_to_recover_year.p50,
            m.time_to_recover_year.p90,
        ]
        .into_iter()
        .flatten()
        {
            if !(2024.0..=2035.0).contains(&y) {
                out.push(format!("{}: time_to_recover_year {y}", m.name));
            }
        }
        // The backstop notice appears exactly when some demand goes unmet (central case).
        let unmet = m.unmet_share.central > 0.0;
        let noticed = o
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::Model && n.message.starts_with(m.name));
        if unmet != noticed {
            out.push(format!(
                "{}: unmet share {} but backstop notice {}",
                m.name,
                m.unmet_share.central,
                if noticed { "present" } else { "missing" }
            ));
        }
    }
    out
}

/// The parsed scenario is within the ranges of MODEL.md §2 and reads back as itself.
fn scenario_problems(s: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    let add = |k| add_max(k, &DATASET, s.view);
    let checks: [(&str, f64, f64, f64); 11] = [
        ("quota_light", s.quota_light, 0.0, 100.0),
        ("quota_heavy", s.quota_heavy, 0.0, 100.0),
        ("quota_magnet", s.quota_magnet, 0.0, 100.0),
        ("pipeline", s.pipeline, 0.0, 100.0),
        ("delay", s.delay, 0.0, 6.0),
        ("add_mining", s.add_mining, 0.0, add(ScenarioKey::AddMining)),
        (
            "add_separation",
            s.add_separation,
            0.0,
            add(ScenarioKey::AddSeparation),
        ),
        ("add_metal", s.add_metal, 0.0, add(ScenarioKey::AddMetal)),
        ("add_magnet", s.add_magnet, 0.0, add(ScenarioKey::AddMagnet)),
        ("growth", s.growth, 0.0, 15.0),
        ("buffer", s.buffer.unwrap_or(0.0), 0.0, 24.0),
    ];
    for (k, v, lo, hi) in checks {
        if !(v.is_finite() && (lo..=hi).contains(&v)) {
            out.push(format!("{k}={v} outside {lo}–{hi}"));
        }
    }
    if !(2024..=2035).contains(&s.year) {
        out.push(format!("year={}", s.year));
    }
    if let Elasticity::Value(v) = s.ed {
        if !(v.is_finite() && (ED_RANGE.0..=ED_RANGE.1).contains(&v)) {
            out.push(format!("ed={v}"));
        }
    }
    if let Elasticity::Value(v) = s.es {
        if !(v.is_finite() && (ES_RANGE.0..=ES_RANGE.1).contains(&v)) {
            out.push(format!("es={v}"));
        }
    }
    let back = Scenario::parse(&s.to_query(&DATASET), &DATASET);
    if back.scenario != *s || !back.notices.is_empty() {
        out.push(format!(
            "does not read back as itself: {:?} {:?}",
            back.scenario, back.notices
        ));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Strategies.

/// Every key the parser reads, the version keys, UI keys and a few near misses.
fn any_key() -> impl Strategy<Value = String> {
    let mut known: Vec<String> = Scenario::keys(&DATASET, Viewpoint::Us)
        .iter()
        .map(|k| k.key.name().to_string())
        .collect();
    known.extend(["preset", "v", "d", "m"].map(String::from));
    known.extend(UI_KEYS.iter().map(std::string::ToString::to_string));
    known.extend(
        [
            "Year",
            "YEAR",
            " year ",
            "year%00",
            "quota_light[]",
            "__proto__",
            "constructor",
            "",
        ]
        .map(String::from),
    );
    prop_oneof![
        8 => prop::sample::select(known),
        1 => "[a-z_]{0,12}",
        1 => any::<String>(),
    ]
}

/// Values chosen to break number parsing and clamping.
fn nasty_value() -> impl Strategy<Value = String> {
    let fixed: Vec<String> = [
        "1e308",
        "-1e308",
        "1e309",
        "-1e309",
        "1.7976931348623157e308",
        "4.9e-324",
        "1e-400",
        "-0",
        "-0.0",
        "+0",
        "0e0",
        "NaN",
        "nan",
        "-NaN",
        "inf",
        "-inf",
        "+inf",
        "Infinity",
        "-Infinity",
        "infinity",
        "١٢٣",
        "٣٠",
        "３０",
        "৫০",
        "𝟓𝟎",
        "½",
        "Ⅻ",
        "50%",
        "50 %",
        "0x32",
        "1_000",
        "1,5",
        "1.5.5",
        "--5",
        "+-5",
        ".",
        "e5",
        "1e",
        "%",
        "%2",
        "%ZZ",
        "%00",
        "%E2%80%AE50",
        "\u{0}",
        "\u{202e}50",
        "\u{feff}50",
        " 50 ",
        "\t50\n",
        "low",
        "HIGH",
        "Central",
        "us",
        "EXCHINA",
        "exChina ",
        "embargo-now",
        "__proto__",
        "constructor",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "",
    ]
    .map(String::from)
    .to_vec();
    prop_oneof![
        6 => prop::sample::select(fixed),
        // Huge integers, both signs.
        1 => (1usize..=400, any::<bool>()).prop_map(|(n, neg)| format!("{}{}", if neg { "-" } else { "" }, "9".repeat(n))),
        // Any f64 in both notations (NaN, ±∞ and subnormals included).
        2 => any::<f64>().prop_map(|x| format!("{x}")),
        1 => any::<f64>().prop_map(|x| format!("{x:e}")),
        // Plausible numbers around every range (negative, in range, far above).
        4 => (-50.0f64..3_000.0).prop_map(|x| format!("{x}")),
        2 => prop::sample::select(vec![
            "0", "1", "2", "6", "15", "24", "100", "2024", "2035", "-2", "2", "0.5", "-0.3", "1e5",
        ]).prop_map(String::from),
        // Percent-encoded nasty bytes (the parser decodes them).
        1 => prop::collection::vec(any::<u8>(), 0..12).prop_map(|b| {
            b.iter().fold(String::new(), |mut s, x| {
                let _ = write!(s, "%{x:02X}");
                s
            })
        }),
        1 => any::<String>(),
        // 10 KB values.
        1 => (any::<char>(), 10_000usize..=10_240).prop_map(|(c, n)| c.to_string().repeat(n / c.len_utf8())),
        1 => big_string(),
    ]
}

/// A query string of key=value pairs (keys repeat freely), joined with `&` or `;`, optionally
/// with a leading `?`, a fragment, or everything percent-encoded.
fn key_soup() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((any_key(), nasty_value()), 0..24),
        any::<bool>(),
        prop::option::of(any::<String>()),
        0u8..4,
    )
        .prop_map(|(pairs, question, fragment, encoding)| {
            let parts: Vec<String> = pairs
                .iter()
                .map(|(k, v)| match encoding {
                    // Encoded properly: every byte survives to the parser as data.
                    0 => form_urlencoded::Serializer::new(String::new())
                        .append_pair(k, v)
                        .finish(),
                    // Key without value.
                    1 if v.is_empty() => k.clone(),
                    _ => format!("{k}={v}"),
                })
                .collect();
            let mut q = parts.join(if encoding == 3 { ";" } else { "&" });
            if question {
                q.insert(0, '?');
            }
            if let Some(f) = fragment {
                q.push('#');
                q.push_str(&f);
            }
            q
        })
}

/// One key repeated many times, or many pairs: about 10 KB of query.
fn long_query() -> impl Strategy<Value = String> {
    prop_oneof![
        (any_key(), nasty_value(), 300usize..1_200).prop_map(|(k, v, n)| {
            let one = format!("{k}={}&", v.chars().take(12).collect::<String>());
            one.repeat(n).chars().take(10_240).collect()
        }),
        prop::collection::vec((any_key(), nasty_value()), 200..400).prop_map(|pairs| {
            let q: Vec<String> = pairs
                .iter()
                .map(|(k, v)| format!("{k}={}", v.chars().take(40).collect::<String>()))
                .collect();
            q.join("&").chars().take(10_240).collect()
        }),
        big_string(),
    ]
}

/// About 10 KB of pseudo-random text from a seed: query punctuation, digits, letters, percent
/// escapes and any Unicode scalar. (Cheaper than 10,000 separately shrinkable chars; a failure
/// still reproduces from the seed proptest prints.)
fn big_string() -> impl Strategy<Value = String> {
    (any::<u64>(), 10_000usize..=10_240).prop_map(|(seed, n)| {
        let mut x = seed | 1;
        let mut next = move || {
            // xorshift64
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        const PUNCT: &[u8] = b"&=?#%+;.-e0123456789 ";
        let mut out = String::with_capacity(n + 4);
        while out.len() < n {
            let r = next();
            match r % 4 {
                0 => out.push(char::from(PUNCT[(r >> 8) as usize % PUNCT.len()])),
                1 => out.push(char::from(b'a' + ((r >> 8) % 26) as u8)),
                2 => out.push_str(&format!("%{:02X}", (r >> 8) as u8)),
                _ => out.push(char::from_u32(((r >> 8) % 0x11_0000) as u32).unwrap_or('\u{fffd}')),
            }
        }
        out
    })
}

/// How much to compute: mostly cheap (the checks are the same), now and then the full default.
fn any_options() -> impl Strategy<Value = Options> {
    prop_oneof![
        3 => Just(Options::central()),
        3 => (1usize..40, 0usize..8, any::<u64>()).prop_map(|(draws, tl, seed)| Options {
            draws,
            timeline_draws: Some(tl),
            seed,
            ..Options::default()
        }),
        2 => (1usize..60).prop_map(Options::draws),
        1 => (0.0f64..=1.0).prop_map(|t| Options { dependency_target: Some(t), draws: 5, ..Options::default() }),
        1 => Just(Options::default()),
    ]
}

/// A value in `lo..=hi`, often exactly at an end.
fn edge(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
    prop_oneof![1 => Just(lo), 1 => Just(hi), 2 => lo..=hi]
}

fn any_elasticity(lo: f64, hi: f64) -> impl Strategy<Value = Elasticity> {
    prop_oneof![
        Just(Elasticity::Low),
        Just(Elasticity::Central),
        Just(Elasticity::High),
        edge(lo, hi).prop_map(Elasticity::Value),
    ]
}

/// Any valid scenario, weighted towards the ends of every range.
fn edge_scenario() -> impl Strategy<Value = Scenario> {
    (
        (
            prop_oneof![Just(2024u16), Just(2035u16), 2024u16..=2035],
            any::<bool>(),
        ),
        (edge(0.0, 100.0), edge(0.0, 100.0), edge(0.0, 100.0)),
        (edge(0.0, 100.0), edge(0.0, 6.0)),
        prop::array::uniform4(edge(0.0, 1.0)),
        (edge(0.0, 15.0), edge(0.0, 24.0)),
        (
            any_elasticity(ED_RANGE.0, ED_RANGE.1),
            any_elasticity(ES_RANGE.0, ES_RANGE.1),
        ),
        prop::option::of(0usize..8),
    )
        .prop_map(
            |((year, exchina), q, (pipeline, delay), adds, (growth, buffer), (ed, es), preset)| {
                let quotas = [q.0, q.1, q.2];
                ScenarioDraw::from((
                    year, exchina, quotas, pipeline, delay, adds, growth, buffer, ed, es, preset,
                ))
                .build(&DATASET)
            },
        )
}

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config())]

    /// Any string at all (up to 10 KB): parsing never panics and yields a valid scenario.
    #[test]
    fn parse_any_string(q in prop_oneof![4 => any::<String>(), 1 => long_query()]) {
        let p = Scenario::parse(&q, &DATASET);
        let bad = scenario_problems(&p.scenario);
        prop_assert!(bad.is_empty(), "{q:?}: {bad:?}");
    }

    /// Key soups with junk values and repeated keys: parsing stays in range, every correction
    /// has a notice with a readable message, and evaluating gives finite figures.
    #[test]
    fn evaluate_key_soup(q in key_soup(), opts in any_options()) {
        let p = Scenario::parse(&q, &DATASET);
        let bad = scenario_problems(&p.scenario);
        prop_assert!(bad.is_empty(), "{q:?}: {bad:?}");
        prop_assert!(p.notices.iter().all(|n| !n.message.is_empty()), "{:?}", p.notices);
        let o = evaluate_query(&q, &DATASET, &opts);
        let bad = outcome_problems(&o);
        prop_assert!(bad.is_empty(), "{q:?} with {opts:?}: {bad:?}");
    }

    /// Arbitrary strings and ~10 KB queries go through `evaluate_query` without harm.
    #[test]
    fn evaluate_any_string(q in prop_oneof![3 => any::<String>(), 1 => long_query()]) {
        let o = evaluate_query(&q, &DATASET, &Options::draws(8));
        let bad = outcome_problems(&o);
        prop_assert!(bad.is_empty(), "{q:?}: {bad:?}");
    }

    /// Valid scenarios at the ends of their ranges: finite figures, notices where the backstop
    /// is hit, and the scenario survives its own URL.
    #[test]
    fn evaluate_edge_scenarios(s in edge_scenario(), opts in any_options()) {
        prop_assert!(scenario_problems(&s).is_empty(), "{s:?}");
        let o = evaluate_with(&s, &DATASET, &opts);
        let bad = outcome_problems(&o);
        prop_assert!(bad.is_empty(), "{s:?} with {opts:?}: {bad:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Fixed extreme-but-valid scenarios, with the full default evaluation (1,000 draws, timeline).

/// Each query is valid (no parsing notice): every capacity slider at its maximum, quotas at 0,
/// growth 15 %, year 2035, buffer 0 and 24, both viewpoints, elasticities at the ends.
fn extreme_queries() -> Vec<String> {
    let mut out = Vec::new();
    for view in [Viewpoint::Us, Viewpoint::Exchina] {
        let max = |k| add_max(k, &DATASET, view);
        let adds = format!(
            "add_mining={}&add_separation={}&add_metal={}&add_magnet={}",
            max(ScenarioKey::AddMining),
            max(ScenarioKey::AddSeparation),
            max(ScenarioKey::AddMetal),
            max(ScenarioKey::AddMagnet)
        );
        let v = view.key();
        for base in [
            "quota_light=0&quota_heavy=0&quota_magnet=0",
            "quota_light=0&quota_heavy=0&quota_magnet=0&growth=15&year=2035&pipeline=0&delay=6",
            "quota_light=0&quota_heavy=0&quota_magnet=0&buffer=0",
            "quota_light=0&quota_heavy=0&quota_magnet=0&buffer=24&year=2024",
            "growth=15&year=2035&buffer=0&pipeline=0&delay=6",
            "growth=0&year=2024&buffer=24&pipeline=100&delay=0",
        ] {
            for el in [
                "",
                "&ed=-2&es=2",
                "&ed=0&es=0",
                "&ed=-2&es=0",
                "&ed=0&es=2",
                "&ed=low&es=low",
                "&ed=high&es=high",
            ] {
                out.push(format!("view={v}&{base}{el}"));
                out.push(format!("view={v}&{base}&{adds}{el}"));
            }
        }
    }
    out
}

#[test]
fn extreme_valid_scenarios_are_finite_and_explained() {
    let queries = extreme_queries();
    let mut failures = Vec::new();
    let mut backstops = 0;
    for q in &queries {
        let p = Scenario::parse(q, &DATASET);
        assert!(p.notices.is_empty(), "{q}: {:?}", p.notices);
        let o = evaluate_query(q, &DATASET, &Options::default());
        for b in outcome_problems(&o) {
            failures.push(format!("{q}: {b}"));
        }
        backstops += o
            .notices
            .iter()
            .filter(|n| n.kind == NoticeKind::Model)
            .count();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Not vacuous: the extreme set does drive markets to their backstop.
    assert!(backstops > 0, "no scenario reached a backstop");
}

/// A full embargo with no new capacity, no inventories and rigid buyers and sellers must hit the
/// backstop somewhere and say so; time to survive is then zero months (no buffer).
#[test]
fn embargo_with_no_buffer_reaches_the_backstop_and_says_so() {
    let q = "quota_light=0&quota_heavy=0&quota_magnet=0&buffer=0&ed=0&es=0&pipeline=0&delay=6";
    let o = evaluate_query(q, &DATASET, &Options::default());
    assert!(
        outcome_problems(&o).is_empty(),
        "{:?}",
        outcome_problems(&o)
    );
    let model: Vec<&str> = o
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::Model)
        .map(|n| n.message.as_str())
        .collect();
    assert!(!model.is_empty(), "no backstop notice: {:?}", o.notices);
    assert!(model.iter().all(|m| m.contains("backstop")), "{model:?}");
    assert_eq!(o.time_to_survive_months.central, Some(0.0));
}

/// The values the parser must refuse or clamp, each with its notice, and none of them leaking a
/// non-finite number into the scenario.
#[test]
fn extreme_numbers_are_corrected_with_a_notice() {
    let huge = "9".repeat(400);
    for key in [
        "year",
        "quota_light",
        "pipeline",
        "add_magnet",
        "growth",
        "buffer",
        "ed",
        "es",
    ] {
        for v in [
            "1e308", "-1e308", "1e309", "NaN", "inf", "-inf", "Infinity", &huge, "١٢٣", "３０",
        ] {
            let q = format!(
                "{key}={}",
                form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
            );
            let p = Scenario::parse(&q, &DATASET);
            assert!(scenario_problems(&p.scenario).is_empty(), "{q}");
            assert!(
                p.notices.iter().any(|n| n.key == key),
                "{q}: no notice ({:?})",
                p.notices
            );
        }
    }
    // -0 is a valid zero: no notice, and it reads back as 0.
    let p = Scenario::parse("quota_light=-0&buffer=-0.0", &DATASET);
    assert!(p.notices.is_empty(), "{:?}", p.notices);
    assert_eq!(p.scenario.quota_light, 0.0);
}

proptest! {
    #![proptest_config(config())]

    /// Notices are short plain text whatever the link holds (the reader sees them), including the
    /// "given more than once" notice for a repeated 10 KB key or one with control characters.
    #[test]
    fn notices_are_short_plain_text(q in prop_oneof![3 => key_soup(), 1 => long_query()]) {
        for n in Scenario::parse(&q, &DATASET).notices {
            prop_assert!(n.message.chars().count() < 600, "{} chars: {:?}", n.message.len(), n.kind);
            prop_assert!(!n.message.chars().any(char::is_control), "{n:?}");
        }
    }
}

/// `-0` is a valid zero and must read back as `0`: otherwise the link says `quota_magnet=-0` and
/// the page "-0.0 months".
#[test]
fn negative_zero_reads_as_zero() {
    let s = Scenario::from_query("quota_magnet=-0&buffer=-0.0&growth=-0&ed=-0", &DATASET);
    for (k, v) in [
        ("quota_magnet", s.quota_magnet),
        ("buffer", s.buffer.unwrap_or(f64::NAN)),
        ("growth", s.growth),
    ] {
        assert!(v.is_sign_positive(), "{k}={v}");
    }
    assert!(
        !s.to_query(&DATASET).contains("=-0&"),
        "{}",
        s.to_query(&DATASET)
    );
}

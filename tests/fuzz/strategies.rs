//! The inputs: junk keys and values, key soups, long queries and strings, edge scenarios.

use super::common::scenario::ScenarioDraw;
use proptest::prelude::*;
use rare_earth_risk::data::{Viewpoint, DATASET};
use rare_earth_risk::model::scenario::{ED_RANGE, ES_RANGE, UI_KEYS};
use rare_earth_risk::model::{Elasticity, Options, Scenario};
use std::fmt::Write as _;

/// Every key the parser reads, the version keys, UI keys and a few near misses.
pub(crate) fn any_key() -> impl Strategy<Value = String> {
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
pub(crate) fn nasty_value() -> impl Strategy<Value = String> {
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
pub(crate) fn key_soup() -> impl Strategy<Value = String> {
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
pub(crate) fn long_query() -> impl Strategy<Value = String> {
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
pub(crate) fn big_string() -> impl Strategy<Value = String> {
    const PUNCT: &[u8] = b"&=?#%+;.-e0123456789 ";
    (any::<u64>(), 10_000usize..=10_240).prop_map(|(seed, n)| {
        let mut x = seed | 1;
        let mut next = move || {
            // xorshift64
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut out = String::with_capacity(n + 4);
        while out.len() < n {
            let r = next();
            match r % 4 {
                0 => out.push(char::from(PUNCT[(r >> 8) as usize % PUNCT.len()])),
                1 => out.push(char::from(b'a' + ((r >> 8) % 26) as u8)),
                2 => {
                    let _ = write!(out, "%{:02X}", (r >> 8) as u8);
                }
                _ => out.push(char::from_u32(((r >> 8) % 0x11_0000) as u32).unwrap_or('\u{fffd}')),
            }
        }
        out
    })
}

/// How much to compute: mostly cheap (the checks are the same), now and then the full default.
pub(crate) fn any_options() -> impl Strategy<Value = Options> {
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
pub(crate) fn edge(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
    prop_oneof![1 => Just(lo), 1 => Just(hi), 2 => lo..=hi]
}

pub(crate) fn any_elasticity(lo: f64, hi: f64) -> impl Strategy<Value = Elasticity> {
    prop_oneof![
        Just(Elasticity::Low),
        Just(Elasticity::Central),
        Just(Elasticity::High),
        edge(lo, hi).prop_map(Elasticity::Value),
    ]
}

/// Any valid scenario, weighted towards the ends of every range.
pub(crate) fn edge_scenario() -> impl Strategy<Value = Scenario> {
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

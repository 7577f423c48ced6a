//! What `baseline.csv` must contain: every key, its unit and the year it must describe.

/// Which year a keyed figure must describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRule {
    /// The dataset's baseline year (2024).
    Baseline,
    /// Exactly this year.
    Exactly(u16),
    /// Any year in the dataset's valid range.
    Any,
}

/// One key of `baseline.csv`.
#[derive(Debug, Clone)]
pub struct KeySpec {
    pub key: String,
    pub unit: &'static str,
    pub required: bool,
    pub year: YearRule,
}

pub const MARKETS: [&str; 4] = ["ndpr", "dy", "tb", "magnet"];
pub const CHAINS: [&str; 2] = ["light", "heavy"];
pub const STAGES: [&str; 4] = ["mining", "separation", "metal", "magnet"];
/// Viewpoints of MODEL.md §1, in `Viewpoint::ALL` order: the two original ones, then the four
/// country and bloc views of issue #16.
pub const VIEWPOINTS: [&str; 6] = ["us", "exchina", "eu", "japan", "korea", "india"];
/// The viewpoints that are one country or bloc: they carry buyers' stocks and a state stockpile
/// of their own (for `exchina` the buyers' stocks are the market buffers `market.<m>.buffer`).
pub const COUNTRY_VIEWPOINTS: [&str; 5] = ["us", "eu", "japan", "korea", "india"];
/// The EU Critical Raw Materials Act benchmarks (Art. 5), shares of EU annual consumption.
pub const CRMA_BENCHMARKS: [&str; 4] = ["extraction", "processing", "recycling", "single_supplier"];
/// Years of the Japan backtest (2010 chain inputs are keyed `backtest.japan.2010.*`; 2024's are
/// the `stage.japan.*` rows).
pub const JAPAN_BACKTEST_YEAR: u16 = 2010;
pub const PROJECT_CHAINS: [&str; 3] = ["light", "heavy", "both"];
pub const PROJECT_STATUSES: [&str; 11] = [
    "operating",
    "ramping",
    "commissioning",
    "construction",
    "financed",
    "feasibility",
    "pre-FID",
    "development",
    "announced",
    "stalled",
    "shut",
];
/// Quota groups of MODEL.md §1 (`export_shares.csv`).
pub const EXPORT_GROUPS: [&str; 3] = ["light", "heavy", "magnet"];
/// Backtest episodes of MODEL.md §10 (`episodes.csv`).
pub const EPISODE_IDS: [&str; 2] = ["E1", "E2"];
pub const EPISODE_ELEMENTS: [&str; 4] = ["nd", "dy", "tb", "magnet"];
/// `ex_china`: price outside China ÷ its pre-episode level; `china`: China-domestic price ÷ its
/// pre-episode level; `spread`: price outside China ÷ China-domestic price.
pub const EPISODE_FIGURES: [&str; 3] = ["ex_china", "china", "spread"];
/// Elements of `domestic_prices.csv`.
pub const DOMESTIC_ELEMENTS: [&str; 5] = ["nd", "pr", "ndpr", "dy", "tb"];
/// Preset ids MODEL.md §8 requires.
pub const PRESETS: [&str; 7] = [
    "baseline-2024",
    "quota-2010",
    "licensing-apr-2025",
    "truce-jun-2025",
    "controls-oct-2025",
    "embargo-now",
    "pipeline-2030",
];

fn spec(key: String, unit: &'static str, required: bool, year: YearRule) -> KeySpec {
    KeySpec {
        key,
        unit,
        required,
        year,
    }
}

/// The assumptions "what drives this number" swings that have no low/high elsewhere, and
/// their units (`buffer` is a factor on each market's buyers' cover).
pub const SENSITIVITY: [(&str, &str); 4] = [
    ("buffer", "factor"),
    ("pipeline", "share"),
    ("delay", "yr slip"),
    ("growth", "%/yr"),
];

/// The calibration's recorded fits (docs/calibration.md) and the unit of each parameter.
pub const CALIBRATION_FITS: [&str; 3] = ["e1", "e2", "joint"];
pub const CALIBRATION_PARAMS: [(&str, &str); 5] = [
    ("theta", "elasticity"),
    ("lambda", "share"),
    ("panic", "months"),
    ("buffer_heavy", "months"),
    ("buffer_magnet", "months"),
];

/// Every key `baseline.csv` may hold.
pub fn baseline_keys() -> Vec<KeySpec> {
    use YearRule::{Any, Baseline, Exactly};
    let mut v = Vec::new();
    for m in MARKETS {
        let k = |f: &str| format!("market.{m}.{f}");
        v.push(spec(k("world_production"), "t", true, Baseline));
        v.push(spec(k("china_production"), "t", true, Baseline));
        v.push(spec(k("non_china_supply"), "t", true, Baseline));
        v.push(spec(k("non_china_capacity"), "t/yr", true, Baseline));
        v.push(spec(k("demand"), "t", true, Baseline));
        v.push(spec(k("reported_exports"), "t", false, Baseline));
        v.push(spec(k("export_tolerance"), "share", true, Any));
        v.push(spec(k("export_tolerance_abs"), "t", false, Any));
        v.push(spec(k("sold_into_china"), "t", false, Baseline));
        v.push(spec(k("price"), "USD/kg", true, Baseline));
        for e in ["ed", "es"] {
            for r in ["low", "central", "high"] {
                v.push(spec(k(&format!("{e}.{r}")), "elasticity", true, Any));
            }
        }
        v.push(spec(k("es_cn"), "elasticity", true, Any));
        v.push(spec(k("backstop"), "multiple", true, Any));
        v.push(spec(k("buffer"), "months", true, Any));
        v.push(spec(k("buffer_cn"), "months", true, Any));
        // The heavy oxides carry a sourced range of D and their 2025 output outside China
        // (Lynas from May/June 2025), which the 2025 presets count (data audit 2.3 §3).
        let heavy = m == "dy" || m == "tb";
        v.push(spec(k("demand_low"), "t", heavy, Baseline));
        v.push(spec(k("demand_high"), "t", heavy, Baseline));
        v.push(spec(k("non_china_supply_2025"), "t", heavy, Exactly(2025)));
    }
    // Stock-holders' behaviour (MODEL.md §5), shared by the four markets.
    for b in ["theta", "lambda", "panic"] {
        let unit = match b {
            "theta" => "elasticity",
            "lambda" => "share",
            _ => "months",
        };
        for r in ["low", "central", "high"] {
            v.push(spec(format!("behaviour.{b}.{r}"), unit, true, Any));
        }
    }
    for f in [
        "ndpr_per_kg",
        "dy_per_kg",
        "tb_per_kg",
        "china_magnet_dytb_per_kg",
    ] {
        v.push(spec(format!("magnet.{f}"), "kg/kg", true, Baseline));
    }
    for f in [
        "ndpr_oxide_per_metal",
        "ndpr_metal_share_of_magnet",
        "dy_oxide_per_metal",
        "tb_oxide_per_metal",
    ] {
        v.push(spec(format!("conversions.{f}"), "kg/kg", true, Any));
    }
    for f in [
        "ndpr_share_mountain_pass",
        "ndpr_share_mt_weld",
        "ndpr_share_monazite",
        "ndpr_share_loparite",
        "ndpr_share_ionic_clay",
        "dytb_share_mountain_pass",
        "dytb_share_mt_weld",
        "dytb_share_ionic_clay",
        "ndpr_recovery",
        "machining_scrap",
    ] {
        v.push(spec(format!("conversions.{f}"), "share", true, Any));
    }
    for vp in VIEWPOINTS {
        for c in CHAINS {
            for s in STAGES {
                v.push(spec(
                    format!("stage.{vp}.{c}.{s}.capacity"),
                    "t/yr",
                    true,
                    Baseline,
                ));
                v.push(spec(
                    format!("stage.{vp}.{c}.{s}.recycling"),
                    "t/yr",
                    true,
                    Baseline,
                ));
            }
        }
    }
    for vp in VIEWPOINTS {
        for c in CHAINS {
            v.push(spec(format!("need.{vp}.{c}"), "t/yr", true, Baseline));
        }
    }
    // Each view's share of demand outside China per market (the price model's `D`); 1 for
    // `exchina` by definition.
    for vp in VIEWPOINTS {
        for m in MARKETS {
            v.push(spec(format!("share.{vp}.{m}"), "share", true, Baseline));
        }
    }
    // Buyers' stocks (months of the view's demand): one figure per view, overridden per market
    // where a source gives one; and the state stockpile (months of national consumption).
    for vp in COUNTRY_VIEWPOINTS {
        v.push(spec(format!("stock.{vp}.buyers"), "months", true, Baseline));
        for m in MARKETS {
            v.push(spec(
                format!("stock.{vp}.buyers.{m}"),
                "months",
                false,
                Baseline,
            ));
        }
        v.push(spec(format!("stockpile.{vp}"), "months", true, Baseline));
    }
    for b in CRMA_BENCHMARKS {
        v.push(spec(format!("crma.{b}"), "share", true, Any));
    }
    // The japan-2010-2024 backtest: the recorded dependency (China's share of Japan's
    // rare-earth imports) and the 2010 chain inputs.
    let by = JAPAN_BACKTEST_YEAR;
    v.push(spec(
        format!("backtest.japan.{by}.dependency"),
        "share",
        true,
        Exactly(by),
    ));
    for end in ["low", "high"] {
        v.push(spec(
            format!("backtest.japan.2024.dependency.{end}"),
            "share",
            true,
            Exactly(2024),
        ));
    }
    for c in CHAINS {
        for s in STAGES {
            for kind in ["capacity", "recycling"] {
                v.push(spec(
                    format!("backtest.japan.{by}.{c}.{s}.{kind}"),
                    "t/yr",
                    true,
                    Exactly(by),
                ));
            }
        }
        v.push(spec(
            format!("backtest.japan.{by}.need.{c}"),
            "t/yr",
            true,
            Exactly(by),
        ));
    }
    v.push(spec(
        "assumptions.dependency_target".into(),
        "share",
        true,
        Any,
    ));
    v.push(spec(
        "assumptions.default_ramp_years".into(),
        "yr",
        true,
        Any,
    ));
    v.push(spec(
        "assumptions.added_capacity_start_year".into(),
        "year",
        true,
        Any,
    ));
    v.push(spec("assumptions.default_delay".into(), "yr", true, Any));
    for f in CALIBRATION_FITS {
        for (k, unit) in CALIBRATION_PARAMS {
            v.push(spec(format!("calibration.{f}.{k}"), unit, true, Any));
        }
    }
    // The low and high values "what drives this number" moves each assumption between.
    for (k, unit) in SENSITIVITY {
        for end in ["low", "high"] {
            v.push(spec(format!("sensitivity.{k}.{end}"), unit, true, Any));
        }
    }
    // Odds that a project of each status delivers its capacity (MODEL.md §8, Monte Carlo).
    for st in PROJECT_STATUSES {
        v.push(spec(format!("projects.delivery.{st}"), "share", true, Any));
    }
    // The 2009 snapshot: its keys are declared with its type.
    v.extend(crate::snapshot::key_specs());
    for (f, unit) in [
        ("world_mine_production", "t REO"),
        ("china_mine_production", "t REO"),
        ("us_mine_production", "t REO"),
        ("us_net_import_reliance", "%"),
        ("us_apparent_consumption", "t REO"),
        ("china_rare_earth_exports", "t"),
        ("china_magnet_exports", "t"),
        ("china_rare_earth_imports", "t"),
    ] {
        v.push(spec(format!("headline.{f}"), unit, true, Baseline));
    }
    v.push(spec("checks.world_balance".into(), "share", true, Any));
    v.push(spec(
        "checks.mine_production_rounding".into(),
        "share",
        true,
        Any,
    ));
    v
}

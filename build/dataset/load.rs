//! Parsing and validation of every data file. Collects all problems instead of stopping at the first.

use super::csv::{self, Record, Table};
use super::schema::{self, KeySpec, YearRule};
use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// Reads one data file by name: (path shown in messages, contents or an error).
pub type Reader<'a> = dyn Fn(&str) -> (String, Result<String, String>) + 'a;

/// Where a figure's unit or year comes from.
#[derive(Clone, Copy)]
enum Src<'a> {
    Col(&'a str),
    Fixed(&'a str),
}

#[derive(Clone, Copy)]
struct FigCols<'a> {
    value: &'a str,
    unit: Src<'a>,
    year: Src<'a>,
    source: &'a str,
    confidence: &'a str,
    derivation: &'a str,
}

const LONG: FigCols<'static> = FigCols {
    value: "value",
    unit: Src::Col("unit"),
    year: Src::Col("year"),
    source: "source",
    confidence: "confidence",
    derivation: "derivation",
};

struct Cx {
    errors: Vec<DataError>,
    sources: BTreeSet<String>,
    year_min: u16,
    year_max: u16,
    baseline_year: u16,
}

impl Cx {
    fn err(&mut self, file: &str, loc: impl Into<String>, msg: impl Into<String>) {
        self.errors.push(DataError::new(file, loc, msg));
    }

    fn at(r: &Record, label: &str) -> String {
        if label.is_empty() {
            format!("line {}", r.line)
        } else {
            format!("line {} ({label})", r.line)
        }
    }

    /// Checks a space-separated list of source ids.
    fn check_sources(&mut self, file: &str, loc: &str, sources: &str) {
        if sources.trim().is_empty() {
            self.err(
                file,
                loc,
                "missing source: every figure needs a source id from sources.csv",
            );
            return;
        }
        for id in sources.split_whitespace() {
            if !self.sources.contains(id) {
                self.err(
                    file,
                    loc,
                    format!("unknown source id `{id}` (not in sources.csv)"),
                );
            }
        }
    }

    fn year(&mut self, file: &str, loc: &str, s: &str) -> Option<u16> {
        match s.trim().parse::<u16>() {
            Ok(y) if y >= self.year_min && y <= self.year_max => Some(y),
            Ok(y) => {
                self.err(
                    file,
                    loc,
                    format!("year {y} out of range {}–{}", self.year_min, self.year_max),
                );
                None
            }
            Err(_) => {
                self.err(file, loc, format!("year `{s}` is not a whole number"));
                None
            }
        }
    }

    fn number(&mut self, file: &str, loc: &str, what: &str, s: &str) -> Option<f64> {
        match s.trim().replace('_', "").parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            _ => {
                self.err(file, loc, format!("{what} `{s}` is not a number"));
                None
            }
        }
    }

    fn boolean(&mut self, file: &str, loc: &str, what: &str, s: &str) -> Option<bool> {
        match s.trim() {
            "true" | "yes" => Some(true),
            "false" | "no" => Some(false),
            _ => {
                self.err(file, loc, format!("{what} `{s}` must be true or false"));
                None
            }
        }
    }

    /// Range checks that follow from the unit.
    fn check_value(&mut self, file: &str, loc: &str, unit: &str, v: f64) {
        let tonnage = unit == "t"
            || unit.starts_with("t ")
            || unit.starts_with("t/")
            || unit.starts_with("kg");
        if tonnage && v < 0.0 {
            self.err(file, loc, format!("negative tonnage {v} {unit}"));
        }
        match unit {
            "share" if !(0.0..=1.0).contains(&v) => self.err(
                file,
                loc,
                format!("share {v} is outside 0–1 (above 100 % or negative; write shares as 0–1)"),
            ),
            "%" if !(0.0..=100.0).contains(&v) => {
                self.err(file, loc, format!("percentage {v} is outside 0–100 %"))
            }
            "USD/kg" if v <= 0.0 => {
                self.err(file, loc, format!("price {v} USD/kg must be positive"))
            }
            "multiple" if v <= 0.0 => self.err(file, loc, format!("multiple {v} must be positive")),
            "ratio" if v < 0.0 => self.err(
                file,
                loc,
                format!("ratio {v} must not be negative (it may exceed 1)"),
            ),
            "months" if v < 0.0 => self.err(
                file,
                loc,
                format!("duration {v} months must not be negative"),
            ),
            "yr" if v <= 0.0 => self.err(file, loc, format!("duration {v} yr must be positive")),
            // A slip may be none at all.
            "yr slip" if v < 0.0 => {
                self.err(file, loc, format!("slip {v} yr must not be negative"))
            }
            "year" if v < f64::from(self.year_min) || v > f64::from(self.year_max) => self.err(
                file,
                loc,
                format!("year {v} out of range {}–{}", self.year_min, self.year_max),
            ),
            _ => {}
        }
    }

    /// Reads one figure from a record and checks it.
    fn fig(
        &mut self,
        t: &Table,
        r: &Record,
        label: &str,
        cols: FigCols<'_>,
        expect_unit: Option<&str>,
        year_rule: YearRule,
    ) -> Option<Fig> {
        let file = t.file.as_str();
        let loc = Self::at(r, label);
        let value = self.number(file, &loc, "value", t.get(r, cols.value));
        let unit = match cols.unit {
            Src::Col(c) => t.get(r, c).to_string(),
            Src::Fixed(u) => u.to_string(),
        };
        if unit.is_empty() {
            self.err(file, &loc, "missing unit");
        } else if let Some(e) = expect_unit {
            if unit != e {
                self.err(
                    file,
                    &loc,
                    format!("unit mismatch: `{unit}` where `{e}` is expected"),
                );
            }
        }
        let year = match cols.year {
            Src::Col(c) => self.year(file, &loc, t.get(r, c)),
            Src::Fixed(y) => self.year(file, &loc, y),
        };
        if let Some(y) = year {
            let want = match year_rule {
                YearRule::Baseline => Some(self.baseline_year),
                YearRule::Exactly(w) => Some(w),
                YearRule::Any => None,
            };
            if let Some(w) = want {
                if y != w {
                    self.err(
                        file,
                        &loc,
                        format!("year {y} where this figure must describe {w}"),
                    );
                }
            }
        }
        let source = t.get(r, cols.source).to_string();
        self.check_sources(file, &loc, &source);
        let conf_s = t.get(r, cols.confidence);
        let confidence = Conf::parse(conf_s);
        if confidence.is_none() {
            self.err(
                file,
                &loc,
                format!("confidence `{conf_s}` must be high, medium, low, derived or assumption"),
            );
        }
        let derivation = t.get(r, cols.derivation).to_string();
        if confidence == Some(Conf::Derived) && derivation.is_empty() {
            self.err(file, &loc, "a derived figure must state its derivation");
        }
        if let Some(v) = value {
            self.check_value(file, &loc, &unit, v);
        }
        Some(Fig {
            value: value?,
            unit,
            year: year?,
            source,
            confidence: confidence?,
            derivation,
        })
    }
}

/// Reads, parses and checks every file.
pub fn load(read: &Reader<'_>) -> Result<ParsedDataset, Vec<DataError>> {
    let mut cx = Cx {
        errors: Vec::new(),
        sources: BTreeSet::new(),
        year_min: 0,
        year_max: u16::MAX,
        baseline_year: 0,
    };
    let mut tables: BTreeMap<&str, Table> = BTreeMap::new();
    for name in FILES {
        let (shown, text) = read(name);
        match text {
            Ok(text) => match csv::parse(&shown, &text) {
                Ok(t) => {
                    tables.insert(name, t);
                }
                Err(es) => cx.errors.extend(es),
            },
            Err(e) => cx.err(&shown, "file", e),
        }
    }
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    let t = |n: &str| {
        tables.get(n).cloned().unwrap_or_else(|| Table {
            file: n.into(),
            header: vec![],
            records: vec![],
        })
    };

    let sources = read_sources(&mut cx, &t("sources.csv"));
    let meta = read_meta(&mut cx, &t("meta.csv"));
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    let (vintage, credit, market_names, first_screen) = meta;
    let figures = read_baseline(&mut cx, &t("baseline.csv"));
    let country_outputs = read_country_outputs(&mut cx, &t("country_outputs.csv"));
    let mine_production = read_mine_production(&mut cx, &t("mine_production.csv"));
    let projects = read_projects(&mut cx, &t("projects.csv"));
    let products = read_products(&mut cx, &t("products.csv"));
    let prices = read_prices(&mut cx, &t("prices.csv"));
    let spikes = read_spikes(&mut cx, &t("spikes.csv"));
    let spreads = read_spreads(&mut cx, &t("spreads.csv"));
    let exports = read_exports(&mut cx, &t("exports.csv"));
    let quotas = read_quotas(&mut cx, &t("quotas.csv"), &exports);
    let export_shares = read_export_shares(&mut cx, &t("export_shares.csv"));
    let episodes = read_episodes(&mut cx, &t("episodes.csv"));
    let domestic_prices = read_domestic_prices(&mut cx, &t("domestic_prices.csv"));
    let policy = read_policy(&mut cx, &t("policy.csv"));
    let presets = read_presets(&mut cx, &t("presets.csv"));
    if !presets.iter().any(|p| p.id == first_screen) {
        cx.err(
            &t("meta.csv").file,
            "key first_screen",
            format!("`{first_screen}` is not a preset in presets.csv"),
        );
    }

    let ds = ParsedDataset {
        vintage,
        baseline_year: cx.baseline_year,
        credit,
        first_screen,
        market_names,
        figures,
        country_outputs,
        mine_production,
        projects,
        products,
        prices,
        spikes,
        spreads,
        quotas,
        exports,
        export_shares,
        episodes,
        domestic_prices,
        policy,
        sources,
        presets,
    };
    if cx.errors.is_empty() {
        cross_checks(
            &mut cx,
            &ds,
            &t("baseline.csv").file,
            &t("mine_production.csv").file,
        );
    }
    if cx.errors.is_empty() {
        Ok(ds)
    } else {
        Err(cx.errors)
    }
}

fn read_sources(cx: &mut Cx, t: &Table) -> Vec<PSource> {
    let cols = ["id", "title", "publisher", "date", "url", "licence"];
    if let Err(e) = t.require(&cols) {
        cx.errors.extend(e);
        return vec![];
    }
    let mut out = Vec::new();
    for r in &t.records {
        let id = t.get(r, "id").to_string();
        let loc = Cx::at(r, &id);
        if id.is_empty() || id.contains(char::is_whitespace) {
            cx.err(&t.file, &loc, "source id must be one word, e.g. S1");
        }
        if !cx.sources.insert(id.clone()) {
            cx.err(&t.file, &loc, format!("duplicate source id `{id}`"));
        }
        if t.get(r, "title").is_empty() {
            cx.err(&t.file, &loc, "missing title");
        }
        // The app turns this into a link: only plain web addresses or an in-app anchor
        // (`#methodology`), never `javascript:` or markup.
        let url = t.get(r, "url");
        let web = url.starts_with("https://") || url.starts_with("http://") || url.starts_with('#');
        if !url.is_empty()
            && (!web || url.contains(|c: char| c.is_whitespace() || "\"'<>`".contains(c)))
        {
            cx.err(
                &t.file,
                &loc,
                format!("url `{url}` must be a plain http(s) address or an in-app #anchor"),
            );
        }
        out.push(PSource {
            id,
            title: t.get(r, "title").into(),
            publisher: t.get(r, "publisher").into(),
            date: t.get(r, "date").into(),
            url: t.get(r, "url").into(),
            licence: t.get(r, "licence").into(),
        });
    }
    out
}

fn read_meta(cx: &mut Cx, t: &Table) -> (String, String, Vec<String>, String) {
    if let Err(e) = t.require(&["key", "value"]) {
        cx.errors.extend(e);
        return (String::new(), String::new(), vec![], String::new());
    }
    let mut m: BTreeMap<String, String> = BTreeMap::new();
    for r in &t.records {
        let k = t.get(r, "key").to_string();
        if m.insert(k.clone(), t.get(r, "value").to_string()).is_some() {
            cx.err(&t.file, Cx::at(r, &k), format!("duplicate key `{k}`"));
        }
    }
    let mut get = |k: &str| -> String {
        match m.get(k) {
            Some(v) if !v.is_empty() => v.clone(),
            _ => {
                cx.err(&t.file, format!("key {k}"), "missing or empty");
                String::new()
            }
        }
    };
    let vintage = get("vintage");
    let credit = get("credit");
    let first_screen = get("first_screen");
    let (ymin, ymax, base) = (get("year_min"), get("year_max"), get("baseline_year"));
    let names: Vec<String> = schema::MARKETS
        .iter()
        .map(|mk| get(&format!("market.{mk}.name")))
        .collect();
    match (
        ymin.parse::<u16>(),
        ymax.parse::<u16>(),
        base.parse::<u16>(),
    ) {
        (Ok(a), Ok(b), Ok(c)) if a <= c && c <= b => {
            cx.year_min = a;
            cx.year_max = b;
            cx.baseline_year = c;
        }
        _ => cx.err(
            &t.file,
            "key year_min/year_max/baseline_year",
            "must be years with year_min ≤ baseline_year ≤ year_max",
        ),
    }
    (vintage, credit, names, first_screen)
}

fn read_baseline(cx: &mut Cx, t: &Table) -> BTreeMap<String, Fig> {
    let mut out = BTreeMap::new();
    if let Err(e) = t.require(&[
        "key",
        "value",
        "unit",
        "year",
        "source",
        "confidence",
        "derivation",
    ]) {
        cx.errors.extend(e);
        return out;
    }
    let specs: BTreeMap<String, KeySpec> = schema::baseline_keys()
        .into_iter()
        .map(|s| (s.key.clone(), s))
        .collect();
    for r in &t.records {
        let key = t.get(r, "key").to_string();
        let Some(spec) = specs.get(&key) else {
            cx.err(&t.file, Cx::at(r, &key), format!("unknown key `{key}`"));
            continue;
        };
        if out.contains_key(&key) {
            cx.err(&t.file, Cx::at(r, &key), format!("duplicate key `{key}`"));
            continue;
        }
        if let Some(f) = cx.fig(t, r, &key, LONG, Some(spec.unit), spec.year) {
            out.insert(key, f);
        }
    }
    for s in specs.values() {
        if s.required
            && !out.contains_key(&s.key)
            && !cx.errors.iter().any(|e| e.location.contains(&s.key))
        {
            let message = match missing_stage_row(t, &s.key) {
                Some(m) => m,
                None => format!("missing required key (unit {})", s.unit),
            };
            cx.err(&t.file, format!("key {}", s.key), message);
        }
    }
    out
}

/// The problem to report when a view lacks one of its stage rows
/// (`stage.<view>.<chain>.<stage>.<capacity|recycling>`, MODEL.md §6): which view, chain, stage
/// and figure are missing, and where that view's other stage rows are, so the editor knows where
/// the row belongs. `None` for any other key.
fn missing_stage_row(t: &Table, key: &str) -> Option<String> {
    let parts: Vec<&str> = key.split('.').collect();
    let ["stage", view, chain, stage, kind] = parts.as_slice() else {
        return None;
    };
    let prefix = format!("stage.{view}.");
    let lines: Vec<usize> = t
        .records
        .iter()
        .filter(|r| t.get(r, "key").starts_with(&prefix))
        .map(|r| r.line)
        .collect();
    let near = match (lines.iter().min(), lines.iter().max()) {
        (Some(a), Some(b)) => format!("; its other stage rows are at lines {a}–{b}"),
        _ => "; it has no stage rows at all".to_string(),
    };
    Some(format!(
        "view `{view}` is missing the row for its {chain}-chain {stage} {kind} (unit t/yr): \
         every view needs capacity and recycling rows for mining, separation, metal and magnet \
         in both chains{near}"
    ))
}

fn one_of(cx: &mut Cx, file: &str, loc: &str, what: &str, v: &str, allowed: &[&str]) -> bool {
    if allowed.contains(&v) {
        true
    } else {
        cx.err(
            file,
            loc,
            format!("{what} `{v}` must be one of {}", allowed.join(", ")),
        );
        false
    }
}

fn read_country_outputs(cx: &mut Cx, t: &Table) -> Vec<PCountryOutput> {
    let mut out = Vec::new();
    let cols = [
        "chain",
        "stage",
        "country",
        "china_controlled",
        "value",
        "unit",
        "year",
        "source",
        "confidence",
        "derivation",
    ];
    if let Err(e) = t.require(&cols) {
        cx.errors.extend(e);
        return out;
    }
    let mut seen = BTreeSet::new();
    for r in &t.records {
        let (chain, stage, country) = (t.get(r, "chain"), t.get(r, "stage"), t.get(r, "country"));
        let label = format!("{chain} {stage} {country}");
        let loc = Cx::at(r, &label);
        let ok = one_of(cx, &t.file, &loc, "chain", chain, &schema::CHAINS)
            & one_of(cx, &t.file, &loc, "stage", stage, &schema::STAGES);
        if !seen.insert(label.clone()) {
            cx.err(
                &t.file,
                &loc,
                "duplicate row for this chain, stage and country",
            );
        }
        let cc = cx.boolean(
            &t.file,
            &loc,
            "china_controlled",
            t.get(r, "china_controlled"),
        );
        let must_be_cc =
            country == "China" || country.starts_with("Myanmar") || country.starts_with("Laos");
        if must_be_cc && cc == Some(false) {
            cx.err(
                &t.file,
                &loc,
                "China, Myanmar and Laos output counts as China: china_controlled must be true",
            );
        }
        let f = cx.fig(t, r, &label, LONG, Some("t/yr"), YearRule::Baseline);
        if let (true, Some(cc), Some(f)) = (ok, cc, f) {
            out.push(PCountryOutput {
                chain: chain.into(),
                stage: stage.into(),
                country: country.into(),
                china_controlled: cc,
                output: f,
            });
        }
    }
    for c in schema::CHAINS {
        for s in schema::STAGES {
            let rows: Vec<&PCountryOutput> = out
                .iter()
                .filter(|o| o.chain == c && o.stage == s)
                .collect();
            if !rows.iter().any(|o| o.china_controlled) || !rows.iter().any(|o| !o.china_controlled)
            {
                cx.err(
                    &t.file,
                    format!("key {c} {s}"),
                    "each chain and stage needs China and non-China rows",
                );
            }
        }
    }
    out
}

fn read_mine_production(cx: &mut Cx, t: &Table) -> Vec<PMineOutput> {
    let mut out = Vec::new();
    let cols = [
        "country",
        "year",
        "china_controlled",
        "world_total",
        "value",
        "unit",
        "source",
        "confidence",
        "derivation",
    ];
    if let Err(e) = t.require(&cols) {
        cx.errors.extend(e);
        return out;
    }
    let mut seen = BTreeSet::new();
    for r in &t.records {
        let country = t.get(r, "country");
        let label = format!("{country} {}", t.get(r, "year"));
        let loc = Cx::at(r, &label);
        if !seen.insert(label.clone()) {
            cx.err(&t.file, &loc, "duplicate row for this country and year");
        }
        let cc = cx.boolean(
            &t.file,
            &loc,
            "china_controlled",
            t.get(r, "china_controlled"),
        );
        let wt = cx.boolean(&t.file, &loc, "world_total", t.get(r, "world_total"));
        let f = cx.fig(t, r, &label, LONG, Some("t REO"), YearRule::Any);
        if let (Some(cc), Some(wt), Some(f)) = (cc, wt, f) {
            out.push(PMineOutput {
                country: country.into(),
                year: f.year,
                china_controlled: cc,
                world_total: wt,
                output: f,
            });
        }
    }
    out
}

fn read_projects(cx: &mut Cx, t: &Table) -> Vec<PProject> {
    let mut out = Vec::new();
    let cols = [
        "id",
        "company",
        "name",
        "country",
        "views",
        "stage",
        "chain",
        "stated_capacity",
        "stated_unit",
        "light_t",
        "heavy_t",
        "magnet_t",
        "dy_share",
        "start_year",
        "ramp_years",
        "status",
        "in_baseline",
        "confidence",
        "source",
        "derivation",
        "note",
    ];
    if let Err(e) = t.require(&cols) {
        cx.errors.extend(e);
        return out;
    }
    let mut ids = BTreeSet::new();
    for r in &t.records {
        let id = t.get(r, "id").to_string();
        let loc = Cx::at(r, &id);
        let file = t.file.clone();
        if id.is_empty() || !ids.insert(id.clone()) {
            cx.err(
                &file,
                &loc,
                format!("project id `{id}` is empty or not unique"),
            );
        }
        let stage = t.get(r, "stage");
        let chain = t.get(r, "chain");
        let status = t.get(r, "status");
        let country = t.get(r, "country");
        one_of(cx, &file, &loc, "stage", stage, &schema::STAGES);
        one_of(cx, &file, &loc, "chain", chain, &schema::PROJECT_CHAINS);
        one_of(cx, &file, &loc, "status", status, &schema::PROJECT_STATUSES);
        let views = read_project_views(cx, &file, &loc, t.get(r, "views"));
        let in_us = views.as_ref().map(|vs| vs.iter().any(|v| v.view == "us"));
        if in_us.is_some() && in_us != Some(country == "United States") {
            cx.err(&file, &loc, format!("views must list `us` exactly when country is United States (country `{country}`)"));
        }
        let in_baseline = cx.boolean(&file, &loc, "in_baseline", t.get(r, "in_baseline"));
        let stated = cx.number(&file, &loc, "stated_capacity", t.get(r, "stated_capacity"));
        if let Some(s) = stated {
            if s < 0.0 {
                cx.err(
                    &file,
                    &loc,
                    format!("negative tonnage {s} in stated_capacity"),
                );
            }
        }
        let dy_share = cx.number(&file, &loc, "dy_share", t.get(r, "dy_share"));
        if let Some(d) = dy_share {
            if !(0.0..=1.0).contains(&d) {
                cx.err(
                    &file,
                    &loc,
                    format!("dy_share {d} is outside 0–1 (share above 100 % or negative)"),
                );
            }
        }
        let start = cx.year(&file, &loc, t.get(r, "start_year"));
        let ramp = match t.get(r, "ramp_years").parse::<u16>() {
            Ok(v) if v >= 1 => Some(v),
            _ => {
                cx.err(
                    &file,
                    &loc,
                    format!(
                        "ramp_years `{}` must be a whole number ≥ 1",
                        t.get(r, "ramp_years")
                    ),
                );
                None
            }
        };
        let y = t.get(r, "start_year");
        let mk = |col: &'static str, unit: &'static str| FigCols {
            value: col,
            unit: Src::Fixed(unit),
            year: Src::Fixed(y),
            source: "source",
            confidence: "confidence",
            derivation: "derivation",
        };
        let light = cx.fig(
            t,
            r,
            &format!("{id} light_t"),
            mk("light_t", "t/yr NdPr-oxide eq."),
            None,
            YearRule::Any,
        );
        let heavy = cx.fig(
            t,
            r,
            &format!("{id} heavy_t"),
            mk("heavy_t", "t/yr Dy+Tb-oxide eq."),
            None,
            YearRule::Any,
        );
        let magnet = cx.fig(
            t,
            r,
            &format!("{id} magnet_t"),
            mk("magnet_t", "t/yr NdFeB"),
            None,
            YearRule::Any,
        );
        if let (Some(l), Some(h), Some(m)) = (&light, &heavy, &magnet) {
            if chain == "light" && h.value > 0.0 {
                cx.err(
                    &file,
                    &loc,
                    "chain is light but heavy_t > 0 (use chain both)",
                );
            }
            if chain == "heavy" && l.value > 0.0 {
                cx.err(
                    &file,
                    &loc,
                    "chain is heavy but light_t > 0 (use chain both)",
                );
            }
            if stage != "magnet" && m.value > 0.0 {
                cx.err(&file, &loc, format!("magnet_t > 0 but stage is {stage}: only magnet projects add magnet capacity"));
            }
            if stage == "magnet" && m.value == 0.0 && (l.value > 0.0 || h.value > 0.0) {
                cx.err(
                    &file,
                    &loc,
                    "a magnet project with chain capacity must state magnet_t",
                );
            }
            if h.value == 0.0 && dy_share.unwrap_or(0.0) > 0.0 {
                cx.err(&file, &loc, "dy_share > 0 but heavy_t is 0");
            }
        }
        if let (
            Some(stated),
            Some(dy_share),
            Some(start),
            Some(ramp),
            Some(in_us),
            Some(views),
            Some(ib),
            Some(l),
            Some(h),
            Some(m),
        ) = (
            stated,
            dy_share,
            start,
            ramp,
            in_us,
            views,
            in_baseline,
            light,
            heavy,
            magnet,
        ) {
            out.push(PProject {
                id: id.clone(),
                company: t.get(r, "company").into(),
                name: t.get(r, "name").into(),
                country: country.into(),
                in_us,
                views,
                stage: stage.into(),
                chain: chain.into(),
                stated_capacity: stated,
                stated_unit: t.get(r, "stated_unit").into(),
                source: l.source.clone(),
                light_t: l,
                heavy_t: h,
                magnet_t: m,
                dy_share,
                start_year: start,
                ramp_years: ramp,
                status: status.into(),
                in_baseline: ib,
                note: t.get(r, "note").into(),
            });
        }
    }
    out
}

/// Parses a project's `views` cell: space-separated viewpoint keys, each optionally with the
/// share of the project's capacity that counts for it, `view:share` (both chains) or
/// `view:light/heavy` (e.g. `exchina japan:0/0.65` for a plant whose Dy/Tb Japan has 65 % of).
/// Every project counts in full for `exchina` (all plants are outside China).
fn read_project_views(cx: &mut Cx, file: &str, loc: &str, cell: &str) -> Option<Vec<PProjectView>> {
    let mut out: Vec<PProjectView> = Vec::new();
    let mut ok = true;
    for item in cell.split_whitespace() {
        let (view, shares) = match item.split_once(':') {
            Some((v, s)) => (v, Some(s)),
            None => (item, None),
        };
        if !one_of(cx, file, loc, "view", view, &schema::VIEWPOINTS) {
            ok = false;
            continue;
        }
        if out.iter().any(|v| v.view == view) {
            cx.err(file, loc, format!("view `{view}` is listed twice"));
            ok = false;
            continue;
        }
        let (light, heavy) = match shares {
            None => (Some(1.0), Some(1.0)),
            Some(s) => match s.split_once('/') {
                Some((l, h)) => (
                    cx.number(file, loc, "light share", l),
                    cx.number(file, loc, "heavy share", h),
                ),
                None => {
                    let v = cx.number(file, loc, "share", s);
                    (v, v)
                }
            },
        };
        let (Some(light), Some(heavy)) = (light, heavy) else {
            ok = false;
            continue;
        };
        for x in [light, heavy] {
            if !(0.0..=1.0).contains(&x) {
                cx.err(
                    file,
                    loc,
                    format!("view share {x} for `{view}` is outside 0–1"),
                );
                ok = false;
            }
        }
        out.push(PProjectView {
            view: view.to_string(),
            light,
            heavy,
        });
    }
    match out.iter().find(|v| v.view == "exchina") {
        Some(v) if v.light == 1.0 && v.heavy == 1.0 => {}
        Some(_) => {
            cx.err(
                file,
                loc,
                "views: `exchina` must count the whole project (no share)",
            );
            ok = false;
        }
        None => {
            cx.err(
                file,
                loc,
                "views must include `exchina`: every project is outside China",
            );
            ok = false;
        }
    }
    ok.then_some(out)
}

fn read_products(cx: &mut Cx, t: &Table) -> Vec<PProduct> {
    let mut out = Vec::new();
    let cols = [
        "id",
        "name",
        "per",
        "defence",
        "magnet_kg",
        "magnet_confidence",
        "magnet_derivation",
        "dy_tb_kg",
        "dy_tb_confidence",
        "dy_tb_derivation",
        "year",
        "source",
        "verified",
    ];
    if let Err(e) = t.require(&cols) {
        cx.errors.extend(e);
        return out;
    }
    let mut ids = BTreeSet::new();
    for r in &t.records {
        let id = t.get(r, "id").to_string();
        let loc = Cx::at(r, &id);
        if !ids.insert(id.clone()) {
            cx.err(&t.file, &loc, format!("duplicate product id `{id}`"));
        }
        let defence = cx.boolean(&t.file, &loc, "defence", t.get(r, "defence"));
        let verified = cx.boolean(&t.file, &loc, "verified", t.get(r, "verified"));
        let mk = |v: &'static str, c: &'static str, d: &'static str| FigCols {
            value: v,
            unit: Src::Fixed("kg"),
            year: Src::Col("year"),
            source: "source",
            confidence: c,
            derivation: d,
        };
        let m = cx.fig(
            t,
            r,
            &format!("{id} magnet_kg"),
            mk("magnet_kg", "magnet_confidence", "magnet_derivation"),
            None,
            YearRule::Any,
        );
        let d = cx.fig(
            t,
            r,
            &format!("{id} dy_tb_kg"),
            mk("dy_tb_kg", "dy_tb_confidence", "dy_tb_derivation"),
            None,
            YearRule::Any,
        );
        if let (Some(m), Some(d)) = (&m, &d) {
            if m.value <= 0.0 {
                cx.err(&t.file, &loc, "magnet_kg must be positive");
            }
            if d.value > m.value {
                cx.err(
                    &t.file,
                    &loc,
                    format!(
                        "dy_tb_kg {} exceeds magnet_kg {}: a share above 100 %",
                        d.value, m.value
                    ),
                );
            }
        }
        if let (Some(defence), Some(verified), Some(m), Some(d)) = (defence, verified, m, d) {
            if !verified && m.derivation.is_empty() {
                cx.err(
                    &t.file,
                    &loc,
                    "an unverified magnet mass must say in magnet_derivation what it really measures",
                );
            }
            out.push(PProduct {
                id,
                name: t.get(r, "name").into(),
                per: t.get(r, "per").into(),
                magnet_kg: m,
                dy_tb_kg: d,
                defence,
                verified,
            });
        }
    }
    out
}

/// A yearly series table (`<key>, year, value, unit, source, confidence, derivation`): one
/// figure in `unit` per key and year; `duplicate` says what a repeated key and year is.
fn read_yearly(
    cx: &mut Cx,
    t: &Table,
    key: &str,
    unit: &str,
    duplicate: &str,
) -> Vec<(String, Fig)> {
    let mut out = Vec::new();
    if let Err(e) = t.require(&[
        key,
        "year",
        "value",
        "unit",
        "source",
        "confidence",
        "derivation",
    ]) {
        cx.errors.extend(e);
        return out;
    }
    let mut seen = BTreeSet::new();
    for r in &t.records {
        let k = t.get(r, key);
        let label = format!("{k} {}", t.get(r, "year"));
        if !seen.insert(label.clone()) {
            cx.err(&t.file, Cx::at(r, &label), duplicate);
        }
        if let Some(f) = cx.fig(t, r, &label, LONG, Some(unit), YearRule::Any) {
            out.push((k.to_string(), f));
        }
    }
    out
}

fn read_prices(cx: &mut Cx, t: &Table) -> Vec<PPrice> {
    read_yearly(
        cx,
        t,
        "element",
        "USD/kg",
        "duplicate price for this element and year",
    )
    .into_iter()
    .map(|(element, f)| PPrice {
        element,
        year: f.year,
        price: f,
    })
    .collect()
}

fn read_spikes(cx: &mut Cx, t: &Table) -> Vec<PSpike> {
    let mut out = Vec::new();
    if let Err(e) = t.require(&[
        "element",
        "field",
        "value",
        "unit",
        "year",
        "source",
        "confidence",
        "derivation",
    ]) {
        cx.errors.extend(e);
        return out;
    }
    let mut by: BTreeMap<String, BTreeMap<String, (usize, Fig)>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for r in &t.records {
        let (el, field) = (t.get(r, "element"), t.get(r, "field"));
        let label = format!("{el} {field}");
        let loc = Cx::at(r, &label);
        if !one_of(
            cx,
            &t.file,
            &loc,
            "field",
            field,
            &["before", "annual", "annual_low", "annual_high", "peak"],
        ) {
            continue;
        }
        if let Some(f) = cx.fig(t, r, &label, LONG, Some("USD/kg"), YearRule::Any) {
            if !order.iter().any(|e| e == el) {
                order.push(el.to_string());
            }
            if by
                .entry(el.into())
                .or_default()
                .insert(field.into(), (r.line, f))
                .is_some()
            {
                cx.err(&t.file, &loc, "duplicate field for this element");
            }
        }
    }
    for el in order {
        let m = by.remove(&el).unwrap_or_default();
        let get = |k: &str| m.get(k).map(|(_, f)| f.clone());
        let (Some(before), Some(annual), Some(lo), Some(hi)) = (
            get("before"),
            get("annual"),
            get("annual_low"),
            get("annual_high"),
        ) else {
            cx.err(
                &t.file,
                format!("key {el}"),
                "a spike needs before, annual, annual_low and annual_high rows",
            );
            continue;
        };
        if !(lo.value <= annual.value && annual.value <= hi.value) {
            cx.err(
                &t.file,
                format!("key {el}"),
                "annual_low ≤ annual ≤ annual_high does not hold",
            );
        }
        if before.value >= annual.value {
            cx.err(
                &t.file,
                format!("key {el}"),
                "the 2011 annual average should exceed the 2009 one",
            );
        }
        out.push(PSpike {
            element: el,
            before,
            annual,
            annual_low: lo.value,
            annual_high: hi.value,
            peak: get("peak"),
        });
    }
    out
}

fn read_spreads(cx: &mut Cx, t: &Table) -> Vec<PSpread> {
    let mut out = Vec::new();
    if let Err(e) = t.require(&[
        "element",
        "date",
        "region",
        "value",
        "unit",
        "year",
        "source",
        "confidence",
        "derivation",
    ]) {
        cx.errors.extend(e);
        return out;
    }
    let mut by: Vec<(String, String, Option<Fig>, Option<Fig>)> = Vec::new();
    for r in &t.records {
        let (el, date, region) = (t.get(r, "element"), t.get(r, "date"), t.get(r, "region"));
        let label = format!("{el} {date} {region}");
        let loc = Cx::at(r, &label);
        check_date(cx, &t.file, &loc, date);
        if !one_of(cx, &t.file, &loc, "region", region, &["europe", "china"]) {
            continue;
        }
        let Some(f) = cx.fig(t, r, &label, LONG, Some("USD/kg"), YearRule::Any) else {
            continue;
        };
        let idx = match by.iter().position(|(e, d, _, _)| e == el && d == date) {
            Some(i) => i,
            None => {
                by.push((el.into(), date.into(), None, None));
                by.len() - 1
            }
        };
        let slot = if region == "europe" {
            &mut by[idx].2
        } else {
            &mut by[idx].3
        };
        if slot.is_some() {
            cx.err(
                &t.file,
                &loc,
                "duplicate row for this element, date and region",
            );
        }
        *slot = Some(f);
    }
    for (el, date, eu, cn) in by {
        match (eu, cn) {
            (Some(eu), Some(cn)) => out.push(PSpread {
                element: el,
                date,
                europe: eu,
                china: cn,
            }),
            _ => cx.err(
                &t.file,
                format!("key {el} {date}"),
                "a spread needs a europe and a china row",
            ),
        }
    }
    out
}

fn read_exports(cx: &mut Cx, t: &Table) -> Vec<PExport> {
    read_yearly(
        cx,
        t,
        "series",
        "t",
        "duplicate row for this series and year",
    )
    .into_iter()
    .map(|(series, f)| PExport {
        series,
        year: f.year,
        volume: f,
    })
    .collect()
}

fn read_quotas(cx: &mut Cx, t: &Table, exports: &[PExport]) -> Vec<PQuota> {
    let mut out: Vec<PQuota> = Vec::new();
    if let Err(e) = t.require(&[
        "year",
        "value",
        "unit",
        "source",
        "confidence",
        "derivation",
    ]) {
        cx.errors.extend(e);
        return out;
    }
    for r in &t.records {
        let label = format!("quota {}", t.get(r, "year"));
        if let Some(f) = cx.fig(t, r, &label, LONG, Some("t REO"), YearRule::Any) {
            if out.iter().any(|q| q.year == f.year) {
                cx.err(&t.file, Cx::at(r, &label), "duplicate quota year");
            }
            let ex = exports
                .iter()
                .find(|e| e.series == "rare_earths" && e.year == f.year)
                .map(|e| e.volume.clone());
            out.push(PQuota {
                year: f.year,
                quota: f,
                exports: ex,
            });
        }
    }
    out.sort_by_key(|q| q.year);
    out
}

/// Checks a `YYYY-MM` month (month 01–12, year in range); returns its year as written.
fn check_month<'a>(cx: &mut Cx, file: &str, loc: &str, m: &'a str) -> Option<&'a str> {
    let ok = m.len() == 7
        && m.as_bytes()[4] == b'-'
        && m[..4].chars().all(|c| c.is_ascii_digit())
        && m[5..].chars().all(|c| c.is_ascii_digit())
        && m[5..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n));
    if !ok {
        cx.err(file, loc, format!("month `{m}` must be YYYY-MM (01–12)"));
        return None;
    }
    cx.year(file, loc, &m[..4]).map(|_| &m[..4])
}

/// Checks an episode window: `YYYY`, `YYYY-MM`, or a range `A..B` of those with `A ≤ B`;
/// returns the year of its start as written.
fn check_window<'a>(cx: &mut Cx, file: &str, loc: &str, w: &'a str) -> Option<&'a str> {
    let one = |p: &str| {
        (p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()))
            || (p.len() == 7
                && p.as_bytes()[4] == b'-'
                && p[..4].chars().all(|c| c.is_ascii_digit())
                && p[5..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)))
    };
    let (a, b) = w.split_once("..").unwrap_or((w, w));
    if !(one(a) && one(b) && a <= b) {
        cx.err(
            file,
            loc,
            format!("window `{w}` must be YYYY, YYYY-MM or a range such as 2025-05..2025-07"),
        );
        return None;
    }
    cx.year(file, loc, &b[..4])?;
    cx.year(file, loc, &a[..4]).map(|_| &a[..4])
}

/// `export_shares.csv`: China's realised exports of a quota group in a month ÷ normal.
fn read_export_shares(cx: &mut Cx, t: &Table) -> Vec<PExportShare> {
    let mut out: Vec<PExportShare> = Vec::new();
    if let Err(e) = t.require(&[
        "group",
        "month",
        "value",
        "unit",
        "source",
        "confidence",
        "derivation",
    ]) {
        cx.errors.extend(e);
        return out;
    }
    for r in &t.records {
        let (group, month) = (t.get(r, "group"), t.get(r, "month"));
        let label = format!("{group} {month}");
        let loc = Cx::at(r, &label);
        let ok = one_of(cx, &t.file, &loc, "group", group, &schema::EXPORT_GROUPS);
        let Some(year) = check_month(cx, &t.file, &loc, month) else {
            continue;
        };
        if out.iter().any(|e| e.group == group && e.month == month) {
            cx.err(&t.file, &loc, "duplicate row for this group and month");
        }
        let cols = FigCols {
            year: Src::Fixed(year),
            ..LONG
        };
        if let (true, Some(f)) = (ok, cx.fig(t, r, &label, cols, Some("ratio"), YearRule::Any)) {
            out.push(PExportShare {
                group: group.into(),
                month: month.into(),
                share: f,
            });
        }
    }
    out.sort_by(|a, b| (&a.group, &a.month).cmp(&(&b.group, &b.month)));
    out
}

/// `episodes.csv`: the observed figures of the backtests (MODEL.md §10).
fn read_episodes(cx: &mut Cx, t: &Table) -> Vec<PEpisode> {
    let mut out: Vec<PEpisode> = Vec::new();
    if let Err(e) = t.require(&[
        "id",
        "element",
        "figure",
        "window",
        "value",
        "low",
        "high",
        "unit",
        "source",
        "confidence",
        "derivation",
    ]) {
        cx.errors.extend(e);
        return out;
    }
    for r in &t.records {
        let (id, el, fig, window) = (
            t.get(r, "id"),
            t.get(r, "element"),
            t.get(r, "figure"),
            t.get(r, "window"),
        );
        let label = format!("{id} {el} {fig} {window}");
        let loc = Cx::at(r, &label);
        let ok = one_of(cx, &t.file, &loc, "id", id, &schema::EPISODE_IDS)
            & one_of(cx, &t.file, &loc, "element", el, &schema::EPISODE_ELEMENTS)
            & one_of(cx, &t.file, &loc, "figure", fig, &schema::EPISODE_FIGURES);
        let Some(year) = check_window(cx, &t.file, &loc, window) else {
            continue;
        };
        if out
            .iter()
            .any(|e| e.id == id && e.element == el && e.figure == fig && e.window == window)
        {
            cx.err(
                &t.file,
                &loc,
                "duplicate row for this episode, element, figure and window",
            );
        }
        let low = cx.number(&t.file, &loc, "low", t.get(r, "low"));
        let high = cx.number(&t.file, &loc, "high", t.get(r, "high"));
        let cols = FigCols {
            year: Src::Fixed(year),
            ..LONG
        };
        let f = cx.fig(t, r, &label, cols, Some("multiple"), YearRule::Any);
        let (Some(f), Some(low), Some(high), true) = (f, low, high, ok) else {
            continue;
        };
        if !(low > 0.0 && low <= f.value && f.value <= high) {
            cx.err(
                &t.file,
                &loc,
                format!(
                    "low ≤ value ≤ high does not hold ({low} ≤ {} ≤ {high}, low > 0)",
                    f.value
                ),
            );
        }
        out.push(PEpisode {
            id: id.into(),
            element: el.into(),
            figure: fig.into(),
            window: window.into(),
            value: f,
            low,
            high,
        });
    }
    out
}

/// `domestic_prices.csv`: China-domestic oxide prices on a month, US$/kg with the CNY quote.
fn read_domestic_prices(cx: &mut Cx, t: &Table) -> Vec<PDomesticPrice> {
    let mut out: Vec<PDomesticPrice> = Vec::new();
    if let Err(e) = t.require(&[
        "element",
        "date",
        "value",
        "unit",
        "cny_value",
        "source",
        "confidence",
        "derivation",
    ]) {
        cx.errors.extend(e);
        return out;
    }
    for r in &t.records {
        let (el, date) = (t.get(r, "element"), t.get(r, "date"));
        let label = format!("{el} {date}");
        let loc = Cx::at(r, &label);
        let ok = one_of(cx, &t.file, &loc, "element", el, &schema::DOMESTIC_ELEMENTS);
        let Some(year) = check_month(cx, &t.file, &loc, date) else {
            continue;
        };
        if out.iter().any(|p| p.element == el && p.date == date) {
            cx.err(&t.file, &loc, "duplicate row for this element and month");
        }
        let cny = cx.number(&t.file, &loc, "cny_value", t.get(r, "cny_value"));
        if cny.is_some_and(|v| v <= 0.0) {
            cx.err(&t.file, &loc, "cny_value must be positive");
        }
        let cols = FigCols {
            year: Src::Fixed(year),
            ..LONG
        };
        let f = cx.fig(t, r, &label, cols, Some("USD/kg"), YearRule::Any);
        if let (true, Some(f), Some(cny)) = (ok, f, cny) {
            if f.derivation.is_empty() {
                cx.err(
                    &t.file,
                    &loc,
                    "the derivation must give the unit of cny_value and the exchange rate",
                );
            }
            out.push(PDomesticPrice {
                element: el.into(),
                date: date.into(),
                price: f,
                cny_value: cny,
            });
        }
    }
    out
}

fn check_date(cx: &mut Cx, file: &str, loc: &str, d: &str) {
    let parts: Vec<&str> = d.split('-').collect();
    let ok = !parts.is_empty()
        && parts.len() <= 3
        && parts[0].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && parts.iter().skip(1).all(|p| p.len() == 2);
    if !ok {
        cx.err(
            file,
            loc,
            format!("date `{d}` must be YYYY, YYYY-MM or YYYY-MM-DD"),
        );
        return;
    }
    cx.year(file, loc, parts[0]);
}

fn read_policy(cx: &mut Cx, t: &Table) -> Vec<PPolicy> {
    let mut out = Vec::new();
    if let Err(e) = t.require(&["date", "title", "detail", "source"]) {
        cx.errors.extend(e);
        return out;
    }
    for r in &t.records {
        let (date, title) = (t.get(r, "date"), t.get(r, "title"));
        let loc = Cx::at(r, &format!("{date} {title}"));
        check_date(cx, &t.file, &loc, date);
        if title.is_empty() {
            cx.err(&t.file, &loc, "missing title");
        }
        cx.check_sources(&t.file, &loc, t.get(r, "source"));
        out.push(PPolicy {
            date: date.into(),
            title: title.into(),
            detail: t.get(r, "detail").into(),
            source: t.get(r, "source").into(),
        });
    }
    out
}

fn read_presets(cx: &mut Cx, t: &Table) -> Vec<PPreset> {
    let mut out: Vec<PPreset> = Vec::new();
    if let Err(e) = t.require(&["id", "name", "note", "query", "source"]) {
        cx.errors.extend(e);
        return out;
    }
    for r in &t.records {
        let id = t.get(r, "id");
        let loc = Cx::at(r, id);
        if out.iter().any(|p| p.id == id) {
            cx.err(&t.file, &loc, format!("duplicate preset id `{id}`"));
        }
        for c in ["name", "note"] {
            if t.get(r, c).is_empty() {
                cx.err(&t.file, &loc, format!("missing {c}"));
            }
        }
        let query = t.get(r, "query");
        check_query(cx, &t.file, &loc, query);
        cx.check_sources(&t.file, &loc, t.get(r, "source"));
        out.push(PPreset {
            id: id.into(),
            name: t.get(r, "name").into(),
            note: t.get(r, "note").into(),
            query: query.into(),
            source: t.get(r, "source").into(),
        });
    }
    for id in schema::PRESETS {
        if !out.iter().any(|p| p.id == id) {
            cx.err(
                &t.file,
                format!("key {id}"),
                "missing required preset (MODEL.md §8)",
            );
        }
    }
    out
}

/// Checks a preset's query string against the v1 keys and ranges of MODEL.md §2.
fn check_query(cx: &mut Cx, file: &str, loc: &str, q: &str) {
    if q.is_empty() {
        cx.err(file, loc, "empty query");
        return;
    }
    let mut keys = BTreeSet::new();
    for pair in q.split('&') {
        let Some((k, v)) = pair.split_once('=') else {
            cx.err(file, loc, format!("query part `{pair}` is not key=value"));
            continue;
        };
        if !keys.insert(k) {
            cx.err(file, loc, format!("query key `{k}` given twice"));
        }
        let num = v.parse::<f64>().ok();
        let in_range = |lo: f64, hi: f64| num.is_some_and(|n| n >= lo && n <= hi);
        let ok = match k {
            "year" => {
                in_range(f64::from(cx.baseline_year), 2035.0)
                    && num.is_some_and(|n| n.fract() == 0.0)
            }
            "view" => schema::VIEWPOINTS.contains(&v),
            "quota_light" | "quota_heavy" | "quota_magnet" => {
                v == "realised" || in_range(0.0, 100.0)
            }
            "pipeline" => in_range(0.0, 100.0),
            "delay" => in_range(0.0, 6.0),
            "add_mining" | "add_separation" | "add_metal" | "add_magnet" => in_range(0.0, f64::MAX),
            "growth" => in_range(0.0, 15.0),
            "buffer" | "buffer_cn" | "buffer_light" | "buffer_heavy" | "buffer_magnet" => {
                in_range(0.0, 24.0)
            }
            "months" => in_range(1.0, 36.0) && num.is_some_and(|n| n.fract() == 0.0),
            "start" => in_range(1.0, 12.0) && num.is_some_and(|n| n.fract() == 0.0),
            "china_output" => in_range(40.0, 120.0),
            "export_duty" => in_range(0.0, 50.0),
            "panic" | "china_stockpiling" => in_range(0.0, 12.0),
            "ed" | "es" => matches!(v, "low" | "central" | "high") || num.is_some(),
            _ => {
                cx.err(file, loc, format!("unknown query key `{k}` (MODEL.md §2)"));
                continue;
            }
        };
        if !ok {
            cx.err(
                file,
                loc,
                format!("query value `{k}={v}` is out of range (MODEL.md §2)"),
            );
        }
    }
}

/// Checks that need several files or several keys at once.
fn cross_checks(cx: &mut Cx, ds: &ParsedDataset, baseline_file: &str, mine_file: &str) {
    let f = |k: &str| ds.figures.get(k).map(|f| f.value);
    let v = |k: &str| f(k).unwrap_or(0.0);
    let bf = baseline_file;
    let balance = v("checks.world_balance");
    for m in schema::MARKETS {
        let k = |x: &str| format!("market.{m}.{x}");
        let (w, c, fs, cap, d) = (
            v(&k("world_production")),
            v(&k("china_production")),
            v(&k("non_china_supply")),
            v(&k("non_china_capacity")),
            v(&k("demand")),
        );
        if cap < fs {
            cx.err(
                bf,
                format!("key {}", k("non_china_capacity")),
                format!("K = {cap} is below F = {fs}; capacity must be at least production"),
            );
        }
        if (w - c - fs).abs() > balance * w {
            cx.err(
                bf,
                format!("key {}", k("world_production")),
                format!(
                    "W = {w} differs from C + F = {} by more than {} %",
                    c + fs,
                    balance * 100.0
                ),
            );
        }
        if d <= 0.0 {
            cx.err(
                bf,
                format!("key {}", k("demand")),
                "demand must be positive",
            );
        }
        if let Some(rep) = f(&k("reported_exports")) {
            let model = (d - fs).max(0.0);
            let gap = (rep - model).abs();
            let rel = v(&k("export_tolerance"));
            let abs = f(&k("export_tolerance_abs")).unwrap_or(0.0);
            let scale = rep.max(model);
            if gap > abs && gap > rel * scale {
                cx.err(
                    bf,
                    format!("key {}", k("reported_exports")),
                    format!(
                        "reported exports {rep} t and max(0, D − F) = {model} t differ by {gap} t ({:.0} %), beyond the tolerance ±{:.0} % or ±{abs} t",
                        if scale > 0.0 { gap / scale * 100.0 } else { 0.0 },
                        rel * 100.0
                    ),
                );
            }
        }
        for e in ["ed", "es"] {
            let (lo, ce, hi) = (
                v(&k(&format!("{e}.low"))),
                v(&k(&format!("{e}.central"))),
                v(&k(&format!("{e}.high"))),
            );
            let sign_ok = if e == "ed" {
                lo <= 0.0 && ce <= 0.0 && hi <= 0.0
            } else {
                lo >= 0.0 && ce >= 0.0 && hi >= 0.0
            };
            if !(sign_ok && lo.abs() <= ce.abs() && ce.abs() <= hi.abs()) {
                cx.err(bf, format!("key {}", k(e)), format!("{e} low/central/high = {lo}/{ce}/{hi}: need the right sign and |low| ≤ |central| ≤ |high|"));
            }
        }
        if v(&k("backstop")) < 1.0 {
            cx.err(
                bf,
                format!("key {}", k("backstop")),
                format!("multiple {} must be at least 1", v(&k("backstop"))),
            );
        }
        if let (Some(lo), Some(hi)) = (f(&k("demand_low")), f(&k("demand_high"))) {
            if !(lo <= d && d <= hi) {
                cx.err(
                    bf,
                    format!("key {}", k("demand")),
                    format!("demand_low ≤ demand ≤ demand_high does not hold ({lo} ≤ {d} ≤ {hi})"),
                );
            }
        }
        if v(&k("es_cn")) < 0.0 {
            cx.err(
                bf,
                format!("key {}", k("es_cn")),
                "China's supply elasticity must not be negative",
            );
        }
    }
    let comp = v("magnet.ndpr_per_kg") + v("magnet.dy_per_kg") + v("magnet.tb_per_kg");
    if comp > 1.0 {
        cx.err(
            bf,
            "key magnet.*_per_kg",
            format!("magnet content sums to {comp} kg/kg: a share above 100 %"),
        );
    }
    for ore in ["mountain_pass", "mt_weld", "ionic_clay"] {
        let s = v(&format!("conversions.ndpr_share_{ore}"))
            + v(&format!("conversions.dytb_share_{ore}"));
        if s > 1.0 {
            cx.err(
                bf,
                format!("key conversions.*_share_{ore}"),
                format!("ore shares sum to {s}: above 100 %"),
            );
        }
    }
    for vp in schema::VIEWPOINTS {
        for c in schema::CHAINS {
            let key = format!("stage.{vp}.{c}.magnet.recycling");
            if v(&key) != 0.0 {
                cx.err(bf, format!("key {key}"), "R_magnet must be 0: count recycled magnets inside cap_magnet (data-reference §11.3.1 ⚠), else dependency could fall along the chain");
            }
            let key = format!("need.{vp}.{c}");
            if v(&key) <= 0.0 {
                cx.err(bf, format!("key {key}"), "need must be positive");
            }
        }
    }
    view_checks(cx, &v, bf);
    // 2009 snapshot.
    let s = |x: &str| v(&format!("snapshot_2009.{x}"));
    for x in [
        "world_production",
        "china_production",
        "non_china_supply",
        "non_china_capacity",
        "china_consumption",
        "exports",
        "demand",
        "quota_2010",
    ] {
        if s(x) <= 0.0 {
            cx.err(
                bf,
                format!("key snapshot_2009.{x}"),
                "the 2009 snapshot is incomplete: value must be positive",
            );
        }
    }
    if (s("world_production") - s("china_production") - s("non_china_supply")).abs()
        > balance * s("world_production")
    {
        cx.err(
            bf,
            "key snapshot_2009.world_production",
            "W differs from C + F",
        );
    }
    if s("non_china_capacity") < s("non_china_supply") {
        cx.err(bf, "key snapshot_2009.non_china_capacity", "K is below F");
    }
    let (d, ef) = (s("demand"), s("exports") + s("non_china_supply"));
    if (d - ef).abs() > s("export_tolerance") * d.max(ef) {
        cx.err(
            bf,
            "key snapshot_2009.demand",
            format!("D = {d} and E + F = {ef} differ beyond the tolerance"),
        );
    }
    // The 2009 snapshot per market: K ≥ F, E = max(0, D − F) and C = D_cn + E within the
    // snapshot's tolerance (MODEL.md §3 applied to 2009).
    let tol = s("export_tolerance");
    for m in schema::SNAPSHOT_MARKETS {
        let g = |x: &str| v(&format!("snapshot_2009.{m}.{x}"));
        let key = |x: &str| format!("key snapshot_2009.{m}.{x}");
        for x in [
            "demand",
            "china_production",
            "china_consumption",
            "exports",
            "price",
        ] {
            if g(x) <= 0.0 {
                cx.err(
                    bf,
                    key(x),
                    "the 2009 snapshot is incomplete: value must be positive",
                );
            }
        }
        if g("non_china_capacity") < g("non_china_supply") {
            cx.err(bf, key("non_china_capacity"), "K is below F");
        }
        let (e, model) = (g("exports"), (g("demand") - g("non_china_supply")).max(0.0));
        if (e - model).abs() > tol * e.max(model) {
            cx.err(
                bf,
                key("exports"),
                format!("E = {e} and max(0, D − F) = {model} differ beyond the tolerance"),
            );
        }
        let (c, use_e) = (g("china_production"), g("china_consumption") + e);
        if (c - use_e).abs() > tol * c.max(use_e) {
            cx.err(
                bf,
                key("china_production"),
                format!("C = {c} and China's use + E = {use_e} differ beyond the tolerance"),
            );
        }
    }
    // Delivery odds never rise as a project falls back from operating to announced.
    let odds = |st: &str| v(&format!("projects.delivery.{st}"));
    let ladder = [
        "operating",
        "ramping",
        "commissioning",
        "construction",
        "financed",
        "pre-FID",
        "feasibility",
        "announced",
        "stalled",
        "shut",
    ];
    for w in ladder.windows(2) {
        if odds(w[1]) > odds(w[0]) {
            cx.err(
                bf,
                format!("key projects.delivery.{}", w[1]),
                format!(
                    "delivery odds of `{}` ({}) exceed those of `{}` ({})",
                    w[1],
                    odds(w[1]),
                    w[0],
                    odds(w[0])
                ),
            );
        }
    }
    // Mine production: shares of world output sum to at most 100 % (with USGS rounding).
    let rounding = v("checks.mine_production_rounding");
    let years: BTreeSet<u16> = ds.mine_production.iter().map(|m| m.year).collect();
    for y in years {
        let world: Vec<&PMineOutput> = ds
            .mine_production
            .iter()
            .filter(|m| m.year == y && m.world_total)
            .collect();
        if world.len() != 1 {
            cx.err(
                mine_file,
                format!("key World {y}"),
                "each year needs exactly one world_total row",
            );
            continue;
        }
        let w = world[0].output.value;
        let sum: f64 = ds
            .mine_production
            .iter()
            .filter(|m| m.year == y && !m.world_total)
            .map(|m| m.output.value)
            .sum();
        if sum > w * (1.0 + rounding) {
            cx.err(
                mine_file,
                format!("key {y}"),
                format!(
                    "countries sum to {sum} t, more than the world total {w} t: shares above 100 %"
                ),
            );
        }
    }
    let mine = |c: &str| {
        ds.mine_production
            .iter()
            .find(|m| m.country == c && m.year == ds.baseline_year)
            .map(|m| m.output.value)
    };
    for (key, country) in [
        ("headline.world_mine_production", "World"),
        ("headline.china_mine_production", "China"),
        ("headline.us_mine_production", "United States"),
    ] {
        if mine(country) != f(key) {
            cx.err(
                bf,
                format!("key {key}"),
                format!(
                    "differs from mine_production.csv {country} {}",
                    ds.baseline_year
                ),
            );
        }
    }
    if f("headline.china_magnet_exports") != f("market.magnet.reported_exports") {
        cx.err(
            bf,
            "key headline.china_magnet_exports",
            "differs from market.magnet.reported_exports",
        );
    }
}

/// Checks across the viewpoints' rows (issue #16): `exchina` is the whole market outside China,
/// the country views are parts of it and cannot together exceed it; the Japan backtest's range
/// is ordered and its 2010 chain obeys the same rules as the baseline's.
fn view_checks(cx: &mut Cx, v: &dyn Fn(&str) -> f64, bf: &str) {
    for m in schema::MARKETS {
        let key = format!("share.exchina.{m}");
        if v(&key) != 1.0 {
            cx.err(
                bf,
                format!("key {key}"),
                "exchina is all demand outside China: its share must be 1",
            );
        }
        let sum: f64 = schema::COUNTRY_VIEWPOINTS
            .iter()
            .map(|vp| v(&format!("share.{vp}.{m}")))
            .sum();
        if sum > 1.0 + 1e-9 {
            cx.err(
                bf,
                format!("key share.*.{m}"),
                format!(
                    "the country views' shares of {m} demand outside China sum to {sum:.3}: above 100 %"
                ),
            );
        }
    }
    let (lo, hi) = (
        v("backtest.japan.2024.dependency.low"),
        v("backtest.japan.2024.dependency.high"),
    );
    if lo > hi {
        cx.err(
            bf,
            "key backtest.japan.2024.dependency.low",
            format!("low {lo} is above high {hi}"),
        );
    }
    let by = schema::JAPAN_BACKTEST_YEAR;
    for c in schema::CHAINS {
        let key = format!("backtest.japan.{by}.{c}.magnet.recycling");
        if v(&key) != 0.0 {
            cx.err(bf, format!("key {key}"), "R_magnet must be 0: count recycled magnets inside cap_magnet (data-reference §11.3.1 ⚠)");
        }
        let key = format!("backtest.japan.{by}.need.{c}");
        if v(&key) <= 0.0 {
            cx.err(bf, format!("key {key}"), "need must be positive");
        }
    }
}

//! `projects.csv`: announced capacity outside China, and the viewpoints each plant counts for.

use super::cx::{one_of, Cx, FigCols, Src};
use crate::csv::Table;
use crate::schema::{self, YearRule};
use crate::{PProject, PProjectView};
use std::collections::BTreeSet;

pub(super) fn read_projects(cx: &mut Cx, t: &Table) -> Vec<PProject> {
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
    if !cx.has_columns(t, &cols) {
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
pub(super) fn read_project_views(
    cx: &mut Cx,
    file: &str,
    loc: &str,
    cell: &str,
) -> Option<Vec<PProjectView>> {
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
            Some(s) => {
                if let Some((l, h)) = s.split_once('/') {
                    (
                        cx.number(file, loc, "light share", l),
                        cx.number(file, loc, "heavy share", h),
                    )
                } else {
                    let v = cx.number(file, loc, "share", s);
                    (v, v)
                }
            }
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

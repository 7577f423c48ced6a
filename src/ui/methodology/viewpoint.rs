//! Figures for this view: the viewpoint's sourced figures, Japan's 2010–2024 chain backtest, and
//! where the model departs from the record.

use super::{
    derivation_cell, el, figure_cell, figure_unit, format, h3, heads, li, live_at, live_t, msg, p,
    rich, s, section, source_links, stage_phrase, stage_quota, t, table_of, td, td_s, th_row,
    viewpoint_phrase, Chain, Figure, Html, MarketId, Outcome, Reference, Stage, Viewpoint, DATASET,
    NONE,
};
use crate::i18n::{t as text, tr};
use crate::ui::summary::market_name;

/// Source ids that are the project's own choices, not a publication.
const OWN_SOURCES: [&str; 2] = ["EDITORS", "MODEL"];

/// "no published source" when every id of a figure is the project's own.
fn unsourced(f: &Figure) -> bool {
    f.source
        .split_whitespace()
        .all(|id| OWN_SOURCES.contains(&id))
}

/// Every figure the chosen view rests on (MODEL.md §6.1, §7.2): its chain's capacities, recycled
/// feed and need, its share of each market, its buyers' stocks and state stockpile, each with
/// its confidence and sources, and a plain statement where no publication stands behind it.
pub(super) fn view_figures(o: &Outcome, reference: &Reference) -> Html {
    let v = o.view;
    let vi = v as usize;
    let mut rows = Vec::new();
    let mut row = |name: String, path: String, f: &Figure| {
        let mut cells = vec![
            th_row(vec![s(name)]),
            figure_cell(f),
            td_s(figure_unit(f.unit)),
        ];
        let note = derivation_cell(reference, &path);
        if unsourced(f) {
            cells.push(td(vec![msg("m-view-unsourced")]));
        } else {
            cells.push(td(vec![t("")]));
        }
        cells.push(note);
        rows.push(el("tr", NONE, cells));
    };
    for (ci, c) in Chain::ALL.iter().enumerate() {
        let unit = text(&format!("m-view-unit-{}", c.key()));
        let unit = || unit.as_str().into();
        row(
            tr("m-view-need", &[("unit", unit())]),
            format!("needs.{}.need", vi * 2 + ci),
            &DATASET.need(v, *c).need,
        );
        for st in Stage::ALL {
            let r = DATASET.stage(v, *c, st);
            let idx = vi * 8 + ci * 4 + st.index();
            row(
                tr(
                    "m-view-capacity",
                    &[("stage", stage_phrase(st).into()), ("unit", unit())],
                ),
                format!("stages.{idx}.capacity"),
                &r.capacity,
            );
            row(
                tr(
                    "m-view-recycled",
                    &[("stage", stage_phrase(st).into()), ("unit", unit())],
                ),
                format!("stages.{idx}.recycling"),
                &r.recycling,
            );
        }
    }
    let profile = DATASET.view(v);
    for (k, id) in MarketId::ALL.iter().enumerate() {
        row(
            tr("m-view-share", &[("market", market_name(*id).into())]),
            format!("views.{vi}.share.{k}"),
            &profile.share[k],
        );
        row(
            tr("m-view-stocks", &[("market", market_name(*id).into())]),
            format!("views.{vi}.buyers_stock.{k}"),
            &profile.buyers_stock[k],
        );
    }
    // The intro's sentences: what the view rests on, then what it lacks or pools, then where
    // the other views are.
    let mut intro = vec![tr("m-view-intro", &[("who", viewpoint_phrase(v).into())])];
    if v == Viewpoint::Exchina {
        intro.push(text("m-view-pooled"));
    }
    match &profile.state_stockpile {
        Some(f) => row(
            text("m-view-stockpile"),
            format!("views.{vi}.state_stockpile"),
            f,
        ),
        None => intro.push(text("m-view-no-stockpile")),
    }
    intro.push(text("m-view-other"));
    section(
        "m-view",
        vec![
            h3("m-view", "m-nav-view"),
            p(vec![s(intro.join(&text("m-view-join")))]),
            table_of(
                "m-nav-view",
                "m-view-figures",
                vec![s(tr(
                    "m-view-caption",
                    &[("who", viewpoint_phrase(v).into())],
                ))],
                &heads(&[
                    "m-col-figure",
                    "m-col-value-sources",
                    "m-col-unit",
                    "m-col-source",
                    "m-col-note",
                ]),
                rows,
            ),
        ],
    )
}

/// The `japan-2010-2024` backtest beside the record (MODEL.md §6.1).
pub(super) fn japan_backtest(o: &Outcome) -> Html {
    let j = &o.backtest.japan;
    let b = &DATASET.japan_backtest;
    let pct = |path: &'static str, v: f64| live_at(path, v, format::percent(v));
    // The sources of the chains' rows: the 2010 rows and the japan view's 2024 rows.
    let mut ids_2010: Vec<&str> = Vec::new();
    let mut ids_2024: Vec<&str> = Vec::new();
    for c in Chain::ALL {
        let add = |ids: &mut Vec<&'static str>, f: &Figure| {
            for id in f.source.split_whitespace() {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        };
        add(&mut ids_2010, &b.need_2010(c).need);
        add(&mut ids_2024, &DATASET.need(Viewpoint::Japan, c).need);
        for st in Stage::ALL {
            let r = b.stage_2010(c, st);
            add(&mut ids_2010, &r.capacity);
            add(&mut ids_2010, &r.recycling);
            let r = DATASET.stage(Viewpoint::Japan, c, st);
            add(&mut ids_2024, &r.capacity);
            add(&mut ids_2024, &r.recycling);
        }
    }
    let rows = vec![
        el(
            "tr",
            NONE,
            vec![
                th_row(vec![t("2010")]),
                td(vec![
                    pct("backtest.japan.recorded_2010", j.recorded_2010),
                    source_links(j.recorded_2010_source),
                ]),
                td(vec![pct(
                    "backtest.japan.model_2010.light.magnet",
                    j.model_2010.light.magnet,
                )]),
                td(vec![pct(
                    "backtest.japan.model_2010.heavy.magnet",
                    j.model_2010.heavy.magnet,
                )]),
                td(vec![source_links(&ids_2010.join(" "))]),
            ],
        ),
        el(
            "tr",
            NONE,
            vec![
                th_row(vec![t("2024")]),
                td(vec![
                    pct("backtest.japan.recorded_2024_low", j.recorded_2024_low),
                    t(" – "),
                    pct("backtest.japan.recorded_2024_high", j.recorded_2024_high),
                    source_links(&j.recorded_2024_source),
                ]),
                td(vec![pct(
                    "backtest.japan.model_2024.light.magnet",
                    j.model_2024.light.magnet,
                )]),
                td(vec![pct(
                    "backtest.japan.model_2024.heavy.magnet",
                    j.model_2024.heavy.magnet,
                )]),
                td(vec![source_links(&ids_2024.join(" "))]),
            ],
        ),
    ];
    let light_below = j.model_2024.light.magnet < j.recorded_2024_low;
    let heavy_above = j.model_2024.heavy.magnet > j.recorded_2024_high;
    let pc = |v: f64| format::percent(v).into();
    let gap = match (light_below, heavy_above) {
        (true, true) => text("m-japan-both"),
        (true, false) => text("m-japan-light-below"),
        (false, true) => text("m-japan-heavy-above"),
        (false, false) => String::new(),
    };
    let verdict = tr(
        "m-japan-verdict",
        &[
            ("light_2010", pc(j.model_2010.light.magnet)),
            ("recorded_2010", pc(j.recorded_2010)),
            ("light_2024", pc(j.model_2024.light.magnet)),
            ("heavy_2024", pc(j.model_2024.heavy.magnet)),
            ("low", pc(j.recorded_2024_low)),
            ("high", pc(j.recorded_2024_high)),
            ("gap", gap.into()),
        ],
    );
    el(
        "div",
        NONE,
        vec![
            p(vec![msg("m-japan-intro")]),
            table_of(
                "m-japan-label",
                "m-japan",
                vec![msg("m-japan-caption")],
                &heads(&[
                    "m-col-year",
                    "m-col-recorded",
                    "m-col-model-light",
                    "m-col-model-heavy",
                    "m-col-chain-sources",
                ]),
                rows,
            ),
            p(vec![s(verdict)]),
        ],
    )
}

pub(super) fn deviations(o: &Outcome) -> Html {
    let sc = &o.scenario.scenario;
    let group = |c: Chain, st: Stage| format::percent(stage_quota(sc, c, st)).into();
    section(
        "m-deviations",
        vec![
            h3("m-deviations", "m-dev-title"),
            el(
                "ul",
                NONE,
                vec![
                    li(vec![s(tr(
                        "m-dev-quota",
                        &[
                            ("light", group(Chain::Light, Stage::Mining)),
                            ("light_magnet", group(Chain::Light, Stage::Magnet)),
                            ("heavy", group(Chain::Heavy, Stage::Mining)),
                            ("heavy_magnet", group(Chain::Heavy, Stage::Magnet)),
                        ],
                    ))]),
                    li(vec![msg("m-dev-replay")]),
                    li(vec![s(tr(
                        "m-dev-draws",
                        &[
                            ("draws", format::thousands(o.draws as f64).into()),
                            (
                                "timeline",
                                format::thousands(o.timeline_draws as f64).into(),
                            ),
                            // "the first 0 of the same draws" on a replay, which has no timeline.
                            (
                                "timeline_drawn",
                                crate::i18n::yes_no(o.timeline_draws > 0).into(),
                            ),
                        ],
                    ))]),
                    li(vec![msg("m-dev-times")]),
                    li(vec![msg("m-dev-typed")]),
                    magnet_exports_note(o),
                ],
            ),
        ],
    )
}

/// The magnet market's normal exports (`magnet::solve_magnet`'s documented deviation from
/// MODEL.md §4–§5): this scenario's figure beside the literal formula's, and the exports it
/// lets out.
fn magnet_exports_note(o: &Outcome) -> Html {
    let i = &o.markets.magnet.inputs;
    let mut item = vec![msg("m-dev-magnet")];
    // The 2009 replay has no magnet market: nothing of this scenario to say.
    if let Some(c) = i.magnet.as_ref().filter(|_| o.has_market(MarketId::Magnet)) {
        item.push(t(" "));
        let restricted = crate::i18n::yes_no(crate::ui::summary::restricted(o));
        item.extend(rich(
            "m-dev-magnet-scenario",
            &[("restricted", restricted.into())],
            vec![
                (
                    "output",
                    live_t(
                        "markets.magnet.inputs.magnet.non_china_output",
                        c.non_china_output,
                    ),
                ),
                (
                    "exports",
                    live_t(
                        "markets.magnet.inputs.magnet.normal_exports",
                        c.normal_exports,
                    ),
                ),
                (
                    "literal",
                    live_t("markets.magnet.inputs.normal_exports", i.normal_exports),
                ),
                (
                    "allowed",
                    live_t("markets.magnet.inputs.allowed_exports", i.allowed_exports),
                ),
                (
                    "magnet_exports",
                    live_t(
                        "markets.magnet.inputs.magnet.allowed_exports",
                        c.allowed_exports,
                    ),
                ),
            ],
        ));
    }
    li(item)
}

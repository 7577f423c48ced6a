//! Figures for this view: the viewpoint's sourced figures, Japan's 2010–2024 chain backtest, and
//! where the model departs from the record.

use super::{
    derivation_cell, el, figure_cell, format, h3, li, live_at, market_label, p, s, section,
    source_links, stage_phrase, stage_quota, t, table, td, th_row, viewpoint_phrase, AttrValue,
    Chain, Figure, Html, MarketId, Outcome, Reference, Stage, Viewpoint, DATASET, NONE,
};

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
        let mut cells = vec![th_row(vec![s(name)]), figure_cell(f), td(vec![t(f.unit)])];
        let note = derivation_cell(reference, &path);
        if unsourced(f) {
            cells.push(td(vec![t(
                "No published source: the editors' or the model's assumption.",
            )]));
        } else {
            cells.push(td(vec![t("")]));
        }
        cells.push(note);
        rows.push(el("tr", NONE, cells));
    };
    for (ci, c) in Chain::ALL.iter().enumerate() {
        let unit = match c {
            Chain::Light => "light chain (NdPr-oxide eq.)",
            Chain::Heavy => "heavy chain (Dy+Tb-oxide eq.)",
        };
        row(
            format!("Need N, {unit}"),
            format!("needs.{}.need", vi * 2 + ci),
            &DATASET.need(v, *c).need,
        );
        for st in Stage::ALL {
            let r = DATASET.stage(v, *c, st);
            let idx = vi * 8 + ci * 4 + st.index();
            row(
                format!("China-free capacity, {}, {unit}", stage_phrase(st)),
                format!("stages.{idx}.capacity"),
                &r.capacity,
            );
            row(
                format!("Recycled feed, {}, {unit}", stage_phrase(st)),
                format!("stages.{idx}.recycling"),
                &r.recycling,
            );
        }
    }
    let profile = DATASET.view(v);
    for (k, id) in MarketId::ALL.iter().enumerate() {
        row(
            format!("Share of demand outside China, {}", market_label(*id)),
            format!("views.{vi}.share.{k}"),
            &profile.share[k],
        );
        row(
            format!("Buyers' stocks, {}", market_label(*id)),
            format!("views.{vi}.buyers_stock.{k}"),
            &profile.buyers_stock[k],
        );
    }
    let stockpile = match &profile.state_stockpile {
        Some(f) => {
            row(
                "State stockpile".to_string(),
                format!("views.{vi}.state_stockpile"),
                f,
            );
            String::new()
        }
        None => " It has no state, so no state stockpile.".to_string(),
    };
    let pooled = if v == Viewpoint::Exchina {
        " Its buyers' stocks are the markets' buffers, which the buffer key sets."
    } else {
        ""
    };
    section(
        "m-view",
        vec![
            h3("m-view", "Figures for this view"),
            p(vec![s(format!(
                "The figures {} rests on, from the dataset (2024 unless the table says otherwise): its chain (MODEL.md §6, §6.1) and its cover against its share of the shortfall (§7.2).{pooled}{stockpile} Choose another view in the calculator to see its figures; the dataset download holds all six.",
                viewpoint_phrase(v)
            ))]),
            table(
                AttrValue::Static("Figures for this view"),
                AttrValue::Static("m-view-figures"),
                vec![s(format!("Figures for {} (source and confidence)", viewpoint_phrase(v)))],
                &["Figure", "Value (confidence) sources", "Unit", "Source", "Note"],
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
    let verdict = format!(
        "In 2010 the model's light chain gives {} against the recorded {}. In 2024 the light chain gives {} and the heavy chain {}, against the recorded {} – {}{}. The recorded figure is China's share of Japan's rare-earth imports by tonnage, all rare earths together; the model's is the §6 chain dependency mine to magnet, for NdPr and for Dy+Tb separately. They are not the same measure: the 2024 gap says as much about the definitions as about the model.",
        format::percent(j.model_2010.light.magnet),
        format::percent(j.recorded_2010),
        format::percent(j.model_2024.light.magnet),
        format::percent(j.model_2024.heavy.magnet),
        format::percent(j.recorded_2024_low),
        format::percent(j.recorded_2024_high),
        match (light_below, heavy_above) {
            (true, true) => ": one below the record, the other above it",
            (true, false) => ": the light chain below the record",
            (false, true) => ": the heavy chain above the record",
            (false, false) => "",
        }
    );
    el(
        "div",
        NONE,
        vec![
            p(vec![t("Japan is the one buyer on record that cut its dependence on China after 2010. The model's chain \
                  dependency for Japan's 2010 chain (its magnet output and Showa Denko's scrap recovery as its only China-free \
                  separation) and its 2024 chain (the japan view, with the Lynas offtake), beside the recorded share:")]),
            table(
                AttrValue::Static("Japan's dependency, 2010 and 2024"),
                AttrValue::Static("m-japan"),
                vec![t("China's share of Japan's rare-earth imports (recorded) and the model's mine-to-magnet dependency")],
                &["Year", "Recorded (sources)", "Model, light chain", "Model, heavy chain", "Chain rows' sources"],
                rows,
            ),
            p(vec![s(verdict)]),
        ],
    )
}

pub(super) fn deviations(o: &Outcome) -> Html {
    let sc = &o.scenario.scenario;
    let group = |c: Chain, st: Stage| format::percent(stage_quota(sc, c, st));
    section(
        "m-deviations",
        vec![
            h3("m-deviations", "Choices where MODEL.md leaves room, and deviations from it"),
            el("ul", NONE, vec![
                li(vec![t("Supply at risk uses the quota of the group whose flows pass the stage: light or heavy rare earths for \
                       mining, separation and metal (ore, oxide and metal are what the light and heavy quotas restrict), \
                       and the magnet quota for magnet making (its flows are magnets). In this scenario: light chain "),
                    s(format!("{} at mining, separation and metal, {} at magnet making; heavy chain {} and {}.",
                        group(Chain::Light, Stage::Mining), group(Chain::Light, Stage::Magnet),
                        group(Chain::Heavy, Stage::Mining), group(Chain::Heavy, Stage::Magnet)))]),
                li(vec![t("The 2010 replay uses the NdPr elasticity set and backstop (the 2010 quota bound mostly light rare \
                       earths, and the NdPr set is the light set the dataset carries) and compares with neodymium oxide's \
                       annual-average move, not the peak, because the replay describes a year-long restriction. Both choices \
                       were made before looking at the result.")]),
                li(vec![s(format!("The scenario year's ranges use {} draws; the other years of the timeline use the first {} of the \
                       same draws, so their bands are coarser. The same random numbers serve every scenario, so two \
                       scenarios are compared on the same draws.", format::thousands(o.draws as f64), format::thousands(o.timeline_draws as f64)))]),
                li(vec![t("Time to survive is the shortest over the four markets, time to recover the longest; the card names \
                       the market that goes short first. A market China does not normally export (nothing to cut) is not \
                       restricted by an export share, so its buyers do not panic over it.")]),
                li(vec![t("A number typed for an elasticity set (instead of low, central or high) replaces the central value of \
                       every market and becomes the mode of its draws, widening the range if it lies outside it.")]),
                magnet_exports_note(o),
            ]),
        ],
    )
}

/// The magnet market's normal exports (`magnet::solve_magnet`'s documented deviation from
/// MODEL.md §4–§5): this scenario's figure beside the literal formula's, and the exports it
/// lets out.
fn magnet_exports_note(o: &Outcome) -> Html {
    let i = &o.markets.magnet.inputs;
    let mut item = vec![t("Magnets: China's normal magnet exports are measured against what magnet makers outside China actually \
               supply in the scenario, E_t = max(0, D_t − X_t), where X_t = min(K*, F_t · (m ÷ c_ex)^es) once the price \
               covers their costs (m ≥ c_ex) and nothing below, instead of MODEL.md's max(0, D_t − F_t). Without a shock \
               to NdPr, Dy or Tb the two are the same (X_t = F_t). With one, the literal formula would let new capacity \
               outside China cut China's allowed exports by more than it adds in magnets, so more capacity could raise \
               the magnet price and faster growth lower it, against the model's own invariants (MODEL.md §9).")];
    if let Some(c) = &i.magnet {
        item.extend([
            t(" In this scenario (12-month averages) makers outside China supply X_t = "),
            live_at(
                "markets.magnet.inputs.magnet.non_china_output",
                c.non_china_output,
                format::thousands(c.non_china_output),
            ),
            t(" t, so E_t = "),
            live_at(
                "markets.magnet.inputs.magnet.normal_exports",
                c.normal_exports,
                format::thousands(c.normal_exports),
            ),
            t(" t; the literal formula gives "),
            live_at(
                "markets.magnet.inputs.normal_exports",
                i.normal_exports,
                format::thousands(i.normal_exports),
            ),
            t(" t, of which China lets out "),
            live_at(
                "markets.magnet.inputs.allowed_exports",
                i.allowed_exports,
                format::thousands(i.allowed_exports),
            ),
            t(" t a year while restricted. China's magnet exports over the 12 months come to "),
            live_at(
                "markets.magnet.inputs.magnet.allowed_exports",
                c.allowed_exports,
                format::thousands(c.allowed_exports),
            ),
            t(" t."),
        ]);
    }
    li(item)
}

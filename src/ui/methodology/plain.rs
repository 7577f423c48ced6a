//! The methodology page's first section: the model in plain language, with the scenario's own numbers.

use super::{
    el, el_dyn, format, li, live, live_at, live_mult, live_span, maybe_value, most_moved, p, rich,
    s, section, viewpoint_phrase, AttrValue, Html, Outcome, NONE,
};
use crate::i18n::{t as msg, yes_no};

pub(super) fn plain_language(o: &Outcome) -> Html {
    let mag = &o.markets.magnet.inputs;
    let top = most_moved(o);
    let k = top.id.key();
    let market = crate::ui::summary::market_name(top.id);
    let average = live_mult(
        format!("markets.{k}.multiplier.central"),
        top.multiplier.central,
        top,
    );
    let peak = live_mult(format!("markets.{k}.peak.central"), top.peak.central, top);
    let china = live(
        format!("markets.{k}.china_multiplier.central"),
        top.china_multiplier.central,
        format::multiplier(top.china_multiplier.central),
    );
    let unmet = live(
        format!("markets.{k}.unmet_share.central"),
        top.unmet_share.central,
        format::percent(top.unmet_share.central),
    );
    let survive = live_span(
        "time_to_survive_months.central".into(),
        maybe_value(o.time_to_survive_months.central),
        crate::ui::summary::survive_text(o),
    );
    let recover = live_span(
        "time_to_recover_months.central".into(),
        maybe_value(o.time_to_recover_months.central),
        crate::ui::summary::recover_text(o),
    );
    let months_text = [
        ("start", format::month(&o.path_start)),
        ("market", market),
        ("peak_month", format::month(&top.peak_month)),
    ];
    let example = if crate::ui::summary::restricted(o) {
        let mut example = rich(
            "m-plain-example",
            &months_text,
            vec![("average", average), ("peak", peak), ("china", china)],
        );
        if top.at_backstop {
            example.extend(rich("m-plain-example-unmet", &[], vec![("unmet", unmet)]));
        }
        example.extend(rich(
            "m-plain-example-end",
            &[
                (
                    "short",
                    yes_no(o.time_to_survive_months.central.is_some()).into(),
                ),
                (
                    "back",
                    yes_no(o.time_to_recover_months.central.is_some()).into(),
                ),
                ("shown", format::thousands(top.path.len() as f64)),
            ],
            vec![("survive", survive), ("recover", recover)],
        ));
        example
    } else {
        // Nothing moves: no market to single out, no time to tell.
        rich("m-plain-example-none", &months_text[..1], vec![])
    };
    let months = live_at(
        "markets.magnet.inputs.months",
        mag.months as f64,
        format::months(Some(mag.months as f64)),
    );
    let output = live_at(
        "markets.magnet.inputs.china_output",
        mag.china_output,
        format::percent(mag.china_output),
    );
    let duty = live_at(
        "markets.magnet.inputs.export_duty",
        mag.export_duty,
        format::percent(mag.export_duty),
    );
    let buffer = live_at(
        "markets.magnet.inputs.buffer",
        mag.buffer,
        format::months(Some(mag.buffer)),
    );
    let panic = live_at(
        "markets.magnet.inputs.panic",
        mag.panic,
        format::months(Some(mag.panic)),
    );
    let backstop = live_at(
        "markets.magnet.inputs.backstop",
        mag.backstop,
        format::multiplier(mag.backstop),
    );
    section(
        "m-plain",
        vec![
            el_dyn(
                "h3",
                &["id"],
                vec![AttrValue::Static("m-plain")],
                vec![s(msg("m-plain-title"))],
            ),
            p(vec![s(msg("m-plain-what"))]),
            p(vec![s(msg("m-plain-path"))]),
            el(
                "ul",
                NONE,
                vec![
                    li(rich(
                        "m-plain-months",
                        &[],
                        vec![("months", months), ("output", output), ("duty", duty)],
                    )),
                    li(rich(
                        "m-plain-stocks",
                        &[],
                        vec![("buffer", buffer), ("panic", panic)],
                    )),
                    li(vec![s(msg("m-plain-market"))]),
                    li(rich("m-plain-backstop", &[], vec![("backstop", backstop)])),
                    li(vec![s(msg("m-plain-figures"))]),
                ],
            ),
            p(example),
            p(vec![s(crate::i18n::tr(
                "m-plain-dependency",
                &[
                    ("who", viewpoint_phrase(o.view).into()),
                    ("draws", format::thousands(o.draws as f64).into()),
                    ("seed", o.seed.to_string().into()),
                ],
            ))]),
            p(vec![s(msg("m-plain-not-forecast"))]),
        ],
    )
}

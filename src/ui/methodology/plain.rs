//! The methodology page's first section: the model in plain language, with the scenario's own numbers.

use super::*;

pub(super) fn plain_language(o: &Outcome) -> Html {
    let mag = &o.markets.magnet.inputs;
    let top = most_moved(o);
    let k = top.id.key();
    let mut example = vec![s(format!(
        "In the scenario on screen the path starts in {}. {} moves most: outside China its price averages ",
        format::month(&o.path_start),
        top.name
    ))];
    example.extend([
        live_mult(
            format!("markets.{k}.multiplier.central"),
            top.multiplier.central,
            top,
        ),
        s(format!(
            " over the first 12 months, and its highest month, {}, reaches ",
            format::month(&top.peak_month)
        )),
        live_mult(format!("markets.{k}.peak.central"), top.peak.central, top),
        t("; inside China it averages "),
        live(
            format!("markets.{k}.china_multiplier.central"),
            top.china_multiplier.central,
            format::multiplier(top.china_multiplier.central),
        ),
    ]);
    if top.at_backstop {
        example.extend([
            t(", and "),
            live(
                format!("markets.{k}.unmet_share.central"),
                top.unmet_share.central,
                format::percent(top.unmet_share.central),
            ),
            t(" of demand outside China goes unmet over those 12 months"),
        ]);
    }
    example.push(t(". Buyers go short after "));
    example.push(live_span(
        "time_to_survive_months.central".into(),
        maybe_value(o.time_to_survive_months.central),
        crate::ui::summary::survive_text(o),
    ));
    example.push(t(", and prices are back within 10 % of normal after "));
    example.push(live_span(
        "time_to_recover_months.central".into(),
        maybe_value(o.time_to_recover_months.central),
        crate::ui::summary::recover_text(o),
    ));
    example.push(t("."));
    section(
        "m-plain",
        vec![
            h3("m-plain", "The model in plain language"),
            p(vec![t("The calculator is a transparent, partial-equilibrium model of four markets with a price — NdPr oxide, \
                  dysprosium oxide, terbium oxide and sintered NdFeB magnets — and of the mine-to-magnet chain \
                  (mining, separation into oxides, metal and alloy making, magnet making) for light and heavy rare earths.")]),
            p(vec![t("Starting from a sourced 2024 baseline, it grows demand to the scenario year and adds the announced \
                  projects outside China by their chance of delivery and their ramp-up. Then it follows each market month \
                  by month for 36 months:")]),
            el("ul", NONE, vec![
                li(vec![
                    t("Months. The restriction lasts "),
                    live_at("markets.magnet.inputs.months", mag.months as f64, format::months(Some(mag.months as f64))),
                    t(". While it lasts, only the share of China's normal exports you set actually leaves China, China's \
                       own output can be cut or raised (here "),
                    live_at("markets.magnet.inputs.china_output", mag.china_output, format::percent(mag.china_output)),
                    t(" of normal) and an export duty can be charged (here "),
                    live_at("markets.magnet.inputs.export_duty", mag.export_duty, format::percent(mag.export_duty)),
                    t("). After it, exports flow freely again."),
                ]),
                li(vec![
                    t("Stocks. Buyers outside China start with stocks (for magnets here "),
                    live_at("markets.magnet.inputs.buffer", mag.buffer, format::months(Some(mag.buffer))),
                    t(" of demand). They draw them down while the price is high and rebuild them when it falls back, \
                       closing a share of the gap each month. While the restriction lasts they also try to add "),
                    live_at("markets.magnet.inputs.panic", mag.panic, format::months(Some(mag.panic))),
                    t(" of cover (panic buying), which pushes prices up early. Stocks held in China follow the same rule."),
                ]),
                li(vec![t("One world market that can split. While China's exports are not limited, one price clears the \
                       world, with the duty on top outside China. When the export limit binds, the market splits: outside \
                       China the price rises until buyers use less, draw on their stocks and suppliers outside China make \
                       more; inside China the withheld material stays home and the price falls, unless China cuts its \
                       own output or builds its own stocks. The magnet market follows the oxide prices of the same month \
                       through its makers' material costs.")]),
                li(vec![
                    t("The backstop. At B times the 2024 price (for magnets "),
                    live_at("markets.magnet.inputs.backstop", mag.backstop, format::multiplier(mag.backstop)),
                    t(") buyers switch technology rather than pay more. If even that does not close the gap, the rest of \
                       demand goes unmet, and the price that would clear the market is higher still: the calculator then \
                       says \u{201c}at least ×B\u{201d} and gives the unmet share, never a bare ×B."),
                ]),
                li(vec![t("What the figures are. Prices are the 12-month average of the path (its first 12 months, what \
                       annual statistics report) and its peak month; time to survive counts the months until buyers first \
                       go short (demand unmet, or stocks under 10 % of their start), time to recover the months until the \
                       price outside China is back within 10 % of normal.")]),
            ]),
            p(example),
            p(vec![s(format!("Dependency is the share of {}'s need that cannot be met by China-free output at each stage, \
                  stage by stage down the chain. Every figure comes with a range from {} model runs that draw the \
                  elasticities, the stock behaviour (θ, λ and panic buying) and which projects are delivered (seed {}); \
                  the central figure uses central values and expected capacity.",
                  viewpoint_phrase(o.view), format::thousands(o.draws as f64), o.seed))]),
            p(vec![t("The path is not a forecast of next month's spot price: it shows what a restriction of this length and \
                  strength does to markets with these stocks and these elasticities.")]),
        ],
    )
}

//! The sources behind each chart, for its PNG footer and the printed card.

use crate::data::{MarketId, DATASET};
use crate::i18n::{t, tr};
use crate::ui::charts::ChartId;

/// The source ids behind one chart, most used first (ties in dataset order), read from the
/// figures it draws: the chain's stage baselines and needs; the markets' baselines and
/// elasticities; the markets and the projects for the timeline; the products and the magnet
/// price for exposure.
pub fn chart_source_ids(chart: ChartId) -> Vec<&'static str> {
    let mut raw: Vec<&'static str> = Vec::new();
    let markets = |raw: &mut Vec<&'static str>| {
        for m in &DATASET.markets {
            for f in [
                &m.demand,
                &m.non_china_supply,
                &m.non_china_capacity,
                &m.china_production,
                &m.price,
                &m.ed.central,
                &m.es.central,
                &m.backstop,
            ] {
                raw.push(f.source);
            }
        }
    };
    match chart {
        ChartId::Chain => {
            for st in &DATASET.stages {
                raw.push(st.capacity.source);
                raw.push(st.recycling.source);
            }
            for n in &DATASET.needs {
                raw.push(n.need.source);
            }
        }
        ChartId::Price | ChartId::Race => markets(&mut raw),
        ChartId::Drivers => {
            markets(&mut raw);
            let (b, sens) = (&DATASET.behaviour, &DATASET.sensitivity);
            for r in [&b.theta, &b.lambda, &b.panic] {
                raw.extend([r.low.source, r.high.source]);
            }
            for f in [sens.buffer, sens.pipeline, sens.delay, sens.growth] {
                raw.extend(f.map(|x| x.source));
            }
        }
        ChartId::Timeline => {
            markets(&mut raw);
            for p in DATASET.projects {
                raw.push(p.source);
            }
        }
        ChartId::Exposure => {
            for p in DATASET.products {
                raw.push(p.magnet_kg.source);
                raw.push(p.dy_tb_kg.source);
            }
            raw.push(DATASET.market(MarketId::Magnet).price.source);
        }
    }
    let used: Vec<&str> = raw.iter().flat_map(|s| s.split_whitespace()).collect();
    let mut ids: Vec<(usize, usize, &'static str)> = DATASET
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (used.iter().filter(|u| **u == s.id).count(), i, s.id))
        .filter(|(n, _, _)| *n > 0)
        .collect();
    ids.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ids.into_iter().map(|(_, _, id)| id).collect()
}

/// Publishers named in a chart's footer; the rest are counted ("and 12 more").
const FOOTER_PUBLISHERS: usize = 5;

/// "Sources: U.S. Geological Survey; IEA; … and 12 more (Sources & data in the calculator)"
/// for a chart's footer: the publishers behind its figures, most used first.
pub fn chart_sources_line(chart: ChartId) -> String {
    let mut publishers: Vec<&str> = Vec::new();
    for id in chart_source_ids(chart) {
        if let Some(s) = DATASET.source(id) {
            let name = if s.publisher.is_empty() {
                s.id
            } else {
                s.publisher
            };
            if !name.is_empty() && !publishers.contains(&name) {
                publishers.push(name);
            }
        }
    }
    if publishers.is_empty() {
        return t("export-sources-none");
    }
    let more = publishers.len().saturating_sub(FOOTER_PUBLISHERS);
    publishers.truncate(FOOTER_PUBLISHERS);
    if more > 0 {
        tr(
            "export-sources-more",
            &[
                ("list", publishers.join("; ").into()),
                ("more", crate::ui::format::thousands(more as f64).into()),
            ],
        )
    } else {
        tr("export-sources", &[("list", publishers.join("; ").into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chart_has_sources() {
        for id in ChartId::ALL {
            assert!(!chart_source_ids(id).is_empty(), "{id}");
            assert!(chart_sources_line(id).starts_with("Sources: "), "{id}");
        }
    }
}

//! The sources behind each chart, for its PNG footer and the printed card.

use crate::data::{MarketId, DATASET};
use crate::i18n::{t, tr};
use crate::model::SNAPSHOT_YEAR;
use crate::ui::charts::ChartId;

/// The source ids behind one chart, most used first (ties in dataset order), read from the
/// figures it draws: the chain's stage baselines and needs; the markets' baselines and
/// elasticities; the markets and the projects for the timeline; the products and the magnet
/// price for exposure. On the 2009 replay (`replay`, MODEL.md §8) the markets are 2009's, with
/// today's elasticities and backstops, and the exports that actually left China in 2010–11.
pub fn chart_source_ids(chart: ChartId, replay: bool) -> Vec<&'static str> {
    let mut raw: Vec<&'static str> = Vec::new();
    let markets = |raw: &mut Vec<&'static str>| {
        if replay {
            let sn = &DATASET.snapshot_2009;
            for m in MarketId::ALL.iter().filter_map(|id| sn.market(*id)) {
                for f in [
                    &m.demand,
                    &m.non_china_supply,
                    &m.non_china_capacity,
                    &m.china_production,
                    &m.china_consumption,
                    &m.exports,
                    &m.price,
                ] {
                    raw.push(f.source);
                }
                let today = DATASET.market(m.id);
                for f in [&today.ed.central, &today.es.central, &today.backstop] {
                    raw.push(f.source);
                }
            }
            raw.push(sn.production_quota_2011.source);
            let years = [SNAPSHOT_YEAR + 1, SNAPSHOT_YEAR + 2].map(|y| y.to_string());
            for e in DATASET.export_shares {
                if years.iter().any(|y| e.month.starts_with(y.as_str())) {
                    raw.push(e.share.source);
                }
            }
            return;
        }
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
pub fn chart_sources_line(chart: ChartId, replay: bool) -> String {
    let mut publishers: Vec<&str> = Vec::new();
    for id in chart_source_ids(chart, replay) {
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
            assert!(!chart_source_ids(id, false).is_empty(), "{id}");
            assert!(
                chart_sources_line(id, false).starts_with("Sources: "),
                "{id}"
            );
        }
    }

    #[test]
    fn the_replay_cites_2009_and_what_left_china() {
        let (today, replay) = (
            chart_source_ids(ChartId::Price, false),
            chart_source_ids(ChartId::Price, true),
        );
        let sn = &DATASET.snapshot_2009;
        for f in [sn.ndpr.price, sn.dy.demand, sn.production_quota_2011] {
            for id in f.source.split_whitespace() {
                assert!(replay.contains(&id), "{id} in {replay:?}");
            }
        }
        let exports_2011 = DATASET
            .export_shares
            .iter()
            .find(|e| e.month.starts_with("2011"))
            .map(|e| e.share.source);
        assert!(exports_2011.is_some_and(|s| s.split_whitespace().all(|id| replay.contains(&id))));
        assert_ne!(today, replay);
    }
}

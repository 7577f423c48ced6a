//! Writing a scenario back as a query: canonical (every key), short (what differs from the
//! preset) and pinned (the dataset's values written out). Each round-trips through the parser.

use super::notice::fmt_num;
use super::{Scenario, ScenarioKey, BY_STATUS, MODEL_VERSION, REALISED, URL_VERSION};
use crate::data::{Dataset, MarketId};

impl Scenario {
    /// The value of one key as written in the URL; `None` for an unset optional key (the
    /// dataset's value applies) or no preset.
    pub fn query_value(&self, key: ScenarioKey) -> Option<String> {
        if let Some(g) = key.quota_group() {
            if self.realised[g] {
                return Some(REALISED.to_string());
            }
        }
        if key == ScenarioKey::Pipeline && self.pipeline_by_status {
            return Some(BY_STATUS.to_string());
        }
        match key {
            ScenarioKey::View => Some(self.view.key().to_string()),
            ScenarioKey::Ed => Some(self.ed.to_query_value()),
            ScenarioKey::Es => Some(self.es.to_query_value()),
            ScenarioKey::Preset => self.preset.clone(),
            k => {
                let v = self.number(k);
                (!v.is_nan()).then(|| fmt_num(v))
            }
        }
    }

    /// The canonical query: every meaning-bearing key, then `v`, `d` (data vintage) and `m`
    /// (model version). `Scenario::from_query(&s.to_query(d), d) == s`.
    pub fn to_query(&self, d: &Dataset) -> String {
        let mut w = form_urlencoded::Serializer::new(String::new());
        for key in ScenarioKey::ALL {
            if let Some(v) = self.query_value(key) {
                w.append_pair(key.name(), &v);
            }
        }
        w.append_pair("v", URL_VERSION);
        w.append_pair("d", d.vintage);
        w.append_pair("m", MODEL_VERSION);
        w.finish()
    }

    /// The pinned query: [`Scenario::to_query`] with the dataset's value written out for every
    /// key left to it (stocks, China's stocks, panic), so that no later dataset can move the
    /// numbers of a pinned embed.
    pub fn to_pinned_query(&self, d: &Dataset) -> String {
        let mut s = self.clone();
        let m = |id: MarketId| d.market(id);
        let shown = m(MarketId::Magnet).buffer.value;
        for (g, id) in [
            (0, MarketId::Ndpr),
            (1, MarketId::Dy),
            (2, MarketId::Magnet),
        ] {
            s.buffer_group[g] = Some(self.buffer_for(id as usize).unwrap_or(m(id).buffer.value));
        }
        s.buffer = Some(self.buffer.unwrap_or(shown));
        s.buffer_cn = Some(
            self.buffer_cn
                .unwrap_or(m(MarketId::Magnet).buffer_cn.value),
        );
        s.panic = Some(self.panic.unwrap_or(d.behaviour.panic.central.value));
        s.to_query(d)
    }

    /// The short query: the preset (if any), the keys that differ from what the preset (or the
    /// defaults) would give, and `v`. Also round-trips.
    pub fn to_short_query(&self, d: &Dataset) -> String {
        let base = match &self.preset {
            Some(id) => Scenario::from_query(&format!("preset={id}"), d),
            None => Scenario::default_for(d),
        };
        let mut w = form_urlencoded::Serializer::new(String::new());
        for key in ScenarioKey::ALL {
            let v = self.query_value(key);
            if v != base.query_value(key) || (key == ScenarioKey::Preset && v.is_some()) {
                if let Some(v) = v {
                    w.append_pair(key.name(), &v);
                }
            }
        }
        w.append_pair("v", URL_VERSION);
        w.finish()
    }
}

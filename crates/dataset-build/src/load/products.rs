//! `products.csv`: magnet and Dy/Tb content per product.

use super::cx::{Cx, FigCols, Src};
use crate::csv::Table;
use crate::schema::YearRule;
use crate::PProduct;
use std::collections::BTreeSet;

pub(super) fn read_products(cx: &mut Cx, t: &Table) -> Vec<PProduct> {
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
    if !cx.has_columns(t, &cols) {
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

//! New capacity by year: announced projects and the `add_*` sliders (MODEL.md §4).

use super::scenario::{Scenario, FIRST_YEAR, LAST_YEAR};
use crate::data::{Chain, Dataset, Project, Stage, Viewpoint};

/// Years of the horizon, 2024–2035.
pub const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// Where capacity lands: the four markets (F and K), then the light chain's four stages, then
/// the heavy chain's, for the scenario's viewpoint.
pub const TARGETS: usize = 12;
/// Target index: the NdPr-oxide market.
pub const T_NDPR: usize = 0;
/// Target index: the Dy-oxide market.
pub const T_DY: usize = 1;
/// Target index: the Tb-oxide market.
pub const T_TB: usize = 2;
/// Target index: the magnet market.
pub const T_MAGNET: usize = 3;
/// First target index of the light chain's four stages (mining, separation, metal, magnet).
pub const T_LIGHT: usize = 4;
/// First target index of the heavy chain's four stages.
pub const T_HEAVY: usize = 8;

/// Capacity added in each year of the horizon, per target.
pub type Additions = [[f64; TARGETS]; YEARS];

/// The online fraction of MODEL.md §4: `u(t) = clamp((t − y − delay + 1) / R, 0, 1)`.
/// A ramp of 0 years or less means full output from the first year.
pub fn online_fraction(t: f64, start: f64, delay: f64, ramp: f64) -> f64 {
    if ramp <= 0.0 {
        return if t - start - delay + 1.0 > 0.0 {
            1.0
        } else {
            0.0
        };
    }
    ((t - start - delay + 1.0) / ramp).clamp(0.0, 1.0)
}

/// Where one project's capacity goes (MODEL.md §4): separation projects to the oxide markets,
/// split by the stated Dy share of the heavy part; magnet projects to the magnet market; every
/// project to its stage of the light and heavy chains in the share that counts for the
/// viewpoint (`projects.csv` column `views`: plants in the United States for `us`, all
/// non-China projects for `exchina`, a country's plants and its sourced offtakes for the other
/// views). Mining and metal projects act on the chain only.
pub fn project_targets(p: &Project, view: Viewpoint) -> [f64; TARGETS] {
    let mut t = [0.0; TARGETS];
    let light = p.light_t.value.max(0.0);
    let heavy = p.heavy_t.value.max(0.0);
    match p.stage {
        Stage::Separation => {
            let dy = p.dy_share.clamp(0.0, 1.0);
            t[T_NDPR] = light;
            t[T_DY] = heavy * dy;
            t[T_TB] = heavy * (1.0 - dy);
        }
        Stage::Magnet => t[T_MAGNET] = p.magnet_t.value.max(0.0),
        Stage::Mining | Stage::Metal => {}
    }
    t[T_LIGHT + p.stage.index()] = light * p.view_share(view, Chain::Light);
    t[T_HEAVY + p.stage.index()] = heavy * p.view_share(view, Chain::Heavy);
    t
}

/// The sparse effect of one project: its non-zero targets and its online fraction by year.
#[derive(Debug, Clone)]
pub struct ProjectEffect {
    /// (target, t/yr at full output), in target order; at most five entries.
    pub targets: Vec<(usize, f64)>,
    /// Online fraction per year of the horizon.
    pub online: [f64; YEARS],
    /// First year index with a non-zero online fraction (YEARS if never).
    pub first: usize,
    /// The chance (0–1) the project is delivered in this scenario (`Scenario::delivery_chance`).
    pub chance: f64,
}

/// Announced projects and slider additions for one scenario.
#[derive(Debug, Clone)]
pub struct CapacityPlan {
    /// Each announced project's capacity by year, after the scenario's delivery odds and delay.
    pub projects: Vec<ProjectEffect>,
    /// The `add_*` sliders' capacity by year and target (MODEL.md §4: ramping like a project
    /// from the dataset's start year, 2026, over the default ramp; no delay, always delivered).
    pub added: Additions,
}

impl CapacityPlan {
    /// The plan for scenario `s` on dataset `d` (MODEL.md §4).
    pub fn new(s: &Scenario, d: &Dataset) -> CapacityPlan {
        let default_ramp = d.assumptions.default_ramp_years.value;
        let mut projects = Vec::with_capacity(d.projects.len());
        for p in d.projects {
            let all = project_targets(p, s.view);
            let targets: Vec<(usize, f64)> = all
                .iter()
                .enumerate()
                .filter(|(_, c)| **c > 0.0)
                .map(|(i, c)| (i, *c))
                .collect();
            let ramp = if p.ramp_years > 0 {
                f64::from(p.ramp_years)
            } else {
                default_ramp
            };
            let mut online = [0.0; YEARS];
            let mut first = YEARS;
            for (y, o) in online.iter_mut().enumerate() {
                *o = online_fraction(
                    f64::from(FIRST_YEAR) + y as f64,
                    f64::from(p.start_year),
                    s.delay,
                    ramp,
                );
                if *o > 0.0 && first == YEARS {
                    first = y;
                }
            }
            projects.push(ProjectEffect {
                targets,
                online,
                first,
                chance: s.delivery_chance(d, p),
            });
        }
        let start = d.assumptions.added_capacity_start_year.value;
        let mg = &d.magnet;
        let mut added = [[0.0; TARGETS]; YEARS];
        for (y, row) in added.iter_mut().enumerate() {
            let u = online_fraction(f64::from(FIRST_YEAR) + y as f64, start, 0.0, default_ramp);
            row[T_LIGHT + Stage::Mining.index()] = u * s.add_mining;
            row[T_NDPR] = u * s.add_separation;
            row[T_LIGHT + Stage::Separation.index()] = u * s.add_separation;
            row[T_LIGHT + Stage::Metal.index()] = u * s.add_metal;
            row[T_MAGNET] = u * s.add_magnet;
            row[T_LIGHT + Stage::Magnet.index()] = u * s.add_magnet * mg.ndpr_per_kg.value;
            row[T_HEAVY + Stage::Magnet.index()] =
                u * s.add_magnet * (mg.dy_per_kg.value + mg.tb_per_kg.value);
        }
        CapacityPlan { projects, added }
    }

    /// Expected additions, MODEL.md §4: `A_t = Σ_j p_j c_j u_j(t)` plus the sliders, where
    /// `p_j` is project `j`'s chance (`pipeline` for all, or the odds of its status).
    pub fn expected(&self, out: &mut Additions) {
        *out = self.added;
        for p in &self.projects {
            for y in p.first..YEARS {
                let w = p.chance * p.online[y];
                for &(t, c) in &p.targets {
                    out[y][t] += w * c;
                }
            }
        }
    }

    /// Each project's chance of being delivered, in dataset order.
    pub fn chances(&self) -> Vec<f64> {
        self.projects.iter().map(|p| p.chance).collect()
    }

    /// The per-(year, target) project lists that [`DrawSums`] sums a draw's additions from;
    /// only evaluations with Monte Carlo draws need them (not the central figures a moving
    /// slider shows).
    pub fn draw_sums(&self) -> DrawSums<'_> {
        let (terms, spans) = terms(&self.projects);
        DrawSums {
            added: &self.added,
            terms,
            spans,
        }
    }
}

/// A draw's additions: which projects it builds (`built[j]` 1 or 0) summed per (year, target).
pub struct DrawSums<'a> {
    added: &'a Additions,
    /// See [`Terms`].
    terms: Vec<(u32, f64)>,
    spans: [[(u32, u32); TARGETS]; YEARS],
}

impl DrawSums<'_> {
    /// The addition to target `t` in year `y` when project `j` is built if `built[j]` is 1 and
    /// not if it is 0: the sliders' part plus each built project's `u_j(y)·c_j`, summed in
    /// dataset order (so every way of computing it gives the same bits).
    ///
    /// Branch-free over the projects that touch `(y, t)`: a draw builds each one with
    /// probability `pipeline`, which a branch would mispredict half the time. Adding `0·v = +0`
    /// for a project not built leaves the (non-negative) sum's bits unchanged.
    #[inline]
    pub fn realised_entry(&self, built: &[f64], y: usize, t: usize) -> f64 {
        let (a, b) = self.spans[y][t];
        let mut sum = self.added[y][t];
        for &(j, v) in &self.terms[a as usize..b as usize] {
            sum += v * built.get(j as usize).copied().unwrap_or(0.0);
        }
        sum
    }

    /// Every target of year `y` (see [`DrawSums::realised_entry`]).
    pub fn realised_row(&self, built: &[f64], y: usize, out: &mut [f64; TARGETS]) {
        for (t, o) in out.iter_mut().enumerate() {
            *o = self.realised_entry(built, y, t);
        }
    }

    /// Additions when exactly the projects with `built[j] = 1` are built, for the years from
    /// index `from` on (earlier years are left as the sliders alone).
    pub fn realised(&self, built: &[f64], from: usize, out: &mut Additions) {
        for (y, row) in out.iter_mut().enumerate() {
            if y < from {
                *row = self.added[y];
            } else {
                self.realised_row(built, y, row);
            }
        }
    }
}

/// Per (year, target), the projects that add to it, in dataset order, with what each adds when
/// built (`u_j(y)·c_j`): `terms[spans[y][t].0..spans[y][t].1]`.
type Terms = (Vec<(u32, f64)>, [[(u32, u32); TARGETS]; YEARS]);

fn terms(projects: &[ProjectEffect]) -> Terms {
    // Count the terms of each (year, target), lay the spans out year-major, then fill them in
    // project order: one pass over each project's non-zero entries.
    let mut spans = [[(0u32, 0u32); TARGETS]; YEARS];
    for p in projects {
        for y in p.first..YEARS {
            for &(t, _) in &p.targets {
                spans[y][t].1 += 1;
            }
        }
    }
    let mut next = 0u32;
    for span in spans.iter_mut().flatten() {
        let n = span.1;
        *span = (next, next);
        next += n;
    }
    let mut terms = vec![(0u32, 0.0); next as usize];
    for (j, p) in projects.iter().enumerate() {
        for y in p.first..YEARS {
            let w = p.online[y];
            for &(t, c) in &p.targets {
                let end = &mut spans[y][t].1;
                terms[*end as usize] = (j as u32, w * c);
                *end += 1;
            }
        }
    }
    (terms, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ramp_of_a_project() {
        // Start 2026, delay 1, ramp 3: 2026 → 0, 2027 → 1/3, 2028 → 2/3, 2029 → 1.
        let u: Vec<f64> = (2026..=2030)
            .map(|t| online_fraction(f64::from(t), 2026.0, 1.0, 3.0))
            .collect();
        assert_eq!(u, vec![0.0, 1.0 / 3.0, 2.0 / 3.0, 1.0, 1.0]);
        // No delay: the start year already delivers a third.
        assert_eq!(online_fraction(2026.0, 2026.0, 0.0, 3.0), 1.0 / 3.0);
        assert_eq!(online_fraction(2024.0, 2026.0, 0.0, 0.0), 0.0);
        assert_eq!(online_fraction(2026.0, 2026.0, 0.0, 0.0), 1.0);
    }

    /// By default each project is expected at the odds of its status, so the expected additions
    /// are the sum of each project's odds times its online capacity; one `pipeline` chance
    /// scales every project alike.
    #[test]
    fn expected_additions_weigh_each_project_by_its_chance() {
        use crate::data::DATASET;
        use crate::model::Scenario;
        let s = Scenario::default_for(&DATASET);
        assert!(s.pipeline_by_status);
        let plan = CapacityPlan::new(&s, &DATASET);
        let mut adds = [[0.0; TARGETS]; YEARS];
        plan.expected(&mut adds);
        let (y, mut want) = (YEARS - 1, [0.0; TARGETS]);
        for (p, eff) in DATASET.projects.iter().zip(&plan.projects) {
            assert_eq!(eff.chance, DATASET.delivery_odds(p.status));
            for &(t, c) in &eff.targets {
                want[t] += eff.chance * eff.online[y] * c;
            }
        }
        for (t, w) in want.iter().enumerate() {
            assert!((adds[y][t] - plan.added[y][t] - w).abs() <= 1e-9 * w.max(1.0));
        }
        // A shut plant adds nothing; a producing one adds in full.
        let shut = plan
            .projects
            .iter()
            .zip(DATASET.projects)
            .find(|(_, p)| p.status == "shut");
        assert!(shut.is_some_and(|(e, _)| e.chance == 0.0));

        let mut all = s.clone();
        (all.pipeline, all.pipeline_by_status) = (100.0, false);
        let full = CapacityPlan::new(&all, &DATASET);
        assert!(full.projects.iter().all(|e| e.chance == 1.0));
    }

    #[test]
    fn a_project_counts_for_its_views_in_their_shares() {
        use crate::data::DATASET;
        let find = |id: &str| DATASET.projects.iter().find(|p| p.id == id);
        let Some(heavy) = find("lynas-kuantan-heavy") else {
            panic!("lynas-kuantan-heavy is in the dataset");
        };
        let at = T_HEAVY + Stage::Separation.index();
        let h = heavy.heavy_t.value;
        assert!(h > 0.0);
        // Japan holds 65 % of Lynas' Dy/Tb; the plant is in Malaysia, not the US or the EU.
        assert_eq!(project_targets(heavy, Viewpoint::Exchina)[at], h);
        assert!((project_targets(heavy, Viewpoint::Japan)[at] - 0.65 * h).abs() < 1e-9);
        for v in [
            Viewpoint::Us,
            Viewpoint::Eu,
            Viewpoint::Korea,
            Viewpoint::India,
        ] {
            assert_eq!(project_targets(heavy, v)[at], 0.0, "{v:?}");
        }
        // The oxide markets are world markets outside China: the same for every view.
        assert_eq!(
            project_targets(heavy, Viewpoint::Us)[T_DY],
            project_targets(heavy, Viewpoint::Japan)[T_DY]
        );
        // A US plant counts for us and exchina only.
        let Some(us) = find("mp-heavy-separation") else {
            panic!("mp-heavy-separation is in the dataset");
        };
        assert_eq!(project_targets(us, Viewpoint::Us)[at], us.heavy_t.value);
        assert_eq!(project_targets(us, Viewpoint::Japan)[at], 0.0);
    }
}

//! Who does what: how many commitments each partner carries on each axis.

use crate::plan::{Partner, Plan};

/// One row of the partner × axis table.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow<'p> {
    pub partner: &'p Partner,
    /// `(axis number, commitments)` for every axis of the plan, in order.
    pub per_axis: Vec<(u8, usize)>,
    /// Commitments of this partner, all axes together.
    pub total: usize,
}

/// Every partner of the plan, in registry order, with its counts per axis.
pub fn responsibility_matrix(plan: &Plan) -> Vec<MatrixRow<'_>> {
    plan.partners
        .iter()
        .map(|partner| {
            let mut per_axis: Vec<(u8, usize)> = plan.axes.iter().map(|a| (a.number, 0)).collect();
            let mut total = 0;
            for (_, c) in plan.commitments() {
                if c.partners.contains(&partner.id) {
                    total += 1;
                    if let Some(slot) = per_axis.iter_mut().find(|(a, _)| *a == c.axis) {
                        slot.1 += 1;
                    }
                }
            }
            MatrixRow {
                partner,
                per_axis,
                total,
            }
        })
        .collect()
}

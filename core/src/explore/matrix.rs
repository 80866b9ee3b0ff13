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

/// Every partner of the plan with its counts per axis, the most responsible first
/// (partners with the same total in the plan's registry order).
pub fn responsibility_matrix(plan: &Plan) -> Vec<MatrixRow<'_>> {
    let mut rows: Vec<MatrixRow<'_>> = plan
        .partners
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
        .collect();
    // A stable sort: ties keep the registry's order.
    rows.sort_by_key(|row| std::cmp::Reverse(row.total));
    rows
}

/// How many commitments each axis has, in axis order: the table's last row. (Not the
/// sum of its column: a commitment with two partners counts once.)
pub fn axis_totals(plan: &Plan) -> Vec<(u8, usize)> {
    plan.axes
        .iter()
        .map(|axis| {
            let n = plan
                .commitments()
                .filter(|(_, c)| c.axis == axis.number)
                .count();
            (axis.number, n)
        })
        .collect()
}

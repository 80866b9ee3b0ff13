//! The items related to an item: commitments that share its axis or a partner.

use crate::plan::{Commitment, CommitmentKind, ItemRef, Plan, Text};

/// Items related to `id`: commitments sharing its axis or a partner, closest first.
pub fn related<'p>(plan: &'p Plan, id: &str) -> Vec<Related<'p>> {
    let Some((_, this)) = plan.item(id).and_then(ItemRef::commitment) else {
        return Vec::new();
    };
    let related: Vec<Related<'p>> = plan
        .commitments()
        .filter(|(_, c)| c.id != this.id)
        .filter_map(|(kind, c)| {
            let same_axis = c.axis == this.axis;
            let shared: Vec<&'p str> = c
                .partners
                .iter()
                .filter(|p| this.partners.contains(*p))
                .map(Text::as_str)
                .collect();
            (same_axis || !shared.is_empty()).then_some(Related {
                kind,
                commitment: c,
                same_axis,
                shared_partners: shared,
            })
        })
        .collect();
    // Same axis and shared partners first, then same axis, then shared partners; in
    // document order within each group. (Three passes rather than a sort: each sort
    // call adds kilobytes of wasm.)
    let group = |r: &Related| (!r.same_axis) as u8 * 2 + r.shared_partners.is_empty() as u8;
    let mut ordered = Vec::with_capacity(related.len());
    for rank in 0..3 {
        ordered.extend(related.iter().filter(|r| group(r) == rank).cloned());
    }
    ordered
}

/// A commitment related to another, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Related<'p> {
    pub kind: CommitmentKind,
    pub commitment: &'p Commitment,
    pub same_axis: bool,
    pub shared_partners: Vec<&'p str>,
}

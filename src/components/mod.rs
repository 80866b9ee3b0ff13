//! Leptos views. They read the plan and signals, and call the core; no logic of their own.

mod commitment_card;
mod partner_name;
mod plan_document;
mod plan_error;

pub use commitment_card::CommitmentCard;
pub use partner_name::PartnerName;
pub use plan_document::PlanDocument;
pub use plan_error::PlanError;

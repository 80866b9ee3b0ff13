#![recursion_limit = "256"]
//! Plan Lévis: explore the Ville de Lévis social and community development plan.
//!
//! The pure core (plan, explore, notes, kiosk, lang) is the `plan_levis_core` crate.
//! This crate is the app, in layers that only import downwards:
//! `app` (the root component) → `components` (the views) → `context` (what every view
//! reads) → `state` (the app's state, one handle per piece: the view, the notes…) →
//! `browser` (adapters to browser APIs) → `i18n` (interface text) → the core.

// The baked plan (build.rs) names `alloc::borrow::Cow`.
extern crate alloc;

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
mod embedded_plan;
pub mod i18n;
pub mod state;

pub use embedded_plan::{embedded_plan, previous_items};

/// Whether this is the kiosk's build (Cargo feature `kiosk`, published in `kiosque/`),
/// which is always in kiosk mode; the citizens' build never is. A constant, so that
/// each build holds only the code it uses.
pub const KIOSK_BUILD: bool = cfg!(feature = "kiosk");

#![recursion_limit = "256"]
//! Plan Lévis: explore the Ville de Lévis social and community development plan.
//!
//! `plan`, `explore`, `notes`, `kiosk`, `sorted` and `text` are the pure core (no DOM, except
//! `notes::local_storage`, the storage adapter); `app` and `components` are the Leptos
//! views, `i18n` the interface text.

// The baked plan (build.rs) names `alloc::borrow::Cow`.
extern crate alloc;

#[macro_use]
pub mod text;

pub mod app;
pub mod components;
pub mod explore;
pub mod i18n;
pub mod kiosk;
pub mod notes;
pub mod plan;
pub mod sorted;

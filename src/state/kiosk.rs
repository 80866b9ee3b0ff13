//! The kiosk's settings, read once from the address the kiosk was started with
//! (`delai`, `ecoute`: see docs/kiosk.md). Only the kiosk's build has them.

use leptos::prelude::*;
use plan_levis_core::kiosk::KioskConfig;

use crate::KIOSK_BUILD;

/// The settings in the page's address: always some in the kiosk's build; in the
/// citizens' build a constant `None`, so that their wasm holds no kiosk code.
pub fn kiosk_settings() -> Option<KioskConfig> {
    KIOSK_BUILD.then(|| KioskConfig::from_query(&window().location().search().unwrap_or_default()))
}

//! What every view reads from context, and the plan. The root component (`app`)
//! provides these; the components read them here.

use leptos::prelude::*;
use plan_levis_core::explore::SearchResults;
use plan_levis_core::kiosk::KioskConfig;
use plan_levis_core::lang::Lang;
use plan_levis_core::plan::Plan;

use crate::i18n::{self, KioskText, UiText};
use crate::state::{Notes, ViewHistory};

/// The plan shipped with the app (baked into the wasm at build time).
pub fn plan() -> &'static Plan {
    crate::embedded_plan()
}

/// The interface language of the current view (French outside the app, e.g. when the
/// static page is rendered at build time).
pub fn lang() -> Lang {
    use_context::<ViewHistory>()
        .and_then(|views| views.state().with_untracked(|s| s.lang))
        .unwrap_or_default()
}

/// The interface text of the current language. Read once per render: the page is
/// rebuilt when the language changes.
pub fn ui() -> &'static UiText {
    i18n::ui_text(lang())
}

/// The kiosk's own text in the current language.
pub fn kiosk_ui() -> &'static KioskText {
    i18n::kiosk_text(lang())
}

/// What the current view state shows; recomputed only when the state changes.
pub fn results() -> Memo<SearchResults<'static>> {
    expect_context::<Memo<SearchResults<'static>>>()
}

pub fn view_history() -> ViewHistory {
    expect_context::<ViewHistory>()
}

pub fn notes() -> Notes {
    expect_context::<Notes>()
}

/// Kiosk mode settings (see `ViewHistory::kiosk`).
pub fn kiosk() -> Option<KioskConfig> {
    view_history().kiosk()
}
